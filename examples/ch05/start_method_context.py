"""set_start_method() fixes the default once per program; get_context() gives a method to use locally."""

import multiprocessing
import sys


def report(method: str) -> None:
    print(f"  child made by {method:<10}: its __main__ module is named {sys.modules['__main__'].__name__!r}")


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")  # once, inside the guard, before any process exists
    print(f"global default: {multiprocessing.get_start_method()}")
    try:
        multiprocessing.set_start_method("fork")
    except RuntimeError as error:
        print(f"second set_start_method(): RuntimeError: {error}")
    for method in ("fork", "spawn", "forkserver"):
        context = multiprocessing.get_context(method)  # has the same API as the multiprocessing module
        process = context.Process(target=report, args=(method,))
        process.start()
        process.join()
    print(f"global default still: {multiprocessing.get_start_method()}")
