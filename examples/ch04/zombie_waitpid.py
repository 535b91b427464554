"""With os.fork the parent itself must call os.waitpid(); until then the child is a zombie (POSIX)."""

import os
import time

import psutil

if __name__ == "__main__":
    pid = os.fork()
    if pid == 0:
        os._exit(3)  # the child ends at once, with exit code 3
    child = psutil.Process(pid)
    while child.status() != psutil.STATUS_ZOMBIE:
        time.sleep(0.01)
    print(f"parent: child {pid} status: {child.status()}, still listed by ps: {psutil.pid_exists(pid)}")
    reaped, status = os.waitpid(pid, 0)  # collect the exit status: the kernel frees the entry
    print(f"parent: waitpid -> pid {reaped}, exit code {os.waitstatus_to_exitcode(status)}")
    print(f"parent: still listed by ps: {psutil.pid_exists(pid)}")
