"""A browser that stops answering cannot hang the suite: the crawl cuts a page check off and says
where it was stuck. Checked with a stand-in browser whose calls never return (no Chromium needed)."""

from __future__ import annotations

import asyncio

from tests.browser import crawl
from tests.browser.site import Page


class _Unanswered:
    """Stands for a Playwright object whose every call waits forever."""

    def __getattr__(self, name):
        async def never(*args, **kwargs):
            await asyncio.Event().wait()

        return never


class _Tabs:
    """Stands for tests/browser/tabs.py's TabPool: hands out tabs that never answer."""

    async def borrow(self, color_scheme):
        tab = _Unanswered()
        tab.set_default_timeout = lambda ms: None
        return tab

    def listen(self, tab, event, handler):
        pass

    async def give_back(self, tab, timeout):
        return False


def test_a_stuck_page_check_is_cut_off_and_named(monkeypatch):
    monkeypatch.setattr(crawl, "PAGE_BUDGET_S", 0.2)
    page = Page(path="03-process-fundamentals/", locale="zh", source=None, twin=None)
    report = asyncio.run(
        crawl.check_page(_Tabs(), "http://127.0.0.1:1/", page, None, asyncio.Lock())
    )
    assert (
        report.crashed is not None and "did not finish within 0.2 s" in report.crashed
    ), report.crashed
    assert "waiting at tests/browser/crawl.py:" in report.crashed, report.crashed
