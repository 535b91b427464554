"""Exercise: the main program changes a global and an environment variable between two children."""

import multiprocessing
import os

MODE = "default"


def show(label: str) -> None:
    print(f"{label}: global MODE={MODE!r}, os.environ['MODE']={os.environ.get('MODE')!r}")


def run_child(label: str) -> None:
    child = multiprocessing.Process(target=show, args=(label,))
    child.start()
    child.join()


if __name__ == "__main__":
    run_child("first child ")
    MODE = "debug"
    os.environ["MODE"] = "debug"
    run_child("second child")
