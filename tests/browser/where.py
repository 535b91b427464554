"""Where in docs/ a problem found in the browser comes from: `docs/<page>.md:<line>`, not a URL.

The crawl reports against built pages (`en/06-ipc-and-synchronization/`); an author fixes a Markdown
file. Each built page knows its source (tests/browser/site.Page.source); the line is found from what
the problem names: the n-th mermaid diagram is the n-th mermaid fence, an example or output is its
`--8<--` include, a URL or file name is the first source line that holds it.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests import pages as markdown

DIAGRAM = re.compile(r"mermaid diagram (\d+)\b")
INCLUDED = re.compile(r'--8<-- "([^"]+)"')
URL = re.compile(
    r"""(?:https?:)?//[^\s'"()<>]+|[\w./-]+\.(?:png|jpe?g|svg|gif|webp|css|m?js|py|md)\b"""
)


def _mermaid_lines(source: Path) -> list[int]:
    return markdown.read_page(source).mermaid


def _first_line_holding(source: Path, needles: list[str]) -> int | None:
    rows = source.read_text(encoding="utf-8").splitlines()
    for needle in needles:
        for number, row in enumerate(rows, start=1):
            if needle and needle in row:
                return number
    return None


def source_line(source: Path | None, problem: str) -> str | None:
    """`docs/x.md:12` (or `docs/x.md` when no line can be told) for a problem on the page built from source."""
    if source is None or not source.is_file():
        return None
    where = markdown.rel(source)
    if source.suffix != ".md":
        return where
    diagram = DIAGRAM.search(problem)
    if diagram:
        lines = _mermaid_lines(source)
        number = int(diagram.group(1))
        return f"{where}:{lines[number - 1]}" if 0 < number <= len(lines) else where
    needles = INCLUDED.findall(problem)
    for url in URL.findall(problem):
        needles += [url, url.rstrip("/").rsplit("/", 1)[-1]]
    line = _first_line_holding(source, needles)
    return f"{where}:{line}" if line else where


def name_problem(page, problem: str) -> str:
    """How a browser test names a problem: the source file and line first, the built page after."""
    where = source_line(page.source, problem)
    return (
        f"{where}: {problem} (built page /{page.path})"
        if where
        else f"/{page.path}: {problem}"
    )
