"""Exercise (find the bug): an interpreter pool refuses a closure; a partial of a top-level function crosses."""

from concurrent.futures import InterpreterPoolExecutor
from functools import partial


def make_scaler(factor):
    def scale(x):
        return x * factor  # a closure: it refers to make_scaler's factor

    return scale


def scale(factor, x):  # top level, the factor as an argument
    return x * factor


if __name__ == "__main__":
    with InterpreterPoolExecutor(max_workers=2) as pool:
        try:
            print(list(pool.map(make_scaler(3), [1, 2, 3])))  # the bug
        except Exception as error:  # noqa: BLE001 (show whatever it raises)
            print("refused:", type(error).__name__)
            while error.__cause__:  # the reason sits at the end of the chain of causes
                error = error.__cause__
                print(f"  because {type(error).__name__}: {error}")
        print("the fix:", list(pool.map(partial(scale, 3), [1, 2, 3])))
