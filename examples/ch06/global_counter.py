"""The global-counter puzzle: ten children each subtract 1 from a global. What does the parent print?"""

import multiprocessing
import os

counter = 100


def subtract_one() -> None:
    global counter
    counter -= 1  # changes this process's own copy only
    print(f"child {os.getpid()}: counter = {counter}")


if __name__ == "__main__":
    children = [multiprocessing.Process(target=subtract_one) for _ in range(10)]
    for child in children:
        child.start()
    for child in children:
        child.join()
    print(f"parent {os.getpid()}: counter = {counter}")
