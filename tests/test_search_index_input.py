"""overrides/hooks/search_index_input.py gives Material's search the same index, built in less time."""

from __future__ import annotations

import re
from types import SimpleNamespace

from material.plugins.search.plugin import SearchIndex

from tests.harness.hooks import load_hook
from tests.harness.paths import DOCS

# Real text to cut: every line of one Chinese chapter that holds a Chinese character.
TEXTS = [
    line
    for line in (DOCS / "04-special-processes.md")
    .read_text(encoding="utf-8")
    .splitlines()
    if re.search(r"[\u4e00-\u9fff]", line)
]


def test_materials_index_still_has_what_the_hook_replaces():
    for name in ("add_entry_from_context", "_segment_chinese"):
        assert callable(getattr(SearchIndex(), name, None)), (
            f"Material's SearchIndex has no {name}() any more: overrides/hooks/search_index_input.py "
            "no longer speeds the index up; check what the search plugin does now and update the hook"
        )


def test_cached_words_are_the_words_material_cuts(tmp_path):
    hook = load_hook("search_index_input")
    expected = [SearchIndex()._segment_chinese(text) for text in TEXTS]
    words = tmp_path / "words.json"
    hook._segments = hook.SegmentCache(words)
    cut = hook._segmenter()
    assert [cut(text) for text in TEXTS] == expected, (
        "cut afresh, the words differ from Material's"
    )
    hook._segments.save()

    hook._segments = hook.SegmentCache(words)
    assert [cut(text) for text in TEXTS] == expected, (
        "read from the cache, the words differ from Material's"
    )
    assert not hook._segments.changed, (
        "an unchanged text was cut again instead of read from the cache"
    )


def test_a_damaged_cache_is_cut_afresh(tmp_path):
    hook = load_hook("search_index_input")
    words = tmp_path / "words.json"
    words.write_text(
        '{"进程": ', encoding="utf-8"
    )  # a build stopped while writing, say
    hook._segments = hook.SegmentCache(words)
    assert hook._segmenter()("僵尸进程") == SearchIndex()._segment_chinese("僵尸进程")


def test_the_index_reads_no_listing_diagram_or_badge_and_the_page_keeps_them():
    hook = load_hook("search_index_input")
    diagram = (
        '<div class="mermaid">flowchart TD\n    A["父进程"] --> B["子进程"]\n</div>'
    )
    title = (
        '<span class="filename mpdocs-example-title"><span class="mpdocs-source">examples/ch10/a.py</span>'
        '<span class="mpdocs-platform" data-platform="portable" title="x">跨平台</span>'
        '<a class="mpdocs-download" href="a.py" download="a.py" title="y">下载</a></span>'
    )
    listing = (
        f'<div class="highlight">{title}<pre><span>print</span>("进程")</pre></div>'
    )
    page = SimpleNamespace(
        content=f"<h2>僵尸进程</h2><p>正文</p>{diagram}{listing}<p>结尾</p>"
    )
    whole = page.content
    read = []
    hook._without_unindexed(lambda p: read.append(p.content))(page)
    indexed = (
        '<h2>僵尸进程</h2><p>正文</p><div class="highlight"><span class="filename mpdocs-example-title">'
        '<span class="mpdocs-source">examples/ch10/a.py</span></span></div><p>结尾</p>'
    )
    assert read == [indexed]
    assert page.content == whole, (
        "the page lost something: only the search index leaves it out"
    )


def test_a_table_row_reaches_the_index_as_one_paragraph_of_its_cells():
    """A search excerpt shows the rows of a table apart (a glossary hit ran all its cells together)."""
    hook = load_hook("search_index_input")
    table = (
        "<table>\n<thead>\n<tr>\n<th>中文</th>\n<th>English</th>\n</tr>\n</thead>\n<tbody>\n"
        '<tr>\n<td>僵尸进程</td>\n<td>zombie process</td>\n<td><a href="04/#zombie">4.1</a></td>\n</tr>\n'
        "</tbody>\n</table>"
    )
    read = []
    hook._without_unindexed(lambda p: read.append(p.content))(SimpleNamespace(content=table))
    assert "<p>中文 · English</p>" in read[0], read[0]
    assert '<p>僵尸进程 · zombie process · <a href="04/#zombie">4.1</a></p>' in read[0], read[0]
