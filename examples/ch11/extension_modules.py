"""Which extension modules load in a subinterpreter: most of the stdlib does, psutil refuses."""

from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor


def rss_of_this_process():
    import psutil  # imported in the worker's interpreter, at the first call

    return psutil.Process().memory_info().rss


if __name__ == "__main__":
    interp = interpreters.create()
    for name in ["math", "decimal", "json", "sqlite3", "readline", "psutil"]:
        try:
            interp.exec(f"import {name}")
            print(f"import {name:<8} ok")
        except interpreters.ExecutionFailed as error:
            print(f"import {name:<8} {error.excinfo.type.__name__}: {error.excinfo.msg}")
    interp.close()

    import psutil  # the main interpreter loads it as usual

    print("in the main interpreter: psutil", psutil.__version__)
    with InterpreterPoolExecutor(max_workers=1) as pool:
        future = pool.submit(rss_of_this_process)
        try:
            future.result()
        except ImportError as error:
            print(f"in an InterpreterPoolExecutor task: {type(error).__name__}: {error}")
            print(f"  its __cause__: {type(error.__cause__).__name__}")
