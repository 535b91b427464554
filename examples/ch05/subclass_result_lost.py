"""An attribute set in run() lives in the child's copy of the object: the parent never sees it."""

import multiprocessing
import os


class Summer(multiprocessing.Process):
    def __init__(self, numbers) -> None:
        super().__init__()
        self.numbers = numbers
        self.result = None

    def run(self) -> None:
        self.result = sum(self.numbers)
        print(f"child  (pid {os.getpid()}): self.result = {self.result}")


if __name__ == "__main__":
    worker = Summer(range(1, 101))
    worker.start()
    worker.join()
    print(f"parent (pid {os.getpid()}): worker.result = {worker.result}")
