"""os.waitpid returns an encoded status; decode it to learn how the child ended."""

import os
import signal


def report(status: int) -> None:
    if os.WIFEXITED(status):
        how = f"exited, WEXITSTATUS={os.WEXITSTATUS(status)}"
    else:
        how = f"killed by signal, WTERMSIG={os.WTERMSIG(status)} ({signal.Signals(os.WTERMSIG(status)).name})"
    print(f"raw status={status:<5} {how:<42} waitstatus_to_exitcode={os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    for ending in ("os._exit(0)", "os._exit(3)", "SIGKILL"):
        pid = os.fork()
        if pid == 0:
            if ending == "os._exit(3)":
                os._exit(3)
            if ending == "SIGKILL":
                os.kill(os.getpid(), signal.SIGKILL)
            os._exit(0)
        _, status = os.waitpid(pid, 0)  # blocks until this child ends, then reaps it
        print(f"child ended by {ending}:")
        report(status)
