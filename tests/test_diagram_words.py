"""The rule of tests/browser/diagram_words.py, without a browser: which line breaks split a word."""

from __future__ import annotations

from tests.browser.diagram_words import problems_in, split_words


def test_a_break_inside_a_chinese_word_is_reported():
    # chapter 6 as mermaid wrapped it at 120 px: 服务器进 / 程
    assert split_words(["的 fork 服务器进", "程 fork 出来"]) == [("进|程", "进程")]


def test_a_break_at_a_word_boundary_is_not():
    assert split_words(["的 fork 服务器", "进程 fork 出来"]) == []
    assert split_words(["多生产者、", "多消费者都安全"]) == []


def test_english_and_a_break_between_chinese_and_latin_are_left_alone():
    assert split_words(["the fork server pro", "cess forks it"]) == []  # English wraps at spaces
    assert split_words(["运行中（is_alive() 为", "True）"]) == []
    assert split_words(["父进程内存", "setting = 修改后的值"]) == []


def test_every_split_of_a_label_is_reported_where_it_is():
    assert split_words(["多生产者、多消", "费者都安全"]) == [("消|费者", "消费者")]
    found = split_words(["生产者之", "间无顺序；直", "接写入"])
    assert found == [("之|间", "之间"), ("直|接", "直接")]


def test_the_message_names_the_diagram_and_tells_the_fix():
    drawn = [None, [["FIFO"], ["服务器进", "程"]]]  # the first diagram not drawn
    sources = ["flowchart TD\n    A --> B", "flowchart LR\n    A --> B"]
    assert problems_in(drawn, sources) == [
        (
            'mermaid diagram 2 (flowchart LR): "进|程" splits the word 进程 across lines: '
            "break the label with <br/> at a word boundary"
        )
    ]
