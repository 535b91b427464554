"""A global set in the __main__ block before start(): seen under fork only. Two fixes that work everywhere."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

SETTINGS = {"mode": "default"}  # module level: runs again when a forkserver or spawn child imports this file


def show_global() -> None:
    print(f"broken      (read the global)  : child sees mode={SETTINGS['mode']!r}")


def show_argument(settings: dict) -> None:
    print(f"fixed, args (passed to target) : child sees mode={settings['mode']!r}")


def init_worker(settings: dict) -> None:
    SETTINGS.update(settings)  # runs once in each pool worker, before any task


def mode_in_worker() -> str:
    return SETTINGS["mode"]


if __name__ == "__main__":
    SETTINGS["mode"] = "production"  # only the parent runs this line
    print(f"start method {multiprocessing.get_start_method()}, parent has mode={SETTINGS['mode']!r}")
    for target, args in ((show_global, ()), (show_argument, (SETTINGS,))):
        process = multiprocessing.Process(target=target, args=args)
        process.start()
        process.join()
    with ProcessPoolExecutor(max_workers=1, initializer=init_worker, initargs=(SETTINGS,)) as pool:
        print(f"fixed, initializer (pool)      : worker sees mode={pool.submit(mode_in_worker).result()!r}")
