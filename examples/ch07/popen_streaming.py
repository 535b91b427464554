"""Popen: read a child's output line by line while it is still running."""

import subprocess
import sys
import textwrap
import time

CHILD = textwrap.dedent(
    """
    import sys, time
    for step in range(1, 4):
        time.sleep(0.2)  # some work
        print(f"step {step} done", flush=True)  # flush: a pipe is block-buffered, not line-buffered
    sys.stdin.read()  # then wait until the parent closes our stdin
    print("bye")
    """
)

if __name__ == "__main__":
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,  # line-buffered on our side (text mode only)
    ) as child:
        for _ in range(3):
            line = child.stdout.readline()  # blocks until one full line has arrived
            elapsed = time.perf_counter() - started
            print(f"+{elapsed:.2f} s  got {line.strip()!r}; child still running: {child.poll() is None}")
        child.stdin.close()  # EOF for the child's sys.stdin.read()
        for line in child.stdout:  # iterating a pipe: one line at a time until EOF
            print(f"got {line.strip()!r} after closing stdin")
    # leaving the with-block closed the pipes and waited for the child
    print("returncode:", child.returncode)
