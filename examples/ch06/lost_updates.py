"""A race that loses updates: read, pause, write back, in four processes at once; then the same with a Lock."""

import multiprocessing
import time

WORKERS, ROUNDS = 4, 50


def add(counter, lock, start) -> None:
    start.wait()  # all four begin together
    for _ in range(ROUNDS):
        if lock is None:
            value = counter.value  # read
            time.sleep(0.0001)  # any work between the read and the write opens the window
            counter.value = value + 1  # write back: overwrites what others wrote meanwhile
        else:
            with lock:  # read, pause and write as one step
                value = counter.value
                time.sleep(0.0001)
                counter.value = value + 1


def run(lock) -> int:
    counter = multiprocessing.Value("i", 0, lock=False)  # a bare shared int, no lock of its own
    start = multiprocessing.Barrier(WORKERS)
    workers = [multiprocessing.Process(target=add, args=(counter, lock, start)) for _ in range(WORKERS)]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
    return counter.value


if __name__ == "__main__":
    expected = WORKERS * ROUNDS
    unlocked = run(lock=None)
    print(f"without a lock: expected {expected}, lost updates: {'yes' if unlocked < expected else 'no'}")
    print(f"  (this run: {unlocked}; it depends on timing)")
    locked = run(lock=multiprocessing.Lock())
    print(f"with a Lock:    expected {expected}, got {locked}")
