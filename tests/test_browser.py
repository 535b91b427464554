"""The built site in a real browser: headless Chromium, driven by Playwright, on 127.0.0.1.

Every page of both languages is opened once (tests/browser/crawl.py) and each test below reads
one aspect of what happened: errors, requests, diagrams, the language switch, code and output
blocks, the copy button, search, weight, screenshots. A failure names the page and says what broke.
Screenshots and page weights go to test-artifacts/ (gitignored).
"""

from __future__ import annotations

import asyncio
import json
import re
import warnings

import pytest

from tests.browser import exercises
from tests.browser.crawl import Crawl, chromium_missing, cjk_font_missing, crawl
from tests.browser.diagrams import MIN_CONTRAST, MIN_TEXT_PX, old_drawing_copy
from tests.browser.exercises import PROOF_MESSAGES
from tests.browser.notebook import PROOF_FAULTS, PROOF_NAME, broken_notebook
from tests.browser.proof import (
    FOREIGN_IMAGE,
    LONG_TAB_LABEL,
    MISSING_SCRIPT,
    broken_copy,
)
from tests.browser.required import skip_or_fail
from tests.browser.site import (
    DEFAULT_LOCALE,
    OTHER_LOCALES,
    Page,
    Server,
    discover,
    served_file,
    site_prefix,
    source_diagram_count,
)
from tests.browser.where import name_problem, source_line
from tests.harness.paths import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("site")]

ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
SEARCH_INDEX = "search/search_index.json"

# Search: (term, chapter number it must find). The first terms whose chapter exists and whose source
# contains them are searched for, at most two per language, at least one each.
SEARCH_TERMS = {
    # 守护进程: found the glossary alone while each word of a Chinese query had to match exactly.
    "zh": [("守护进程", "04"), ("僵尸进程", "04"), ("调度", "03"), ("进程状态", "03")],
    "en": [("zombie", "04"), ("scheduling", "03"), ("process states", "03")],
}


def _search_cases(pages: list[Page]) -> list[tuple[str, str, str]]:
    cases = []
    for locale, terms in SEARCH_TERMS.items():
        chosen = []
        for term, chapter in terms:
            page = next(
                (
                    p
                    for p in pages
                    if p.locale == locale
                    and re.match(rf"({locale}/)?{chapter}-", p.path)
                ),
                None,
            )
            if page is None or page.source is None:
                continue
            if (
                term.lower() in page.source.read_text(encoding="utf-8").lower()
                and len(chosen) < 2
            ):
                chosen.append((locale, term, page.path))
        cases += chosen
    return cases


@pytest.fixture(scope="module")
def site_in_browser(request) -> Crawl:
    missing = chromium_missing()
    if missing:
        skip_or_fail(missing)  # fails instead under .ci/run (MPDOCS_REQUIRE_BROWSER=1)
    site = request.getfixturevalue("built_site")
    pages = discover(site)
    proofs = [
        made
        for made in (broken_copy(pages, site), broken_notebook(pages, site))
        if made
    ]
    old_drawing = old_drawing_copy(pages, site)
    replaced = {path: body for _, copy in proofs for path, body in copy.items()}
    replaced.update(old_drawing[1] if old_drawing else {})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):
        old.unlink()
    with Server(site, site_prefix(), replaced=replaced) as server:
        return asyncio.run(
            crawl(
                server.base,
                pages,
                SCREENSHOTS,
                _search_cases(pages),
                proof=[page for page, _ in proofs],
                site=site,
                old_drawing=old_drawing[0] if old_drawing else None,
            )
        )


def _problems(reports, *aspects: str) -> list[str]:
    found = []
    for report in reports:
        for aspect in aspects:
            value = getattr(report, aspect)
            for problem in [value] if isinstance(value, str) else value or []:
                found.append(
                    name_problem(report.page, problem)
                )  # docs/<page>.md:<line> first
    return found


def _fail_if(problems: list[str], what: str) -> None:
    if problems:
        pytest.fail(f"{what}:\n  " + "\n  ".join(problems), pytrace=False)


def test_every_page_was_checked(site_in_browser):
    names = [report.page.name for report in site_in_browser.pages]
    assert "/" in names and all(f"{locale}/" in names for locale in OTHER_LOCALES), (
        f"home pages missing: {names}"
    )
    assert any(not report.page.is_home for report in site_in_browser.pages), (
        f"no chapter page found: {names}"
    )
    _fail_if(
        _problems(site_in_browser.pages, "crashed"),
        "the check of these pages stopped early",
    )


def test_pages_load_without_console_errors_or_failed_requests(site_in_browser):
    _fail_if(
        _problems(site_in_browser.pages, "console", "failed"),
        "console errors or failed requests",
    )


def test_no_request_leaves_localhost(site_in_browser):
    problems = [
        name_problem(
            report.page,
            f"requested {url} (every font, script, style and image must come from the site)",
        )
        for report in site_in_browser.pages
        for url in report.external
    ]
    _fail_if(problems, "third-party requests")


def test_every_mermaid_diagram_renders(site_in_browser):
    problems = _problems(site_in_browser.pages, "diagrams")
    for report in site_in_browser.pages:
        expected = source_diagram_count(report.page)
        if not report.diagrams and report.diagrams_rendered != expected:
            problems.append(
                name_problem(
                    report.page,
                    f"{expected} mermaid diagrams in the source, {report.diagrams_rendered} rendered",
                )
            )
    _fail_if(problems, "mermaid diagrams")


def test_code_and_output_blocks_match_the_includes(site_in_browser):
    _fail_if(
        _problems(site_in_browser.pages, "blocks"), "code or recorded-output blocks"
    )


def test_tab_labels_are_whole_on_desktop_and_phone(site_in_browser):
    _fail_if(_problems(site_in_browser.pages, "tab_labels"), "tab labels")


def test_recorded_outputs_are_as_legible_as_code(site_in_browser):
    _fail_if(_problems(site_in_browser.pages, "legibility"), "recorded outputs")


def test_notebook_pages_read_like_the_other_chapters(site_in_browser):
    notebooks = [
        r
        for r in site_in_browser.pages
        if r.page.source is not None and r.page.source.suffix == ".ipynb"
    ]
    assert {r.page.locale for r in notebooks} >= {DEFAULT_LOCALE, *OTHER_LOCALES}, (
        f"no notebook page checked in some language: {[r.page.name for r in notebooks]}"
    )
    _fail_if(
        _problems(notebooks, "notebook"), "notebook pages (tests/browser/notebook.py)"
    )


def test_a_broken_notebook_page_is_caught(site_in_browser):
    proof = next(
        (r for r in site_in_browser.proofs if r.page.path.endswith(PROOF_NAME)), None
    )
    if proof is None:
        pytest.skip("no notebook page to break")
    found = _problems([proof], "notebook")
    missed = [
        fault
        for fault, words in PROOF_FAULTS.items()
        if not any(words in line for line in found)
    ]
    assert not missed, (
        f"{proof.page.name}: defects not caught: {missed}; reported: {found}"
    )
    assert proof.crashed is None, (
        f"the check of {proof.page.name} stopped early: {proof.crashed}"
    )


def test_copy_button_copies_the_example(site_in_browser):
    _fail_if(_problems(site_in_browser.pages, "copy"), "copy button")
    unchecked = [
        name_problem(
            report.page,
            "no visible example code block, so the copy button was not tried",
        )
        for report in site_in_browser.pages
        if report.page.example_code
        and report.copy_checked is None
        and not report.crashed
    ]
    _fail_if(unchecked, "copy button")


def test_exercise_solutions_open_on_click_with_a_copy_button(site_in_browser):
    """Closed at load, open on click, copy button inside: one page per language (tests/browser/exercises.py)."""
    checked = [report for report in site_in_browser.pages if report.solutions_checked]
    with_solutions = {
        r.page.locale for r in site_in_browser.pages if exercises.click_tested(r.page)
    }
    missing = sorted(with_solutions - {report.page.locale for report in checked})
    assert not missing, (
        f"no exercise solution was clicked on a page in {missing}: the check did not run"
    )
    _fail_if(_problems(checked, "solutions"), "exercise solutions")


def test_a_broken_solution_is_caught(site_in_browser):
    """The same check, on the page broken in place: one open at load, one that will not open, no copy button."""
    proved = [
        report
        for report in site_in_browser.pages
        if report.solutions_checked and not report.solutions
    ]
    assert proved, (
        "no page passed the exercise-solution check, so its proof did not run"
    )
    for report in proved:
        missed = [
            m
            for m in PROOF_MESSAGES
            if not any(m in line for line in report.solutions_proof)
        ]
        assert not missed, (
            f"{report.page.name}: on the page broken in place, nothing was reported as {missed} "
            f"(reported: {report.solutions_proof}); the first solution must have no code (a predict exercise) "
            "and the page three solutions or more, see tests/browser/exercises.py"
        )


def test_search_finds_chinese_and_english_terms(site_in_browser):
    searched = {report.locale for report in site_in_browser.searches}
    assert searched >= {DEFAULT_LOCALE, *OTHER_LOCALES}, (
        f"no search term of SEARCH_TERMS occurs in its chapter for {sorted({'zh', 'en'} - searched)}: update the list"
    )
    problems = [
        f"search for {report.term!r} ({report.locale}): {report.problem}"
        for report in site_in_browser.searches
        if report.problem
    ]
    _fail_if(problems, "search")


def _index_fetches(report) -> list[str]:
    """Search indexes a page asked for as it loaded (the crawl never opens search)."""
    return [url for url in report.requests if url.endswith(SEARCH_INDEX)]


def test_no_page_fetches_a_search_index_as_it_loads(site_in_browser):
    problems = [
        name_problem(
            report.page,
            f"fetched {url} as it loaded: only opening search may fetch an index (overrides/hooks/search_per_language.py)",
        )
        for report in site_in_browser.pages
        for url in _index_fetches(report)
    ]
    _fail_if(problems, "search index fetched before search was opened")


def _sizes(report, site, base: str) -> dict[str, int]:
    """Bytes of each file the page asked for (a file answered from the HTTP cache is asked for too)."""
    urls = [
        url for url in dict.fromkeys(report.requests) if not url.endswith(SEARCH_INDEX)
    ]  # counted apart
    files = {url: served_file(site, base, url) for url in urls}
    return {
        url.removeprefix(base): file.stat().st_size
        for url, file in files.items()
        if file
    }


def test_page_weight_and_mermaid_only_where_needed(site_in_browser, built_site):
    reports = site_in_browser.pages
    sizes = {
        report.page.name: _sizes(report, built_site, site_in_browser.base)
        for report in reports
    }
    weights = {name: sum(files.values()) for name, files in sizes.items()}
    homes = {report.page.locale: report for report in reports if report.page.is_home}
    chapters = [report for report in reports if not report.page.is_home]
    heaviest = max(chapters, key=lambda report: weights[report.page.name], default=None)
    weight = {
        "note": (
            "bytes of the files a first visit downloads (uncompressed, as http.server sends them; headers "
            "not counted); no page fetches a search index until the reader opens search, then only its "
            "language's (search_index_bytes)"
        ),
        "search_index_bytes": {
            locale: (built_site / prefix / SEARCH_INDEX).stat().st_size
            for locale, prefix in (
                (DEFAULT_LOCALE, ""),
                *((locale, f"{locale}/") for locale in OTHER_LOCALES),
            )
        },
        "home": {locale: weights[report.page.name] for locale, report in homes.items()},
        "heaviest_chapter": {
            "page": heaviest.page.name,
            "bytes": weights[heaviest.page.name],
        }
        if heaviest
        else None,
        "pages": {
            report.page.name: {
                "bytes": weights[report.page.name],
                "requests": len(report.requests),
                "diagrams": len(report.page.diagrams),
                "loads_mermaid": report.mermaid_loaded,
                "seconds": round(report.seconds, 1),
                "phases": report.phases,  # where the seconds went, and a tab give-back that timed out
                "largest": dict(
                    sorted(sizes[report.page.name].items(), key=lambda item: -item[1])[
                        :5
                    ]
                ),
            }
            for report in reports
        },
        "browser_seconds": round(site_in_browser.seconds, 1),
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "page-weight.json").write_text(
        json.dumps(weight, indent=2, ensure_ascii=False) + "\n"
    )
    for locale, report in homes.items():
        print(
            f"page weight, home ({locale}): {weights[report.page.name]:,} bytes in {len(report.requests)} requests"
        )
    if heaviest:
        print(
            f"page weight, heaviest chapter {heaviest.page.name}: {weights[heaviest.page.name]:,} bytes"
        )

    problems = [
        f"{report.page.name}: has no diagram but loads the mermaid library"
        for report in reports
        if not report.page.diagrams and report.mermaid_loaded
    ] + [
        f"{report.page.name}: has {len(report.page.diagrams)} diagrams but never loads the mermaid library"
        for report in reports
        if report.page.diagrams and not report.mermaid_loaded
    ]
    _fail_if(problems, "mermaid loaded where it is not needed, or missing where it is")


def test_screenshots_of_every_page(site_in_browser):
    missing = [
        f"{report.page.name}: no screenshot"
        for report in site_in_browser.pages
        if report.screenshot is None
        or not report.screenshot.is_file()
        or report.screenshot.stat().st_size == 0
    ]
    _fail_if(missing, f"screenshots (in {SCREENSHOTS.relative_to(ROOT)})")
    if cjk_font_missing():
        warnings.warn(
            "no font covers Chinese: the zh screenshots show boxes (apt-get install fonts-noto-cjk)",
            stacklevel=1,
        )


def test_a_broken_page_is_caught_and_named(site_in_browser):
    """The same checks on a copy of a page with a broken diagram, a foreign image, a missing script and an index fetched at load."""
    proof = site_in_browser.proof
    if proof is None:
        pytest.skip("no page with a mermaid diagram to break")
    name = proof.page.name
    diagrams = _problems([proof], "diagrams")
    # named by its Markdown source and line, where an author fixes it (tests/browser/where.py)
    first_fence = f"{source_line(proof.page.source, 'mermaid diagram 1')}: "
    assert first_fence.startswith("docs/") and first_fence.count(":") == 2, first_fence
    assert any(
        line.startswith(f"{first_fence}mermaid diagram 1 ")
        and "failed to render" in line
        and "Parse error" in line
        for line in diagrams
    ), f"the broken diagram on {name} was not reported as such: {diagrams}"
    assert FOREIGN_IMAGE in proof.external, (
        f"the foreign image on {name} was not caught: {proof.external}"
    )
    failed = _problems([proof], "failed")
    assert any(MISSING_SCRIPT in line and "404" in line for line in failed), (
        f"the missing script was not caught: {failed}"
    )
    assert _index_fetches(proof), (
        f"the search index fetched as {name} loads was not seen: {proof.requests}"
    )
    cut = _problems([proof], "tab_labels")
    assert any(LONG_TAB_LABEL.strip()[:20] in line for line in cut), (
        f"the overlong tab label was not caught: {cut}"
    )
    cramped = _problems([proof], "legibility")
    assert any("px text beside" in line for line in cramped) and any(
        "cut off" in line for line in cramped
    ), f"the small, unwrapped output was not caught: {cramped}"
    assert any("no shadow" in line for line in cramped) and any(
        "aligned line 2 wraps" in line for line in cramped
    ), f"the aligned output without its shadow, one line wrapped, was not caught: {cramped}"
    assert any("table row 1 wraps outside its last column" in line for line in cramped), (
        f"the table row wrapped back to the left edge was not caught: {cramped}"
    )
    assert any("a table runs past the edge" in line for line in cramped), (
        f"the wide table without its shadow was not caught: {cramped}"
    )
    assert proof.crashed is None, f"the check of {name} stopped early: {proof.crashed}"


# ---------------------------------------------------------------------------- navigation (tests/browser/navigation.py)


# What each check must say about its proof copy (the same page with the fix taken out).
PROOF_CAUGHT = {
    "switch": ["not at #"],
    "search": [
        "before the reader opens search",
        "a page in the other language",
        "a word it holds is missing",
    ],
    "404": ["unstyled"],
}


def _navigation(site_in_browser, check: str) -> None:
    """The check passes on the site and catches its proof copy."""
    report = site_in_browser.navigation
    _fail_if(report.problems[check], f"navigation: {check}")
    said = "\n".join(report.proof[check])
    missed = [words for words in PROOF_CAUGHT[check] if words not in said]
    assert not missed, (
        f"the {check} check did not catch its proof copy (tests/browser/navigation.py): {said!r}"
    )


def test_language_switch_lands_on_the_same_section(site_in_browser):
    _navigation(site_in_browser, "switch")


def test_search_fetches_only_its_own_language_when_opened(site_in_browser):
    _navigation(site_in_browser, "search")
    report = site_in_browser.navigation
    weights = {
        "index_bytes": report.index_bytes,
        "index_on_load": report.index_on_load,
        "seconds": report.seconds,
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "search-index-weight.json").write_text(
        json.dumps(weights, indent=2) + "\n"
    )
    print(
        f"search index per language (bytes, fetched only when search opens): {report.index_bytes}"
    )


def test_404_page_in_both_languages_styled_anywhere(site_in_browser):
    _navigation(site_in_browser, "404")


def test_diagrams_are_legible_on_desktop_and_phone_and_in_dark_mode(site_in_browser):
    """Drawn text >= MIN_TEXT_PX at 1280 px and on a phone (a wide diagram may scroll in its own box,
    the page may not), and after switching to dark mode, text and lines >= MIN_CONTRAST:1."""
    _fail_if(
        _problems(site_in_browser.pages, "diagram_reading"),
        "diagrams a reader cannot read",
    )


def test_search_highlighting_stays_out_of_diagrams(site_in_browser):
    checks = site_in_browser.diagram_checks
    _fail_if(checks.unfit, "highlight cases")
    locales = {report.page.locale for report in checks.highlights}
    assert locales >= {DEFAULT_LOCALE, *OTHER_LOCALES}, (
        f"highlighting checked only in {sorted(locales)}"
    )
    assert {report.when for report in checks.highlights} == {"before", "after"}, (
        "both orders must be checked"
    )
    problems = [
        f"{report.name}: {problem}"
        for report in checks.highlights
        for problem in report.problems
    ]
    _fail_if(problems, "search highlighting in diagrams")


def test_search_results_highlight_the_words_searched(site_in_browser):
    checks = site_in_browser.diagram_checks
    assert {report.page.locale for report in checks.highlights} >= {
        DEFAULT_LOCALE,
        *OTHER_LOCALES,
    }
    problems = [
        f"{report.page.name}: {report.result_link}"
        for report in checks.highlights
        if report.result_link
    ]
    _fail_if(problems, "search result links")


def test_the_diagram_checks_catch_the_old_drawing(site_in_browser):
    """The same checks on a copy of a page drawn as the site used to (mermaid's default theme, shrunk to
    fit, drawn from its HTML) with a wide diagram first: each must report its defect."""
    checks = site_in_browser.diagram_checks
    if checks.old_drawing is None:
        pytest.fail(
            "no copy of the old drawing: the English page of tests/browser/diagrams.py SWITCH_PAGES must "
            "exist and load its diagrams with javascripts/diagrams.mjs (mkdocs.yml, plugin mermaid2)",
            pytrace=False,
        )
    found = checks.old_drawing
    assert any(
        "px at 1280 px wide" in line and f"under {MIN_TEXT_PX} px" in line
        for line in found
    ), f"the shrunken wide diagram was not caught at 1280 px: {found}"
    assert any("px at 390 px wide" in line for line in found), (
        f"small text on a phone was not caught: {found}"
    )
    assert any(
        "sticks out of a 390 px" in line or "page scrolls sideways at 390 px" in line
        for line in found
    ), f"a diagram sticking out of a phone's screen was not caught: {found}"
    assert any("not drawn again" in line for line in found), (
        f"the missing redraw was not caught: {found}"
    )
    assert any(
        "in dark mode" in line and f"below {MIN_CONTRAST:g}:1" in line for line in found
    ), f"low contrast in dark mode was not caught: {found}"
    for report in checks.old_highlights:
        assert any(
            "search highlights inside the diagram" in line for line in report.problems
        ), (
            f"{report.name}: the highlight inside a diagram was not caught: {report.problems}"
        )
        assert report.result_link, (
            f"{report.name}: a result link with Material's ?h= was not caught"
        )
    assert {report.when for report in checks.old_highlights} == {"before", "after"}
