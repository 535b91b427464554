"""Hunt flaky examples: run the example suite many times in a row and count failures per example.

    python tests/flake_hunt.py                    # 20 runs of `pytest tests/test_examples.py`
    python tests/flake_hunt.py --runs 5 --load    # 5 runs with both cores kept busy meanwhile
    python tests/flake_hunt.py --runs 10 -- -k ch04   # extra arguments after -- go to pytest

Each run is a separate `pytest tests/test_examples.py -p no:randomly` (with the suite's usual
xdist workers from pytest.ini), its results read from a JUnit XML file in a temporary directory.
`--load` starts one busy-loop process per core (`--load-procs` to choose) for the duration of the
hunt and kills them at the end, to see whether examples that pass on an idle machine fail on a
busy one (timeouts, ordering that depends on scheduling, sleeps used as synchronization).

At the end it prints, per failing test (example and start method), how many runs it failed and the
first line of its first failure message, plus each run's wall time; the whole report of every
failure (diff included) goes to a log file in the temporary directory, whose path it prints. Exit status: 0 if no test
failed in any run, 1 otherwise. Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def start_load(count: int) -> list[subprocess.Popen]:
    return [
        subprocess.Popen(
            [sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL
        )
        for _ in range(count)
    ]


def stop_load(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        proc.kill()
    for proc in procs:
        proc.wait()


def one_run(xml_path: Path, extra: list[str]) -> tuple[int, float, dict[str, str], int]:
    """Exit status, wall time, {test id: its whole failure report}, number of tests."""
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/test_examples.py",
            "-q",
            "-p",
            "no:randomly",
            f"--junitxml={xml_path}",
            *extra,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.monotonic() - started
    failures: dict[str, str] = {}
    total = 0
    if xml_path.exists():
        for case in ET.parse(xml_path).getroot().iter("testcase"):
            total += 1
            problem = case.find("failure")
            if problem is None:
                problem = case.find("error")
            if problem is not None:
                failures[case.get("name", "?")] = (
                    problem.text or problem.get("message") or "(no message)"
                ).strip()
    elif result.returncode != 0:
        failures["(the run itself)"] = (
            result.stdout + result.stderr
        ).strip() or "(no output)"
    return result.returncode, wall, failures, total


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--load", action="store_true", help="keep the CPUs busy during the runs"
    )
    parser.add_argument("--load-procs", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "pytest_args", nargs="*", help="after --: extra arguments for pytest"
    )
    args = parser.parse_args(argv)

    load = start_load(args.load_procs) if args.load else []
    failed_runs: Counter[str] = Counter()
    first_message: dict[str, str] = {}
    walls = []
    tests = 0
    # Whole failure reports go to a log outside the repository: a flake seen once must be diagnosable.
    log = (
        Path(tempfile.gettempdir()) / f"flake-hunt-{time.strftime('%Y%m%d-%H%M%S')}.log"
    )
    try:
        with tempfile.TemporaryDirectory(prefix="flake-hunt-") as scratch:
            for number in range(1, args.runs + 1):
                code, wall, failures, tests = one_run(
                    Path(scratch) / f"run{number}.xml", args.pytest_args
                )
                walls.append(wall)
                for test, message in failures.items():
                    failed_runs[test] += 1
                    first_message.setdefault(test, message.splitlines()[0][:200])
                    with log.open("a", encoding="utf-8") as out:
                        out.write(f"===== run {number}: {test}\n{message}\n\n")
                status = (
                    "ok"
                    if not failures
                    else f"{len(failures)} failed: {', '.join(sorted(failures))}"
                )
                print(
                    f"run {number}/{args.runs}: {tests} tests, {wall:.1f} s, exit {code}: {status}",
                    flush=True,
                )
    finally:
        stop_load(load)

    label = f" under load ({args.load_procs} busy processes)" if args.load else ""
    print(
        f"\n{args.runs} runs{label}; wall time per run: min {min(walls):.1f} s, "
        f"max {max(walls):.1f} s, mean {sum(walls) / len(walls):.1f} s"
    )
    if not failed_runs:
        print(f"no failures: every one of the {tests} tests passed in every run")
        return 0
    print("failures per test (runs failed / runs):")
    for test, count in failed_runs.most_common():
        print(
            f"  {count}/{args.runs}  {test}\n          first failure: {first_message[test]}"
        )
    print(f"every failure in full: {log}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
