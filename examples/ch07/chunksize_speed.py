"""Measured: many tiny tasks sent one by one (chunksize=1) vs in chunks (map's default chunksize)."""

import time
from multiprocessing import Barrier, Pool

TASKS = 5000
ROUNDS = 3  # the fastest round counts: one timing of a few milliseconds is easily doubled by a hiccup


def tiny(n: int) -> int:
    return n + 1


def wait_for_the_other(both_started) -> None:
    both_started.wait()  # a worker runs no task before the other worker has started too


def timed_map(pool, chunksize: int | None) -> float:
    started = time.perf_counter()
    pool.map(tiny, range(TASKS), chunksize=chunksize)
    return time.perf_counter() - started


if __name__ == "__main__":
    with Pool(processes=2, initializer=wait_for_the_other, initargs=(Barrier(2),)) as pool:
        pool.map(tiny, range(10))  # returns once both workers are up (the barrier above)
        # The two take turns, round after round, so that a slow moment of the machine slows both alike.
        # chunksize=None: ceil(5000 / (4 * 2)) = 625 inputs per chunk
        rounds = [(timed_map(pool, 1), timed_map(pool, None)) for _ in range(ROUNDS)]
    one_by_one, chunked = (min(times) for times in zip(*rounds))
    print(f"best of {ROUNDS} rounds each:")
    print(f"{TASKS} tiny tasks, chunksize=1   : {one_by_one:.3f} s ({TASKS} round trips)")
    print(f"{TASKS} tiny tasks, chunksize=None: {chunked:.3f} s (8 round trips)")
    print(f"chunked was faster by {one_by_one / chunked:.0f}x; by more than 5x: {one_by_one > 5 * chunked}")
