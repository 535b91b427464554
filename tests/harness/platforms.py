"""Where an example runs: `platforms` in examples.toml, shown as a badge beside its title on the page.

    portable  Linux, macOS and Windows, under the start method each defaults to
    posix     Linux and macOS only: os.fork, os.wait*, signals, zombies, the fork or forkserver start method
    linux     Linux only: /proc, /dev/shm, CPU affinity, prctl, F_GETPIPE_SZ ...

Undeclared means "linux": the only system every recording was made on. MARKERS catch the plain
contradictions (a "portable" example calling os.fork); they cannot prove an example portable.
Standalone (no package imports): overrides/hooks/example_titles.py loads it too.
"""

from __future__ import annotations

import io
import re
import tokenize

PLATFORMS = ("portable", "posix", "linux")  # from the widest to the narrowest
DEFAULT = "linux"

# (what the code says, the widest platform on which it can mean that, why), checked by tests/test_platforms.py.
# Searched in the code with its strings and comments blanked out (so that getattr(os, "sched_getaffinity",
# None) is a guarded use, and a label printing "os.fork()" is no call), except RAW, searched in the whole text.
MARKERS = (
    (
        r"\bos\.fork\b|\bos\.wait(?:pid|status)?\b|\bos\.W[A-Z]+\(|\bos\.killpg\b|\bos\.setsid\b|\bos\.getpgid\b",
        "posix",
        "POSIX process calls (os.fork, os.waitpid, os.killpg ...)",
    ),
    (
        r"signal\.SIG(?:KILL|STOP|CONT|CHLD|HUP|USR1|USR2|ALRM)\b|\.interrupt\(\)",
        "posix",
        "POSIX signals",
    ),
    (r"STATUS_ZOMBIE|STATUS_STOPPED", "posix", "zombie or stopped processes"),
    (
        r"start_new_session=True|shell=True|\bshlex\.|\bfcntl\b",
        "posix",
        "POSIX sessions, shells or fcntl",
    ),
    (
        r"\bsched_\w+affinity\b|\bsched_getscheduler\b|\bprctl\b|F_GETPIPE_SZ",
        "linux",
        "Linux-only interfaces (CPU affinity, prctl, F_GETPIPE_SZ)",
    ),
)
RAW = (
    (
        (
            r"""get_context\(\s*["'](?:fork|forkserver)["']|set_start_method\(\s*["'](?:fork|forkserver)["']"""
            r"""|for method in \([^)]*["']fork|set_forkserver_preload"""
        ),
        "posix",
        "the fork or forkserver start method",
    ),
    (r"/bin/sh\b", "posix", "a POSIX shell"),
    (r"/proc/|/dev/shm", "linux", "Linux-only files (/proc, /dev/shm)"),
)
TEXT_TOKENS = {tokenize.STRING, tokenize.COMMENT} | (
    {tokenize.FSTRING_MIDDLE} if hasattr(tokenize, "FSTRING_MIDDLE") else set()
)


def code_only(source: str) -> str:
    """The source with every string and comment blanked (lengths and line numbers kept)."""
    lines = source.splitlines(keepends=True)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in TEXT_TOKENS:
            continue
        (row, col), (end_row, end_col) = token.start, token.end
        for number in range(row, end_row + 1):
            line = lines[number - 1]
            start = col if number == row else 0
            stop = end_col if number == end_row else len(line.rstrip("\n"))
            lines[number - 1] = line[:start] + " " * (stop - start) + line[stop:]
    return "".join(lines)


def narrower(a: str, b: str) -> bool:
    """Whether platform a is narrower than platform b (runs on fewer systems)."""
    return PLATFORMS.index(a) > PLATFORMS.index(b)


def contradictions(code: str, declared: str) -> list[str]:
    """Why `code` cannot run on every system `declared` promises: one reason per kind of marker found."""
    found = []
    searched = [(code_only(code), marker) for marker in MARKERS] + [
        (code, marker) for marker in RAW
    ]
    for text, (pattern, widest, why) in searched:
        match = re.search(pattern, text)
        if match and narrower(widest, declared):
            line = text.count("\n", 0, match.start()) + 1
            found.append(
                f"line {line} uses {why} ({match.group(0)!r}): at most {widest!r}"
            )
    return found
