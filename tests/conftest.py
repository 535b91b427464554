"""Shared fixtures and hooks: the run's id, the CPU share lock, and the site built once per run."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.harness.cpu_lock import cpu_share, remove_lock_files
from tests.harness.paths import ROOT

pytest_plugins = ["tests.leak_guard", "tests.timing_report"]
TEST_REPOSITORY = (
    "https://github.com/python-multiprocessing-site/python-multiprocessing"
)


def pytest_configure(config):
    # One id for the whole run, shared by the xdist workers (they inherit the controller's environment).
    os.environ.setdefault("MPDOCS_SESSION", str(os.getpid()))


def pytest_unconfigure(config):
    if not hasattr(
        config, "workerinput"
    ):  # the controller (or a run without xdist) cleans up
        remove_lock_files(os.environ["MPDOCS_SESSION"])
        site = _shared_site_dir()
        shutil.rmtree(site, ignore_errors=True)
        for leftover in (f"{site}.lock", f"{site}.failed"):
            Path(leftover).unlink(missing_ok=True)


def pytest_xdist_auto_num_workers(config) -> int:
    """`-n auto` (pytest.ini): two workers more than usable CPUs. Examples spend much of their time
    waiting (process start-up, sleeps, pipes, timeouts they demonstrate), and on 2 cores a third
    worker still left them idle while two examples slept at once: a fourth took the README's test
    command from 93.5 to 90.9 s and 91.3 to 88.2 s (paired, idle core time 27-29 s -> 20-21 s)."""
    return len(os.sched_getaffinity(0)) + 2


def pytest_collection_modifyitems(config, items):
    """The long browser crawl first; then the tests that need no built site, so that the other
    workers run examples while the crawl's worker builds the site (the build is one process: the
    other core would otherwise wait for it); measurements last, once every worker is past its
    start-up (collecting tests costs CPU too, and would distort a measurement taken meanwhile)."""

    def rank(item) -> int:
        if item.get_closest_marker("browser"):
            return 0
        if item.get_closest_marker("exclusive_cpu"):
            return 3
        return 2 if "built_site" in getattr(item, "fixturenames", ()) else 1

    items.sort(key=rank)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Measuring tests (marked exclusive_cpu) run alone; all others share the machine.

    Held around the whole protocol, so that module- and session-scoped fixtures set up for the
    test (the site build, the browser crawl, a notebook run) are inside the lock too.
    """
    exclusive = item.get_closest_marker("exclusive_cpu") is not None
    with cpu_share(os.environ["MPDOCS_SESSION"], exclusive=exclusive):
        yield


def build_site(destination: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    # Built as the deploy workflow builds it, with a repository (MPDOCS_REPO_URL, see mkdocs.yml), so
    # that the repository button, the page actions and the example titles' links are all checked; a
    # clean checkout often has no GitHub remote, and without one the site has no such links at all.
    env.setdefault("MPDOCS_REPO_URL", TEST_REPOSITORY)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--site-dir",
            str(destination),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,  # the caller reports a failed build with its output
    )


def _shared_site_dir() -> Path:
    return Path(tempfile.gettempdir()) / f"mpdocs-site-{os.environ['MPDOCS_SESSION']}"


@pytest.fixture(scope="session")
def built_site() -> Path:
    """The site as `mkdocs build --strict` makes it, built once per run and shared by the xdist workers.

    The first worker to need it builds it under a file lock; the others wait and reuse it.
    """
    destination = _shared_site_dir()
    with open(f"{destination}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        failure = Path(f"{destination}.failed")
        if not (destination / "index.html").exists() and not failure.exists():
            result = build_site(destination)
            if result.returncode != 0:
                failure.write_text(f"{result.stdout}\n{result.stderr}")
        if failure.exists():
            pytest.fail(
                f"mkdocs build --strict failed:\n{failure.read_text()}", pytrace=False
            )
    return destination
