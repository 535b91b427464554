"""Ctrl-C while a Pool works: the terminal sends SIGINT to every process in the foreground group."""

import multiprocessing
import os
import signal
import time

started = None  # set in each worker by the initializer


def remember(semaphore) -> None:
    global started
    started = semaphore


def slow_task(n: int) -> int:
    started.release()
    # 30 s in naps of 0.1 s: Python acts on a signal only between bytecodes, so a Ctrl-C that
    # lands just before one long sleep has begun would wait for that whole sleep to end.
    for _ in range(300):
        time.sleep(0.1)
    return n


if __name__ == "__main__":
    semaphore = multiprocessing.Semaphore(0)
    with multiprocessing.Pool(processes=2, initializer=remember, initargs=(semaphore,)) as pool:
        result = pool.map_async(slow_task, range(4))
        semaphore.acquire()
        semaphore.acquire()  # both workers are inside slow_task now
        workers = multiprocessing.active_children()
        try:
            os.killpg(os.getpgrp(), signal.SIGINT)  # what pressing Ctrl-C in the terminal does
            result.get(timeout=10)
        except KeyboardInterrupt:
            for worker in workers:
                worker.join()  # each one prints its traceback, then dies
            print("parent: KeyboardInterrupt; both workers died:", not any(w.is_alive() for w in workers))
            print("parent: leaving the with block terminates the pool (and the workers it started since)")
    print("parent: pool terminated")
