"""The glossary against the chapters: every defined term is in it, each row links to the section that explains it.

A chapter *defines* a term where its Chinese page writes the term in bold with its English original
in parentheses right after it, the way a term is introduced on first use:
`**僵尸进程（zombie process）**` or `**回收**（reap）`. Bold used for emphasis has no such
parentheses and is not a definition; a bold term with no Chinese in it (`**EEVDF**`) is a name, not
a translation. The rules, each failing with the file, the line and what to do:

- every term a Chinese chapter defines is a row of docs/glossary.md (its 中文 column, terms
  separated by " / "), and that row links to the section (`page.md#heading-id`) where the chapter
  defines it (defined in a chapter's introduction, before its first section: any section of it);
- every glossary link, in both glossaries, names a section: `#id`, a heading id of the target page,
  never the chapter top (links into notebook pages are exempt until their headings carry ids:
  Markdown's `{ #id }` does not reach them);
- docs/glossary.en.md has a row for the same Chinese terms, with the same links;
- the same link rule holds for the rows of chapter 9's pitfall table (section `common-pitfalls`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from tests import pages
from tests.harness.paths import DOCS

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_TERM_IN = rf"[^*（(]*[{HAN}][^*（(]*"
_ENGLISH = r"[A-Za-z][^，,；;）)]*"
DEFINITION = re.compile(
    rf"\*\*(?P<a>{_TERM_IN})\*\*[（(](?P<a_en>{_ENGLISH})|\*\*(?P<b>{_TERM_IN})[（(](?P<b_en>{_ENGLISH})[^*]*[）)]\*\*"
)
LINK = re.compile(r"\]\((?P<target>[^)#\s]+)(?:#(?P<fragment>[^)\s]+))?\)")
NOT_CHAPTERS = ("index", "glossary")
_read = functools.lru_cache(maxsize=None)(
    pages.read_page
)  # a page is read once per run, not once per link


@dataclass
class Definition:
    term: str
    english: str
    page: Path
    line: int
    section: (
        str | None
    )  # heading id of the section the line is in; None in the page's introduction


@dataclass
class Row:
    terms: list[str]  # the 中文 column, split at " / "
    links: list[tuple[str, str | None]]  # (target, fragment)
    line: int


def _section_at(page: pages.Page, number: int) -> str | None:
    """The id of the last heading below the title (#) above line `number`: None in the introduction."""
    current = None
    for (level, _, line), (heading_id, _, _) in zip(page.headings, page.heading_ids):
        if line > number:
            break
        current = heading_id if level > 1 else None
    return current


def _top_id(path: Path) -> str | None:
    """The id of the page title (#), i.e. the chapter top."""
    page = _read(path)
    for (level, _, _), (heading_id, _, _) in zip(page.headings, page.heading_ids):
        if level == 1:
            return heading_id
    return None


def definitions(docs: Path = DOCS) -> list[Definition]:
    """Every term a Chinese chapter defines, first definition of each term per page."""
    found = []
    for path in pages.zh_pages(docs):
        if path.stem in NOT_CHAPTERS:
            continue
        page = pages.read_page(path)
        seen = set()
        for line in page.lines:
            if line.fence is not None:
                continue
            for match in DEFINITION.finditer(line.text):
                term = (match.group("a") or match.group("b")).strip()
                english = (match.group("a_en") or match.group("b_en")).strip()
                if term not in seen:
                    seen.add(term)
                    found.append(
                        Definition(
                            term,
                            english,
                            path,
                            line.number,
                            _section_at(page, line.number),
                        )
                    )
    return found


def rows(glossary: Path, chinese_column: int) -> list[Row]:
    """The glossary table's rows (below its header rule)."""
    found = []
    page = pages.read_page(glossary)
    headers = set(page.tables)  # line numbers of each table's header row
    for line in page.lines:
        cells = [cell.strip() for cell in line.text.strip().strip("|").split("|")]
        if (
            line.fence is not None
            or not line.text.lstrip().startswith("|")
            or len(cells) < 2
        ):
            continue
        if line.number in headers or pages.TABLE_RULE.match(line.text):
            continue
        terms = [term.strip() for term in cells[chinese_column].split(" / ")]
        links = [
            (m.group("target"), m.group("fragment")) for m in LINK.finditer(line.text)
        ]
        found.append(Row(terms, links, line.number))
    return found


def _covers(row: Row, term: str) -> bool:
    return any(
        cell == term or re.sub(r"[（(].*$", "", cell).strip() == term
        for cell in row.terms
    )


def section_rows(path: Path, section: str) -> list[Row]:
    """The table rows of one section of a page (up to the next heading), e.g. chapter 9's pitfalls."""
    page = _read(path)
    lines = [line for heading_id, _, line in page.heading_ids]
    ids = [heading_id for heading_id, _, _ in page.heading_ids]
    if section not in ids:
        return []
    start = lines[ids.index(section)]
    end = (
        lines[ids.index(section) + 1] if ids.index(section) + 1 < len(lines) else 10**9
    )
    return [row for row in rows(path, 0) if start < row.line < end]


def link_problems(
    glossary: Path,
    chinese_column: int,
    docs: Path = DOCS,
    table: list[Row] | None = None,
) -> list[str]:
    """Every link of the glossary's rows (or of `table`) names a section of its target, not its top."""
    problems = []
    for row in rows(glossary, chinese_column) if table is None else table:
        if not row.links:
            problems.append(
                f"{pages.rel(glossary)}:{row.line}: row {' / '.join(row.terms)!r} links to no section; "
                "link the section that explains it, e.g. [第 6 章](06-ipc-and-synchronization.md#queue)"
            )
        for target, fragment in row.links:
            page = docs / target
            if page.suffix == ".ipynb":
                continue  # notebook headings get their ids elsewhere (see the module docstring)
            if not fragment or (page.is_file() and fragment == _top_id(page)):
                problems.append(
                    f"{pages.rel(glossary)}:{row.line}: {' / '.join(row.terms)!r} links to the top of {target}; "
                    f"link the section that explains it: {target}#<heading id>"
                )
            elif page.is_file() and fragment not in {
                i for i, _, _ in _read(page).heading_ids
            }:
                problems.append(
                    f"{pages.rel(glossary)}:{row.line}: {' / '.join(row.terms)!r} links to {target}#{fragment}, "
                    f"but no heading of {target} has that id"
                )
    return problems


def coverage_problems(docs: Path = DOCS) -> list[str]:
    """Each defined term has a row, linking to a section where a chapter defines it (any, if several do)."""
    glossary = docs / "glossary.md"
    table = rows(glossary, 0)
    by_term: dict[str, list[Definition]] = {}
    for definition in definitions(docs):
        by_term.setdefault(definition.term, []).append(definition)
    problems = []
    for term, defined in by_term.items():
        first = defined[0]
        where = f"{pages.rel(first.page)}:{first.line}"
        section = first.section or "<the section that explains it>"
        # Defined in a chapter's introduction (before its first section): any section of that chapter.
        wanted = {
            f"{d.page.name}#{section}"
            for d in defined
            for section in (
                [d.section]
                if d.section
                else [i for i, _, _ in _read(d.page).heading_ids][1:]
            )
        }
        row = next((row for row in table if _covers(row, term)), None)
        if row is None:
            problems.append(
                f"{where} defines **{term}** ({first.english}), which {pages.rel(glossary)} lacks; add a row: "
                f"| {term} | {first.english} | … | [N.N]({first.page.name}#{section}) | "
                "(and its twin in glossary.en.md)"
            )
        elif not wanted & {f"{t}#{f}" for t, f in row.links}:
            problems.append(
                f"{pages.rel(glossary)}:{row.line}: {term!r} is defined at {where} (section #{section}) "
                f"but its row links {row.links}; link ({first.page.name}#{section})"
            )
    return problems


def twin_problems(docs: Path = DOCS) -> list[str]:
    zh = {tuple(row.terms): row for row in rows(docs / "glossary.md", 0)}
    en = {tuple(row.terms): row for row in rows(docs / "glossary.en.md", 1)}
    problems = []
    for terms in zh.keys() - en.keys():
        problems.append(
            f"docs/glossary.md:{zh[terms].line}: {' / '.join(terms)!r} has no row in docs/glossary.en.md "
            "(its 中文 column, the same terms); add it"
        )
    for terms in en.keys() - zh.keys():
        problems.append(
            f"docs/glossary.en.md:{en[terms].line}: {' / '.join(terms)!r} has no row in docs/glossary.md; "
            "add it there, or fix the Chinese column"
        )
    for terms in zh.keys() & en.keys():
        if sorted(zh[terms].links) != sorted(en[terms].links):
            problems.append(
                f"docs/glossary.en.md:{en[terms].line}: {' / '.join(terms)!r} links {en[terms].links}, "
                f"docs/glossary.md:{zh[terms].line} links {zh[terms].links}; link the same sections"
            )
    return problems
