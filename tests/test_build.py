"""The site builds with `mkdocs build --strict`: no warning, no missing include, no broken link."""

import re

EMPTY_DIFFERS = re.compile(r'<p class="mpdocs-differs" data-differs="[^"]*"></p>')
FILLED_DIFFERS = re.compile(r'<p class="mpdocs-differs" data-differs="[^"]*">[^<]+</p>')


def test_site_builds_strict(built_site):
    assert (built_site / "index.html").exists()
    assert (built_site / "en" / "index.html").exists(), (
        "the English site (/en/) was not built"
    )


def test_every_tab_set_of_outputs_says_what_differs(built_site):
    """The line a view puts above its tabs gets its sentence, in the page's language, from the hook."""
    empty, filled = [], 0
    for page in sorted(built_site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        empty += [
            f"{page.relative_to(built_site)}" for _ in EMPTY_DIFFERS.finditer(html)
        ]
        filled += len(FILLED_DIFFERS.findall(html))
    assert not empty, (
        f"tab sets without the sentence saying what differs (overrides/hooks/recorded_outputs.py): {empty}"
    )
    assert filled, (
        "no tab set of recorded outputs says what differs: is overrides/hooks/recorded_outputs.py listed?"
    )
