"""Semaphore(2): six workers, never more than two inside at once."""

import multiprocessing

LIMIT, WORKERS = 2, 6


def work(slots, inside, most, start, together) -> None:
    start.wait()  # all six try to get in at the same moment
    with slots:  # at most LIMIT processes get past this line at a time
        with inside.get_lock():
            inside.value += 1
            most.value = max(most.value, inside.value)
        together.wait()  # the work: here it is waiting until the other slot is taken too
        with inside.get_lock():
            inside.value -= 1


if __name__ == "__main__":
    slots = multiprocessing.Semaphore(LIMIT)
    inside, most = multiprocessing.Value("i", 0), multiprocessing.Value("i", 0)
    start, together = multiprocessing.Barrier(WORKERS), multiprocessing.Barrier(LIMIT)
    args = (slots, inside, most, start, together)
    workers = [multiprocessing.Process(target=work, args=args) for _ in range(WORKERS)]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
    print(f"most workers inside at the same time: {most.value} (limit {LIMIT}, {WORKERS} workers)")
    print(f"free slots afterwards: {slots.get_value()}")  # not available on macOS
