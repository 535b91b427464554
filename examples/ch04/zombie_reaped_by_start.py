"""multiprocessing reaps finished children by itself: in Process.start() and in active_children()."""

import multiprocessing
import time
from multiprocessing.connection import wait

import psutil


def status_of(pid: int) -> str:
    try:
        return psutil.Process(pid).status()
    except psutil.NoSuchProcess:
        return "gone"


def finish(process: multiprocessing.Process) -> str:
    """Wait until the child has exited, without reaping it; return its status."""
    wait([process.sentinel])
    status = status_of(process.pid)
    while status not in (psutil.STATUS_ZOMBIE, "gone"):  # the exit takes a moment to complete
        time.sleep(0.01)
        status = status_of(process.pid)
    return status


def nothing() -> None:
    pass


if __name__ == "__main__":
    # fork on purpose: the child's parent is then this program, whatever the platform's default.
    # (Under forkserver, the default on Linux since 3.14, the parent is the fork server instead:
    # parent_under_default_method.py shows what that changes.)
    context = multiprocessing.get_context("fork")
    first = context.Process(target=nothing)
    first.start()
    print(f"1 first child finished            -> first is {finish(first)}")
    second = context.Process(target=nothing)
    second.start()  # start() first polls every finished child it knows of: waitpid(WNOHANG)
    print(f"2 after second.start()            -> first is {status_of(first.pid)}")
    print(f"3 second child finished           -> second is {finish(second)}")
    print(f"4 active_children() returned      -> {multiprocessing.active_children()}")
    print(f"5 after active_children()         -> second is {status_of(second.pid)}")
    print(f"6 exit codes were collected       -> {first.exitcode}, {second.exitcode}")
