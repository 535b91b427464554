"""A recording is only as good as the run it holds: every recorded run exited as declared.

tests/harness/compare.py compares a fresh run's exit code with the *recorded* one, so an example
recorded while broken (a syntax error, an uncaught exception) would match its broken recording
forever. This check closes that gap: each run in `x.out.json` must have exited with the manifest's
`exit_code` (default 0), and none may have timed out.
"""

from __future__ import annotations

import difflib

import pytest

from tests.harness import recording
from tests.harness.manifest import load_examples
from tests.harness.normalize import MACHINE_PATH, reader_paths
from tests.harness.paths import RECORD_COMMAND, rel

EXAMPLES = [
    pytest.param(example, id=rel(example.script)) for example in load_examples()
]


@pytest.mark.parametrize("example", EXAMPLES)
def test_recorded_exit_codes_are_the_declared_ones(example):
    if not example.recording.exists():
        pytest.skip("no recording yet: tests/test_examples.py reports it")
    bad = [
        run
        for run in recording.load(example).runs
        if run.exit_code != example.exit_code
    ]
    for run in bad:
        last = (run.output.strip().splitlines() or ["(no output)"])[-1]
        raise AssertionError(
            f"{example.name}: the run recorded under Python {run.python}, start method "
            f"{run.start_method or 'default'} exited with {run.exit_code} (last line: {last!r}) but its "
            f"examples.toml entry declares exit_code = {example.exit_code}; fix the example and run "
            f"`{RECORD_COMMAND} {example.name}`, or declare the exit code it is meant to have"
        )


PER_PYTHON = [
    pytest.param(example, id=rel(example.script))
    for example in load_examples()
    if example.per_python
]


@pytest.mark.parametrize("example", PER_PYTHON)
def test_per_python_only_where_versions_differ(example):
    """`per_python = true` costs a recorded run per version and a tab per version on the page: only
    where the output really differs between versions (else the tabs would all say the same)."""
    if not example.recording.exists():
        pytest.skip("no recording yet: tests/test_examples.py reports it")
    outputs: dict[str, list[str]] = {}
    for run in recording.load(example).runs:
        outputs.setdefault(run.python.rsplit(".", 1)[0], []).append(run.normalized)
    assert len({tuple(o) for o in outputs.values()}) > 1, (
        f"{example.name}: declared per_python = true, but every Python version printed the same; drop it "
        f"from its examples.toml entry and run `{RECORD_COMMAND} {example.name}`"
    )


@pytest.mark.parametrize("example", EXAMPLES)
def test_views_show_paths_as_a_reader_reads_them(example):
    """Where this machine keeps the checkout or its interpreters means nothing to a reader."""
    if not example.view.exists():
        pytest.skip("no view yet: tests/test_examples.py reports it")
    for number, line in enumerate(
        example.view.read_text(encoding="utf-8").splitlines(), start=1
    ):
        found = MACHINE_PATH.search(line)
        assert not found, (
            f"{rel(example.view)}:{number} shows a path of the recording machine ({found.group(0)!r}); "
            "tests/harness/normalize.READER_PATHS should turn it into one relative to the repository or "
            f"into <python>/...; extend it, then run `{RECORD_COMMAND} --views`"
        )


def test_reader_paths_turn_machine_paths_into_readers_ones():
    raw = (
        "/home/me/site/examples/ch05/x.py:3: Warning\n"
        '  File "/root/.cache/x/debian-sid/usr/lib/python3.15/multiprocessing/process.py", line 320\n'
        "['/srv/ci/tests/sitecustom', '/opt/py/lib/python315.zip'] /w/.venv-3.15/bin/python"
    )
    assert reader_paths(raw) == (
        "examples/ch05/x.py:3: Warning\n"
        '  File "<python>/lib/python3.15/multiprocessing/process.py", line 320\n'
        "['tests/sitecustom', '<python>/lib/python315.zip'] <python>/bin/python"
    )


@pytest.mark.parametrize("example", EXAMPLES)
def test_recorded_on_every_python_it_should_be(example):
    """Every recording holds a run on the newest Python; one that differs by version (per_python) or
    needs a newer Python (requires_python) holds a run on every claimed version it runs on."""
    if not example.recording.exists():
        pytest.skip("no recording yet: tests/test_examples.py reports it")
    recorded = {run.python.rsplit(".", 1)[0] for run in recording.load(example).runs}
    wanted = set(example.versions_to_record)
    assert wanted <= recorded, (
        f"{example.name}: no recorded run on Python {', '.join(sorted(wanted - recorded))}; "
        f"run `{RECORD_COMMAND} {example.name}`"
    )


@pytest.mark.parametrize("example", EXAMPLES)
def test_recordings_are_self_consistent(example):
    """Each run's stored `normalized` text is what its own raw `output` (and PIDs) normalizes to: the page
    groups runs and the suite compares by it, so it must never say something the output does not."""
    if not example.recording.exists():
        pytest.skip("no recording yet: tests/test_examples.py reports it")
    for run in recording.inconsistent_runs(example, recording.load(example)):
        derived = recording.normalized_output(example, run.output, run.pids)
        diff = "\n".join(
            difflib.unified_diff(
                run.normalized.splitlines(),
                derived.splitlines(),
                "stored normalized",
                "derived from output",
                lineterm="",
            )
        )
        raise AssertionError(
            f"{rel(example.recording)}: the run under Python {run.python}, start method "
            f"{run.start_method or 'default'} stores a `normalized` text that its own `output` does not "
            f"normalize to (edited by hand, or normalization rules changed); run `{RECORD_COMMAND} --views` "
            f"to derive it again, or `{RECORD_COMMAND} {example.name}` to record afresh:\n{diff}"
        )
