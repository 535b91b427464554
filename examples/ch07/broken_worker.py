"""A worker that dies abruptly: ProcessPoolExecutor raises BrokenProcessPool, a Pool waits forever."""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash(_: int) -> None:
    os._exit(1)  # like a segfault or the OOM killer: the process is gone without raising anything


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(crash, 0)
        try:
            future.result(timeout=10)
        except BrokenProcessPool as error:
            print("ProcessPoolExecutor:", type(error).__name__, "-", error)

    with multiprocessing.Pool(processes=1) as pool:
        result = pool.apply_async(crash, (0,))
        try:
            result.get(timeout=1)  # without a timeout this would wait forever
        except multiprocessing.TimeoutError:
            print("Pool: no result and no error after 1 s; the pool replaced the worker and forgot the task")
