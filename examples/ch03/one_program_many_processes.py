"""One program, several processes: the same code runs in each, with its own PID and its own data."""

import multiprocessing
import os

visits = []  # module-level data: every process gets its own copy


def work(label: str) -> None:
    visits.append(label)
    print(f"{label}: pid={os.getpid()} visits={visits}")


if __name__ == "__main__":
    for label in ["A", "B", "C"]:
        process = multiprocessing.Process(target=work, args=(label,))
        process.start()
        process.join()  # one at a time, so the lines come out in a fixed order
    print(f"main: pid={os.getpid()} visits={visits}")
