"""No `if __name__ == "__main__":` guard, default start method: fine under fork (Linux up to 3.13), not from 3.14 on."""

import multiprocessing
import os
import traceback


def work() -> None:
    print(f"work() runs in pid={os.getpid()}")


print(f"module body runs: __name__={__name__!r} pid={os.getpid()} start method={multiprocessing.get_start_method()}")
process = multiprocessing.Process(target=work)  # unguarded: runs again wherever this file is imported
try:
    process.start()
except ConnectionError:  # Python 3.14: the fork server died while importing this file
    traceback.print_exc()  # the traceback an uncaught error prints (uncaught, it would end the script with exit code 1)
    print("parent: start() failed")
else:
    process.join()
    print(f"parent: child exitcode={process.exitcode}")
