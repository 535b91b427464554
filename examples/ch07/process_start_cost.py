"""Measured: what starting (and joining) one process costs under each start method."""

import multiprocessing
import time

ROUNDS = 3


def nothing() -> None:
    pass


def best_ms(method: str) -> float:
    """The fastest of a few start + join rounds: the least disturbed by other load on the machine."""
    ctx = multiprocessing.get_context(method)
    warm_up = ctx.Process(target=nothing)  # forkserver: the first start also starts the server
    warm_up.start()
    warm_up.join()
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        process = ctx.Process(target=nothing)
        process.start()
        process.join()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


if __name__ == "__main__":
    costs = {method: best_ms(method) for method in ("fork", "forkserver", "spawn")}
    for method, ms in costs.items():
        print(f"{method:>10}: {ms:.1f} ms per process (best of {ROUNDS})")
    ratio = costs["spawn"] / costs["fork"]
    print(f"spawn costs {ratio:.0f}x fork; more than 3x: {ratio > 3}")
