"""A notebook page, read in the browser as a reader reads any chapter (tests/browser/crawl.py calls it).

- every link of the table of contents leads to an element of the page (a heading id that exists);
- each code cell's stored outputs sit in the "output of a real run" frame, and the provenance note
  under the content counts them;
- every figure has alt text in the page's language (Chinese on a zh page, none on an en page), not a
  converter's stock sentence;
- in dark mode, figures are drawn dark: their mean brightness as painted (the page's CSS filter
  applied, measured on a canvas) is below one half, where matplotlib's white figure is above 0.9;
- on a phone, code blocks have the width of the text (no prompt gutter eating a quarter of it), and
  each figure is drawn at MIN_FIGURE_SCALE of its width or more (its smallest text 11 px or more),
  in a box as wide as its frame that scrolls sideways with a scrollbar that stays visible, the page itself never wider
  than the screen.

All of it is a handful of evaluate calls on a page the crawl has already loaded (the phone width
is measured while the crawl has the page at that width for its tab labels).
"""

from __future__ import annotations

import json

from tests.browser.diagrams import MIN_TEXT_PX
from tests.browser.site import Page

DARK_ENOUGH = 0.5  # mean brightness 0..1 of a figure as painted in dark mode
STOCK_ALT = "No description has been provided for this image"
CODE_WIDTH_SHARE = (
    0.8  # of the article's width, on a phone (an output frame's padding leaves ~0.9)
)
# matplotlib draws the figures' smallest text at 10 pt (its default size), 13.3 px at the notebook's
# 96 dpi: drawn at this share of its width or more, that text is MIN_TEXT_PX or more.
MIN_FIGURE_SCALE = MIN_TEXT_PX / (10 * 96 / 72)

_TOC_TARGETS = """() => [...document.querySelectorAll('[data-md-component="toc"] a[href^="#"]')]
    .map(a => decodeURIComponent(a.getAttribute('href').slice(1)))
    .filter(id => !id || !document.getElementById(id))"""

_FRAMES = """() => ({
    // the notebook's own frames; the exercises' solutions (in <details>) hold recorded example outputs
    frames: [...document.querySelectorAll('article .admonition.output')].filter(f => !f.closest('details')).length,
    all_frames: document.querySelectorAll('article .admonition.output').length,
    note: (document.querySelector('.mpdocs-provenance') || {dataset: {}}).dataset.count ?? null,
})"""

_FIGURES = """() => [...document.querySelectorAll('article img')].map(img => img.getAttribute('alt') || '')"""

# Mean brightness of each figure as the reader sees it: drawn with its computed CSS filter.
_FIGURE_BRIGHTNESS = """async () => Promise.all([...document.querySelectorAll('article img')].map(async img => {
    img.loading = 'eager';  // lazy figures far down the page are fetched now
    await img.decode().catch(() => null);
    if (!img.naturalWidth) return -1;  // not loaded: nothing to measure
    const canvas = document.createElement('canvas');
    const w = canvas.width = Math.max(1, Math.min(200, img.naturalWidth));
    const h = canvas.height = Math.max(1, Math.round(w * img.naturalHeight / Math.max(1, img.naturalWidth)));
    const ctx = canvas.getContext('2d');
    const filter = getComputedStyle(img).filter;
    ctx.filter = filter && filter !== 'none' ? filter : 'none';
    ctx.drawImage(img, 0, 0, w, h);
    const data = ctx.getImageData(0, 0, w, h).data;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4)
        sum += (0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]) / 255;
    return sum / (data.length / 4);
}))"""

_NARROW_CODE = """(share) => {
    const article = document.querySelector('article');
    const width = article.getBoundingClientRect().width;
    return [...article.querySelectorAll('pre')].filter(pre => pre.getClientRects().length)
        .map(pre => pre.getBoundingClientRect().width)
        .filter(w => w < width * share).map(w => Math.round(100 * w / width));
}"""


# Each figure's drawn share of its width, and whether its box (wider than it shows) scrolls with a
# styled scrollbar, which stays visible (an unstyled one may be an overlay that hides until touched;
# Playwright's Chromium hides scrollbars, so the rule is looked up instead of measured).
_FIGURES_ON_PHONE = """() => {
    const rules = [...document.styleSheets].flatMap(sheet => { try { return [...sheet.cssRules]; } catch (e) { return []; } });
    const styledBar = box => rules.some(rule => rule.selectorText && rule.selectorText.endsWith('::-webkit-scrollbar')
        && parseFloat(rule.style.height) > 0 && box.matches(rule.selectorText.replace(/::-webkit-scrollbar$/, '')));
    return {
        page: [document.documentElement.scrollWidth, window.innerWidth],
        figures: [...document.querySelectorAll('article img')].map(img => {
            const box = img.parentElement;
            return {
                scale: img.getBoundingClientRect().width / (img.naturalWidth || +img.getAttribute('width') || 1),
                hidden: box.scrollWidth > box.clientWidth + 1,
                squeezed: [box.getBoundingClientRect().width, box.parentElement.getBoundingClientRect().width],
                scrolls: ['auto', 'scroll'].includes(getComputedStyle(box).overflowX),
                bar: styledBar(box),
            };
        }),
    };
}"""


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def frames_expected(notebook_path) -> int:
    """Code cells with stored outputs: each shows one frame."""
    cells = json.loads(notebook_path.read_text(encoding="utf-8"))["cells"]
    return sum(
        1 for cell in cells if cell["cell_type"] == "code" and cell.get("outputs")
    )


def is_notebook(page: Page) -> bool:
    return page.source is not None and page.source.suffix == ".ipynb"


async def check_notebook(tab, page: Page) -> list[str]:
    """Everything but the phone width, at the desktop width the page was loaded at."""
    expected_frames = frames_expected(page.source)
    problems = []
    for target in await tab.evaluate(_TOC_TARGETS):
        problems.append(
            f"table-of-contents link #{target} leads nowhere (no element has that id)"
        )
    shown = await tab.evaluate(_FRAMES)
    if shown["frames"] != expected_frames:
        problems.append(
            f"{expected_frames} code cells with stored outputs in {page.source.name}, "
            f"{shown['frames']} 'output of a real run' frames on the page"
        )
    if shown["note"] != str(shown["all_frames"]):
        problems.append(
            f"the provenance note counts {shown['note']} outputs, the page shows {shown['all_frames']}"
        )
    figures = await tab.evaluate(_FIGURES)
    if not figures:
        problems.append(f"no figure on the page, but {page.source.name} stores plots")
    for number, alt in enumerate(figures, 1):
        if not alt.strip() or alt == STOCK_ALT:
            problems.append(f"figure {number} has no alt text of its own ({alt!r})")
        elif _has_chinese(alt) != (page.locale == "zh"):
            problems.append(
                f"figure {number}: alt text not in the page's language ({alt[:50]!r})"
            )
    await tab.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    for number, brightness in enumerate(await tab.evaluate(_FIGURE_BRIGHTNESS), 1):
        if brightness < 0:
            problems.append(
                f"figure {number} did not load, so its brightness in dark mode is unknown"
            )
        elif brightness > DARK_ENOUGH:
            problems.append(
                f"figure {number} is bright in dark mode (mean brightness {brightness:.2f})"
            )
    await tab.evaluate("document.body.setAttribute('data-md-color-scheme', 'default')")
    return problems


async def check_on_phone(tab, phone: dict) -> list[str]:
    """Called by the crawl while the page is at a phone's width anyway (its tab-label check)."""
    return await _narrow_code(tab, phone) + await _figures_on_phone(tab, phone)


async def _narrow_code(tab, phone: dict) -> list[str]:
    narrow = await tab.evaluate(_NARROW_CODE, CODE_WIDTH_SHARE)
    if not narrow:
        return []
    share = f"{min(narrow)}–{max(narrow)}%"
    problem = (
        f"{len(narrow)} code or output blocks are {share} of the text's width at {phone['width']} px "
        f"(a prompt gutter?), not {CODE_WIDTH_SHARE:.0%} or more"
    )
    return [problem]


async def _figures_on_phone(tab, phone: dict) -> list[str]:
    shown = await tab.evaluate(_FIGURES_ON_PHONE)
    problems = []
    for number, figure in enumerate(shown["figures"], 1):
        if figure["scale"] < MIN_FIGURE_SCALE - 0.005:
            smallest = figure["scale"] * 10 * 96 / 72
            problems.append(
                f"figure {number} is drawn at {figure['scale']:.2f} of its width at {phone['width']} px, "
                f"its smallest text at {smallest:.1f} px: it should stop shrinking at {MIN_FIGURE_SCALE:.3f} "
                "and scroll (docs/stylesheets/recorded-output.css)"
            )
        shown_width, room = figure["squeezed"]
        if shown_width < room - 1:
            problems.append(
                f"figure {number}'s box is {shown_width:.0f} px wide, narrower than its frame's {room:.0f} px "
                f"at {phone['width']} px (squeezed beside a float?)"
            )
        if figure["hidden"] and not (figure["scrolls"] and figure["bar"]):
            problems.append(
                f"figure {number} is wider than its box at {phone['width']} px, with no scrolling box or "
                "no styled scrollbar (always visible) that says so"
            )
    page_width, screen = shown["page"]
    if page_width > screen + 1:
        problems.append(f"the page scrolls sideways at {phone['width']} px ({page_width} px of content)")
    return problems


PROOF_NAME = "broken-notebook-proof.html"
# What the notebook page looked like before it was rendered like the other chapters.
PROOF_FAULTS = {
    "toc": "leads nowhere",
    "frame": "'output of a real run' frames",
    "alt": "no alt text of its own",
    "dark": "bright in dark mode",
    "gutter": "of the text's width",
    "figure": "of its width at",
    "figure box": "narrower than its frame",
}


def broken_notebook(pages: list[Page], site) -> tuple[Page, dict[str, bytes]] | None:
    """(a copy of the first notebook page with each defect of PROOF_FAULTS, {its URL path: its HTML})."""
    import dataclasses
    import re

    for page in pages:
        if page.source is None or page.source.suffix != ".ipynb":
            continue
        text = (site / page.path / "index.html").read_text(encoding="utf-8")
        text = re.sub(r'<h2 id="[^"]+"', '<h2 id=""', text, count=1)  # toc
        text = text.replace(
            'class="admonition output"', 'class="admonition"', 1
        )  # frame
        text = re.sub(
            r'(<img\b[^>]*?alt=")[^"]*"',
            lambda m: m.group(1) + STOCK_ALT + '"',
            text,
            count=1,
        )  # alt
        faults = (
            "<style>.md-typeset .output img { filter: none !important }"  # dark
            " article pre { margin-left: 25% }"  # gutter
            " .md-typeset .output img.mpdocs-figure { min-width: 0 }"  # figure
            " .md-typeset .output .mpdocs-figure-box { clear: none }</style>"  # figure box
        )
        text = text.replace("</head>", faults + "</head>", 1)
        proof = dataclasses.replace(page, path=page.path + PROOF_NAME)
        return proof, {proof.path: text.encode("utf-8")}
    return None
