"""CPUs in the machine (os.cpu_count) versus CPUs this process may use (affinity, os.process_cpu_count)."""

import multiprocessing
import os

# CPU affinity exists on Linux and some other Unix-like systems, not on Windows or macOS.
get_affinity = getattr(os, "sched_getaffinity", None)
set_affinity = getattr(os, "sched_setaffinity", None)


def show(note: str = "") -> None:
    usable = os.process_cpu_count() if hasattr(os, "process_cpu_count") else "(not in Python < 3.13)"
    allowed = len(get_affinity(0)) if get_affinity else "(not on this system)"
    print(f"  {'os.cpu_count()':<30}: {os.cpu_count()}{note and '  (unchanged)'}")
    print(f"  {'multiprocessing.cpu_count()':<30}: {multiprocessing.cpu_count()}{note and '  (unchanged)'}")
    print(f"  {'len(os.sched_getaffinity(0))':<30}: {allowed}{note}")
    print(f"  {'os.process_cpu_count()':<30}: {usable}{note}")


if __name__ == "__main__":
    print("this process, as started:")
    show()
    if set_affinity:
        set_affinity(0, {min(get_affinity(0))})  # allow this process one CPU only
        print("after os.sched_setaffinity(0, {one CPU}):")
        show(note="  <- pinned")
    else:
        print("no os.sched_setaffinity() on this system: nothing to pin")
