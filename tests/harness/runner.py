"""Run one example the way a reader would, and capture everything its processes print.

- A fresh interpreter, started from the repository root as `python examples/<ch>/<name>.py`.
- Its own session and process group; the runner is a child subreaper, so every descendant
  (even one that double-forks and calls setsid) is re-parented to the runner and can be found,
  waited for, and killed.
- stdout and stderr of every process share one file descriptor (a temporary file), so output is
  captured at the fd level, in the order it was written, from all processes.
- A timeout kills the whole tree; processes still alive after the example's main process has
  exited and its descendants had time to finish are reported as left behind (with the TCP/UDP
  sockets they have bound), then killed. A socket cannot outlive every process that has it open, so
  once they are gone no port stays bound.
- A fresh, empty temporary directory of its own (TMPDIR, honoured by tempfile and so by
  multiprocessing's `pymp-*` directory of fork-server and manager sockets): whatever is left in it
  once every process has gone (a unix socket file, a temporary file) is reported, then removed.
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from . import leftovers, pythons
from .paths import ROOT, SITECUSTOM
from .processes import EXAMPLE_VAR, describe

PR_SET_CHILD_SUBREAPER = 36
GRACE_AFTER_MAIN_EXIT = (
    5.0  # seconds that orphans of an example may run on after its main process
)


def become_subreaper() -> None:
    """Orphans of examples are re-parented to this process instead of PID 1 (Linux only)."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


@dataclass
class RunResult:
    output: str
    exit_code: int | None
    duration: float
    pids: list[int]
    timed_out: bool = False
    left_behind: list[str] = field(default_factory=list)
    left_files: list[str] = field(
        default_factory=list
    )  # in its own TMPDIR, now removed


def restore_ctrl_c() -> None:
    """Give this process Python's usual Ctrl-C handler if SIGINT is ignored, as in a terminal.

    A shell starts a background job (`cmd &`, no job control) with SIGINT ignored, an ignored signal
    stays ignored across exec, and Python then leaves it so: every example would inherit it, and
    the Ctrl-C examples would wait out their timeouts. A handled signal is reset on exec instead.
    """
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        return
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError(
            "SIGINT is ignored in this process (started in the background by a shell?), and only "
            "the main thread can restore it: call tests.harness.runner.restore_ctrl_c() there first"
        )
    signal.signal(signal.SIGINT, signal.default_int_handler)


def _descendants() -> list[psutil.Process]:
    try:
        return psutil.Process().children(recursive=True)
    except psutil.Error:
        return []


def _reap_zombies() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _kill_all(procs: list[psutil.Process]) -> None:
    for proc in procs:
        try:
            proc.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(procs, timeout=3)
    _reap_zombies()


def _alive(proc: psutil.Process) -> bool:
    """Running and not a zombie; a process that vanished meanwhile (reaped by its parent) is not."""
    try:
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _wait_for_descendants(deadline: float) -> list[psutil.Process]:
    """Wait (reaping) until no descendant is alive or the deadline passes; return the survivors.

    Helpers such as the fork server and the resource tracker exit a few milliseconds after the main
    process: poll often at first (a fixed 20 ms step cost most runs a whole step), then back off.
    """
    pause = 0.002
    while True:
        _reap_zombies()
        alive = [p for p in _descendants() if _alive(p)]
        if not alive or time.monotonic() >= deadline:
            return alive
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def _exits_within(proc: subprocess.Popen, timeout: float) -> bool:
    """Wait for the example's main process, at most `timeout` seconds; True if it exited (reaped).

    Popen.wait(timeout=) polls with sleeps of up to 50 ms, which added about 30 ms to every run;
    a pidfd becomes readable the moment the process exits.
    """
    fd = os.pidfd_open(proc.pid)
    try:
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        if not poller.poll(timeout * 1000):
            return False
    finally:
        os.close(fd)
    proc.wait()
    return True


def _as_typed(script: Path) -> str:
    """The path a reader would type from the repository root (so tracebacks match the site)."""
    return str(script.relative_to(ROOT)) if script.is_relative_to(ROOT) else str(script)


def example_env(
    start_method: str | None,
    pid_log: str,
    script: Path | None = None,
    tmpdir: Path | None = None,
) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTEST_", "MPDOCS_", "COV_"))
    }
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONWARNINGS", None)  # the default warning filters, as a reader has them
    env.pop(
        "PYTHONUNBUFFERED", None
    )  # stdout is line-buffered instead, as on a terminal (sitecustomize)
    env.update(
        PYTHONPATH=str(SITECUSTOM),
        PYTHONDONTWRITEBYTECODE="1",  # leave no __pycache__ behind in examples/
        PYTHONHASHSEED="0",
        PYTHONIOENCODING="utf-8",
        MPDOCS_PID_LOG=pid_log,
        **(
            {EXAMPLE_VAR: _as_typed(script)} if script else {}
        ),  # names the culprit in leak reports
        LC_ALL="C.UTF-8",
        COLUMNS="100",
    )
    if start_method:
        env["MPDOCS_START_METHOD"] = start_method
    if tmpdir:
        env["TMPDIR"] = str(tmpdir)
    else:
        env.pop("TMPDIR", None)  # the machine's, as a reader has it
    return env


def run_script(
    script: Path,
    start_method: str | None,
    timeout: float,
    python: str | None = None,
    own_tmpdir: bool = True,
    excused: tuple[str, ...] = (),
) -> RunResult:
    """own_tmpdir=False: the machine's temporary directory, for an example whose output shows its path;
    excused: prefixes of names in its own one that may be left (removed all the same, not reported)."""
    python = python or pythons.interpreter(pythons.NEWEST)
    become_subreaper()
    restore_ctrl_c()
    with tempfile.TemporaryDirectory(prefix="mpdocs-run-") as scratch:
        out_path = Path(scratch) / "output"
        pid_log = Path(scratch) / "pids"
        tmpdir = Path(scratch) / "tmp" if own_tmpdir else None
        if tmpdir:
            # 3.14+ ignores a TMPDIR too long for a socket path under it (util._get_base_temp_dir)
            assert len(str(tmpdir)) < 70, (
                f"TMPDIR {tmpdir} too long for multiprocessing's sockets"
            )
            tmpdir.mkdir()
        started = time.monotonic()
        with out_path.open(
            "ab"
        ) as out:  # O_APPEND: every process's writes land whole, at the end
            proc = subprocess.Popen(
                [python, _as_typed(script)],
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                env=example_env(start_method, str(pid_log), script, tmpdir),
            )
            timed_out = not _exits_within(proc, timeout)
            if timed_out:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                _kill_all(_descendants())
                proc.wait()
            remaining = max(
                0.0, min(GRACE_AFTER_MAIN_EXIT, timeout - (time.monotonic() - started))
            )
            survivors = _wait_for_descendants(time.monotonic() + remaining)
            left_behind = [describe(p) for p in survivors]
            _kill_all(survivors)
        duration = time.monotonic() - started
        left_files = leftovers.left_in(tmpdir, excused=excused) if tmpdir else []
        output = out_path.read_bytes().decode("utf-8", errors="replace")
        pids = [os.getpid()]
        if pid_log.exists():
            pids += [int(line) for line in pid_log.read_text().split()]
    return RunResult(
        output=output,
        exit_code=None if timed_out else proc.returncode,
        duration=duration,
        pids=pids,
        timed_out=timed_out,
        left_behind=left_behind,
        left_files=left_files,
    )
