"""Python written inline in the pages is linted, and run where one process can show its output; examples are linted.

Which fenced blocks of docs/**/*.md are checked, and how (pytest-examples):

- A block whose only content is `--8<--` includes (the way pages show examples/) is skipped here:
  the included script is linted below and run by tests/test_examples.py.
- `pycon` blocks (interactive `>>>` sessions) are skipped: they are not Python source.
- Every other ```python / ```py block is linted with ruff (line length 110, Python 3.11). A
  *fragment* (a block without `#>` output comments) may use names defined elsewhere on the page,
  so for fragments the rules F821 (undefined name), F401 (unused import) and F841 (unused
  variable) are off.
- A block that states its output with pytest-examples' `#>` comments (`print(1 + 1)` followed by
  `#> 2`) is also run, in one process, and every `#>` comment must be exactly what the print above
  it printed (`eval_example.run_print_check`). Such a block must not start processes: the print
  check only sees the parent's prints (children's output is lost), so a block with `#>` that uses
  multiprocessing, os.fork, subprocess or concurrent.futures fails with the advice to move it to
  examples/, where the subprocess runner captures every process.

Every script in examples/**/*.py is linted with `ruff check --line-length 110` (ruff's default
rules, the contract every chapter was written to). Long lines (E501) are not enforced: add "E501"
to EXTRA_RULES to make the 110 columns a hard limit (then fix and re-record what it finds).
"""

from __future__ import annotations

import json
import re
import subprocess
from functools import cache
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples
from ruff.__main__ import find_ruff_bin

from tests.harness.paths import DOCS, EXAMPLES, ROOT
from tests.pages import INCLUDE, rel

LINE_LENGTH = 110
FRAGMENT_IGNORES = ["F821", "F401", "F841"]
EXTRA_RULES: list[str] = []  # e.g. ["E501"]
MULTI_PROCESS = re.compile(
    r"\b(?:import multiprocessing|from multiprocessing|os\.fork|import subprocess|from subprocess"
    r"|concurrent\.futures|ProcessPoolExecutor)\b"
)


def kind(example: CodeExample) -> str:
    """'skip' (includes only, or pycon), 'print-check' (has #> output comments), or 'lint' (a fragment)."""
    if example.prefix.split()[0].lstrip("{.") == "pycon":
        return "skip"
    lines = [line for line in example.source.splitlines() if line.strip()]
    if not lines or all(INCLUDE.match(line) for line in lines):
        return "skip"
    if re.search(r"^\s*#>", example.source, flags=re.MULTILINE):
        return "print-check"
    return "lint"


def markdown_blocks(docs: Path = DOCS) -> list[CodeExample]:
    pages = sorted(p for p in docs.rglob("*.md") if "assets" not in p.parts)
    return [example for example in find_examples(*pages) if kind(example) != "skip"]


def lint(
    example: CodeExample, eval_example: EvalExample, ignore: list[str] | None
) -> None:
    """ruff on the block; the message names the page and the page's line numbers."""
    eval_example.set_config(
        ruff_line_length=LINE_LENGTH, target_version="py311", ruff_ignore=ignore
    )
    try:
        eval_example.lint_ruff(example)
    except pytest.fail.Exception as error:
        text = re.sub(
            r"-:(\d+):(\d+)",
            lambda m: (
                f"{rel(example.path)}:{int(m.group(1)) + example.start_line}:{m.group(2)}"
            ),
            str(error),
        )
        pytest.fail(
            f"{rel(example.path)}:{example.start_line}: the Python block starting here fails ruff "
            f"(line length {LINE_LENGTH}); fix the block:\n{text}",
            pytrace=False,
        )


def check_block(example: CodeExample, eval_example: EvalExample) -> None:
    where = f"{rel(example.path)}:{example.start_line}"
    if kind(example) == "print-check":
        lint(example, eval_example, None)
        if MULTI_PROCESS.search(example.source):
            pytest.fail(
                f"{where}: this block states its output with `#>` but starts processes; the print check "
                "only sees the parent's prints. Move it to examples/chNN/ (declared, recorded, included) "
                "or drop the `#>` comments",
                pytrace=False,
            )
        eval_example.run_print_check(example)
    else:
        lint(example, eval_example, FRAGMENT_IGNORES)


BLOCKS = [
    pytest.param(example, id=f"{rel(example.path)}:{example.start_line}")
    for example in markdown_blocks()
]


@pytest.mark.parametrize("example", BLOCKS)
def test_markdown_block(example, eval_example):
    check_block(example, eval_example)


@cache
def ruff_findings(folder: Path = EXAMPLES) -> dict[str, list[str]]:
    """ruff's findings per file (repository-relative path), from one run over the folder."""
    result = subprocess.run(
        [
            find_ruff_bin(),
            "check",
            "--no-cache",
            f"--line-length={LINE_LENGTH}",
            "--output-format=json",
            "--exit-zero",
            *(f"--extend-select={rule}" for rule in EXTRA_RULES),
            str(folder),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    findings: dict[str, list[str]] = {}
    for item in json.loads(result.stdout or "[]"):
        path = rel(Path(item["filename"]))
        row = item["location"]["row"]
        findings.setdefault(path, []).append(
            f"{path}:{row}: {item['code']} {item['message']}"
        )
    return findings


SCRIPTS = [
    pytest.param(script, id=rel(script)) for script in sorted(EXAMPLES.rglob("*.py"))
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_example_passes_ruff(script):
    problems = ruff_findings().get(rel(script), [])
    assert not problems, (
        f"ruff (line length {LINE_LENGTH}) finds problems in {rel(script)}; fix them "
        f"(`ruff check --line-length {LINE_LENGTH} {rel(script)}`), then re-record it:\n"
        + "\n".join(problems)
    )
