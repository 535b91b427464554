"""Lines of a recorded output that line up in columns keep their shape; the other long lines wrap.

Recorded outputs wrap their long lines (docs/stylesheets/recorded-output.css), so that a warning or
a traceback's last line is on screen whole. But a wrapped table row, progress bar or traceback
caret line no longer lines up with its neighbours, and on a phone (about 40 columns of output) most
tables wrapped. Here each such line is put in <span class="mpdocs-aligned">, which never wraps; the
block then scrolls sideways, with a shadow at the edge that has more.

Which lines line up:
- in a block with at least two lines that hold a gap of two or more spaces between words (the
  columns of a table), the table's rows: the lines from the one above the first such line (its
  header) to the last such line, or past it to the end of a run of full progress bars (as long
  as the longest, with a filling such as "###"), that are no longer than the longest. A shorter
  line after the table (a verdict, a summary) is prose and wraps;
- a line of traceback carets (^^^ ~~~) and the line of code above it, which they point into;
- a line of code continued from the line above (which ends with "(", "[", "{" or ","), indented
  8 or more columns deeper, and that line: the continuation lines up with the bracket.

A table whose last column starts within ROW_WRAP_MAX columns of the left (a label, then a result
such as an error message) puts its rows in <span class="mpdocs-aligned mpdocs-row" style="--cell:
Nch">, N that column: a row too long for the screen wraps inside its last column, under itself,
and the columns to its left keep their shape (on a phone, "import psutil   ImportError: ..." is
read whole instead of cut at the edge). A table whose last column starts further right scrolls.

Every other line is put in <span class="mpdocs-wrap" style="--lead: Nch">, N its leading spaces:
where it wraps, its continuation is indented 2 columns deeper than its own text (a hanging
indent), so that a wrapped frame of a traceback still reads as one frame.
"""

from __future__ import annotations

import html
import re

OUTPUT = re.compile(r'<div class="admonition output">')
DIV = re.compile(r"<(/?)div\b")
CODE = re.compile(r"(<pre><span></span><code>)(.*?)(</code></pre>)", re.DOTALL)
# Ends where the next column starts; not the padding of a label before its ":" or "=".
GAP = re.compile(r"\S {2,}(?=[^\s:=])")
CARETS = re.compile(r"\s*[\^~]+[\s\^~]*")
BAR = re.compile(r"([^\w\s])\1\1")  # "###", "===", "███": a progress bar's filling
OPENING = ("(", "[", "{", ",")
# About 40 columns of output fit on a phone: a row may wrap its last column if some 24 are left for it.
ROW_WRAP_MAX = 16


def table_rows(lines: list[str]) -> set[int]:
    """The indexes of the lines of the block's table (none if fewer than two lines have a gap)."""
    gapped = [i for i, line in enumerate(lines) if GAP.search(line)]
    if len(gapped) < 2:
        return set()
    width = max(len(lines[i]) for i in gapped)
    first, last = gapped[0], gapped[-1]
    while last + 1 < len(lines) and len(lines[last + 1]) == width and BAR.search(lines[last + 1]):
        last += 1  # a full progress bar, as long as the longest row
    return {
        i
        for i in range(max(first - 1, 0), last + 1)
        if lines[i].strip() and len(lines[i]) <= width
    }


def last_column(lines: list[str], rows: set[int]) -> int | None:
    """Where the table's last column starts, if a row may wrap inside it (see ROW_WRAP_MAX)."""
    starts = [gaps[-1].end() for i in rows if (gaps := list(GAP.finditer(lines[i])))]
    return max(starts) if starts and max(starts) <= ROW_WRAP_MAX else None


def aligned_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines that must not wrap (a table's rows may, inside their last column)."""
    return table_rows(lines) | pointed_lines(lines)


def pointed_lines(lines: list[str]) -> set[int]:
    """Traceback carets and the line they point into; a call continued under its bracket, and its start."""
    keep = set()
    for i, line in enumerate(lines):
        if line.strip() and CARETS.fullmatch(line):
            keep |= {i, i - 1} if i else {i}
        elif i and line.strip() and _continues(lines[i - 1], line):
            keep |= {i, i - 1}
    return keep


def _continues(above: str, line: str) -> bool:
    """`line` carries on the call `above` left open, under its bracket."""
    return above.rstrip().endswith(OPENING) and _lead(line) >= _lead(above) + 8


def _lead(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _mark(match: re.Match[str]) -> str:
    start, body, end = match.groups()
    lines = body.split("\n")
    text = [html.unescape(line) for line in lines]
    rows = table_rows(text)
    keep = rows | pointed_lines(text)
    cell = last_column(text, rows)
    for i, line in enumerate(text):
        if i in rows and cell is not None:
            lines[i] = f'<span class="mpdocs-aligned mpdocs-row" style="--cell: {cell}ch">{lines[i]}</span>'
        elif i in keep:
            lines[i] = f'<span class="mpdocs-aligned">{lines[i]}</span>'
        elif line.strip():
            lines[i] = (
                f'<span class="mpdocs-wrap" style="--lead: {_lead(line)}ch">{lines[i]}</span>'
            )
    return start + "\n".join(lines) + end


def _output_end(text: str, start: int) -> int:
    """Where the output block opened at `start` closes (its divs counted; code inside is escaped)."""
    depth = 0
    for tag in DIV.finditer(text, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.end()
    return len(text)


def mark_aligned(text: str) -> str:
    parts, done = [], 0
    for block in OUTPUT.finditer(text):
        if block.start() < done:
            continue  # inside the previous block
        end = _output_end(text, block.start())
        parts += [
            text[done : block.start()],
            CODE.sub(_mark, text[block.start() : end]),
        ]
        done = end
    return "".join(parts) + text[done:]


def on_page_content(html_text, page, config, **kwargs):
    return mark_aligned(html_text)
