"""run() executes the target in the calling process; start() makes a new process that calls run()."""

import multiprocessing
import os


def where() -> None:
    print(f"  target running in pid={os.getpid()}")


if __name__ == "__main__":
    print(f"parent pid={os.getpid()}")
    process = multiprocessing.Process(target=where)
    print("process.run():")
    process.run()  # an ordinary method call: no new process
    print("process.start() + join():")
    process.start()
    process.join()
