"""start(), is_alive(), pid, name, join() and exitcode across a child's life."""

import multiprocessing
import os


def work(go) -> None:
    go.wait()  # stay alive until the parent has looked at us
    me = multiprocessing.current_process()
    print(f"child   : my name={me.name!r}, my pid={os.getpid()}")


def state(when: str, process: multiprocessing.Process) -> None:
    alive, code = process.is_alive(), process.exitcode
    print(f"{when:<8}: name={process.name!r} pid={process.pid} alive={alive} exitcode={code}")


if __name__ == "__main__":
    go = multiprocessing.Event()
    process = multiprocessing.Process(target=work, args=(go,), name="worker-1")
    state("created", process)
    process.start()
    state("started", process)
    go.set()
    process.join()  # block until the child has ended
    state("joined", process)
