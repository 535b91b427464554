"""multiprocessing.shared_memory: a named block of bytes any process can attach to; close() and unlink()."""

import multiprocessing
import os
from multiprocessing import shared_memory


def child(name: str, list_name: str) -> None:
    block = shared_memory.SharedMemory(name=name)  # attach by name: no copy, the same bytes
    block.buf[:5] = b"HELLO"  # write into the parent's memory
    block.close()  # this process is done with it; the block itself lives on
    numbers = shared_memory.ShareableList(name=list_name)
    numbers[0] = numbers[0] * 10  # items are fixed-size: ints, floats, bool, str, bytes, None
    numbers.shm.close()


if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=16)
    block.buf[:5] = b"hello"
    numbers = shared_memory.ShareableList([7, 2.5, "text"])
    print(f"created {block.name} ({block.size} bytes) and a ShareableList in {numbers.shm.name}")
    print(f"visible in /dev/shm: {os.path.exists('/dev/shm/' + block.name)}")
    process = multiprocessing.Process(target=child, args=(block.name, numbers.shm.name))
    process.start()
    process.join()
    print(f"after the child: {bytes(block.buf[:5])!r}, {list(numbers)}")
    block.close()  # every process closes its own mapping ...
    print(f"after close(), in /dev/shm: {os.path.exists('/dev/shm/' + block.name)}")
    block.unlink()  # ... and exactly one removes the block itself
    numbers.shm.close()
    numbers.shm.unlink()
    print(f"after unlink, in /dev/shm: {os.path.exists('/dev/shm/' + block.name)}")
