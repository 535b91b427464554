"""Python 3.14: ProcessPoolExecutor.terminate_workers() and kill_workers() stop running tasks at once."""

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

started = None  # set in each worker by the initializer


def remember(semaphore) -> None:
    global started
    started = semaphore


def long_task(n: int) -> int:
    started.release()
    time.sleep(30)
    return n


if __name__ == "__main__":
    for how in ("terminate_workers", "kill_workers"):  # SIGTERM or SIGKILL to every live worker
        semaphore = multiprocessing.Semaphore(0)
        begin = time.monotonic()
        with ProcessPoolExecutor(max_workers=2, initializer=remember, initargs=(semaphore,)) as pool:
            futures = [pool.submit(long_task, n) for n in range(2)]
            semaphore.acquire()
            semaphore.acquire()  # both tasks are running now
            getattr(pool, how)()
        print(f"{how}(): pool closed, well before the tasks' 30 s: {time.monotonic() - begin < 10}")
        for n, future in enumerate(futures):
            print(f"  task {n}: {type(future.exception()).__name__}: {future.exception()}")
    try:
        pool.submit(long_task, 2)
    except RuntimeError as error:  # BrokenProcessPool is a RuntimeError
        print(f"submit() afterwards: {type(error).__name__}: {error}")
