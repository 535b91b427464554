"""Pool.map_async returns at once with an AsyncResult; the parent works on and collects the results later."""

import time
from multiprocessing import Pool


def slow_square(n: int) -> int:
    time.sleep(0.2)
    return n * n


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        started = time.perf_counter()
        pending = pool.map_async(slow_square, range(4))
        returned_after = time.perf_counter() - started
        print(f"map_async returned a {type(pending).__name__} after {returned_after:.3f} s")
        print("ready right away?", pending.ready())

        # The parent is free meanwhile; here it just does some work of its own.
        total = sum(range(100_000))
        print(f"parent computed {total} while the workers ran")

        results = pending.get(timeout=10)  # blocks until all results are in (or raises TimeoutError)
        print("results:", results)
        print("ready:", pending.ready(), " successful:", pending.successful())
        print(f"elapsed {time.perf_counter() - started:.2f} s (4 tasks of 0.2 s on 2 workers)")
