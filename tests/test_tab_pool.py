"""The crawl's borrowed tabs (tests/browser/tabs.py) come back clean: no listener, route, page or viewport
of the previous borrower is left, and a tab that cannot be reset is replaced. Checked with stand-in
Playwright objects (no Chromium needed)."""

from __future__ import annotations

import asyncio

from tests.browser.tabs import TabPool

DESKTOP = {"width": 1280, "height": 800}


class _Tab:
    def __init__(self, context, fail_reset: bool = False) -> None:
        self.context = context
        self.fail_reset = fail_reset
        self.listeners: list[tuple[str, object]] = []
        self.routes = 1  # as if a borrower had routed requests
        self.url = "http://127.0.0.1/a-page/"
        self.viewport_size = {"width": 390, "height": 844}
        self.closed = False

    def on(self, event, handler):
        self.listeners.append((event, handler))

    def remove_listener(self, event, handler):
        self.listeners.remove((event, handler))

    def set_default_timeout(self, ms):
        pass

    async def add_init_script(self, script):
        pass

    async def emulate_media(self, color_scheme):
        pass

    async def unroute_all(self, behavior):
        self.routes = 0

    async def goto(self, url):
        if self.fail_reset:
            raise RuntimeError("Target crashed")
        self.url = url

    async def set_viewport_size(self, size):
        self.viewport_size = size

    async def close(self):
        self.closed = True


class _Context:
    def __init__(self, fail_first_reset: bool = False) -> None:
        self.made: list[_Tab] = []
        self.fail_first_reset = fail_first_reset

    async def new_page(self):
        self.made.append(_Tab(self, fail_reset=self.fail_first_reset and not self.made))
        return self.made[-1]


def _borrow_twice(context: _Context):
    async def run():
        pool = TabPool([context], viewport=DESKTOP)
        first = await pool.borrow("dark")
        pool.listen(first, "request", lambda request: None)
        given_back = await pool.give_back(first, timeout=5)
        second = await pool.borrow("light")
        await pool.give_back(second, timeout=5)
        return first, second, given_back

    return asyncio.run(run())


def test_the_next_borrower_gets_the_same_tab_reset():
    first, second, given_back = _borrow_twice(_Context())
    assert given_back and second is first, "the tab was not kept for the next borrower"
    assert first.listeners == [], (
        f"listeners left for the next borrower: {first.listeners}"
    )
    assert first.routes == 0, "the borrower's routes were left in place"
    assert first.url == "about:blank", f"the previous page ({first.url}) was left open"
    assert first.viewport_size == DESKTOP, f"viewport left at {first.viewport_size}"


def test_a_tab_that_cannot_be_reset_is_replaced():
    context = _Context(fail_first_reset=True)
    first, second, given_back = _borrow_twice(context)
    assert given_back, "closing the broken tab was reported as timed out"
    assert first.closed, "the tab that failed to reset was not closed"
    assert second is not first and len(context.made) == 2, (
        "the next borrower got the broken tab"
    )
