"""How many workers a container should start: the usable CPUs, capped by the cgroup CPU quota."""

import math
import os
from pathlib import Path


def cgroup_cpu_limit() -> float | None:
    """CPUs allowed by the cgroup quota (cgroup v2 cpu.max, else v1 cfs_quota_us); None if unlimited."""
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        if controllers == "":  # cgroup v2: "0::/path"
            cpu_max = Path("/sys/fs/cgroup", path.lstrip("/"), "cpu.max")
            if cpu_max.exists():
                quota, period = cpu_max.read_text().split()  # "max 100000" or "150000 100000"
                return None if quota == "max" else int(quota) / int(period)
        elif "cpu" in controllers.split(","):  # cgroup v1
            folder = Path("/sys/fs/cgroup/cpu", path.lstrip("/"))
            quota = int((folder / "cpu.cfs_quota_us").read_text())
            return None if quota < 0 else quota / int((folder / "cpu.cfs_period_us").read_text())
    return None


def usable_cpus() -> int:
    if hasattr(os, "process_cpu_count"):  # Python 3.13+: affinity, and -X cpu_count / PYTHON_CPU_COUNT
        return os.process_cpu_count() or 1
    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    limit = cgroup_cpu_limit()
    print("os.cpu_count():", os.cpu_count())
    print("usable cpus (affinity):", usable_cpus())
    print("cgroup cpu quota:", "none" if limit is None else f"{limit:g} CPUs")
    workers = usable_cpus() if limit is None else max(1, min(usable_cpus(), math.ceil(limit)))
    print("workers to start, cpus:", workers)
