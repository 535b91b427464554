"""How much the suite's runner adds to running an example bare: a benchmark, not a test.

    python -m tests.bench_runner              # 10 rounds of five small examples, on the newest Python
    python -m tests.bench_runner --rounds 20

Each round runs the five examples one after another twice, in turn: bare, as a reader would
(`python examples/...py`, stdout to a file), and through tests/harness/runner.run_script (own
session, subreaper, fd-level capture, PID log, own TMPDIR, leftover checks). It prints the median time per round of
each, and the median of the paired ratios runner/bare (pairs cancel the drift of a shared machine).
The target is at most 1.15; the figure is reported in the README and the closing notes, not asserted.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time

from tests.harness import pythons
from tests.harness.paths import EXAMPLES, ROOT
from tests.harness.runner import run_script

SMALL = [
    "ch03/pid_and_ppid.py",
    "ch03/scheduling_simulation.py",
    "ch05/fork_return_values.py",
    "ch06/queue_api.py",
    "ch07/run_basics.py",
]


def bare(python: str, script: str) -> None:
    with tempfile.TemporaryFile() as out:
        subprocess.run(
            [python, script],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            check=True,
        )


def through_runner(python: str, script: str) -> None:
    result = run_script(EXAMPLES / script, None, 30, python)
    assert result.exit_code == 0 and not result.left_behind and not result.left_files, (
        result.output
    )


def timed(run, python: str) -> float:
    started = time.perf_counter()
    for script in SMALL:
        run(python, f"examples/{script}" if run is bare else script)
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument(
        "--python",
        default=None,
        help=f"interpreter (default: Python {pythons.NEWEST}'s)",
    )
    args = parser.parse_args(argv)
    python = args.python or pythons.interpreter(pythons.NEWEST)
    (
        timed(bare, python),
        timed(through_runner, python),
    )  # warm-up: file caches, first imports
    bare_times, runner_times, ratios = [], [], []
    for _ in range(args.rounds):
        b, r = timed(bare, python), timed(through_runner, python)
        bare_times.append(b), runner_times.append(r), ratios.append(r / b)
    print(
        f"Python {pythons.full_version(python)}, {len(SMALL)} examples one after another, {args.rounds} rounds"
    )
    print(
        f"bare python example.py : median {statistics.median(bare_times):.3f} s per round"
    )
    print(
        f"through the runner     : median {statistics.median(runner_times):.3f} s per round"
    )
    print(
        f"runner / bare          : median {statistics.median(ratios):.2f}x "
        f"(min {min(ratios):.2f}x, max {max(ratios):.2f}x; target at most 1.15x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
