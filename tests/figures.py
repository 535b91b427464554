"""Figures in prose come from the outputs on the same page (tests/test_figures.py runs it).

A figure is a number with a unit or a ratio: 1.7×, 1.7x, 3 times, 3 倍, 5%, 20 ms, 20 毫秒, 0.5 s,
0.5 秒, 100 µs, 64 KiB, 65536 bytes, 65536 字节, 1 MB/s, 242,576/s, 242,576 msg/s ... (ranges such
as 5–10% are two figures). Units are compared in a canonical form (秒 = s, 倍 = times = × = x,
字节 = bytes = B, 条/秒 = msg/s = /s ...), so one rule and one allowlist entry serve both languages.

Ratios in words count too: twice, two..ten times, a hundred times (followed by as, the, faster,
slower, more ...: "forks twice" is no ratio), and 两倍. A figure after "more
than", "at least", 超过, 至少 (or before 以上, 多) is a lower bound: any printed value above it
matches as well; after "less than", "up to", 不到, 最多 (or before 以内, 以下) an upper bound.

Matching rule. A prose figure N (with d decimals) and unit U matches an output number V when V,
rounded half-up to d decimals, equals N (1.33× in prose matches 1.33, 1.334 or 1.3 prints as
"1.3×" from 1.33; "2×" matches 1.5 to 2.49) and V carries unit U in the output: written right
after it (1.7x, 176.3 ms), or V is a bare number in an output that names U somewhere, e.g. a
column header "start (ms)" or "speedup" for a ratio. Thousands separators (242,576 / 1 000 000)
are ignored. No unit conversion: prose says "0.1 ms" only if the output prints milliseconds.

The outputs of a page are listed in tests/prose.py (included views and their stored runs; a
notebook's cell outputs). A figure that is not measured (a constant the code sets, a sleep, a
kernel default, a documented limit) is listed with its reason in tests/allowlists/figures.toml.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from tests import pages, prose
from tests.harness.paths import DOCS, EXAMPLES, ROOT

ALLOWLIST = ROOT / "tests" / "allowlists" / "figures.toml"

_SEP = r"[,\u00a0\u202f ]"
NUMBER = rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Canonical unit -> spellings (longest first in the pattern). Word units need a word boundary.
UNITS = {
    "×": [r"×", r"x(?![A-Za-z])", r"times\b", r"倍"],
    "%": [r"%", r"％", r"percent\b"],
    "ns": [r"ns\b", r"nanoseconds?\b", r"纳秒"],
    "µs": [r"µs\b", r"μs\b", r"us\b", r"microseconds?\b", r"微秒"],
    "ms": [r"ms\b", r"milliseconds?\b", r"毫秒"],
    "s": [r"s\b", r"secs?\b", r"seconds?\b", r"秒"],
    "min": [r"minutes?\b", r"min\b", r"分钟"],
    "B/s": [r"B/s\b"],
    "KiB/s": [r"KiB/s\b"],
    "KB/s": [r"KB/s\b"],
    "MiB/s": [r"MiB/s\b"],
    "MB/s": [r"MB/s\b"],
    "GiB/s": [r"GiB/s\b"],
    "GB/s": [r"GB/s\b"],
    "/s": [
        r"msg/s\b",
        r"/s\b",
        r"messages? (?:a|per) second\b",
        r"次/秒",
        r"条/秒",
        r"个/秒",
    ],
    "B": [r"B\b", r"bytes?\b", r"字节"],
    "KiB": [r"KiB\b"],
    "KB": [r"KB\b", r"kB\b"],
    "MiB": [r"MiB\b"],
    "MB": [r"MB\b"],
    "GiB": [r"GiB\b"],
    "GB": [r"GB\b"],
}
_SPELLINGS = sorted(
    ((spelling, unit) for unit, spellings in UNITS.items() for spelling in spellings),
    key=lambda pair: -len(pair[0].replace("\\b", "")),
)
UNIT = "|".join(f"(?P<u{i}>{spelling})" for i, (spelling, _) in enumerate(_SPELLINGS))
FIGURE = re.compile(
    rf"(?<![A-Za-z0-9_.,/#-])(?P<a>{NUMBER})(?:\s*[–—~～至到-]\s*(?P<b>{NUMBER}))?\s?(?:{UNIT})"
)
BARE = re.compile(rf"(?<![A-Za-z0-9_.])(?:{NUMBER})(?![A-Za-z0-9_%])")
# Words by which an output names a unit for its bare numbers (column headers and the like).
UNIT_NAMED = re.compile(
    r"(?<![\w/])("
    + "|".join(re.escape(unit) for unit in sorted(UNITS, key=len, reverse=True))
    + r")(?![\w/])"
)
NAMES_UNIT = {"×": re.compile(r"speedup|ratio|加速比|倍", re.IGNORECASE)}


def _unit_of(match: re.Match[str]) -> str:
    for i, (_, unit) in enumerate(_SPELLINGS):
        if match.group(f"u{i}") is not None:
            return unit
    raise AssertionError(match)


def _value(number: str) -> Decimal:
    return Decimal(re.sub(_SEP, "", number))


@dataclass(frozen=True)
class Figure:
    number: str  # as written, separators removed: "242576", "1.33"
    unit: str  # canonical
    written: str  # as written in the text
    bound: str = "="  # ">": the prose says "more than N" (超过 N, N 倍以上); "<": "less than N" (不到 N)

    @property
    def canonical(self) -> str:
        return f"{self.number} {self.unit}"


# Ratios written in words: twice, two..ten times, a hundred times, 两倍.
_WORDS = {
    w: str(n)
    for n, w in enumerate(
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], 2
    )
}
_COMPARED = r"(?= (?:as|the|faster|slower|more|fewer|less|larger|smaller|longer|shorter)\b)"  # not "forks twice"
WORD_RATIO = re.compile(
    rf"\b(?:(?P<twice>twice)|(?P<n>two|three|four|five|six|seven|eight|nine|ten|a hundred) times){_COMPARED}|(?P<liang>两倍)",
    re.IGNORECASE,
)
MORE = re.compile(
    r"(?:more than|over|at least|above|greater than|超过|至少|不止|高于|大于)\s*(?:about\s*|约\s*)?$",
    re.IGNORECASE,
)
LESS = re.compile(
    r"(?:less than|under|at most|up to|below|fewer than|不到|少于|最多|低于|小于|不超过)\s*(?:about\s*|约\s*)?$",
    re.IGNORECASE,
)
MORE_AFTER = re.compile(r"^\s*(?:以上|多)")
LESS_AFTER = re.compile(r"^\s*(?:以内|以下|之内)")


def _bound(text: str, start: int, end: int) -> str:
    before, after = text[max(0, start - 20) : start], text[end : end + 4]
    if MORE.search(before) or MORE_AFTER.match(after):
        return ">"
    if LESS.search(before) or LESS_AFTER.match(after):
        return "<"
    return "="


def figures_in(text: str) -> list[Figure]:
    found = []
    for match in FIGURE.finditer(text):
        unit = _unit_of(match)
        bound = _bound(text, match.start(), match.end())
        for number in filter(None, (match.group("a"), match.group("b"))):
            found.append(Figure(re.sub(_SEP, "", number), unit, match.group(0), bound))
    for match in WORD_RATIO.finditer(text):
        word = (match.group("n") or "").lower()
        number = "100" if word == "a hundred" else _WORDS.get(word, "2")
        found.append(
            Figure(
                number, "×", match.group(0), _bound(text, match.start(), match.end())
            )
        )
    return found


@dataclass
class Outputs:
    """The numbers of a page's outputs, each with the units it may carry."""

    numbers: list[tuple[Decimal, set[str]]]

    @classmethod
    def of(cls, texts: list[str]) -> Outputs:
        numbers: list[tuple[Decimal, set[str]]] = []
        for text in dict.fromkeys(
            texts
        ):  # a run's normalized text is often its output as is
            if not any(char.isdigit() for char in text):
                continue
            matches = list(FIGURE.finditer(text))
            with_unit = {(m.start("a"), m.end("a")) for m in matches}
            for figure_match in matches:
                unit = _unit_of(figure_match)
                for name in ("a", "b"):
                    if figure_match.group(name):
                        numbers.append((_value(figure_match.group(name)), {unit}))
            # A bare number counts only if it is a measurement (has decimals) in an output that names
            # a unit as a word of its own, e.g. a column header "time (ms)" or "speedup".
            named = set(UNIT_NAMED.findall(text))
            named |= {unit for unit, words in NAMES_UNIT.items() if words.search(text)}
            if not named:
                continue
            for bare in BARE.finditer(text):
                if "." in bare.group(0) and (bare.start(), bare.end()) not in with_unit:
                    numbers.append((_value(bare.group(0)), named))
        return cls(numbers)

    def has(self, figure: Figure) -> bool:
        wanted = Decimal(figure.number)
        places = Decimal(1).scaleb(wanted.as_tuple().exponent)  # 1, 0.1, 0.01 ...
        for value, units in self.numbers:
            for unit in units:
                converted = convert(value, unit, figure.unit)
                if converted is None:
                    continue
                if converted.quantize(places, rounding=ROUND_HALF_UP) == wanted:
                    return (
                        True  # the figure itself (or a verdict's threshold) is printed
                    )
                if (figure.bound == ">" and converted > wanted) or (
                    figure.bound == "<" and converted < wanted
                ):
                    return True  # "more than N" / "less than N", and a printed value is
        return False


# Units of one dimension convert exactly into each other (an output's 262144 B is the prose's 256 KiB,
# its 0.156 s the prose's 156 ms); units of different dimensions never match.
SCALE = {
    "ns": ("time", Decimal("1e-9")),
    "µs": ("time", Decimal("1e-6")),
    "ms": ("time", Decimal("1e-3")),
    "s": ("time", Decimal(1)),
    "min": ("time", Decimal(60)),
    "B": ("size", Decimal(1)),
    "KiB": ("size", Decimal(1024)),
    "MiB": ("size", Decimal(1024**2)),
    "GiB": ("size", Decimal(1024**3)),
    "KB": ("size", Decimal(1000)),
    "MB": ("size", Decimal(1000**2)),
    "GB": ("size", Decimal(1000**3)),
}
SCALE |= {
    f"{unit}/s": ("rate", scale)
    for unit, (dimension, scale) in SCALE.items()
    if dimension == "size"
}


def convert(value: Decimal, unit: str, to: str) -> Decimal | None:
    if unit == to:
        return value
    if unit in SCALE and to in SCALE and SCALE[unit][0] == SCALE[to][0]:
        return value * SCALE[unit][1] / SCALE[to][1]
    return None


@dataclass(frozen=True)
class Allowed:
    figure: str  # canonical, e.g. "0.2 s"
    pages: tuple[
        str, ...
    ]  # globs relative to the repository, e.g. "docs/07-pools-and-subprocess*"
    reason: str


def load_allowlist(path: Path = ALLOWLIST) -> list[Allowed]:
    if not path.exists():
        return []
    entries = tomllib.loads(path.read_text(encoding="utf-8")).get("allow", [])
    allowed = []
    for number, entry in enumerate(entries, start=1):
        missing = {"figure", "pages", "reason"} - set(entry)
        if missing or not str(entry.get("reason", "")).strip():
            raise ValueError(
                f"{pages.rel(path)}: [[allow]] #{number} needs figure, pages and a reason ({entry})"
            )
        figure = figures_in(entry["figure"])
        if len(figure) != 1:
            raise ValueError(
                f"{pages.rel(path)}: [[allow]] #{number}: {entry['figure']!r} is not one figure"
            )
        allowed.append(
            Allowed(figure[0].canonical, tuple(entry["pages"]), entry["reason"])
        )
    return allowed


def _allowed(figure: Figure, page: str, allowlist: list[Allowed]) -> bool:
    return any(
        entry.figure == figure.canonical
        and any(fnmatch.fnmatch(page, glob) for glob in entry.pages)
        for entry in allowlist
    )


def figure_problems(
    path: Path, examples: Path = EXAMPLES, allowlist: list[Allowed] | None = None
) -> list[str]:
    allowlist = load_allowlist() if allowlist is None else allowlist
    outputs = Outputs.of(prose.output_texts(path, examples))
    page = pages.rel(path)
    problems = []
    for line in prose.prose_lines(path):
        for figure in figures_in(line.text):
            if outputs.has(figure) or _allowed(figure, page, allowlist):
                continue
            problems.append(
                f"{page}:{line.number}: the figure {figure.written!r} ({figure.canonical}) is in no recorded output "
                f"on this page. Write what the output beside it prints (rounding allowed: 1.33 may read 1.3×), "
                f"speak of what the example prints as its verdict, or, for a constant the code sets (a sleep, a "
                f"size, a default), add it with its reason to {pages.rel(ALLOWLIST)}"
            )
    return problems


def all_figure_problems(docs: Path = DOCS, examples: Path = EXAMPLES) -> list[str]:
    allowlist = load_allowlist()
    return [
        problem
        for path in pages.all_pages(docs)
        for problem in figure_problems(path, examples, allowlist)
    ]
