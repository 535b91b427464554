"""Reap os.fork children as they end: a SIGCHLD handler that loops on waitpid(-1, WNOHANG) (POSIX)."""

import os
import signal
import time

import psutil

exit_codes: list[int] = []


def on_sigchld(signum, frame) -> None:
    # One SIGCHLD may stand for several children (signals are not queued): reap all that ended.
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:  # no children left at all
            return
        if pid == 0:  # children exist, but none has ended yet
            return
        exit_codes.append(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    signal.signal(signal.SIGCHLD, on_sigchld)  # install it before the first fork
    for code in (1, 2, 3):
        if os.fork() == 0:
            os._exit(code)
    deadline = time.monotonic() + 5
    while len(exit_codes) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)  # the parent's own work; the handler runs in between
    print(f"reaped exit codes: {sorted(exit_codes)}")
    zombies = [c.pid for c in psutil.Process().children() if c.status() == psutil.STATUS_ZOMBIE]
    print(f"zombie children  : {zombies}")
