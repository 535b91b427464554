"""apply blocks for one call; apply_async returns at once and can report through callback / error_callback."""

import os
import threading
from multiprocessing import Pool


def check_age(age: int) -> str:
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")  # raised inside the worker process
    return f"age {age} ok (checked in pid {os.getpid()})"


def on_success(result: str) -> None:
    # Runs in the PARENT, in the pool's result-handler thread: keep it short, never block here.
    where = "parent" if os.getpid() == PARENT else "worker"
    print(f"  callback       <- {result!r} [{where}, main thread: {threading.current_thread() is MAIN}]")


def on_error(error: BaseException) -> None:
    print(f"  error_callback <- {type(error).__name__}: {error} [parent: {os.getpid() == PARENT}]")


if __name__ == "__main__":
    PARENT, MAIN = os.getpid(), threading.current_thread()
    with Pool(processes=1) as pool:  # one worker: the callbacks come in submission order
        print("apply:", pool.apply(check_age, (30,)))  # blocks until the result is back

        print("apply_async: 3 tasks submitted, the parent does not wait for them here")
        handles = [
            pool.apply_async(check_age, (age,), callback=on_success, error_callback=on_error)
            for age in (7, -1, 42)
        ]
        for handle in handles:
            handle.wait()  # returns after the callback for that task has run
        # get() re-raises the worker's exception in the parent
        try:
            handles[1].get()
        except ValueError as error:
            print(f"handles[1].get() raised ValueError in the parent: {error}")
