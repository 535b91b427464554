"""Watch a child move through its states, as the kernel reports them to psutil."""

import multiprocessing
import os
import signal
import time

import psutil


def busy_then_wait(tell, go: multiprocessing.Event, done: multiprocessing.Event) -> None:
    tell.send("computing")  # a pipe write this small never blocks: the child stays on the CPU
    deadline = time.monotonic() + 0.3
    while time.monotonic() < deadline:  # on the CPU (or ready for it): R
        pass
    tell.send("waiting")
    go.wait()  # blocked on an event: S (sleeping)
    done.wait()


def wait_for(child: psutil.Process, wanted: str) -> str:
    for _ in range(200):
        if child.status() == wanted:
            return wanted
        time.sleep(0.01)
    return child.status()


if __name__ == "__main__":
    go, done = multiprocessing.Event(), multiprocessing.Event()
    hear, tell = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.Process(target=busy_then_wait, args=(tell, go, done))
    process.start()
    child = psutil.Process(process.pid)
    # Each state is looked for once the child says it got there, not while it is still starting up
    # (a spawned child sleeps too, reading what to run from its parent).
    assert hear.recv() == "computing"
    print("1 computing       ->", wait_for(child, psutil.STATUS_RUNNING))
    assert hear.recv() == "waiting"
    print("2 waiting on event->", wait_for(child, psutil.STATUS_SLEEPING))
    os.kill(process.pid, signal.SIGSTOP)
    print("3 after SIGSTOP   ->", wait_for(child, psutil.STATUS_STOPPED))
    os.kill(process.pid, signal.SIGCONT)
    print("4 after SIGCONT   ->", wait_for(child, psutil.STATUS_SLEEPING))
    done.set()
    go.set()
    process.join()
    print("5 after join      -> gone:", not psutil.pid_exists(process.pid), "exitcode", process.exitcode)
