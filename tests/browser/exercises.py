"""Exercise solutions (`??? success "答案"` / `"Solution"`): closed at load, open on click, copy button inside.

- Static, over the built HTML of every page (no browser): every solution block is closed at load
  (`???`, not `???+`, which builds `<details open>`), and every exercise heading (`id="exercise-..."`)
  has a solution block under it.
- In the browser, on one page per language (the first chapter with solutions, click_tested()):
  every solution block is closed at load; the first one and the first one with code open when
  their summary is clicked; in the latter every code block has a visible copy button, and clicking
  it copies the example file named in the block's title.
- On the same page, tab linking (content.tabs.link) reaches inside a solution: with a label of a tab
  set inside it chosen in a set outside, the opened solution shows that label, and follows the next
  label chosen while it is open. Material matches labels by innerText, which Chromium leaves empty
  inside a closed <details>; docs/javascripts/tabs-in-details.js selects them when it opens.
- Proof, in the same tab right after: the page is broken on purpose (toggle events kept from the
  page's scripts, the last solution open, the first one refusing to open, copy buttons hidden inside
  solutions) and checked again; the test requires each defect to be reported. No page load is added.
"""

from __future__ import annotations

import asyncio
import functools
import re
from pathlib import Path

from tests import pages as sources
from tests.browser.clipboard import copied_by
from tests.browser.proof import PROOF_NAME
from tests.browser.site import DEFAULT_LOCALE, Page
from tests.harness.paths import DOCS, ROOT

SOLUTION_LABELS = ("答案", "Solution")
SOLUTION_SOURCE = re.compile(
    r'^\s*\?\?\?\+?\s+success\s+"(?:答案|Solution)"', re.MULTILINE
)
_DETAILS = re.compile(
    r"<details(?P<attrs>[^>]*)>\s*<summary>(?P<label>[^<]*)</summary>", re.IGNORECASE
)
_HEADING = re.compile(r'<h(?P<level>[1-6])[^>]*\bid="(?P<id>[^"]+)"', re.IGNORECASE)


def _normalize(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


# ---------------------------------------------------------------------------- static, built HTML


def built_html_problems(site: Path) -> list[str]:
    """Solution blocks open at load, and exercise headings without a solution block, in every built page."""
    problems = []
    for index in sorted(site.rglob("index.html")):
        name = "/" + index.parent.relative_to(site).as_posix().removeprefix(".") + "/"
        problems += page_html_problems(
            index.read_text(encoding="utf-8"), name.replace("//", "/")
        )
    return problems


def built_solution_count(site: Path) -> int:
    return sum(
        len(_solutions(index.read_text(encoding="utf-8")))
        for index in site.rglob("index.html")
    )


def _solutions(html: str) -> list[re.Match]:
    return [
        m
        for m in _DETAILS.finditer(html)
        if m.group("label").strip() in SOLUTION_LABELS
    ]


def page_html_problems(html: str, name: str) -> list[str]:
    problems = []
    headings = [
        (m.start(), int(m.group("level")), m.group("id"))
        for m in _HEADING.finditer(html)
    ]
    solutions = _solutions(html)

    def heading_before(position: int) -> str:
        above = [hid for start, _, hid in headings if start < position]
        return f"#{above[-1]}" if above else "the top"

    for found in solutions:
        if re.search(r"\bopen\b", found.group("attrs")):
            problems.append(
                f"{name}: the solution under {heading_before(found.start())} is open at load; write "
                f'`??? success "{found.group("label").strip()}"` (not `???+`) so that it does not spoil the question'
            )
    for number, (start, level, hid) in enumerate(headings):
        if not hid.startswith("exercise-"):
            continue
        end = next((s for s, lv, _ in headings[number + 1 :] if lv <= level), len(html))
        if not any(start < s.start() < end for s in solutions):
            problems.append(
                f'{name}: exercise #{hid} has no solution block; add `??? success "答案"` / `"Solution"` '
                "under it, holding the solution's code and output includes"
            )
    return problems


# ---------------------------------------------------------------------------- in the browser


@functools.cache
def _first_source_with_solutions(locale: str) -> Path | None:
    listed = (
        sources.zh_pages(DOCS) if locale == DEFAULT_LOCALE else sources.en_pages(DOCS)
    )
    return next(
        (p for p in listed if SOLUTION_SOURCE.search(p.read_text(encoding="utf-8"))),
        None,
    )


def click_tested(page: Page) -> bool:
    """One page per language: the first chapter (by file name) with solution blocks; never a proof copy."""
    if page.source is None or page.path.endswith(PROOF_NAME):
        return False
    return page.source == _first_source_with_solutions(page.locale)


_SELECT = "article details:has(> summary)"
_SOLUTIONS = f"""() => [...document.querySelectorAll('{_SELECT}')].map((d, index) => {{
    const label = d.querySelector(':scope > summary').textContent.trim();
    let h = d.previousElementSibling;
    while (h && !/^H[1-6]$/.test(h.tagName)) h = h.previousElementSibling;
    const code = [...d.querySelectorAll('.highlight')].filter(b => !b.closest('.admonition.output'));
    return {{index, label, open: d.open, under: h ? '#' + h.id : 'the top', code: code.length,
            copy: code.filter(b => [...b.querySelectorAll('button.md-clipboard, button[data-md-type=copy]')]
                .some(button => button.getClientRects().length > 0)).length,
            file: code.length ? (code[0].querySelector('.filename .mpdocs-source') || code[0].querySelector('.filename') || {{}}).textContent || null : null}};
}}).filter(s => {list(SOLUTION_LABELS)!r}.includes(s.label))"""

# The proof: the last solution open at load, the first refusing to open, copy buttons hidden in solutions.
BREAK_SOLUTIONS = f"""() => {{
    const all = [...document.querySelectorAll('{_SELECT}')]
        .filter(d => {list(SOLUTION_LABELS)!r}.includes(d.querySelector(':scope > summary').textContent.trim()));
    all.forEach(d => {{ d.open = false; }});
    all[all.length - 1].open = true;
    all[0].querySelector(':scope > summary').addEventListener('click', e => e.preventDefault());
    const style = document.createElement('style');
    style.textContent = 'details .md-clipboard, details [data-md-type=copy] {{ display: none !important; }}';
    document.head.append(style);
}}"""
PROOF_MESSAGES = (
    "tabs inside exercise answer",
    "is open at load",
    "did not open when its summary was clicked",
    "no visible copy button",
)


async def check_solutions(tab, clipboard: asyncio.Lock) -> tuple[int, list[str]]:
    """(solution blocks seen, problems) for the page open in `tab`.

    All are checked closed at load; two are clicked (the first, and the first with code, whose copy
    button is then tried): each click costs a round trip, and the static check covers the rest.
    """
    solutions = await tab.evaluate(_SOLUTIONS)
    if not solutions:
        return 0, ["no solution block found on the page"]

    def where(solution: dict) -> str:
        return f"solution {solution['index'] + 1} (under {solution['under']})"

    problems = [f"{where(s)} is open at load" for s in solutions if s["open"]]
    with_code = next((s for s in solutions if s["code"]), None)
    clicked = [s for s in (solutions[0], with_code) if s is not None and not s["open"]]
    blocks = tab.locator(_SELECT)
    for solution in {s["index"]: s for s in clicked}.values():
        await blocks.nth(solution["index"]).locator(":scope > summary").click()
    now_open = {s["index"]: s for s in await tab.evaluate(_SOLUTIONS) if s["open"]}
    problems += [
        f"{where(s)} did not open when its summary was clicked"
        for s in clicked
        if s["index"] not in now_open
    ]
    if with_code is None:
        return len(solutions), [
            *problems,
            "no solution with code on the page: the copy button was not tried",
        ]
    shown = now_open.get(with_code["index"])
    if shown is None:
        return len(solutions), problems
    if shown["copy"] < shown["code"]:
        problems.append(
            f"{where(shown)}: {shown['code'] - shown['copy']} code block(s) have no visible copy button"
        )
        return len(solutions), problems
    problems += await _copy_matches_file(
        tab, blocks.nth(shown["index"]), shown, where(shown), clipboard
    )
    return len(solutions), problems


async def _copy_matches_file(
    tab, details, solution: dict, where: str, clipboard: asyncio.Lock
) -> list[str]:
    name = (solution["file"] or "").strip()
    if not name.startswith("examples/") or not (ROOT / name).is_file():
        return [
            f'{where}: its first code block has no example file title (```python title="examples/...")'
        ]
    expected = _normalize((ROOT / name).read_text(encoding="utf-8"))
    block = details.locator(".highlight:not(.admonition.output .highlight)").first
    copied = await copied_by(tab, block, clipboard)
    if _normalize(copied) != expected:
        return [
            f"{where}: the copy button copied {len(copied)} characters ({copied[:60]!r}...), not {name}"
        ]
    return []


# ---------------------------------------------------------------------------- tabs inside a solution

_TAB_SETS = "article .tabbed-set"
_LABELS = ":scope > .tabbed-labels > label"

# The first solution with a tab set that has a non-first label also found in a set outside solutions:
# {index (in _SELECT), set (among the solution's sets), chosen (that label), other (another such label)}.
_TAB_CASE = f"""() => {{
    const labels = set => [...set.querySelectorAll('{_LABELS}')].map(l => l.textContent.trim());
    const outside = [...document.querySelectorAll('{_TAB_SETS}')]
        .filter(s => !s.closest('details')).map(labels);
    const blocks = [...document.querySelectorAll('{_SELECT}')];
    for (const [index, d] of blocks.entries()) {{
        const label = d.querySelector(':scope > summary').textContent.trim();
        if (!{list(SOLUTION_LABELS)!r}.includes(label)) continue;
        for (const [set, inner] of [...d.querySelectorAll('.tabbed-set')].entries()) {{
            const linked = labels(inner).filter(l => outside.some(o => o.includes(l)));
            const chosen = linked.find(l => l !== labels(inner)[0]);
            if (chosen) return {{index, set, chosen, other: linked.find(l => l !== chosen) || null}};
        }}
    }}
    return null;
}}"""
_SHOWN = f"""([index, set]) => {{
    const inner = document.querySelectorAll('{_SELECT}')[index].querySelectorAll('.tabbed-set')[set];
    const input = inner.querySelector(':scope > input:checked');
    return input ? inner.querySelector(`label[for="${{input.id}}"]`).textContent.trim() : null;
}}"""
# Closes the solution and marks it once its next opening toggle has been dispatched. The listener sits
# on window, capturing: it sees the event first, even when the proof stops it there; the timeout runs
# after the whole dispatch, so the page's own toggle listeners have done their work by then.
_CLOSE_AND_WATCH = f"""index => {{
    const d = document.querySelectorAll('{_SELECT}')[index];
    d.open = false;
    d.removeAttribute('data-mpdocs-opened');
    const seen = e => {{
        if (e.target !== d || !d.open) return;
        window.removeEventListener('toggle', seen, true);
        setTimeout(() => d.setAttribute('data-mpdocs-opened', ''));
    }};
    window.addEventListener('toggle', seen, true);
}}"""
# The proof: the page's scripts never hear a solution open (what the site did before the script).
BREAK_TABS = "() => window.addEventListener('toggle', e => e.stopPropagation(), true)"
FOLLOW_TIMEOUT_MS = 2_000


async def _choose_outside(tab, label: str) -> None:
    """A reader's click on `label` in the first tab set outside solutions that has it."""
    labels = tab.locator(f"{_TAB_SETS}:not(details .tabbed-set) > .tabbed-labels > label")
    exact = re.compile(rf"^\s*{re.escape(label)}\s*$")
    await labels.filter(has_text=exact).first.click(timeout=10_000)


async def check_tabs_follow_choice(tab) -> list[str]:
    """A label chosen outside, then the solution opened: its tab set shows that label; another label
    chosen while it is open: it follows. Two clicks outside and one on the summary."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    case = await tab.evaluate(_TAB_CASE)
    if case is None:
        return [
            (
                "no solution holds a tab set sharing a label with a set outside solutions: "
                "tab linking into solutions was not tried"
            )
        ]
    index, chosen = case["index"], case["chosen"]
    under = {s["index"]: s["under"] for s in await tab.evaluate(_SOLUTIONS)}[index]
    answer = f"exercise answer {index + 1}"
    await tab.evaluate(_CLOSE_AND_WATCH, index)
    await _choose_outside(tab, chosen)
    await tab.locator(_SELECT).nth(index).locator(":scope > summary").click()
    if not await tab.locator(_SELECT).nth(index).evaluate("d => d.open"):
        return [f"solution {index + 1} (under {under}) did not open when its summary was clicked"]
    await tab.locator(f"{_SELECT}[data-mpdocs-opened]").first.wait_for(state="attached", timeout=5_000)
    shown = await tab.evaluate(_SHOWN, [index, case["set"]])
    if shown != chosen:
        return [
            (
                f"tabs inside {answer} show {shown}, not the chosen {chosen} (under {under}; "
                "chosen outside, then the answer opened)"
            )
        ]
    if case["other"] is None:
        return []
    await _choose_outside(tab, case["other"])
    try:
        await tab.wait_for_function(
            f"([place, label]) => ({_SHOWN})(place) === label",
            arg=[[index, case["set"]], case["other"]],
            timeout=FOLLOW_TIMEOUT_MS,
        )
    except PlaywrightTimeout:
        shown = await tab.evaluate(_SHOWN, [index, case["set"]])
        return [
            (
                f"tabs inside {answer} show {shown}, not the chosen {case['other']} (under {under}; "
                "chosen outside while the answer was open)"
            )
        ]
    return []


async def check_page(tab, report, clipboard: asyncio.Lock) -> None:
    """The checks, then the proof on the same tab (the page broken in place), into `report`."""
    report.solutions_checked, report.solutions = await check_solutions(tab, clipboard)
    report.solutions += await check_tabs_follow_choice(tab)
    if (
        report.solutions_checked >= 3
    ):  # the proof needs three: open at load, refusing, with code
        await tab.evaluate(BREAK_TABS)
        report.solutions_proof = await check_tabs_follow_choice(tab)
        await tab.evaluate(BREAK_SOLUTIONS)
        report.solutions_proof += (await check_solutions(tab, clipboard))[1]
