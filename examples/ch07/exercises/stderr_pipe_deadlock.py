"""Exercise (find the bug): reading stdout to the end while the child fills the stderr pipe hangs both."""

import fcntl
import select
import subprocess
import sys
import termios
import textwrap
import time

import psutil

CHILD = textwrap.dedent(
    """
    import sys
    sys.stderr.write("w" * 1_000_000)  # a long warning, far more than a pipe holds
    print("done")
    """
)


def bytes_in_pipe(pipe) -> int:
    return int.from_bytes(fcntl.ioctl(pipe.fileno(), termios.FIONREAD, b"\0\0\0\0"), sys.byteorder)


if __name__ == "__main__":
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
    # The bug: proc.stdout.read() would wait forever. Look instead of reading: is stdout readable in 0.3 s?
    proc = subprocess.Popen([sys.executable, "-c", CHILD], **pipes)
    capacity, deadline = fcntl.fcntl(proc.stderr.fileno(), fcntl.F_GETPIPE_SZ), time.monotonic() + 10
    while bytes_in_pipe(proc.stderr) < capacity and time.monotonic() < deadline:
        time.sleep(0.01)  # let the child fill the stderr pipe
    print(f"stderr pipe full: {bytes_in_pipe(proc.stderr) == capacity} ({capacity} bytes)")
    readable, _, _ = select.select([proc.stdout], [], [], 0.3)
    print("stdout readable after 0.3 s:", bool(readable))
    print("child status:", psutil.Process(proc.pid).status(), "(blocked writing to the full stderr pipe)")
    proc.kill()
    proc.communicate()

    # The fix: communicate() reads both pipes at once while it waits.
    proc = subprocess.Popen([sys.executable, "-c", CHILD], **pipes)
    out, err = proc.communicate(timeout=10)
    print(f"communicate(): stdout {out!r}, {len(err)} characters of stderr, returncode {proc.returncode}")
