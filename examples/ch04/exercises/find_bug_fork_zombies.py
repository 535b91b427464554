"""Exercise (find the bug), fixed: children made with os.fork() stay zombies until the parent waits for them."""

import os
import time

import psutil


def zombies() -> int:
    return sum(child.status() == psutil.STATUS_ZOMBIE for child in psutil.Process().children())


def until_all_exited(count: int) -> None:
    deadline = time.monotonic() + 5
    while zombies() < count and time.monotonic() < deadline:
        time.sleep(0.01)


if __name__ == "__main__":
    pids = []
    for code in (0, 1, 2):
        pid = os.fork()
        if pid == 0:
            os._exit(code)  # the child ends at once
        pids.append(pid)
    until_all_exited(len(pids))
    print(f"the bug: nobody waited, zombies = {zombies()}")
    codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in pids]  # the fix
    print(f"the fix: waitpid() each child, exit codes = {codes}, zombies = {zombies()}")
