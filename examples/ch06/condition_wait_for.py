"""Condition: each worker sleeps until a shared level reaches its own threshold; notify_all wakes them to check."""

import multiprocessing


def worker(threshold: int, level, changed, reports) -> None:
    with changed:
        changed.wait_for(lambda: level.value >= threshold)  # re-checked after every notify
        reports.put(f"worker {threshold}: released at level {level.value}")


if __name__ == "__main__":
    level = multiprocessing.Value("i", 0, lock=False)  # guarded by the condition's own lock
    changed, reports = multiprocessing.Condition(), multiprocessing.Queue()
    workers = [multiprocessing.Process(target=worker, args=(t, level, changed, reports)) for t in (1, 2, 3)]
    for process in workers:
        process.start()
    for new_level in (1, 2, 3):
        with changed:
            level.value = new_level
            changed.notify_all()  # everybody wakes, checks its predicate; only one goes on
        print(f"level set to {new_level} -> {reports.get()}")  # wait for that one before going up again
    for process in workers:
        process.join()
