"""overrides/hooks/aligned_outputs.py: which lines of a recorded output keep their shape."""

from __future__ import annotations

import re

from tests.harness.hooks import load_hook

hook = load_hook("aligned_outputs")

TABLE = [
    "FCFS",
    "  order: P1[0-8) P2[8-12) P3[12-21) P4[21-26) and a line longer than every row of the table",
    "  P1: waiting  0  turnaround  8  response  0",
    "  P2: waiting  7  turnaround 11  response  7",
    "",
]
BARS = [
    "Pool: 0/6 |          |",
    "Pool: 3/6 |#####     |",
    "Pool: 6/6 |##########|",
    "Pool results: [0, 1]",
]
LABELS = [
    "start method    : forkserver",
    "work() runs     : in pid=27333, its parent is the fork server",
]
TRACEBACK = [
    "Traceback (most recent call last):",
    '  File "x.py", line 15, in <module>',
    "    process.start()",
    "    ~~~~~~~~~~~~~^^",
    "RuntimeError: an error message long enough to wrap on a phone, which it should",
]


def test_table_rows_keep_their_shape_and_longer_lines_wrap():
    """The title two lines above the first row is no header: short, it never wraps anyway."""
    assert hook.aligned_lines(TABLE) == {2, 3}


def test_a_full_progress_bar_keeps_its_shape_with_the_others():
    assert hook.aligned_lines(BARS) == {0, 1, 2}


RESULTS = [
    "import math     ok",
    "import decimal  ok",
    "import readline ImportError: module readline does not support loading in subinterpreters",
    "import psutil   ImportError: module _psutil_linux does not support loading in subinterpreters",
    "in the main interpreter: psutil 7.2.2",
]


def test_a_line_after_the_table_is_prose_even_as_long_as_a_row():
    lines = [
        "memory per thread:      0.1 MiB (growth of this process's RSS)",
        "memory per process:     4.4 MiB USS, 17.7 MiB RSS",
        "interpreters compute 2.66x as fast as threads, processes 2.20x",
        "  threads start 5x faster than interpreters: True",
    ]
    assert len(lines[2]) == len(lines[0])
    assert hook.aligned_lines(lines) == {0, 1}


def test_rows_wrap_inside_a_last_column_that_starts_near_the_left():
    rows = hook.table_rows(RESULTS)
    assert rows == {0, 1, 2, 3}
    assert hook.last_column(RESULTS, rows) == len("import readline ")
    output = (
        '<div class="admonition output">\n<div class="highlight"><pre><span></span><code>'
        + "\n".join(RESULTS)
        + "\n</code></pre></div>\n</div>"
    )
    marked = hook.mark_aligned(output)
    assert marked.count('<span class="mpdocs-aligned mpdocs-row" style="--cell: 16ch">') == 4
    assert '<span class="mpdocs-wrap" style="--lead: 0ch">in the main interpreter' in marked


def test_rows_whose_last_column_starts_far_right_scroll_instead():
    lines = [
        "raw status=0     exited, WEXITSTATUS=0                      waitstatus_to_exitcode=0",
        "raw status=768   exited, WEXITSTATUS=3                      waitstatus_to_exitcode=3",
    ]
    assert hook.last_column(lines, hook.table_rows(lines)) is None


def test_labels_padded_before_a_colon_are_no_table():
    assert hook.aligned_lines(LABELS) == set()


def test_carets_keep_the_line_they_point_into():
    assert hook.aligned_lines(TRACEBACK) == {2, 3}


def test_a_continued_call_keeps_its_bracket_alignment_and_a_message_wraps():
    lines = [
        "    main_content = runpy.run_path(main_path,",
        '                                  run_name="__mp_main__")',
        "RuntimeError: ",
        "        An attempt has been made to start a new process before the",
    ]
    assert hook.aligned_lines(lines) == {0, 1}


def test_other_lines_get_a_hanging_indent_of_their_own_depth():
    output = (
        '<div class="admonition output">\n<p class="admonition-title">Python 3.15</p>\n'
        '<div class="highlight"><pre><span></span><code>Traceback (most recent call last):\n'
        "  File &quot;x.py&quot;, line 1\n\n</code></pre></div>\n</div>"
    )
    marked = hook.mark_aligned(output)
    assert (
        '<span class="mpdocs-wrap" style="--lead: 0ch">Traceback (most recent call last):</span>'
        in marked
    )
    assert (
        '<span class="mpdocs-wrap" style="--lead: 2ch">  File &quot;x.py&quot;, line 1</span>'
        in marked
    )
    assert "\n\n</code>" in marked, "an empty line was wrapped in a span"


def test_only_output_blocks_are_marked_and_their_text_is_unchanged():
    rows = "\n".join(TABLE[2:4])
    output = (
        '<div class="admonition output">\n<p class="admonition-title">Python 3.15</p>\n'
        f'<div class="highlight"><pre><span></span><code>{rows}\n</code></pre></div>\n</div>'
    )
    code = f'<div class="highlight"><pre><span></span><code>{rows}\n</code></pre></div>'
    marked = hook.mark_aligned(code + output + code)
    assert marked.count('<span class="mpdocs-aligned">') == 2, marked
    assert marked.startswith(code) and marked.endswith(code), (
        "a code block outside an output was marked"
    )
    unmarked = re.sub(
        r'<span class="mpdocs-(?:aligned|wrap)"[^>]*>(.*?)</span>', r"\1", marked
    )
    assert unmarked == code + output + code, "marking changed the text of the output"
