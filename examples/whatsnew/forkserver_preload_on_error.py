"""Python 3.15: set_forkserver_preload(on_error=...) decides what a failed preload import does."""

import multiprocessing
import subprocess
import sys


def child() -> None:
    print("child ran")


def start_one_child(on_error: str) -> None:  # runs in a fresh interpreter: one fork server per program
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["no_such_module"], on_error=on_error)
    process = context.Process(target=child)
    try:
        process.start()
    except (EOFError, ConnectionError) as error:
        print(f"start() raised {type(error).__name__}; note: {getattr(error, '__notes__', ['-'])[0]}")
    else:
        process.join()


if __name__ == "__main__":
    if len(sys.argv) == 2:
        sys.exit(start_one_child(sys.argv[1]))
    for flags, on_error in (([], "ignore"), ([], "warn"), (["-W", "default::ImportWarning"], "warn"), ([], "fail")):
        run = subprocess.run([sys.executable, *flags, __file__, on_error], capture_output=True, text=True, check=False)
        stderr = [line for line in run.stderr.splitlines() if not line.startswith(" ")]  # drop traceback frames
        print(f"python {' '.join([*flags, 'this_file.py'])}, on_error={on_error!r}:")
        print(f"  stdout: {run.stdout.strip()}")
        print(f"  stderr: {stderr[-1] if stderr else '(nothing)'}")
