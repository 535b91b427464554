"""What the browser tests check, checked without a browser too (they skip where Chromium is missing):

- every mermaid diagram in docs/ parses with the site's own vendored mermaid, run in Node.js
  (tests/mermaid_parse.mjs); a broken one is reported as docs/<page>:<line>;
- no built page loads anything from another host: src, srcset, <link href>, CSS url() and @import
  in pages and stylesheets are relative, data: URLs, or on the site's own host. Links (<a href>) may
  point anywhere: following one is the reader's choice, not a request the page makes.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import textwrap
from pathlib import Path
from urllib.parse import urlsplit

from tests import pages
from tests.harness.paths import DOCS, ROOT

MERMAID = ROOT / "docs" / "assets" / "vendor" / "mermaid" / "mermaid.esm.min.mjs"
PARSER = ROOT / "tests" / "mermaid_parse.mjs"
# linkedom, pinned by tests/node/package-lock.json; tests/setup.sh installs it there (npm ci)
NODE_PREFIX = Path(os.environ.get("MPDOCS_NODE_PREFIX", ROOT / ".cache" / "npm-dom"))


# ---------------------------------------------------------------------------- diagrams


def diagrams(docs: Path = DOCS) -> list[tuple[str, str]]:
    """(docs/<page>:<line of the opening fence>, diagram source) of every mermaid fence in the pages."""
    found = []
    for path in pages.all_pages(docs):
        if path.suffix != ".md":
            continue
        lines = pages.read_page(path).lines
        for index, line in enumerate(lines):
            if not (line.opens and (line.fence or "").split()[:1] == ["mermaid"]):
                continue
            body = []
            for inner in lines[index + 1 :]:
                if (
                    inner.fence is None
                    or inner.opens
                    or set(inner.text.strip()) <= {"`", "~"}
                    and inner.text.strip()
                ):
                    break
                body.append(inner.text)
            found.append(
                (f"{pages.rel(path)}:{line.number}", textwrap.dedent("\n".join(body)))
            )
    return found


def parse_problems(found: list[tuple[str, str]], mermaid: Path = MERMAID) -> list[str]:
    done = subprocess.run(
        ["node", str(PARSER), str(mermaid), str(NODE_PREFIX)],
        input=json.dumps(
            [{"where": where, "source": source} for where, source in found]
        ),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, (
        f"tests/mermaid_parse.mjs could not run:\n{done.stderr[-3000:]}"
    )
    return [
        f"{result['where']}: this mermaid diagram does not parse with the vendored mermaid "
        f"({mermaid.parent.name} {(mermaid.parent / 'VERSION').read_text().strip() if (mermaid.parent / 'VERSION').exists() else ''}):"
        f"\n{textwrap.indent(result['error'], '    ')}"
        for result in json.loads(done.stdout)
        if result["error"]
    ]


def test_every_diagram_parses_with_the_vendored_mermaid():
    assert shutil.which("node"), (
        "Node.js is needed to parse the diagrams (install nodejs)"
    )
    assert MERMAID.exists(), (
        f"{pages.rel(MERMAID)} is missing: a site build unpacks it (overrides/hooks/vendor_mermaid.py)"
    )
    found = diagrams()
    assert found, (
        "no mermaid diagram found in docs/: is diagrams() still reading the fences?"
    )
    problems = parse_problems(found)
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------- foreign hosts

LOADING_LINKS = {
    "stylesheet",
    "preload",
    "modulepreload",
    "prefetch",
    "icon",
    "apple-touch-icon",
    "manifest",
}
CSS_URL = re.compile(
    r"""url\(\s*(['"]?)(?P<url>[^'")]+)\1\s*\)|@import\s+(['"])(?P<imported>[^'"]+)\3"""
)


def _foreign(url: str, own_host: str) -> bool:
    parts = urlsplit(url.strip())
    if parts.scheme in ("data", "blob", "about", "javascript"):
        return False
    return bool(parts.netloc) and parts.hostname != own_host


TAG = re.compile(r"<(?P<tag>[a-zA-Z][\w-]*)(?P<attrs>\s[^<>]*)?>")
ATTR = re.compile(
    r"""(?P<name>[\w:-]+)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'>]+))"""
)
STYLE_BLOCK = re.compile(
    r"<style\b[^>]*>(?P<css>.*?)</style>", re.DOTALL | re.IGNORECASE
)


def loads_of(text: str) -> list[tuple[int, str, str]]:
    """(line, what, URL) of everything a page loads by itself: src, srcset, <link rel=stylesheet ...>,
    CSS url() and @import in style attributes and <style> blocks. (A regex scan: in built pages, code and
    diagram sources are HTML-escaped, so every unescaped tag is a real one; 10 times faster than HTMLParser.)"""
    found: list[tuple[int, str, str]] = []
    for tag in TAG.finditer(text):
        name = tag["tag"].lower()
        attrs = {
            a["name"].lower(): html.unescape(a["dq"] or a["sq"] or a["bare"] or "")
            for a in ATTR.finditer(tag["attrs"] or "")
        }
        urls = [
            (f"<{name} {key}>", attrs[key])
            for key in ("src", "poster", "data")
            if attrs.get(key) and name != "a"
        ]
        for key in ("srcset", "imagesrcset"):
            urls += [
                (f"<{name} {key}>", c.split()[0])
                for c in (attrs.get(key) or "").split(",")
                if c.strip()
            ]
        if (
            name == "link"
            and set(attrs.get("rel", "").lower().split()) & LOADING_LINKS
            and attrs.get("href")
        ):
            urls.append((f"<link rel={attrs['rel']}>", attrs["href"]))
        urls += [
            (f"<{name} style>", m["url"] or m["imported"])
            for m in CSS_URL.finditer(attrs.get("style") or "")
        ]
        if urls:
            line = text.count("\n", 0, tag.start()) + 1
            found += [(line, what, url) for what, url in urls]
    for block in STYLE_BLOCK.finditer(text):
        for m in CSS_URL.finditer(block["css"]):
            found.append(
                (
                    text.count("\n", 0, block.start("css") + m.start()) + 1,
                    "<style>",
                    m["url"] or m["imported"],
                )
            )
    return found


def foreign_loads(site: Path, own_host: str) -> list[str]:
    problems = []
    for page in sorted(site.rglob("*.html")):
        problems += [
            f"{page.relative_to(site)}:{line}: {what} loads {url} from another host; serve it from the site "
            "(the site makes no third-party request)"
            for line, what, url in loads_of(page.read_text(encoding="utf-8"))
            if _foreign(url, own_host)
        ]
    for sheet in sorted(site.rglob("*.css")):
        text = sheet.read_text(encoding="utf-8", errors="replace")
        for found in CSS_URL.finditer(text):
            url = found["url"] or found["imported"]
            if _foreign(url, own_host):
                line = text.count("\n", 0, found.start()) + 1
                problems.append(
                    f"{sheet.relative_to(site)}:{line}: url({url}) loads from another host; "
                    "serve it from the site"
                )
    return problems


def _own_host() -> str:
    from mkdocs.config import load_config

    return (
        urlsplit(load_config(str(ROOT / "mkdocs.yml"))["site_url"] or "").hostname or ""
    )


def test_built_pages_load_nothing_from_another_host(built_site):
    problems = foreign_loads(built_site, _own_host())
    assert not problems, "\n".join(problems)
