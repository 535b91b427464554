"""Copy-on-write: a forked child shares its parent's pages until it writes to them."""

import os

import psutil

SIZE = 64 * 2**20  # 64 MiB
PAGE = os.sysconf("SC_PAGE_SIZE")


def private_mib() -> float:
    """Memory that belongs to this process alone (USS), in MiB."""
    return psutil.Process().memory_full_info().uss / 2**20


if __name__ == "__main__":
    data = bytearray(b"p") * SIZE  # the parent fills every page
    pid = os.fork()
    if pid == 0:
        before = private_mib()
        print(f"child after fork      : private memory {before:.1f} MiB (the 64 MiB buffer is shared)")
        data[::PAGE] = b"c" * len(range(0, SIZE, PAGE))  # write one byte in every page
        after = private_mib()
        print(f"child after writing   : private memory {after:.1f} MiB")
        print(f"pages copied on write : at least 60 MiB? {after - before >= 60}", flush=True)
        os._exit(0)
    os.waitpid(pid, 0)
    print(f"parent still sees its own bytes: {data[:1]!r}")
