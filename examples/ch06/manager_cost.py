"""What a Manager costs: increments per second of one shared counter, from shared memory to Manager proxies."""

import multiprocessing
import time
from multiprocessing import shared_memory

WINDOW, WINDOWS = 0.02, 5  # five windows of 20 ms each; the best counts (least disturbed by other programs)


def rate(increment) -> float:
    """Increments per second in the best of WINDOWS short windows."""
    best = 0.0
    for _ in range(WINDOWS):
        done, started = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - started) < WINDOW:
            for _ in range(50):
                increment()
            done += 50
        best = max(best, done / elapsed)
    return best


if __name__ == "__main__":
    raw = multiprocessing.Value("i", 0, lock=False)
    synced = multiprocessing.Value("i", 0)

    def add_raw() -> None:
        raw.value += 1

    def add_synced() -> None:
        with synced.get_lock():
            synced.value += 1

    numbers = shared_memory.ShareableList([0])

    def add_shareable_list() -> None:
        numbers[0] += 1  # struct unpack + pack on shared memory; no lock

    with multiprocessing.Manager() as manager:
        proxy_value, proxy_dict = manager.Value("i", 0), manager.dict(count=0)

        def add_manager_value() -> None:
            proxy_value.value += 1  # two round trips to the manager (get, then set), and not atomic

        def add_manager_dict() -> None:
            proxy_dict["count"] += 1  # also two round trips, also not atomic

        rates = {
            "Value(lock=False)": rate(add_raw),
            "Value + get_lock()": rate(add_synced),
            "ShareableList": rate(add_shareable_list),
            "Manager().Value": rate(add_manager_value),
            "Manager().dict": rate(add_manager_dict),
        }
    numbers.shm.close()
    numbers.shm.unlink()
    slowest = min(rates.values())
    for name, per_second in rates.items():
        print(f"{name:>18}: {per_second:>12,.0f} ops/s  ({per_second / slowest:.0f}x the slowest)")
