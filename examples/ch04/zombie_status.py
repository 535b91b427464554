"""A child that has exited but was not waited for is a zombie until its parent reaps it (POSIX)."""

import multiprocessing
import os
import time
from multiprocessing.connection import wait

import psutil


def status_of(pid: int) -> str:
    try:
        return psutil.Process(pid).status()
    except psutil.NoSuchProcess:
        return "gone"


def work() -> None:
    print("child : work done, exiting")


if __name__ == "__main__":
    # fork on purpose: the child's parent is then this program, whatever the platform's default.
    # (Under forkserver, the default on Linux since 3.14, the parent is the fork server instead:
    # parent_under_default_method.py shows what that changes.)
    context = multiprocessing.get_context("fork")
    process = context.Process(target=work)
    process.start()
    wait([process.sentinel])  # returns once the child has exited; unlike is_alive(), it does not reap
    status = status_of(process.pid)
    while status not in (psutil.STATUS_ZOMBIE, "gone"):  # the exit takes a moment to complete
        time.sleep(0.01)
        status = status_of(process.pid)
    print(f"parent: child {process.pid} has exited; its status: {status}")
    if status == psutil.STATUS_ZOMBIE:
        zombie = psutil.Process(process.pid)
        print(f"parent: the zombie's parent is me: {zombie.ppid() == os.getpid()}")
        print(f"parent: memory it still holds (RSS): {zombie.memory_info().rss} bytes")
    process.join()  # waitpid() underneath: collects the exit status, frees the process-table entry
    print(f"parent: after join(): {status_of(process.pid)}, exitcode={process.exitcode}")
