"""A few browser contexts kept open for the whole crawl, each with one tab that every check borrows in turn.

Measured on 2 cores (whole-machine CPU): a new tab costs about 1 s of CPU before any page loads in
it (0.25 s to open, 0.9 s more in the next two seconds with nothing loaded), a new context 0.4 s
more; six page loads took 13.3-15.5 s of CPU in fresh tabs and 8.6-8.9 s navigating one tab. A borrowed
tab shows the checks what a first visit shows:
- the HTTP cache stays on, as for a reader going from page to page: a file answered from it still
  raises the request event, so every file a page needs is recorded all the same (measured: the 26
  pages made the same 744 requests with the cache on and off) and page weight
  counts the files those requests name; a page no longer parses and compiles mermaid afresh each
  time (the page checks' CPU, measured in pairs: 49.8 -> 45.5 s and 51.8 -> 46.2 s);
- localStorage and sessionStorage are emptied before any script of a page runs, so nothing a
  previous page stored (Material keeps the chosen palette there) carries over;
- given back, the tab drops the borrower's listeners and routes, leaves its page for about:blank
  (the old page's scripts stop, and nothing late is heard by the next borrower) and gets the
  pool's viewport back; a tab that fails any of that is closed, and the next borrower gets a new one;
- one borrower at a time per context, so two checks never share storage or the clipboard permission.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

# Runs before the page's own scripts, on every document the tab loads.
_FORGET_STORAGE = "try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}"
RESET_TIMEOUT_S = 10


class TabPool:
    def __init__(self, contexts: list, viewport: dict | None = None) -> None:
        self._free: asyncio.Queue = asyncio.Queue()
        self._all = contexts
        self._viewport = viewport
        self._tab_of: dict = {}  # context -> its kept tab (absent: make one when next borrowed)
        self._listeners: dict = {}  # tab -> [(event, handler)] its borrower added with listen()
        for context in contexts:
            self._free.put_nowait(context)

    @classmethod
    async def open(cls, browser, size: int, **options) -> TabPool:
        """`size` contexts made with `options` (viewport, permissions); routes are set per borrower."""
        contexts = [await browser.new_context(**options) for _ in range(size)]
        return cls(contexts, options.get("viewport"))

    async def _new_tab(self, context):
        tab = await context.new_page()
        try:
            await tab.add_init_script(_FORGET_STORAGE)
        except BaseException:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(tab.close(), timeout=5)
            raise
        return tab

    async def borrow(self, color_scheme: str):
        """The tab of a free context (waiting for one), showing about:blank, as `color_scheme`."""
        context = await self._free.get()
        try:
            tab = self._tab_of.get(context)
            if tab is None:
                tab = self._tab_of[context] = await self._new_tab(context)
            await tab.emulate_media(color_scheme=color_scheme)
        except BaseException:
            await self._discard(context)
            self._free.put_nowait(context)
            raise
        self._listeners[tab] = []
        return tab

    def listen(self, tab, event: str, handler) -> None:
        """tab.on(event, handler), undone when the tab is given back."""
        tab.on(event, handler)
        self._listeners[tab].append((event, handler))

    async def give_back(self, tab, timeout: float) -> bool:
        """Give `tab` back, reset for the next borrower (or closed, if resetting fails); False if that
        took longer than `timeout` seconds."""
        context = tab.context
        for event, handler in self._listeners.pop(tab, []):
            tab.remove_listener(event, handler)
        try:
            await asyncio.wait_for(
                self._reset(tab), timeout=min(timeout, RESET_TIMEOUT_S)
            )
            return True
        except Exception:  # noqa: BLE001 - a tab that cannot be reset is replaced
            return await self._discard(context, timeout)
        finally:
            self._free.put_nowait(context)

    async def _reset(self, tab) -> None:
        await tab.unroute_all(behavior="ignoreErrors")
        await tab.goto("about:blank")
        tab.set_default_timeout(30_000)  # Playwright's own
        if self._viewport and tab.viewport_size != self._viewport:
            await tab.set_viewport_size(self._viewport)

    async def _discard(self, context, timeout: float = 5) -> bool:
        """Close the context's tab (the next borrower gets a new one); False if closing timed out."""
        tab = self._tab_of.pop(context, None)
        if tab is None:
            return True
        try:
            await asyncio.wait_for(tab.close(), timeout=timeout)
            return True
        except Exception:  # noqa: BLE001 - a close that never returns (Playwright #41900) is left behind
            return False

    @contextlib.asynccontextmanager
    async def tab(
        self, color_scheme: str = "light", close_timeout: float = 20
    ) -> AsyncIterator:
        """`async with tabs.tab() as tab:` a borrowed tab, given back (within `close_timeout` s) at the end."""
        tab = await self.borrow(color_scheme)
        try:
            yield tab
        finally:
            await self.give_back(tab, close_timeout)

    async def close(self, timeout: float) -> None:
        for context in self._all:
            try:
                await asyncio.wait_for(context.close(), timeout=timeout)
            except TimeoutError:
                pass
