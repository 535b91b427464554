"""Workers ignore SIGINT (set in the initializer); only the parent gets KeyboardInterrupt and decides."""

import multiprocessing
import os
import signal
import time

started = None


def init_worker(semaphore) -> None:
    global started
    started = semaphore
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business


def slow_task(n: int) -> int:
    started.release()
    time.sleep(30)
    return n


if __name__ == "__main__":
    semaphore = multiprocessing.Semaphore(0)
    pool = multiprocessing.Pool(processes=2, initializer=init_worker, initargs=(semaphore,))
    begin = time.monotonic()
    try:
        result = pool.map_async(slow_task, range(4))
        semaphore.acquire()
        semaphore.acquire()
        os.killpg(os.getpgrp(), signal.SIGINT)
        result.get(timeout=10)
    except KeyboardInterrupt:
        print("parent: KeyboardInterrupt, terminating the pool")
        pool.terminate()  # SIGTERM to each worker: the running tasks are abandoned
    else:
        pool.close()
    pool.join()
    print(f"parent: pool joined, well before the tasks' 30 s: {time.monotonic() - begin < 10}")
