"""Exercise (write it): stop workers politely with terminate(), and kill() those that ignore it."""

import multiprocessing
import signal
import threading


def polite(ready) -> None:
    ready.set()
    threading.Event().wait()  # waits forever: only a signal ends it


def stubborn(ready) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # terminate() now does nothing
    ready.set()
    threading.Event().wait()


def stop_all(processes, grace: float) -> dict[str, int]:
    """SIGTERM every process; SIGKILL any still running after `grace` seconds. Returns name -> exitcode."""
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(grace)
        if process.is_alive():
            process.kill()
            process.join()
    return {process.name: process.exitcode for process in processes}


if __name__ == "__main__":
    workers = []
    for target in (polite, stubborn):
        ready = multiprocessing.Event()
        worker = multiprocessing.Process(target=target, args=(ready,), name=target.__name__)
        worker.start()
        ready.wait()  # stop it only once its signal handling is in place
        workers.append(worker)
    print(stop_all(workers, grace=0.3))
