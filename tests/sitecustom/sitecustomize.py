"""Loaded at start-up by every Python process of an example run by the suite.

The runner puts this folder on PYTHONPATH, so nothing in the example changes:
- MPDOCS_PID_LOG: each process (and each fork of it) appends its PID to that file,
  so the runner can replace exactly those numbers when it normalizes output.
- MPDOCS_START_METHOD: the start method the suite is testing this run under.
- stdout is line-buffered, as on a terminal.
"""

import os
import sys

# Under the runner stdout is a file, which Python would block-buffer. A terminal is line-buffered:
# each line reaches it in one write, so lines of concurrent processes never mix mid-line.
# Do the same here, so the recorded output is what a reader sees in a terminal.
if os.environ.get("MPDOCS_PID_LOG") and sys.stdout is not None:
    sys.stdout.reconfigure(line_buffering=True, write_through=False)

_pid_log = os.environ.get("MPDOCS_PID_LOG")
if _pid_log:

    def _log_pid() -> None:
        with open(_pid_log, "a", encoding="ascii") as log:
            log.write(f"{os.getpid()}\n")

    _log_pid()
    os.register_at_fork(after_in_child=_log_pid)

_start_method = os.environ.get("MPDOCS_START_METHOD")
if _start_method:
    import multiprocessing

    # force=True: a spawned child re-applies its parent's method right after this anyway.
    multiprocessing.set_start_method(_start_method, force=True)
