"""Run every example on an interpreter the site holds no recording for, and keep what it printed.

    python -m tests.run_elsewhere --python .venv-3.14t/bin/python --out test-artifacts/free-threaded-3.14t

For a build that cannot be had on this project's machines (the free-threaded 3.14t runs only in the
GitHub workflow): each example runs under each start method it declares, exactly as the suite runs
it; its output goes to `<out>/<chapter>/<name>.<method>.txt`, and `<out>/summary.md` says, per case,
whether it matched the recording of the newest Python. Nothing is recorded: the site's recordings
come only from `python -m tests.record`. Exit status 1 if any case timed out or left processes behind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.harness import pythons, recording
from tests.harness.manifest import load_examples
from tests.harness.runner import run_script


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--python", required=True, help="the interpreter to run the examples with"
    )
    parser.add_argument(
        "--out", required=True, type=Path, help="where to write the outputs (created)"
    )
    args = parser.parse_args(argv)
    version = pythons.full_version(args.python)
    rows, broken = [], 0
    minor = version.rsplit(".", 1)[0]
    for example in load_examples():
        if not example.runs_on(minor):
            rows.append(
                f"| `{example.name}` | all | needs Python {example.requires_python}+ |"
            )
            continue
        recorded = recording.load(example)
        for method in example.methods_to_run:
            result = run_script(
                example.script,
                method,
                example.timeout,
                args.python,
                own_tmpdir=not example.system_tmpdir,
                excused=example.excused_leftovers,
            )
            label = method or "default"
            target = (
                args.out
                / example.script.parent.name
                / f"{example.script.stem}.{label}.txt"
            )
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(result.output, encoding="utf-8")
            reference = recorded.run_for(pythons.NEWEST, method, example.per_python)
            fresh = recording.normalized_output(example, result.output, result.pids)
            if result.timed_out or result.left_behind or result.left_files:
                verdict, broken = (
                    "timed out or left processes or files behind",
                    broken + 1,
                )
            elif reference is None:
                verdict = "no recording to compare with"
            else:
                expected = recording.normalized_output(
                    example, reference.output, reference.pids
                )
                same = fresh == expected and result.exit_code == reference.exit_code
                verdict = (
                    "same as Python " + reference.python
                    if same
                    else f"differs (exit code {result.exit_code})"
                )
            rows.append(f"| `{example.name}` | {label} | {verdict} |")
    summary = [
        f"# Every example on Python {version} ({args.python})",
        "",
        "| example | start method | result |",
        "| --- | --- | --- |",
        *rows,
        "",
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "summary.md").write_text("\n".join(summary), encoding="utf-8")
    print(
        f"{len(rows)} cases on Python {version}: {sum('same as' in r for r in rows)} same as the recordings; "
        f"outputs in {args.out}"
    )
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
