"""What Material and Python-Markdown write in English on every page, and a 404 page that works on any host.

- Without MPDOCS_REPO_URL (a local build: mkdocs.yml takes repo_url from the deploy workflow), the
  repository is the checkout's GitHub `origin` remote; without one, no repository button and no
  edit links (mkdocs would build them from edit_uri alone and warn).
- The heading permalinks' title ("Permanent link", one toc setting for the whole site) is
  translated on Chinese pages.
- mkdocs builds 404.html with absolute URLs from site_url ("/python-multiprocessing/assets/..."):
  wherever else the site is served (another host's root, `mkdocs serve`), the page came unstyled.
  It is served for any missing address at any depth, so relative URLs cannot work either: its
  URLs become relative to the site root, and the first thing in <head> is a <base> at the deploy
  path, which a script changes to the host's root when the address is not under that path.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority

PERMALINK = 'title="Permanent link"'
PERMALINK_ZH = 'title="永久链接"'


def _origin(root: Path) -> str | None:
    """The GitHub address of the checkout's `origin` remote, if it has one."""
    done = subprocess.run(
        ["git", "-C", str(root), "remote", "get-url", "origin"], capture_output=True, text=True, check=False
    )
    found = re.match(r"^(?:https://github\.com/|git@github\.com:)([\w.-]+/[\w.-]+?)(?:\.git)?/?$", done.stdout.strip())
    return f"https://github.com/{found.group(1)}" if done.returncode == 0 and found else None


def on_config(config, **kwargs):
    # No MPDOCS_REPO_URL (a local build): the checkout's own GitHub remote, else no repository button
    # and no edit links (mkdocs would build them from edit_uri alone, and warn).
    if not config.get("repo_url"):
        origin = _origin(Path(config["config_file_path"]).parent)
        if origin:
            config["repo_url"], config["repo_name"] = origin, origin.removeprefix("https://github.com/")
        else:
            config["edit_uri"] = None
    return config


def _locale(page) -> str:
    return "en" if re.search(r"\.en\.[a-z]+$", page.file.src_uri) else "zh"


def on_page_content(html, page, config, **kwargs):
    return html.replace(PERMALINK, PERMALINK_ZH) if _locale(page) == "zh" else html


def _site_path(config) -> str:
    path = urlsplit(config.get("site_url") or "/").path.strip("/")
    return f"/{path}/" if path else "/"


_first_404: dict[str, str] = {}


def _i18n_building(config) -> bool:
    i18n = config.plugins.get("i18n")
    return i18n is not None and getattr(i18n, "building", False)


def on_post_template(output_content, template_name, config, **kwargs):
    """The default language's 404 page is kept: every language's build writes 404.html at the site
    root, and the last one (English) would be the only one left, English-first on a Chinese site."""
    if template_name == "404.html" and not _i18n_building(config):
        _first_404["html"] = output_content
    return output_content


@event_priority(-200)
def on_post_build(config, **kwargs):
    if _i18n_building(config):
        return
    page = Path(config["site_dir"]) / "404.html"
    if "html" in _first_404:
        page.write_text(_first_404.pop("html"), encoding="utf-8")
    if not page.is_file():
        return
    root = _site_path(config)
    html = page.read_text(encoding="utf-8")
    if root != "/":
        html = re.sub(r'((?:href|src)=")' + re.escape(root), r"\1", html)
    else:
        html = re.sub(r'((?:href|src)=")/(?!/)', r"\1", html)
    # Material's own notions of the site root: its storage scope, and config.base (read by its bundle).
    html = re.sub(r'__md_scope=new URL\("[^"]*",location\)', "__md_scope=new URL(document.baseURI)", html)
    config_base = (
        "<script>(c => c.textContent = JSON.stringify({...JSON.parse(c.textContent), base: document.baseURI}))"
        "(document.getElementById('__config'))</script>"
    )
    html = re.sub(
        r'(<script id="__config"[^>]*>.*?</script>)', lambda m: m.group(1) + config_base, html, count=1, flags=re.DOTALL
    )
    # A static <base> for the deploy path (the preload scanner honours it), corrected before any
    # asset is parsed when the page is served elsewhere (then only the scanner's guesses miss).
    base = (
        f'<base href="{root}"><script>if (!location.pathname.startsWith({json.dumps(root)})) '
        "document.querySelector('base').href = '/'</script>"
    )
    html = re.sub(r"(<head[^>]*>)", lambda m: m.group(1) + base, html, count=1)
    page.write_text(html, encoding="utf-8")
