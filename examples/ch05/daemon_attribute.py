"""daemon must be set before start(); daemonic children are terminated when the parent exits."""

import multiprocessing
import threading


def wait_forever(started) -> None:
    started.set()
    threading.Event().wait()  # an event nobody sets: blocks until the process is ended


if __name__ == "__main__":
    started = multiprocessing.Event()
    process = multiprocessing.Process(target=wait_forever, args=(started,))
    print(f"default daemon={process.daemon}")
    process.daemon = True  # allowed: not started yet
    process.start()
    started.wait()
    try:
        process.daemon = False
    except AssertionError as error:
        print(f"setting daemon after start(): AssertionError: {error}")
    print(f"parent exits now; daemon child alive={process.is_alive()}, it is terminated at exit")
