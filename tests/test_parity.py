"""Both languages tell the same story: every page has its twin, with the same skeleton.

- docs/X.md (Chinese) <-> docs/X.en.md (English); docs/X.ipynb <-> docs/X.en.ipynb.
- Same heading structure (the sequence of heading levels); on Markdown pages every heading ends with
  an explicit `{ #kebab-case-english-slug }`, unique on the page, the same sequence of ids on both twins
  (links and the language switch land on the same section); the same `--8<--` includes in the
  same order, the same number of mermaid diagrams and of tables.
- No Chinese left on English pages, except a term in parentheses — zombie process (僵尸进程), at most
  pages.TERM_MAX_CJK characters without 。，； (a sentence there fails) —
  or in `inline code`. English pages that must show Chinese (a zh↔en glossary) are listed,
  one path a line, in tests/allowlists/cjk_on_english_pages.txt.
Messages name both files and the first difference.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import pages

ALLOW_CJK = Path(__file__).parent / "allowlists" / "cjk_on_english_pages.txt"


def _allowed_cjk() -> set[str]:
    lines = (
        ALLOW_CJK.read_text(encoding="utf-8").splitlines() if ALLOW_CJK.exists() else []
    )
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


PAIRS = [
    pytest.param(page, pages.twin_of(page), id=pages.rel(page))
    for page in pages.all_pages()
    if not pages.is_english(page) and pages.twin_of(page).exists()
]
ENGLISH = [
    pytest.param(page, id=pages.rel(page))
    for page in pages.all_pages()
    if pages.is_english(page)
]


def test_every_page_has_its_twin():
    problems = pages.twin_problems()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("zh", "en"), PAIRS)
def test_twins_have_the_same_skeleton(zh, en):
    problems = pages.parity_problems(zh, en)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("en", ENGLISH)
def test_no_chinese_on_english_pages(en):
    if pages.rel(en) in _allowed_cjk():
        pytest.skip(f"{pages.rel(en)} is listed in {pages.rel(ALLOW_CJK)}")
    problems = pages.cjk_problems(en)
    assert not problems, "\n".join(problems)
