"""An orphan: the parent dies before its child, and the kernel gives the child a new parent."""

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
    if os.getppid() == first_parent:  # forkserver: our parent is the fork server, not main
        print(f"child : main {main_pid} is gone, but my parent {first_parent} is still alive")
    else:
        print(f"child : parent {first_parent} is gone; adopted by {named(os.getppid())}")
        print(f"child : adopted by PID 1? {os.getppid() == 1}")
    # The child ends here by itself; whoever is its parent now collects its exit status.


if __name__ == "__main__":
    print(f"main  : pid={os.getpid()}")
    parent_end, child_end = multiprocessing.Pipe()
    process = multiprocessing.Process(target=child, args=(os.getpid(), child_end))
    process.start()
    parent_end.recv()
    print("main  : exiting abruptly with os._exit(0), without join()", flush=True)
    os._exit(0)  # like a crash or `kill -9`: multiprocessing's exit handler never runs
