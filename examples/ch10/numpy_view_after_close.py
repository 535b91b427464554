"""SharedMemory.close() unmaps the memory even while a NumPy array still views it: drop the array first."""

import multiprocessing as mp
import signal
from multiprocessing.shared_memory import SharedMemory

import numpy as np


def read_after(name: str, order: str) -> None:
    block = SharedMemory(name=name)
    array = np.ndarray((4,), dtype=np.float64, buffer=block.buf)
    if order == "del array, then close()":
        del array
        block.close()
    else:
        block.close()  # no error: NumPy holds no buffer export that close() could see
        print(f"{order}: close() raised nothing; reading the array ...", flush=True)
        print(array.sum())  # the pages are unmapped: SIGSEGV


if __name__ == "__main__":
    block = SharedMemory(create=True, size=4 * 8)
    try:
        for order in ("close(), array still alive", "del array, then close()"):
            worker = mp.Process(target=read_after, args=(block.name, order))
            worker.start()
            worker.join()
            code = worker.exitcode
            ending = f"killed by {signal.Signals(-code).name}" if code < 0 else f"exit code {code}"
            print(f"{order}: worker {ending}")
    finally:
        block.close()
        block.unlink()
