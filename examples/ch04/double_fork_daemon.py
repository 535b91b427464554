"""A system daemon, the classic way: fork, setsid, fork again (POSIX)."""

import os

import psutil


def become_daemon(main_sid: int) -> None:
    os.setsid()  # first child: a new session and process group, with no controlling terminal
    if os.fork() > 0:
        os._exit(0)  # the session leader leaves; the grandchild can never acquire a terminal
    os.chdir("/")  # do not keep any directory busy
    os.umask(0o022)  # a known file-creation mask
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)  # a real daemon redirects stdout and stderr too; this demo keeps stdout
    me = psutil.Process()
    print(f"daemon: pid={me.pid} sid={os.getsid(0)} pgid={os.getpgid(0)} (main's sid was {main_sid})")
    print(f"daemon: session leader? {os.getsid(0) == me.pid}; terminal: {me.terminal()}")
    try:
        with open("/dev/tty"):
            pass
    except OSError as error:
        print(f"daemon: open('/dev/tty') -> {error.strerror}")
    print(f"daemon: cwd={os.getcwd()}; a real daemon would now serve forever, this one exits", flush=True)
    os._exit(0)


if __name__ == "__main__":
    print(f"main  : pid={os.getpid()}", flush=True)
    done_r, done_w = os.pipe()
    first = os.fork()
    if first == 0:
        os.close(done_r)
        become_daemon(os.getsid(0))  # the daemon inherits done_w and holds it until it exits
    os.close(done_w)
    _, status = os.waitpid(first, 0)  # reap the first child at once: no zombie is left
    os.read(done_r, 1)  # b"" once every holder of done_w has exited: the daemon is done
    print(f"main  : first child {first} exited with {os.waitstatus_to_exitcode(status)}; daemon done")
