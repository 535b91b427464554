"""overrides/hooks/highlight_once.py reuses a highlighted block only when nothing that shapes it differs."""

from __future__ import annotations

from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer, TextLexer

from tests.harness.hooks import load_hook

hook = load_hook("highlight_once")

SOURCE = "import os\nprint(os.getpid())\n"


def test_the_same_block_is_highlighted_once(monkeypatch):
    calls = []
    monkeypatch.setattr(
        hook,
        "_pygments_highlight",
        lambda *args: calls.append(args) or f"<pre>{len(calls)}</pre>",
    )
    monkeypatch.setattr(hook, "_done", {})
    first = hook.highlight_once(SOURCE, PythonLexer(), HtmlFormatter(wrapcode=True))
    again = hook.highlight_once(SOURCE, PythonLexer(), HtmlFormatter(wrapcode=True))
    assert first == again and len(calls) == 1


def test_anything_that_shapes_the_block_gives_its_own_result(monkeypatch):
    monkeypatch.setattr(hook, "_done", {})
    base = hook.highlight_once(SOURCE, PythonLexer(), HtmlFormatter(wrapcode=True))
    others = [
        hook.highlight_once(
            SOURCE + "x = 1\n", PythonLexer(), HtmlFormatter(wrapcode=True)
        ),
        hook.highlight_once(SOURCE, TextLexer(), HtmlFormatter(wrapcode=True)),
        hook.highlight_once(
            SOURCE, PythonLexer(), HtmlFormatter(wrapcode=True, hl_lines=[2])
        ),
        hook.highlight_once(
            SOURCE,
            PythonLexer(),
            HtmlFormatter(wrapcode=True, lineanchors="__codelineno-7"),
        ),
        hook.highlight_once(
            SOURCE, PythonLexer(), HtmlFormatter(wrapcode=True, filename="a.py")
        ),
    ]
    assert all(other != base for other in others)
    assert len(set(others)) == len(others)
