"""run() executes the target in the calling process; start() makes a new process that calls run()."""

import multiprocessing
import os


def where() -> int:
    print(f"  target running in pid={os.getpid()}, returning 42")
    return 42


if __name__ == "__main__":
    print(f"parent pid={os.getpid()}")
    process = multiprocessing.Process(target=where)
    print("process.run():")
    returned = process.run()  # an ordinary method call: no new process
    print(f"  run() returned {returned!r}")
    print("process.start() + join():")
    process.start()
    process.join()
    print(f"  exitcode={process.exitcode}")
