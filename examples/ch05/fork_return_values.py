"""os.fork() returns twice: the child's PID in the parent, 0 in the child."""

import os

if __name__ == "__main__":
    # flush=True: anything still buffered at fork time would be copied and printed twice
    print(f"before fork: one process, pid={os.getpid()}", flush=True)
    pid = os.fork()  # from here on, two processes run this same line's result
    if pid == 0:
        print(f"child : fork() returned {pid}; my pid={os.getpid()}, my parent={os.getppid()}", flush=True)
        os._exit(0)  # leave at once, without running the parent's code below (and without flushing)
    os.waitpid(pid, 0)  # wait for the child first, so the lines come in a fixed order
    print(f"parent: fork() returned {pid}, the child's pid; my pid={os.getpid()}")
