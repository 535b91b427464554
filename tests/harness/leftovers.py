"""What an example left in a folder that should be empty after it: named by kind, a unix socket first of all.

multiprocessing keeps the fork server's and a manager's listening sockets in a `pymp-*` directory of
the temporary directory (multiprocessing.util.get_temp_dir), and a `Listener(address=path)` binds a
socket file: none of them is removed when the process dies without closing it. Sockets and named
pipes are invisible to `git status` too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

KINDS = (
    (stat.S_ISSOCK, "a unix socket"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISLNK, "a symbolic link"),
)
SHOWN = 10  # entries named in a report; the rest are counted


def kind(path: Path) -> str:
    try:
        mode = path.lstat().st_mode
    except OSError:
        return "gone meanwhile"
    return next((name for test, name in KINDS if test(mode)), "a file")


def left_in(
    folder: Path, shown_as: str = "$TMPDIR", excused: tuple[str, ...] = ()
) -> list[str]:
    """Everything under `folder`, each as `$TMPDIR/pymp-x/sock-y (a unix socket)`, in path order;
    not what is in or under a top-level entry whose name starts with one of the `excused` prefixes."""
    entries = []
    for parent, dirs, files in os.walk(folder):
        if parent == str(folder) and excused:
            dirs[:] = [d for d in dirs if not d.startswith(excused)]
            files = [f for f in files if not f.startswith(excused)]
        for name in dirs + files:
            entries.append(Path(parent, name))
    entries.sort()
    found = [f"{shown_as}/{p.relative_to(folder)} ({kind(p)})" for p in entries[:SHOWN]]
    if len(entries) > SHOWN:
        found.append(f"and {len(entries) - SHOWN} more")
    return found


def special_files(
    root: Path, skip: frozenset[str] = frozenset(), skip_prefixes: tuple[str, ...] = ()
) -> dict[str, str]:
    """{path relative to root: kind} of the sockets and named pipes under root (directories named in
    `skip`, or whose names start with one of `skip_prefixes`, are not entered; nor are symbolic links
    to directories)."""
    found = {}
    for parent, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in skip and not d.startswith(skip_prefixes)]
        for name in files:
            path = Path(parent, name)
            what = kind(path)
            if what in ("a unix socket", "a named pipe"):
                found[str(path.relative_to(root))] = what
    return found
