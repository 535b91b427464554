"""overrides/hooks/table_code_breaks.py: a code name in a table may break after a dot or "(", nowhere else."""

from __future__ import annotations

from tests.harness.hooks import load_hook

hook = load_hook("table_code_breaks")


def test_a_name_in_a_table_gets_breaks_after_its_dots_and_opening_parenthesis():
    html = "<table><tr><td><code>concurrent.futures.ProcessPoolExecutor(max_workers=2)</code></td></tr></table>"
    assert hook.on_page_content(html, None, None) == (
        "<table><tr><td><code>concurrent.<wbr>futures.<wbr>ProcessPoolExecutor(<wbr>max_workers=2)</code></td></tr></table>"
    )


def test_code_outside_tables_names_ending_in_a_dot_and_entities_are_left_alone():
    prose = "<p><code>os.fork()</code></p>"
    assert hook.on_page_content(prose, None, None) == prose
    table = '<table><tr><td><code>os.</code> <code>&quot;a.b&quot;</code> <code>f()</code></td></tr></table>'
    assert hook.on_page_content(table, None, None) == (
        '<table><tr><td><code>os.</code> <code>&quot;a.<wbr>b&quot;</code> <code>f()</code></td></tr></table>'
    )


def test_a_leading_hyphen_stays_with_what_follows_it():
    table = "<table><tr><td><code>-N</code> <code>python -X dev</code> <code>copy-on-write</code></td></tr></table>"
    assert hook.on_page_content(table, None, None) == (
        '<table><tr><td><code><span class="mpdocs-unbroken">-N</span></code> '
        '<code>python <span class="mpdocs-unbroken">-X</span> dev</code> <code>copy-on-write</code></td></tr></table>'
    )
