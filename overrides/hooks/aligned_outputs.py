"""Lines of a recorded output that line up in columns keep their shape; the other long lines wrap.

Recorded outputs wrap their long lines (docs/stylesheets/recorded-output.css), so that a warning or
a traceback's last line is on screen whole. But a wrapped table row, progress bar or traceback
caret line no longer lines up with its neighbours, and on a phone (about 40 columns of output) most
tables wrapped. Here each such line is put in <span class="mpdocs-aligned">, which never wraps; the
block then scrolls sideways, with a shadow at the edge that has more.

Which lines line up:
- in a block with at least two lines that hold a gap of two or more spaces between words (the
  columns of a table), every line no longer than the longest such line: the table's rows, its
  headers and the rows that happen to have no gap (a full progress bar);
- a line of traceback carets (^^^ ~~~) and the line of code above it, which they point into;
- a line of code continued from the line above (which ends with "(", "[", "{" or ","), indented
  8 or more columns deeper, and that line: the continuation lines up with the bracket.

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
GAP = re.compile(r"\S {2,}[^\s:=]")  # not the padding of a label before its ":" or "="
CARETS = re.compile(r"\s*[\^~]+[\s\^~]*")
OPENING = ("(", "[", "{", ",")


def aligned_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines that must not wrap."""
    keep = set()
    columns = [len(line) for line in lines if GAP.search(line)]
    if len(columns) >= 2:
        width = max(columns)
        keep |= {
            i for i, line in enumerate(lines) if line.strip() and len(line) <= width
        }
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
    keep = aligned_lines(text)
    for i, line in enumerate(text):
        if i in keep:
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
