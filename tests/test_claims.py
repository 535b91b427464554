"""Marked claims hold: each `<!-- claim: ... -->` on a page is true of the recording it names, and every
sentence that points at numbered output lines carries one (rules: tests/claims.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import claims, pages

PAGES = [pytest.param(path, id=pages.rel(path)) for path in claims.markdown_pages()]


@pytest.mark.parametrize("page", PAGES)
def test_marked_claims_hold_against_the_recordings(page):
    problems = claims.claim_problems(page)
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------- fault cases

OUTPUT = "1 computing       -> running\n2 waiting on event-> sleeping\n3 after SIGSTOP   -> stopped\n4 after SIGCONT   -> sleeping\n"


def site(
    tmp_path: Path, prose: str, runs: list[tuple[str, str | None, str]] | None = None
) -> tuple[Path, Path]:
    examples = tmp_path / "examples"
    (examples / "ch99").mkdir(parents=True)
    runs = runs or [("3.15.2", "fork", OUTPUT), ("3.15.2", "spawn", OUTPUT)]
    stored = [
        {"python": p, "start_method": m, "exit_code": 0, "output": o, "normalized": o}
        for p, m, o in runs
    ]
    (examples / "ch99" / "states.out.json").write_text(
        json.dumps({"runs": stored}), "utf-8"
    )
    (examples / "ch99" / "states.out.md").write_text("view", "utf-8")
    page = tmp_path / "99-demo.md"
    page.write_text(f'# Title\n\n--8<-- "ch99/states.out.md"\n\n{prose}\n', "utf-8")
    return page, examples


@pytest.mark.parametrize(
    "marker",
    [
        'ch99/states lines 2,4 contain "sleeping"; line 3 contains "stopped"',
        'ch99/states lines 2-3 contain "-> s"; 4 lines',
        'ch99/states@spawn line 1 contains "running"',
        'ch99/states lacks "zombie"; contains "SIGCONT"',
    ],
)
def test_a_true_claim_passes(tmp_path, marker):
    page, examples = site(
        tmp_path, f"Lines 2 and 4 show `sleeping`. <!-- claim: {marker} -->"
    )
    assert claims.claim_problems(page, examples) == []


def test_a_claim_that_contradicts_the_recording_fails_with_file_line_and_the_line(
    tmp_path,
):
    # The case of issue 13: "lines 3-4 are stopped", while line 4 shows sleeping.
    page, examples = site(
        tmp_path,
        'Lines 3 and 4 show `stopped`. <!-- claim: ch99/states lines 3-4 contain "stopped" -->',
    )
    problems = claims.claim_problems(page, examples)
    assert len(problems) == 2, problems  # once per stored run: fork, spawn
    assert problems[0].startswith(
        f"{pages.rel(page)}:5: the claim about ch99/states does not hold"
    ), problems
    assert "line 4 is '4 after SIGCONT   -> sleeping'" in problems[0]


def test_a_claim_false_in_one_tab_only_fails(tmp_path):
    other = OUTPUT.replace(
        "4 after SIGCONT   -> sleeping", "4 after SIGCONT   -> running"
    )
    page, examples = site(
        tmp_path,
        'Line 4: `sleeping`. <!-- claim: ch99/states line 4 contains "sleeping" -->',
        runs=[("3.15.2", "fork", OUTPUT), ("3.14.10", "fork", other)],
    )
    problems = claims.claim_problems(page, examples)
    assert len(problems) == 1 and "Python 3.14.10" in problems[0], problems
    page.write_text(
        page.read_text().replace("ch99/states line", "ch99/states@3.15 line"), "utf-8"
    )
    assert claims.claim_problems(page, examples) == []


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        (
            'ch99/states line 2 has "sleeping"',
            "cannot read the check",
        ),  # a typo cannot switch a check off
        ('ch99/states line 9 contains "x"', "has only 4 lines"),
        ('ch99/other line 1 contains "x"', "this page does not show its recording"),
        ('ch99/states@forkserver line 1 contains "x"', "no stored run"),
        ("nothing", "cannot read the claim"),
    ],
)
def test_a_broken_marker_fails(tmp_path, marker, message):
    page, examples = site(tmp_path, f"Line 2 shows it. <!-- claim: {marker} -->")
    problems = claims.claim_problems(page, examples)
    assert problems and message in problems[0], problems


@pytest.mark.parametrize(
    "prose",
    ["Line 3 shows `stopped`.", "第 3 行是 `stopped`。", "- 第 4、5 行：退出码为 0。"],
)
def test_a_sentence_pointing_at_output_lines_needs_a_marker(tmp_path, prose):
    page, examples = site(tmp_path, prose)
    problems = claims.claim_problems(page, examples)
    assert len(problems) == 1 and "has no <!-- claim:" in problems[0], problems
    page.write_text(
        page.read_text().replace(
            prose, prose + " <!-- no-claim: line 3 of the script -->"
        ),
        "utf-8",
    )
    assert claims.claim_problems(page, examples) == []
