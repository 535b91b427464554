"""Exercise (write it): split a pure-Python sum over an interpreter pool of 2 workers, check it, find where it ran."""

import os
from concurrent.futures import InterpreterPoolExecutor

N = 200_000


def sum_of_squares(start, stop):  # uses no globals: it crosses as code, no pickling
    import os

    return sum(n * n for n in range(start, stop)), os.getpid()


if __name__ == "__main__":
    halves = [(0, N // 2), (N // 2, N)]
    with InterpreterPoolExecutor(max_workers=2) as pool:  # max_workers: as many as the CPUs we mean to use
        parts = list(pool.map(sum_of_squares, *zip(*halves)))
    total = sum(part for part, _ in parts)
    print("sum of squares below", N, "=", total)
    print("same as one sum() here:", total == sum(n * n for n in range(N)))
    print("computed in this process:", all(pid == os.getpid() for _, pid in parts))
