"""Shared fixtures. Tests that need the built site join the xdist group "site" so it is built once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.harness.cpu_lock import cpu_share, remove_lock_files
from tests.harness.paths import ROOT

pytest_plugins = ["tests.leak_guard", "tests.timing_report"]


def pytest_configure(config):
    # One id for the whole run, shared by the xdist workers (they inherit the controller's environment).
    os.environ.setdefault("MPDOCS_SESSION", str(os.getpid()))


def pytest_unconfigure(config):
    if not hasattr(config, "workerinput"):  # the controller (or a run without xdist) cleans up
        remove_lock_files(os.environ["MPDOCS_SESSION"])


@pytest.fixture(autouse=True)
def _share_the_cpu(request):
    """Measuring tests (marked exclusive_cpu) run alone; all others share the machine."""
    with cpu_share(os.environ["MPDOCS_SESSION"], exclusive=request.node.get_closest_marker("exclusive_cpu") is not None):
        yield


def build_site(destination: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,  # the caller reports a failed build with its output
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site as `mkdocs build --strict` makes it; the build's own failure is test_build's to report."""
    destination = tmp_path_factory.mktemp("site")
    result = build_site(destination)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    return destination
