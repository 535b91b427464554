"""A daemonic multiprocessing process may not start multiprocessing children of its own."""

import multiprocessing
import subprocess
import sys


def grandchild() -> None:
    print("grandchild: never printed")


def daemon_body() -> None:
    me = multiprocessing.current_process()
    print(f"daemon: {me.name} daemon={me.daemon}")
    # The rule is multiprocessing's own: a plain subprocess is still allowed.
    subprocess.run([sys.executable, "-c", "print('daemon: a subprocess runs fine')"], check=True)
    try:
        multiprocessing.Process(target=grandchild).start()
    except AssertionError as error:
        print(f"daemon: {type(error).__name__}: {error}")


if __name__ == "__main__":
    process = multiprocessing.Process(target=daemon_body, daemon=True)
    process.start()
    process.join()
    print(f"main  : the daemonic process ended with exitcode={process.exitcode}")
