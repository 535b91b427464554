"""Process.exitcode tells how a child ended: 0, 1 after an exception, n from sys.exit(n), -N for signal N."""

import multiprocessing
import sys
import threading


def finish_normally() -> None:
    print("child: returning normally")


def raise_error() -> None:
    raise ValueError("something went wrong in the child")


def exit_with_3() -> None:
    sys.exit(3)


def wait_forever(started) -> None:
    started.set()
    threading.Event().wait()  # an event nobody sets: only a signal ends this child


if __name__ == "__main__":
    for target in (finish_normally, raise_error, exit_with_3):
        process = multiprocessing.Process(target=target)
        process.start()
        process.join()
        print(f"parent: {target.__name__:<15} -> exitcode {process.exitcode}")
    for stop in ("terminate", "kill"):
        started = multiprocessing.Event()
        process = multiprocessing.Process(target=wait_forever, args=(started,))
        process.start()
        started.wait()
        getattr(process, stop)()  # terminate() sends SIGTERM, kill() sends SIGKILL
        process.join()
        print(f"parent: {stop + '()':<15} -> exitcode {process.exitcode}")
