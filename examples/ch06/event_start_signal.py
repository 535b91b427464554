"""Event: workers wait until the parent says "go"; wait(timeout) tells whether the signal came."""

import multiprocessing


def worker(number: int, go, config, results) -> None:
    go.wait()  # blocks until the parent calls go.set()
    results.put(f"worker {number} started with config {config.value.decode()!r}")


if __name__ == "__main__":
    go, results = multiprocessing.Event(), multiprocessing.Queue()
    config = multiprocessing.Array("c", 32)  # shared bytes, empty for now
    workers = [multiprocessing.Process(target=worker, args=(n, go, config, results)) for n in (1, 2, 3)]
    for process in workers:
        process.start()
    print(f"is_set: {go.is_set()}; wait(timeout=0.1) returned {go.wait(timeout=0.1)}")
    config.value = b"level=3"  # prepare everything first ...
    go.set()  # ... then release all waiting workers at once
    print(f"is_set: {go.is_set()}; wait(timeout=0.1) returned {go.wait(timeout=0.1)}")
    for line in sorted(results.get() for _ in workers):
        print(line)
    for process in workers:
        process.join()
