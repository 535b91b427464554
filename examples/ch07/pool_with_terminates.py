"""Leaving `with Pool(...)` calls terminate(): unfinished tasks are killed. close() + join() lets them finish."""

import time
from multiprocessing import Pool


def slow_task(seconds: float) -> str:
    time.sleep(seconds)
    return f"finished after {seconds} s"


if __name__ == "__main__":
    with Pool(processes=1) as pool:
        lost = pool.apply_async(slow_task, (5,))
    # __exit__ called pool.terminate(): the worker was killed in the middle of the task
    print("with-block left; task ready:", lost.ready())

    pool = Pool(processes=1)
    kept = pool.apply_async(slow_task, (0.1,))
    pool.close()  # no more tasks may be submitted
    pool.join()  # wait until the workers have run every queued task and exited
    print("close() + join(); task ready:", kept.ready(), "->", kept.get())

    # Or stay inside the with-block until every result is in:
    with Pool(processes=1) as pool:
        print("get() inside the with-block:", pool.apply_async(slow_task, (0.1,)).get())
