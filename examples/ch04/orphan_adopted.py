"""An orphan: the parent dies before its child, and the kernel gives the child a new parent (POSIX)."""

import multiprocessing
import os
import time

import psutil


def named(pid: int) -> str:
    return f"{pid} ({psutil.Process(pid).name()})"


def has_exited(process: psutil.Process) -> bool:
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def child(main_pid: int, conn) -> None:
    main = psutil.Process(main_pid)
    first_parent = os.getppid()
    print(f"child : pid={os.getpid()} parent={named(first_parent)}")
    conn.send("ready")  # the main process may die now
    while not has_exited(main):
        time.sleep(0.01)
    print(f"child : parent {first_parent} is gone; adopted by {named(os.getppid())}")
    print(f"child : adopted by PID 1? {os.getppid() == 1}")
    # The child ends here by itself; whoever is its parent now collects its exit status.


if __name__ == "__main__":
    print(f"main  : pid={os.getpid()}")
    # fork on purpose: the child's parent is then this program, whatever the platform's default.
    # (Under forkserver, the default on Linux since 3.14, the parent is the fork server instead:
    # parent_under_default_method.py shows what that changes.)
    context = multiprocessing.get_context("fork")
    parent_end, child_end = context.Pipe()
    process = context.Process(target=child, args=(os.getpid(), child_end))
    process.start()
    parent_end.recv()
    print("main  : exiting abruptly with os._exit(0), without join()", flush=True)
    os._exit(0)  # like a crash or `kill -9`: multiprocessing's exit handler never runs
