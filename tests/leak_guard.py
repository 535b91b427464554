"""A pytest plugin that fails the session if the tests left anything behind.

Registered in tests/conftest.py (`pytest_plugins = [..., "tests.leak_guard"]`), or for one run
with `pytest -p tests.leak_guard`. It works in the process that controls the session: with
pytest-xdist that is the controller (workers do nothing), without it the only process.

At the start it notes what is there; at the end (pytest_sessionfinish) it fails the session,
with a section in the summary, if:

- a process started by an example of *this* session is still alive. Examples' processes carry
  MPDOCS_PID_LOG in their environment (tests/harness/runner.py); the session also gives every
  process it starts LEAK_GUARD_SESSION=<random token> (inherited by workers and examples alike),
  so processes of other test sessions running at the same time are not counted;
- a new shared-memory segment or named semaphore (/dev/shm/psm_*, /dev/shm/*mp-*) appeared and no
  live process maps it any more (checked three times, half a second apart), i.e. nobody will
  unlink it. /dev/shm is shared by the whole machine: on a machine where other test sessions run
  at the same time, a segment they leak is counted too (the message says so);
- `git status --porcelain` shows a file that is new or changed compared with the start of the
  session (tests must write only to temporary directories), or a unix socket or named pipe appeared
  in the repository (git status never shows those: a `Listener(address="x.sock")` of an example,
  which runs from the repository root, would be missed).

Sockets. A TCP or UDP socket cannot outlive the processes that have it open, and an example's
processes left alive are caught twice: by the runner (tests/harness/runner.py reports, with the ports
they have bound, the ones still alive once the main process has exited, then kills them) and
here. What does outlive them is a unix socket's file: the runner gives every example run a fresh
temporary directory of its own (TMPDIR, where tempfile, multiprocessing's `pymp-*` directories of
fork-server and manager sockets and `Listener()` addresses go) and reports whatever is left in it
(tests/harness/leftovers.py), naming the example; a socket file in the repository is caught here.
A diff of the machine's /tmp could not tell whose an old `pymp-*` directory is.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import time
import uuid
from pathlib import Path

import psutil
import pytest

from tests.harness.leftovers import special_files
from tests.harness.paths import ROOT
from tests.harness.processes import describe

SESSION_VAR = "LEAK_GUARD_SESSION"  # not MPDOCS_*: the runner strips those from the examples' environment
SHM = Path("/dev/shm")
SHM_NAME = re.compile(r"psm_|mp-")
SHM_CHECKS, SHM_PAUSE = 3, 0.5
# Not searched for sockets: large, and no example's working directory. Walking the virtual
# environments (.venv, .venv-3.11 ... 3.15: over 100,000 files) took 2 s at each end of the session.
NOT_SEARCHED = frozenset({".git", "node_modules", "site", ".cache"})
NOT_SEARCHED_PREFIXES = (".venv",)
GRACE = float(
    os.environ.get("LEAK_GUARD_GRACE", "3")
)  # seconds for processes being killed to go away

_state: dict = {}


def _is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def shm_segments(folder: Path = SHM) -> set[str]:
    try:
        return {entry.name for entry in folder.iterdir() if SHM_NAME.search(entry.name)}
    except OSError:
        return set()


def mapped_shm(folder: Path = SHM) -> set[str]:
    """Names in /dev/shm that some live process has mapped (so someone may still unlink them).

    Matched by inode: glibc's sem_open maps a temporary file and then links it to its final name,
    so /proc/PID/maps shows a named semaphore as `/dev/shm/sem.XXXXXX (deleted)`, never by its name.
    """
    prefix = f"{folder}/"
    inodes = set()
    for pid in psutil.pids():
        try:
            with open(f"/proc/{pid}/maps", encoding="utf-8", errors="replace") as maps:
                for line in maps:
                    if prefix in line:
                        fields = line.split()
                        if len(fields) >= 5 and fields[4].isdigit():
                            inodes.add(int(fields[4]))
        except OSError:
            continue
    mapped = set()
    try:
        entries = list(folder.iterdir())
    except OSError:
        return mapped
    for entry in entries:
        try:
            if entry.stat().st_ino in inodes:
                mapped.add(entry.name)
        except OSError:
            continue
    return mapped


def example_processes(token: str) -> list[psutil.Process]:
    """Live processes started by an example of the session with this token."""
    found = []
    for proc in psutil.process_iter():
        try:
            if proc.status() == psutil.STATUS_ZOMBIE:
                continue
            environ = proc.environ()
        except psutil.Error:
            continue
        if environ.get(SESSION_VAR) == token and "MPDOCS_PID_LOG" in environ:
            found.append(proc)
    return found


def _hash(path: Path) -> str:
    try:
        return (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        )
    except OSError:
        return "unreadable"


def git_state(root: Path = ROOT) -> dict[str, str]:
    """{path: 'status + content hash'} of everything git status reports (untracked files listed one by one),
    and of the unix sockets and named pipes, which it never reports ('?? a unix socket')."""
    result = subprocess.run(
        ["git", "status", "--porcelain=v1", "-z", "--untracked-files=all"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        return {}
    state = {}
    entries = result.stdout.split("\0")
    index = 0
    while index < len(entries):
        entry = entries[index]
        index += 1
        if len(entry) < 4:
            continue
        status, path = entry[:2], entry[3:]
        if "R" in status or "C" in status:
            index += 1  # the rename's source path follows
        state[path] = f"{status} {_hash(root / path)}"
    for path, kind in special_files(root, NOT_SEARCHED, NOT_SEARCHED_PREFIXES).items():
        state.setdefault(path, f"?? {kind}")
    return state


def find_leaks(
    token: str,
    shm_before: set[str],
    git_before: dict[str, str],
    root: Path = ROOT,
    shm: Path = SHM,
) -> list[str]:
    leaks = []
    deadline = time.monotonic() + GRACE
    procs = example_processes(token)
    while procs and time.monotonic() < deadline:
        time.sleep(0.1)
        procs = example_processes(token)
    for proc in procs:
        leaks.append(
            f"{describe(proc)} is still alive: the example must join or terminate it before it exits"
        )

    # Other test sessions on the machine create and remove segments all the time: only a new segment
    # that stays unmapped over SHM_CHECKS looks, SHM_PAUSE apart, is one nobody will unlink.
    orphaned = shm_segments(shm) - shm_before
    for check in range(SHM_CHECKS):
        if not orphaned:
            break
        if check:
            time.sleep(SHM_PAUSE)
        orphaned &= shm_segments(shm) - mapped_shm(shm)
    if orphaned:
        for name in sorted(orphaned):
            leaks.append(
                f"shared memory left in {shm}: {name} (appeared during the session and no live process maps it, "
                "so nobody will unlink it: an example must close() and unlink() its SharedMemory; a process "
                "tree killed before its resource tracker cleans up leaves its semaphores behind. If another "
                "test session ran on this machine at the same time, it may be theirs: re-run alone to confirm)"
            )

    git_after = git_state(root)
    for path, state in sorted(git_after.items()):
        if git_before.get(path) == state:
            continue
        status = state[:2]
        if status == "??":
            special = state[3:] if state[3:].startswith("a ") else ""
            leaks.append(
                f"file created in the repository: {path}{f' ({special})' if special else ''}; "
                "tests and examples must write only to temporary directories"
                + (
                    "; close the Listener or socket and unlink its path"
                    if "socket" in special
                    else ""
                )
            )
        else:
            leaks.append(
                f"file changed in the repository during the session: {path} (git status {status.strip()!r})"
            )
    return leaks


def pytest_configure(config: pytest.Config) -> None:
    if _is_worker(config):
        return
    token = uuid.uuid4().hex
    os.environ[SESSION_VAR] = (
        token  # inherited by xdist workers and by every example they run
    )
    _state.update(token=token, shm=shm_segments(), git=git_state(), leaks=[])


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _is_worker(session.config) or "token" not in _state:
        return
    leaks = find_leaks(_state["token"], _state["shm"], _state["git"])
    _state["leaks"] = leaks
    if leaks and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(
    terminalreporter, exitstatus: int, config: pytest.Config
) -> None:
    leaks = _state.get("leaks") or []
    if _is_worker(config) or not leaks:
        return
    terminalreporter.section("left behind (tests/leak_guard.py)", red=True, bold=True)
    for leak in leaks:
        terminalreporter.line(leak, red=True)
    terminalreporter.line(f"{len(leaks)} leak(s): the session fails")
