"""Subclass Process: __init__ stores the task (after super().__init__()), run() is what the child executes."""

import multiprocessing
import os


class Squarer(multiprocessing.Process):
    def __init__(self, numbers, name=None) -> None:
        super().__init__(name=name)  # sets up everything start(), join() and friends rely on
        self.numbers = numbers

    def run(self) -> None:  # called in the child by start(); replaces the target mechanism
        squares = [n * n for n in self.numbers]
        print(f"{self.name} (pid {os.getpid()}): squares of {self.numbers} = {squares}")


if __name__ == "__main__":
    workers = [Squarer([1, 2, 3], name="squarer-a"), Squarer([4, 5], name="squarer-b")]
    for worker in workers:
        worker.start()
        worker.join()  # one after the other, so the output order is fixed
        print(f"parent: {worker.name} pid={worker.pid} exitcode={worker.exitcode}")
