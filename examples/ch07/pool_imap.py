"""imap yields results in input order; imap_unordered yields each result as soon as it is ready."""

import multiprocessing
from multiprocessing import Pool

gate = None  # set in each worker by the initializer


def init(shared_gate) -> None:
    global gate
    gate = shared_gate


def work(n: int) -> int:
    if n == 0:
        gate.wait(timeout=10)  # task 0 is held back until the parent opens the gate
    return n * n


if __name__ == "__main__":
    gate = multiprocessing.Event()
    with Pool(processes=2, initializer=init, initargs=(gate,)) as pool:
        results = pool.imap(work, range(6))
        try:
            results.next(timeout=0.5)
        except multiprocessing.TimeoutError:
            print("imap: no result after 0.5 s: the iterator waits for task 0 first")
        gate.set()
        print("imap:", list(results))  # task 0 finished last, yet its result comes first

        gate.clear()
        arrived = []
        for value in pool.imap_unordered(work, range(6)):
            arrived.append(value)
            if len(arrived) == 5:  # tasks 1..5 are done while task 0 is still held back
                gate.set()
        print("imap_unordered:", arrived)
