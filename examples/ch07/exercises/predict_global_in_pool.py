"""Exercise (predict): the parent changes a global before it creates the pool. What do the workers see?"""

import multiprocessing
from multiprocessing import Pool

LIMIT = 1


def read_limit(_):
    return LIMIT


if __name__ == "__main__":
    LIMIT = 100
    print("start method:", multiprocessing.get_start_method())
    with Pool(2) as pool:
        print("workers see:", pool.map(read_limit, range(3)))
