"""A progress bar over a pool's results: tqdm around imap_unordered, and around as_completed."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed

from tqdm import tqdm  # pinned in requirements-examples.txt

# No elapsed time or rate in the bar, and a redraw for every result: the same output on every run.
BAR = {"bar_format": "{desc}: {n_fmt}/{total_fmt} |{bar}|", "ncols": 50, "ascii": True}
BAR |= {"mininterval": 0, "miniters": 1}


def square(n: int) -> int:
    return n * n


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        # imap_unordered yields each result as soon as it is ready: the bar moves as tasks finish.
        results = list(tqdm(pool.imap_unordered(square, range(6)), total=6, desc="Pool", **BAR))
    print("Pool results:", sorted(results))

    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(square, n) for n in range(6)]
        finished = tqdm(as_completed(futures), total=len(futures), desc="Executor", **BAR)
        results = [future.result() for future in finished]
    print("Executor results:", sorted(results))
