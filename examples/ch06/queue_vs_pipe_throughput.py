"""Queue vs Pipe, measured: messages per second from a child to its parent, and request-reply round trips."""

import multiprocessing
import time

SIZES = {"16 B": 16, "1 KiB": 1024, "64 KiB": 65536}
BATCHES = 5  # the best batch counts: it is the one least disturbed by other programs on the machine


def best_rate(receive, count: int, send=None) -> float:
    """Messages per second over the best of BATCHES batches (the first message only starts the clock)."""
    if send:
        send(b"x" * 16)
    receive()
    per_batch, best = count // BATCHES, 0.0
    for _ in range(BATCHES):
        started = time.perf_counter()
        for _ in range(per_batch):
            if send:
                send(b"x" * 16)
            receive()
        best = max(best, per_batch / (time.perf_counter() - started))
    return best


def send_all(channel, payload: bytes, count: int) -> None:
    send = channel.put if hasattr(channel, "put") else channel.send
    for _ in range(count + 1):
        send(payload)


def echo(requests, replies, count: int) -> None:
    receive = requests.get if hasattr(requests, "get") else requests.recv
    send = replies.put if hasattr(replies, "put") else replies.send
    for _ in range(count + 1):
        send(receive())


def one_way(kind: str, payload: bytes, count: int) -> float:
    if kind == "Queue":
        receive_end = send_end = multiprocessing.Queue()
        receive = receive_end.get
    else:
        receive_end, send_end = multiprocessing.Pipe(duplex=False)
        receive = receive_end.recv
    child = multiprocessing.Process(target=send_all, args=(send_end, payload, count))
    child.start()
    rate = best_rate(receive, count)
    child.join()
    return rate


def round_trip(kind: str, count: int) -> float:
    if kind == "Queue":
        requests, replies = multiprocessing.Queue(), multiprocessing.Queue()
        child_args, send, receive = (requests, replies, count), requests.put, replies.get
    else:
        here, there = multiprocessing.Pipe()  # duplex: both directions on one connection
        child_args, send, receive = (there, there, count), here.send, here.recv
    child = multiprocessing.Process(target=echo, args=child_args)
    child.start()
    rate = best_rate(receive, count, send)
    child.join()
    return rate


if __name__ == "__main__":
    print(f"{'message':>8} | {'Queue':>16} | {'Pipe':>16} | Pipe / Queue")
    for label, size in SIZES.items():
        count = 1000 if size > 1024 else 5000
        queue, pipe = one_way("Queue", b"x" * size, count), one_way("Pipe", b"x" * size, count)
        print(f"{label:>8} | {queue:>10,.0f} msg/s | {pipe:>10,.0f} msg/s | {pipe / queue:.1f}x")
    # Pipe first: the Queue round trip starts a feeder thread here, and forking a threaded process is unsafe
    pipe, queue = round_trip("Pipe", 1000), round_trip("Queue", 1000)
    print(f"{'16 B r/t':>8} | {queue:>10,.0f} msg/s | {pipe:>10,.0f} msg/s | {pipe / queue:.1f}x")
