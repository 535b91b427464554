"""Exercise (write it): choose the pool for CPU-bound pure-Python work from what this interpreter can do."""

import os
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def gil_enabled() -> bool:
    check = getattr(sys, "_is_gil_enabled", None)  # new in 3.13; older versions always have the GIL
    return True if check is None else check()


def pool_for_cpu_work(workers: int):
    if gil_enabled():
        return ProcessPoolExecutor(max_workers=workers)  # one GIL per process: they compute in parallel
    return ThreadPoolExecutor(max_workers=workers)  # no GIL: threads compute in parallel, nothing is pickled


def count_primes(limit: int) -> tuple[int, int]:
    count = sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))
    return count, os.getpid()


if __name__ == "__main__":
    with pool_for_cpu_work(2) as pool:
        print("GIL enabled:", gil_enabled(), "->", type(pool).__name__)
        results = list(pool.map(count_primes, [1_000, 2_000]))
    print("primes below 1000 and 2000:", [count for count, _ in results])
    print("computed outside this process:", all(pid != os.getpid() for _, pid in results))
