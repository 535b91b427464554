"""Measured: many tiny tasks (a Pool reuses 2 workers) vs one batch of long tasks (nothing to reuse)."""

import multiprocessing
import time
from multiprocessing import Pool, Process

TINY_TASKS = 100


def tiny(n: int) -> int:
    return n * n


def long_task(n: int) -> int:
    return sum(i * i for i in range(500_000 + n))  # a few hundredths of a second of CPU


def by_hand(target, count: int) -> float:
    """One new Process per task, at most 2 alive at a time."""
    started = time.perf_counter()
    for first in range(0, count, 2):
        batch = [Process(target=target, args=(n,)) for n in range(first, min(first + 2, count))]
        for process in batch:
            process.start()
        for process in batch:
            process.join()
    return time.perf_counter() - started


def with_pool(target, count: int) -> float:
    started = time.perf_counter()  # the pool's own start-up is included
    with Pool(processes=2) as pool:
        pool.map(target, range(count))
    return time.perf_counter() - started


if __name__ == "__main__":
    print("start method:", multiprocessing.get_start_method())
    warm_up = Process(target=tiny, args=(0,))  # forkserver: the first start also starts the server
    warm_up.start()
    warm_up.join()
    # Best of 3 interleaved rounds, here too: one round under a burst of load printed False.
    rounds = [(by_hand(tiny, TINY_TASKS), with_pool(tiny, TINY_TASKS)) for _ in range(3)]
    hand, pool = min(r[0] for r in rounds), min(r[1] for r in rounds)
    print(f"{TINY_TASKS} tiny tasks (best of 3): one Process each {hand:.3f} s, Pool(2) {pool:.3f} s")
    print(
        f"  per task: {hand / TINY_TASKS * 1000:.2f} ms by hand, {pool / TINY_TASKS * 1000:.3f} ms in the pool"
    )
    print(f"  the pool was faster by {hand / pool:.0f}x; by more than 2x: {hand > 2 * pool}")

    # One batch of 2 long tasks: best of 3 interleaved rounds as well.
    rounds = [(by_hand(long_task, 2), with_pool(long_task, 2)) for _ in range(3)]
    hand, pool = min(r[0] for r in rounds), min(r[1] for r in rounds)
    print(f"2 long tasks (best of 3): 2 Processes {hand:.3f} s, Pool(2) {pool:.3f} s")
