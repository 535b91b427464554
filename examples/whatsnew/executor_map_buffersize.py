"""Python 3.14: Executor.map(buffersize=N) reads its input lazily, so even an endless iterator works."""

import itertools
from concurrent.futures import ProcessPoolExecutor


def square(n: int) -> int:
    return n * n


def numbers(limit: int | None = None):
    for n in itertools.count() if limit is None else range(limit):
        print(f"  read input {n}")
        yield n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print("map() without buffersize submits every input before the first result:")
        for result in pool.map(square, numbers(4)):
            print(f"  got {result}")
        print("map(buffersize=2) on an endless input:")
        for result in pool.map(square, numbers(), buffersize=2):
            print(f"  got {result}")
            if result >= 9:
                break
