"""Make Material's search index cheaper to build: listings left out before parsing, Chinese cut once.

Material's search plugin parsed every page whole, and its code listings and recorded outputs, one
<span> per highlighted token, were most of the tags it parsed; the index then dropped them anyway
(search_per_language.py). Here the plugin is given the page without its <pre> blocks, and without
the mermaid source of its diagrams and the badges of its example titles, which search previews
showed as text. A table's rows reach it as paragraphs, cells joined by " · ": Material keeps a
<p> in a result's excerpt, and without them a glossary hit ran every cell of every row into one
line ("进程 process 程序的一次执行… 3.1.1 程序 program …").

Every Chinese run of the text goes through jieba, whose dictionary alone takes most of a second to
load. A run's words depend only on the run and on jieba's version, so they are kept in
.cache/search-segments/ between builds: a build whose text did not change loads no dictionary,
and an edit cuts only the runs it touched. The words are those Material's own cut gives, cached or
not (tests/test_search_index_input.py compares them); built with and without this hook, the two
indexes differed only where a removed listing left two spaces in place of one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from mkdocs.plugins import event_priority

# What a reader never searches for, and what made previews noise: listings and outputs, a diagram's
# mermaid source, and an example title's platform badge and download link ("portableDownload").
NOT_INDEXED = re.compile(
    r'<pre\b.*?</pre>|<div\s+class="mermaid">.*?</div>'
    r'|<span class="mpdocs-platform"[^>]*>.*?</span>|<a class="mpdocs-download"[^>]*>.*?</a>',
    re.DOTALL,
)
TABLE_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.DOTALL)
TABLE_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", re.DOTALL)
CELL_SEPARATOR = " · "
HAN_RUN = r"(\p{script: Han}+)"  # the expression Material's _segment_chinese cuts at
CACHE = Path(__file__).resolve().parents[2] / ".cache" / "search-segments"


class SegmentCache:
    """jieba's words for each Chinese run, as Material joins them, read from and saved to one file."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.words: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # no cache yet, or a damaged one: cut everything afresh
            self.words = {}
        self.changed = False

    def cut(self, run: str) -> str:
        words = self.words.get(run)
        if words is None:
            import jieba  # only when a run is missing: importing it is cheap, its first cut is not

            words = self.words[run] = "\u200b".join(jieba.cut(run.encode("utf-8")))
            self.changed = True
        return words

    def save(self) -> None:
        if not self.changed:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(f".{os.getpid()}.tmp")  # two builds at once never mix files
        partial.write_text(json.dumps(self.words, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        partial.replace(self.path)
        self.changed = False


def _cache_path() -> Path:
    import jieba

    version = hashlib.sha256(jieba.__version__.encode()).hexdigest()[:12]
    return CACHE / f"jieba-{version}.json"


_segments: SegmentCache | None = None


def _segmenter():
    """A stand-in for Material's SearchIndex._segment_chinese that asks the cache first."""
    # Compiled as Material compiles it: the standard re has no \p{script: Han}.
    from backrefs import bre

    han_run = bre.compile(HAN_RUN, bre.UNICODE)

    def segment_chinese(data: str) -> str:
        def replace(match) -> str:
            return "\u200b" + _segments.cut(match.group(0)) + "\u200b"

        return han_run.sub(replace, data).strip("\u200b")

    return segment_chinese


def rows_as_paragraphs(html: str) -> str:
    """Each table row as one paragraph of its cells, so that a search excerpt shows rows apart."""

    def paragraph(row: re.Match[str]) -> str:
        cells = [cell.strip() for cell in TABLE_CELL.findall(row.group(1))]
        return f"<p>{CELL_SEPARATOR.join(cell for cell in cells if cell)}</p>"

    return TABLE_ROW.sub(paragraph, html)


def _without_unindexed(add_entry):
    def add_entry_from_context(page) -> None:
        whole = page.content
        page.content = rows_as_paragraphs(NOT_INDEXED.sub("", whole))
        try:
            add_entry(page)
        finally:
            page.content = whole  # the page itself keeps all of it

    add_entry_from_context.prepared = True
    return add_entry_from_context


def on_config(config, **kwargs):
    global _segments
    _segments = SegmentCache(_cache_path())


@event_priority(10)  # before Material's search plugin (priority 0) indexes the page
def on_page_context(context, page, config, **kwargs):
    search = config.plugins.get("material/search")
    index = getattr(search, "search_index", None)
    if index is None or getattr(index.add_entry_from_context, "prepared", False):
        return context
    index.add_entry_from_context = _without_unindexed(index.add_entry_from_context)
    if getattr(index, "_segment_chinese", None) is not None:
        index._segment_chinese = _segmenter()
    return context


def on_post_build(config, **kwargs):
    if _segments is not None:
        _segments.save()
