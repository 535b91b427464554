"""The update command: re-run examples for real and rewrite their recorded outputs.

    python -m tests.record                     # every example whose recording is stale or missing
    python -m tests.record examples/ch03/x.py  # just these (always re-recorded)
    python -m tests.record --all               # every example
    python -m tests.record --views             # no runs: rewrite every view from its recording

An example declared `per_python = true` is recorded on every claimed Python version; one that declares
`requires_python` on every claimed version from that one on.
Runs go in parallel, except examples declared exclusive_cpu: those run afterwards, one at a time.
A run that times out or leaves processes behind is not recorded.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tests.harness import pythons, recording
from tests.harness.manifest import Example, load_examples
from tests.harness.runner import run_script


def is_stale(example: Example) -> bool:
    if not example.recording.exists() or not example.view.exists():
        return True
    return recording.load(example).fingerprint != example.fingerprint()


def record(example: Example) -> str:
    versions = example.versions_to_record
    runs = []
    for version in versions:
        python = pythons.interpreter(version)
        for method in example.methods_to_run:
            result = run_script(
                example.script,
                method,
                example.timeout,
                python,
                own_tmpdir=not example.system_tmpdir,
                excused=example.excused_leftovers,
            )
            where = (
                f"{example.name} (Python {version}, start method {method or 'default'})"
            )
            if result.timed_out:
                return f"NOT RECORDED {where}: timed out after {example.timeout}s"
            if result.left_behind:
                return (
                    f"NOT RECORDED {where}: left processes behind: {result.left_behind}"
                )
            if result.left_files:
                return f"NOT RECORDED {where}: left files in its temporary directory: {result.left_files}"
            if result.exit_code != example.exit_code:
                return (
                    f"NOT RECORDED {where}: exited with {result.exit_code} but examples.toml declares "
                    f"exit_code = {example.exit_code}:\n{result.output[-2000:]}"
                )
            runs.append(
                recording.make_run(
                    example, pythons.full_version(python), method, result
                )
            )
    recording.save(example, runs)
    codes = sorted({str(r.exit_code) for r in runs})
    return f"recorded {example.name}: {len(runs)} run(s), exit code {', '.join(codes)}"


def split_exclusive(chosen: list[Example]) -> tuple[list[Example], list[Example]]:
    """(examples recorded side by side, exclusive_cpu measurements recorded one at a time afterwards)."""
    return [ex for ex in chosen if not ex.exclusive_cpu], [
        ex for ex in chosen if ex.exclusive_cpu
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("scripts", nargs="*", type=Path)
    parser.add_argument("--all", action="store_true")
    parser.add_argument(
        "--views",
        action="store_true",
        help="rewrite every view from its recording, run nothing",
    )
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    examples = load_examples()
    if args.views:
        for example in examples:
            if example.recording.exists():
                recording.render_again(example)
        print(f"rewrote the views of {len(examples)} examples from their recordings")
        return 0
    if args.scripts:
        wanted = {(Path.cwd() / s).resolve() for s in args.scripts}
        chosen = [ex for ex in examples if ex.script.resolve() in wanted]
        missing = wanted - {ex.script.resolve() for ex in chosen}
        if missing:
            print(
                f"not declared in any examples.toml: {[str(m) for m in missing]}",
                file=sys.stderr,
            )
            return 2
    else:
        chosen = [ex for ex in examples if args.all or is_stale(ex)]
    if not chosen:
        print("every recording is up to date")
        return 0
    together, alone = split_exclusive(chosen)
    # Processes, not threads: each worker is the subreaper of its own examples' trees.
    with ProcessPoolExecutor(args.jobs) as pool:
        messages = list(pool.map(record, together))
    # A measurement declared exclusive_cpu is recorded as the suite runs it: with no other example beside it.
    with ProcessPoolExecutor(1) as pool:
        messages += list(pool.map(record, alone))
    for message in messages:
        print(message)
    return 1 if any(m.startswith("NOT RECORDED") for m in messages) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
