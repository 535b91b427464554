"""daemon=True is carried out by the parent's exit handler: kill the parent, and the daemon lives on."""

import multiprocessing
import os
import signal
import time


def background(conn) -> None:
    parent = os.getppid()
    conn.send("ready")
    deadline = time.monotonic() + 3
    while os.getppid() == parent and time.monotonic() < deadline:
        time.sleep(0.01)
    me = multiprocessing.current_process()
    print(f"daemon: parent {parent} is gone, yet I am still running (daemon={me.daemon})")
    print(f"daemon: now an orphan with a new parent: {os.getppid() != parent}")
    # A real background loop would go on forever; this one stops so that nothing is left behind.


if __name__ == "__main__":
    parent_end, child_end = multiprocessing.Pipe()
    daemon = multiprocessing.Process(target=background, args=(child_end,), daemon=True)
    daemon.start()
    parent_end.recv()
    print(f"main  : daemon {daemon.pid} is running; main {os.getpid()} now gets SIGKILL", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no exit handler runs, so nobody terminates the daemon
