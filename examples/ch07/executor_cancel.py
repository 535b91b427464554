"""Cancelling: future.cancel() works only on futures still waiting; shutdown(cancel_futures=True) drops them all."""

import multiprocessing
import threading
from concurrent.futures import CancelledError, ProcessPoolExecutor

started = gate = None  # set in each worker by the initializer


def init(shared_started, shared_gate) -> None:
    global started, gate
    started, gate = shared_started, shared_gate


def job(n: int) -> int:
    if n == 0:
        started.set()  # tell the parent that job 0 is running
        gate.wait(timeout=10)  # ...and keep the only worker busy until the parent opens the gate
    return n


def run(how: str) -> None:
    started, gate = multiprocessing.Event(), multiprocessing.Event()
    with ProcessPoolExecutor(max_workers=1, initializer=init, initargs=(started, gate)) as executor:
        futures = [executor.submit(job, n) for n in range(10)]
        started.wait(timeout=10)
        # Up to max_workers + 1 futures may already sit in the queue to the worker: they count as
        # running and can no longer be cancelled. Jobs 3..9 are certainly still waiting in the parent.
        if how == "cancel()":
            print("  job 0 cancel() ->", futures[0].cancel(), "(it is running)")
            print("  jobs 3-9 cancel() ->", all(f.cancel() for f in futures[3:]))
            gate.set()
        else:
            # shutdown(wait=True) blocks until the running jobs end, and job 0 waits for the gate:
            # a helper thread opens the gate once the executor has cancelled the last waiting job.
            last_cancelled = threading.Event()
            futures[-1].add_done_callback(lambda _: last_cancelled.set())
            opener = threading.Thread(target=lambda: last_cancelled.wait(timeout=10) and gate.set())
            opener.start()
            executor.shutdown(wait=True, cancel_futures=True)  # no new submissions; drop waiting ones
            opener.join()
    # leaving the with-block waited for the jobs that were not cancelled
    print("  job 0 result:", futures[0].result())
    print("  jobs 3-9 cancelled:", all(f.cancelled() for f in futures[3:]))
    try:
        futures[9].result()
    except CancelledError:
        print("  job 9 result() raised CancelledError")


if __name__ == "__main__":
    for how in ("cancel()", "shutdown(cancel_futures=True)"):
        print(how)
        run(how)
