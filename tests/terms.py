"""One Chinese term per concept: no rejected variant of tests/allowlists/terms.zh.toml in Chinese prose.

Prose is read as tests/prose.py gives it (no code blocks, no inline code, no HTML comments).
An English original is allowed where it glosses a Chinese term: inside parentheses, 馈送线程
（feeder thread）, or in a table cell without Chinese (the glossary's English column).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tests import pages, prose
from tests.harness.paths import DOCS, ROOT

TERMS = ROOT / "tests" / "allowlists" / "terms.zh.toml"


@dataclass(frozen=True)
class Term:
    concept: str
    preferred: str
    rejected: tuple[re.Pattern[str], ...]


def load_terms(path: Path = TERMS) -> list[Term]:
    terms = []
    for number, entry in enumerate(
        tomllib.loads(path.read_text(encoding="utf-8")).get("term", []), start=1
    ):
        if not {"concept", "preferred", "rejected"} <= set(entry):
            raise ValueError(
                f"{pages.rel(path)}: [[term]] #{number} needs concept, preferred and rejected"
            )
        rejected = tuple(re.compile(variant) for variant in entry["rejected"])
        for variant in rejected:
            if variant.search(entry["preferred"]):
                raise ValueError(
                    f"{pages.rel(path)}: [[term]] {entry['concept']!r}: {variant.pattern!r} rejects the preferred term"
                )
        terms.append(Term(entry["concept"], entry["preferred"], rejected))
    return terms


def _parenthesized(text: str) -> list[tuple[int, int]]:
    """Spans of (...) and （...） in a line, innermost and outer alike."""
    spans, stack = [], []
    for index, char in enumerate(text):
        if char in "(（":
            stack.append(index)
        elif char in ")）" and stack:
            spans.append((stack.pop(), index + 1))
    return spans


def _cell(text: str, start: int) -> str:
    left = text.rfind("|", 0, start)
    right = text.find("|", start)
    return text[left + 1 : right if right >= 0 else len(text)]


def load_exceptions(path: Path = TERMS) -> list[tuple[str, str]]:
    """(page, text) of the lines excused for now, each with a reason in the terms file."""
    found = []
    for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("exception", []):
        if not str(entry.get("reason", "")).strip():
            raise ValueError(f"{pages.rel(path)}: [[exception]] {entry} needs a reason")
        found.append((entry["page"], entry["text"]))
    return found


def term_problems(
    path: Path,
    terms: list[Term] | None = None,
    exceptions: list[tuple[str, str]] | None = None,
) -> list[str]:
    terms = load_terms() if terms is None else terms
    exceptions = load_exceptions() if exceptions is None else exceptions
    excused = [text for page, text in exceptions if page == pages.rel(path)]
    problems = []
    for line in prose.prose_lines(path):
        if any(text in line.raw for text in excused):
            continue
        glosses = _parenthesized(line.text)
        for term in terms:
            for variant in term.rejected:
                for match in variant.finditer(line.text):
                    if match.group(0).isascii():
                        if any(
                            a < match.start() and match.end() < b for a, b in glosses
                        ):
                            continue  # an English gloss in parentheses
                        if not pages.CJK.search(_cell(line.text, match.start())):
                            continue  # an English table cell
                    problems.append(
                        f'{pages.rel(path)}:{line.number}: {match.group(0)!r} for "{term.concept}": write '
                        f"{term.preferred!r} (one term per concept, {pages.rel(TERMS)}): …{line.raw.strip()[:90]}…"
                    )
    return problems


def chinese_pages(docs: Path = DOCS) -> list[Path]:
    return [path for path in pages.all_pages(docs) if not pages.is_english(path)]
