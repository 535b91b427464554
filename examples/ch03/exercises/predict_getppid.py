"""Exercise: is a child's os.getppid() the PID of the program that started it? It depends on the start method."""

import multiprocessing
import os


def report(main_pid: int) -> None:
    print(f"child: getppid() == main pid? {os.getppid() == main_pid}")


if __name__ == "__main__":
    print(f"start method: {multiprocessing.get_start_method()}")
    child = multiprocessing.Process(target=report, args=(os.getpid(),))
    child.start()
    child.join()
