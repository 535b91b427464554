"""A recording is only as good as the run it holds: every recorded run exited as declared.

tests/harness/compare.py compares a fresh run's exit code with the *recorded* one, so an example
recorded while broken (a syntax error, an uncaught exception) would match its broken recording
forever. This check closes that gap: each run in `x.out.json` must have exited with the manifest's
`exit_code` (default 0), and none may have timed out.
"""

from __future__ import annotations

import pytest

from tests.harness import recording
from tests.harness.manifest import load_examples
from tests.harness.paths import RECORD_COMMAND, rel

EXAMPLES = [pytest.param(example, id=rel(example.script)) for example in load_examples()]


@pytest.mark.parametrize("example", EXAMPLES)
def test_recorded_exit_codes_are_the_declared_ones(example):
    if not example.recording.exists():
        pytest.skip("no recording yet: tests/test_examples.py reports it")
    bad = [run for run in recording.load(example).runs if run.exit_code != example.exit_code]
    for run in bad:
        last = (run.output.strip().splitlines() or ["(no output)"])[-1]
        raise AssertionError(
            f"{example.name}: the run recorded under Python {run.python}, start method "
            f"{run.start_method or 'default'} exited with {run.exit_code} (last line: {last!r}) but its "
            f"examples.toml entry declares exit_code = {example.exit_code}; fix the example and run "
            f"`{RECORD_COMMAND} {example.name}`, or declare the exit code it is meant to have"
        )


PER_PYTHON = [pytest.param(example, id=rel(example.script)) for example in load_examples() if example.per_python]


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
