"""Let a measuring test have the machine to itself while the rest of the suite runs in parallel.

Every test holds a shared lock while it runs; a test marked `exclusive_cpu` (timing
measurements whose *shape* is checked, such as a speedup on 2 cores) takes the lock exclusively.
A waiting exclusive test raises a flag first so that shared holders stop coming in behind it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

LOCK_DIR = Path(os.environ.get("MPDOCS_LOCK_DIR", "/tmp"))


def _paths(session_id: str) -> tuple[Path, Path]:
    return (
        LOCK_DIR / f"mpdocs-cpu-{session_id}.lock",
        LOCK_DIR / f"mpdocs-cpu-{session_id}.wanted",
    )


@contextlib.contextmanager
def cpu_share(session_id: str, exclusive: bool) -> Iterator[None]:
    lock_path, wanted = _paths(session_id)
    with open(lock_path, "a") as handle:
        if exclusive:
            wanted.touch()
            try:
                fcntl.flock(handle, fcntl.LOCK_EX)
            finally:
                wanted.unlink(missing_ok=True)
        else:
            while wanted.exists():
                time.sleep(0.05)
            fcntl.flock(handle, fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_lock_files(session_id: str) -> None:
    for path in _paths(session_id):
        path.unlink(missing_ok=True)
