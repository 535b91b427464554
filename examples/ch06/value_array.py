"""Value and Array: shared ctypes memory. Their built-in lock guards each read or write, not `+=`."""

import multiprocessing
import threading


class CountingLock:
    """A stand-in for the lock a Value creates by itself: it counts how often it is taken."""

    def __init__(self) -> None:
        self._lock, self.taken = threading.RLock(), 0

    def acquire(self, *args) -> bool:
        self.taken += 1
        return self._lock.acquire(*args)

    def release(self) -> None:
        self._lock.release()

    __enter__ = acquire

    def __exit__(self, *exc) -> None:
        self.release()


def fill(squares, index: int) -> None:
    squares[index] = index * index  # each worker writes only its own slot: no lock needed


if __name__ == "__main__":
    lock = CountingLock()
    counter = multiprocessing.Value("i", 0, lock=lock)  # the same wrapper as usual, with our lock inside
    counter.value += 1
    print(f"{'counter.value += 1':43} -> lock taken {lock.taken} times (read, then write)")
    lock.taken = 0
    with counter.get_lock():  # get_lock() returns that same lock: hold it across the read and the write
        counter.value += 1
    print(f"{'with counter.get_lock(): counter.value += 1'} -> lock taken {lock.taken} times, held throughout")

    squares = multiprocessing.Array("i", 5)  # five C ints, all 0, with a lock of its own
    workers = [multiprocessing.Process(target=fill, args=(squares, i)) for i in range(5)]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
    print(f"Array filled by 5 processes: {squares[:]}")
    wrapped = multiprocessing.Value("d", 1.5)  # a ctypes double behind a wrapper with an RLock
    raw = multiprocessing.Value("d", 1.5, lock=False)  # lock=False: the bare ctypes object
    for label, shared in (("Value('d', 1.5)", wrapped), ("Value('d', 1.5, lock=False)", raw)):
        print(f"{label + ':':28} a {type(shared).__name__}, has get_lock(): {hasattr(shared, 'get_lock')}")
