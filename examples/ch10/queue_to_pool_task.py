"""A multiprocessing.Queue (or Lock) as an argument of a pool task: refused, and the two fixes, timed."""

import multiprocessing
import time

N = 2000
queue = None  # the fix with an initializer: each worker keeps the queue in a global


def keep(q) -> None:
    global queue
    queue = q


def put_many(q, n: int) -> None:
    for i in range(n):
        q.put(i)


def put_many_global(n: int) -> None:
    put_many(queue, n)


def drain(q, n: int) -> None:
    for _ in range(n):
        q.get()


if __name__ == "__main__":
    plain = multiprocessing.Queue()
    with multiprocessing.Pool(processes=1) as pool:
        try:
            pool.apply(put_many, (plain, 1))
        except RuntimeError as error:
            print(f"Queue as an argument: {type(error).__name__}: {error}")
        try:
            pool.apply(print, (multiprocessing.Lock(),))
        except RuntimeError as error:
            print(f"Lock as an argument: {type(error).__name__}: {error}")

    with multiprocessing.Pool(processes=1, initializer=keep, initargs=(plain,)) as pool:
        pool.apply(put_many_global, (1,))  # the worker is up: time the items alone
        drain(plain, 1)
        begin = time.perf_counter()
        pending = pool.apply_async(put_many_global, (N,))
        drain(plain, N)
        pending.get()
        print(f"fix 1, initializer: {(time.perf_counter() - begin) / N * 1e6:.0f} µs per item")

    with multiprocessing.Manager() as manager, multiprocessing.Pool(processes=1) as pool:
        proxy = manager.Queue()  # a proxy pickles fine: it only names the queue in the manager process
        pool.apply(put_many, (proxy, 1))
        drain(proxy, 1)
        begin = time.perf_counter()
        pending = pool.apply_async(put_many, (proxy, N))
        drain(proxy, N)
        pending.get()
        print(f"fix 2, Manager().Queue(): {(time.perf_counter() - begin) / N * 1e6:.0f} µs per item")
