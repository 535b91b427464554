"""Python 3.14: Process.interrupt() sends SIGINT, so the child's finally blocks run; terminate() does not."""

import multiprocessing
import time


def worker(ready) -> None:
    try:
        ready.set()
        time.sleep(30)  # interrupted long before the end
    finally:
        print("  child: finally block ran, cleanup done")


if __name__ == "__main__":
    for how in ("interrupt", "terminate"):
        print(f"{how}():")
        ready = multiprocessing.Event()
        process = multiprocessing.Process(target=worker, args=(ready,))
        process.start()
        ready.wait()
        time.sleep(0.1)  # let the child get into its sleep()
        getattr(process, how)()  # interrupt(): SIGINT; terminate(): SIGTERM
        process.join()
        print(f"  exitcode {process.exitcode}")
