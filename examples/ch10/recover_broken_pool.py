"""A worker dies (os._exit, the OOM killer, a segfault): BrokenProcessPool; a new pool for what is left."""

import os
from concurrent.futures import ProcessPoolExecutor, wait


def work(n: int, attempt: int) -> int:
    if n == 2 and attempt == 1:
        os._exit(1)  # the process vanishes without an exception, as if the OOM killer had struck
    return n * n


if __name__ == "__main__":
    results, todo = {}, list(range(6))
    for attempt in (1, 2):
        with ProcessPoolExecutor(max_workers=1) as pool:  # one worker: the tasks run in order
            futures = {pool.submit(work, n, attempt): n for n in todo}
            wait(futures)
        for future, n in futures.items():
            error = future.exception()
            if error is None:
                results[n] = future.result()
            elif n == 2 or attempt > 1:
                print(f"attempt {attempt}, task {n}: {type(error).__name__}: {error}")
        todo = [n for n in todo if n not in results]
        print(f"attempt {attempt}: {len(results)} results so far, to retry: {todo}")
        if not todo:
            break
    print("results:", dict(sorted(results.items())))
