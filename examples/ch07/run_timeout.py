"""Timeouts: run() kills the child for you; with Popen a TimeoutExpired leaves the child running until you kill it."""

import subprocess
import sys
import textwrap

import psutil

SLEEPER = textwrap.dedent(
    """
    import os, time
    print(os.getpid(), flush=True)
    time.sleep(60)
    """
)

if __name__ == "__main__":
    try:
        subprocess.run(
            [sys.executable, "-c", SLEEPER],
            capture_output=True,
            text=True,
            timeout=0.5,
            check=True,
        )
    except subprocess.TimeoutExpired as error:
        print(f"run(): {type(error).__name__} after {error.timeout} s")
        print(f"  error.stdout: {error.stdout!r}, bytes although text=True")  # what was read before the timeout
        children = psutil.Process().children()
        print(f"  children left: {children} (run() killed the child and waited for it)")

    child = subprocess.Popen([sys.executable, "-c", SLEEPER], stdout=subprocess.PIPE, text=True)
    pid = int(child.stdout.readline())
    try:
        child.wait(timeout=0.5)
    except subprocess.TimeoutExpired:
        print(f"Popen.wait(): TimeoutExpired; child {pid} status: {psutil.Process(pid).status()}")
    child.kill()  # your job with Popen: kill it...
    child.communicate()  # ...then collect it (reads what is left in the pipe and waits: no zombie)
    print(f"  after kill(): returncode {child.returncode} (minus the signal number, SIGKILL = 9)")
