"""A clean shutdown on SIGTERM (what `kill PID`, systemd and `docker stop` send): the parent decides."""

import multiprocessing
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor, wait

started = None


class Shutdown(Exception):
    pass


def on_signal(signum, frame):
    raise Shutdown(signal.Signals(signum).name)


def init_worker(semaphore) -> None:
    global started
    started = semaphore
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C and SIGTERM are the parent's business,
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # and fork would have copied the parent's handler


def task(n: int) -> int:
    started.release()
    time.sleep(1.0)  # long enough that terminate_workers() comes first, even on a busy machine
    return n


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    semaphore = multiprocessing.Semaphore(0)
    pool = ProcessPoolExecutor(max_workers=2, initializer=init_worker, initargs=(semaphore,))
    futures = [pool.submit(task, n) for n in range(8)]
    try:
        semaphore.acquire()
        semaphore.acquire()
        os.kill(os.getpid(), signal.SIGTERM)  # to the parent only, as `kill PID` does
        wait(futures)
    except Shutdown as why:
        print(f"parent: {why}; cancelling the tasks that have not started")
        if hasattr(pool, "terminate_workers"):  # Python 3.14+: SIGTERM to the workers, running tasks stop
            pool.terminate_workers()
    pool.shutdown(wait=True, cancel_futures=True)  # before 3.14: waits for the running tasks to finish
    for n, future in enumerate(futures):
        error = None if future.cancelled() else future.exception()
        outcome = "cancelled" if future.cancelled() else type(error).__name__ if error else "done"
        print(f"  task {n}: {outcome}")
