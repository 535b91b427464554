"""Finding one's way in the built site, in Chromium: the language switch, search per language, the 404 page.

Each check runs on the real site and on a proof copy with the fix taken out, served by a server of
its own (like GitHub Pages, it answers a missing address with 404.html):
- the language switch, scrolled to a section, lands on the twin page at the same section id and
  shows it at the top; proof: the page without the inline reader script (overrides/partials/reader-js.html);
- search: no index is fetched before the reader opens search, then only the page language's own
  index, and the first hit for "pickle" is a page in the reader's language; a Chinese query of two
  words does not call one of them missing from a hit that holds both (overrides/hooks/search_per_language.py
  patches Material's worker); proof: the English home page without the reader script (Material then
  fetches the Chinese index on load) and with Material's unpatched worker;
- 404: an address deep under the site answers 404 with the page in both languages, styled, its
  links leading to both home pages and to search; proof: the 404 page without its <base> script.

Pages are opened with the mermaid library and images blocked: these checks need layout, not
diagrams, and the crawl shares 2 cores with the suite.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import material

from tests.browser.searching import SearchReport, search_once
from tests.browser.site import Server, _Quiet, without_query
from tests.browser.tabs import TabPool

PROOF_SUFFIX = "no-reader-js.html"
READER_SCRIPT = re.compile(
    r"<script>// Two things Material does not do.*?</script>", re.DOTALL
)
BASE_SCRIPT = re.compile(
    r"<base href=[^>]*><script>.*?</script>", re.DOTALL
)  # overrides/hooks/reader_pages.py
SWITCH_PAGE = "09-choosing-a-model/"  # a light page with a section far down (issue 14 item 6 met it in ch5)
SWITCH_SECTION = "common-pitfalls"
# Reached by following a link: its heading lands at the top, and its first subsection starts within
# the top 40% of the window (a fresh reader switched at 6.3 and landed on 6.3.1, one subsection down).
LINKED_SECTION = "exercises"
SEARCH_TERM = "pickle"  # English word on pages of both languages
CHINESE_TERM = "僵尸进程"  # two words of the Chinese index (僵尸, 进程): chapter 4's sections hold both
CHINESE_WORDS = ("僵尸", "进程")  # its two words in the index
PROOF_WORKER = (
    "assets/javascripts/workers/unpatched-proof.js"  # Material's own worker, as shipped
)
MISSING = "no/such/page/here/"
PROOF_404 = "proof-404/"
VIEWPORT = {"width": 1280, "height": 800}


@dataclass
class NavigationReport:
    problems: dict[str, list[str]] = field(
        default_factory=dict
    )  # check name -> problems on the real site
    proof: dict[str, list[str]] = field(
        default_factory=dict
    )  # check name -> problems on the proof copies
    index_bytes: dict[str, int] = field(
        default_factory=dict
    )  # locale -> bytes of the index it fetched
    index_on_load: dict[str, bool] = field(
        default_factory=dict
    )  # locale -> index requested before search opened
    seconds: dict[str, float] = field(default_factory=dict)


class _PagesHandler(_Quiet):
    """Answers a missing address with the site's 404.html, status 404, as GitHub Pages does."""

    def _send(self, status: int, body: bytes, content_type: str = "text/html") -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = without_query(self.path).removeprefix(self.prefix)
        if path.startswith(PROOF_404) and path in self.replaced:
            return self._send(404, self.replaced[path])
        if path.endswith(".js") and path in self.replaced:
            return self._send(200, self.replaced[path], "text/javascript")
        return super().do_GET()

    def send_error(self, code, message=None, explain=None) -> None:
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            return self._send(404, page.read_bytes())
        return super().send_error(code, message, explain)


def proof_pages(site: Path) -> dict[str, bytes]:
    """Copies of pages with the fix taken out, at addresses next to the originals."""
    replaced = {}
    for path in (SWITCH_PAGE, "", "en/"):
        text = (site / path / "index.html").read_text(encoding="utf-8")
        if path == "en/":
            text = re.sub(
                r'"search": "[^"]*workers/search\.[^"]*\.js"',
                f'"search": "../{PROOF_WORKER}"',
                text,
            )
        replaced[path + PROOF_SUFFIX] = READER_SCRIPT.sub("", text).encode("utf-8")
    worker = next(
        (
            Path(material.__file__).parent / "templates" / "assets/javascripts/workers"
        ).glob("search.*.min.js")
    )
    replaced[PROOF_WORKER] = worker.read_bytes()
    text = (site / "404.html").read_text(encoding="utf-8")
    replaced[PROOF_404 + MISSING] = BASE_SCRIPT.sub("", text).encode("utf-8")
    return replaced


async def _light(tab) -> None:
    """What these checks do not need (diagrams, images, fonts) is not fetched: cheaper loads."""
    tab.set_default_timeout(15_000)

    async def light(route) -> None:
        url = route.request.url
        if "/assets/vendor/mermaid/" in url or route.request.resource_type in (
            "image",
            "font",
        ):
            await route.abort()
        else:
            await route.continue_()

    await tab.route("**/*", light)


async def switch_keeps_place(
    tabs: TabPool, base: str, page: str, section: str, by_link: bool = False
) -> list[str]:
    """Scroll `page` to `section`, a little past its heading (or, `by_link`, open `page#section` as a
    followed link does), and switch language."""
    async with tabs.tab() as tab:
        await _light(tab)
        await tab.goto(
            base + page + (f"#{section}" if by_link else ""), wait_until="load"
        )
        heading = tab.locator(f"article [id='{section}']")
        if not await heading.count():
            return [f"/{page} has no heading with id {section!r}"]
        if by_link:
            return await _switch(tab, base, page, section, keep_place=None)
        # Scrolled at once, then two frames for layout to settle (a busy machine may still be laying
        # out the page when the first scroll lands, and the reader's place is read at the click).
        await heading.evaluate(
            """h => new Promise(done => {
                // instant: the page's CSS may ask for smooth scrolling, and the place is read mid-glide
                const place = () => { h.scrollIntoView({behavior: "instant"}); window.scrollBy({top: 40, behavior: "instant"}); };
                place();
                requestAnimationFrame(() => requestAnimationFrame(() => {
                    if (h.getBoundingClientRect().top > 0.4 * innerHeight) place();
                    done();
                })); })"""
        )

        async def keep_place() -> None:
            # once more just before the click: a busy machine can still move the layout after the hover
            await heading.evaluate(
                """h => { if (h.getBoundingClientRect().top > 0.4 * innerHeight || h.getBoundingClientRect().top < -200) {
                    h.scrollIntoView({behavior: "instant"}); window.scrollBy({top: 40, behavior: "instant"}); } }"""
            )

        return await _switch(tab, base, page, section, keep_place)


async def _switch(tab, base: str, page: str, section: str, keep_place) -> list[str]:
    """Click the link to the other language as a reader does (a click the page's own script sees);
    the twin must open at `section`, with its heading at the top of the window."""
    await tab.locator(
        ".md-select:has(a.md-select__link[hreflang]) > button"
    ).first.hover()
    links = tab.locator(".md-select a.md-select__link[hreflang]")
    current = await tab.evaluate("document.documentElement.lang")
    target = None
    for index in range(await links.count()):
        if not (await links.nth(index).get_attribute("hreflang") or "").startswith(
            current[:2]
        ):
            target = links.nth(index)
    if target is None:
        return [f"/{page}: no language-switch link to another language"]
    if keep_place is not None:
        await keep_place()
    async with tab.expect_navigation(wait_until="commit"):
        await target.evaluate("link => link.click()")
    landed = tab.url
    fragment = landed.split("#", 1)[1] if "#" in landed else ""
    if fragment != section:
        where = f"/{without_query(landed).removeprefix(base)}{'#' + fragment if fragment else ''}"
        return [
            f"switching language from /{page} at #{section} landed on {where}, not at #{section}"
        ]
    await tab.wait_for_load_state("load")  # laid out and scrolled to the fragment
    top = await tab.evaluate(
        f"""() => {{ const h = document.getElementById({section!r});
        return h ? h.getBoundingClientRect().top : null; }}"""
    )
    if top is None or not -5 <= top <= VIEWPORT["height"] / 3:
        return [
            f"after the switch, heading #{section} is at {top} px, not at the top of the window"
        ]
    return []


async def _no_false_missing_word(tab, base: str, home: str, index: bytes) -> list[str]:
    """A Chinese query of two words: no section that holds a word may say it is missing ("缺少: 僵尸").

    Whether a section holds the word is read from the index the page fetched (what search can know),
    so a section that truly lacks one of the words may say so.
    """
    box = tab.locator(".md-search__input")
    await box.fill("")
    await box.press("End")
    await box.fill(CHINESE_TERM)
    await box.press("End")
    await tab.wait_for_timeout(300)
    await tab.wait_for_selector(".md-search-result__item", timeout=15_000)
    said = await tab.evaluate(
        """() => [...document.querySelectorAll('.md-search-result__item article')].slice(0, 200)  // every section listed: a page that lacks a word can rank first
            .map(a => [a.closest('a').getAttribute('href'), a.querySelector('.md-search-result__terms')])
            .filter(([, t]) => t)
            .map(([h, t]) => { const u = new URL(h, location.href);
                return [u.origin + u.pathname + u.hash, [...t.querySelectorAll('del, s')].map(d => d.textContent.trim())
                    .concat(t.textContent.replace(/^[^:：]*[:：]/, '').split(/[,，\\s]+/))]; })"""
    )
    held = {
        doc["location"]: doc.get("title", "") + " " + doc.get("text", "")
        for doc in json.loads(index)["docs"]
    }
    problems = []
    # The first section listed must hold every word of the one word typed (10.9, 进度条, came first
    # for a reader, though it holds no 僵尸).
    section = await tab.evaluate(
        """() => { const a = [...document.querySelectorAll('.md-search-result__item a')].find(a => a.hash);
            return a ? a.origin + a.pathname + a.hash : null; }"""
    )
    where = (section or "").removeprefix(base)
    text = held.get(where) or held.get(where.removeprefix(home)) or ""
    lacking = [word for word in CHINESE_WORDS if word not in text]
    if section is None or lacking:
        problems.append(
            f"search for {CHINESE_TERM!r} on /{home}: the first section listed, {where or None}, "
            f"does not hold {'/'.join(lacking) or 'the words'}"
        )
    false = []
    for address, words in said:
        where = address.removeprefix(
            base
        )  # the index's own form: "04-special-processes/#zombies"
        text = held.get(where) or held.get(where.removeprefix(home)) or ""
        wrong = sorted({w.rstrip("*") for w in words if w and w.rstrip("*") in text})
        if wrong:
            false.append(
                f"{where}: says {'/'.join(wrong)} is missing, but the section holds it"
            )
    if not false:
        return problems
    return problems + [
        f"search for {CHINESE_TERM!r} on /{home}: a section says a word it holds is missing: {'; '.join(false)}"
    ]


async def search_in_own_language(
    tabs: TabPool,
    base: str,
    home: str,
    locale: str,
    report: NavigationReport | None,
    chinese: bool = False,
    terms: list[SearchReport] = (),
):
    """Open the home page, check no index comes with it, open search, search SEARCH_TERM (and CHINESE_TERM)."""
    problems = []
    indexes = []  # responses for a search index, in order
    async with tabs.tab() as tab:
        await _light(tab)
        tabs.listen(
            tab,
            "response",
            lambda r: r.url.endswith("search_index.json") and indexes.append(r),
        )
        await tab.goto(base + home, wait_until="load")
        await tab.wait_for_timeout(300)  # Material starts its search worker after load
        on_load = bool(indexes)
        if on_load:
            problems.append(
                f"/{home} fetches the search index as it loads, before the reader opens search"
            )
        await tab.keyboard.press("/")
        for _ in range(100):  # the request goes out when search opens
            if indexes:
                break
            await tab.wait_for_timeout(100)
        if not indexes:
            return problems + [f"/{home}: opening search fetched no search index"]
        response = indexes[0]
        body = await response.body()
        own = (
            base + ("" if locale == "zh" else f"{locale}/") + "search/search_index.json"
        )
        if response.url != own:
            problems.append(
                f"/{home} ({locale}) fetched /{response.url.removeprefix(base)}, not its own /{own.removeprefix(base)}"
            )
        if report is not None:
            report.index_bytes[locale] = len(body)
            report.index_on_load[locale] = on_load
        box = tab.locator(".md-search__input")
        await box.fill(SEARCH_TERM)
        await box.press("End")
        await tab.wait_for_selector(".md-search-result__item", timeout=15_000)
        first = await tab.locator(".md-search-result__item a").first.get_attribute(
            "href"
        )
        address = without_query(
            await tab.evaluate("h => new URL(h, location.href).href", first)
        )
        path = address.removeprefix(base)
        in_english = path.startswith("en/")
        if in_english != (locale == "en"):
            problems.append(
                f"search for {SEARCH_TERM!r} on /{home} ({locale}): the first hit is /{path}, a page in the other language"
            )
        if chinese:
            problems += await _no_false_missing_word(tab, base, home, body)
        for term in terms:  # in the same tab: the index is built once
            try:
                await search_once(tab, base, term)
            except Exception as error:  # noqa: BLE001 - reported against the term
                term.problem = f"{type(error).__name__}: {error}".splitlines()[0]
    return problems


def _of(searches: list[SearchReport], locale: str) -> list[SearchReport]:
    return [report for report in searches if report.locale == locale]


async def not_found_page(tabs: TabPool, base: str, missing: str) -> list[str]:
    """A missing address deep under the site answers 404 with a styled page in both languages."""
    problems, failed = [], []
    async with tabs.tab() as tab:
        await _light(tab)
        tabs.listen(tab, "requestfailed", lambda request: failed.append(request.url))
        tabs.listen(
            tab,
            "response",
            lambda response: (
                response.status >= 400
                and response.url != base + missing
                and failed.append(response.url)
            ),
        )
        response = await tab.goto(base + missing, wait_until="load")
        if response is None or response.status != 404:
            problems.append(
                f"/{missing} answered {response and response.status}, not 404"
            )
        state = await tab.evaluate(
            """() => {
                const header = document.querySelector('.md-header');
                const link = sel => { const a = document.querySelector(sel); return a ? a.href : null; };
                return {
                    styled: !!header && getComputedStyle(header).position === 'sticky',
                    zh: !!document.querySelector('section[lang=zh] h1'),
                    en: !!document.querySelector('section[lang=en] h1'),
                    links: [...document.querySelectorAll('.mpdocs-404 a')].map(a => a.href),
                };
            }"""
        )
        if not state["styled"]:
            problems.append(
                f"/{missing}: the 404 page is unstyled (its stylesheet did not load from there)"
            )
        for locale in ("zh", "en"):
            if not state[locale]:
                problems.append(f"/{missing}: the 404 page has no {locale} text")
        root = base.rstrip("/") + "/"
        for wanted in (root, root + "en/", root + "?q=", root + "en/?q="):
            if wanted not in state["links"]:
                problems.append(
                    f"/{missing}: the 404 page has no link to {wanted.removeprefix(root) or 'the home page'} (it links {state['links']})"
                )
        local_failed = [url for url in failed if url.startswith(root)]
        if local_failed:
            problems.append(
                f"/{missing}: requests failed: {', '.join('/' + u.removeprefix(root) for u in local_failed[:3])}"
            )
    return problems


async def check_navigation(
    tabs: TabPool, site: Path, prefix: str, searches: list[SearchReport] = ()
) -> NavigationReport:
    """Every check above, on the real site and on its proof copies, one at a time (cheap, and no clipboard).
    Each of `searches` is typed into the search box of its language's home page, filled in place."""
    report = NavigationReport()
    with Server(
        site, prefix, replaced=proof_pages(site), handler=_PagesHandler
    ) as server:
        base = server.base
        started = time.monotonic()
        report.problems["switch"] = [
            *await switch_keeps_place(tabs, base, SWITCH_PAGE, SWITCH_SECTION),
            *await switch_keeps_place(tabs, base, "en/" + SWITCH_PAGE, SWITCH_SECTION),
            *await switch_keeps_place(
                tabs, base, SWITCH_PAGE, LINKED_SECTION, by_link=True
            ),
        ]
        report.proof["switch"] = await switch_keeps_place(
            tabs, base, SWITCH_PAGE + PROOF_SUFFIX, SWITCH_SECTION
        )
        report.seconds["switch"] = round(time.monotonic() - started, 1)
        started = time.monotonic()
        report.problems["search"] = [
            *await search_in_own_language(
                tabs, base, "", "zh", report, chinese=True, terms=_of(searches, "zh")
            ),
            *await search_in_own_language(
                tabs, base, "en/", "en", report, terms=_of(searches, "en")
            ),
        ]
        # The proof page fetches the Chinese index (no reader script) into Material's unpatched worker.
        report.proof["search"] = await search_in_own_language(
            tabs, base, "en/" + PROOF_SUFFIX, "en", None, chinese=True
        )
        report.seconds["search"] = round(time.monotonic() - started, 1)
        started = time.monotonic()
        report.problems["404"] = await not_found_page(tabs, base, MISSING)
        report.proof["404"] = await not_found_page(tabs, base, PROOF_404 + MISSING)
        report.seconds["404"] = round(time.monotonic() - started, 1)
    return report
