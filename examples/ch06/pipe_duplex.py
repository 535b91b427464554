"""A duplex Pipe: both ends send and receive; poll(timeout) asks "is there something to read?"."""

import multiprocessing


def squarer(conn) -> None:
    while (number := conn.recv()) is not None:
        conn.send(number * number)  # reply on the same connection
    conn.send("bye")
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = multiprocessing.Pipe()  # duplex=True is the default
    child = multiprocessing.Process(target=squarer, args=(child_end,))
    child.start()
    child_end.close()  # the parent keeps only its own end
    print(f"poll() before asking anything: {parent_end.poll()}")  # no timeout: answers at once
    for number in (2, 3, 4):
        parent_end.send(number)
        if parent_end.poll(timeout=5):  # wait at most 5 s for the reply
            print(f"sent {number}, received {parent_end.recv()}")
    parent_end.send(None)
    print(f"last message: {parent_end.recv()!r}")
    child.join()
    print(f"poll() after the child closed its end: {parent_end.poll()} (recv() would raise EOFError)")
