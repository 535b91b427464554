"""Figures in prose come from outputs: every number with a unit or ratio in a page's prose appears
in a recorded output shown on that page, or is allowlisted with its reason (rules: tests/figures.py)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests import figures, pages


def test_figures_in_prose_come_from_outputs():
    problems = figures.all_figure_problems()
    assert not problems, (
        f"{len(problems)} figure(s) in prose without a recorded output:\n"
        + "\n".join(problems)
    )


def test_the_allowlist_is_well_formed_and_used():
    allowlist = figures.load_allowlist()
    used = set()
    for path in pages.all_pages():
        page = pages.rel(path)
        for line in figures.prose.prose_lines(path):
            for figure in figures.figures_in(line.text):
                used |= {
                    e
                    for e in allowlist
                    if e.figure == figure.canonical
                    and figures._allowed(figure, page, [e])
                }
    unused = [f"{e.figure} on {list(e.pages)}" for e in allowlist if e not in used]
    assert not unused, (
        f"entries of {pages.rel(figures.ALLOWLIST)} no page needs any more; remove them: {unused}"
    )


# ---------------------------------------------------------------------------- the rules, and fault cases


def scratch_page(tmp_path: Path, prose: str, output: str) -> Path:
    examples = tmp_path / "examples"
    (examples / "ch99").mkdir(parents=True)
    (examples / "ch99" / "demo.out.md").write_text(
        f'!!! output "x"\n\n    ```text\n    {output}\n    ```\n', "utf-8"
    )
    run = {
        "python": "3.15",
        "start_method": None,
        "exit_code": 0,
        "output": output + "\n",
        "normalized": output + "\n",
    }
    (examples / "ch99" / "demo.out.json").write_text(
        json.dumps({"runs": [run]}), "utf-8"
    )
    page = tmp_path / "docs" / "99-demo.md"
    page.parent.mkdir()
    page.write_text(textwrap.dedent(prose) + '\n--8<-- "ch99/demo.out.md"\n', "utf-8")
    return page


@pytest.mark.parametrize(
    ("prose", "output"),
    [
        ("Pipe is 1.33× faster.", "Pipe / Queue 1.33x"),
        (
            "Pipe is 1.3× faster.",
            "Pipe / Queue 1.33x",
        ),  # rounded to the prose's precision
        ("管道快 1.3 倍。", "Pipe / Queue 1.33x"),  # one unit in all spellings
        (
            "It took 156 ms.",
            "workers  seconds\n  1   0.156 s",
        ),  # converted within a dimension
        (
            "It took 156 ms.",
            "workers  seconds (s)\n  1   0.156",
        ),  # a bare measurement, its unit in the header
        ("About 242,576/s.", "242,576 msg/s"),  # separators ignored
        ("Messages of 256 KiB.", "262144 B  667.5 MB/s"),
        ("`sleep(5)` and `1.4x` in code are not prose.", "nothing"),
        (
            "Pipe makes more than twice as many round trips.",
            "Pipe / Queue 2.3x",
        ),  # a word ratio, a lower bound
        ("快 2 倍以上。", "Pipe / Queue 2.3x"),
        ("It returns in less than 0.2 s.", "returned after 0.15 s"),  # an upper bound
        ("The call fork() returns twice.", "nothing"),  # no ratio
    ],
)
def test_a_figure_that_the_output_prints_passes(tmp_path, prose, output):
    page = scratch_page(tmp_path, prose, output)
    assert figures.figure_problems(page, tmp_path / "examples", allowlist=[]) == []


@pytest.mark.parametrize(
    ("prose", "output", "figure"),
    [
        (
            "Close to 2 times faster.",
            "speedup 1.33x",
            "'2 times'",
        ),  # the case of issue 13
        ("Pipe is 1.4× faster.", "Pipe / Queue 1.33x", "'1.4×'"),
        (
            "It took 156 ms.",
            "1   0.156 MB/s",
            "'156 ms'",
        ),  # a different dimension never matches
        (
            "2 workers took 2 s.",
            "2 workers  0.9 s",
            "'2 s'",
        ),  # an integer count is not a measurement
        ("Sends 5–10% more.", "5% more", "'5–10%'"),  # each end of a range
        (
            "Pipe is twice as fast.",
            "Pipe / Queue 1.1x",
            "'twice'",
        ),  # the 1.1x of issue 13
        ("Pipe is more than 3 times as fast.", "Pipe / Queue 2.3x", "'3 times'"),
        ("不到 2 倍。", "speedup 2.6x", "'2 倍'"),
    ],
)
def test_a_figure_no_output_prints_fails_with_file_line_and_advice(
    tmp_path, prose, output, figure
):
    page = scratch_page(tmp_path, "Title\n\n" + prose, output)
    problems = figures.figure_problems(page, tmp_path / "examples", allowlist=[])
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{page}:3: the figure {figure}"), problems
    assert "figures.toml" in problems[0]


def test_an_allowlisted_constant_passes_only_on_its_pages(tmp_path):
    page = scratch_page(tmp_path, "It waits 0.2 秒.", "done")
    here = figures.Allowed("0.2 s", (str(page),), "join(timeout=0.2)")
    elsewhere = figures.Allowed("0.2 s", ("docs/other*",), "join(timeout=0.2)")
    assert figures.figure_problems(page, tmp_path / "examples", allowlist=[here]) == []
    assert figures.figure_problems(page, tmp_path / "examples", allowlist=[elsewhere])


def test_an_allowlist_entry_without_reason_is_refused(tmp_path):
    bad = tmp_path / "figures.toml"
    bad.write_text(
        '[[allow]]\nfigure = "0.2 s"\npages = ["docs/*"]\nreason = ""\n', "utf-8"
    )
    with pytest.raises(ValueError, match="needs figure, pages and a reason"):
        figures.load_allowlist(bad)
