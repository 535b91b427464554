"""Drive one headless Chromium over every page of the built site and write down what went wrong.

Everything happens in one `asyncio.run`: one browser, pages checked concurrently, each in the kept
tab of one of a few kept contexts (tests/browser/tabs.py: storage emptied, and every file a page
needs recorded, cached or not). Chromium sends every request for another host to a proxy
that is not there, so nothing ever leaves the machine, on CI either; the request is recorded.

The crawl shares 2 cores with the rest of the suite, so it saves CPU where no check is lost:
no request interception on the page loads; every page's language link is checked in the built
HTML (tests/test_navigation.py), and the switch itself, script and all, is followed for real on
one page in each direction (tests/browser/navigation.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.browser import diagram_words, diagrams, exercises
from tests.browser.character_boxes import CHARACTER_BOXES
from tests.browser.clipboard import copied_by
from tests.browser.navigation import NavigationReport, check_navigation
from tests.browser.notebook import check_notebook, check_on_phone, is_notebook
from tests.browser.searching import SearchReport
from tests.browser.site import Page
from tests.browser.tabs import TabPool
from tests.harness.paths import EXAMPLES, ROOT

# Debian's headless-only build of the same Chromium (package chromium-headless-shell, what Playwright
# itself launches for headless runs): it draws no browser window behind the page, and measured on
# this suite's crawl it used 66 s of CPU against the full browser's 80 s, with every check the same.
# CI on Ubuntu sets google-chrome.
CHROMIUM = os.environ.get("MPDOCS_CHROMIUM", "/usr/bin/chromium-headless-shell")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Requests for other hosts go to a proxy on a port nothing listens on (9, "discard"), and fail.
    # Chromium never proxies 127.0.0.1, where the site is served.
    "--proxy-server=http://127.0.0.1:9",
    # At most as many renderer processes as pages checked at once: a fresh context then reuses a
    # renderer instead of starting one (and loading its fonts) for every page. Contexts stay apart
    # (own cookies, cache, storage); measured: the page checks' CPU 116 s -> 92 s, wall 69 s -> 47 s.
    "--renderer-process-limit=3",  # = CONCURRENCY
]
VIEWPORT = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
CONCURRENCY = 3
# Generous: a busy machine renders slowly, and a page that works stops waiting as soon as it is done.
MERMAID_TIMEOUT_MS = 60_000
LOAD_TIMEOUT_MS = 60_000
CLOSE_TIMEOUT_S = 20
# Playwright's evaluate() and a route handler have no timeout of their own: a renderer that stops
# answering would hang the suite. Each page check, and each other job, is cut off after this long
# (a page that works takes seconds; the load and diagram timeouts above fit well inside).
PAGE_BUDGET_S = 150
JOB_BUDGET_S = 300
VENDORED_MERMAID = "/assets/vendor/mermaid/"


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} not found: apt-get install chromium-headless-shell (or: bash tests/setup.sh --with-browser)"
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed: pip install -r requirements.txt"
    return None


def cjk_font_missing() -> bool:
    """True when no font covers Chinese: Chromium then draws boxes, and screenshots are useless."""
    if shutil.which("fc-list") is None:
        return False
    found = subprocess.run(
        ["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False
    )
    return not found.stdout.strip()


@dataclass
class PageReport:
    page: Page
    url: str
    requests: list[str] = field(
        default_factory=list
    )  # every URL the page asked for, in order
    external: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    diagrams: list[str] = field(
        default_factory=list
    )  # problems, one per diagram that broke
    diagrams_rendered: int = 0
    blocks: list[str] = field(default_factory=list)
    copy: list[str] = field(default_factory=list)
    copy_checked: str | None = None  # the example whose copy button was clicked
    tab_labels: list[str] = field(
        default_factory=list
    )  # labels cut off, at a width of PHONE or VIEWPORT
    legibility: list[str] = field(
        default_factory=list
    )  # recorded outputs smaller than code, or cut off
    solutions: list[str] = field(
        default_factory=list
    )  # exercise solutions: tests/browser/exercises.py
    solutions_proof: list[str] = field(
        default_factory=list
    )  # the same check on the page broken in place
    solutions_checked: int = 0
    notebook: list[str] = field(
        default_factory=list
    )  # a notebook page unlike the others (tests/browser/notebook.py)
    diagram_reading: list[str] = field(
        default_factory=list
    )  # diagrams too small, or unreadable in dark mode
    crashed: str | None = None
    seconds: float = 0.0
    phases: dict[str, float] = field(
        default_factory=dict
    )  # seconds per step, to see where time goes
    screenshot: Path | None = None

    @property
    def mermaid_loaded(self) -> bool:
        return any(VENDORED_MERMAID in url for url in self.requests)


@dataclass
class Crawl:
    base: str
    pages: list[PageReport]
    searches: list[SearchReport]
    proof: PageReport | None
    seconds: float
    navigation: NavigationReport | None = None  # tests/browser/navigation.py
    proofs: list[PageReport] = field(
        default_factory=list
    )  # every broken copy checked, proof first
    diagram_checks: diagrams.DiagramChecks | None = None


def _normalize(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


# Settled = every diagram is either an SVG mermaid drew, or mermaid's error picture.
_DIAGRAMS_SETTLED = """() => [...document.querySelectorAll('article .mermaid')].every(d =>
    d.querySelector(':scope > svg[aria-roledescription]') || /Syntax error in text/.test(d.textContent))"""

_DIAGRAM_STATES = """() => [...document.querySelectorAll('article .mermaid')].map(d => {
    const ok = d.querySelector(':scope > svg[aria-roledescription]');
    if (ok && ok.getAttribute('aria-roledescription') !== 'error' && !/Syntax error in text/.test(d.textContent))
        return {ok: true, kind: ok.getAttribute('aria-roledescription')};
    const copy = d.cloneNode(true);
    copy.querySelectorAll('style').forEach(s => s.remove());
    return {ok: false, text: copy.textContent.replace(/\\s+/g, ' ').trim().slice(0, 400),
            processed: d.getAttribute('data-processed')};
})"""

# The mermaid module the page imported (same URL, so the same instance): ask it why a source fails.
_MERMAID_PARSE = """async (source) => {
    const script = [...document.querySelectorAll('script[type=module]')].map(s => s.textContent)
        .map(t => /import\\s+mermaid\\s+from\\s+["']([^"']+)["']/.exec(t)).find(Boolean);
    if (!script) return 'no mermaid module script on the page';
    const mermaid = (await import(new URL(script[1], document.baseURI))).default;
    try { await mermaid.parse(source); return null; } catch (e) { return String(e && e.message || e); }
}"""

# Tab labels whose text is cut, or that stick out of their tab bar (hidden by its overflow). Only
# visible tab sets are measured (an inner set inside an unselected tab has no box).
_CUT_TAB_LABELS = """() => [...document.querySelectorAll('article .tabbed-labels')].flatMap(bar => {
    const box = bar.getBoundingClientRect();
    if (!box.width) return [];
    return [...bar.querySelectorAll(':scope > label')].filter(label => {
        const r = label.getBoundingClientRect();
        return label.scrollWidth > label.clientWidth + 1 || r.left < box.left - 1 || r.right > box.right + 1;
    }).map(label => label.textContent.trim());
})"""

# Recorded outputs against the page's code blocks: the same font size, and no line hidden sideways.
_OUTPUT_LEGIBILITY = """() => {
    const size = el => parseFloat(getComputedStyle(el).fontSize);
    const code = [...document.querySelectorAll('article .highlight pre > code')]
        .find(c => !c.closest('.admonition') && c.getClientRects().length);
    const outputs = [...document.querySelectorAll('article .admonition.output pre > code')]
        .filter(c => c.getClientRects().length);
    return outputs.flatMap((c, i) => {
        const found = [];
        if (code && Math.abs(size(c) - size(code)) > 0.5)
            found.push(`output ${i + 1}: ${size(c)} px text beside ${size(code)} px code`);
        // Lines that line up (overrides/hooks/aligned_outputs.py) keep their shape, each on one line;
        // a table row that may wrap (.mpdocs-row) goes on only under its last column.
        const aligned = [...c.querySelectorAll('.mpdocs-aligned:not(.mpdocs-row)')];
        aligned.forEach((line, n) => {
            if (line.getClientRects().length > 1)
                found.push(`output ${i + 1}: aligned line ${n + 1} wraps and loses its columns`);
        });
        [...c.querySelectorAll('.mpdocs-row')].forEach((row, n) => {
            const text = document.createRange();
            text.selectNodeContents(row);
            // where its last column starts: the hook's --cell, in this row's font
            const probe = document.createElement('span');
            probe.style.cssText = 'position: absolute; visibility: hidden; width: var(--cell)';
            row.append(probe);
            const cell = row.getBoundingClientRect().left + probe.getBoundingClientRect().width;
            probe.remove();
            // where each line of it starts (a space it wrapped at hangs at the end of a line, a rect of its own)
            const starts = new Map();
            for (const r of text.getClientRects())
                if (r.width) starts.set(Math.round(r.top), Math.min(r.left, starts.get(Math.round(r.top)) ?? Infinity));
            const [, ...goingOn] = [...starts].sort((a, b) => a[0] - b[0]).map(([, left]) => left);
            if (goingOn.some(left => Math.abs(left - cell) > 1))
                found.push(`output ${i + 1}: table row ${n + 1} wraps outside its last column`);
        });
        if (c.scrollWidth <= c.clientWidth + 1) return found;
        // Wider than its box: only aligned lines may be (measured with them out of the layout), and
        // then the box scrolls and shows it.
        aligned.forEach(line => { line.style.display = 'none'; });
        const cut = c.scrollWidth > c.clientWidth + 1;
        aligned.forEach(line => { line.style.display = ''; });
        const style = getComputedStyle(c);
        if (cut)
            found.push(`output ${i + 1}: a line is cut off (${c.scrollWidth} px wide in ${c.clientWidth} px)`);
        else if (!['auto', 'scroll'].includes(style.overflowX) || (style.backgroundImage.match(/gradient\\(/g) || []).length < 4)
            found.push(`output ${i + 1}: its aligned lines run past the edge (${c.scrollWidth} px wide in `
                + `${c.clientWidth} px) with no scrolling box or no shadow that says so`);
        return found;
    });
}"""

# A table wider than its box (Material's .md-typeset__scrollwrap) shows an edge shadow (scroll-cues.css),
# and keeps each inline code name whole rather than squeeze itself: a name may wrap only at a space,
# after a hyphen inside a word (`disk-` / `sleep`), as prose does, or after a dot or an opening
# parenthesis, where overrides/hooks/table_code_breaks.py offers a break; any other line break between
# two of its characters (`ProcessPool` / `Executor`, `set_` / `start_method()`) is mid-word.
_TABLE_CUES = """() => {""" + CHARACTER_BOXES + """
    const cues = [...document.querySelectorAll('article .md-typeset__scrollwrap')]
        .filter(w => w.getClientRects().length && w.scrollWidth > w.clientWidth + 1)
        .filter(w => (getComputedStyle(w).backgroundImage.match(/gradient\\(/g) || []).length < 4)
        .map(w => `a table runs past the edge (${w.scrollWidth} px wide in ${w.clientWidth} px) with no shadow that says so`);
    // the glossary is read term beside meaning: it never scrolls sideways (on a phone, one card per term)
    const glossary = [...document.querySelectorAll('article .mpdocs-glossary .md-typeset__scrollwrap')]
        .filter(w => w.getClientRects().length && w.scrollWidth > w.clientWidth + 1)
        .map(w => `the glossary runs past the edge (${w.scrollWidth} px wide in ${w.clientWidth} px): a reader cannot see a term beside its meaning (scroll-cues.css)`);
    // the visible characters of a code element with where each sits; a space (or a collapsed one) is null
    const glyphs = code => characterBoxes(code).map(g => /\\s/.test(g.ch) || !g.box ? null : g);
    const wordy = ch => ch && /[\\p{L}\\p{N}]/u.test(ch.ch);
    const splitMidWord = code => glyphs(code).some((b, i, all) => {
        const a = all[i - 1];
        if (!a || !b || b.box.top < a.box.top + a.box.height / 2) return false;
        return !(a.ch === '-' && wordy(all[i - 2]) && wordy(b)) && !'.('.includes(a.ch);
    });
    const split = [...document.querySelectorAll('article table')].flatMap((table, n) => {
        if (!table.getClientRects().length) return [];
        const names = [...new Set([...table.querySelectorAll('code')]
            .filter(code => !code.closest('pre') && code.getClientRects().length > 1 && splitMidWord(code))
            .map(code => '`' + code.textContent + '`'))];
        return names.length ? [`table ${n + 1} breaks ${names.join(', ')} mid-word`] : [];
    });
    return cues.concat(glossary, split);
}"""

_CODE_BLOCKS = """() => [...document.querySelectorAll('article .highlight')].map(h => ({
    text: (h.querySelector('code') || h).textContent,
    output: !!h.closest('.admonition.output'),
    visible: h.getClientRects().length > 0,
    copy: !!h.querySelector('button[data-md-type=copy], .md-clipboard'),
}))"""


async def _check_diagrams(tab, page: Page, report: PageReport) -> None:
    if not page.diagrams:
        return
    with contextlib.suppress(Exception):  # a timeout is reported per diagram below
        await tab.wait_for_function(_DIAGRAMS_SETTLED, timeout=MERMAID_TIMEOUT_MS)
    states = await tab.evaluate(_DIAGRAM_STATES)
    if len(states) != len(page.diagrams):
        report.diagrams.append(
            f"{len(page.diagrams)} mermaid diagrams in the HTML, {len(states)} on the page"
        )
    for number, state in enumerate(states, 1):
        if state["ok"]:
            report.diagrams_rendered += 1
            continue
        source = page.diagrams[number - 1] if number <= len(page.diagrams) else ""
        why = await tab.evaluate(_MERMAID_PARSE, source) if source else None
        if state["processed"] is None:
            detail = "mermaid never processed it (library not loaded?)"
        elif "Syntax error in text" in state["text"]:
            detail = why or state["text"]
        else:
            detail = f"not rendered after {MERMAID_TIMEOUT_MS // 1000} s" + (
                f"; mermaid.parse says: {why}" if why else ""
            )
        first_line = source.strip().splitlines()[0] if source.strip() else "?"
        report.diagrams.append(
            f"mermaid diagram {number} ({first_line}) failed to render: {detail}"
        )
    await diagram_words.check(tab, page, report.diagrams)


async def _check_blocks(
    tab, page: Page, report: PageReport, clipboard: asyncio.Lock
) -> None:
    if page.source is None:
        report.blocks.append("no source file found in docs/ for this page")
        return
    if page.source.suffix != ".md":
        return
    blocks = await tab.evaluate(_CODE_BLOCKS)
    rendered = await tab.locator("article .admonition.output").count()
    if rendered != page.expected_outputs:
        report.blocks.append(
            f"{page.expected_outputs} recorded-output blocks expected from {len(page.outputs)} "
            f"`.out.md` includes in {page.source.name}, {rendered} `.admonition.output` on the page"
        )
    code = [(index, block) for index, block in enumerate(blocks) if not block["output"]]
    first_example: tuple[int, str, str] | None = None
    for include in page.example_code:
        file = EXAMPLES / include.split(":", 1)[0]
        if ":" in include or not file.is_file():
            continue  # a section or line range: the count check below still covers it
        expected = _normalize(file.read_text(encoding="utf-8"))
        matches = [
            index for index, block in code if _normalize(block["text"]) == expected
        ]
        if not matches:
            report.blocks.append(
                f'code block for --8<-- "{include}" missing (no block on the page has its text)'
            )
            continue
        visible = [index for index in matches if blocks[index]["visible"]]
        if first_example is None and visible:
            first_example = (
                visible[0],
                expected,
                include,
            )  # the copy check clicks one a reader can see
    if len(code) < len(page.example_code):
        report.blocks.append(
            f"{len(page.example_code)} `.py` includes in {page.source.name}, {len(code)} code blocks"
        )
    for index, block in enumerate(blocks):
        if not block["copy"]:
            report.copy.append(f"code block {index + 1} has no copy button")
    if first_example is None:
        return
    index, expected, include = first_example
    block = tab.locator("article .highlight").nth(index)
    copied = await copied_by(tab, block, clipboard)
    report.copy_checked = include
    if _normalize(copied) != expected:
        report.copy.append(
            f"copy button of code block {index + 1} copied {len(copied)} characters "
            f"({copied[:60]!r}...), not the {len(expected)} of {include}"
        )


# What the browser gets instead of the twin page (the icon link spares a request for /favicon.ico).


async def _check_tab_labels(tab, report: PageReport) -> None:
    """Every tab label is whole on screen, and every visible recorded output as legible as the code,
    at the desktop width and then on a phone (the tab is left at the phone's width)."""
    for size in (VIEWPORT, PHONE):
        await tab.set_viewport_size(size)
        for label in await tab.evaluate(_CUT_TAB_LABELS):
            report.tab_labels.append(
                f"tab label {label!r} is cut off at {size['width']} px wide"
            )
        for problem in await tab.evaluate(_OUTPUT_LEGIBILITY) + await tab.evaluate(_TABLE_CUES):
            report.legibility.append(f"{problem} at {size['width']} px wide")
        if size is PHONE and is_notebook(report.page):
            report.notebook += await check_on_phone(tab, PHONE)
        await diagrams.check_text_sizes(tab, report.page, size, report.diagram_reading)


def _local(base: str):
    origin = "/".join(base.split("/", 3)[:3]) + "/"
    return lambda address: address.startswith((origin, "data:", "blob:", "about:"))


class Stuck(Exception):
    """A coroutine did not finish in time; the message says where it was waiting."""


def stuck_at(coroutine) -> str:
    """Where a suspended coroutine waits: its chain of awaits, innermost last, as file:line."""
    places = []
    while coroutine is not None and getattr(coroutine, "cr_frame", None) is not None:
        frame = coroutine.cr_frame
        places.append(
            f"{frame.f_code.co_filename.removeprefix(str(ROOT) + '/')}:{frame.f_lineno}"
        )
        coroutine = coroutine.cr_await
    return " -> ".join(places) or "?"


async def within(coroutine, seconds: float):
    """The coroutine's result; or, after `seconds`, it is cancelled (its finally blocks run) and Stuck
    is raised naming where it waited (Playwright's evaluate() and route handlers have no timeout)."""
    job = asyncio.ensure_future(coroutine)
    await asyncio.wait({job}, timeout=seconds)
    if job.done():
        return job.result()
    where = stuck_at(coroutine)
    job.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await job
    raise Stuck(f"did not finish within {seconds} s; it was waiting at {where}")


async def check_page(
    tabs: TabPool, base: str, page: Page, shots: Path | None, clipboard: asyncio.Lock
) -> PageReport:
    """Every check of one page, cut off after PAGE_BUDGET_S with the phase it was stuck in."""
    started = time.monotonic()
    report = PageReport(page=page, url=base + page.path)
    try:
        await within(
            _check_page(tabs, base, page, shots, clipboard, report), PAGE_BUDGET_S
        )
    except Stuck as stuck:
        done = list(report.phases)
        report.crashed = f"its checks {stuck} (after {'the ' + done[-1] + ' phase' if done else 'opening it'})"
    report.seconds = time.monotonic() - started
    return report


async def _check_page(
    tabs: TabPool,
    base: str,
    page: Page,
    shots: Path | None,
    clipboard: asyncio.Lock,
    report: PageReport,
) -> None:
    local = _local(base)
    url = report.url
    measuring = True  # recording requests: the first load only
    listening = True  # console errors and failed requests: until the checks are done
    clock = [time.monotonic()]

    def lap(name: str) -> None:
        now = time.monotonic()
        report.phases[name] = round(now - clock[0], 2)
        clock[0] = now

    def on_request(request) -> None:
        if not local(request.url):
            report.external.append(
                request.url
            )  # it fails at the dead proxy (CHROMIUM_ARGS)
        if measuring:
            report.requests.append(request.url)

    def on_failed(request) -> None:
        if listening and local(request.url):
            report.failed.append(
                f"request for /{request.url.removeprefix(base)} failed: {request.failure}"
            )

    def on_response(response) -> None:
        if listening and response.status >= 400:
            report.failed.append(
                f"request for /{response.url.removeprefix(base)} failed: HTTP {response.status}"
            )

    def on_console(message) -> None:
        # "Failed to load resource" repeats a failed or foreign request, which is reported as such.
        if message.type == "error" and not message.text.startswith(
            "Failed to load resource"
        ):
            where = message.location.get("url", "?").removeprefix(base)
            report.console.append(f"{message.text} (at {where})")

    # Diagram pages open in dark mode: dark diagrams checked at no extra drawing.
    tab = await tabs.borrow(diagrams.COLOR_SCHEME if page.diagrams else "light")
    tab.set_default_timeout(10_000)
    try:
        tabs.listen(tab, "request", on_request)
        tabs.listen(tab, "requestfailed", on_failed)
        tabs.listen(tab, "response", on_response)
        # No route here: a routed tab passes every request through the driver (measured ~0.4 s of
        # browser CPU a page), and no page fetches a search index before search is opened anyway
        # (tests/browser/navigation.py checks that).
        tabs.listen(tab, "console", lambda message: listening and on_console(message))
        tabs.listen(
            tab,
            "pageerror",
            lambda error: listening and report.console.append(f"uncaught {error}"),
        )
        response = await tab.goto(url, wait_until="load", timeout=LOAD_TIMEOUT_MS)
        if response is None or response.status != 200:
            report.failed.append(
                f"{page.name}: HTTP {response.status if response else '?'}"
            )
        lap("load")
        if not await tab.locator(".md-content").count():
            start = (
                await tab.evaluate("document.body ? document.body.innerText : ''")
            )[:60]
            report.crashed = (
                f"not a rendered page (no Material layout); it shows: {start!r}"
            )
            return
        await _check_diagrams(tab, page, report)
        lap("diagrams")
        try:
            await tab.wait_for_load_state("networkidle", timeout=10_000)
        except Exception:  # noqa: BLE001 - a page that never goes idle still gets its other checks
            report.failed.append("network never went idle for 10 s")
        lap("idle")
        measuring = False
        if shots is not None:
            report.screenshot = shots / f"{page.slug}.png"
            await tab.screenshot(path=report.screenshot)
        lap("screenshot")
        await _check_blocks(tab, page, report, clipboard)
        lap("blocks")
        if exercises.click_tested(page):
            await exercises.check_page(tab, report, clipboard)
            lap("solutions")
        if is_notebook(page):
            report.notebook += await check_notebook(tab, page)
            lap("notebook")
        await diagrams.check_palettes(tab, page, report.diagram_reading)
        lap("diagram palettes")
        # Last: it leaves the page at a phone's width (give_back restores the viewport on about:blank,
        # where resizing lays nothing out; resizing back here laid out the whole page once more).
        await _check_tab_labels(tab, report)
        lap("tab labels")
        listening = False
    except Exception as error:  # noqa: BLE001 - reported against the page, the crawl goes on
        report.crashed = f"{type(error).__name__}: {error}"
    finally:
        # bounded: a reset or close that never returns would hang the whole suite (Playwright #41900)
        if not await tabs.give_back(tab, timeout=CLOSE_TIMEOUT_S):
            report.phases["give-back timed out"] = CLOSE_TIMEOUT_S


async def crawl(
    base: str,
    pages: list[Page],
    shots: Path | None,
    searches: list[tuple[str, str, str]],
    proof: Page | list[Page] | None = None,
    site: Path | None = None,  # the built site: with it, the navigation checks run too
    old_drawing: Page | None = None,
) -> Crawl:
    from playwright.async_api import async_playwright

    started = time.monotonic()
    clipboard = asyncio.Lock()
    limit = asyncio.Semaphore(CONCURRENCY)

    async def limited(coroutine):
        async with limit:
            try:
                return await within(coroutine, JOB_BUDGET_S)
            except Stuck as stuck:
                raise Stuck(
                    f"browser job {coroutine.__qualname__} {stuck} (tests/browser/crawl.py JOB_BUDGET_S)"
                ) from None

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        tabs = await TabPool.open(
            browser,
            CONCURRENCY,
            viewport=VIEWPORT,
            permissions=["clipboard-read", "clipboard-write"],
        )
        try:
            # The long jobs first: the navigation checks run their steps one after another, and the
            # highlight cases wait on routes; started last, they would leave the other slots idle.
            searched = [
                SearchReport(locale, term, expected)
                for locale, term, expected in searches
            ]
            navigation_job = asyncio.ensure_future(
                limited(
                    check_navigation(tabs, site, "/" + base.split("/", 3)[3], searched)
                )
                if site is not None
                else asyncio.sleep(0)
            )
            diagram_job = asyncio.ensure_future(
                diagrams.check_all(tabs, base, pages, limited, old_drawing)
            )
            await asyncio.sleep(
                0
            )  # check_all queues its loads before the page checks queue theirs
            proofs = [proof] if isinstance(proof, Page) else list(proof or [])
            page_jobs = asyncio.gather(
                *(
                    limited(check_page(tabs, base, page, shots, clipboard))
                    for page in pages
                ),
                *(
                    limited(check_page(tabs, base, page, None, clipboard))
                    for page in proofs
                ),
            )
            navigation, diagram_checks, done = await asyncio.gather(
                navigation_job, diagram_job, page_jobs
            )
        finally:
            await tabs.close(timeout=CLOSE_TIMEOUT_S)
            await browser.close()
    reports = done[: len(pages)]
    proof_reports = done[len(pages) :]
    return Crawl(
        base=base,
        pages=reports,
        searches=searched if site is not None else [],
        proof=proof_reports[0] if proof_reports else None,
        proofs=proof_reports,
        seconds=time.monotonic() - started,
        navigation=navigation,
        diagram_checks=diagram_checks,
    )
