"""What Material and Python-Markdown write in English on every page, and a 404 page that works on any host.

- The heading permalinks' title ("Permanent link", one toc setting for the whole site) is
  translated on Chinese pages.
- mkdocs builds 404.html with absolute URLs from site_url ("/python-multiprocessing/assets/..."):
  wherever else the site is served (another host's root, `mkdocs serve`), the page came unstyled.
  It is served for any missing address at any depth, so relative URLs cannot work either: its
  URLs become relative to the site root, and a first script in <head> sets <base> to the site
  root, the deploy path when the address is under it, the host's root otherwise.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority

PERMALINK = 'title="Permanent link"'
PERMALINK_ZH = 'title="永久链接"'


def _locale(page) -> str:
    return "en" if re.search(r"\.en\.[a-z]+$", page.file.src_uri) else "zh"


def on_page_content(html, page, config, **kwargs):
    return html.replace(PERMALINK, PERMALINK_ZH) if _locale(page) == "zh" else html


def _site_path(config) -> str:
    path = urlsplit(config.get("site_url") or "/").path.strip("/")
    return f"/{path}/" if path else "/"


@event_priority(-200)
def on_post_build(config, **kwargs):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return
    page = Path(config["site_dir"]) / "404.html"
    if not page.is_file():
        return
    root = _site_path(config)
    html = page.read_text(encoding="utf-8")
    if root != "/":
        html = re.sub(r'((?:href|src)=")' + re.escape(root), r"\1", html)
        html = html.replace(f'"base": "{root.rstrip("/")}"', '"base": "."')
    else:
        html = re.sub(r'((?:href|src)=")/(?!/)', r"\1", html)
        html = html.replace('"base": "/"', '"base": "."').replace('"base": ""', '"base": "."')
    base = (
        "<script>document.write('<base href=\"' + "
        f"(location.pathname.startsWith({json.dumps(root)}) ? {json.dumps(root)} : '/') + '\">')</script>"
    )
    html = re.sub(r"(<head[^>]*>)", lambda m: m.group(1) + base, html, count=1)
    page.write_text(html, encoding="utf-8")
