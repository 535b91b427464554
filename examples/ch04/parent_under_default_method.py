"""Whose child is it? Under the default start method of Python 3.14+ on Linux, the fork server's."""

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


def who(pid: int, main_pid: int) -> str:
    if pid == main_pid:
        return "the main program"
    command = " ".join(psutil.Process(pid).cmdline())
    return "the fork server" if "multiprocessing.forkserver" in command else command


def child(main_pid: int, conn) -> None:
    conn.send(f"child : my parent is {who(os.getppid(), main_pid)}")


if __name__ == "__main__":
    print(f"main  : default start method: {multiprocessing.get_start_method()}")
    parent_end, child_end = multiprocessing.Pipe()
    process = multiprocessing.Process(target=child, args=(os.getpid(), child_end))
    process.start()
    print(parent_end.recv())
    wait([process.sentinel])  # the child has exited; nothing has reaped it on our side
    status = status_of(process.pid)
    while status not in (psutil.STATUS_ZOMBIE, "gone"):  # the exit takes a moment to complete
        time.sleep(0.01)
        status = status_of(process.pid)
    print(f"main  : the child has exited; its status: {status}")
    process.join()
    print(f"main  : join() still gives its exit code: {process.exitcode}")
