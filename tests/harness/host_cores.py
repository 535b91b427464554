"""How many cores a virtual machine's host gives it right now, measured, and waiting until it gives two.

A virtual CPU is lent elsewhere by its host at times: a measurement of parallel speedup taken then
shows none, however idle the machine looks from inside. The same fixed loop is timed in one
process, then in two at once; two cores run both in the time of one.
"""

from __future__ import annotations

import subprocess
import sys
import time

# About 0.2 s of work on this project's machine: long enough to see the host, short enough to repeat.
LOOP = "sum(i * i for i in range(3_000_000))"


def _wall_of(copies: int) -> float:
    start = time.perf_counter()
    procs = [
        subprocess.Popen([sys.executable, "-S", "-c", LOOP]) for _ in range(copies)
    ]
    for proc in procs:
        proc.wait()
    return time.perf_counter() - start


def cores_given() -> float:
    """2.0 when two copies of the loop take as long as one; 1.0 when they take twice as long."""
    one = _wall_of(1)
    return round(2 * one / _wall_of(2), 2)


def wait_for_cores(wanted: float = 1.6, patience: float = 30.0) -> float:
    """Measure until the host gives at least `wanted` cores or `patience` seconds pass; the last figure."""
    deadline = time.monotonic() + patience
    while True:
        given = cores_given()
        if given >= wanted or time.monotonic() >= deadline:
            return given
        time.sleep(1)
