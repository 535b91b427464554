"""A child subreaper adopts the orphans among its descendants instead of PID 1 (Linux only)."""

import ctypes
import os
import time

PR_SET_CHILD_SUBREAPER = 36  # from <linux/prctl.h>

if __name__ == "__main__":
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")
    print(f"subreaper : pid={os.getpid()}", flush=True)
    go_r, go_w = os.pipe()
    middle = os.fork()
    if middle == 0:  # the middle process: starts a grandchild, then dies first
        if os.fork() == 0:  # the grandchild
            parent = os.getppid()
            print(f"grandchild: pid={os.getpid()} parent={parent}", flush=True)
            os.write(go_w, b"x")  # tell the middle process to exit now
            while os.getppid() == parent:
                time.sleep(0.01)
            print(f"grandchild: parent {parent} is gone; new parent={os.getppid()}", flush=True)
            os._exit(7)
        os.read(go_r, 1)
        os._exit(0)
    os.waitpid(middle, 0)  # reap the middle process
    pid, status = os.waitpid(-1, 0)  # -1: any child of ours -- the grandchild is one now
    print(f"subreaper : reaped pid={pid}, exit code {os.waitstatus_to_exitcode(status)}")
    print(f"subreaper : it was my grandchild, not a child I forked: {pid != middle}")
