"""Under spawn the target and its arguments are pickled for the new interpreter: a lambda cannot be."""

import multiprocessing
import pickle


def make_local_target():
    def local_target() -> None:  # defined inside a function: not importable by name either
        print("local_target ran")

    return local_target


if __name__ == "__main__":
    targets = {"a lambda": lambda: print("lambda ran"), "a nested function": make_local_target()}
    for method in ("fork", "spawn"):
        context = multiprocessing.get_context(method)
        for label, target in targets.items():
            process = context.Process(target=target)
            try:
                process.start()  # fork copies memory; spawn pickles the Process object first
            except (pickle.PicklingError, AttributeError) as error:
                print(f"{method:<5} + {label}: {type(error).__module__}.{type(error).__name__}: {error}")
            else:
                process.join()
                print(f"{method:<5} + {label}: exitcode {process.exitcode}")
