"""A process as a person looks for it in a report: what it is and who started it, then its details.

multiprocessing's helpers run as `python -c 'from multiprocessing.forkserver import main; main(...,
sys_path=[...])'`: their command lines are hundreds of characters of paths that say nothing.
"""

from __future__ import annotations

import re
import socket

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


def bound_sockets(proc: psutil.Process) -> list[str]:
    """The TCP sockets it listens on and the UDP sockets it has bound: `TCP 127.0.0.1:8000`.

    Read from /proc/PID/fd and /proc/net only when a process is being reported, so it costs a clean run nothing.
    """
    found = []
    for conn in proc.net_connections(kind="inet"):
        udp = conn.type == socket.SOCK_DGRAM
        if (
            conn.laddr
            and conn.laddr.port
            and (udp or conn.status == psutil.CONN_LISTEN)
        ):
            found.append(f"{'UDP' if udp else 'TCP'} {conn.laddr.ip}:{conn.laddr.port}")
    return sorted(found)  # /proc lists them in no fixed order; TCP before UDP, then by address


def describe(proc: psutil.Process) -> str:
    """`examples/ch05/x.py: the fork server (pid 12, sleeping, parent 1)`; the culprit first, then any
    port it holds (`, listening on TCP 127.0.0.1:8000`)."""
    try:
        with proc.oneshot():
            try:
                example = proc.environ().get(EXAMPLE_VAR)
            except psutil.Error:
                example = None
            what = role(proc.cmdline()) if proc.cmdline() else proc.name()
            details = f"pid {proc.pid}, {proc.status()}, parent {proc.ppid()}"
            try:
                ports = bound_sockets(proc)
            except psutil.Error:
                ports = []
    except psutil.Error:
        return f"pid {proc.pid} (gone meanwhile)"
    if ports:
        details += f", listening on {', '.join(ports)}"
    return f"{example or 'an unknown example'}: {what} ({details})"
