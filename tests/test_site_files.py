"""What the built pages hold, read from the files: page actions, the notebook pages, mermaid's script.

- every page's edit and view buttons lead to its own source file in docs/ (its language's file);
- notebook pages: listed in sitemap.xml, no inline Jupyter stylesheet, no `<script src="">`;
- overrides/hooks/fast_mermaid.py gives the same document as mermaid2's own page step.
Each check is a function that returns problems; a test feeds it a broken copy to prove it fails.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

from mkdocs.config import load_config

from tests.browser.site import (
    BUILT_MERMAID,
    built_repository,
    discover,
    source_diagram_count,
)
from tests.harness.paths import DOCS, ROOT

ACTION = re.compile(
    r'<a href="([^"]*)" title="[^"]*" class="md-content__button md-icon"( rel="edit")?>'
)
INLINE_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL)
LARGEST_INLINE_STYLE = (
    20_000  # bytes; Material's own inline styles are a few KiB, Jupyter's were 574 KiB
)


def _repository(site: Path) -> tuple[str, str]:
    """repo_url and edit_uri as the build saw them: the site's own repository button (from the deploy
    workflow's MPDOCS_REPO_URL, or the git remote overrides/hooks/reader_pages.py found), and edit_uri."""
    return built_repository(site), load_config(str(ROOT / "mkdocs.yml"))[
        "edit_uri"
    ] or ""


def action_problems(html: str, source: Path, repo_url: str, edit_uri: str) -> list[str]:
    """The edit button leads to repo_url/edit_uri/<source>, the view button to the same file under /blob/;
    without a repository (a local build with no GitHub remote) there are no buttons at all."""
    found = {("edit" if rel else "view"): href for href, rel in ACTION.findall(html)}
    if not repo_url:
        return [
            f"a {kind} button to {href!r} with no repository known"
            for kind, href in found.items()
        ]
    edit = f"{repo_url.rstrip('/')}/{edit_uri.strip('/')}/{source.relative_to(DOCS).as_posix()}"
    view = edit.replace("/edit/", "/blob/", 1)
    problems = []
    for kind, expected in (("edit", edit), ("view", view)):
        if found.get(kind) != expected:
            problems.append(
                f"{kind} button leads to {found.get(kind)!r}, not {expected!r}"
            )
    return problems


def notebook_page_problems(html: str, sitemap: str, url: str) -> list[str]:
    problems = []
    if f"<loc>{url}</loc>" not in sitemap:
        problems.append(f"not in sitemap.xml ({url})")
    largest = max((len(style) for style in INLINE_STYLE.findall(html)), default=0)
    if largest > LARGEST_INLINE_STYLE:
        problems.append(
            f"an inline <style> of {largest:,} bytes (a converter's stylesheet?)"
        )
    if '<script src="">' in html:
        problems.append(
            'an empty <script src=""> (the browser fetches the page itself again)'
        )
    return problems


def _pages(site: Path):
    return [page for page in discover(site) if page.source is not None]


def test_page_actions_lead_to_the_pages_own_source(built_site):
    repo_url, edit_uri = _repository(built_site)
    problems = [
        f"{page.name} (from {page.source.relative_to(ROOT)}): {problem}"
        for page in _pages(built_site)
        for problem in action_problems(
            (built_site / page.path / "index.html").read_text(encoding="utf-8"),
            page.source,
            repo_url,
            edit_uri,
        )
    ]
    assert not problems, (
        "page actions (overrides/partials/actions.html, features in mkdocs.yml):\n"
        + "\n".join(problems)
    )


def test_page_actions_check_fails_on_a_wrong_file(built_site):
    repo_url, edit_uri = _repository(built_site)
    english = next(p for p in _pages(built_site) if p.locale == "en" and not p.is_home)
    html = (built_site / english.path / "index.html").read_text(encoding="utf-8")
    wrong = html.replace(
        english.source.name, english.source.name.replace(".en.", ".")
    )  # the Chinese file
    assert action_problems(wrong, english.source, repo_url, edit_uri), (
        "a link to the other language's file passed"
    )
    without = ACTION.sub("", html)
    assert len(action_problems(without, english.source, repo_url, edit_uri)) == 2, (
        "missing buttons passed"
    )


def test_notebook_pages_are_like_the_others_in_their_files(built_site):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    site_url = (
        load_config(str(ROOT / "mkdocs.yml"))["site_url"].rstrip("/") + "/"
    )  # !ENV resolved as the build did
    notebooks = [page for page in _pages(built_site) if page.source.suffix == ".ipynb"]
    assert {page.locale for page in notebooks} == {"zh", "en"}, (
        f"notebook pages: {[p.name for p in notebooks]}"
    )
    problems = [
        f"{page.name}: {problem}"
        for page in notebooks
        for problem in notebook_page_problems(
            (built_site / page.path / "index.html").read_text(encoding="utf-8"),
            sitemap,
            site_url + page.path,
        )
    ]
    assert not problems, (
        "notebook pages (overrides/hooks/notebook_pages.py, i18n_notebooks.py):\n"
        + "\n".join(problems)
    )


def test_notebook_page_check_fails_on_the_old_rendering():
    """The defects of the notebook page as mkdocs-jupyter rendered it."""
    old = (
        "<head><style>.jp-Cell{}"
        + "x" * 600_000
        + '</style></head><body><script src=""> </script></body>'
    )
    found = notebook_page_problems(
        old, "<urlset></urlset>", "https://h/08-performance/"
    )
    assert len(found) == 3, found


def _mermaid2():
    """mermaid2 configured as mkdocs.yml configures it, and the hook that replaces its page step."""
    from tests.harness.hooks import load_hook

    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["mermaid2"]
    plugin.on_config(config)
    return config, plugin, load_hook("fast_mermaid")


def test_fast_mermaid_gives_mermaid2s_document(built_site):
    """On a page with diagrams and one without: the same document as mermaid2's own step makes."""
    from bs4 import BeautifulSoup

    def document(html: str) -> str:
        return str(BeautifulSoup(html, "html.parser"))

    config, plugin, hook = _mermaid2()
    fast = hook.fast_post_page(plugin)
    pages = _pages(built_site)
    with_diagrams = [p for p in pages if source_diagram_count(p)]
    assert with_diagrams and all(p.diagrams for p in with_diagrams), (
        f"diagrams in the sources, none found in the built pages of {[p.name for p in with_diagrams if not p.diagrams]}"
    )
    chosen = [
        with_diagrams[0],
        next(p for p in pages if not source_diagram_count(p) and not p.is_home),
    ]
    for page in chosen:
        meta = SimpleNamespace(url=page.path, title=page.name)
        built = (built_site / page.path / "index.html").read_text(encoding="utf-8")
        before = built.replace(
            hook.mermaid_script(plugin, meta), "", 1
        )  # the page as mermaid2's step gets it
        assert (before != built) == bool(page.diagrams), (
            f"{page.name}: mermaid's script where it should not be"
        )
        theirs = document(plugin.on_post_page(before, config=config, page=meta))
        assert document(fast(before, config, meta)) == theirs, (
            f"{page.name}: overrides/hooks/fast_mermaid.py and mermaid2 give different documents"
        )
        assert len(BUILT_MERMAID.findall(built)) == source_diagram_count(page), (
            f"{page.name}: diagrams not written as tests/browser/site.py finds them"
        )
        if page.diagrams:  # the comparison sees a missing script
            assert document(before) != theirs, (
                "the comparison cannot tell a page without mermaid's script"
            )
