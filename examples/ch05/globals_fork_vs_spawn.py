"""Module state changed in __main__ before start(): a fork child sees the change, a spawn child does not."""

import multiprocessing

SETTINGS = {"mode": "default"}  # module level: re-created when a spawned child imports this file


def show() -> None:
    print(f"child : SETTINGS={SETTINGS}")


if __name__ == "__main__":
    SETTINGS["mode"] = "changed in __main__"  # runs only in the parent, never on re-import
    print(f"parent: SETTINGS={SETTINGS} (start method {multiprocessing.get_start_method()})")
    process = multiprocessing.Process(target=show)
    process.start()
    process.join()
