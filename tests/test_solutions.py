"""Exercise solutions in the built site are closed at load, and every exercise has one (tests/browser/exercises.py).

Static, over the built HTML, so it runs without a browser; the click and copy checks are in tests/test_browser.py.
The fault cases feed the same function a page with the defect and require it to be named.
"""

from __future__ import annotations

from tests import pages
from tests.browser.exercises import (
    SOLUTION_SOURCE,
    built_html_problems,
    built_solution_count,
    page_html_problems,
)

GOOD = """<h2 id="exercises">3.4 练习</h2>
<h3 id="exercise-predict-x">练习 1</h3><p>question</p>
<details class="success">
<summary>答案</summary><p>answer</p></details>
<h2 id="summary">小结</h2>"""


def test_solutions_are_closed_at_load_and_every_exercise_has_one(built_site):
    problems = built_html_problems(built_site)
    assert not problems, "exercise solutions:\n" + "\n".join(problems)
    in_sources = sum(
        len(SOLUTION_SOURCE.findall(pages.markdown_text(p))) for p in pages.all_pages()
    )
    assert built_solution_count(built_site) == in_sources, (
        f"{in_sources} solution blocks in docs/, {built_solution_count(built_site)} in the built site: "
        "a solution block that does not build as <details> (indentation?) is not checked"
    )


def test_a_good_page_passes():
    assert page_html_problems(GOOD, "/03-x/") == []


def test_a_solution_open_at_load_is_named():
    problems = page_html_problems(
        GOOD.replace(
            '<details class="success">', '<details class="success" open="open">'
        ),
        "/03-x/",
    )
    assert (
        problems
        and "/03-x/: the solution under #exercise-predict-x is open at load"
        in problems[0]
    ), problems


def test_an_exercise_without_solution_is_named():
    problems = page_html_problems(
        GOOD.replace("<summary>答案</summary>", "<summary>Note</summary>"), "/en/03-x/"
    )
    expected = (
        '/en/03-x/: exercise #exercise-predict-x has no solution block; add `??? success "答案"` / `"Solution"` '
        "under it, holding the solution's code and output includes"
    )
    assert problems == [expected], problems
