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

from .manifest import Example
from .normalize import normalize
from .paths import RECORD_COMMAND, rel
from .runner import RunResult


@dataclass
class Run:
    python: str  # full version, e.g. 3.11.7
    start_method: str | None
    exit_code: int | None
    output: str  # raw, as printed: what the site shows
    normalized: str  # what the suite compares (and groups identical runs by on the page)
    pids: list[int] = field(default_factory=list)  # every PID of the run, to re-normalize `output`


@dataclass
class Recording:
    fingerprint: str
    system: str
    date: str
    runs: list[Run]

    def run_for(self, python: str, start_method: str | None, per_python: bool) -> Run | None:
        """The recorded run a fresh run on `python` (X.Y) under `start_method` is compared with."""
        candidates = [r for r in self.runs if r.start_method == start_method]
        if per_python:
            candidates = [r for r in candidates if r.python.rsplit(".", 1)[0] == python]
        return candidates[0] if candidates else None


def describe_system() -> str:
    return f"{platform.system()} {platform.machine()} · {os.cpu_count()} CPU"


def make_run(example: Example, python_version: str, start_method: str | None, result: RunResult) -> Run:
    return Run(
        python=python_version,
        start_method=start_method,
        exit_code=result.exit_code,
        output=result.output,
        normalized=normalized_output(example, result.output, result.pids),
        pids=result.pids,
    )


def normalized_output(example: Example, output: str, pids: list[int]) -> str:
    return normalize(output, pids, example.volatile, example.patterns, relaxed=example.order == "relaxed")


def load(example: Example) -> Recording:
    data = json.loads(example.recording.read_text(encoding="utf-8"))
    return Recording(
        fingerprint=data["fingerprint"], system=data["system"], date=data["date"], runs=[Run(**r) for r in data["runs"]]
    )


def save(example: Example, runs: list[Run]) -> None:
    recording = Recording(
        fingerprint=example.fingerprint(),
        system=describe_system(),
        date=datetime.date.today().isoformat(),
        runs=runs,
    )
    payload = asdict(recording)
    example.recording.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
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


def _label(runs: list[Run], per_python: bool) -> str:
    methods = [r.start_method for r in runs if r.start_method]
    pythons = sorted({r.python for r in runs})
    parts = [f"Python {', '.join(pythons)}" if per_python or len(pythons) > 1 else f"Python {pythons[0]}"]
    if methods:
        parts.append(", ".join(dict.fromkeys(methods)))
    return " · ".join(parts)


def render_view(example: Example, recording: Recording) -> str:
    """Markdown for the page: one output block, or tabs when runs differ (per start method/Python)."""
    groups: dict[str, list[Run]] = {}
    for run in recording.runs:
        groups.setdefault(run.normalized, []).append(run)
    header = (
        f"<!-- Written by `{RECORD_COMMAND}` from {rel(example.recording)}: do not edit by hand. -->\n"
    )

    def block(runs: list[Run]) -> str:
        first = runs[0]
        status = "" if first.exit_code == 0 else f" · exit code {first.exit_code}"
        title = f"{_label(runs, example.per_python)} · {recording.system}{status}"
        return f'!!! output "{title}"\n\n{_indent(_fence(first.output), 4)}\n'

    if len(groups) == 1:
        return header + block(recording.runs)
    tabs = []
    for runs in groups.values():
        tab_label = _label(runs, example.per_python) if example.per_python else ", ".join(
            r.start_method or "default" for r in runs
        )
        tabs.append(f'=== "{tab_label}"\n\n{_indent(block(runs), 4)}\n')
    return header + "\n".join(tabs)
