"""A deliberately broken copy of one built page, to prove the browser checks catch what they claim to.

The copy is served next to the original (same directory, so its relative links still work) with
one mermaid diagram's syntax broken, an image from another host, a script that does not exist, a
fetch of the search index as the page loads, a tab label too long for its tab bar, a recorded
output in small type whose long line does not wrap, one whose aligned lines run past the edge
with no shadow (one of them wrapped, and a table row wrapped back to the left edge), and a wide
table with no shadow.
Nothing in docs/ or the built site is touched.
"""

from __future__ import annotations

import dataclasses
import html
import re

from tests.browser.site import BUILT_MERMAID, Page

BROKEN_DIAGRAM = "flowchart TD\n    A[unclosed --> B((\n"
FOREIGN_IMAGE = "https://fonts.example.invalid/proof.png"
MISSING_SCRIPT = "missing-proof.js"
# The index of the copy's own language, fetched at load as only opening search may (relative to the copy).
EAGER_INDEX = '<script>fetch("../search/search_index.json")</script>'
PROOF_NAME = "broken-proof.html"
LONG_TAB_LABEL = "Python 3.11, 3.12, 3.13, 3.14, 3.15 · forkserver, spawn, fork · " * 3
LONG_TABS = (
    '<div class="tabbed-set tabbed-alternate" data-tabs="99:1"><input checked="checked" id="__proof_tab" '
    f'name="__proof_tabs" type="radio"><div class="tabbed-labels"><label for="__proof_tab">{LONG_TAB_LABEL}</label>'
    '</div><div class="tabbed-content"><div class="tabbed-block"><p>proof</p></div></div></div>'
)
CRAMPED_OUTPUT = (
    '<div class="admonition output"><p class="admonition-title">proof</p><pre><code style="font-size: 8px; '
    f'white-space: pre">{"UserWarning: resource_tracker: a line too long to see " * 8}</code></pre></div>'
)
# Aligned lines (overrides/hooks/aligned_outputs.py) that run past the edge without the shadow, and one that wraps.
ALIGNED_ROW = "P1: waiting  0  turnaround  8  response  0   " * 6
# A table row that wraps back to the left edge instead of under its last column (its indent taken away).
WRAPPING_ROW = "import psutil   " + "ImportError: module _psutil_linux does not support loading " * 4
UNCUED_OUTPUT = (
    '<div class="admonition output"><p class="admonition-title">proof</p><pre><code style="background: none">'
    f'<span class="mpdocs-aligned">{ALIGNED_ROW}</span>\n'
    f'<span class="mpdocs-aligned" style="white-space: pre-wrap">{ALIGNED_ROW}</span>\n'
    f'<span class="mpdocs-aligned mpdocs-row" style="--cell: 16ch; padding-left: 0; text-indent: 0">{WRAPPING_ROW}</span>'
    "</code></pre></div>"
)
# A table wider than the page with its edge shadow taken away (scroll-cues.css).
UNCUED_TABLE = (
    '<div class="md-typeset__scrollwrap" style="background: none"><div class="md-typeset__table"><table>'
    f'<tr><td style="white-space: nowrap">{"a cell too wide for the column " * 12}</td></tr></table></div></div>'
)
BROKEN_DIV = f'<div class="mermaid">{html.escape(BROKEN_DIAGRAM, quote=False)}</div>'


def broken_copy(pages: list[Page], site) -> tuple[Page, dict[str, bytes]] | None:
    """(the proof page, {its URL path: its HTML}) built from the first page with a diagram, or None."""
    for page in pages:
        if not page.diagrams:
            continue
        text = (site / page.path / "index.html").read_text(encoding="utf-8")
        # Only the broken diagram is left: the other diagrams would only cost rendering time.
        text = BUILT_MERMAID.sub(lambda _: BROKEN_DIV, text, count=1)
        first = text.index(BROKEN_DIV) + len(BROKEN_DIV)
        text = text[:first] + BUILT_MERMAID.sub("", text[first:])
        text = re.sub(
            r"</body>",
            f'<img src="{FOREIGN_IMAGE}" alt=""><script src="{MISSING_SCRIPT}"></script>{EAGER_INDEX}</body>',
            text,
            count=1,
        )
        text = re.sub(
            r"(<article[^>]*>)",
            lambda m: m.group(1) + LONG_TABS + CRAMPED_OUTPUT + UNCUED_OUTPUT + UNCUED_TABLE,
            text,
            count=1,
        )
        proof = dataclasses.replace(
            page, path=page.path + PROOF_NAME, diagrams=[BROKEN_DIAGRAM]
        )
        return proof, {proof.path: text.encode("utf-8")}
    return None
