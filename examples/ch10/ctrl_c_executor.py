"""Ctrl-C while a ProcessPoolExecutor works: the running tasks fail, the queued ones still run."""

import multiprocessing
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor

started = None


def remember(semaphore) -> None:
    global started
    started = semaphore


def task(n: int) -> int:
    started.release()
    # Tasks 0 and 1 are running when Ctrl-C comes: 30 s, in naps of 0.1 s (Python handles a signal
    # between bytecodes or when it interrupts a blocking call: one long sleep could begin just after).
    for _ in range(3 if n >= 2 else 300):
        time.sleep(0.1)
    return n


if __name__ == "__main__":
    semaphore = multiprocessing.Semaphore(0)
    try:
        with ProcessPoolExecutor(max_workers=2, initializer=remember, initargs=(semaphore,)) as pool:
            futures = [pool.submit(task, n) for n in range(4)]
            semaphore.acquire()
            semaphore.acquire()
            os.killpg(os.getpgrp(), signal.SIGINT)
            time.sleep(10)  # not reached: the SIGINT reaches this process too, raised as killpg() returns
    except KeyboardInterrupt:
        print("parent: KeyboardInterrupt, raised after the with block had waited for every task")
    for n, future in enumerate(futures):
        error = future.exception()
        print(f"  task {n}:", f"{type(error).__name__}" if error else f"result {future.result()}")
