"""Who are my children? multiprocessing's answer, and the operating system's."""

import multiprocessing
import os

import psutil


def role(process: psutil.Process, worker_pid: int) -> str:
    if process.pid == worker_pid:
        return "the worker"
    if process.pid == os.getpid():
        return "the main program"
    command = " ".join(process.cmdline())
    for module, name in [("forkserver", "the fork server"), ("resource_tracker", "the resource tracker")]:
        if f"multiprocessing.{module} import main" in command:
            return name
    return command


def work(done) -> None:
    done.wait()  # stay alive while the main program looks


if __name__ == "__main__":
    done = multiprocessing.Event()
    worker = multiprocessing.Process(target=work, args=(done,))
    worker.start()
    print(f"main program: pid={os.getpid()}, worker: pid={worker.pid}")
    print("multiprocessing.active_children():", [child.pid for child in multiprocessing.active_children()])
    print("psutil.Process().children():")
    for child in sorted(psutil.Process().children(), key=lambda c: role(c, worker.pid)):
        print(f"  pid={child.pid} {role(child, worker.pid)}")
    parent = psutil.Process(worker.pid).parent()
    print(f"the worker's parent: pid={parent.pid} {role(parent, worker.pid)}")
    done.set()
    worker.join()
