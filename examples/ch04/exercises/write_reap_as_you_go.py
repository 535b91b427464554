"""Exercise (write it): a parent that starts a child every round and never joins, yet keeps no zombie."""

import multiprocessing
import time

import psutil


def task() -> None:
    pass


def zombies() -> int:
    return sum(child.status() == psutil.STATUS_ZOMBIE for child in psutil.Process().children())


def until_zombie(pid: int) -> None:
    """The child has finished its work; wait (at most 5 s) until its exit is complete and it is a zombie."""
    deadline = time.monotonic() + 5
    while psutil.Process(pid).status() != psutil.STATUS_ZOMBIE and time.monotonic() < deadline:
        time.sleep(0.01)


if __name__ == "__main__":
    context = multiprocessing.get_context("fork")  # this program is then the OS parent: the zombies are ours
    for round_number in (1, 2, 3):
        child = context.Process(target=task)
        child.start()
        until_zombie(child.pid)
        before = zombies()
        multiprocessing.active_children()  # reaps every child that has ended: waitpid(WNOHANG) on each
        print(f"round {round_number}: zombies before active_children() = {before}, after = {zombies()}")
