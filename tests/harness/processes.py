"""A process as a person looks for it in a report: what it is and who started it, then its details.

multiprocessing's helpers run as `python -c 'from multiprocessing.forkserver import main; main(...,
sys_path=[...])'`: their command lines are hundreds of characters of paths that say nothing.
"""

from __future__ import annotations

import re

import psutil

EXAMPLE_VAR = (
    "MPDOCS_EXAMPLE"  # set by tests/harness/runner.py: the example a process belongs to
)
ROLES = (
    (re.compile(r"multiprocessing\.forkserver"), "the fork server"),
    (re.compile(r"multiprocessing\.resource_tracker"), "the resource tracker"),
    (re.compile(r"multiprocessing\.spawn|--multiprocessing-fork"), "a spawned child"),
)


def role(cmdline: list[str]) -> str:
    """What the process is, in a few words: a multiprocessing helper by name, else its command, cut short."""
    text = " ".join(cmdline)
    for pattern, name in ROLES:
        if pattern.search(text):
            return name
    return repr(text[:80] + ("…" if len(text) > 80 else ""))


def describe(proc: psutil.Process) -> str:
    """`examples/ch05/x.py left the fork server behind (pid 12, sleeping, parent 1)`; the culprit first."""
    try:
        with proc.oneshot():
            try:
                example = proc.environ().get(EXAMPLE_VAR)
            except psutil.Error:
                example = None
            what = role(proc.cmdline()) if proc.cmdline() else proc.name()
            details = f"pid {proc.pid}, {proc.status()}, parent {proc.ppid()}"
    except psutil.Error:
        return f"pid {proc.pid} (gone meanwhile)"
    return f"{example or 'an unknown example'}: {what} ({details})"
