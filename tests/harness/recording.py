"""Recorded outputs: <name>.out.json holds the real runs, <name>.out.md is the view pages include.

Both are written only by `python -m tests.record`; the suite checks that the view is exactly
what the recording renders to, so neither can drift by hand.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
from dataclasses import asdict, dataclass, field

from . import pythons
from .manifest import Example
from .normalize import normalize, plain_numbers, reader_paths, readings
from .paths import RECORD_COMMAND, rel
from .runner import RunResult


@dataclass
class Run:
    python: str  # full version, e.g. 3.11.7
    start_method: str | None
    exit_code: int | None
    output: str  # raw, as printed: what the site shows
    normalized: str  # what the suite compares (and groups identical runs by on the page): always
    # normalized_output(output, pids), checked by tests/test_recordings.py, re-derived by `--views`
    pids: list[int] = field(
        default_factory=list
    )  # every PID of the run, to re-normalize `output`


@dataclass
class Recording:
    fingerprint: str
    system: str
    date: str
    runs: list[Run]

    def run_for(
        self, python: str, start_method: str | None, per_python: bool
    ) -> Run | None:
        """The recorded run a fresh run on `python` (X.Y) under `start_method` is compared with."""
        candidates = [r for r in self.runs if r.start_method == start_method]
        if per_python:
            candidates = [r for r in candidates if r.python.rsplit(".", 1)[0] == python]
        return candidates[0] if candidates else None


def describe_system() -> str:
    return f"{platform.system()} {platform.machine()} · {os.cpu_count()} CPU"


def make_run(
    example: Example, python_version: str, start_method: str | None, result: RunResult
) -> Run:
    return Run(
        python=python_version,
        start_method=start_method,
        exit_code=result.exit_code,
        output=result.output,
        normalized=normalized_output(example, result.output, result.pids),
        pids=result.pids,
    )


def normalized_output(example: Example, output: str, pids: list[int]) -> str:
    return normalize(
        output,
        pids,
        example.volatile,
        example.patterns,
        relaxed=example.order == "relaxed",
    )


def same_output(example: Example, a: Run, b: Run) -> bool:
    """Whether two runs printed the same thing; each run's `normalized` is by today's rules.

    When a PID of one run equals a number the other printed as a plain number, it is read both ways:
    after PIDs wrap around on a busy machine, a worker's PID can be 500 in a run that prints 500.
    """
    return (
        a.normalized == b.normalized
        or b.normalized in _readings(example, a, plain_numbers(b.normalized))
        or a.normalized in _readings(example, b, plain_numbers(a.normalized))
    )


def _readings(example: Example, run: Run, values: set[str]) -> set[str]:
    return set(
        readings(
            run.output,
            run.pids,
            example.volatile,
            example.patterns,
            relaxed=example.order == "relaxed",
            values=values,
        )
    )


def load(example: Example) -> Recording:
    data = json.loads(example.recording.read_text(encoding="utf-8"))
    return Recording(
        fingerprint=data["fingerprint"],
        system=data["system"],
        date=data["date"],
        runs=[Run(**r) for r in data["runs"]],
    )


def inconsistent_runs(example: Example, recorded: Recording) -> list[Run]:
    """Runs whose stored `normalized` is not what their own raw output normalizes to today."""
    return [
        r
        for r in recorded.runs
        if r.normalized != normalized_output(example, r.output, r.pids)
    ]


def render_again(example: Example) -> None:
    """Rewrite the view from the recording's raw runs (after a change in how views are rendered or
    outputs normalized): each run's `normalized` is derived again from its own output and PIDs."""
    recorded = load(example)
    if inconsistent_runs(example, recorded):
        for run in recorded.runs:
            run.normalized = normalized_output(example, run.output, run.pids)
        payload = json.dumps(asdict(recorded), ensure_ascii=False, indent=1) + "\n"
        example.recording.write_text(payload, encoding="utf-8")
    example.view.write_text(render_view(example, recorded), encoding="utf-8")


def save(example: Example, runs: list[Run]) -> None:
    recording = Recording(
        fingerprint=example.fingerprint(),
        system=describe_system(),
        date=datetime.date.today().isoformat(),
        runs=runs,
    )
    payload = asdict(recording)
    example.recording.write_text(
        json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    example.view.write_text(render_view(example, recording), encoding="utf-8")


def _indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line else "" for line in text.splitlines())


def _fence(output: str) -> str:
    ticks = "```"
    while ticks in output:
        ticks += "`"
    body = output.rstrip("\n") or "(no output)"
    return f"{ticks}text\n{body}\n{ticks}"


# Tab order: the default on Linux since 3.14 first, then the default on macOS and Windows, then fork.
METHOD_ORDER = ("forkserver", "spawn", "fork", None)


def _minor(run: Run) -> str:
    return run.python.rsplit(".", 1)[0]


def _newest_first(versions: set[str]) -> list[str]:
    return sorted(versions, key=pythons.version_key, reverse=True)


def _by_method(runs: list[Run]) -> list[Run]:
    return sorted(runs, key=lambda r: METHOD_ORDER.index(r.start_method))


def version_range(minors: list[str]) -> str:
    """ "3.14–3.15" for consecutive claimed versions, "3.13, 3.11" otherwise (newest first)."""
    positions = sorted(pythons.CLAIMED.index(v) for v in minors)
    if positions == list(range(positions[0], positions[-1] + 1)) and len(positions) > 1:
        return f"{pythons.CLAIMED[positions[-1]]}–{pythons.CLAIMED[positions[0]]}"
    return ", ".join(pythons.CLAIMED[p] for p in positions)


def _title(runs: list[Run], system: str) -> str:
    """Provenance of a group of identical runs: full versions, newest first; methods; system; exit code."""
    versions = ", ".join(_newest_first({r.python for r in runs}))
    methods = [m for m in METHOD_ORDER if m and any(r.start_method == m for r in runs)]
    status = "" if runs[0].exit_code == 0 else f" · exit code {runs[0].exit_code}"
    return (
        f"Python {versions}"
        + (f" · {', '.join(methods)}" if methods else "")
        + f" · {system}{status}"
    )


def _block(runs: list[Run], system: str) -> str:
    """One output block for runs that printed the same (after normalization). The raw text shown is
    the run listed first in its title: the newest Python's, under the first method in METHOD_ORDER,
    with this machine's paths as a reader would read them (normalize.READER_PATHS); the recording
    keeps the raw output."""
    newest = max(runs, key=lambda r: pythons.version_key(r.python)).python
    shown = _by_method([r for r in runs if r.python == newest])[0]
    return f'!!! output "{_title(runs, system)}"\n\n{_indent(_fence(reader_paths(shown.output)), 4)}\n'


def _tabs(items: list[tuple[str, str]]) -> str:
    return "\n".join(f'=== "{label}"\n\n{_indent(body, 4)}\n' for label, body in items)


def _method_tabs(runs: list[Run], system: str) -> str:
    """One tab per start method, even where two print the same: a label means one method on every
    page, so that content.tabs.link switches every set that has it."""
    by_method: dict[str | None, list[Run]] = {}
    for run in _by_method(runs):
        by_method.setdefault(run.start_method, []).append(run)
    return _tabs(
        [
            (method or "default", _block(same, system))
            for method, same in by_method.items()
        ]
    )


def render_view(example: Example, recording: Recording) -> str:
    """Markdown for the page: one output block when every run printed the same; otherwise tabs on one
    axis each (Python versions outside, start methods inside), newest Python first, and a line above
    saying what differs (filled in, in the page's language, by overrides/hooks/recorded_outputs.py)."""
    header = f"<!-- Written by `{RECORD_COMMAND}` from {rel(example.recording)}: do not edit by hand. -->\n"
    runs, system = recording.runs, recording.system
    if len({r.normalized for r in runs}) == 1:
        return header + _block(runs, system)
    by_version: dict[str, list[Run]] = {}
    for run in runs:
        by_version.setdefault(_minor(run), []).append(run)
    # Versions whose runs printed the same under every method share a tab.
    groups: dict[tuple, list[str]] = {}
    for version in _newest_first(set(by_version)):
        key = tuple(
            (r.start_method or "", r.normalized)
            for r in _by_method(by_version[version])
        )
        groups.setdefault(key, []).append(version)
    differs_by_method = any(
        len({r.normalized for r in vr}) > 1 for vr in by_version.values()
    )
    axes = (["python"] if len(groups) > 1 else []) + (
        ["start_method"] if differs_by_method else []
    )
    line = f'<p class="mpdocs-differs" data-differs="{" ".join(axes)}"></p>\n\n'
    if len(groups) == 1:
        return header + line + _method_tabs(runs, system)
    items = []
    for versions in groups.values():
        group_runs = [r for v in versions for r in by_version[v]]
        same = len({r.normalized for r in group_runs}) == 1
        body = _block(group_runs, system) if same else _method_tabs(group_runs, system)
        # The bare version ("3.14–3.15"): five labels with "Python" before each do not fit a phone.
        items.append((version_range(versions), body))
    return header + line + _tabs(items)
