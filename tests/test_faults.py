"""The suite catches every kind of breakage, with a message that names the file: proved on purpose-broken scratch copies.

Each test builds a tiny example folder (or docs folder) in its own tmp dir, records it the way
`python -m tests.record` does, breaks it one way, and asserts that the real checks
(tests/harness/compare.check_example, the staleness test of tests/test_examples.py,
tests/harness/manifest.load_examples, tests/pages.py) report it, naming the file. Nothing here
touches the repository, so the tests are parallel-safe under pytest-xdist.

Kinds of breakage covered: syntax error, uncaught exception, non-zero exit, a hang past the
timeout (whole tree killed, grandchild in its own session included), processes left behind,
a unix socket file or a temporary directory left behind,
changed output (also a child process's), a stale recording (fingerprint), a hand-edited .out.md
view, a missing recording, a broken recording accepted because it was recorded broken, an
undeclared script, a declaration without script, a missing include, a page without its twin,
pages whose skeletons differ, Chinese left on an English page.
"""

from __future__ import annotations

import re
import tempfile
import textwrap
import time
from pathlib import Path

import psutil
import pytest

import tests.test_examples as suite
import tests.test_recordings as recordings_suite
from tests import pages
from tests.harness import compare, manifest, pythons, recording
from tests.harness.manifest import Example, ManifestError, load_examples
from tests.harness.runner import run_script
from tests.record import record

VERSION = pythons.NEWEST


@pytest.fixture(autouse=True)
def _paths_outside_the_repository(monkeypatch):
    """tests/harness/paths.rel() only knows paths inside the repository; scratch examples live in tmp dirs.

    (Until the harness's rel() accepts outside paths, see the report; this is a no-op after that.)
    """
    for module in (manifest, compare, recording, suite):
        monkeypatch.setattr(module, "rel", pages.rel)


def scratch(tmp_path: Path, code: str, name: str = "demo", **declared) -> Example:
    folder = tmp_path / "examples" / "ch99"
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / f"{name}.py"
    script.write_text(textwrap.dedent(code), encoding="utf-8")
    declared.setdefault("start_methods", ())
    return Example(script=script, **declared)


def recorded(tmp_path: Path, code: str, **declared) -> Example:
    example = scratch(tmp_path, code, **declared)
    message = record(example)
    assert message.startswith("recorded"), message
    return example


def rewrite(example: Example, code: str) -> None:
    example.script.write_text(textwrap.dedent(code), encoding="utf-8")


def problems_of(example: Example, method: str | None = None) -> str:
    problems = compare.check_example(example, method, VERSION)
    return "\n\n".join(problems)


GOOD = """\
if __name__ == "__main__":
    print("hello")
"""


def test_a_good_example_passes(tmp_path):
    example = recorded(tmp_path, GOOD)
    assert problems_of(example) == ""
    suite.test_recording_is_not_stale(example)


def test_syntax_error(tmp_path):
    example = recorded(tmp_path, GOOD)
    rewrite(example, 'if __name__ == "__main__":\n    print("hello"\n')
    report = problems_of(example)
    assert "ch99/demo.py" in report
    assert "exited with 1, the recording exited with 0" in report
    assert "SyntaxError" in report


def test_uncaught_exception(tmp_path):
    example = recorded(tmp_path, GOOD)
    rewrite(
        example,
        'if __name__ == "__main__":\n    print("hello")\n    raise RuntimeError("boom")\n',
    )
    report = problems_of(example)
    assert "ch99/demo.py" in report
    assert "exited with 1" in report
    assert "+RuntimeError: boom" in report  # the traceback is in the diff


def test_non_zero_exit(tmp_path):
    example = recorded(tmp_path, GOOD)
    rewrite(
        example,
        'import sys\nif __name__ == "__main__":\n    print("hello")\n    sys.exit(3)\n',
    )
    report = problems_of(example)
    assert "ch99/demo.py" in report
    assert "exited with 3, the recording exited with 0" in report


def test_changed_output(tmp_path):
    example = recorded(tmp_path, GOOD)
    rewrite(example, 'if __name__ == "__main__":\n    print("hello, world")\n')
    report = problems_of(example)
    assert "ch99/demo.py" in report and "output differs from the recording" in report
    assert "-hello" in report and "+hello, world" in report
    assert "python -m tests.record" in report  # says how to re-record


CHILD = """\
import multiprocessing as mp

def work():
    print("child says {word}")

if __name__ == "__main__":
    p = mp.get_context("fork").Process(target=work)
    p.start()
    p.join()
    print("parent done")
"""


def test_changed_output_of_a_child_process(tmp_path):
    example = recorded(tmp_path, CHILD.format(word="hi"))
    assert problems_of(example) == ""
    rewrite(example, CHILD.format(word="bye"))
    report = problems_of(example)
    assert "-child says hi" in report and "+child says bye" in report


def _pids(path: Path, expected: int) -> list[int]:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        pids = [int(x) for x in path.read_text().split()] if path.exists() else []
        if len(pids) >= expected:
            return pids
        time.sleep(0.02)
    raise AssertionError(f"the scratch script did not write {expected} PIDs to {path}")


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


TREE = """\
import os, time

def note():
    with open({log!r}, "a") as f:
        f.write(f"{{os.getpid()}}\\n")

if __name__ == "__main__":
    note()
    if os.fork() == 0:          # child
        if os.fork() == 0:      # grandchild, in a session of its own: not in the example's process group
            os.setsid()
            note()
            time.sleep(60)
            os._exit(0)
        note()
        time.sleep(60)
        os._exit(0)
    while len(open({log!r}).read().split()) < 3:  # the whole tree exists
        time.sleep(0.01)
    {parent}
"""


def test_hang_past_timeout_kills_the_whole_tree(tmp_path):
    log = tmp_path / "pids"
    example = recorded(tmp_path, GOOD, timeout=1.5)
    rewrite(example, TREE.format(log=str(log), parent="time.sleep(60)"))
    started = time.monotonic()
    report = problems_of(example)
    assert time.monotonic() - started < 10
    assert (
        "ch99/demo.py" in report
        and "still running after 1.5s, its whole process tree was killed" in report
    )
    pids = _pids(log, 3)
    survivors = [pid for pid in pids if not _gone(pid)]
    assert not survivors, f"processes of the timed-out example survived: {survivors}"


def test_processes_left_behind_are_reported_and_killed(tmp_path):
    log = tmp_path / "pids"
    example = recorded(tmp_path, GOOD, timeout=1.5)
    rewrite(example, TREE.format(log=str(log), parent='print("hello")'))
    report = problems_of(example)
    assert "ch99/demo.py" in report and "left processes behind (now killed)" in report
    pids = _pids(log, 3)
    assert not [pid for pid in pids if not _gone(pid)]


SOCKET_FILE = """\
import os, socket, tempfile

if __name__ == "__main__":
    print("hello")
    server = socket.socket(socket.AF_UNIX)
    server.bind(os.path.join(tempfile.gettempdir(), "demo.sock"))  # never unlinked
"""

FORKSERVER_EXITS_HARD = """\
import multiprocessing, os

if __name__ == "__main__":
    multiprocessing.set_start_method("forkserver")
    child = multiprocessing.Process(target=os.getpid)
    child.start()
    child.join()
    print("hello", flush=True)
    os._exit(0)  # skips the finalizer that removes the pymp-* directory of the fork server's socket
"""


def test_unix_socket_file_left_behind_is_a_leak(tmp_path):
    example = recorded(tmp_path, GOOD)
    rewrite(example, SOCKET_FILE)
    report = problems_of(example)
    assert (
        "ch99/demo.py" in report
        and "left files in its temporary directory (now removed): $TMPDIR/demo.sock (a unix socket)"
        in report
    ), report
    assert record(example).startswith("NOT RECORDED")


def test_temporary_directory_left_behind_is_a_leak(tmp_path):
    example = recorded(tmp_path, GOOD)
    rewrite(example, FORKSERVER_EXITS_HARD)
    report = problems_of(example)
    assert (
        "ch99/demo.py" in report and "left files in its temporary directory" in report
    ), report
    assert re.search(
        r"\$TMPDIR/pymp-\w+ \(a directory\); \$TMPDIR/pymp-\w+/\w+-\w+ \(a unix socket\)",
        report,
    ), report
    assert (
        "output differs" not in report
    )  # the same output: only the leftovers are wrong


def test_an_excused_pymp_directory_excuses_no_other_leak(tmp_path):
    """leaves_pymp_dir (a main process killed on purpose) excuses multiprocessing's directory only."""
    example = recorded(tmp_path, GOOD, leaves_pymp_dir=True)
    also_a_file = (
        'open(os.path.join(os.environ["TMPDIR"], "kept.txt"), "w")\n    os._exit(0)'
    )
    rewrite(example, FORKSERVER_EXITS_HARD.replace("os._exit(0)", also_a_file, 1))
    report = problems_of(example)
    assert (
        "left files in its temporary directory (now removed): $TMPDIR/kept.txt (a file);"
        in report
    ), report
    assert "pymp-" not in report


def test_leak_excuse_leaves_pymp_dir_only_for_an_example_killed_by_a_signal(tmp_path):
    scratch(tmp_path, GOOD)
    (tmp_path / "examples" / "ch99" / "examples.toml").write_text(
        "[demo]\nstart_methods = []\nleaves_pymp_dir = true\n"
    )
    with pytest.raises(
        ManifestError,
        match=r"ch99/examples\.toml \[demo\]: leaves_pymp_dir = true is only for",
    ):
        load_examples(tmp_path / "examples")


def test_leak_check_skipped_only_with_system_tmpdir_which_runs_in_the_machines_temporary_directory(
    tmp_path,
):
    """An example declared system_tmpdir (its output shows a temporary path) sees the machine's; others their own."""
    prints = "import tempfile\nprint(tempfile.gettempdir())\n"
    own = run_script(scratch(tmp_path, prints).script, None, 10).output.strip()
    machines = run_script(
        scratch(tmp_path, prints).script, None, 10, own_tmpdir=False
    ).output.strip()
    assert (
        machines == tempfile.gettempdir()
        and own != machines
        and own.startswith(machines)
    ), (own, machines)
    assert not Path(own).exists()  # removed after the run


def test_stale_recording(tmp_path):
    example = recorded(tmp_path, GOOD)
    rewrite(example, GOOD + "# a comment changes the fingerprint\n")
    with pytest.raises(
        AssertionError, match=r"ch99/demo\.py .*changed after its output was recorded"
    ):
        suite.test_recording_is_not_stale(example)


def test_stale_recording_when_the_declaration_changes(tmp_path):
    example = recorded(tmp_path, GOOD)
    redeclared = Example(script=example.script, start_methods=(), volatile=("seconds",))
    with pytest.raises(AssertionError, match="changed after its output was recorded"):
        suite.test_recording_is_not_stale(redeclared)


def test_hand_edited_view(tmp_path):
    example = recorded(tmp_path, GOOD)
    example.view.write_text(
        example.view.read_text().replace("hello", "hello!"), encoding="utf-8"
    )
    with pytest.raises(
        AssertionError,
        match=r"ch99/demo\.out\.md is not what .* renders to \(edited by hand\?\)",
    ):
        suite.test_recording_is_not_stale(example)


def test_missing_recording(tmp_path):
    example = scratch(tmp_path, GOOD)
    assert "no recorded output" in problems_of(
        example
    ) and "ch99/demo.out.json" in problems_of(example)
    with pytest.raises(AssertionError, match=r"ch99/demo\.py: no recorded output"):
        suite.test_recording_is_not_stale(example)


def test_missing_view(tmp_path):
    example = recorded(tmp_path, GOOD)
    example.view.unlink()
    with pytest.raises(AssertionError, match=r"no view .*ch99/demo\.out\.md"):
        suite.test_recording_is_not_stale(example)


def recorded_as_is(tmp_path: Path, code: str) -> Example:
    """Recorded whatever its exit code (as tests/record.py did before it checked exit codes)."""
    example = scratch(tmp_path, code)
    result = run_script(example.script, None, example.timeout)
    recording.save(example, [recording.make_run(example, VERSION, None, result)])
    return example


def test_example_recorded_while_broken(tmp_path):
    """Recorded with a syntax error, a fresh run matches its broken recording: the declared exit code catches it."""
    example = recorded_as_is(
        tmp_path, 'if __name__ == "__main__":\n    print("hello"\n'
    )
    with pytest.raises(
        AssertionError, match=r"ch99/demo\.py.*exited with 1.*declares exit_code = 0"
    ):
        recordings_suite.test_recorded_exit_codes_are_the_declared_ones(example)


def test_example_recorded_with_an_uncaught_exception(tmp_path):
    example = recorded_as_is(
        tmp_path, 'if __name__ == "__main__":\n    raise ValueError("x")\n'
    )
    with pytest.raises(
        AssertionError, match=r"ch99/demo\.py.*exited with 1.*ValueError: x"
    ):
        recordings_suite.test_recorded_exit_codes_are_the_declared_ones(example)


def test_undeclared_script(tmp_path):
    scratch(tmp_path, GOOD, name="declared")
    scratch(tmp_path, GOOD, name="forgotten")
    (tmp_path / "examples" / "ch99" / "examples.toml").write_text(
        "[declared]\nstart_methods = []\n"
    )
    with pytest.raises(
        ManifestError,
        match=r"ch99/forgotten\.py is not declared: add a \[forgotten\] table",
    ):
        load_examples(tmp_path / "examples")


def test_undeclared_script_in_a_subfolder(tmp_path):
    """Exercise solutions live in examples/<chapter>/exercises/: their folder is searched too."""
    scratch(tmp_path, GOOD, name="declared")
    (tmp_path / "examples" / "ch99" / "examples.toml").write_text(
        "[declared]\nstart_methods = []\n"
    )
    (tmp_path / "examples" / "ch99" / "exercises").mkdir()
    (tmp_path / "examples" / "ch99" / "exercises" / "forgotten.py").write_text(GOOD)
    with pytest.raises(
        ManifestError,
        match=r"ch99/exercises/forgotten\.py is not declared: .*ch99/exercises/examples\.toml",
    ):
        load_examples(tmp_path / "examples")


def test_declaration_without_script(tmp_path):
    scratch(tmp_path, GOOD, name="declared")
    toml = tmp_path / "examples" / "ch99" / "examples.toml"
    toml.write_text("[declared]\nstart_methods = []\n\n[gone]\nstart_methods = []\n")
    with pytest.raises(
        ManifestError, match=r"examples\.toml \[gone\]: no script .*gone\.py"
    ):
        load_examples(tmp_path / "examples")


def test_bad_declaration(tmp_path):
    scratch(tmp_path, GOOD, name="declared")
    toml = tmp_path / "examples" / "ch99" / "examples.toml"
    toml.write_text('[declared]\nstart_methods = ["frok"]\n')
    with pytest.raises(
        ManifestError,
        match=r"examples\.toml \[declared\]: unknown start methods \['frok'\]",
    ):
        load_examples(tmp_path / "examples")


# ---------------------------------------------------------------------------- pages

ZH = """\
# 第 99 章　测试 { #test }

## 一节 { #a-section }

```python title="examples/ch99/demo.py"
--8<-- "ch99/demo.py"
```

--8<-- "ch99/demo.out.md"
"""
EN = """\
# Chapter 99: Test { #test }

## A section { #a-section }

```python title="examples/ch99/demo.py"
--8<-- "ch99/demo.py"
```

--8<-- "ch99/demo.out.md"
"""


def site(tmp_path: Path, zh: str = ZH, en: str | None = EN) -> tuple[Path, Path]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "99-test.md").write_text(zh, encoding="utf-8")
    if en is not None:
        (docs / "99-test.en.md").write_text(en, encoding="utf-8")
    return docs, tmp_path / "examples"


def test_a_good_site_passes(tmp_path):
    example = recorded(tmp_path, GOOD)
    docs, examples = site(tmp_path)
    assert pages.missing_include_problems(docs, examples) == []
    assert pages.unshown_problems([example.script], docs, examples) == []
    assert pages.twin_problems(docs) == []
    assert pages.parity_problems(docs / "99-test.md", docs / "99-test.en.md") == []
    assert pages.cjk_problems(docs / "99-test.en.md") == []


def test_missing_include(tmp_path):
    recorded(tmp_path, GOOD)
    docs, examples = site(tmp_path, ZH.replace("ch99/demo.py", "ch99/dmeo.py"))
    report = "\n".join(pages.missing_include_problems(docs, examples))
    assert (
        '99-test.md:6: --8<-- "ch99/dmeo.py" but' in report
        and "examples/ch99/dmeo.py does not exist" in report
    )


def test_missing_output_view_include(tmp_path):
    recorded(tmp_path, GOOD)
    docs, examples = site(tmp_path, ZH.replace('--8<-- "ch99/demo.out.md"', ""))
    report = "\n".join(pages.missing_include_problems(docs, examples))
    assert '99-test.md:6: shows "ch99/demo.py" but not its recorded output' in report


def test_example_not_shown(tmp_path):
    example = recorded(tmp_path, GOOD)
    docs, examples = site(tmp_path, "# 第 99 章　测试\n", "# Chapter 99: Test\n")
    report = "\n".join(pages.unshown_problems([example.script], docs, examples))
    assert "ch99/demo.py is not shown on any Chinese page" in report


def test_example_shown_in_one_language_only(tmp_path):
    example = recorded(tmp_path, GOOD)
    docs, examples = site(tmp_path, en="# Chapter 99: Test\n\n## A section\n")
    report = "\n".join(pages.unshown_problems([example.script], docs, examples))
    assert (
        "is shown on" in report
        and "99-test.md but not on its twin" in report
        and "99-test.en.md" in report
    )


def test_page_without_twin(tmp_path):
    docs, _ = site(tmp_path, en=None)
    (docs / "98-only-english.en.md").write_text("# Only English\n")
    report = "\n".join(pages.twin_problems(docs))
    assert (
        "99-test.md (Chinese) has no English twin" in report
        and "99-test.en.md" in report
    )
    assert (
        "98-only-english.en.md (English) has no Chinese twin" in report
        and "98-only-english.md" in report
    )


def test_notebook_without_twin(tmp_path):
    docs, _ = site(tmp_path)
    (docs / "97-plots.ipynb").write_text(
        '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'
    )
    assert "97-plots.en.ipynb" in "\n".join(pages.twin_problems(docs))


def test_heading_structure_differs(tmp_path):
    docs, _ = site(tmp_path, en=EN.replace("## A section", "### A section"))
    report = "\n".join(
        pages.parity_problems(docs / "99-test.md", docs / "99-test.en.md")
    )
    assert "99-test.md vs" in report and "99-test.en.md" in report
    assert (
        "heading structure differs at heading #2" in report
        and "'### A section { #a-section }'" in report
    )


def test_heading_without_id(tmp_path):
    docs, _ = site(tmp_path, zh=ZH.replace(" { #a-section }", ""))
    report = "\n".join(
        pages.parity_problems(docs / "99-test.md", docs / "99-test.en.md")
    )
    assert "99-test.md:3: heading '## 一节' has no explicit id" in report
    assert (
        "heading ids differ at heading #2:" in report
        and "99-test.md:3 has None" in report
    )


def test_heading_ids_differ_between_twins(tmp_path):
    docs, _ = site(tmp_path, en=EN.replace("{ #a-section }", "{ #one-section }"))
    report = "\n".join(
        pages.parity_problems(docs / "99-test.md", docs / "99-test.en.md")
    )
    assert (
        "heading ids differ at heading #2:" in report
        and "99-test.md:3 has 'a-section'" in report
    )
    assert "99-test.en.md:3 has 'one-section'" in report


def test_heading_id_not_kebab_or_repeated(tmp_path):
    zh = ZH + "\n## 二节 { #a-section }\n\n## 三节 { #Third_Section }\n"
    report = "\n".join(
        pages.heading_id_problems(site(tmp_path, zh=zh)[0] / "99-test.md")
    )
    assert (
        "99-test.md:11: heading '## 二节 { #a-section }': id 'a-section' is already used on line 3"
        in report
    )
    assert (
        "99-test.md:13: heading '## 三节 { #Third_Section }': id 'Third_Section' is not kebab-case"
        in report
    )


def test_includes_differ(tmp_path):
    docs, _ = site(
        tmp_path,
        en=EN.replace('--8<-- "ch99/demo.out.md"', '--8<-- "ch99/other.out.md"'),
    )
    report = "\n".join(
        pages.parity_problems(docs / "99-test.md", docs / "99-test.en.md")
    )
    assert (
        'included files differ at include #2: zh line 9: "ch99/demo.out.md"; en line 9: "ch99/other.out.md"'
        in report
    )


def test_diagrams_and_tables_differ(tmp_path):
    extra = "\n```mermaid\nflowchart LR\n    A --> B\n```\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"
    docs, _ = site(tmp_path, zh=ZH + extra)
    report = "\n".join(
        pages.parity_problems(docs / "99-test.md", docs / "99-test.en.md")
    )
    assert (
        "1 mermaid diagrams (at lines [11]) vs 0" in report
        and "1 tables (at lines [16]) vs 0" in report
    )


def test_chinese_left_on_english_page(tmp_path):
    en = (
        EN
        + "\nA zombie process (僵尸进程) is `僵尸` in code.\n\n```mermaid\nflowchart LR\n    A[新建] --> B\n```\n"
    )
    docs, _ = site(tmp_path, en=en)
    problems = pages.cjk_problems(docs / "99-test.en.md")
    assert len(problems) == 1, problems  # parentheses and inline code are fine
    assert (
        "99-test.en.md:15: Chinese left on the English page (in a mermaid diagram), first at '新'"
        in problems[0]
    )


# ---------------------------------------------------------------------------- inline code blocks

BLOCKS_PAGE = """\
# Blocks

```python title="examples/ch99/demo.py"
--8<-- "ch99/demo.py"
```

```python
p.start()
```

```python
x = 6 * 7
print(x)
#> {answer}
```

```python
import multiprocessing

print(multiprocessing.current_process().name)
#> MainProcess
```

```python
values = [1, 2
print(values)
```
"""


def _blocks(tmp_path: Path, answer: str = "42"):
    from tests.test_markdown_code import kind, markdown_blocks

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.md").write_text(BLOCKS_PAGE.format(answer=answer), encoding="utf-8")
    blocks = markdown_blocks(docs)
    return {block.start_line: (block, kind(block)) for block in blocks}


def test_markdown_blocks_are_classified(tmp_path):
    blocks = _blocks(tmp_path)
    assert 3 not in blocks  # the include-only block is skipped
    assert {line: k for line, (_, k) in blocks.items()} == {
        7: "lint",
        11: "print-check",
        17: "print-check",
        24: "lint",
    }


def test_markdown_block_checks(tmp_path, eval_example):
    from tests.test_markdown_code import check_block

    blocks = _blocks(tmp_path)
    check_block(
        blocks[7][0], eval_example
    )  # a fragment: `p` is defined elsewhere on the page
    check_block(blocks[11][0], eval_example)  # its #> comment is right
    with pytest.raises(
        pytest.fail.Exception,
        match=r"page\.md:17: this block states its output with `#>` but starts",
    ):
        check_block(blocks[17][0], eval_example)
    with pytest.raises(
        pytest.fail.Exception,
        match=r"page\.md:24: the Python block starting here fails ruff(?s:.*)page\.md:2[56]",
    ):
        check_block(blocks[24][0], eval_example)


def test_markdown_print_check_catches_wrong_output(tmp_path, eval_example):
    from tests.test_markdown_code import check_block

    blocks = _blocks(tmp_path, answer="41")
    with pytest.raises(pytest.fail.Exception, match="41"):
        check_block(blocks[11][0], eval_example)


def test_examples_ruff_lint(tmp_path):
    from tests.test_markdown_code import ruff_findings

    scratch(
        tmp_path,
        "import os\n\nif __name__ == '__main__':\n    print(undefined)\n",
        name="messy",
    )
    findings = ruff_findings(tmp_path / "examples")
    report = "\n".join(line for lines in findings.values() for line in lines)
    assert "ch99/messy.py:1: F401" in report and "ch99/messy.py:4: F821" in report


# ---------------------------------------------------------------------------- writing


def test_chinese_spacing_is_checked(tmp_path):
    from tests.test_writing import autocorrect_problems

    page = tmp_path / "99-test.md"
    page.write_text(
        "# 第 99 章　测试\n\n使用Queue传递数据,然后结束.\n", encoding="utf-8"
    )
    problems = autocorrect_problems(page)
    assert len(problems) == 1, problems  # the title's full-width space is house style
    assert "99-test.md:3:1: write '使用 Queue 传递数据，然后结束。'" in problems[0]


def test_english_spelling_is_checked(tmp_path):
    from tests.test_writing import codespell_findings

    page = tmp_path / "99-test.en.md"
    page.write_text("# Test\n\nThe queue recieves the colour.\n", encoding="utf-8")
    report = "\n".join(codespell_findings((page,)).get(pages.rel(page), []))
    assert (
        "99-test.en.md:3: recieves ==> receives" in report
        and "colour ==> color" in report
    )


def _notebook(path: Path, *cells: tuple[str, str]) -> None:
    import json

    path.write_text(
        json.dumps(
            {
                "cells": [
                    {"cell_type": kind, "metadata": {}, "source": source}
                    for kind, source in cells
                ],
                "metadata": {},
                "nbformat": 4,
                "nbformat_minor": 5,
            }
        ),
        encoding="utf-8",
    )


def test_notebook_twins_differ(tmp_path):
    docs, _ = site(tmp_path)
    _notebook(
        docs / "97-plots.ipynb", ("markdown", "# 测量\n\n## 结果"), ("code", "print(1)")
    )
    _notebook(
        docs / "97-plots.en.ipynb",
        ("markdown", "# Measurements\n\nResults 结果"),
        ("code", "print(1)"),
    )
    report = "\n".join(
        pages.parity_problems(docs / "97-plots.ipynb", docs / "97-plots.en.ipynb")
    )
    assert (
        "97-plots.ipynb vs" in report
        and "heading structure differs at heading #2" in report
    )
    assert "97-plots.en.ipynb:3: Chinese left on the English page" in "\n".join(
        pages.cjk_problems(docs / "97-plots.en.ipynb")
    )


def test_notebook_helper_module_counts_as_shown_when_both_notebooks_name_it(tmp_path):
    example = scratch(tmp_path, GOOD, name="helpers")
    docs, examples = site(tmp_path)
    _notebook(
        docs / "97-plots.ipynb",
        ("code", "# functions in examples/ch99/helpers.py\nimport helpers"),
    )
    _notebook(docs / "97-plots.en.ipynb", ("code", "import helpers"))
    report = "\n".join(pages.unshown_problems([example.script], docs, examples))
    assert (
        "97-plots.ipynb but not on its twin" in report and "97-plots.en.ipynb" in report
    )
    _notebook(
        docs / "97-plots.en.ipynb",
        ("code", "# functions in examples/ch99/helpers.py\nimport helpers"),
    )
    assert pages.unshown_problems([example.script], docs, examples) == []
