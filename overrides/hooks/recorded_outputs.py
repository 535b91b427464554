"""Recorded outputs on a page: their provenance, and a line above each tab set saying what differs.

- The summary (how many output blocks, one per tab of a view, on which Python versions and system, recorded when) goes into
  page.meta["recorded_outputs"], which overrides/main.html turns into a note under the content.
- A view whose runs differ starts with <p class="mpdocs-differs" data-differs="python start_method">
  (tests/harness/recording.py); here it gets its sentence, in the page's language.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

INCLUDE = re.compile(r'^\s*-{1,}8<-{1,}\s+"([^"]+\.out\.md)"', re.MULTILINE)
# One output block as the reader sees it (a view with tabs holds one per tab): what the note counts.
OUTPUT_BLOCK = re.compile(r"^[ \t]*!!! output\b", re.MULTILINE)
DIFFERS = re.compile(r'<p class="mpdocs-differs" data-differs="([a-z_ ]*)"></p>')
SENTENCES = {
    "zh": {
        "python start_method": "下面的输出因 Python 版本和启动方法而异；每个标签页都来自真实运行，标题里一并列出的版本输出完全相同。",
        "python": "下面的输出因 Python 版本而异；每个标签页都来自真实运行，标题里一并列出的版本输出完全相同。",
        "start_method": "下面的输出因启动方法而异；每个标签页都来自真实运行。",
    },
    "en": {
        "python start_method": "The output below differs by Python version and start method; each tab comes from real runs, and every version named in a tab's title printed exactly that output.",
        "python": "The output below differs by Python version; each tab comes from real runs, and every version named in a tab's title printed exactly that output.",
        "start_method": "The output below differs by start method; each tab comes from a real run.",
    },
}


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _locale(page) -> str:
    return "en" if re.search(r"\.en\.[a-z]+$", page.file.src_uri) else "zh"


def on_page_markdown(markdown, page, config, **kwargs):
    base = Path(config["docs_dir"]).parent / "examples"
    views = INCLUDE.findall(markdown)
    if not views:
        return markdown
    pythons, systems, dates = set(), set(), set()
    blocks = sum(len(OUTPUT_BLOCK.findall((base / view).read_text(encoding="utf-8"))) for view in views)
    for view in views:
        recording = json.loads((base / view).with_suffix("").with_suffix(".out.json").read_text(encoding="utf-8"))
        pythons.update(run["python"] for run in recording["runs"])
        systems.add(recording["system"])
        dates.add(recording["date"])
    page.meta["recorded_outputs"] = {
        "count": blocks,
        "pythons": ", ".join(sorted(pythons, key=_version_key, reverse=True)),
        "systems": "; ".join(sorted(systems)),
        "dates": " – ".join(sorted(dates)[:: max(1, len(dates) - 1)]),
    }
    return markdown


def on_page_content(html, page, config, **kwargs):
    sentences = SENTENCES[_locale(page)]

    def sentence(match: re.Match[str]) -> str:
        axes = match.group(1)
        if axes not in sentences:
            raise ValueError(f"{page.file.src_uri}: a recorded view says it differs by {axes!r}, which has no sentence")
        return f'<p class="mpdocs-differs" data-differs="{axes}">{sentences[axes]}</p>'

    return DIFFERS.sub(sentence, html)
