"""A pytest plugin that ends the run with the whole suite's wall time and its slowest tests.

Registered in tests/conftest.py (`pytest_plugins = [..., "tests.timing_report"]`), or for one run
with `pytest -p tests.timing_report`. With pytest-xdist it reports in the controller, which
receives every worker's test reports; the wall time is from the start of the session (collection
included) to the summary, which is what the "whole suite within 2 minutes" budget is about.
"""

from __future__ import annotations

import os
import time

import pytest

SLOWEST = int(os.environ.get("TIMING_REPORT_SLOWEST", "5"))

_started: list[float] = []
_durations: dict[str, float] = {}


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):
        _started.append(time.monotonic())


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _durations[report.nodeid] = _durations.get(report.nodeid, 0.0) + report.duration


def pytest_terminal_summary(
    terminalreporter, exitstatus: int, config: pytest.Config
) -> None:
    if hasattr(config, "workerinput") or not _started:
        return
    wall = time.monotonic() - _started[0]
    busy = sum(_durations.values())
    workers = getattr(config.option, "numprocesses", None) or 1
    terminalreporter.section("timing (tests/timing_report.py)")
    terminalreporter.line(
        f"suite wall time: {wall:.1f} s for {len(_durations)} tests "
        f"(test time summed over workers: {busy:.1f} s; workers: {workers})"
    )
    slowest = sorted(_durations.items(), key=lambda item: -item[1])[:SLOWEST]
    for nodeid, seconds in [(n, s) for n, s in slowest if s >= 0.1]:
        terminalreporter.line(f"  {seconds:6.2f} s  {nodeid}")
