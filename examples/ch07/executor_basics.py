"""ProcessPoolExecutor: submit() returns a Future; as_completed() yields futures as they finish; map() keeps order."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed

gate = None  # set in each worker by the initializer


def init(shared_gate) -> None:
    global gate
    gate = shared_gate


def cube(n: int) -> int:
    if n == 0:
        gate.wait(timeout=10)  # task 0 is held back until the parent opens the gate
    return n**3


if __name__ == "__main__":
    gate = multiprocessing.Event()
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=(gate,)) as executor:
        futures = {executor.submit(cube, n): n for n in range(5)}  # returns at once: 5 Futures
        print("submitted; first future done?", next(iter(futures)).done())
        for count, future in enumerate(as_completed(futures), start=1):
            print(f"as_completed: input {futures[future]} -> {future.result()}")
            if count == 4:  # inputs 1..4 are done while input 0 is still held back
                gate.set()

        print("map:", list(executor.map(cube, range(5))))  # results in input order, like the built-in map
