"""Python 3.14: Process.interrupt() sends SIGINT, so the child's finally blocks run; terminate() does not."""

import multiprocessing
import time


def worker(ready) -> None:
    try:
        ready.set()
        # 30 s in naps of 0.1 s, interrupted long before the end (Python handles a signal between
        # bytecodes or when it interrupts a blocking call: one long sleep could begin just after).
        for _ in range(300):
            time.sleep(0.1)
    finally:
        print("  child: finally block ran, cleanup done")


if __name__ == "__main__":
    for how in ("interrupt", "terminate"):
        print(f"{how}():")
        ready = multiprocessing.Event()
        process = multiprocessing.Process(target=worker, args=(ready,))
        process.start()
        ready.wait()
        getattr(process, how)()  # interrupt(): SIGINT; terminate(): SIGTERM
        process.join()
        print(f"  exitcode {process.exitcode}")
