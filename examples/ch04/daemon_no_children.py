"""A daemonic multiprocessing process may not start multiprocessing children of its own."""

import multiprocessing
import subprocess
import sys


def grandchild() -> None:
    me = multiprocessing.current_process()
    print(f"grandchild: {me.name} started after all, daemon={me.daemon}")


def daemon_body() -> None:
    me = multiprocessing.current_process()
    print(f"daemon: {me.name} daemon={me.daemon}")
    # The rule is multiprocessing's own: a plain subprocess is still allowed.
    subprocess.run([sys.executable, "-c", "print('daemon: a subprocess runs fine')"], check=True)
    child = multiprocessing.Process(target=grandchild)
    try:
        child.start()
    except AssertionError as error:  # raised by an assert statement in Process.start()
        print(f"daemon: {type(error).__name__}: {error}")
    else:  # only when assert statements are off: python -O
        child.join()


if __name__ == "__main__":
    process = multiprocessing.Process(target=daemon_body, daemon=True)
    process.start()
    process.join()
    print(f"main  : the daemonic process ended with exitcode={process.exitcode}")
