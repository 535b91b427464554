"""An orphan: the parent dies before its child, and the kernel gives the child a new parent."""

import multiprocessing
import os
import time

import psutil


def named(pid: int) -> str:
    return f"{pid} ({psutil.Process(pid).name()})"


def child(conn) -> None:
    first_parent = os.getppid()
    print(f"child : pid={os.getpid()} parent={named(first_parent)}")
    conn.send("ready")  # the parent may die now
    deadline = time.monotonic() + 3
    while os.getppid() == first_parent and time.monotonic() < deadline:
        time.sleep(0.01)  # still the same parent: keep waiting
    adopter = os.getppid()
    print(f"child : parent {first_parent} is gone; adopted by {named(adopter)}")
    print(f"child : adopted by PID 1? {adopter == 1}")
    # The child ends here by itself; its new parent collects its exit status.


if __name__ == "__main__":
    print(f"parent: pid={os.getpid()}")
    parent_end, child_end = multiprocessing.Pipe()
    process = multiprocessing.Process(target=child, args=(child_end,))
    process.start()
    parent_end.recv()
    print("parent: exiting abruptly with os._exit(0), without join()", flush=True)
    os._exit(0)  # like a crash or `kill -9`: multiprocessing's exit handler never runs
