"""Waiting on I/O: sequential vs threads vs asyncio vs processes, 20 waits of 50 ms each."""

import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

WAITS, SECONDS = 20, 0.05


def blocking_wait(_: int) -> None:
    time.sleep(SECONDS)  # stands for a network or disk wait: the GIL is released while sleeping


async def async_wait() -> None:
    await asyncio.sleep(SECONDS)


async def all_async() -> None:
    await asyncio.gather(*(async_wait() for _ in range(WAITS)))


def timed(label: str, run) -> float:
    start = time.perf_counter()
    run()
    elapsed = time.perf_counter() - start
    print(f"{label:<22} {elapsed:.2f} s")
    return elapsed


if __name__ == "__main__":
    sequential = timed("sequential", lambda: [blocking_wait(i) for i in range(WAITS)])
    with ThreadPoolExecutor(WAITS) as threads:
        threaded = timed("20 threads", lambda: list(threads.map(blocking_wait, range(WAITS))))
    asynchronous = timed("asyncio, 1 thread", lambda: asyncio.run(all_async()))
    with ProcessPoolExecutor(2) as processes:
        timed("2 processes", lambda: list(processes.map(blocking_wait, range(WAITS))))
    print("threads at least 4x faster than sequential:", threaded * 4 < sequential)
    print("asyncio at least 4x faster than sequential:", asynchronous * 4 < sequential)
