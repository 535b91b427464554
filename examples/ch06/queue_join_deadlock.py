"""Joining a process that still has data in a queue waits forever; get the data first."""

import multiprocessing


def send_big(queue, put_returned) -> None:
    queue.put(b"x" * 1_000_000)  # 1 MB: more than the OS pipe buffer holds
    print("child: put() returned at once (a feeder thread writes in the background)")
    put_returned.set()


if __name__ == "__main__":
    queue, put_returned = multiprocessing.Queue(), multiprocessing.Event()
    child = multiprocessing.Process(target=send_big, args=(queue, put_returned))
    child.start()
    put_returned.wait()  # the child's target function has finished: only the flush remains
    child.join(timeout=0.5)  # a plain join() here would never return
    print(f"after join(timeout=0.5): alive = {child.is_alive()}, exitcode = {child.exitcode}")
    data = queue.get()  # drain: the child's feeder thread can finish writing, then the child exits
    child.join()
    print(f"after get() and join(): received {len(data):,} bytes, exitcode = {child.exitcode}")
