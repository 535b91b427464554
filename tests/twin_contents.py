"""Twins say the same things: section by section (and table by table), the Chinese page and its
English twin hold the same multiset of numbers and of `inline code` spans (tests/test_twin_contents.py).

Sections are keyed by position: the k-th heading of one page faces the k-th heading of the other
(tests/test_parity.py already proves the heading levels line up); a heading's `{ #id }`, when
present on both, names the section in messages. A section's items are those of its prose lines
(tests/prose.py: no code blocks, no HTML comments, no link targets), tables apart: the k-th table
of a page faces the k-th table of the twin, row by row.

Numbers are digit strings as written, thousands separators removed (242,576 = 242 576 = 242576),
dotted section numbers kept whole (6.7.1), compared as multisets (a number said twice on one side
only is a difference). Inline code is compared verbatim, as sets (the same names, each mentioned
at least once on both sides). Numbers spelled as words (three, 三) are not numbers here: where one
language writes digits, the other writes the same digits. Intended differences
(a number a language writes as a word, an example that only one language needs) are listed, with
their reason, in tests/allowlists/twin_contents.toml.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests import pages, prose
from tests.harness.paths import ROOT

ALLOWLIST = ROOT / "tests" / "allowlists" / "twin_contents.toml"
NUMBER = re.compile(
    r"(?<![\w.])(?:\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?:\.\d+)*(?!\d|\.\d)"
)
CODE = re.compile(r"(`+)\s?((?:(?!\1).)+?)\s?\1")
HEADING_ID = re.compile(r"\{\s*#([\w-]+)[^}]*\}")


@dataclass
class Part:
    """A section (prose outside tables) or a table: where it starts and what it holds."""

    title: str
    line: int
    numbers: Counter = field(default_factory=Counter)
    code: Counter = field(default_factory=Counter)


def _items(raw: str, reader_text: str) -> tuple[list[str], list[str]]:
    code = [match.group(2) for match in CODE.finditer(prose.HTML_COMMENT.sub("", raw))]
    numbers = [re.sub(r"[,\u00a0\u202f ]", "", n) for n in NUMBER.findall(reader_text)]
    return numbers, code


def parts_of(path: Path) -> tuple[list[Part], list[Part]]:
    """(sections, tables) of a page, in order."""
    page = pages.load(path)
    heading_lines = {number for _, _, number in page.headings}
    table_lines = set()
    for (
        rule
    ) in page.tables:  # header line number; the table runs while lines start with |
        number = rule
        while number <= len(page.lines) and page.lines[
            number - 1
        ].text.lstrip().startswith("|"):
            table_lines.add(number)
            number += 1
    sections = [Part("(before the first heading)", 1)]
    tables: list[Part] = []
    for line in prose.prose_lines(path):
        if line.number in heading_lines:
            found = HEADING_ID.search(line.raw)
            title = line.raw.strip()
            sections.append(
                Part(f"#{found.group(1)}" if found else title[:60], line.number)
            )
        numbers, code = _items(line.raw, line.text)
        if line.number in table_lines:
            if not tables or line.number - 1 not in table_lines:
                tables.append(Part(f"table #{len(tables) + 1}", line.number))
            target = tables[-1]
        else:
            target = sections[-1]
        target.numbers.update(numbers)
        target.code.update(code)
    return sections, tables


@dataclass(frozen=True)
class Allowed:
    pages: tuple[str, ...]
    items: tuple[
        str, ...
    ]  # "number 3" or "code `x`", the item that one side may have more
    reason: str


def load_allowlist(path: Path = ALLOWLIST) -> list[Allowed]:
    if not path.exists():
        return []
    allowed = []
    for number, entry in enumerate(
        tomllib.loads(path.read_text(encoding="utf-8")).get("allow", []), start=1
    ):
        if (
            not {"pages", "items", "reason"} <= set(entry)
            or not entry["reason"].strip()
        ):
            raise ValueError(
                f"{pages.rel(path)}: [[allow]] #{number} needs pages, items and a reason"
            )
        allowed.append(
            Allowed(tuple(entry["pages"]), tuple(entry["items"]), entry["reason"])
        )
    return allowed


def _difference(zh: Counter, en: Counter, kind: str, excused: Counter) -> list[str]:
    shown = "`{}`" if kind == "code" else "{}"
    found = []
    for side, more, less in (("zh", zh, en), ("en", en, zh)):
        for item, count in (more - less).items():
            extra = count - excused[f"{kind} {item}"]
            if extra > 0:
                found.append(
                    f"{side} only: {kind} {shown.format(item)}"
                    + (f" (×{extra})" if extra > 1 else "")
                )
    return found


def content_problems(
    zh_path: Path, en_path: Path, allowlist: list[Allowed] | None = None
) -> list[str]:
    allowlist = load_allowlist() if allowlist is None else allowlist
    excused = Counter()
    for entry in allowlist:
        if any(fnmatch.fnmatch(pages.rel(zh_path), glob) for glob in entry.pages):
            excused.update(entry.items)
    zh_sections, zh_tables = parts_of(zh_path)
    en_sections, en_tables = parts_of(en_path)
    problems = []
    for what, zh_parts, en_parts in (
        ("section", zh_sections, en_sections),
        ("table", zh_tables, en_tables),
    ):
        for zh, en in zip(zh_parts, en_parts):
            differences = _difference(zh.numbers, en.numbers, "number", excused)
            # Code as a set: naming `x` once more for the flow of one language says nothing new;
            # a name that one language lacks, or spells differently, does.
            differences += _difference(
                Counter(set(zh.code)), Counter(set(en.code)), "code", excused
            )
            if differences:
                where = f"{what} {zh.title!r} (zh line {zh.line}, en line {en.line}, en {en.title!r})"
                problems.append(
                    f"{pages.rel(zh_path)}:{zh.line} vs {pages.rel(en_path)}:{en.line}: {where}: "
                    + "; ".join(differences)
                    + ". Make both languages say the same numbers and the same `code`, or list an intended "
                    f"difference with its reason in {pages.rel(ALLOWLIST)}"
                )
    return problems
