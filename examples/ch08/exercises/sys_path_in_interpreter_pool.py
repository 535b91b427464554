"""Exercise (find the bug): a module found through a run-time sys.path change, used by an interpreter pool."""

import sys
import tempfile
import textwrap
from concurrent.futures import InterpreterPoolExecutor
from pathlib import Path

HELPERS = textwrap.dedent(
    """
    FACTOR = 3

    def scaled(x):
        return x * FACTOR
    """
)


def add_to_path(folder):  # uses no globals: it crosses as code and runs in each worker interpreter
    import sys

    sys.path.insert(0, folder)


if __name__ == "__main__":
    sys.dont_write_bytecode = True  # leave no __pycache__ behind
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "helpers.py").write_text(HELPERS, encoding="utf-8")
        sys.path.insert(0, folder)  # at run time, in the main interpreter only
        import helpers

        with InterpreterPoolExecutor(max_workers=1) as pool:
            try:
                print(pool.submit(helpers.scaled, 2).result())
            except Exception as error:  # noqa: BLE001 (show whatever it raises)
                print("the bug:", type(error).__name__, error)
        with InterpreterPoolExecutor(max_workers=1, initializer=add_to_path, initargs=(folder,)) as pool:
            print("the fix, initializer=add_to_path:", pool.submit(helpers.scaled, 2).result())
        sys.path.remove(folder)
