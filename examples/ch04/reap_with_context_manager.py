"""A context manager that never leaves a child behind: join with a deadline, then terminate."""

import multiprocessing
import time
from contextlib import contextmanager

import psutil


@contextmanager
def reaped(grace: float):
    started: list[multiprocessing.Process] = []
    try:
        yield started
    finally:  # runs even if the with-block raises
        deadline = time.monotonic() + grace  # one deadline for all, not `grace` per child
        for process in started:
            process.join(max(0.0, deadline - time.monotonic()))
        for process in started:
            if process.is_alive():
                print(f"cleanup: {process.name} still running after {grace}s -> terminate()")
                process.terminate()
            process.join()  # reap it: no zombie


def quick() -> None:
    print("quick : done")


def stuck(never: multiprocessing.Event) -> None:
    never.wait()  # waits for an event that never comes


if __name__ == "__main__":
    never = multiprocessing.Event()
    with reaped(grace=0.5) as processes:
        for target, args in [(quick, ()), (stuck, (never,))]:
            process = multiprocessing.Process(target=target, args=args, name=target.__name__)
            process.start()
            processes.append(process)
        processes[0].join()
        print("main  : leaving the with-block")
    for process in processes:
        print(f"main  : {process.name} exitcode={process.exitcode}")
    left = [process.pid for process in processes if psutil.pid_exists(process.pid)]
    print(f"main  : children still in the process table: {left}")
