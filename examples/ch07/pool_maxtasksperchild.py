"""maxtasksperchild: a worker exits after that many tasks and the pool starts a fresh one in its place."""

import os
import warnings
from multiprocessing import Pool


def worker_pid(n: int) -> tuple[int, int]:
    return n, os.getpid()


if __name__ == "__main__":
    # Show the DeprecationWarnings that multiprocessing raises (hidden by default, like `python -W default`).
    warnings.simplefilter("default", DeprecationWarning)
    # One worker at a time, replaced after every 2 tasks.
    with Pool(processes=1, maxtasksperchild=2) as pool:
        one_by_one = pool.map(worker_pid, range(6), chunksize=1)
        # A "task" is a whole chunk: with chunks of 3 inputs, each worker handles 2 x 3 = 6 inputs.
        chunked = pool.map(worker_pid, range(12), chunksize=3)
    # Print only once the pool is closed. Under fork, the pool forks replacements from a background
    # thread: a child forked while this thread holds stdout's lock would wait for it forever.
    print("chunksize=1: a task is one input")
    for n, pid in one_by_one:
        print(f"  input {n} ran in pid {pid}")
    pids = list(dict.fromkeys(pid for _, pid in chunked))
    print(f"chunksize=3: 12 inputs ran in {len(pids)} workers: {pids}")
