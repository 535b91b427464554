"""CPUs in the machine (os.cpu_count) versus CPUs this process may use (affinity, os.process_cpu_count)."""

import multiprocessing
import os


def show(note: str = "") -> None:
    usable = os.process_cpu_count() if hasattr(os, "process_cpu_count") else "(not in Python < 3.13)"
    print(f"  {'os.cpu_count()':<30}: {os.cpu_count()}{note and '  (unchanged)'}")
    print(f"  {'multiprocessing.cpu_count()':<30}: {multiprocessing.cpu_count()}{note and '  (unchanged)'}")
    print(f"  {'len(os.sched_getaffinity(0))':<30}: {len(os.sched_getaffinity(0))}{note}")
    print(f"  {'os.process_cpu_count()':<30}: {usable}{note}")


if __name__ == "__main__":
    print("this process, as started:")
    show()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # allow this process one CPU only
    print("after os.sched_setaffinity(0, {one CPU}):")
    show(note="  <- pinned")
