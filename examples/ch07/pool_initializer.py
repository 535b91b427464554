"""initializer/initargs: run set-up code once in each worker, not once per task."""

import os
from multiprocessing import Barrier, Pool, Value

table = {}  # filled once per worker by the initializer


def setup(ready: Barrier, setups: Value, scale: int) -> None:
    # Expensive set-up (open a connection, load a model...) belongs here: it runs once per worker.
    table.update({n: n * scale for n in range(1000)})
    with setups.get_lock():
        setups.value += 1
    print(f"initializer ran in worker {os.getpid()} with scale={scale}")
    ready.wait()  # both workers are set up before any task runs (keeps this output in order)


def lookup(n: int) -> int:
    return table[n]  # a worker that had not run setup() would raise KeyError here


if __name__ == "__main__":
    ready, setups = Barrier(2), Value("i", 0)
    with Pool(processes=2, initializer=setup, initargs=(ready, setups, 10)) as pool:
        results = pool.map(lookup, range(8))
    print("results:", results)
    print(f"8 tasks, {setups.value} set-ups (one per worker)")
    print("the parent's own table is still empty:", table == {})
