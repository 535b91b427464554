"""Under spawn and forkserver the child imports the main script again (as __mp_main__); under fork it does not."""

import multiprocessing
import os

print(f"module body runs: __name__={__name__!r} pid={os.getpid()}")


def work() -> None:
    print(f"work() runs     : in pid={os.getpid()}")


if __name__ == "__main__":
    print(f"start method    : {multiprocessing.get_start_method()}")
    process = multiprocessing.Process(target=work)
    process.start()
    process.join()
