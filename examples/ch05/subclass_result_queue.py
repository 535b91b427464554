"""The fix: the child sends its result through a Queue; the parent receives it."""

import multiprocessing
import os


class Summer(multiprocessing.Process):
    def __init__(self, numbers, results) -> None:
        super().__init__()
        self.numbers = numbers
        self.results = results  # a multiprocessing.Queue, shared with the parent

    def run(self) -> None:
        total = sum(self.numbers)
        print(f"child  (pid {os.getpid()}): sending {total}")
        self.results.put(total)


if __name__ == "__main__":
    results = multiprocessing.Queue()
    worker = Summer(range(1, 101), results)
    worker.start()
    total = results.get()  # get before join: a child blocks at exit until its queued data is taken
    worker.join()
    print(f"parent (pid {os.getpid()}): received {total}, exitcode={worker.exitcode}")
