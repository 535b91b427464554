"""Twins say the same things: section by section and table by table, the same numbers and the same
`inline code` in the Chinese page and its English twin (rules: tests/twin_contents.py)."""

from __future__ import annotations

import pytest

from tests import pages, twin_contents

PAIRS = [
    pytest.param(page, pages.twin_of(page), id=pages.rel(page))
    for page in pages.all_pages()
    if not pages.is_english(page) and pages.twin_of(page).exists()
]


@pytest.mark.parametrize(("zh", "en"), PAIRS)
def test_twins_hold_the_same_numbers_and_code(zh, en):
    problems = twin_contents.content_problems(zh, en)
    assert not problems, "\n".join(problems)


def test_the_allowlist_is_well_formed():
    twin_contents.load_allowlist()


# ---------------------------------------------------------------------------- fault cases

ZH = """\
# 第 9 章 示例 { #demo }

启动 10 个子进程，每个调用 `work()`。

## 9.1 结果 { #results }

| 通道 | 每秒消息数 |
|---|---|
| `Queue` | 187,612 |
| `Pipe` | 316,043 |
"""
EN = """\
# Chapter 9 Demo { #demo }

Starts 10 children, each calling `work()`.

## 9.1 Results { #results }

| channel | messages per second |
|---|---|
| `Queue` | 187612 |
| `Pipe` | 316 043 |
"""


def twins(tmp_path, zh: str = ZH, en: str = EN):
    zh_path, en_path = tmp_path / "99-demo.md", tmp_path / "99-demo.en.md"
    zh_path.write_text(zh, encoding="utf-8")
    en_path.write_text(en, encoding="utf-8")
    return zh_path, en_path


def test_good_twins_pass(tmp_path):
    assert twin_contents.content_problems(*twins(tmp_path), allowlist=[]) == []


def test_a_number_changed_in_a_table_on_one_page_only_fails(tmp_path):
    zh, en = twins(tmp_path, zh=ZH.replace("316,043", "316,048"))
    problems = twin_contents.content_problems(zh, en, allowlist=[])
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{zh}:7 vs {en}:7: table 'table #1'"), problems
    assert "zh only: number 316048; en only: number 316043" in problems[0]


def test_a_number_changed_in_prose_names_the_section_by_its_id(tmp_path):
    zh, en = twins(tmp_path, en=EN.replace("Starts 10 children", "Starts 12 children"))
    problems = twin_contents.content_problems(zh, en, allowlist=[])
    assert len(problems) == 1 and "section '#demo'" in problems[0], problems
    assert "zh only: number 10; en only: number 12" in problems[0]


def test_a_number_said_twice_on_one_side_fails(tmp_path):
    zh, en = twins(tmp_path, zh=ZH.replace("每个调用", "共 10 个，每个调用"))
    assert twin_contents.content_problems(zh, en, allowlist=[])


def test_inline_code_that_differs_fails(tmp_path):
    zh, en = twins(tmp_path, zh=ZH.replace("`work()`", "`worker()`"))
    problems = twin_contents.content_problems(zh, en, allowlist=[])
    assert (
        len(problems) == 1
        and "zh only: code `worker()`; en only: code `work()`" in problems[0]
    ), problems


def test_sections_keyed_by_position_without_ids(tmp_path):
    zh, en = twins(
        tmp_path,
        zh=ZH.replace(" { #demo }", ""),
        en=EN.replace(" { #demo }", "").replace("10", "11"),
    )
    problems = twin_contents.content_problems(zh, en, allowlist=[])
    assert len(problems) == 1 and "section '# 第 9 章 示例'" in problems[0], problems


def test_an_allowlisted_difference_passes(tmp_path):
    zh, en = twins(tmp_path, zh=ZH.replace("每个调用", "共 10 个，每个调用"))
    allowed = twin_contents.Allowed(
        (str(zh),), ("number 10",), "said twice in Chinese on purpose"
    )
    assert twin_contents.content_problems(zh, en, allowlist=[allowed]) == []
