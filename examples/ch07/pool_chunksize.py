"""chunksize: map sends the inputs to the workers in chunks, one message each; each task sees which chunk it is in."""

import itertools
import os
from collections import Counter
from multiprocessing import Pool

unpacked = itertools.count()  # in each worker: numbers the chunks it has received


def where(item: tuple[int, list]) -> tuple[int, int]:
    """(worker pid, chunk number in that worker) for one input."""
    _, tag = item  # every input holds the same list, so each message unpickles one copy of it
    if not tag:  # the first input of its chunk to run: label this chunk's copy
        tag.append(next(unpacked))
    return os.getpid(), tag[0]


if __name__ == "__main__":
    shared = []  # stays empty in the parent
    items = [(n, shared) for n in range(100)]
    with Pool(processes=2) as pool:
        for chunksize in (1, 10, 50, None):  # None: map picks a chunksize itself
            ran = pool.map(where, items, chunksize=chunksize)
            sizes = Counter(Counter(ran).values())  # inputs per chunk -> how many such chunks
            shape = " + ".join(f"{count} x {size}" for size, count in sorted(sizes.items(), reverse=True))
            per_worker = sorted(Counter(pid for pid, _ in ran).values(), reverse=True)
            consecutive = len(list(itertools.groupby(ran))) == len(set(ran))  # no chunk is interleaved
            print(
                f"chunksize={chunksize!s:>4}: {len(set(ran)):>3} chunks ({shape} inputs), "
                f"tasks per worker {per_worker}, each chunk = consecutive inputs: {consecutive}"
            )
