"""multiprocessing.parent_process() in the child; Process.sentinel in the parent, ready once the child has ended."""

import multiprocessing
import os
from multiprocessing.connection import wait


def work(go) -> None:
    go.wait()
    parent = multiprocessing.parent_process()
    print(f"child : parent_process(): name={parent.name!r} pid={parent.pid}; os.getppid()={os.getppid()}")


if __name__ == "__main__":
    print(f"parent: pid={os.getpid()}; in the main process parent_process() is {multiprocessing.parent_process()}")
    go = multiprocessing.Event()
    process = multiprocessing.Process(target=work, args=(go,))
    process.start()
    print(f"parent: sentinel is an {type(process.sentinel).__name__} (a file descriptor on Unix)")
    print(f"parent: wait([sentinel], timeout=0.2) -> {wait([process.sentinel], timeout=0.2)}  (child still running)")
    go.set()
    ready = wait([process.sentinel])  # blocks until the child has ended; can wait on many sentinels at once
    process.join()
    print(f"parent: wait([sentinel]) -> the sentinel: {ready == [process.sentinel]}; exitcode={process.exitcode}")
