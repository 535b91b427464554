"""Exercise (write it): redo the tasks a dead worker took down on a new executor, a limited number of times."""

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def work(n: int, attempt: int) -> int:
    if (n == 3 and attempt == 1) or n == 5:
        os._exit(1)  # task 3 dies once (like an OOM kill), task 5 every time (an input that crashes)
    return n * n


def run_with_retries(func, inputs, max_attempts: int) -> tuple[dict, list]:
    results, todo = {}, list(inputs)
    for attempt in range(1, max_attempts + 1):
        with ProcessPoolExecutor(max_workers=1) as pool:  # a broken executor cannot be reused: a new one
            futures = {n: pool.submit(func, n, attempt) for n in todo}
        for n, future in futures.items():  # the with block waited: every future is done
            try:
                results[n] = future.result()
            except BrokenProcessPool:
                pass  # no result: retried while attempts are left
        todo = [n for n in todo if n not in results]
        print(f"attempt {attempt}: {len(results)} results, without one: {todo}")
        if not todo:
            break
    return results, todo


if __name__ == "__main__":
    results, failed = run_with_retries(work, range(6), max_attempts=3)
    print("results:", results)
    print("gave up on:", failed)
