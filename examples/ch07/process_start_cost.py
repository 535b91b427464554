"""Measured: what starting (and joining) one process costs under each start method."""

import multiprocessing
import time

ROUNDS = 3


def nothing() -> None:
    pass


def cost_ms(method: str) -> float:
    ctx = multiprocessing.get_context(method)
    warm_up = ctx.Process(target=nothing)  # forkserver: the first start also starts the server
    warm_up.start()
    warm_up.join()
    started = time.perf_counter()
    for _ in range(ROUNDS):
        process = ctx.Process(target=nothing)
        process.start()
        process.join()
    return (time.perf_counter() - started) / ROUNDS * 1000


if __name__ == "__main__":
    costs = {method: cost_ms(method) for method in ("fork", "forkserver", "spawn")}
    for method, ms in costs.items():
        print(f"{method:>10}: {ms:.1f} ms per process")
    print(
        f"spawn costs {costs['spawn'] / costs['fork']:.0f}x fork; more than 5x: {costs['spawn'] > 5 * costs['fork']}"
    )
