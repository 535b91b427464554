"""JoinableQueue: join() returns once every item taken with get() has been marked task_done()."""

import multiprocessing


def worker(tasks, results) -> None:
    while True:
        number = tasks.get()
        try:
            if number is None:
                return
            results.put((number, number * number))
        finally:
            tasks.task_done()  # exactly once per get(), sentinels included


if __name__ == "__main__":
    tasks, results = multiprocessing.JoinableQueue(), multiprocessing.Queue()
    workers = [multiprocessing.Process(target=worker, args=(tasks, results)) for _ in range(3)]
    for process in workers:
        process.start()
    for number in range(1, 9):
        tasks.put(number)
    tasks.join()  # blocks until 8 task_done() calls have been made
    print("tasks.join() returned: all 8 tasks are done")
    print("results:", sorted(results.get() for _ in range(8)))
    for _ in workers:
        tasks.put(None)
    tasks.join()  # the sentinels count as tasks too
    for process in workers:
        process.join()
    print("exit codes:", [process.exitcode for process in workers])
