"""One search index per language, without code listings or stray pilcrows.

mkdocs-static-i18n merges every language's entries into one search/search_index.json, which every
page fetched (English "pickle" found Chinese chapters first, and each page paid for both languages).
After that merge (its on_post_build runs at priority -100, building the other languages inside it),
split the index by page language: Chinese pages keep search/search_index.json, English pages get
en/search/search_index.json (overrides/main.html points Material's request there, and only sends
it once the reader opens search). Each entry loses the "¶" of notebook headings; code listings
and recorded outputs never reach the index (search_index_input.py: a hit showed a whole listing,
and they were half the index).

Material's search worker (9.8.2) cuts a Chinese query into the words of the index and joins them
with "* ", so each word but the last becomes "僵尸**": it still matches, but is then reported as
missing from every result ("缺少: 僵尸*"). Its words also include every shorter word of the index
inside a longer one: 僵尸进程 gave 僵尸, 进程 and 进, and "进*" (matching the title 进度条) put chapter
10's progress bars first, though they hold no 僵尸. The worker copied into the site is patched to
drop a word that lies inside another one, and to require every word, each as a prefix ("+僵尸*
+进程*": one word was typed). Without the "*" a word matched only where jieba cut the text exactly
so, and 守护进程 found the glossary alone, not chapter 4. The build fails if that code is not found,
e.g. after a Material upgrade.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

INDEX = "search/search_index.json"
PILCROW = re.compile(r"\s*(?:\u200b\s*)*¶")
WORKERS = "assets/javascripts/workers"
SEGMENTS_JOINED = '.join("* ")),e='  # in search(): segments of a Han query, before the wildcard pass
SEGMENTS_FIXED = '.filter((a,i,x)=>!x.some(b=>b!==a&&b.includes(a))).map(a=>"+"+a+"*").join(" ")),e='


def _clean(doc: dict) -> dict:
    doc = dict(doc)
    doc["title"] = PILCROW.sub("", doc.get("title", ""))
    doc["text"] = PILCROW.sub("", doc.get("text", ""))
    return doc


def _locale(location: str, others: list[str]) -> str | None:
    first = location.split("/", 1)[0]
    return first if first in others else None


def _patch_worker(site: Path) -> None:
    workers = sorted((site / WORKERS).glob("search.*.min.js"))
    if not workers:
        raise PluginError(f"no Material search worker in {WORKERS}: update overrides/hooks/search_per_language.py")
    for worker in workers:
        code = worker.read_text(encoding="utf-8")
        if SEGMENTS_FIXED in code:
            continue
        if code.count(SEGMENTS_JOINED) != 1:
            raise PluginError(
                f"{worker.name}: the Chinese query segmentation of Material's search worker changed; "
                "check whether it still doubles the wildcard, then update overrides/hooks/search_per_language.py"
            )
        worker.write_text(code.replace(SEGMENTS_JOINED, SEGMENTS_FIXED), encoding="utf-8")


@event_priority(-200)
def on_post_build(config, **kwargs):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # inside the plugin's build of another language: the merged index is not written yet
    site = Path(config["site_dir"])
    _patch_worker(site)
    merged = json.loads((site / INDEX).read_text(encoding="utf-8"))
    languages = i18n.config.languages if i18n is not None else []
    others = [lang.locale for lang in languages if not lang.default]
    split: dict[str | None, list[dict]] = {None: [], **{locale: [] for locale in others}}
    for doc in merged["docs"]:
        split[_locale(doc["location"], others)].append(_clean(doc))
    for locale, docs in split.items():
        index_config = dict(merged["config"])
        if locale == "en":
            index_config["lang"] = ["en"]  # no Chinese word list to load for English pages
        target = site / (f"{locale}/{INDEX}" if locale else INDEX)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            json.dumps({"config": index_config, "docs": docs}, ensure_ascii=False, separators=(",", ":")),
            encoding="utf-8",
        )
