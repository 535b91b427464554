"""Every provenance note (overrides/main.html, overrides/hooks/recorded_outputs.py) links to the page on
how the outputs are made, in the page's own language, and that page exists in both languages."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

from tests.harness.paths import DOCS

NOTE = re.compile(
    r'<aside class="mpdocs-provenance"[^>]*>(?P<body>.*?)</aside>', re.DOTALL
)
LINK = re.compile(r'<a href="(?P<href>[^"]+)"')
HOW = "how-outputs-are-made"


def provenance_problems(site: Path) -> tuple[list[str], int]:
    problems, notes = [], 0
    for page in sorted(site.rglob("*.html")):
        where = page.relative_to(site)
        english = where.parts[0] == "en"
        wanted = f"{'en/' if english else ''}{HOW}/index.html"
        for note in NOTE.finditer(page.read_text(encoding="utf-8")):
            notes += 1
            base = "https://site.invalid/" + "/".join(where.parent.parts) + "/"
            targets = [
                urljoin(base, link["href"]).removeprefix("https://site.invalid/")
                for link in LINK.finditer(note["body"])
            ]
            resolved = [
                t + "index.html" if t.endswith("/") or not t else t for t in targets
            ]
            if wanted not in resolved:
                problems.append(
                    f"{where}: its provenance note does not link to /{wanted.removesuffix('index.html')} "
                    f"(links: {targets or 'none'}); see overrides/main.html"
                )
            elif not (site / wanted).is_file():
                problems.append(
                    f"{where}: its provenance note links to {wanted}, which was not built"
                )
    return problems, notes


def test_every_provenance_note_links_to_how_outputs_are_made(built_site):
    problems, notes = provenance_problems(built_site)
    assert not problems, "\n".join(problems)
    assert notes > 10, (
        f"only {notes} provenance notes on the built site: is overrides/main.html still used?"
    )


def test_the_page_exists_in_both_languages():
    for name in (f"{HOW}.md", f"{HOW}.en.md"):
        assert (DOCS / name).is_file(), (
            f"docs/{name} is missing: the provenance notes link to it"
        )
