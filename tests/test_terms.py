"""One Chinese term per concept: no rejected variant (tests/allowlists/terms.zh.toml) in any Chinese page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import pages, terms

CHINESE = [pytest.param(path, id=pages.rel(path)) for path in terms.chinese_pages()]


@pytest.mark.parametrize("page", CHINESE)
def test_one_chinese_term_per_concept(page):
    problems = terms.term_problems(page)
    assert not problems, "\n".join(problems)


def test_the_terms_table_is_consistent():
    table = terms.load_terms()  # raises if a variant rejects its own preferred term
    preferred = [term.preferred for term in table]
    assert len(preferred) == len(set(preferred)), (
        f"a term is preferred for two concepts: {preferred}"
    )
    for term in table:
        for other in table:
            for variant in other.rejected:
                assert not variant.fullmatch(term.preferred), (
                    f"{variant.pattern!r} rejects the preferred {term.preferred!r}"
                )


# ---------------------------------------------------------------------------- fault cases


def page_with(tmp_path: Path, text: str, name: str = "99-demo.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("用 fork 的启动方式创建子进程。", "启动方式"),
        ("进程处于可中断休眠状态。", "可中断休眠"),
        ("由一个后台的 feeder 线程写进管道。", "feeder 线程"),
        ("让 fork server 预先导入这个模块。", "fork server"),
        ("| 多个消费者共用一个结束标记 | 后来的数据没人处理 |", "结束标记"),
        ("刚终止的守护子进程则就此回收。", "守护子进程"),
    ],
)
def test_a_rejected_variant_fails_with_file_line_and_the_preferred_term(
    tmp_path, text, variant
):
    page = page_with(tmp_path, "# 标题\n\n" + text + "\n")
    problems = terms.term_problems(page, exceptions=[])
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{page}:3: {variant!r}"), problems
    assert "write '" in problems[0]


def test_a_rejected_variant_in_a_notebook_markdown_cell_fails(tmp_path):
    cells = [
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": ["# 标题\n", "\n", "经过 feeder 线程、加锁。\n"],
        }
    ]
    page = tmp_path / "99-demo.ipynb"
    page.write_text(
        json.dumps(
            {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        ),
        "utf-8",
    )
    assert terms.term_problems(page, exceptions=[])


@pytest.mark.parametrize(
    "text",
    [
        "fork 服务器进程（fork server）会预先导入模块。",  # an English gloss in parentheses
        "| 馈送线程 | feeder thread | 把缓冲区写进管道 |",  # the glossary's English column
        "`启动方式` 在代码里不算正文。",  # inline code
        "```text\n启动方式\n```",  # a code block
        "<!-- 启动方式 -->",  # a comment
    ],
)
def test_glosses_and_code_pass(tmp_path, text):
    assert terms.term_problems(page_with(tmp_path, text + "\n"), exceptions=[]) == []


def test_an_exception_needs_a_reason(tmp_path):
    table = tmp_path / "terms.toml"
    table.write_text(
        '[[exception]]\npage = "docs/x.md"\ntext = "守护子进程"\nreason = " "\n',
        "utf-8",
    )
    with pytest.raises(ValueError, match="needs a reason"):
        terms.load_exceptions(table)
