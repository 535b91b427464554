"""Who runs the main script's module code again: spawn children each time, the fork server once (3.14+), fork never."""

import multiprocessing
import os

print(f"module body runs: __name__={__name__!r} pid={os.getpid()}")


def work() -> None:
    print(f"work() runs     : in pid={os.getpid()}, its parent pid={os.getppid()}")


if __name__ == "__main__":
    print(f"start method    : {multiprocessing.get_start_method()}")
    for _ in range(2):  # two children, one after the other
        process = multiprocessing.Process(target=work)
        process.start()
        process.join()
