"""Writing quality: Chinese spacing and punctuation (autocorrect), English spelling (codespell).

- Chinese pages (docs/**/*.md without .en): `autocorrect_py.lint_for(text, "md")` must find
  nothing: a space between CJK and Latin letters/digits (`使用 Queue 传递`), full-width punctuation
  in Chinese sentences (，。：；), no space around full-width punctuation. The one house exception:
  the full-width space of chapter titles (`# 第 3 章　进程基础`) is kept. To silence autocorrect on
  a passage that must stay as it is, wrap it in `<!-- autocorrect-disable -->` ...
  `<!-- autocorrect-enable -->`. autocorrect's `space-dash` rule is off: it would turn compounds
  such as 请求-应答 into 请求 - 应答.
- English pages, examples (scripts) and README.md: `codespell` must find nothing. A word that is
  right but unknown to codespell goes, lower case, one a line, in tests/allowlists/codespell.txt
  (now: cancelled/cancelling, Python's own spelling in Future.cancelled() and CancelledError, also
  correct in American English; nam, the misspelled keyword examples/ch05 passes on purpose);
  a deliberate misspelling (a wrong keyword argument shown on purpose) gets `# codespell:ignore WORD`
  on its line (`<!-- codespell:ignore WORD -->` in Markdown).
"""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import autocorrect_py
import pytest

from tests import pages
from tests.harness.paths import DOCS, EXAMPLES, ROOT

CODESPELL_WORDS = Path(__file__).parent / "allowlists" / "codespell.txt"
autocorrect_py.load_config('{"rules": {"space-dash": 0}}')


def autocorrect_problems(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    problems = []
    for found in autocorrect_py.lint_for(text, "md").lines:
        if found.old.replace("\u3000", " ") == found.new:
            continue  # the full-width space after 第 N 章 in titles is the house style
        problems.append(
            f"{pages.rel(path)}:{found.line}:{found.col}: write {found.new!r}\n    instead of {found.old!r}"
        )
    return problems


ZH = [pytest.param(page, id=pages.rel(page)) for page in pages.zh_pages()]


@pytest.mark.parametrize("page", ZH)
def test_chinese_spacing_and_punctuation(page):
    problems = autocorrect_problems(page)
    assert not problems, (
        f"autocorrect finds {len(problems)} spacing/punctuation problem(s) in {pages.rel(page)} (spaces between "
        "CJK and Latin letters/digits, full-width punctuation in Chinese sentences); fix them as shown "
        "(or run `autocorrect --fix` on the file):\n" + "\n".join(problems)
    )


def spelling_targets() -> list[Path]:
    targets = (
        pages.en_pages(DOCS) + sorted(EXAMPLES.rglob("*.py")) + [ROOT / "README.md"]
    )
    return [t for t in targets if t.exists()]


@cache
def codespell_findings(files: tuple[Path, ...]) -> dict[str, list[str]]:
    """codespell's findings per file, from one run."""
    command = [
        sys.executable,
        "-m",
        "codespell_lib",
        "--builtin",
        "clear,rare,usage,en-GB_to_en-US",
    ]
    if CODESPELL_WORDS.exists():
        command += ["--ignore-words", str(CODESPELL_WORDS)]
    result = subprocess.run(
        [*command, *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if result.returncode not in (0, 65):  # 65: misspellings found
        raise RuntimeError(f"codespell failed ({result.returncode}):\n{result.stderr}")
    findings: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        match = re.match(r"^(.+?):(\d+): (.*)$", line)
        if match:
            path = pages.rel(Path(match.group(1)))
            findings.setdefault(path, []).append(
                f"{path}:{match.group(2)}: {match.group(3)}"
            )
    return findings


SPELLED = [pytest.param(path, id=pages.rel(path)) for path in spelling_targets()]


@pytest.mark.parametrize("path", SPELLED)
def test_english_spelling(path):
    problems = codespell_findings(tuple(p.values[0] for p in SPELLED)).get(
        pages.rel(path), []
    )
    assert not problems, (
        f"codespell finds misspellings in {pages.rel(path)}; fix them (American spelling), or, if a word is right, "
        f"add it in lower case to {pages.rel(CODESPELL_WORDS)}, or, if it is wrong on purpose, put "
        "`codespell:ignore WORD` in a comment on its line"
        + (" and re-record the example" if path.suffix == ".py" else "")
        + ":\n"
        + "\n".join(problems)
    )
