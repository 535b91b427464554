"""A long code name in a table may wrap where a reader expects it to: after a dot or an opening
parenthesis (`concurrent.futures.` / `ProcessPoolExecutor`, `set_forkserver_preload(` / `on_error=)`).

The stylesheet keeps a name in a table cell whole (scroll-cues.css: Material let it break at any
letter), so on a phone one long name could make a whole table scroll, by as little as 5 px, or
push the glossary's explanations off screen. A <wbr> after each dot and "(" gives the browser
those places to break, and only those. A leading hyphen (`-N`, `-9`, `--help`) stays with what it
belongs to: the browser may break after a hyphen, and did, between `-` and `N`. The browser check (tests/browser/crawl.py, _TABLE_CUES)
still fails a name broken anywhere else.
"""

from __future__ import annotations

import re

TABLE = re.compile(r"<table\b.*?</table>", re.DOTALL)
INLINE_CODE = re.compile(r"(<code\b[^>]*>)(.*?)(</code>)", re.DOTALL)
LEADING_HYPHEN = re.compile(r"(?<![\w-])(-+\w+)")  # an option or a negative number: one unit
BREAK_AFTER = re.compile(r"([.(])(?=[^\s<)\]])")  # not at the end, nor before a space, a tag or a ) or ]


def _breaks(text: str) -> str:
    text = BREAK_AFTER.sub(r"\1<wbr>", text)
    return LEADING_HYPHEN.sub(r'<span class="mpdocs-unbroken">\1</span>', text)


def with_breaks(table: str) -> str:
    def code(match: re.Match[str]) -> str:
        opening, text, closing = match.groups()
        # Entities and tags inside stay as they are: a break goes only after a literal . or (.
        parts = re.split(r"(<[^>]+>|&[#\w]+;)", text)
        text = "".join(part if part.startswith(("<", "&")) else _breaks(part) for part in parts)
        return opening + text + closing

    return INLINE_CODE.sub(code, table)


def on_page_content(html, page, config, **kwargs):
    return TABLE.sub(lambda match: with_breaks(match.group(0)), html)
