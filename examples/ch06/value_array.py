"""Value and Array: shared ctypes memory. Their built-in lock guards each read or write, not `+=`."""

import multiprocessing

WORKERS, ROUNDS = 4, 20_000


def add(counter, use_get_lock: bool, start) -> None:
    start.wait()
    for _ in range(ROUNDS):
        if use_get_lock:
            with counter.get_lock():  # one lock around the whole read-add-write
                counter.value += 1
        else:
            counter.value += 1  # a locked read, then a locked write: another process can come in between


def fill(squares, index: int) -> None:
    squares[index] = index * index  # each worker writes only its own slot: no lock needed


def run(use_get_lock: bool) -> int:
    counter, start = multiprocessing.Value("i", 0), multiprocessing.Barrier(WORKERS)
    workers = [multiprocessing.Process(target=add, args=(counter, use_get_lock, start)) for _ in range(WORKERS)]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
    return counter.value


if __name__ == "__main__":
    expected = WORKERS * ROUNDS
    plain = run(use_get_lock=False)
    print(f"counter.value += 1:            expected {expected}, lost updates: {'yes' if plain < expected else 'no'}")
    print(f"with counter.get_lock():       expected {expected}, got {run(use_get_lock=True)}")
    squares = multiprocessing.Array("i", 5)  # five C ints, all 0, with a lock
    workers = [multiprocessing.Process(target=fill, args=(squares, i)) for i in range(5)]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
    print(f"Array filled by 5 processes:   {squares[:]}")
    wrapped = multiprocessing.Value("d", 1.5)  # a ctypes double behind a wrapper with a lock
    raw = multiprocessing.Value("d", 1.5, lock=False)  # lock=False: the bare ctypes object
    for label, shared in (("Value('d', 1.5)", wrapped), ("Value('d', 1.5, lock=False)", raw)):
        print(f"{label + ':':30} a {type(shared).__name__}, has get_lock(): {hasattr(shared, 'get_lock')}")
