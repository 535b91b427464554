"""Fault cases for the recording machinery's own promises (same pattern as tests/test_faults.py).

Each test records a scratch example in a tmp dir, breaks one thing, and asserts that the real check
reports it with a message that names the file (and line) and says what to do.
"""

from __future__ import annotations

import json

import pytest

import tests.test_examples as suite
import tests.test_platforms as platforms_suite
import tests.test_recordings as recordings_suite
from tests.harness.manifest import Example, ManifestError, load_examples
from tests.test_faults import (  # noqa: F401  (the fixture is autouse)
    EN,
    GOOD,
    ZH,
    _paths_outside_the_repository,
    problems_of,
    recorded,
    rewrite,
    scratch,
    site,
)

PID_PRINTER = """\
import os
if __name__ == "__main__":
    print("I am", os.getpid())
"""


def _edit_recording(example, change) -> None:
    data = json.loads(example.recording.read_text(encoding="utf-8"))
    change(data["runs"][0])
    example.recording.write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


@pytest.mark.parametrize(
    "code", [GOOD, PID_PRINTER], ids=["no PIDs printed", "PIDs stored"]
)
def test_stored_normalized_text_that_its_output_contradicts(tmp_path, code):
    """A recording whose `normalized` disagrees with its own raw `output` (so far ignored whenever PIDs were stored)."""
    example = recorded(tmp_path, code)
    recordings_suite.test_recordings_are_self_consistent(example)
    _edit_recording(
        example,
        lambda run: run.update(normalized=run["normalized"] + "a line never printed\n"),
    )
    with pytest.raises(
        AssertionError,
        match=r"ch99/demo\.out\.json: the run .* stores a `normalized` text .*--views",
    ):
        recordings_suite.test_recordings_are_self_consistent(example)


def test_comparison_derives_the_expected_text_from_the_raw_output(tmp_path):
    """A fresh run is compared with the recorded raw output, never with a stored text that could say anything."""
    example = recorded(tmp_path, GOOD)
    _edit_recording(example, lambda run: run.update(output="goodbye\n"))
    report = problems_of(example)
    assert "output differs from the recording" in report and "-goodbye" in report


def test_hand_edited_view_gets_a_line_diff_with_line_numbers(tmp_path):
    example = recorded(tmp_path, GOOD)
    lines = example.view.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines, start=1) if "hello" in line)
    lines[number - 1] = lines[number - 1].replace("hello", "hello!")
    example.view.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(AssertionError) as caught:
        suite.test_recording_is_not_stale(example)
    message = str(caught.value)
    assert f"ch99/demo.out.md:{number}: -     hello!" in message
    assert (
        f"ch99/demo.out.md:{number}: +     hello  (what the recording renders)"
        in message
    )
    assert "--views" in message


def test_changed_output_does_not_only_assume_an_intended_change(tmp_path):
    example = recorded(tmp_path, GOOD)
    rewrite(example, 'if __name__ == "__main__":\n    print("hello, world")\n')
    report = problems_of(example)
    assert "if the change is intended" in report and "python -m tests.record" in report
    assert "otherwise the example, or Python" in report and "regressed" in report


# ---------------------------------------------------------------------------- platforms

FORKS = """\
import os
if __name__ == "__main__":
    if os.fork() == 0:
        os._exit(0)
    os.wait()
"""
PINS = """\
import os
if __name__ == "__main__":
    print(len(os.sched_getaffinity(0)))
"""
GUARDED = """\
import os
affinity = getattr(os, "sched_getaffinity", None)  # Linux only
if __name__ == "__main__":
    print("os.fork() and /usr/bin:", len(affinity(0)) if affinity else "(not on this system)")
"""


@pytest.mark.parametrize(
    ("code", "declared", "reason"),
    [
        (FORKS, "portable", r"demo\.py:line 3 uses POSIX process calls"),
        (PINS, "posix", r"demo\.py:line 3 uses Linux-only interfaces"),
    ],
)
def test_a_platform_promise_the_code_breaks(tmp_path, code, declared, reason):
    example = scratch(tmp_path, code, platforms=declared)
    with pytest.raises(
        AssertionError, match=rf"declared platforms = '{declared}'.*{reason}"
    ):
        platforms_suite.test_declared_platform_does_not_contradict_the_code(example)
    platforms_suite.test_declared_platform_does_not_contradict_the_code(
        Example(example.script, (), platforms="linux")
    )


def test_a_guarded_call_or_a_printed_name_is_no_contradiction(tmp_path):
    platforms_suite.test_declared_platform_does_not_contradict_the_code(
        scratch(tmp_path, GUARDED, platforms="portable")
    )


def test_unknown_platform(tmp_path):
    scratch(tmp_path, GOOD, name="declared")
    (tmp_path / "examples" / "ch99" / "examples.toml").write_text(
        '[declared]\nstart_methods = []\nplatforms = "unix"\n'
    )
    with pytest.raises(
        ManifestError,
        match=r"\[declared\]: platforms = 'unix'; use one of \['portable', 'posix', 'linux'\]",
    ):
        load_examples(tmp_path / "examples")


def test_a_linux_only_example_in_a_cross_platform_section(tmp_path):
    zh = ZH.replace(
        "## 一节 { #a-section }",
        "## 一节 { #a-section }\n\n### 跨平台兼容 { #cross-platform }",
    )
    en = EN.replace(
        "## A section { #a-section }",
        "## A section { #a-section }\n\n### Cross-platform code { #cross-platform }",
    )
    docs, examples = site(tmp_path, zh, en)
    example = scratch(tmp_path, PINS, platforms="linux")
    problems = "\n".join(
        platforms_suite.cross_platform_problems(docs, [example], examples)
    )
    assert (
        "99-test.md:8: " in problems
        and "ch99/demo.py is declared platforms = 'linux'" in problems
    )
    assert "'### 跨平台兼容 { #cross-platform }'" in problems
    assert "99-test.en.md:8:" in problems and "move it out of that section" in problems
    portable = Example(example.script, (), platforms="portable")
    assert platforms_suite.cross_platform_problems(docs, [portable], examples) == []
    # the section ends at the next heading of its level or above: an example after it is not checked
    (tmp_path / "after").mkdir()
    docs_after, _ = site(
        tmp_path / "after", ZH.replace("## 一节", "### 跨平台兼容\n\n## 一节"), EN
    )
    assert (
        platforms_suite.cross_platform_problems(docs_after, [example], examples) == []
    )


# ---------------------------------------------------------------------------- example titles on the built site

REPO = "https://github.com/someone/site"


def _title_html(source: str, download: str, platform: str = "posix") -> str:
    return (
        '<span class="filename mpdocs-example-title"><a class="mpdocs-source" href="'
        + source
        + '" title="x">'
        'examples/ch99/demo.py</a><span class="mpdocs-platform" data-platform="'
        + platform
        + '" title="y">'
        'POSIX only</span><a class="mpdocs-download" download="demo.py" href="'
        + download
        + '" title="z">'
        "Download</a></span>"
    )


def _built(tmp_path, html: str, copy: bool = True):
    site_dir = tmp_path / "site"
    (site_dir / "en" / "99-test").mkdir(parents=True)
    (site_dir / "en" / "99-test" / "index.html").write_text(html, encoding="utf-8")
    examples = tmp_path / "examples"
    (examples / "ch99").mkdir(parents=True)
    (examples / "ch99" / "demo.py").write_text(GOOD, encoding="utf-8")
    if copy:
        (site_dir / "examples" / "ch99").mkdir(parents=True)
        (site_dir / "examples" / "ch99" / "demo.py").write_text(GOOD, encoding="utf-8")
    return site_dir, examples


@pytest.mark.parametrize(
    ("html", "copy", "expected"),
    [
        (
            _title_html(
                f"{REPO}/blob/main/examples/ch99/demo.py", "../../examples/ch99/demo.py"
            ),
            True,
            None,
        ),
        (
            _title_html(
                "https://github.com/example/x/blob/main/examples/ch99/demo.py",
                "../../examples/ch99/demo.py",
            ),
            True,
            "links to https://github.com/example/x/",
        ),
        (
            _title_html(
                f"{REPO}/blob/main/examples/ch99/demo.py", "../../examples/ch99/demo.py"
            ),
            False,
            "does not serve that file from the built site",
        ),
        (
            _title_html(
                f"{REPO}/blob/main/examples/ch99/demo.py",
                "https://raw.example.org/demo.py",
            ),
            True,
            "leaves the site",
        ),
        (
            _title_html(
                f"{REPO}/blob/main/examples/ch99/demo.py",
                "../../examples/ch99/demo.py",
                "portable",
            ),
            True,
            "shows 'portable', declared 'posix'",
        ),
        (
            '<span class="filename">examples/ch99/demo.py</span>',
            True,
            "an example title without its links",
        ),
    ],
    ids=[
        "good",
        "wrong repository",
        "file not in the site",
        "third-party download",
        "wrong badge",
        "hook missing",
    ],
)
def test_example_title_faults(tmp_path, html, copy, expected):
    from tests.test_example_titles import title_problems

    site_dir, examples = _built(tmp_path, html, copy)
    problems = "\n".join(
        title_problems(site_dir, REPO, "main", {"ch99/demo.py": "posix"}, examples)
    )
    if expected is None:
        assert problems == ""
    else:
        assert "en/99-test/index.html: " in problems and expected in problems, problems


# ---------------------------------------------------------------------------- without a browser

GOOD_DIAGRAM = "```mermaid\nflowchart LR\n    A[parent] --> B[child]\n```\n"
BROKEN_DIAGRAM = "```mermaid\nflowchart LR\n    A[parent --> B[child]\n```\n"
BROKEN_LABEL = (
    "```mermaid\nsequenceDiagram\n    participant P as 父进程\n    P->>\n```\n"
)


def test_a_broken_diagram_is_caught_without_a_browser(tmp_path):
    from tests.test_without_browser import diagrams, parse_problems

    page = (
        "# 第 99 章\n\n## 一节\n\n"
        + GOOD_DIAGRAM
        + "\n!!! note\n\n    "
        + BROKEN_DIAGRAM.replace("\n", "\n    ")
    )
    docs, _ = site(tmp_path, page, EN + "\n" + BROKEN_LABEL)
    found = diagrams(docs)
    assert [where.rsplit("/", 1)[-1] for where, _ in found] == [
        "99-test.en.md:11",
        "99-test.md:5",
        "99-test.md:12",
    ]
    problems = parse_problems(found)
    assert len(problems) == 2, problems
    assert "99-test.en.md:11: this mermaid diagram does not parse" in problems[0]
    assert (
        "99-test.md:12: this mermaid diagram does not parse" in problems[1]
        and "Parse error" in problems[1]
    )


@pytest.mark.parametrize(
    ("html", "what"),
    [  # the tag is on line 3 of the page
        (
            '<img alt="x" src="https://example.org/a.png">',
            "<img src> loads https://example.org/a.png",
        ),
        (
            '<img alt="x" srcset="a.png 1x, //cdn.example.org/a@2x.png 2x">',
            "<img srcset> loads //cdn.example.org/a@2x.png",
        ),
        (
            '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
            "<link rel=stylesheet> loads",
        ),
        (
            "<div style=\"background: url('https://example.org/bg.png')\"></div>",
            "<div style> loads https://example.org/bg.png",
        ),
        (
            "<style>@import 'https://example.org/x.css';</style>",
            "<style> loads https://example.org/x.css",
        ),
        (
            '<script src="https://cdn.jsdelivr.net/npm/mermaid.min.js"></script>',
            "<script src> loads https://cdn.jsdelivr",
        ),
    ],
    ids=["img", "srcset", "stylesheet", "style attribute", "style block", "script"],
)
def test_a_third_party_request_is_caught_without_a_browser(tmp_path, html, what):
    from tests.test_without_browser import foreign_loads

    site_dir = tmp_path / "site"
    (site_dir / "en").mkdir(parents=True)
    (site_dir / "en" / "index.html").write_text(
        f"<html>\n<body>\n{html}\n</body></html>", encoding="utf-8"
    )
    problems = "\n".join(foreign_loads(site_dir, "me.github.io"))
    assert f"en/index.html:3: {what}" in problems, problems


def test_own_host_links_and_escaped_code_are_no_third_party_request(tmp_path):
    from tests.test_without_browser import foreign_loads

    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "index.html").write_text(
        '<img src="https://me.github.io/site/a.png"><img src="assets/b.png"><img src="data:image/png;base64,AA">'
        '<a href="https://github.com/me/site">GitHub</a><code>&lt;img src="https://example.org/x.png"&gt;</code>',
        encoding="utf-8",
    )
    (site_dir / "a.css").write_text(
        ".x { background: url(https://example.org/y.png) }\n", encoding="utf-8"
    )
    assert foreign_loads(site_dir, "me.github.io") == [
        (
            "a.css:1: url(https://example.org/y.png) loads from another "
            "host; serve it from the site"
        )
    ]


def test_browser_tests_fail_instead_of_skipping_when_required(monkeypatch):
    from tests.browser.required import REQUIRE_VAR, skip_or_fail

    monkeypatch.delenv(REQUIRE_VAR, raising=False)
    with pytest.raises(pytest.skip.Exception, match="no chromium"):
        skip_or_fail("no chromium")
    monkeypatch.setenv(REQUIRE_VAR, "1")
    with pytest.raises(
        pytest.fail.Exception,
        match=r"no chromium; MPDOCS_REQUIRE_BROWSER=1 \(set by \.ci/run\)",
    ):
        skip_or_fail("no chromium")


def test_ci_requires_the_browser():
    from tests.harness.paths import ROOT

    assert "export MPDOCS_REQUIRE_BROWSER=1" in (ROOT / ".ci" / "run").read_text(
        encoding="utf-8"
    )


# ---------------------------------------------------------------------------- browser problems, named by their source


def test_a_browser_problem_is_named_by_its_markdown_source_and_line(tmp_path):
    from tests.browser.site import Page
    from tests.browser.where import name_problem

    docs, _ = site(
        tmp_path,
        ZH
        + "\n"
        + GOOD_DIAGRAM
        + "\n![图](https://example.org/a.png)\n"
        + GOOD_DIAGRAM,
    )
    page = Page(path="99-test/", locale="zh", source=docs / "99-test.md", twin=None)
    assert name_problem(
        page, "mermaid diagram 2 (flowchart LR) failed to render: Parse error"
    ).startswith(f"{docs / '99-test.md'}:17: mermaid diagram 2 ")
    assert name_problem(
        page, "requested https://example.org/a.png (every font ...)"
    ).startswith(f"{docs / '99-test.md'}:16: requested")
    assert name_problem(
        page, 'code block for --8<-- "ch99/demo.py" missing'
    ).startswith(f"{docs / '99-test.md'}:5: ")  # its fence
    assert name_problem(page, "an uncaught TypeError").startswith(
        f"{docs / '99-test.md'}: an uncaught"
    )
    assert name_problem(page, "x").endswith("(built page /99-test/)")
    generated = Page(path="404.html", locale="zh", source=None, twin=None)
    assert name_problem(generated, "x") == "/404.html: x"


# ---------------------------------------------------------------------------- provenance notes


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("../../en/how-outputs-are-made/", None),
        ("../../how-outputs-are-made/", "does not link to /en/how-outputs-are-made/"),
        (None, "does not link to /en/how-outputs-are-made/ (links: none)"),
    ],
    ids=["good", "other language", "no link"],
)
def test_a_provenance_note_without_its_link(tmp_path, href, expected):
    from tests.test_provenance import provenance_problems

    site_dir = tmp_path / "site"
    for folder in ("en/99-test", "en/how-outputs-are-made", "how-outputs-are-made"):
        (site_dir / folder).mkdir(parents=True)
        (site_dir / folder / "index.html").write_text("<html></html>", encoding="utf-8")
    link = f'<a href="{href}">how</a>' if href else ""
    note = f'<aside class="mpdocs-provenance" data-count="1">The 1 outputs ... {link}</aside>'
    (site_dir / "en" / "99-test" / "index.html").write_text(
        f"<html>{note}</html>", encoding="utf-8"
    )
    problems, notes = provenance_problems(site_dir)
    assert notes == 1
    if expected is None:
        assert problems == []
    else:
        assert (
            len(problems) == 1
            and problems[0].startswith("en/99-test/index.html: ")
            and expected in problems[0]
        )


def test_exclusive_measurements_are_recorded_alone(tmp_path, monkeypatch):
    """The update command records an exclusive_cpu example with no other example running beside it."""
    import tests.record as update

    calls: list[tuple[str, int]] = []

    class Pool:  # stands in for ProcessPoolExecutor: notes how many examples could run side by side
        def __init__(self, workers):
            self.workers = workers

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def map(self, function, examples):
            calls.extend((example.script.stem, self.workers) for example in examples)
            return [f"recorded {example.script.stem}" for example in examples]

    folder = tmp_path / "examples" / "ch99"
    folder.mkdir(parents=True)
    for stem in ("a", "timed", "b"):
        (folder / f"{stem}.py").write_text(GOOD, encoding="utf-8")
    (folder / "examples.toml").write_text(
        "[a]\nstart_methods = []\n[timed]\nstart_methods = []\nexclusive_cpu = true\n[b]\nstart_methods = []\n"
    )
    monkeypatch.setattr(update, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(
        update, "load_examples", lambda: load_examples(tmp_path / "examples")
    )
    assert update.main(["--all"]) == 0
    assert calls == [("a", 2), ("b", 2), ("timed", 1)]
