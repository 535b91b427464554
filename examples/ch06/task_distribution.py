"""Task distribution: a task queue feeds three workers, a result queue brings the answers back."""

import multiprocessing
import random


def worker(tasks, results) -> None:
    name = multiprocessing.current_process().name
    for task_id, numbers in iter(tasks.get, None):  # stop at the sentinel None
        results.put((task_id, sum(x * x for x in numbers), name))


if __name__ == "__main__":
    rng = random.Random(6)  # seeded: the same tasks every run
    tasks = [(f"task-{i:02}", [rng.randint(1, 9) for _ in range(5)]) for i in range(1, 11)]
    task_queue, result_queue = multiprocessing.Queue(), multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=worker, args=(task_queue, result_queue), name=f"worker-{n}")
        for n in range(1, 4)
    ]
    for process in workers:
        process.start()
    for task in tasks:
        task_queue.put(task)
    for _ in workers:
        task_queue.put(None)  # one sentinel per worker, after the last task
    results = [result_queue.get() for _ in tasks]  # collect everything *before* joining
    for process in workers:
        process.join()
    for task_id, total, _ in sorted(results):
        print(f"{task_id}: sum of squares = {total}")
    share = {name: sum(1 for *_, who in results if who == name) for _, _, name in sorted(results, key=lambda r: r[2])}
    print(f"{len(results)} results; tasks per worker: {share}")  # depends on timing
