"""No `if __name__ == "__main__":` guard under spawn: the child's re-import tries to start a process too."""

import multiprocessing
import os

spawn = multiprocessing.get_context("spawn")  # the default on Windows and macOS


def work() -> None:
    print("work() never runs: the child fails while importing this file")


print(f"module body runs: __name__={__name__!r} pid={os.getpid()}")
process = spawn.Process(target=work)  # unguarded: runs again in the child's import
process.start()
process.join()
print(f"parent: child exitcode={process.exitcode}")
