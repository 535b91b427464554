"""Every process has a PID; a child's PPID is the PID of the process that started it."""

import multiprocessing
import os


def child() -> None:
    print(f"child : pid={os.getpid()} ppid={os.getppid()}")


if __name__ == "__main__":
    print(f"parent: pid={os.getpid()} ppid={os.getppid()}")
    process = multiprocessing.Process(target=child)
    process.start()
    process.join()
    print(f"parent: my child had pid={process.pid}")
