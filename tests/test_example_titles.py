"""On the built site every example's title links to its file in the repository, says where it runs,
and offers a download served by the site itself (overrides/hooks/example_titles.py)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config import load_config

from tests import pages
from tests.browser.site import built_repository
from tests.harness.manifest import load_examples
from tests.harness.paths import DOCS, EXAMPLES, ROOT

TITLE = re.compile(
    r'<span class="filename mpdocs-example-title">'
    r'(?:<a class="mpdocs-source" href="(?P<source>[^"]+)"[^>]*>|<span class="mpdocs-source">)'
    r"examples/(?P<path>[\w-]+(?:/[\w-]+)*/\w+\.py)</(?:a|span)>"
    r'<span class="mpdocs-platform" data-platform="(?P<platform>\w+)"[^>]*>(?P<badge>[^<]+)</span>'
    r'<a class="mpdocs-download" (?:download="[^"]+" )?href="(?P<download>[^"]+)"'
)
BARE_TITLE = re.compile(r'<span class="filename">examples/')
FENCE_TITLE = re.compile(
    r'^\s*```\w+ title="examples/[\w-]+(?:/[\w-]+)*/\w+\.py"', re.MULTILINE
)


def title_problems(
    site: Path, repo_url: str, branch: str, declared: dict[str, str], examples: Path
) -> list[str]:
    problems = []
    for page in sorted(site.rglob("*.html")):
        where = page.relative_to(site)
        text = page.read_text(encoding="utf-8")
        if BARE_TITLE.search(text):
            problems.append(
                f"{where}: an example title without its links: is overrides/hooks/example_titles.py listed?"
            )
        url = "https://site.invalid/" + str(where.parent.as_posix()).strip(".") + "/"
        for found in TITLE.finditer(text):
            path = found["path"]
            wanted = (
                f"{repo_url.rstrip('/')}/blob/{branch}/examples/{path}"
                if repo_url
                else None
            )
            if found["source"] != wanted:
                problems.append(
                    f"{where}: examples/{path} links to {found['source']}, not {wanted} (repo_url)"
                )
            if found["platform"] != declared.get(path):
                problems.append(
                    f"{where}: examples/{path} shows {found['platform']!r}, declared {declared.get(path)!r}"
                )
            served = urljoin(url, found["download"])
            if not served.startswith("https://site.invalid/"):
                problems.append(
                    f"{where}: the download of examples/{path} leaves the site: {found['download']}"
                )
                continue
            copy = site / served.removeprefix("https://site.invalid/")
            if (
                not copy.is_file()
                or copy.read_bytes() != (examples / path).read_bytes()
            ):
                problems.append(
                    f"{where}: the download link of examples/{path} ({found['download']}) does not "
                    "serve that file from the built site"
                )
    return problems


def _repository(site: Path) -> tuple[str, str]:
    """The repository as the build saw it: the site's own repository button (repo_url from the
    workflow, or the git remote overrides/hooks/reader_pages.py found; none without either)."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    parts = (config["edit_uri"] or "edit/main/").strip("/").split("/")
    return built_repository(site), parts[1] if len(parts) > 1 else "main"


def test_example_titles_link_to_the_repository_and_offer_a_download(built_site):
    repo_url, branch = _repository(built_site)
    declared = {
        ex.script.relative_to(EXAMPLES).as_posix(): ex.platforms
        for ex in load_examples()
    }
    problems = title_problems(built_site, repo_url, branch, declared, EXAMPLES)
    assert not problems, "\n".join(problems)
    shown = sum(
        len(TITLE.findall(p.read_text(encoding="utf-8")))
        for p in built_site.rglob("*.html")
    )
    fences = sum(
        len(FENCE_TITLE.findall(pages.markdown_text(p))) for p in pages.all_pages(DOCS)
    )
    assert shown == fences > 0, (
        f"{fences} titled example fences in docs/, {shown} titles with links on the built site"
    )
