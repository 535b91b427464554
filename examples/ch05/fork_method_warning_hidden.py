"""multiprocessing's fork start method in a multi-threaded program: its DeprecationWarning is hidden by default."""

import multiprocessing
import threading
import warnings


def work() -> None:
    pass


def start_one(context) -> None:
    process = context.Process(target=work)
    process.start()  # os.fork() is called inside multiprocessing/popen_fork.py, not in __main__
    process.join()


if __name__ == "__main__":
    fork = multiprocessing.get_context("fork")
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait, daemon=True)  # daemon: never keeps the process alive
    helper.start()  # from here on this process has two threads
    print("fork start method, default warning filters:")
    start_one(fork)
    warnings.simplefilter("default", DeprecationWarning)  # for this category, what python -W default does
    print("fork start method, after warnings.simplefilter('default', DeprecationWarning):")
    start_one(fork)
    stop.set()
    helper.join()
    print("done")
