"""An exception raised in a worker is re-raised in the parent by future.result(), with the worker's traceback."""

import re
from concurrent.futures import ProcessPoolExecutor


def parse(text: str) -> int:
    return int(text)  # int("seven") raises ValueError inside the worker


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        good, bad = executor.submit(parse, "7"), executor.submit(parse, "seven")
        print("good.result():", good.result())
        print("bad.exception():", repr(bad.exception()))  # waits, returns the exception without raising
        try:
            bad.result()  # re-raises it here, in the parent
        except ValueError as error:
            print("bad.result() raised", type(error).__name__, "in the parent")
            # the worker's own traceback travels along as the exception's __cause__
            remote = [line for line in str(error.__cause__).splitlines() if line.strip(' "^~')]
            tail = [re.sub(r'File ".*/', 'File "', line) for line in remote[-3:]]  # keep the file name only
            print("  end of the worker's traceback:", *tail, sep="\n    ")

        # executor.map raises when the iteration reaches the failing input; earlier results are still yielded
        results = executor.map(parse, ["1", "2", "three", "4"])
        try:
            for value in results:
                print("map yielded", value)
        except ValueError as error:
            print("map raised:", error)
