"""Stop at the first failure: wait(return_when=FIRST_EXCEPTION), then cancel what has not started."""

import time
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait


def check(n: int) -> int:
    if n == 3:
        raise ValueError(f"item {n} is bad")
    time.sleep(0.05)
    return n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(check, n) for n in range(20)]
        done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
        cancelled = sum(future.cancel() for future in not_done)  # False for those already running
    failed = [f for f in done if f.exception() is not None]
    print(f"first failure: {failed[0].exception()!r}")
    print(f"cancelled before they started: {cancelled} of {len(not_done)} unfinished")
    ran = sum(not f.cancelled() for f in futures)
    print(f"every future is done: {all(f.done() for f in futures)}; ran {ran}, cancelled {20 - ran} of 20")
