"""The Queue API in one process: maxsize, blocking with a timeout, queue.Full and queue.Empty."""

import multiprocessing
import queue  # the exceptions Full and Empty live in the standard queue module

if __name__ == "__main__":
    jobs = multiprocessing.Queue(maxsize=2)
    jobs.put("first")
    jobs.put({"second": [2]})  # any picklable object
    try:
        jobs.put("third", timeout=0.1)  # full: wait at most 0.1 s for a free place
    except queue.Full:
        print("put(timeout=0.1) on a full queue: queue.Full")
    try:
        jobs.put_nowait("third")  # the same as put(block=False)
    except queue.Full:
        print("put_nowait() on a full queue:     queue.Full")
    print(f"get(): {jobs.get()!r}, then {jobs.get()!r}")  # FIFO: in the order they were put
    try:
        jobs.get(timeout=0.1)
    except queue.Empty:
        print("get(timeout=0.1) on an empty queue: queue.Empty")
    jobs.close()  # no more puts from this process; the feeder thread finishes
    jobs.join_thread()

    simple = multiprocessing.SimpleQueue()  # no maxsize, no timeouts, no feeder thread: put() writes at once
    simple.put("hello")
    print(f"SimpleQueue: get() -> {simple.get()!r}, empty() -> {simple.empty()}")
    simple.close()
