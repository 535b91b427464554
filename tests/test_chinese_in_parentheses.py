"""On English pages, parentheses may keep a Chinese term, not a Chinese sentence (tests/pages.cjk_problems;
the pages themselves are checked by tests/test_parity.py::test_no_chinese_on_english_pages). Fault cases."""

from __future__ import annotations

import pytest

from tests import pages


@pytest.mark.parametrize(
    "text",
    [
        "A zombie process (僵尸进程) has exited.",
        "Its state is uninterruptible sleep (不可中断睡眠).",
        "The fork server (fork 服务器进程) forks the children.",
    ],
)
def test_a_term_in_parentheses_passes(tmp_path, text):
    page = tmp_path / "99-demo.en.md"
    page.write_text(f"# Title\n\n{text}\n", encoding="utf-8")
    assert pages.cjk_problems(page) == []


@pytest.mark.parametrize(
    "text",
    [
        "A zombie process (子进程已经结束，但父进程还没有回收它) has exited.",  # CJK punctuation
        "A zombie process (子进程已经结束但父进程还没有回收它) has exited.",  # longer than a term
        "A zombie process （僵尸进程。） has exited.",  # full-width parentheses, a full stop
    ],
)
def test_a_chinese_sentence_in_parentheses_fails_with_file_and_line(tmp_path, text):
    page = tmp_path / "99-demo.en.md"
    page.write_text(f"# Title\n\n{text}\n", encoding="utf-8")
    problems = pages.cjk_problems(page)
    assert problems and problems[0].startswith(
        f"{page}:3: a Chinese sentence in parentheses"
    ), problems
