"""Exercise (find the bug), fixed: find your own workers through multiprocessing, not the OS parent link."""

import multiprocessing

import psutil


def wait_for(stop) -> None:
    stop.wait()


if __name__ == "__main__":
    stop = multiprocessing.Event()
    worker = multiprocessing.Process(target=wait_for, args=(stop,))
    worker.start()
    os_children = [child.pid for child in psutil.Process().children()]
    print(f"bug: worker in psutil.Process().children()? {worker.pid in os_children}")
    print(f"fix: worker in multiprocessing.active_children()? {worker in multiprocessing.active_children()}")
    stop.set()
    worker.join()
    print(f"worker joined, exitcode={worker.exitcode}")
