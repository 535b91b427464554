"""What a child starts with: a copy of the parent's memory (fork) or a fresh import (spawn, forkserver)."""

import multiprocessing

setting = "set when the module was imported"


def show() -> None:
    method = multiprocessing.get_start_method()
    print(f"child ({method}): setting = {setting!r}")


if __name__ == "__main__":
    # Runs only in the main program, after import: a fork copies the result, a fresh import never sees it.
    setting = "changed by the parent before start()"
    child = multiprocessing.Process(target=show)
    child.start()
    child.join()
    setting = "changed by the parent after start()"
    print(f"parent: setting = {setting!r}")
