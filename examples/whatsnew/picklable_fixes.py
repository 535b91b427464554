"""The fixes: a top-level function, functools.partial, a path instead of a file, a multiprocessing.Lock."""

import functools
import multiprocessing


def greet(greeting: str, name: str) -> None:
    print(f"  {greeting}, {name}")


def first_line(path: str) -> None:
    with open(path, encoding="utf-8") as file:  # the child opens the file itself
        print(f"  first line: {file.readline().strip()}")


def print_locked(lock, text: str) -> None:
    with lock:
        print(f"  {text}")


if __name__ == "__main__":
    cases = {
        "a top-level function": (greet, ("hello", "world")),
        "functools.partial of one": (functools.partial(greet, "hello"), ("partial",)),
        "a path instead of an open file": (first_line, (__file__,)),
        "a multiprocessing.Lock": (print_locked, (multiprocessing.Lock(), "printed under the lock")),
    }
    for label, (target, args) in cases.items():
        process = multiprocessing.Process(target=target, args=args)
        process.start()
        process.join()
        print(f"{label}: exitcode {process.exitcode}")
