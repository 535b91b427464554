"""Exercise: a Queue created at module level, used by the child without being passed to it."""

import multiprocessing
import queue

results = multiprocessing.Queue()  # module level: every fresh import of this file makes a new one


def work() -> None:
    results.put("hello from the child")


if __name__ == "__main__":
    child = multiprocessing.Process(target=work)  # note: no args=(results,)
    child.start()
    child.join()  # a tiny item: the child's feeder thread has written it to a pipe before the child exits
    try:
        print(f"parent got: {results.get(timeout=0.2)!r}")
    except queue.Empty:
        print("parent got nothing: queue.Empty")
