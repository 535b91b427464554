"""Exercise (predict): a worker function defined where children cannot import it, as in a notebook cell."""

import subprocess
import sys
import textwrap

# Run with `python -c`, this code has no file, just as a Jupyter kernel's __main__ has none.
CELL = textwrap.dedent(
    """
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor

    def square(x):  # defined in "the cell": it belongs to __main__
        return x * x

    context = multiprocessing.get_context(sys.argv[1])
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            print(list(pool.map(square, range(4))))
    except Exception as error:
        print(type(error).__name__)
    """
)

if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        run = subprocess.run([sys.executable, "-c", CELL, method], capture_output=True, text=True, timeout=20, check=True)
        print(f"{method:10}: {run.stdout.strip()}")
        if run.stderr:
            print(f"{'':10}  the worker's stderr ends with: {run.stderr.strip().splitlines()[-1]}")
