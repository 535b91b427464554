"""How long the README's test command takes, and how fast the machine was meanwhile: a benchmark, not a test.

    python -m tests.bench_suite             # the README's test command (.venv/bin/pytest) once
    python -m tests.bench_suite --runs 3    # three times in a row

The budget is 2 minutes on 2 cores. A virtual machine is not equally fast at every hour (its host
lends its cores elsewhere), so each run is printed beside two figures of the machine's speed, taken
just before it: a fixed Python loop timed in one process (the same loop the README quotes, 0.22 to
0.45 s on this project's machine) and how many cores the host gave (tests/harness/host_cores.py:
2.0 when two copies of a loop run in the time of one). The whole machine's CPU time during the run
comes from /proc/stat: busy (user, system, interrupts) and idle, and the time the host took away
(steal). The figures are reported in the README and the closing notes, never asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass

from tests.harness.host_cores import cores_given
from tests.harness.paths import ROOT

LOOP = "sum(i*i for i in range(5*10**6))"
TEST_COMMAND = [str(ROOT / ".venv" / "bin" / "pytest")]  # exactly the README's


@dataclass
class Cpu:
    busy: float
    idle: float
    steal: float


def cpu_seconds() -> Cpu:
    """The whole machine's CPU seconds since boot, from the first line of /proc/stat."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    user, nice, system, idle, iowait, irq, softirq, steal = fields[:8]
    hz = os.sysconf("SC_CLK_TCK")  # /proc/stat counts in these ticks
    return Cpu(
        busy=(user + nice + system + irq + softirq) / hz,
        idle=(idle + iowait) / hz,
        steal=steal / hz,
    )


def loop_seconds() -> float:
    """The fixed loop's wall time in a fresh interpreter, best of 3 (a moment's hiccup does not count)."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-S", "-c", LOOP], check=True)
        best = min(best, time.perf_counter() - started)
    return best


def one_run() -> tuple[float, int, Cpu]:
    before = cpu_seconds()
    started = time.perf_counter()
    result = subprocess.run(TEST_COMMAND, cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = cpu_seconds()
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-2000:], sep="\n")
    spent = Cpu(after.busy - before.busy, after.idle - before.idle, after.steal - before.steal)
    return wall, result.returncode, spent


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    print(f"{' '.join(TEST_COMMAND)}, {args.runs} run(s); budget 120 s on 2 cores; loop: {LOOP}, best of 3")
    print("  wall    busy CPU  idle CPU  steal   loop     cores given  exit")
    failed = 0
    for _ in range(args.runs):
        loop, cores = loop_seconds(), cores_given()
        wall, code, spent = one_run()
        failed |= code != 0
        print(
            f"{wall:6.1f} s  {spent.busy:6.1f} s  {spent.idle:6.1f} s  {spent.steal:5.1f} s"
            f"  {loop:.3f} s  {cores:4.2f}         {code}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
