"""Pool.map and Pool.starmap: hand a list of inputs to worker processes, get results back in input order."""

import os
from multiprocessing import Pool


def square(n: int) -> int:
    return n * n


def power(base: int, exponent: int) -> int:
    return base**exponent


def worker_pid(_: int) -> int:
    return os.getpid()


if __name__ == "__main__":
    print(f"parent pid={os.getpid()}")
    with Pool(processes=2) as pool:
        # map: one argument per call, results in the order of the inputs
        print("map     :", pool.map(square, range(8)))
        # starmap: each tuple is unpacked into the arguments of one call
        print("starmap :", pool.starmap(power, [(2, 3), (3, 2), (10, 0), (5, 1)]))
        # who did the work? at most 2 different processes, none of them the parent
        pids = set(pool.map(worker_pid, range(20)))
        print(f"20 tasks ran in at most 2 worker processes: {len(pids) <= 2}")
        print(f"the parent ran none of them: {os.getpid() not in pids}")
