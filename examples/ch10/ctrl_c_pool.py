"""Ctrl-C while a Pool works: the terminal sends SIGINT to every process in the foreground group."""

import multiprocessing
import os
import signal
import time
from multiprocessing.connection import wait

started = None  # set in each worker by the initializer


def remember(semaphore) -> None:
    global started
    started = semaphore


def slow_task(n: int) -> int:
    started.release()
    # 30 s in naps of 0.1 s: Python handles a signal between bytecodes or when it interrupts a
    # blocking call, so a Ctrl-C that lands just before one long sleep begins waits for its end.
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
            # Each worker prints its traceback, then dies. Wait on their sentinels, not join(): the
            # pool's own thread reaps dead workers too, and two threads reaping one child can race.
            running = [worker.sentinel for worker in workers]
            deadline = time.monotonic() + 5
            while running and time.monotonic() < deadline:
                for ended in wait(running, timeout=deadline - time.monotonic()):
                    running.remove(ended)
            print("parent: KeyboardInterrupt; both workers died:", not running)
            print("parent: leaving the with block terminates the pool (and the workers it started since)")
    print("parent: pool terminated")
