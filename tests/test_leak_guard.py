"""tests/leak_guard.py notices each kind of leak (and only leaks of its own session)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import psutil

from tests import leak_guard
from tests.harness.paths import ROOT
from tests.harness.processes import describe

SLEEPER = [sys.executable, "-c", "import time; time.sleep(30)"]


def _sleeper(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(SLEEPER, env={**os.environ, **env}, start_new_session=True)


def test_finds_live_processes_of_its_own_session_only():
    token = uuid.uuid4().hex
    ours = _sleeper({leak_guard.SESSION_VAR: token, "MPDOCS_PID_LOG": "/nonexistent"})
    theirs = _sleeper(
        {leak_guard.SESSION_VAR: "another-session", "MPDOCS_PID_LOG": "/nonexistent"}
    )
    not_an_example = _sleeper({leak_guard.SESSION_VAR: token})
    try:
        found = {proc.pid for proc in leak_guard.example_processes(token)}
        assert ours.pid in found
        assert theirs.pid not in found and not_an_example.pid not in found
    finally:
        for proc in (ours, theirs, not_an_example):
            proc.kill()
            proc.wait()
    assert leak_guard.example_processes(token) == []


def test_finds_unmapped_new_shm_segments(tmp_path):
    shm = tmp_path / "shm"
    shm.mkdir()
    (shm / "psm_old").write_bytes(b"")
    before = leak_guard.shm_segments(shm)
    (shm / "psm_1234abcd").write_bytes(b"\0" * 4096)
    (shm / "sem.mp-xyz").write_bytes(b"")
    (shm / "unrelated").write_bytes(b"")
    leaks = leak_guard.find_leaks(
        "no-such-token", before, leak_guard.git_state(ROOT), shm=shm
    )
    text = "\n".join(leaks)
    assert "psm_1234abcd" in text and "sem.mp-xyz" in text
    assert "psm_old" not in text and "unrelated" not in text


def test_a_mapped_segment_is_not_a_leak(tmp_path):
    shm = tmp_path / "shm"
    shm.mkdir()
    segment = shm / "psm_mapped"
    segment.write_bytes(b"\0" * 4096)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import mmap, sys, time
            f = open({str(segment)!r}, "r+b")
            m = mmap.mmap(f.fileno(), 4096)
            print("mapped", flush=True)
            time.sleep(30)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "mapped"
        assert "psm_mapped" in leak_guard.mapped_shm(shm)
        assert (
            leak_guard.find_leaks(
                "no-such-token", set(), leak_guard.git_state(ROOT), shm=shm
            )
            == []
        )
    finally:
        holder.kill()
        holder.wait()


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@t", "-c", "user.name=t", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_finds_new_and_changed_files(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "kept.txt").write_text("a\n")
    (repo / "edited.txt").write_text("a\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "start")
    (repo / "edited.txt").write_text("b\n")  # already modified when the session starts
    before = leak_guard.git_state(repo)
    (repo / "edited.txt").write_text("c\n")
    (repo / "kept.txt").write_text("changed\n")
    (repo / "sub").mkdir()
    (repo / "sub" / "ticket.json").write_text("{}")
    leaks = "\n".join(
        leak_guard.find_leaks("no-such-token", set(), before, root=repo, shm=tmp_path)
    )
    assert "file created in the repository: sub/ticket.json" in leaks
    assert "file changed in the repository during the session: kept.txt" in leaks
    assert "file changed in the repository during the session: edited.txt" in leaks


def test_fails_a_session_that_leaks_a_process(tmp_path):
    """End to end: a session whose test leaves an example-like process behind fails, and says why."""
    pid_file = tmp_path / "leaked.pid"
    (tmp_path / "test_leaky.py").write_text(
        textwrap.dedent(f"""
        import os, subprocess, sys

        def test_leaks():
            env = dict(os.environ, MPDOCS_PID_LOG="/nonexistent", MPDOCS_EXAMPLE="examples/ch99/leaky.py")
            # looks like a fork server: its command line is mostly sys_path, which says nothing
            server = "import time; time.sleep(30)  # from multiprocessing.forkserver import main; sys_path="
            proc = subprocess.Popen([sys.executable, "-c", server + repr(sys.path * 5)], env=env,
                                    start_new_session=True)
            open({str(pid_file)!r}, "w").write(str(proc.pid))
    """)
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k != leak_guard.SESSION_VAR and not k.startswith("PYTEST_")
    }
    env.update(PYTHONPATH=str(ROOT), LEAK_GUARD_GRACE="0.3")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "tests.leak_guard",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "-c",
            os.devnull,
            "--rootdir",
            str(tmp_path),
            str(tmp_path / "test_leaky.py"),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    try:
        assert result.returncode == 1, result.stdout + result.stderr
        assert "left behind (tests/leak_guard.py)" in result.stdout
        # the culprit first: which example, what the process is; not a screenful of sys_path
        report = next(
            line for line in result.stdout.splitlines() if "still alive" in line
        )
        assert report.startswith("examples/ch99/leaky.py: the fork server (pid "), (
            report
        )
        assert "sys_path" not in report and len(report) < 200, report
        assert "1 passed" in result.stdout
    finally:
        if pid_file.exists():
            try:
                psutil.Process(int(pid_file.read_text())).kill()
            except psutil.Error:
                pass


def test_finds_sockets_and_named_pipes_in_the_repository(tmp_path):
    """git status never shows them, so an example's `Listener(address="x.sock")` in its cwd would go unseen."""
    repo = tmp_path / "repo"
    (repo / "sub").mkdir(parents=True)
    _git(repo, "init", "-q")
    os.mkfifo(
        repo / "old.fifo"
    )  # there when the session starts: not this session's leak
    before = leak_guard.git_state(repo)
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(repo / "sub" / "demo.sock"))
    os.mkfifo(repo / "new.fifo")
    try:
        leaks = "\n".join(
            leak_guard.find_leaks(
                "no-such-token", set(), before, root=repo, shm=tmp_path
            )
        )
    finally:
        server.close()
    assert "file created in the repository: sub/demo.sock (a unix socket);" in leaks, (
        leaks
    )
    assert "close the Listener or socket and unlink its path" in leaks
    assert "file created in the repository: new.fifo (a named pipe)" in leaks
    assert "old.fifo" not in leaks


def test_a_process_left_behind_is_described_with_its_ports():
    listener = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent("""
            import socket, time
            tcp = socket.socket(); tcp.bind(("127.0.0.1", 0)); tcp.listen()
            udp = socket.socket(type=socket.SOCK_DGRAM); udp.bind(("127.0.0.1", 0))
            connected = socket.socket()  # not bound: not reported
            print(tcp.getsockname()[1], udp.getsockname()[1], flush=True)
            time.sleep(30)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        tcp, udp = listener.stdout.readline().split()
        described = describe(psutil.Process(listener.pid))
        assert described.endswith(
            f", listening on TCP 127.0.0.1:{tcp}, UDP 127.0.0.1:{udp})"
        ), described
    finally:
        listener.kill()
        listener.wait()
