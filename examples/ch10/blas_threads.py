"""Pool workers that use NumPy each start OpenBLAS threads: limit them before NumPy loads OpenBLAS."""

import multiprocessing as mp
import os

LIMITS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")  # OpenBLAS's own variable; OMP_ for OpenMP builds


def threads_in_this_process() -> int:
    return len(os.listdir("/proc/self/task"))  # one entry per thread (Linux)


def start_worker(barrier, when: str) -> None:
    global all_workers
    all_workers = barrier
    if when == "after import numpy":
        import numpy  # noqa: F401  OpenBLAS starts its threads now, reading the variables once
    if when != "no limit":
        for name in LIMITS:
            os.environ[name] = "1"


def multiply(_) -> int:
    # Imported here, not at the top: the parent (and, from 3.14.1, the fork server, which preloads
    # __main__) must not load OpenBLAS, or its settings would come before the workers' initializers.
    import numpy as np

    a = np.ones((200, 200))
    a @ a  # matrix product: OpenBLAS's threaded code
    all_workers.wait()  # every worker holds one task, so each count comes from another process
    return threads_in_this_process()


if __name__ == "__main__":
    for name in LIMITS:
        os.environ.pop(name, None)  # start from OpenBLAS's default, whatever this shell sets
    cpus = len(os.sched_getaffinity(0))
    workers = max(2, cpus)  # the pool's usual size: one worker per CPU
    print(f"{workers} workers on {cpus} CPUs")
    for when in ("no limit", "after import numpy", "before import numpy"):
        barrier = mp.Barrier(workers)
        with mp.Pool(workers, initializer=start_worker, initargs=(barrier, when)) as pool:
            per_worker = pool.map(multiply, range(workers), chunksize=1)
        total = sum(per_worker)
        verdict = "oversubscribed" if total > cpus else "one thread per CPU"
        print(f"{when}: threads per worker {per_worker}, {total} threads for {cpus} CPUs: {verdict}")
