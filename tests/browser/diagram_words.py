"""No Chinese word is split across two drawn lines of a mermaid label.

Mermaid wraps flowchart and state labels at a fixed width (about 120 px for a flowchart node) and,
with no spaces in Chinese text, breaks wherever the width runs out: 服务器进 / 程. The browser
reports the text of each drawn line of each label (`LABEL_LINES`); jieba, the segmenter the site's
search already uses, says where the words are, and a break between two CJK characters of one word
is reported (`split_words`). Chinese pages only: English labels wrap at spaces.
jieba errs now and then (为名导入主脚本 cut as 为 / 名导 / 入主 / 脚本): a label it misreads is
broken elsewhere or reworded with the same meaning, rather than the rule loosened.
"""

from __future__ import annotations

import asyncio
import itertools
import re

from tests.browser.character_boxes import CHARACTER_BOXES
from tests.browser.site import Page

# For each diagram (`article .mermaid`, in order): its labels, each a list of its drawn lines, or
# null when the diagram is not drawn. An HTML label (foreignObject) is split into line boxes by the
# top of each character's Range; an SVG label is one <text> per line (a sequence diagram's message,
# split at its <br/>) or <tspan> rows inside one <text>, the consecutive lines of one label sharing
# parent, class and x and following each other within half a line.
LABEL_LINES = """() => {""" + CHARACTER_BOXES + """
    const drawn = d => d.querySelector(
        ':scope > svg[aria-roledescription]:not([aria-roledescription=error])');
    const htmlLines = label => {
        const lines = [];
        let top = null;
        for (const {ch, box} of characterBoxes(label)) {
            if (!box) continue;  // collapsed white space
            if (top === null || box.top > top + box.height / 2) { lines.push(''); top = box.top; }
            lines[lines.length - 1] += ch;
        }
        return lines.map(l => l.trim()).filter(Boolean);
    };
    const rows = text => {
        const tspans = [...text.children].filter(c => c.tagName === 'tspan' && c.textContent.trim());
        if (!tspans.length) return [{text: text.textContent, box: text.getBoundingClientRect()}];
        const found = [];
        for (const t of tspans) {
            const box = t.getBoundingClientRect(), last = found[found.length - 1];
            if (last && box.top < last.box.top + last.box.height / 2) last.text += t.textContent;
            else found.push({text: t.textContent, box});
        }
        return found;
    };
    const svgLabels = svg => {
        const labels = [];
        let previous = null;
        for (const text of svg.querySelectorAll('text')) {
            if (text.closest('foreignObject') || !text.textContent.trim()) continue;
            if (!text.getClientRects().length) continue;
            const lines = rows(text);
            const first = lines[0].box;
            const follows = previous && previous.text.parentNode === text.parentNode
                && previous.text.getAttribute('class') === text.getAttribute('class')
                && previous.text.getAttribute('x') === text.getAttribute('x')
                && first.top >= previous.bottom - 1 && first.top - previous.bottom < first.height / 2;
            if (follows) labels[labels.length - 1].push(...lines.map(l => l.text.trim()));
            else labels.push(lines.map(l => l.text.trim()));
            previous = {text, bottom: lines[lines.length - 1].box.bottom};
        }
        return labels;
    };
    return [...document.querySelectorAll('article .mermaid')].map(d => {
        const svg = drawn(d);
        if (!svg) return null;
        const html = [...svg.querySelectorAll('foreignObject')].map(htmlLines).filter(l => l.length);
        return html.concat(svgLabels(svg)).map(l => l.filter(Boolean)).filter(l => l.length);
    });
}"""

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0002ffff]")


def _is_cjk(character: str) -> bool:
    return bool(_CJK.fullmatch(character))


def _words(text: str) -> list[str]:
    import jieba  # loaded only on a Chinese page with a break between two CJK characters

    jieba.setLogLevel(60)  # its dictionary-loading messages are not problems
    return jieba.lcut(text)


def split_words(lines: list[str]) -> list[tuple[str, str]]:
    """Each word one label's drawn lines split: (the word with | where it breaks, the word)."""
    breaks = []  # offsets in the joined text where a line ends between two CJK characters
    offset = 0
    for line, following in itertools.pairwise(lines):
        offset += len(line)
        if line and following and _is_cjk(line[-1]) and _is_cjk(following[0]):
            breaks.append(offset)
    if not breaks:
        return []
    found = []
    start = 0
    for word in _words("".join(lines)):
        end = start + len(word)
        found += [(f"{word[: b - start]}|{word[b - start :]}", word) for b in breaks if start < b < end]
        start = end
    return found


def problems_in(diagrams: list[list[list[str]] | None], sources: list[str]) -> list[str]:
    """A message for each word split across lines, naming the diagram by number and first line
    ("mermaid diagram N": tests/browser/where.py then names its fence in docs/)."""
    messages = []
    for number, labels in enumerate(diagrams, 1):
        source = sources[number - 1] if number <= len(sources) else ""
        kind = source.strip().splitlines()[0].strip() if source.strip() else "?"
        for lines in labels or []:
            for shown, word in split_words(lines):
                messages.append(
                    f'mermaid diagram {number} ({kind}): "{shown}" splits the word {word} across lines: '
                    "break the label with <br/> at a word boundary"
                )
    return messages


async def check(tab, page: Page, problems: list[str]) -> None:
    """On a Chinese page whose diagrams are drawn, report each word a label's line break splits."""
    if page.locale != "zh" or not page.diagrams:
        return
    drawn = await tab.evaluate(LABEL_LINES)
    # jieba's first cut loads its dictionary (most of a second): off the loop the other tabs share
    problems += await asyncio.to_thread(problems_in, drawn, page.diagrams)
