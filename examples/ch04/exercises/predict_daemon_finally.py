"""Exercise: when the main program ends, does a daemonic child run its finally block?"""

import multiprocessing
import time


def helper(started) -> None:
    try:
        print("helper: started", flush=True)
        started.set()
        time.sleep(60)
    finally:
        print("helper: finally, cleaning up", flush=True)


if __name__ == "__main__":
    started = multiprocessing.Event()
    multiprocessing.Process(target=helper, args=(started,), daemon=True).start()
    started.wait()
    print("main: done, no join()")
