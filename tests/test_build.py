"""The site builds with `mkdocs build --strict`: no warning, no missing include, no broken link."""

import pytest


@pytest.mark.xdist_group("site")
def test_site_builds_strict(built_site):
    assert (built_site / "index.html").exists()
    assert (built_site / "en" / "index.html").exists(), "the English site (/en/) was not built"
