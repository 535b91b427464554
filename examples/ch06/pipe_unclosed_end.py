"""A reader waits for EOF; it never comes while any copy of the send end is still open, even its own."""

import multiprocessing


def reader(receive_end, send_end, close_unused: bool) -> None:
    if close_unused:
        send_end.close()  # the child was handed both ends: drop the one it does not use
    received = []
    while receive_end.poll(timeout=1):  # True: a message is waiting, or the other side is closed
        try:
            received.append(receive_end.recv())
        except EOFError:
            print(f"  child: got {received}, then EOFError: done")
            return
    print(f"  child: got {received}, then nothing for 1 s: recv() would block forever")


if __name__ == "__main__":
    for close_unused in (True, False):
        print(f"child closes its copy of the send end: {close_unused}")
        receive_end, send_end = multiprocessing.Pipe(duplex=False)
        child = multiprocessing.Process(target=reader, args=(receive_end, send_end, close_unused))
        child.start()
        receive_end.close()  # the parent only sends
        for number in (1, 2, 3):
            send_end.send(number)
        send_end.close()  # the parent's copy is closed in both rounds
        child.join()
