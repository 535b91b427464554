"""Choosing the start method where it matters: a context for Process and Pool, mp_context for the executor."""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    fork = multiprocessing.get_context("fork")  # only where the code really needs fork
    process = fork.Process(target=lambda: print("fork context: a lambda target runs"))
    process.start()
    process.join()

    with multiprocessing.get_context("spawn").Pool(processes=1) as pool:
        print(f"spawn context Pool: {pool.map(abs, [-1, -2])}")

    for method in ("forkserver", "spawn", "fork"):
        context = multiprocessing.get_context(method)
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as executor:
            parent = executor.submit(os.getppid).result()  # the worker's parent process
        who = "this program" if parent == os.getpid() else "another process: the fork server"
        print(f"ProcessPoolExecutor(mp_context={method!r}): worker's parent is {who}")
