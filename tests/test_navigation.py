"""Finding one's way, without a browser: glossary, home table, and what the built site links to.

- The glossary covers every term a chapter defines and links each to its section (rules in
  tests/glossary.py); both glossaries hold the same rows with the same links.
- The home table names each chapter as the chapter's own title (its `#` heading), so the home page
  and the navigation agree.
- The built site holds no placeholder host (example.github.io, github.com/example), sitemap.xml
  lists every page of both languages, the language links of the home and 404 pages are relative,
  each language has its own search index holding only its own pages, and the provenance note counts
  the output blocks a page shows.
- The 404 page built for the deploy path (site_url with a path) has only root-relative URLs and a
  <base> at that path (overrides/hooks/reader_pages.py).
Each check has a fault case below that makes it fail.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import ClassVar
from urllib.parse import urljoin

import pytest

from tests import glossary, pages
from tests.browser.site import DEFAULT_LOCALE, discover
from tests.harness.paths import DOCS

PLACEHOLDER_HOSTS = ("example.github.io", "github.com/example/", "example.com")
TITLE = re.compile(r"^#\s+(?P<title>.+?)(?:\s+\{\s?#[^}]*\})?\s*$")
TABLE_LINK = re.compile(r"^\|\s*\[(?P<label>[^\]]+)\]\((?P<target>[^)#]+)\)")

# A diagram's mermaid source as text in the search index (search previews showed it).
MERMAID_SOURCE = re.compile(
    r"\b(?:flowchart|graph) (?:TD|TB|LR|RL|BT)\b|\bsequenceDiagram\b|\bstateDiagram"
)


# ---------------------------------------------------------------------------- glossary


def test_glossary_covers_every_defined_term():
    problems = glossary.coverage_problems()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("name", "column"), [("glossary.md", 0), ("glossary.en.md", 1)]
)
def test_glossary_links_name_a_section(name, column):
    problems = glossary.link_problems(DOCS / name, column)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "name", ["09-choosing-a-model.md", "09-choosing-a-model.en.md"]
)
def test_pitfall_rows_link_a_section(name):
    table = glossary.section_rows(DOCS / name, "common-pitfalls")
    assert table, f"docs/{name} has no table under the heading {{ #common-pitfalls }}"
    problems = glossary.link_problems(DOCS / name, 0, table=table)
    assert not problems, "\n".join(problems)


def test_both_glossaries_hold_the_same_rows_and_links():
    problems = glossary.twin_problems()
    assert not problems, "\n".join(problems)


ZH_CHAPTER = """\
# 第 99 章　测试 { #test }

**孤儿进程（orphan process）**是父进程先结束的子进程。

## 99.1 一节 { #a-section }

父进程负责**回收**（reap）子进程。这里的**粗体**只是强调。
"""
ZH_GLOSSARY = """\
# 术语表 { #glossary }

| 中文 | English | 说明 | 讲解它的小节 |
| --- | --- | --- | --- |
| 孤儿进程 | orphan process | … | [99.1](99-test.md#a-section) |
| 回收 | reap | … | [99.1](99-test.md#a-section) |
"""
EN_GLOSSARY = """\
# Glossary { #glossary }

| English | Chinese | Meaning | Explained in |
| --- | --- | --- | --- |
| orphan process | 孤儿进程 | … | [99.1](99-test.md#a-section) |
| reap | 回收 | … | [99.1](99-test.md#a-section) |
"""


def _docs(tmp_path: Path, chapter=ZH_CHAPTER, zh=ZH_GLOSSARY, en=EN_GLOSSARY) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "99-test.md").write_text(chapter, encoding="utf-8")
    (docs / "glossary.md").write_text(zh, encoding="utf-8")
    (docs / "glossary.en.md").write_text(en, encoding="utf-8")
    return docs


def test_a_good_glossary_passes(tmp_path):
    docs = _docs(tmp_path)
    assert [d.term for d in glossary.definitions(docs)] == [
        "孤儿进程",
        "回收",
    ]  # emphasis is not a definition
    assert glossary.coverage_problems(docs) == []
    assert glossary.link_problems(docs / "glossary.md", 0, docs) == []
    assert glossary.twin_problems(docs) == []


def test_a_defined_term_missing_from_the_glossary(tmp_path):
    docs = _docs(
        tmp_path,
        chapter=ZH_CHAPTER + "\n**馈送线程**（feeder thread）把数据写进管道。\n",
    )
    report = "\n".join(glossary.coverage_problems(docs))
    assert (
        "99-test.md:9 defines **馈送线程** (feeder thread), which" in report
        and "lacks; add a row" in report
    )


def test_a_glossary_link_to_the_chapter_top(tmp_path):
    for number, top in enumerate(("(99-test.md)", "(99-test.md#test)")):
        (tmp_path / str(number)).mkdir()
        docs = _docs(
            tmp_path / str(number),
            zh=ZH_GLOSSARY.replace(
                "(99-test.md#a-section) |\n| 回收", top + " |\n| 回收"
            ),
        )
        report = "\n".join(glossary.link_problems(docs / "glossary.md", 0, docs))
        assert "glossary.md:5: '孤儿进程' links to the top of 99-test.md" in report, (
            report
        )


def test_a_glossary_link_to_a_missing_id_or_the_wrong_section(tmp_path):
    docs = _docs(
        tmp_path,
        zh=ZH_GLOSSARY.replace(
            "| 回收 | reap | … | [99.1](99-test.md#a-section)",
            "| 回收 | reap | … | [99.1](99-test.md#nowhere)",
        ),
    )
    links = "\n".join(glossary.link_problems(docs / "glossary.md", 0, docs))
    assert (
        "glossary.md:6: '回收' links to 99-test.md#nowhere, but no heading of 99-test.md has that id"
        in links
    )
    coverage = "\n".join(glossary.coverage_problems(docs))
    assert (
        "glossary.md:6: '回收' is defined at" in coverage
        and "link (99-test.md#a-section)" in coverage
    )


def test_a_pitfall_row_linking_a_chapter_top(tmp_path):
    docs = _docs(
        tmp_path,
        chapter=ZH_CHAPTER
        + "\n## 陷阱 { #common-pitfalls }\n\n| 陷阱 | 详见 |\n| --- | --- |\n| 忘记回收 | [第 99 章](99-test.md) |\n",
    )
    table = glossary.section_rows(docs / "99-test.md", "common-pitfalls")
    report = "\n".join(
        glossary.link_problems(docs / "99-test.md", 0, docs, table=table)
    )
    assert "99-test.md:13: '忘记回收' links to the top of 99-test.md" in report, report


def test_glossaries_out_of_step(tmp_path):
    docs = _docs(
        tmp_path,
        en=EN_GLOSSARY.replace(
            "| reap | 回收 | … | [99.1](99-test.md#a-section) |\n", ""
        ),
    )
    assert "'回收' has no row in docs/glossary.en.md" in "\n".join(
        glossary.twin_problems(docs)
    )


# ---------------------------------------------------------------------------- home table


def home_title_problems(docs: Path = DOCS) -> list[str]:
    """Each link of a home page's chapter table reads as the linked page's own title."""
    problems = []
    for home in (docs / "index.md", docs / "index.en.md"):
        if not home.is_file():
            continue
        for number, line in enumerate(home.read_text(encoding="utf-8").splitlines(), 1):
            match = TABLE_LINK.match(line)
            if not match:
                continue
            target = docs / match.group("target")
            if is_english := pages.is_english(home):
                target = target.with_name(
                    target.name.replace(".md", ".en.md").replace(".ipynb", ".en.ipynb")
                )
            title = _title(target) if target.is_file() else None
            if title is not None and title != match.group("label"):
                problems.append(
                    f"{pages.rel(home)}:{number}: the table calls {match.group('target')} "
                    f"“{match.group('label')}”, but the page's title is “{title}”"
                    f"{' (English twin)' if is_english else ''}; use the same words in both places"
                )
    return problems


def _title(path: Path) -> str | None:
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        lines = [
            row
            for cell in cells
            if cell["cell_type"] == "markdown"
            for row in "".join(cell["source"]).splitlines()
        ]
    else:
        lines = [
            line.text for line in pages.read_page(path).lines if line.fence is None
        ]
    for line in lines:
        match = TITLE.match(line)
        if match:
            return re.sub(
                r'\s*<a id="[^"]*"></a>', "", match.group("title")
            ).strip()  # a notebook heading's id
    return None


def test_home_table_names_chapters_by_their_titles():
    problems = home_title_problems()
    assert not problems, "\n".join(problems)


def test_a_home_table_title_that_differs(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "05-x.md").write_text(
        "# 第 5 章　进程创建与管理 { #x }\n", encoding="utf-8"
    )
    (docs / "index.md").write_text(
        "| 章节 | 内容 |\n| --- | --- |\n| [第 5 章　创建与管理进程](05-x.md) | … |\n",
        encoding="utf-8",
    )
    report = "\n".join(home_title_problems(docs))
    assert (
        "index.md:3: the table calls 05-x.md “第 5 章　创建与管理进程”, but the page's title is “第 5 章　进程创建与管理”"
        in report
    )


# ---------------------------------------------------------------------------- the built site


def placeholder_problems(site: Path) -> list[str]:
    problems = []
    for file in sorted(site.rglob("*")):
        if file.suffix not in (".html", ".xml", ".json", ".js") or not file.is_file():
            continue
        text = file.read_text(encoding="utf-8", errors="replace")
        for host in PLACEHOLDER_HOSTS:
            if host in text:
                problems.append(
                    f"{file.relative_to(site)} contains the placeholder {host!r}: site_url and repo_url come from "
                    "the deploy workflow (MPDOCS_SITE_URL, MPDOCS_REPO_URL in mkdocs.yml); remove the hard-coded host"
                )
                break
    return problems


def sitemap_problems(site: Path) -> list[str]:
    sitemap = site / "sitemap.xml"
    if not sitemap.is_file():
        return ["sitemap.xml was not built"]
    listed = set(re.findall(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8")))
    paths = {re.sub(r"^[a-z]+://[^/]+/", "/", url) for url in listed}
    root = min(paths, key=len) if paths else "/"
    missing = [page.path for page in discover(site) if root + page.path not in paths]
    return [
        f"sitemap.xml does not list /{path}: every built page belongs there (a page a hook makes must reach mkdocs' page list)"
        for path in missing
    ]


def switcher_problems(site: Path) -> list[str]:
    """Language links on the home pages and the 404 page are relative: an absolute path 404s off the deploy path."""
    problems = []
    for page in ("index.html", "en/index.html", "404.html"):
        text = (
            (site / page).read_text(encoding="utf-8") if (site / page).is_file() else ""
        )
        for link in re.findall(r"<a\b[^>]*\bhreflang=[^>]*>", text):
            href = re.search(r'href="([^"]*)"', link)
            if href and href.group(1).startswith(("/", "http")):
                problems.append(
                    f"{page}: language link {href.group(1)!r} is absolute; it must be relative to the page"
                )
    return problems


LANGUAGE_LINK = re.compile(
    r'<a href="(?P<href>[^"]*)" hreflang="(?P<lang>[\w-]+)" class="md-select__link">'
)


def language_link_problems(site: Path) -> list[str]:
    """Every page's language link for the other language leads to its twin (the same page), as built.

    Read from the HTML, for every page; following the click for real, with the script that carries
    the section across, is tests/browser/navigation.py's job on one page in each direction.
    """
    problems = []
    for page in discover(site):
        where = f"{page.source.relative_to(DOCS.parent) if page.source else page.path} (built page /{page.path})"
        if page.twin is None:
            problems.append(
                f"{where}: no page in the other language (its twin was not built)"
            )
            continue
        other = "en" if page.locale == "zh" else "zh"
        html = (site / page.path / "index.html").read_text(encoding="utf-8")
        links = [m["href"] for m in LANGUAGE_LINK.finditer(html) if m["lang"] == other]
        if not links:
            problems.append(
                f"{where}: no language-switch link to {other!r} (overrides/partials/alternate.html)"
            )
            continue
        landed = urljoin("https://site.invalid/" + page.path, links[0]).removeprefix(
            "https://site.invalid/"
        )
        if landed.split("#")[0] != page.twin:
            problems.append(
                f"{where}: the language switch to {other!r} leads to /{landed}, not /{page.twin}"
            )
    return problems


def search_index_problems(site: Path) -> list[str]:
    problems = []
    for locale, index in (
        ("zh", site / "search/search_index.json"),
        ("en", site / "en/search/search_index.json"),
    ):
        if not index.is_file():
            problems.append(
                f"no search index for {locale} at {index.relative_to(site)} (overrides/hooks/search_per_language.py)"
            )
            continue
        docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
        foreign = [
            d["location"]
            for d in docs
            if d["location"].startswith("en/") != (locale == "en")
        ]
        if foreign:
            problems.append(
                f"{index.relative_to(site)} ({locale}) holds pages of the other language, e.g. {foreign[0]}"
            )
        stray = [
            d["title"]
            for d in docs
            if "¶" in d["title"]
            or "<pre" in d["text"]
            or MERMAID_SOURCE.search(d["text"])
        ]
        if stray:
            problems.append(
                f"{index.relative_to(site)}: entries with a '¶' title (overrides/hooks/search_per_language.py) "
                f"or a code listing or diagram source (overrides/hooks/search_index_input.py), e.g. {stray[0]!r}"
            )
    return problems


def provenance_problems(site: Path) -> list[str]:
    problems = []
    for file in sorted(site.rglob("index.html")):
        text = file.read_text(encoding="utf-8")
        note = re.search(
            r'class="mpdocs-provenance" data-count="(\d+)"|data-count="(\d+)" class="mpdocs-provenance"',
            text,
        )
        if note:
            said = int(note.group(1) or note.group(2))
            shown = len(re.findall(r'class="admonition output"', text))
            if said != shown:
                problems.append(
                    f"{file.relative_to(site)}: the provenance note says {said} outputs, the page shows {shown}"
                )
    return problems


def test_built_site_has_no_placeholder_host(built_site):
    problems = placeholder_problems(built_site)
    assert not problems, "\n".join(problems)


def test_sitemap_lists_every_page(built_site):
    problems = sitemap_problems(built_site)
    assert not problems, "\n".join(problems)


def test_language_links_of_home_and_404_pages_are_relative(built_site):
    problems = switcher_problems(built_site)
    assert not problems, "\n".join(problems)


def test_the_404_page_wears_the_default_language(built_site):
    """One 404.html answers every missing address; its body speaks both languages, and its frame
    (lang, search box, site name) the default one, as the site root does: each language's build
    writes it, so the last build's (English) was left (overrides/hooks/reader_pages.py keeps the first)."""
    html = (built_site / "404.html").read_text(encoding="utf-8")
    lang = re.search(r'<html lang="([^"]+)"', html)
    assert lang and lang.group(1) == DEFAULT_LOCALE, (
        f"404.html has lang={lang.group(1) if lang else None!r}, not the default {DEFAULT_LOCALE!r}: "
        "another language's build overwrote it; overrides/hooks/reader_pages.py on_post_template keeps the "
        "default language's"
    )


def test_every_page_switches_language_to_its_twin(built_site):
    problems = language_link_problems(built_site)
    assert not problems, "\n".join(problems)


def test_a_language_link_to_another_page_is_caught(tmp_path):
    for path, lang, href in (
        ("05-x/", "en", "../en/05-x/"),
        ("en/05-x/", "zh", "../../06-y/"),
    ):
        (tmp_path / path).mkdir(parents=True)
        (tmp_path / path / "index.html").write_text(
            f'<a href="{href}" hreflang="{lang}" class="md-select__link">x</a>',
            encoding="utf-8",
        )
    problems = "\n".join(language_link_problems(tmp_path))
    assert "leads to /06-y/, not /05-x/" in problems, problems
    assert problems.count("leads to") == 1, problems  # the Chinese page's link is right


def test_each_language_has_its_own_clean_search_index(built_site):
    problems = search_index_problems(built_site)
    assert not problems, "\n".join(problems)


def test_provenance_note_counts_the_output_blocks(built_site):
    problems = provenance_problems(built_site)
    assert not problems, "\n".join(problems)


def test_built_site_faults_are_caught(tmp_path):
    site = tmp_path / "site"
    (site / "en" / "search").mkdir(parents=True)
    (site / "search").mkdir()
    (site / "index.html").write_text(
        '<a href="/python-multiprocessing/en/" hreflang="en">English</a>'
        '<aside class="mpdocs-provenance" data-count="6"></aside>'
        + '<div class="admonition output"></div>'
        * 7,
        encoding="utf-8",
    )
    (site / "en" / "index.html").write_text("<p>home</p>", encoding="utf-8")
    (site / "sitemap.xml").write_text(
        "<loc>https://example.github.io/p/</loc>", encoding="utf-8"
    )
    merged = {
        "docs": [
            {"location": "", "title": "首页", "text": ""},
            {"location": "en/", "title": "Home¶", "text": ""},
        ]
    }
    (site / "search" / "search_index.json").write_text(
        json.dumps(merged), encoding="utf-8"
    )
    assert any(
        "placeholder 'example.github.io'" in p for p in placeholder_problems(site)
    )
    assert any(
        p.startswith("sitemap.xml does not list /en/:") for p in sitemap_problems(site)
    )
    assert any(
        "'/python-multiprocessing/en/' is absolute" in p
        for p in switcher_problems(site)
    )
    index = search_index_problems(site)
    assert any("(zh) holds pages of the other language, e.g. en/" in p for p in index)
    assert any("no search index for en" in p for p in index)
    assert (
        "index.html: the provenance note says 6 outputs, the page shows 7"
        in provenance_problems(site)
    )


# ---------------------------------------------------------------------------- the 404 page on its deploy path


def test_404_page_for_a_deploy_path(tmp_path):
    from overrides.hooks import reader_pages

    built = (
        '<html><head><link rel="stylesheet" href="/python-multiprocessing/assets/main.css">'
        '<script>__md_scope=new URL("/python-multiprocessing/",location)</script></head><body>'
        '<a href="/python-multiprocessing/">home</a><script id="__config" type="application/json">'
        '{"base": "/python-multiprocessing/"}</script><script src="/python-multiprocessing/assets/bundle.js"></script>'
    )
    (tmp_path / "404.html").write_text(built, encoding="utf-8")
    config = {
        "site_dir": str(tmp_path),
        "site_url": "https://someone.github.io/python-multiprocessing/",
    }
    reader_pages.on_post_build(_Config(config))
    html = (tmp_path / "404.html").read_text(encoding="utf-8")
    assert not re.search(
        r'(?:href|src)="/python-multiprocessing/', html.split("</script>", 1)[1]
    ), html
    assert html.startswith('<html><head><base href="/python-multiprocessing/">'), html
    assert (
        "__md_scope=new URL(document.baseURI)" in html
        and "base: document.baseURI" in html
    )


class _Config(dict):
    """What the hook reads of mkdocs' config: items, and no plugins."""

    plugins: ClassVar[dict] = {}


def test_local_repository_is_the_checkouts_github_remote(tmp_path):
    import subprocess

    from overrides.hooks import reader_pages

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    assert reader_pages._origin(tmp_path) is None  # no remote: no repository button
    subprocess.run(
        [
            "git",
            "-C",
            str(tmp_path),
            "remote",
            "add",
            "origin",
            "git@github.com:someone/site.git",
        ],
        check=True,
    )
    assert reader_pages._origin(tmp_path) == "https://github.com/someone/site"
    config = _Config(
        repo_url="",
        edit_uri="edit/main/docs/",
        config_file_path=str(tmp_path / "mkdocs.yml"),
    )
    reader_pages.on_config(config)
    assert (config["repo_url"], config["repo_name"]) == (
        "https://github.com/someone/site",
        "someone/site",
    )
