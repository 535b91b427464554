"""An interpreter shares the OS process: what ends the process ends every interpreter in it."""

import multiprocessing
import os
import subprocess
import sys
import textwrap
from concurrent import interpreters


def spin(started, stop):  # busy in the other interpreter until told to stop
    started.put(True)
    while stop.empty():
        pass


INTERPRETER_EXITS = textwrap.dedent("""
    from concurrent import interpreters
    interp = interpreters.create()
    print("before", flush=True)
    interp.exec("import os; os._exit(7)")
    print("after: never printed")
""")

if __name__ == "__main__":
    child = multiprocessing.Process(target=os._exit, args=(7,))
    child.start()
    child.join()
    print(f"a child process calls os._exit(7): exitcode {child.exitcode}, this process goes on")

    run = subprocess.run([sys.executable, "-c", INTERPRETER_EXITS], capture_output=True, text=True,
                         check=False)
    print(f"an interpreter calls os._exit(7): its process printed {run.stdout!r}, exit code {run.returncode}")

    interp = interpreters.create()
    try:
        interp.exec("import os; os.fork()")
    except interpreters.ExecutionFailed as error:
        print("os.fork() over there:", error.excinfo.formatted)
    try:
        interp.exec("import signal; signal.signal(signal.SIGINT, signal.SIG_IGN)")
    except interpreters.ExecutionFailed as error:
        print("signal.signal() over there:", error.excinfo.formatted)

    started, stop = interpreters.create_queue(), interpreters.create_queue()
    thread = interp.call_in_thread(spin, started, stop)
    started.get()
    print("busy over there, is_running():", interp.is_running())
    try:
        interp.close()
    except interpreters.InterpreterError as error:
        print(f"close() meanwhile: {type(error).__name__}: {error}")
    stop.put(True)  # no terminate() or kill(): the code itself has to stop
    thread.join()
    interp.close()
    print("after it stopped, closed; interpreters left:", interpreters.list_all())
