"""Code written for fork, run with the default start method: what each Python does with it."""

import multiprocessing
import pickle
import threading


def make_nested():
    def nested() -> None:  # defined inside a function: not importable by name
        print("  nested function ran")

    return nested


def show(value: object) -> None:
    print(f"  child got a {type(value).__name__}")


if __name__ == "__main__":
    print(f"default start method: {multiprocessing.get_start_method()}")
    with open(__file__, encoding="utf-8") as open_file:
        cases = {
            "a lambda target": {"target": lambda: print("  lambda ran")},
            "a nested function": {"target": make_nested()},
            "an open file in args": {"target": show, "args": (open_file,)},
            "a threading.Lock in args": {"target": show, "args": (threading.Lock(),)},
        }
        for label, keywords in cases.items():
            process = multiprocessing.Process(**keywords)
            try:
                process.start()  # forkserver and spawn pickle the Process object here, in the parent
            except (pickle.PicklingError, TypeError, AttributeError) as error:
                print(f"{label}: {type(error).__name__}: {error}")
                for note in getattr(error, "__notes__", []):  # Python 3.14+: where in the object it failed
                    print(f"    note: {note}")
            else:
                process.join()
                print(f"{label}: exitcode {process.exitcode}")
