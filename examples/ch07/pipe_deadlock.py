"""The pipe-buffer deadlock: a child writes more than the pipe holds while the parent waits without reading."""

import fcntl
import subprocess
import sys
import termios
import textwrap
import time

import psutil

CHILD = textwrap.dedent(
    """
    import sys
    sys.stdout.write("x" * 1_000_000)  # 1 MB, far more than a pipe holds
    """
)


def bytes_in_pipe(fd: int) -> int:
    return int.from_bytes(fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"), sys.byteorder)


if __name__ == "__main__":
    child = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE)
    capacity = fcntl.fcntl(child.stdout.fileno(), fcntl.F_GETPIPE_SZ)
    print(f"pipe capacity: {capacity} bytes")
    deadline = time.monotonic() + 10
    while bytes_in_pipe(child.stdout.fileno()) < capacity and time.monotonic() < deadline:
        time.sleep(0.01)  # let the child fill the pipe
    try:
        child.wait(timeout=0.5)  # WRONG: waits for the child, which waits for us to read
    except subprocess.TimeoutExpired:
        print(
            f"wait(timeout=0.5): TimeoutExpired; {bytes_in_pipe(child.stdout.fileno())} bytes stuck in the pipe"
        )
        print(
            f"  child status: {psutil.Process(child.pid).status()} (blocked in write(), forever without the timeout)"
        )
        child.kill()
        child.communicate()
        print(f"  killed: returncode {child.returncode}")

    child = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE)
    out, _ = child.communicate(timeout=10)  # RIGHT: reads while it waits
    print(f"communicate(): {len(out)} bytes read, returncode {child.returncode}")
