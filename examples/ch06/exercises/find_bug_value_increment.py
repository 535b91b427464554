"""Exercise (find the bug), fixed: Value's own lock guards each read and each write, not `+=` as a whole."""

import multiprocessing

ADDS_PER_WORKER = 5_000


def add(counter) -> None:
    for _ in range(ADDS_PER_WORKER):
        with counter.get_lock():  # the fix: read, add and write back while holding the lock
            counter.value += 1


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    workers = [multiprocessing.Process(target=add, args=(counter,)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"counter = {counter.value} (expected {2 * ADDS_PER_WORKER})")
