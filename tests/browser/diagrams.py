"""The mermaid diagrams as a reader meets them: legible, readable in dark mode, untouched by search.

Three checks, on pages with diagrams only (the crawl's other pages pay nothing):

- reading, in the crawl's own visit of each diagram page: drawn text is at least MIN_TEXT_PX on
  screen at 1280 px and on a phone, where a wide diagram may scroll sideways inside its own box but
  the page may not (`check_text_sizes`); the page opens in the system's dark mode, and every text,
  line and arrowhead keeps a contrast of at least MIN_CONTRAST against what lies behind it, from
  computed styles with WCAG's formula; on SWITCH_PAGES the reader then switches to light: the
  diagrams are drawn again, with enough contrast there too (`check_palettes`).
- highlighting, a few extra loads (`check_highlight`): a page opened from a search result (?h=term,
  a term of a diagram label) keeps `<mark>` out of its diagrams, whether the highlight comes while
  mermaid is drawing (its code per diagram type held back) or after (the search index held back),
  and still marks the term in the text around them.
  On the same loads, a search result link as Material renders it must carry the words searched to
  ?h=, not only the terms Material's tokenizer matched (for 进程, the single character 进); followed
  to a page that holds the query as a phrase (僵尸进程, "process states"), every mark must lie inside
  an occurrence of the phrase, not on each of its words wherever it stands (`_check_result_link`).
- the old drawing (`old_drawing_copy`): a copy of a diagram page as the site was before (mermaid
  straight from mkdocs-mermaid2: its default theme, shrunk to fit, drawn from the page's HTML; result
  links as Material makes them) with a wide diagram first and one that sticks out of a phone's
  screen, proving that each check above fails on the defect it is there for.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import re
import urllib.parse
from dataclasses import dataclass, field

from tests.browser.site import BUILT_MERMAID, Page
from tests.browser.tabs import TabPool

MIN_TEXT_PX = 11
MIN_CONTRAST = 3.0
COLOR_SCHEME = (
    "dark"  # the system preference diagram pages are opened with (crawl.check_page)
)
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
TIMEOUT_MS = 30_000

# (page, term of a diagram label that the prose uses too, when the highlight comes). "before": the
# page highlights while mermaid has drawn only its first diagram (the code of every diagram type is
# held back until then), so the term must be in a later diagram; "after": the search index is held
# back until every diagram is drawn. Light pages (two diagrams, one) keep the crawl cheap.
HIGHLIGHT_CASES = [
    ("03-process-fundamentals/", "进程", "before"),
    ("en/03-process-fundamentals/", "process", "before"),
    ("09-choosing-a-model/", "进程", "after"),
]
# Mermaid's code for one diagram type, imported when it first draws one (not at page load).
DIAGRAM_TYPE_CODE = "**/assets/vendor/mermaid/chunks/*/*Diagram-*.mjs"

OLD_DRAWING_NAME = "old-drawing-proof.html"
OLD_DRAWING_TERM = (
    "process"  # in WIDE_DIAGRAM and in the copied page's later diagrams and prose
)
# Chapter 3's state diagram as it was drawn left to right: scaled to 0.41 at 1280 px when shrunk to fit.
WIDE_DIAGRAM = """stateDiagram-v2
    direction LR
    [*] --> New: process created
    New --> Ready: resources allocated, enters the ready queue
    Ready --> Running: picked by the scheduler
    Running --> Ready: time slice used up or preempted
    Running --> Blocked: waits for I/O, a lock or an event
    Blocked --> Ready: the awaited event happens
    Running --> Terminated: finished or killed
    Terminated --> [*]: reaped by the parent
"""

# Every diagram drawn, or mermaid's error picture in its place (and the page parsed: one diagram at least).
# Kept 700 px wide, wider than a phone, in a box that does not scroll: it sticks out of the screen.
NATIVE_DIAGRAM = """flowchart LR
    A["a diagram kept at its width"] --> B["wider than a phone's screen"] --> C["in a box that does not scroll"]
"""
NATIVE_DIV = (
    "<style>.md-typeset .mpdocs-native { overflow: visible } .mpdocs-native > svg { min-width: 700px }</style>"
    f'<div class="mermaid mpdocs-native">{NATIVE_DIAGRAM}</div>'
)

_SETTLED = """() => document.readyState !== 'loading' && [...document.querySelectorAll('article .mermaid')].every(d =>
    d.querySelector(':scope > svg[aria-roledescription]') || /Syntax error in text/.test(d.textContent))"""

# The smallest text of each diagram as drawn: font size times the scale its SVG is drawn at.
_DRAWN = "d.querySelector(':scope > svg[aria-roledescription]:not([aria-roledescription=error])')"
_TEXT_SIZES = (
    """() => [...document.querySelectorAll('article .mermaid')].map(d => {
    const svg = """
    + _DRAWN
    + """;
    if (!svg) return {skip: true};
    let smallest = null, sample = '';
    for (const node of svg ? svg.querySelectorAll('text, tspan, foreignObject *') : []) {
        if (![...node.childNodes].some(c => c.nodeType === 3 && c.textContent.trim())) continue;
        if (!node.getClientRects().length) continue;
        const owner = node.closest('foreignObject') || node;
        const ctm = owner.getScreenCTM();
        const px = parseFloat(getComputedStyle(node).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
        if (smallest === null || px < smallest) { smallest = px; sample = node.textContent.trim().slice(0, 40); }
    }
    const box = d.getBoundingClientRect();
    return {smallest, sample, right: box.right, left: box.left};
})"""
)

_PAGE_WIDTH = "() => [document.documentElement.scrollWidth, window.innerWidth]"

# Contrast of every drawn text, line and arrowhead against what lies behind it: the nearest HTML
# background inside a label, else the last filled shape before it (in paint order) under its
# centre, else the page. Translucent paint is blended over what is behind it.
_CONTRAST = (
    """(minimum) => {
    const rgba = c => {
        const m = /rgba?\\(([^)]+)\\)/.exec(c || '');
        if (!m) return null;
        const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(parseFloat);
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top, under) => top[3] >= 1 ? top : [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
    const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const opacity = el => { let o = 1; for (let e = el; e && e.nodeType === 1; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity); return o; };
    const show = c => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
    const pageBackground = el => {
        const layers = [];
        for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor); if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
        return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    return [...document.querySelectorAll('article .mermaid')].map((d, index) => {
        const svg = """
    + _DRAWN
    + """;
        if (!svg) return {index, problems: []};
        const page = pageBackground(d);
        const shapes = [...svg.querySelectorAll('rect, polygon, path, circle, ellipse')].filter(s => {
            if (s.closest('defs, marker')) return false;
            const st = getComputedStyle(s), fill = rgba(st.fill);
            return fill && fill[3] * parseFloat(st.fillOpacity) > 0 && st.visibility !== 'hidden' && st.display !== 'none';
        });
        // A line's backdrop ignores the shapes of its own group: a node's outline lies on its own fill.
        const behind = (el, x, y, line) => {
            for (let e = el.parentElement; e && e !== svg; e = e.parentElement) {
                if (e instanceof SVGElement) break;
                const c = rgba(getComputedStyle(e).backgroundColor);
                if (c && c[3] > 0) return over(c, page);
            }
            let found = page;
            for (const s of shapes) {
                if (s === el || s.contains(el) || (line && s.parentNode === el.parentNode)) continue;
                if (!(s.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
                const ctm = s.getScreenCTM();
                if (!ctm) continue;
                const p = new DOMPoint(x, y).matrixTransform(ctm.inverse());
                if (s.isPointInFill(p)) {
                    const st = getComputedStyle(s), fill = rgba(st.fill);
                    found = over([...fill.slice(0, 3), fill[3] * parseFloat(st.fillOpacity) * opacity(s)], found);
                }
            }
            return found;
        };
        const problems = [];
        const judge = (what, label, paint, el, x, y) => {
            const back = behind(el, x, y, what !== 'text');
            const shown = over(paint, back);
            const r = ratio(shown, back);
            if (r < minimum) problems.push({what, label, ratio: Math.round(r * 100) / 100, paint: show(shown), back: show(back)});
        };
        for (const node of svg.querySelectorAll('text, tspan, foreignObject *')) {
            if (node.closest('defs, marker')) continue;
            if (![...node.childNodes].some(c => c.nodeType === 3 && c.textContent.trim())) continue;
            const box = node.getBoundingClientRect();
            if (!box.width || !box.height) continue;
            const st = getComputedStyle(node);
            const paint = rgba(node instanceof SVGElement ? st.fill : st.color);
            if (!paint) continue;
            paint[3] *= opacity(node) * (node instanceof SVGElement ? parseFloat(st.fillOpacity) : 1);
            judge('text', node.textContent.trim().slice(0, 40), paint, node, box.x + box.width / 2, box.y + box.height / 2);
        }
        for (const line of svg.querySelectorAll('path, line, polyline')) {
            if (line.closest('defs, marker')) continue;
            const st = getComputedStyle(line), stroke = rgba(st.stroke), fill = rgba(st.fill);
            if (!stroke || parseFloat(st.strokeWidth) <= 0 || (fill && fill[3] > 0) || st.visibility === 'hidden') continue;
            const length = line.getTotalLength();
            if (!length) continue;
            const ctm = line.getScreenCTM();
            const at = t => new DOMPoint(...(p => [p.x, p.y])(line.getPointAtLength(t))).matrixTransform(ctm);
            const paint = [...stroke.slice(0, 3), stroke[3] * parseFloat(st.strokeOpacity) * opacity(line)];
            const middle = at(length / 2);
            judge('line', line.getAttribute('class') || line.tagName, paint, line, middle.x, middle.y);
            for (const [end, t] of [['markerEnd', length], ['markerStart', 0]]) {
                const id = /url\\(["']?#([^"')]+)/.exec(st[end] || '');
                const marker = id && svg.querySelector(`marker[id="${CSS.escape(id[1])}"]`);
                const head = marker && marker.querySelector('path, polygon, circle, rect');
                if (!head) continue;
                const hs = getComputedStyle(head), hf = rgba(hs.fill), hk = rgba(hs.stroke);
                const headPaint = hf && hf[3] > 0 ? hf : hk;
                if (!headPaint) continue;
                const p = at(t);
                judge('arrowhead', line.getAttribute('class') || line.tagName, headPaint, line, p.x, p.y);
            }
        }
        return {index, problems};
    });
}"""
)

_MARK_PREVIOUS = "() => document.querySelectorAll('article .mermaid > svg').forEach(s => { s.mpdocsBefore = true; })"
_REDRAW_BEGUN = "() => ![...document.querySelectorAll('article .mermaid > svg')].some(s => s.mpdocsBefore)"
REDRAW_BEGINS_MS = 3_000
_REDRAWN = """() => [...document.querySelectorAll('article .mermaid')].every(d => {
    const svg = d.querySelector(':scope > svg[aria-roledescription]');
    return !svg || !svg.mpdocsBefore;
}) && [...document.querySelectorAll('article .mermaid')].some(d => d.querySelector(':scope > svg'))"""
_PALETTE_TOGGLE = "form[data-md-component=palette] label:not([hidden])"
_SCHEME = "document.body.getAttribute('data-md-color-scheme')"
# The crawl opens diagram pages in the system's dark mode (a drawing costs CPU: the dark one comes
# with the page's own); on these the reader then switches to light, and the diagrams are redrawn.
SWITCH_PAGES = ("03-process-fundamentals/", "en/03-process-fundamentals/")

# Where the highlight landed: marks inside each diagram, its text as drawn, and marks elsewhere.
_HIGHLIGHTS = """() => ({
    diagrams: [...document.querySelectorAll('article .mermaid')].map(d => {
        const svg = d.querySelector(':scope > svg[aria-roledescription]');
        const copy = d.cloneNode(true);
        copy.querySelectorAll('style').forEach(s => s.remove());
        return {marks: d.querySelectorAll('mark').length, drawn: !!svg && svg.getAttribute('aria-roledescription') !== 'error',
                text: copy.textContent.replace(/\\s+/g, ' ').trim()};
    }),
    elsewhere: [...document.querySelectorAll('article mark[data-md-highlight]')].filter(m => !m.closest('.mermaid')).length,
})"""


async def _empty_index(route) -> None:
    """The search index without its documents, as on the crawl's pages: highlighting needs only its config."""
    response = await route.fetch()
    config = (await response.json())["config"]
    await route.fulfill(response=response, json={"config": config, "docs": []})


def _kind(page: Page, number: int) -> str:
    source = page.diagrams[number] if number < len(page.diagrams) else ""
    return source.strip().splitlines()[0] if source.strip() else "?"


async def check_text_sizes(tab, page: Page, size: dict, problems: list[str]) -> None:
    """Drawn text at the tab's current viewport, `size` (the crawl measures at 1280 px and on a phone)."""
    if not page.diagrams:
        return
    width = size["width"]
    for number, found in enumerate(await tab.evaluate(_TEXT_SIZES)):
        if found.get("skip"):
            continue  # not drawn: the crawl's render check reports it
        where = f"diagram {number + 1} ({_kind(page, number)})"
        if found["smallest"] is None:
            problems.append(f"{where}: no drawn text found at {width} px wide")
        elif found["smallest"] < MIN_TEXT_PX:
            problems.append(
                f"{where}: text drawn at {found['smallest']:.1f} px at {width} px wide ({found['sample']!r}), "
                f"under {MIN_TEXT_PX} px: draw it top-down or let it scroll instead of shrinking"
            )
        if found["right"] > width + 1 or found["left"] < -1:
            problems.append(
                f"{where}: sticks out of a {width} px wide screen (its box should scroll)"
            )
    scroll, inner = await tab.evaluate(_PAGE_WIDTH)
    if scroll > inner + 1:
        problems.append(
            f"the page scrolls sideways at {width} px wide ({scroll} px of content)"
        )


async def _contrast(tab, page: Page, scheme: str, problems: list[str]) -> None:
    palette = "dark mode" if scheme == "slate" else f"the {scheme!r} palette"
    for result in await tab.evaluate(_CONTRAST, MIN_CONTRAST):
        found = result["problems"]
        if not found:
            continue
        worst = min(found, key=lambda p: p["ratio"])
        kinds = sorted({p["what"] for p in found})
        problems.append(
            f"diagram {result['index'] + 1} ({_kind(page, result['index'])}) in {palette}: {len(found)} "
            f"{'/'.join(kinds)} below {MIN_CONTRAST:g}:1, worst {worst['what']} {worst['label']!r} at "
            f"{worst['ratio']}:1 ({worst['paint']} on {worst['back']}): draw diagrams in the palette's colours"
        )


async def check_reading(tab, page: Page, problems: list[str]) -> None:
    """Every check of a page's diagrams, on a tab that shows it at DESKTOP size (the old-drawing copy)."""
    with contextlib.suppress(Exception):
        await tab.wait_for_function(_SETTLED, timeout=TIMEOUT_MS)
    for size in (DESKTOP, PHONE):
        await tab.set_viewport_size(size)
        await check_text_sizes(tab, page, size, problems)
    await tab.set_viewport_size(DESKTOP)
    await check_palettes(tab, page, problems)


async def check_palettes(tab, page: Page, problems: list[str]) -> None:
    """Contrast in the palette the page opened with (the crawl opens diagram pages in dark mode, as a
    reader whose system is dark); on SWITCH_PAGES the reader then switches the palette: the diagrams
    must be drawn again, with enough contrast in the other palette too."""
    if not page.diagrams:
        return
    scheme = await tab.evaluate(_SCHEME)
    if scheme != "slate":
        problems.append(
            f"opened in the system's dark mode, the page shows the {scheme!r} palette, not 'slate'"
        )
    await _contrast(tab, page, scheme, problems)
    if page.path.removesuffix(OLD_DRAWING_NAME) not in SWITCH_PAGES:
        return
    toggle = tab.locator(_PALETTE_TOGGLE)
    if await toggle.count() == 0:
        problems.append("no palette switch in the header")
        return
    await tab.evaluate(_MARK_PREVIOUS)
    await toggle.first.click()
    switched = await tab.evaluate(_SCHEME)
    if switched == scheme:
        problems.append(f"the palette switch left the page in {scheme!r}")
        return
    try:
        # A redraw begins at once (the old drawings are taken away), however long the drawing takes.
        await tab.wait_for_function(_REDRAW_BEGUN, timeout=REDRAW_BEGINS_MS)
        await tab.wait_for_function(_REDRAWN, timeout=TIMEOUT_MS)
    except Exception:  # noqa: BLE001 - measured as it is: the old drawing in the new palette
        problems.append(
            f"diagrams not drawn again after switching from {scheme!r} to {switched!r}"
        )
    await _contrast(tab, page, switched, problems)


# What a reader searches for, what Material's result link puts in ?h= for it, the words the link should
# carry instead (javascripts/search-highlight.js: the whole query, cut into words), and a page holding
# the query as a phrase (pattern): opened from the link, it must mark the phrase, not each word
# (marking each word, Material put 445 marks on chapter 4, which holds 僵尸进程 7 times, and 194 on
# chapter 3, which holds "process states" twice).
SEARCHED = {
    "zh": ("僵尸进程", "进", "僵尸 进程", "04-special-processes/", "僵尸进程"),
    "en": (
        "process states",
        "process",
        "process states",
        "en/03-process-fundamentals/",
        r"process\s+states",
    ),
}

# A search result as Material renders it (a link in .md-search-result__list to `target`, ?h= from its
# matched terms) while the reader is still typing the query (its first half, as an input method
# commits 僵尸 before 进程); the query then grows and the result stays, as when the results do not
# change: the link as the page leaves it after one task.
_RESULT_LINK = """async ([query, given, target]) => {
    const input = document.querySelector('.md-search__input');
    const list = document.querySelector('.md-search-result__list');
    if (!input || !list) return 'no search box or result list on the page';
    input.value = query.slice(0, Math.ceil(query.length / 2));
    const item = document.createElement('li');
    item.className = 'md-search-result__item';
    const link = document.createElement('a');
    link.className = 'md-search-result__link';
    const url = new URL(target, location.href);
    url.searchParams.set('h', given);
    link.href = url.href;
    item.append(link);
    list.append(item);
    await new Promise(done => setTimeout(done, 0));
    input.value = query;
    input.dispatchEvent(new Event('input', {bubbles: true}));
    await new Promise(done => setTimeout(done, 0));
    item.remove();
    input.value = '';
    return {h: new URL(link.href).searchParams.get('h'), href: link.href};
}"""

# The highlight outside the diagrams: how many marks, and those not inside an occurrence of the phrase
# (a pattern) in their element's text.
_PHRASE_MARKS = """(phrase) => {
    const marks = [...document.querySelectorAll('article mark[data-md-highlight]')].filter(m => !m.closest('.mermaid'));
    const outside = marks.filter(mark => {
        const before = document.createRange();
        before.setStart(mark.parentNode, 0);
        before.setEndBefore(mark);
        const start = before.toString().length, end = start + mark.textContent.length;
        return ![...mark.parentNode.textContent.matchAll(new RegExp(phrase, 'gi'))]
            .some(found => found.index <= start && end <= found.index + found[0].length);
    });
    return {marks: marks.length, outside: outside.map(m => m.textContent)};
}"""
PHRASE_WAIT_MS = 10_000


@dataclass
class HighlightReport:
    page: Page
    term: str
    when: str  # "before" or "after" mermaid draws
    problems: list[str] = field(default_factory=list)
    result_link: str | None = (
        None  # a search result link that does not highlight what was searched
    )

    @property
    def name(self) -> str:
        return f"{self.page.name}?h={self.term} (highlight {self.when} drawing)"


def highlight_cases(pages: list[Page], unfit: list[str]) -> list[tuple[Page, str, str]]:
    """HIGHLIGHT_CASES whose page has a diagram using the term; each case that no longer fits goes to `unfit`."""
    by_path = {page.path: page for page in pages}
    cases = []
    for path, term, when in HIGHLIGHT_CASES:
        page = by_path.get(path)
        later = (
            page.diagrams[1:]
            if page and when == "before"
            else page.diagrams
            if page
            else []
        )
        if not any(term.lower() in source.lower() for source in later):
            unfit.append(
                f"tests/browser/diagrams.py HIGHLIGHT_CASES: /{path} has no {'later ' if when == 'before' else ''}"
                f"diagram using {term!r}: pick another"
            )
            continue
        cases.append((page, term, when))
    return cases


async def check_highlight(
    tabs: TabPool,
    base: str,
    page: Page,
    term: str,
    when: str,
    reading: list[str] | None = None,
    follow: bool = True,
) -> HighlightReport:
    """Open the page as a search result links to it and see where the highlight lands. With `reading`
    (when="after" only), the reading checks run on the drawn page first, in dark mode, into that list.
    follow=False: the search result link is checked but not opened (one case per language opens it)."""
    report = HighlightReport(page=page, term=term, when=when)
    scheme = COLOR_SCHEME if reading is not None else "light"
    highlighted = asyncio.Event()
    drawn = asyncio.Event()

    async def index(route) -> None:
        if when == "after":
            await drawn.wait()
        await _empty_index(route)

    async def mermaid(route) -> None:
        response = await route.fetch()
        if when == "before":
            await highlighted.wait()
        await route.fulfill(response=response)

    tab = await tabs.borrow(scheme)
    tab.set_default_timeout(TIMEOUT_MS)
    try:
        await tab.route("**/search/search_index.json", index)
        await tab.route(DIAGRAM_TYPE_CODE, mermaid)
        await tab.goto(
            f"{base}{page.path}?h={urllib.parse.quote(term)}", wait_until="commit"
        )
        if when == "after":
            await tab.wait_for_function(_SETTLED)
            if reading is not None:
                await check_reading(tab, page, reading)
            drawn.set()
        await tab.wait_for_selector("article mark[data-md-highlight]", state="attached")
        highlighted.set()
        await tab.wait_for_function(_SETTLED)
        await tab.wait_for_load_state("load")
        found = await tab.evaluate(_HIGHLIGHTS)
        for number, diagram in enumerate(found["diagrams"]):
            where = f"diagram {number + 1} ({_kind(page, number)})"
            if diagram["marks"]:
                report.problems.append(
                    f"{where}: {diagram['marks']} search highlights inside the diagram"
                )
            if "data-md-highlight" in diagram["text"] or "<mark" in diagram["text"]:
                report.problems.append(
                    f"{where}: shows the highlight's HTML as text: {diagram['text'][:120]!r}"
                )
            if not diagram["drawn"]:
                report.problems.append(f"{where}: not drawn: {diagram['text'][:120]!r}")
            elif (
                term.lower() in page.diagrams[number].lower()
                and term.lower() not in diagram["text"].lower()
            ):
                report.problems.append(
                    f"{where}: {term!r} is in its source but not in the drawing"
                )
        if not found["elsewhere"]:
            report.problems.append(
                f"{term!r} not highlighted anywhere outside the diagrams"
            )
        report.result_link = await _check_result_link(tab, base, page, follow)
    except Exception as error:  # noqa: BLE001 - reported against the case, the crawl goes on
        report.problems.append(f"{type(error).__name__}: {error}".splitlines()[0])
    finally:
        highlighted.set()
        drawn.set()
        await tabs.give_back(tab, timeout=20)
    return report


async def _check_result_link(tab, base: str, page: Page, follow: bool = True) -> str | None:
    """What is wrong with a search result link for the page's language, or None: it must carry the
    words searched, and (when `follow`) the page it leads to must mark the query as the phrase it
    holds, not each word. It leads to SEARCHED's page, or to `page` itself when that is a copy of it
    (the old drawing, without javascripts/search-highlight.js)."""
    query, given, expected, target, phrase = SEARCHED[page.locale]
    target = page.path if page.path.startswith(target) else target
    link = await tab.evaluate(_RESULT_LINK, [query, given, base + target])
    fix = "see docs/javascripts/search-highlight.js"
    if isinstance(link, str):
        return f"a search result for {query!r}: {link}"
    if link["h"] != expected:
        return (
            f"a search result for {query!r} (Material's ?h={given}) links with ?h={link['h']}, "
            f"not the words searched, {expected!r}: {fix}"
        )
    if not follow:
        return None
    opened = f"a search result for {query!r} opened /{target}?h={link['h']}"
    await tab.goto(link["href"], wait_until="commit")
    try:
        await tab.wait_for_selector(
            "article mark[data-md-highlight]", state="attached", timeout=PHRASE_WAIT_MS
        )
    except Exception:  # noqa: BLE001 - measured as it is: nothing marked
        return (
            f"{opened}: nothing highlighted on the page, which holds {query!r}: {fix}"
        )
    found = await tab.evaluate(_PHRASE_MARKS, phrase)
    if found["outside"]:
        words = sorted(set(found["outside"]))[:5]
        return (
            f"{opened}: {len(found['outside'])} of its {found['marks']} highlights lie outside "
            f"{query!r} (marking {', '.join(map(repr, words))}): the page holds the phrase, "
            f"so only the phrase should be highlighted: {fix}"
        )
    return None


@dataclass
class DiagramChecks:
    highlights: list[HighlightReport]
    old_drawing: (
        list[str] | None
    )  # problems found on the old-drawing copy (None: no copy)
    old_highlights: list[HighlightReport]
    unfit: list[str] = field(
        default_factory=list
    )  # HIGHLIGHT_CASES that no longer fit the site


async def check_all(
    tabs: TabPool, base: str, pages: list[Page], limited, old: Page | None
) -> DiagramChecks:
    """The extra loads: highlight cases on the site, and every check on the old-drawing copy."""
    unfit: list[str] = []
    cases = highlight_cases(pages, unfit)
    # Every case checks its page's result link; the first of each language also opens it (the page it
    # leads to is the same for all of that language's cases: opening it again is a load for nothing).
    first = {}
    for number, (page, _, _) in enumerate(cases):
        first.setdefault(page.locale, number)
    jobs = [
        limited(check_highlight(tabs, base, page, term, when, follow=first[page.locale] == number))
        for number, (page, term, when) in enumerate(cases)
    ]
    old_reading: list[str] = []
    if (
        old is not None
    ):  # its reading checks share the load of its "after" case: one load fewer
        jobs += [
            limited(check_highlight(tabs, base, old, OLD_DRAWING_TERM, "before")),
            limited(
                check_highlight(
                    tabs, base, old, OLD_DRAWING_TERM, "after", reading=old_reading
                )
            ),
        ]
    done = list(await asyncio.gather(*jobs))
    old_highlights = done[-2:] if old is not None else []
    return DiagramChecks(
        highlights=done[: len(done) - len(old_highlights)],
        old_drawing=old_reading if old is not None else None,
        old_highlights=old_highlights,
        unfit=unfit,
    )


_RESULT_LINKS_SCRIPT = re.compile(
    r'<script src="[^"]*javascripts/search-highlight\.js"></script>'
)
_OUR_LOADER = re.compile(r'import mermaid from "([^"]*)javascripts/diagrams\.mjs";')


def old_drawing_copy(pages: list[Page], site) -> tuple[Page, dict[str, bytes]] | None:
    """(the copy, {its URL path: its HTML}): the English page of SWITCH_PAGES drawn the old way, with
    WIDE_DIAGRAM and NATIVE_DIAGRAM in place of its first diagram."""
    for page in pages:
        if not page.diagrams or page.locale != "en" or page.path not in SWITCH_PAGES:
            continue
        text = (site / page.path / "index.html").read_text(encoding="utf-8")
        if not _OUR_LOADER.search(text):
            return (
                None  # the site loads mermaid some other way: nothing to compare with
            )
        text = _OUR_LOADER.sub(
            lambda m: (
                f'import mermaid from "{m.group(1)}assets/vendor/mermaid/mermaid.esm.min.mjs";'
            ),
            text,
            count=1,
        )
        text = BUILT_MERMAID.sub(
            lambda _: f'<div class="mermaid">{WIDE_DIAGRAM}</div>{NATIVE_DIV}',
            text,
            count=1,
        )
        text = _RESULT_LINKS_SCRIPT.sub("", text)
        diagrams = [WIDE_DIAGRAM, NATIVE_DIAGRAM, *page.diagrams[1:]]
        copy = dataclasses.replace(
            page, path=page.path + OLD_DRAWING_NAME, diagrams=diagrams
        )
        return copy, {copy.path: text.encode("utf-8")}
    return None
