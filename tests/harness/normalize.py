"""Turning a real run's output into what is compared: volatile values replaced by placeholders.

Recordings keep the raw output (that is what the site shows); both the recording and a fresh
run are normalized the same way before they are compared.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Iterator

# Opt-in per example (manifest key "volatile"): values that honestly differ from run to run.
NAMED_PATTERNS: dict[str, list[tuple[str, str]]] = {
    # 0.52 s, 1.0s, 12.3 ms, 850 µs, 3.2 秒
    "seconds": [
        (r"\d+(?:\.\d+)?(?:e-?\d+)?\s?(?:s|ms|µs|us|ns|秒|毫秒)\b", "<DURATION>")
    ],
    # rates and sizes measured on the machine: 12,345 msg/s, 1.2 MB/s, 3.4x
    "measurements": [
        (r"\d[\d,]*(?:\.\d+)?\s?(?:msg/s|ops/s|MB/s|GB/s|KB/s|/s)", "<RATE>"),
        (r"\d+(?:\.\d+)?\s?(?:×|x)\b", "<FACTOR>"),
    ],
    "address": [(r"0x[0-9a-fA-F]+", "0x<ADDR>")],
    "memory": [(r"\d+(?:\.\d+)?\s?(?:B|KiB|MiB|GiB|KB|MB|GB)\b", "<SIZE>")],
    "timestamp": [
        (r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?", "<TIMESTAMP>"),
        (r"\b\d\d:\d\d:\d\d(?:\.\d+)?\b", "<TIME>"),
    ],
    # shared-memory segment names such as psm_4f3a2b1c
    "shm_name": [
        (r"\bpsm_[0-9a-f]+\b", "psm_<NAME>"),
        (r"/mp-[a-z0-9_]+", "/mp-<NAME>"),
    ],
    "cpu_count": [(r"(?i)(cpu[^\n\d]{0,30})\d+", r"\1<N>")],
}

# Where this machine keeps the checkout and the interpreters: a reader's differ. The views show paths
# as the reader would read them (tests/harness/recording.py), and comparisons start from that too.
# Root-independent on purpose: a recording made in one checkout is rendered and compared in another.
_PREFIX = r"(?:/[^\s\"':,\]]+)*"  # an absolute path's leading directories
READER_PATHS: list[tuple[str, str]] = [
    (
        _PREFIX + r"/((?:examples|docs|tests)/)",
        r"\1",
    ),  # .../checkout/examples/ch05/x.py -> examples/ch05/x.py
    (
        _PREFIX + r"(/(?:lib|bin)/python)",
        r"<python>\1",
    ),  # .../usr/lib/python3.15/... -> <python>/lib/python3.15/...
]


# What READER_PATHS leaves none of in what a page shows (tests/test_recordings.py, tests/test_notebooks.py).
MACHINE_PATH = re.compile(
    r"/[^\s\"':,\]<>]+/(?:lib/python3|bin/python|examples/|tests/)"
)


def reader_paths(text: str) -> str:
    for pattern, replacement in READER_PATHS:
        text = re.sub(pattern, replacement, text)
    return text


# Always applied when comparing, after READER_PATHS: what changes between Python versions and builds
# of the same version (stdlib line numbers, the interpreter's file name).
ALWAYS: list[tuple[str, str]] = [
    (
        r'File "<python>/lib/python3\.\d+t?/([^"\n]+)", line \d+',
        r'File "<stdlib>/\1", line <N>',
    ),
    (r'File "<frozen (\w+)>", line \d+', r'File "<frozen \1>", line <N>'),
    # warnings name the stdlib file and line the same way: <python>/lib/python3.15/multiprocessing/popen_fork.py:76:
    (r"<python>/lib/python3\.\d+t?/(\S+\.py):\d+:", r"<stdlib>/\1:<N>:"),
    (r"<python>/bin/python3?(?:\.\d+)?t?\b", "<python>"),
]


# A whole number as printed: digits grouped by thousands ("21,234 msg/s") are one number, never a PID,
# though a group may equal one; a decimal's digits are never a PID either.
_NUMBER = r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.])|(?<![\d.])\d+(?![\d.])"


def _pid_placeholders(
    text: str, pids: Iterable[int], numbered: bool, kept: Collection[int] = ()
) -> str:
    """Replace each known PID by <PID1>, <PID2>, ... in order of first appearance.

    Numbering keeps relations visible ("the child's PPID is the parent's PID") while the values
    themselves may change. In relaxed order the first appearance is not stable, so all become <PID>.
    `kept`: which occurrences of PID values (counted from 0 in order) are read as plain numbers.
    """
    known = {str(p) for p in pids}
    if not known:
        return text
    names: dict[str, str] = {}
    occurrence = itertools.count()

    def replace(match: re.Match[str]) -> str:
        number = match.group(0)
        if number not in known or next(occurrence) in kept:
            return number
        if not numbered:
            return "<PID>"
        return names.setdefault(number, f"<PID{len(names) + 1}>")

    return re.sub(_NUMBER, replace, text)


def _before_pids(text: str) -> str:
    text = reader_paths(text.replace("\r\n", "\n"))
    for pattern, replacement in ALWAYS:
        text = re.sub(pattern, replacement, text)
    return text


def _after_pids(
    text: str,
    volatile: Iterable[str],
    patterns: Iterable[tuple[str, str]],
    relaxed: bool,
) -> str:
    for name in volatile:
        for pattern, replacement in NAMED_PATTERNS[name]:
            text = re.sub(pattern, replacement, text)
    for pattern, replacement in patterns:
        text = re.sub(pattern, replacement, text)
    lines = [line.rstrip() for line in text.splitlines()]
    if relaxed:
        lines.sort()
    return "\n".join(lines) + ("\n" if lines else "")


def normalize(
    text: str,
    pids: Iterable[int] = (),
    volatile: Iterable[str] = (),
    patterns: Iterable[tuple[str, str]] = (),
    relaxed: bool = False,
) -> str:
    text = _pid_placeholders(_before_pids(text), pids, numbered=not relaxed)
    return _after_pids(text, volatile, patterns, relaxed)


def plain_numbers(normalized: str) -> set[str]:
    """The numbers a normalized text still shows as numbers (its PIDs are placeholders by now)."""
    return set(re.findall(_NUMBER, normalized))


# At most 2**8 readings: more collisions than that in one output would not be chance.
MOST_AMBIGUOUS = 8


def readings(
    text: str,
    pids: Iterable[int],
    volatile: Iterable[str] = (),
    patterns: Iterable[tuple[str, str]] = (),
    relaxed: bool = False,
    values: Collection[str] = (),
) -> Iterator[str]:
    """Every way to normalize `text` when a PID may also be a value the program printed.

    A process's PID can equal a number printed for another reason (a count of 500 while a worker
    is PID 500). Each occurrence of a PID value that is also in `values` is read both ways, as a
    PID and as that number; the first reading is normalize()'s.
    """
    text = _before_pids(text)
    known = {str(p) for p in pids}
    found = [n for n in re.findall(_NUMBER, text) if n in known]
    ambiguous = [i for i, n in enumerate(found) if n in values][:MOST_AMBIGUOUS]
    for size in range(len(ambiguous) + 1):
        for kept in itertools.combinations(ambiguous, size):
            read = _pid_placeholders(text, known, numbered=not relaxed, kept=kept)
            yield _after_pids(read, volatile, patterns, relaxed)
