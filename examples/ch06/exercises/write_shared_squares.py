"""Exercise (write it): a child fills a shared_memory block; the parent reads it, then frees it for sure."""

import multiprocessing
from multiprocessing import shared_memory


def fill(name: str, count: int) -> None:
    block = shared_memory.SharedMemory(name=name)  # attach by name: no copy of the data
    try:
        for i in range(count):
            block.buf[i] = i * i
    finally:
        block.close()  # this process's mapping only


if __name__ == "__main__":
    count = 8
    block = shared_memory.SharedMemory(create=True, size=count)
    try:
        child = multiprocessing.Process(target=fill, args=(block.name, count))
        child.start()
        child.join()
        print(f"squares written by the child: {list(block.buf[:count])}")
    finally:
        block.close()
        block.unlink()  # once, by the creator: nothing is left behind
    print(f"unlinked; child exitcode = {child.exitcode}")
