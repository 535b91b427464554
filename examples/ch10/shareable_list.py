"""SharedMemoryManager: shared memory that is freed when the with block ends, on every path out of it."""

import pickle
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import ShareableList, SharedMemory


def scale(numbers_name: str, settings_name: str, start: int, stop: int) -> str:
    settings = ShareableList(name=settings_name)  # attach by name: nothing is copied
    block = SharedMemory(name=numbers_name)
    try:
        data = block.buf.cast("d")  # the bytes seen as C doubles
        for i in range(start, stop):
            data[i] *= settings[1]
        data.release()
        return settings[0]
    finally:
        block.close()
        settings.shm.close()


if __name__ == "__main__":
    n = 200_000
    with SharedMemoryManager() as smm, ProcessPoolExecutor(max_workers=2) as pool:
        settings = smm.ShareableList(["run-1", 2.0, True])  # fixed size; str, bytes, int, float, bool, None
        block = smm.SharedMemory(size=n * 8)  # 1.6 MB of doubles
        numbers = block.buf.cast("d")
        for i in range(n):
            numbers[i] = i
        half = n // 2
        runs = pool.map(scale, [block.name] * 2, [settings.shm.name] * 2, [0, half], [half, n])
        print("workers read the setting:", list(runs))
        print("numbers[1], numbers[-1] after the workers:", numbers[1], numbers[-1])
        sent = len(pickle.dumps((block.name, settings.shm.name, 0, half)))
        copied = len(pickle.dumps(numbers[:half].tobytes()))  # what passing half the array would pickle
        print(f"pickled per task: {sent} bytes (two names, two ints); the half array itself: {copied} bytes")
        numbers.release()
        name = block.name
    try:
        SharedMemory(name=name)
    except FileNotFoundError:
        print("after the with block: the segment is gone (FileNotFoundError on attach)")
