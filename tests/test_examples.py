"""Every example, under every start method it declares, prints what its recording shows."""

from __future__ import annotations

import difflib

import pytest

from tests.harness import pythons, recording
from tests.harness.compare import check_example
from tests.harness.manifest import load_examples
from tests.harness.paths import RECORD_COMMAND, rel

EXAMPLES = load_examples()
CASES = [
    pytest.param(
        example,
        method,
        id=f"{rel(example.script)}[{method or 'default'}]",
        marks=[pytest.mark.exclusive_cpu] if example.exclusive_cpu else [],
    )
    for example in EXAMPLES
    for method in example.methods_to_run
]


def view_diff(example, shown: str, rendered: str) -> str:
    """Each line where the view differs, with its line number in the view file."""
    lines = []
    matcher = difflib.SequenceMatcher(
        a=shown.splitlines(), b=rendered.splitlines(), autojunk=False
    )
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for number in range(a0, a1):
            lines.append(f"{rel(example.view)}:{number + 1}: - {matcher.a[number]}")
        for number in range(b0, b1):
            lines.append(
                f"{rel(example.view)}:{a0 + 1}: + {matcher.b[number]}  (what the recording renders)"
            )
    return "\n".join(lines)


BY_NAME = [pytest.param(example, id=rel(example.script)) for example in EXAMPLES]


@pytest.mark.parametrize(("example", "method"), CASES)
def test_output_matches_recording(example, method):
    problems = check_example(example, method, pythons.NEWEST)
    assert not problems, "\n\n".join(problems)


@pytest.mark.pythons
@pytest.mark.parametrize("version", pythons.OTHERS)
@pytest.mark.parametrize(("example", "method"), CASES)
def test_output_on_other_pythons(example, method, version):
    if not example.runs_on(version):
        pytest.skip(
            f"{example.name} needs Python {example.requires_python}+ (requires_python in its examples.toml)"
        )
    problems = check_example(example, method, version)
    assert not problems, "\n\n".join(problems)


@pytest.mark.parametrize("example", BY_NAME)
def test_recording_is_not_stale(example):
    redo = f"run `{RECORD_COMMAND} {rel(example.script)}`"
    assert example.recording.exists(), (
        f"{example.name}: no recorded output {rel(example.recording)}; {redo}"
    )
    recorded = recording.load(example)
    assert recorded.fingerprint == example.fingerprint(), (
        f"{example.name} (or its examples.toml entry) changed after its output was recorded; {redo}"
    )
    assert example.view.exists(), f"{example.name}: no view {rel(example.view)}; {redo}"
    shown, rendered = (
        example.view.read_text(encoding="utf-8"),
        recording.render_view(example, recorded),
    )
    assert shown == rendered, (
        f"{rel(example.view)} is not what {rel(example.recording)} renders to (edited by hand?); {redo}, "
        f"or `{RECORD_COMMAND} --views` to render it again without running:\n"
        + view_diff(example, shown, rendered)
    )
    declared = set(example.methods_to_run)
    recorded_methods = {run.start_method for run in recorded.runs}
    assert declared == recorded_methods, (
        f"{example.name}: recorded start methods {sorted(map(str, recorded_methods))} "
        f"but declared {sorted(map(str, declared))}; {redo}"
    )
