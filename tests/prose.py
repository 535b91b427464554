"""The prose of a page as the text checks read it, and the recorded outputs shown on that page.

Prose is every line outside fenced code (and outside notebook code cells), with `inline code`,
HTML comments, link targets `(../x/#y)`, heading attributes `{ #id }` and `--8<--` include lines
taken out: what a reader reads as sentences. Line numbers stay those of the source file (for a
notebook: the numbering of tests/pages.py, markdown lines counted through the cells).

The outputs of a page are the text of every recorded output it includes (`--8<-- "chNN/x.out.md"`,
the view a reader sees, plus every run stored in the view's `x.out.json`), and for a notebook the
stored outputs of its code cells.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from tests import pages
from tests.harness.paths import EXAMPLES

HTML_COMMENT = re.compile(r"<!--.*?-->")
LINK_TARGET = re.compile(
    r"(?<=\])\([^()\s]*(?:\s+\"[^\"]*\")?\)"
)  # [text](target "title")
ATTRIBUTES = re.compile(r"\{\s*[#.][^{}]*\}")  # { #id } / {.class}
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


@dataclass(frozen=True)
class ProseLine:
    number: int
    text: str  # the line as a reader reads it (see the module docstring)
    raw: str  # the line as written


def strip_markup(text: str) -> str:
    text = pages.INLINE_CODE.sub(" ", text)
    text = LINK_TARGET.sub("", text)
    text = ATTRIBUTES.sub("", text)
    return HTML_TAG.sub("", text)


def prose_lines(path: Path) -> list[ProseLine]:
    """The prose lines of a page (.md or .ipynb), comments spanning lines included in the removal."""
    page = pages.load(path)
    found = []
    in_comment = False
    for line in page.lines:
        if line.fence is not None or pages.INCLUDE.match(line.text):
            continue
        text = line.text
        if in_comment:
            end = text.find("-->")
            if end < 0:
                continue
            text, in_comment = text[end + 3 :], False
        text = HTML_COMMENT.sub(" ", text)
        if "<!--" in text:
            text, in_comment = text[: text.index("<!--")], True
        found.append(ProseLine(line.number, strip_markup(text), line.text))
    return found


# ---------------------------------------------------------------------------- outputs


def _recording_texts(view: Path) -> list[str]:
    texts = [view.read_text(encoding="utf-8")] if view.exists() else []
    stored = view.with_name(view.name[: -len(".out.md")] + ".out.json")
    if stored.exists():
        for run in json.loads(stored.read_text(encoding="utf-8")).get("runs", []):
            texts += [run.get("normalized") or "", run.get("output") or ""]
    return texts


def _notebook_outputs(path: Path) -> list[str]:
    texts = []
    for cell in json.loads(path.read_text(encoding="utf-8")).get("cells", []):
        for output in cell.get("outputs", []) or []:
            pieces = [output.get("text", "")]
            data = output.get("data", {})
            pieces += [
                data.get(kind, "")
                for kind in ("text/plain", "text/markdown", "text/html")
            ]
            for piece in pieces:
                texts.append("".join(piece) if isinstance(piece, list) else piece)
    return texts


def output_texts(path: Path, examples: Path = EXAMPLES) -> list[str]:
    """Every recorded output shown on the page: included views and their stored runs; a notebook's cell outputs."""
    if path.suffix == ".ipynb":
        return _notebook_outputs(path)
    texts = []
    for target, _ in pages.read_page(path).includes:
        if target.endswith(".out.md"):
            texts += _recording_texts(examples / target)
    return texts


def recording_lines(name: str, examples: Path = EXAMPLES) -> list[str] | None:
    """The lines of the output of recording `chNN/x` as the reader sees it (the stored normalized text,
    identical across the runs the view shows), or None when there is no such recording."""
    stored = examples / f"{name}.out.json"
    if not stored.exists():
        return None
    runs = json.loads(stored.read_text(encoding="utf-8")).get("runs", [])
    return [
        (run.get("normalized") or run.get("output") or "").splitlines() for run in runs
    ] or None
