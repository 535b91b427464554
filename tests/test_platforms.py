"""Where each example runs is declared (`platforms` in examples.toml, shown as a badge by
overrides/hooks/example_titles.py), does not contradict its code, and a cross-platform section
shows only portable examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import pages
from tests.harness import platforms
from tests.harness.manifest import Example, load_examples
from tests.harness.paths import DOCS, EXAMPLES, rel

EXAMPLE_LIST = load_examples()
BY_NAME = [pytest.param(example, id=rel(example.script)) for example in EXAMPLE_LIST]
CROSS_PLATFORM = re.compile(r"跨平台|cross-platform", re.IGNORECASE)
SCRIPT = re.compile(r"^(?P<chapter>[\w-]+)/(?P<stem>\w+)\.py$")


@pytest.mark.parametrize("example", BY_NAME)
def test_declared_platform_does_not_contradict_the_code(example):
    found = platforms.contradictions(
        example.script.read_text(encoding="utf-8"), example.platforms
    )
    assert not found, (
        f"{example.name} is declared platforms = {example.platforms!r} in its examples.toml, but "
        + "; ".join(f"{rel(example.script)}:{reason}" for reason in found)
        + ": declare the narrower platform, or make the code work everywhere it promises (e.g. guard it with "
        "getattr(os, ..., None))"
    )


def shown_in_cross_platform_sections(
    docs: Path, examples: list[Example], root: Path = EXAMPLES
):
    """(page, line, heading, example) of every example included under a heading that says "cross-platform"."""
    declared = {example.script.resolve(): example for example in examples}
    shown = []
    for path in pages.all_pages(docs):
        if path.suffix != ".md":
            continue
        section: tuple[int, str] | None = (
            None  # (level, heading) of the cross-platform section we are in
        )
        for line in pages.read_page(path).lines:
            heading = pages.HEADING.match(line.text) if line.fence is None else None
            if heading:
                level = len(heading.group(1))
                if section is None or level <= section[0]:
                    section = (
                        (level, line.text.strip())
                        if CROSS_PLATFORM.search(line.text)
                        else None
                    )
                continue
            include = pages.INCLUDE.match(line.text)
            if (
                section is None
                or not include
                or not SCRIPT.match(include.group("target"))
            ):
                continue
            example = declared.get((root / include.group("target")).resolve())
            if example is not None:
                shown.append((path, line.number, section[1], example))
    return shown


def cross_platform_problems(
    docs: Path, examples: list[Example], root: Path = EXAMPLES
) -> list[str]:
    """Every example included under a heading that says "cross-platform" must be portable."""
    return [
        f"{pages.rel(path)}:{number}: {example.name} is declared platforms = {example.platforms!r} but is shown "
        f"in the section {heading!r}: make the example portable (and declare it so), or move it out of that section"
        for path, number, heading, example in shown_in_cross_platform_sections(
            docs, examples, root
        )
        if example.platforms != "portable"
    ]


def test_cross_platform_sections_show_only_portable_examples():
    assert not cross_platform_problems(DOCS, EXAMPLE_LIST), "\n".join(
        cross_platform_problems(DOCS, EXAMPLE_LIST)
    )


def test_some_section_is_checked():
    """The check is not vacuous: the site has cross-platform sections that show examples, in both languages."""
    shown = shown_in_cross_platform_sections(DOCS, EXAMPLE_LIST)
    assert {pages.is_english(path) for path, *_ in shown} == {True, False}, (
        f"examples found in cross-platform sections: {[(pages.rel(p), n) for p, n, *_ in shown]}; "
        "expected some on a Chinese and on an English page: is CROSS_PLATFORM still right?"
    )
