"""Typing a term into a page's search box and reading the results: the results must include the
page the term comes from, with the term highlighted.

Run by tests/browser/navigation.py in the tab where it has opened search on each home page (the
search index is built once per language: seconds of CPU).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.browser.site import without_query


@dataclass
class SearchReport:
    locale: str
    term: str
    expected: str  # page path that must be among the results
    found: list[str] = field(
        default_factory=list
    )  # result pages (path, no query or anchor)
    marked: list[str] = field(default_factory=list)  # highlighted words in the results
    # Until search_once runs: a term the crawl never got to type fails rather than passes.
    problem: str | None = (
        "never searched (search did not open on the home page: see the navigation checks)"
    )


async def search_once(tab, base: str, report: SearchReport) -> None:
    """Type report.term into the open search box of `tab` and fill in what the results show."""
    report.problem = None
    box = tab.locator(".md-search__input")
    await box.fill("")
    await box.press(
        "End"
    )  # Material reads the query on keydown, not on the input event `fill` sends
    await tab.locator(".md-search-result__item").first.wait_for(
        state="detached", timeout=10_000
    )
    await box.fill(report.term)
    await box.press("End")
    try:
        await tab.wait_for_selector(".md-search-result__item", timeout=10_000)
    except Exception:  # noqa: BLE001
        meta = await tab.locator(".md-search-result__meta").inner_text()
        report.problem = f"no result at all (the search says: {meta.strip()!r})"
        return
    results = await tab.evaluate(
        """() => [...document.querySelectorAll('.md-search-result__item a')].map(a =>
            [a.href, [...a.querySelectorAll('mark')].map(m => m.textContent)])"""
    )
    for href, marks in results:
        path = without_query(href).removeprefix(base)
        if path not in report.found:
            report.found.append(path)
        report.marked.extend(marks)
    if report.expected not in report.found:
        report.problem = f"/{report.expected} not among the results ({', '.join('/' + p for p in report.found)})"
    elif not report.marked:
        report.problem = "results, but none highlights the term"
