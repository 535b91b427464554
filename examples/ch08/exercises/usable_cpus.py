"""Exercise (write it): how many CPUs this process may use, on every Python from 3.11 to 3.15."""

import os

affinity = getattr(os, "sched_getaffinity", None)  # Linux and some other Unix systems; None elsewhere


def usable_cpus() -> tuple[int, str]:
    """The count, and how it was found."""
    if hasattr(os, "process_cpu_count"):  # new in 3.13: the CPUs this process may run on
        count = os.process_cpu_count()
        if count:  # None when it cannot be determined
            return count, "os.process_cpu_count()"
    if affinity is not None:
        return len(affinity(0)), "len(os.sched_getaffinity(0))"
    return os.cpu_count() or 1, "os.cpu_count()"  # every CPU of the machine, usable or not


if __name__ == "__main__":
    count, how = usable_cpus()
    print(f"usable CPUs: {count}, found with {how}")
    if affinity is not None:
        print("the same as the affinity mask:", count == len(affinity(0)))
