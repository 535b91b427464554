"""A daemonic child is terminated when the parent's main code ends; a normal child is waited for."""

import multiprocessing
import os
import signal
import time

import psutil


def on_sigterm(signum, frame) -> None:
    print("daemon : got SIGTERM while the parent is exiting")
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)  # die from it, as a daemon without this handler would


def background(ready) -> None:
    signal.signal(signal.SIGTERM, on_sigterm)
    print("daemon : started, working in the background forever")
    ready.set()
    while True:
        time.sleep(0.05)


def running(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def witness(daemon_pid: int) -> None:
    """A normal child: it outlives the parent's main code, because the parent waits for it."""
    deadline = time.monotonic() + 5
    while running(daemon_pid) and time.monotonic() < deadline:
        time.sleep(0.01)
    print(f"witness: daemon {daemon_pid} still running? {running(daemon_pid)}")


if __name__ == "__main__":
    ready = multiprocessing.Event()
    daemon = multiprocessing.Process(target=background, args=(ready,), daemon=True)
    daemon.start()
    ready.wait()
    multiprocessing.Process(target=witness, args=(daemon.pid,)).start()
    print(f"main   : daemon alive? {daemon.is_alive()}; last line of the main code")
    # No join(): at exit multiprocessing terminates daemonic children, then joins all children.
