"""Worker functions for the performance notebook (docs/08-performance.ipynb).

They live in a module, not in a notebook cell, because a process started with spawn or
forkserver finds the function it must run by importing it by name: a function defined in a
cell belongs to the kernel's __main__, which a child process cannot import. The worker
interpreters of an InterpreterPoolExecutor (Python 3.14+) may import this module too, so it
imports nothing that refuses to load in a subinterpreter (psutil does, for one).
"""

import time
from multiprocessing import shared_memory


def cpu_work(iterations: int) -> int:
    """CPU-bound: pure-Python arithmetic that holds the GIL from start to end."""
    x = 0
    for i in range(iterations):
        x = (x * 31 + i) % 1_000_003
    return x


def io_wait(seconds: float) -> float:
    """I/O-bound stand-in: blocks like a network or disk read, with the GIL released meanwhile."""
    time.sleep(seconds)
    return seconds


def queue_sink(queue, count: int, report) -> None:
    """Take `count` messages from a Queue, then report how many bytes arrived."""
    report.send("ready")
    report.send(sum(len(queue.get()) for _ in range(count)))


def pipe_sink(conn, count: int, report) -> None:
    """Receive `count` messages from one end of a Pipe, then report how many bytes arrived."""
    report.send("ready")
    report.send(sum(len(conn.recv_bytes()) for _ in range(count)))


def shm_sink(name: str, size: int, count: int, report) -> None:
    """Copy `count` messages out of a shared memory block; `report` carries the turn-taking."""
    block = shared_memory.SharedMemory(name=name)
    report.send("ready")
    total = 0
    for _ in range(count):
        report.recv_bytes()  # "a message is in the block"
        total += len(bytes(block.buf[:size]))
        report.send_bytes(b"k")  # "the block is free again"
    report.send(total)
    block.close()


if __name__ == "__main__":
    # Self-check: the same functions, small sizes, every channel must deliver every byte.
    import multiprocessing

    ctx = multiprocessing.get_context("forkserver")
    print("cpu_work(100_000) =", cpu_work(100_000))
    print("io_wait(0.01) =", io_wait(0.01))
    size, count = 1000, 20
    payload = bytes(range(256)) * 4
    payload = payload[:size]

    queue, (report, child_end) = ctx.Queue(), ctx.Pipe()
    child = ctx.Process(target=queue_sink, args=(queue, count, child_end))
    child.start()
    report.recv()
    for _ in range(count):
        queue.put(payload)
    print("Queue delivered", report.recv(), "bytes")
    child.join()

    (mine, theirs), (report, child_end) = ctx.Pipe(), ctx.Pipe()
    child = ctx.Process(target=pipe_sink, args=(theirs, count, child_end))
    child.start()
    report.recv()
    for _ in range(count):
        mine.send_bytes(payload)
    print("Pipe delivered", report.recv(), "bytes")
    child.join()

    block = shared_memory.SharedMemory(create=True, size=size)
    report, child_end = ctx.Pipe()
    child = ctx.Process(target=shm_sink, args=(block.name, size, count, child_end))
    child.start()
    report.recv()
    for _ in range(count):
        block.buf[:size] = payload
        report.send_bytes(b"m")
        report.recv_bytes()
    print("shared memory delivered", report.recv(), "bytes")
    child.join()
    block.close()
    block.unlink()
