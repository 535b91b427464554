"""What a code block's copy button puts on the clipboard, read back in the page."""

from __future__ import annotations

import asyncio


async def copied_by(tab, block, clipboard: asyncio.Lock) -> str:
    """Click `block`'s copy button and return the clipboard's text ("" if nothing arrived in 1 s).

    `clipboard` is held throughout: the system has one clipboard for all tabs of the crawl.
    """
    async with clipboard:
        await tab.bring_to_front()
        await tab.evaluate("navigator.clipboard.writeText('')")
        await block.hover()
        await block.locator(
            "button[data-md-type=copy], button.md-clipboard, .md-clipboard"
        ).first.click()
        copied = ""
        for _ in range(20):
            # readText() waits for the page to have focus: bounded, since the lock stops every other tab
            copied = await asyncio.wait_for(
                tab.evaluate("navigator.clipboard.readText()"), timeout=5
            )
            if copied:
                break
            await asyncio.sleep(0.05)
    return copied
