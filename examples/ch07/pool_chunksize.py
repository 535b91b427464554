"""chunksize: map ships the inputs to the workers in chunks; a whole chunk always runs in one worker."""

import os
from collections import Counter
from multiprocessing import Pool


def worker_pid(_: int) -> int:
    return os.getpid()


if __name__ == "__main__":
    tasks = range(100)
    with Pool(processes=2) as pool:
        for chunksize in (
            1,
            10,
            50,
            None,
        ):  # None: map picks one, ceil(100 / (4 * 2)) = 13 here
            pids = pool.map(worker_pid, tasks, chunksize=chunksize)
            size = chunksize or 13
            chunks = [pids[i : i + size] for i in range(0, len(pids), size)]
            per_worker = sorted(Counter(pids).values(), reverse=True)
            print(
                f"chunksize={chunksize!s:>4}: {len(chunks):>3} chunks, tasks per worker {per_worker}, "
                f"every chunk ran in a single worker: {all(len(set(c)) == 1 for c in chunks)}"
            )
