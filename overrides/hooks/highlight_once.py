"""Each code block is highlighted once per build, not once per language.

The Chinese and the English page of a chapter include the same examples and the same recorded
outputs, in the same order, and Pygments took about half of the build's Markdown time highlighting
them twice. pymdownx.highlight calls `pygments.highlight(source, lexer, formatter)`; the result
depends on nothing but the source, the lexer's class and options, and the formatter's class and
options (every setting pymdownx passes it is a keyword option, the block's position included), so
a result is reused only when all of these are equal (checked once by building with and without this
hook: every page byte for byte the same; tests/test_highlight_once.py checks the key).
"""

from __future__ import annotations

import pymdownx.highlight

_pygments_highlight = pymdownx.highlight.highlight
_done: dict[tuple, str] = {}
_MOST = 20_000  # results kept: `mkdocs serve` rebuilds in one process, and edited blocks pile up


def _settings(thing) -> tuple:
    return (type(thing), tuple(sorted((k, repr(v)) for k, v in thing.options.items())))


def highlight_once(source, lexer, formatter, outfile=None):
    if outfile is not None:
        return _pygments_highlight(source, lexer, formatter, outfile)
    key = (source, _settings(lexer), _settings(formatter))
    if key not in _done:
        if len(_done) >= _MOST:
            _done.clear()
        _done[key] = _pygments_highlight(source, lexer, formatter)
    return _done[key]


pymdownx.highlight.highlight = (
    highlight_once  # when mkdocs loads this hook, before any page
)
