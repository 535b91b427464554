"""Exercise (find the bug), fixed: the code that starts processes goes under the __main__ guard."""

import multiprocessing

print(f"module body runs with __name__={__name__!r}")  # spawn runs it again in the child


def work() -> None:
    print("work(): running in the child")


if __name__ == "__main__":  # the fix: False in the child, which imports this file as __mp_main__
    process = multiprocessing.Process(target=work)
    process.start()
    process.join()
    print(f"main: child exited with {process.exitcode}")
