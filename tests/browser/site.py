"""What the built site contains and what each page should show, read from the files (no browser).

A page is found by walking the built HTML; its source is the Markdown file it came from in docs/
(suffix layout of mkdocs-static-i18n: `NN-slug.md` is Chinese at `/NN-slug/`, `NN-slug.en.md`
is English at `/en/NN-slug/`). From the source we know which examples and recorded outputs the
page must show and how many mermaid diagrams it has.
"""

from __future__ import annotations

import functools
import html
import http.server
import os
import re
import threading
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Self

from tests.harness.paths import DOCS, EXAMPLES, ROOT

# Default language at the site root, the others under /<locale>/ (mkdocs.yml, plugin i18n).
DEFAULT_LOCALE = "zh"
OTHER_LOCALES = ("en",)
NOT_PAGES = ("assets", "search", "stylesheets")

INCLUDE = re.compile(r'^[ \t]*-{1,}8<-{1,}[ \t]+"([^"]+)"', re.MULTILINE)
OUTPUT_ADMONITION = re.compile(r"^[ \t]*!!! output\b", re.MULTILINE)
MERMAID_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*mermaid\b", re.MULTILINE)
BUILT_MERMAID = re.compile(r'<div class="mermaid">(.*?)</div>', re.DOTALL)


@dataclass
class Page:
    path: str  # URL path under the site root: "", "03-process-fundamentals/", "en/", "en/03-.../"
    locale: str
    source: (
        Path | None
    )  # docs/... it was built from (None: not found, e.g. a generated page)
    twin: str | None  # the same page in the other language
    example_code: list[str] = field(
        default_factory=list
    )  # examples/... .py files included
    outputs: list[str] = field(
        default_factory=list
    )  # examples/... .out.md files included
    expected_outputs: int = 0  # `!!! output` blocks those .out.md files hold
    diagrams: list[str] = field(default_factory=list)  # mermaid sources as built

    @property
    def name(self) -> str:
        """How messages name the page: its URL path ("/" for the Chinese home)."""
        return self.path or "/"

    @property
    def slug(self) -> str:
        """A file-name-safe name: zh-home, en-03-process-fundamentals."""
        rest = (
            self.path.removeprefix(f"{self.locale}/")
            if self.locale != DEFAULT_LOCALE
            else self.path
        )
        return f"{self.locale}-{rest.strip('/').replace('/', '-') or 'home'}"

    @property
    def is_home(self) -> bool:
        return self.path in ("", *(f"{locale}/" for locale in OTHER_LOCALES))


def _locale_of(path: str) -> str:
    first = path.split("/", 1)[0]
    return first if first in OTHER_LOCALES else DEFAULT_LOCALE


def _twin_path(path: str, locale: str) -> str:
    if locale == DEFAULT_LOCALE:
        return f"{OTHER_LOCALES[0]}/{path}"
    return path.removeprefix(f"{locale}/")


def _source_of(path: str, locale: str, docs: Path) -> Path | None:
    stem = path.removeprefix(f"{locale}/") if locale != DEFAULT_LOCALE else path
    stem = stem.strip("/") or "index"
    suffix = "" if locale == DEFAULT_LOCALE else f".{locale}"
    for candidate in (
        f"{stem}{suffix}.md",
        f"{stem}/index{suffix}.md",
        f"{stem}{suffix}.ipynb",
    ):
        if (docs / candidate).is_file():
            return docs / candidate
    return None


def discover(site: Path, docs: Path = DOCS, examples: Path = EXAMPLES) -> list[Page]:
    """Every page of the built site, both languages, with what its source says it must show."""
    found = []
    for index in sorted(site.rglob("index.html")):
        relative = index.parent.relative_to(site).as_posix()
        if relative.split("/", 1)[0] in NOT_PAGES:
            continue
        path = "" if relative == "." else relative + "/"
        locale = _locale_of(path)
        twin = _twin_path(path, locale)
        page = Page(
            path=path,
            locale=locale,
            source=_source_of(path, locale, docs),
            twin=twin if (site / twin / "index.html").is_file() else None,
        )
        if page.source is not None and page.source.suffix == ".md":
            for include in INCLUDE.findall(page.source.read_text(encoding="utf-8")):
                if include.endswith(".out.md"):
                    page.outputs.append(include)
                    included = examples / include
                    if included.is_file():
                        page.expected_outputs += len(
                            OUTPUT_ADMONITION.findall(
                                included.read_text(encoding="utf-8")
                            )
                        )
                elif include.endswith(".py"):
                    page.example_code.append(include)
        page.diagrams = [
            html.unescape(text)
            for text in BUILT_MERMAID.findall(index.read_text(encoding="utf-8"))
        ]
        found.append(page)
    return found


def source_diagram_count(page: Page) -> int:
    if page.source is None or page.source.suffix != ".md":
        return len(page.diagrams)
    return len(MERMAID_FENCE.findall(page.source.read_text(encoding="utf-8")))


def without_query(url: str) -> str:
    """The address without its query and fragment: what names the page or file."""
    return url.split("#", 1)[0].split("?", 1)[0]


def served_file(site: Path, base: str, url: str) -> Path | None:
    """The file of the built site that `url` (under `base`) is served from, or None."""
    if not url.startswith(base):
        return None
    path = urllib.parse.unquote(without_query(url).removeprefix(base))
    file = site / path
    if file.is_dir():
        file = file / "index.html"
    return file if file.is_file() else None


def site_url(mkdocs_yml: Path = ROOT / "mkdocs.yml") -> str:
    """site_url as the build sees it: `!ENV [NAME, default]` reads the environment, else the default."""
    found = re.search(
        r"^site_url:\s*(.+)$", mkdocs_yml.read_text(encoding="utf-8"), re.MULTILINE
    )
    value = found.group(1).strip() if found else "/"
    env = re.match(r"!ENV\s*\[\s*(\w+)\s*,\s*[\"']?([^\"'\]]*)[\"']?\s*\]", value)
    return (os.environ.get(env.group(1)) or env.group(2)) if env else value


def site_prefix(mkdocs_yml: Path = ROOT / "mkdocs.yml") -> str:
    """The path the site is published under (from site_url), e.g. "/python-multiprocessing/".

    The site is served under the same path locally: some links the i18n plugin writes are
    absolute paths built from site_url.
    """
    path = urllib.parse.urlsplit(site_url(mkdocs_yml)).path
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves a directory under `prefix`; `replaced` maps paths (below the prefix) to bytes served instead."""

    prefix: ClassVar[str] = "/"
    replaced: ClassVar[dict[str, bytes]] = {}

    def log_message(self, *args) -> None:
        pass

    def translate_path(self, path: str) -> str:
        # Strip the prefix here, not in self.path: a directory's redirect (to add its "/") keeps it.
        return super().translate_path("/" + path.removeprefix(self.prefix))

    def do_GET(self) -> None:
        path = without_query(self.path)
        if not path.startswith(self.prefix):
            self.send_error(404, f"outside the site ({self.prefix})")
            return None
        body = self.replaced.get(path.removeprefix(self.prefix))
        if body is None:
            return super().do_GET()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Server:
    """A threaded http.server on 127.0.0.1, on a free port, serving `root` at `base` (origin + prefix)."""

    def __init__(
        self,
        root: Path,
        prefix: str = "/",
        replaced: dict[str, bytes] | None = None,
        handler: type = _Quiet,
    ):
        handler = type(
            "Handler", (handler,), {"prefix": prefix, "replaced": dict(replaced or {})}
        )
        self.httpd = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(root))
        )
        self.httpd.daemon_threads = True
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.base = self.origin + prefix
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


REPO_BUTTON = re.compile(r'<a href="(?P<url>[^"]+)" title="[^"]*" class="md-source"')


def built_repository(site: Path) -> str:
    """The repository as the build saw it: the site's own repository button (repo_url from the
    deploy workflow's MPDOCS_REPO_URL, or the git remote overrides/hooks/reader_pages.py found);
    "" when the build knew none."""
    button = REPO_BUTTON.search((site / "index.html").read_text(encoding="utf-8"))
    return button["url"] if button else ""
