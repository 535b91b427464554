"""ProcessPoolExecutor: submit() returns a Future; as_completed() yields futures as they finish; map() keeps order."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed

gate = go = None  # set in each worker by the initializer


def init(shared_gate, shared_go) -> None:
    global gate, go
    gate, go = shared_gate, shared_go


def cube(n: int) -> int:
    if n == 0:
        gate.wait(timeout=10)  # task 0 is held back until the parent opens the gate
    elif n > 1:
        go.wait(timeout=10)  # 2..4 wait until the parent has received input 1 (see below)
    return n**3


if __name__ == "__main__":
    gate, go = multiprocessing.Event(), multiprocessing.Event()
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=(gate, go)) as executor:
        futures = {executor.submit(cube, n): n for n in range(5)}  # returns at once: 5 Futures
        print("submitted; first future done?", next(iter(futures)).done())
        for count, future in enumerate(as_completed(futures), start=1):
            print(f"as_completed: input {futures[future]} -> {future.result()}")
            # as_completed() yields the futures already done when it starts in no particular order, then
            # the others as they finish: 2..4 wait for `go`, so that only input 1 can be done that early.
            if count == 1:
                go.set()
            if count == 4:  # inputs 1..4 are done while input 0 is still held back
                gate.set()

        print("map:", list(executor.map(cube, range(5))))  # results in input order, like the built-in map
