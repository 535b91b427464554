"""daemon=True is carried out by the parent's exit handler: kill the parent, and the daemon lives on."""

import multiprocessing
import os
import signal
import time

import psutil


def has_exited(process: psutil.Process) -> bool:
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def background(main_pid: int, conn) -> None:
    main, parent = psutil.Process(main_pid), os.getppid()
    conn.send("ready")
    while not has_exited(main):
        time.sleep(0.01)
    me = multiprocessing.current_process()
    print(f"daemon: main {main_pid} is gone, yet I am still running (daemon={me.daemon})")
    print(f"daemon: orphaned, with a new parent: {os.getppid() != parent}")
    # A real background loop would go on forever; this one stops so that nothing is left behind.


if __name__ == "__main__":
    parent_end, child_end = multiprocessing.Pipe()
    daemon = multiprocessing.Process(target=background, args=(os.getpid(), child_end), daemon=True)
    daemon.start()
    parent_end.recv()
    print(f"main  : daemon {daemon.pid} is running; main {os.getpid()} now gets SIGKILL", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no exit handler runs, so nobody terminates the daemon
