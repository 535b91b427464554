"""Exercise (find the bug): join() before taking the child's data from the queue waits forever."""

from multiprocessing import Process, Queue


def produce(queue):
    queue.put("x" * 1_000_000)  # far more than the pipe under the queue holds


if __name__ == "__main__":
    queue = Queue()
    child = Process(target=produce, args=(queue,))
    child.start()
    child.join(timeout=0.3)  # the bug, with a timeout: a plain join() here never returns
    print("after join(timeout=0.3): alive", child.is_alive(), "| exitcode", child.exitcode)

    data = queue.get()  # the fix: take the data first...
    child.join()  # ...then join: the child's feeder thread has flushed, so it can exit
    print(f"after get() and join(): {len(data)} characters | exitcode", child.exitcode)
