"""run(timeout=) kills only the child it started, not the child's own children; killing a new session kills them all."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import psutil

# The child starts a grandchild (another interpreter that sleeps), prints its PID, then sleeps too.
CHILD = textwrap.dedent(
    """
    import subprocess, sys, time
    grandchild = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    print(grandchild.pid, flush=True)
    time.sleep(60)
    """
)


def has_exited(pid: int) -> bool:
    """Wait up to 5 s for a process that is not our child: exited, or a zombie its new parent will reap."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.01)
    return False


if __name__ == "__main__":
    try:
        # 2 s: time for the child to start and print the grandchild's PID even on a busy machine
        subprocess.run([sys.executable, "-c", CHILD], capture_output=True, timeout=2, check=True)
    except subprocess.TimeoutExpired as error:
        grandchild = int(error.stdout)  # what the child printed before it was killed
        print(f"run(timeout=2): child killed; grandchild status: {psutil.Process(grandchild).status()}")
        os.kill(grandchild, signal.SIGKILL)  # clean up by hand
        print("  grandchild killed by hand:", has_exited(grandchild))

    # start_new_session=True: the child leads a new session and process group, which its children join
    with subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, start_new_session=True) as child:
        grandchild = int(child.stdout.readline())
        try:
            child.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)  # the group's ID is the child's PID: kill every member
            child.communicate()
    print(f"killpg(): child returncode {child.returncode}; grandchild exited too: {has_exited(grandchild)}")
