"""Run an example and compare it with its recording; return a readable verdict."""

from __future__ import annotations

import difflib
from dataclasses import replace

from . import pythons, recording
from .manifest import Example
from .paths import RECORD_COMMAND, rel
from .runner import run_script


def check_example(
    example: Example, start_method: str | None, version: str
) -> list[str]:
    """Problems found, each a message that names the example and says what to do; [] when all is well."""
    where = (
        f"{example.name} (Python {version}, start method {start_method or 'default'})"
    )
    redo = (
        f"if the change is intended (the example or the interpreter changed on purpose), re-record with "
        f"`{RECORD_COMMAND} {rel(example.script)}`; otherwise the example, or Python {version}, regressed: "
        "fix that and keep the recording"
    )
    if not example.recording.exists():
        return [
            f"{where}: no recorded output {rel(example.recording)}; run `{RECORD_COMMAND} {rel(example.script)}`"
        ]
    recorded = recording.load(example).run_for(
        version, start_method, example.per_python
    )
    if recorded is None:
        return [
            f"{where}: the recording has no run for this case; run `{RECORD_COMMAND} {rel(example.script)}`"
        ]
    result = run_script(
        example.script,
        start_method,
        example.timeout,
        pythons.interpreter(version),
        own_tmpdir=not example.system_tmpdir,
        excused=example.excused_leftovers,
    )
    problems = []
    if result.timed_out:
        problems.append(
            f"{where}: still running after {example.timeout:g}s, its whole process tree was killed"
        )
    if result.left_behind:
        problems.append(
            f"{where}: left processes behind (now killed): {'; '.join(result.left_behind)}"
        )
    if result.left_files:
        problems.append(
            f"{where}: left files in its temporary directory (now removed): {'; '.join(result.left_files)}; "
            "close every Listener, socket and manager and remove temporary files (e.g. with "
            "tempfile.TemporaryDirectory()) before the processes exit"
        )
    if not result.timed_out and result.exit_code != recorded.exit_code:
        problems.append(
            f"{where}: exited with {result.exit_code}, the recording exited with {recorded.exit_code}"
        )
    elif not result.timed_out and result.exit_code != example.exit_code:
        problems.append(
            f"{where}: exited with {result.exit_code} but examples.toml declares exit_code = {example.exit_code}"
        )
    fresh = recording.make_run(example, version, start_method, result)
    # The recorded raw output, normalized by today's rules exactly as the fresh one: a stored
    # `normalized` that disagrees with it is reported by tests/test_recordings.py, never trusted here.
    expected = recording.normalized_output(example, recorded.output, recorded.pids)
    if not recording.same_output(
        example, replace(recorded, normalized=expected), fresh
    ):
        diff = difflib.unified_diff(
            expected.splitlines(),
            fresh.normalized.splitlines(),
            fromfile=f"recorded {rel(example.recording)}",
            tofile="this run",
            lineterm="",
        )
        mode = " (relaxed order: lines sorted)" if example.order == "relaxed" else ""
        problems.append(
            f"{where}: output differs from the recording{mode}; {redo}\n"
            + "\n".join(diff)
        )
    return problems
