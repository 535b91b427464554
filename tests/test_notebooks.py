"""The notebook pages: stored outputs from a real run, and a fresh run that still shows the same shape.

Each docs/*.ipynb is executed again (a copy; the stored file is never touched) in a fresh kernel,
with tests/execute_notebooks.py, the same code that writes the stored outputs. Checked:
- no cell fails, and every plotting cell (one that calls plt.show()) produced an image/png;
- the figures the notebook prints on its `PERF_SUMMARY {json}` line have the shape the prose
  describes (if a first run misses it, a second run must show it: run_all says why). Only the
  Chinese notebook is executed: the English one has the same code cells (checked below). It runs with the machine to itself (the exclusive CPU lock of
  tests/harness/cpu_lock.py), so that the other tests of the suite do not distort the figures;
- no process started by the run outlives the kernel, and no file or shared memory segment is left;
- the Chinese and English notebooks have identical code cells and parallel headings;
- the stored notebooks were executed (every code cell has run, none failed), and their stored
  figures support every claim their prose makes.
"""

from __future__ import annotations

import base64
import json
import os
import re
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import nbformat
import psutil
import pytest

from tests.execute_notebooks import MARKER, execute
from tests.harness.host_cores import wait_for_cores
from tests.harness.normalize import MACHINE_PATH
from tests.harness.paths import DOCS, EXAMPLES, rel

# One worker runs them all, and each holds the machine to itself: the first one to run executes the
# notebook, which measures the machine (tests/conftest.py takes the exclusive CPU lock).
pytestmark = [pytest.mark.xdist_group("notebooks"), pytest.mark.exclusive_cpu]

NOTEBOOKS = sorted(DOCS.glob("*.ipynb"))
PAIRS = [
    (p, p.with_name(p.name.replace(".en.ipynb", ".ipynb")))
    for p in NOTEBOOKS
    if p.name.endswith(".en.ipynb")
]
# The code is the same in both languages, so one fresh run (of the Chinese notebook) covers both.
EXECUTED = [p for p in NOTEBOOKS if not p.name.endswith(".en.ipynb")]
SUMMARY = re.compile(r"^PERF_SUMMARY (\{.*\})$", re.MULTILINE)


@dataclass
class Run:
    notebook: nbformat.NotebookNode
    seconds: float
    left_processes: list[str]
    left_files: list[str]
    cores: float | None = (
        None  # what the host gave just before the run (tests/harness/host_cores.py)
    )


def code_sources(notebook) -> list[str]:
    return [cell.source for cell in notebook.cells if cell.cell_type == "code"]


def stdout_of(notebook) -> str:
    return "".join(
        output.get("text", "")
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if output.output_type == "stream" and output.name == "stdout"
    )


def summary_of(notebook) -> dict:
    found = SUMMARY.findall(stdout_of(notebook))
    assert len(found) == 1, (
        "the notebook must print exactly one `PERF_SUMMARY {json}` line"
    )
    return json.loads(found[0])


def errors_of(notebook) -> list[str]:
    return [
        f"cell {i}: {output.ename}: {output.evalue}"
        for i, cell in enumerate(notebook.cells)
        for output in cell.get("outputs", [])
        if output.output_type == "error"
    ]


def plots_without_image(notebook) -> list[int]:
    return [
        i
        for i, cell in enumerate(notebook.cells)
        if cell.cell_type == "code"
        and "plt.show()" in cell.source
        and not any(
            "image/png" in output.get("data", {}) for output in cell.get("outputs", [])
        )
    ]


def snapshot() -> set[str]:
    """Files next to the notebooks (their working directory) and in examples/perf/, and the
    shared memory segments of multiprocessing.shared_memory (/dev/shm/psm_*)."""
    files = {rel(p) for p in DOCS.iterdir()} | {
        rel(p) for p in (EXAMPLES / "perf").rglob("*")
    }
    return files | {str(p) for p in Path("/dev/shm").glob("psm_*")}


def marked_processes(marker: str) -> list[str]:
    found = []
    for process in psutil.process_iter(["pid", "cmdline"]):
        try:
            if process.environ().get(MARKER) == marker:
                found.append(
                    f"{process.info['pid']}: {' '.join(process.info['cmdline'] or [])}"
                )
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return found


def run_fresh(path: Path) -> Run:
    marker = uuid.uuid4().hex
    before = snapshot()
    result = execute(nbformat.read(path, as_version=4), cwd=path.parent, marker=marker)
    deadline = (
        time.monotonic() + 5
    )  # the fork server and resource tracker exit right after the kernel
    while (left := marked_processes(marker)) and time.monotonic() < deadline:
        time.sleep(0.1)
    after = snapshot()
    time.sleep(
        0.5
    )  # a segment that appeared meanwhile but belongs to another program is gone by now
    new = sorted((after - before) & snapshot())
    return Run(result.notebook, result.seconds, left, new)


def run_all() -> dict[Path, list[Run]]:
    """Every executed notebook run fresh, one after another (the caller holds the machine to itself).

    A second run is made only when the first one shows none of its errors but misses the measured
    shape: each figure is a few tens of milliseconds of work, and a virtual CPU that its host lends
    elsewhere for that long can spoil one run (measured on this machine: 2 started worker processes
    at 1.28x to 2.10x of sequential over five fresh runs on an idle machine, and once at 1.13x).
    The shape must then show in the second run. Each run waits (up to 30 s) for the host to give
    both cores: a host that lent one elsewhere gave 1.05x for 2 worker processes in a whole run.
    """
    results = {}
    for path in EXECUTED:
        results[path] = [run_measured(path)]
        first = results[path][0].notebook
        measured = not errors_of(first) and SUMMARY.search(stdout_of(first))
        if measured and shape_problems(summary_of(first)):
            results[path].append(run_measured(path))
    return results


def run_measured(path: Path) -> Run:
    cores = wait_for_cores(wanted=1.5)
    run = run_fresh(path)
    run.cores = cores
    return run


@pytest.fixture(scope="session")
def runs() -> dict[Path, list[Run]]:
    """The notebooks run once per test session (the xdist_group mark keeps these tests on one worker)."""
    return run_all()


def test_there_are_notebooks():
    assert PAIRS, "expected docs/NN-x.ipynb with its English twin docs/NN-x.en.ipynb"
    for english, chinese in PAIRS:
        assert chinese.exists(), f"{rel(english)} has no Chinese twin {rel(chinese)}"


@pytest.mark.parametrize("path", EXECUTED, ids=[p.name for p in EXECUTED])
def test_fresh_run_has_no_error_and_draws_every_plot(runs, path):
    for run in runs[path]:
        assert not errors_of(run.notebook), errors_of(run.notebook)
        assert not plots_without_image(run.notebook), (
            f"plot cells without an image/png output: {plots_without_image(run.notebook)}"
        )
        summary_of(run.notebook)


@pytest.mark.parametrize("path", EXECUTED, ids=[p.name for p in EXECUTED])
def test_fresh_run_leaves_nothing_behind(runs, path):
    for run in runs[path]:
        assert not run.left_processes, (
            f"processes left running after the kernel shut down: {run.left_processes}"
        )
        assert not run.left_files, (
            f"files or shared memory segments left behind: {run.left_files}"
        )


def shape_problems(s: dict) -> list[str]:
    """What one fresh run's figures (its PERF_SUMMARY) show against the shape the prose describes."""
    problems = []

    def expect(holds: bool, what: str) -> None:
        if not holds:
            problems.append(what)

    cpus = s["usable_cpus"]
    if cpus >= 2:
        best = max(
            value for workers, value in s["speedup"].items() if int(workers) >= 2
        )
        expect(
            best > 1.2,
            f"2 or more worker processes should be > 1.2x faster than 1 on {cpus} CPUs",
        )
    cpu_bound, io = s["seconds"]["CPU-bound"], s["seconds"]["I/O-bound"]
    expect(
        cpu_bound["processes"] < cpu_bound["threads"],
        "processes should beat threads on CPU-bound work",
    )
    expect(io["threads"] < io["sequential"] / 2, "threads should overlap the waits")
    expect(
        io["threads"] <= io["processes"] * 1.2,
        "threads should be about as fast as processes or faster on I/O",
    )
    for channel, row in s["ipc_mb_per_s"].items():
        expect(all(v > 0 for v in row.values()), f"{channel}: every size measured")
    # Threads, interpreters and processes on the same work (interpreters only from Python 3.14).
    scaling, start_up = s["workers_speedup"], s["start_up_ms"]
    since_3_14 = tuple(int(x) for x in s["python"].split(".")[:2]) >= (3, 14)
    if "processes" not in scaling or ("interpreters" not in scaling and since_3_14):
        return problems + ["threads, interpreters (3.14+) and processes measured"]
    for kind in sorted(set(scaling) - {"threads"}):
        expect(
            min(start_up[kind].values()) > 5 * max(start_up["threads"].values()),
            f"{kind} should take far longer to start than threads",
        )
        if cpus >= 2:
            expect(
                max(scaling[kind].values()) > max(scaling["threads"].values()),
                f"{kind} should beat every thread count on CPU-bound work",
            )
            best = max(v for n, v in scaling[kind].items() if int(n) >= 2)
            expect(
                best > 1.2,
                f"2 or more worker {kind} should be > 1.2x faster than sequential on {cpus} CPUs",
            )
    return problems


def test_fresh_runs_show_the_measured_shape(runs):
    """Every executed notebook's fresh run shows the shape (or, when its first run missed it, its second)."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    failures = []
    for path, made in runs.items():
        summaries = [summary_of(run.notebook) for run in made]
        judged = [(summary, shape_problems(summary)) for summary in summaries]
        if not judged[-1][1]:
            continue
        for number, (summary, problems) in enumerate(judged, 1):
            failures.append(
                f"{rel(path)}, fresh run {number} of {len(judged)} (the host gave {made[number - 1].cores} "
                f"cores just before it): {'; '.join(problems)} (figures: {json.dumps(summary)})"
            )
    assert not failures, f"load average now {load}:\n" + "\n".join(failures)


def _stored_summary(processes_scale: bool = True) -> dict:
    """The stored notebook's figures; with processes_scale=False, as if processes gave no speedup."""
    summary = summary_of(nbformat.read(EXECUTED[0], as_version=4))
    if not processes_scale:
        speedups = summary["workers_speedup"]["processes"]
        summary["workers_speedup"]["processes"] = dict.fromkeys(speedups, 1.0)
    return summary


def test_shape_check_sees_processes_that_do_not_scale_or_threads_that_do_not_overlap():
    summary = _stored_summary(processes_scale=False)
    summary["seconds"]["I/O-bound"]["threads"] = summary["seconds"]["I/O-bound"][
        "sequential"
    ]
    found = " ".join(shape_problems(summary))
    assert (
        "2 or more worker processes should be > 1.2x faster than sequential" in found
    ), found
    assert "threads should overlap the waits" in found, found


def test_a_second_fresh_run_only_when_the_first_misses_the_shape(monkeypatch):
    good = nbformat.read(EXECUTED[0], as_version=4)
    bad = nbformat.read(EXECUTED[0], as_version=4)
    for cell in bad.cells:
        for output in cell.get("outputs", []):
            if output.get("name") == "stdout" and "PERF_SUMMARY" in output.get(
                "text", ""
            ):
                unscaled = json.dumps(_stored_summary(processes_scale=False))
                output["text"] = SUMMARY.sub(f"PERF_SUMMARY {unscaled}", output["text"])
    for first, expected in ((good, 1), (bad, 2)):
        made = iter([Run(first, 1.0, [], []), Run(good, 1.0, [], [])])
        monkeypatch.setattr(sys.modules[__name__], "wait_for_cores", lambda wanted: 2.0)
        monkeypatch.setattr(
            sys.modules[__name__], "run_fresh", lambda path, made=made: next(made)
        )
        counts = {len(found) for found in run_all().values()}
        assert counts == {expected}, f"{expected} fresh run(s) expected, made {counts}"


@pytest.mark.parametrize(("english", "chinese"), PAIRS, ids=[p.name for p, _ in PAIRS])
def test_languages_have_identical_code_and_parallel_headings(english, chinese):
    en, zh = nbformat.read(english, as_version=4), nbformat.read(chinese, as_version=4)
    assert code_sources(en) == code_sources(zh), (
        "the code cells of the two languages must be identical"
    )
    assert [c.cell_type for c in en.cells] == [c.cell_type for c in zh.cells], (
        "same cells, in the same order"
    )

    def levels(notebook) -> list[int]:
        return [
            len(m.group(1))
            for cell in notebook.cells
            if cell.cell_type == "markdown"
            for m in re.finditer(r"^(#{1,6}) ", cell.source, re.MULTILINE)
        ]

    assert levels(en) == levels(zh), "same headings, level by level, in the same order"
    assert heading_ids(en) == heading_ids(zh), (
        f"{rel(chinese)} and {rel(english)}: the same heading ids, in the same order "
        f'(<a id="..."></a> at the end of each heading): {heading_ids(zh)} vs {heading_ids(en)}'
    )


HEADING_ID = re.compile(r'^#{1,6} .*<a id="([^"]*)"></a>\s*$', re.MULTILINE)


def heading_ids(notebook) -> list[str]:
    """The id each heading carries (overrides/hooks/notebook_pages.py makes it the section's id)."""
    return [
        m.group(1)
        for cell in notebook.cells
        if cell.cell_type == "markdown"
        for m in HEADING_ID.finditer(cell.source)
    ]


def test_heading_ids_check_sees_a_changed_id():
    chinese = nbformat.read(PAIRS[0][1], as_version=4)
    ids = heading_ids(chinese)
    assert len(ids) >= 2 and len(set(ids)) == len(ids), (
        f"heading ids missing or repeated: {ids}"
    )
    cell = next(
        c
        for c in chinese.cells
        if c.cell_type == "markdown" and HEADING_ID.search(c.source)
    )
    cell.source = cell.source.replace(f'<a id="{ids[0]}">', '<a id="renamed">', 1)
    assert heading_ids(chinese) != ids


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_stored_outputs_come_from_a_complete_run(path):
    notebook = nbformat.read(path, as_version=4)
    redo = f"run `python -m tests.execute_notebooks {rel(path)}`"
    not_run = [
        i
        for i, c in enumerate(notebook.cells)
        if c.cell_type == "code" and c.execution_count is None
    ]
    assert not not_run, f"code cells {not_run} have not been executed; {redo}"
    counts = [c.execution_count for c in notebook.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1)), (
        f"cells were not run once, top to bottom; {redo}"
    )
    assert not errors_of(notebook), f"{errors_of(notebook)}; {redo}"
    assert not plots_without_image(notebook), f"a plot cell has no stored image; {redo}"
    seconds = summary_of(notebook)["notebook_seconds"]
    assert seconds < 40, (
        f"the stored run took {seconds} s: keep the notebook under 40 s on 2 cores"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_stored_figures_support_the_prose(path):
    """What the prose says about the stored run: a re-execution after a change must still agree."""
    s = summary_of(nbformat.read(path, as_version=4))
    redo = f"the stored run of {rel(path)} contradicts its prose: re-run `python -m tests.execute_notebooks`"
    cpus = s["usable_cpus"]
    speedup = s["speedup"]
    assert 1.3 < speedup["2"] < 1.8, (
        f"2 workers clearly faster than 1, well short of 2x; {redo}"
    )
    assert all(v <= cpus * 1.1 for v in speedup.values()), (
        f"no speedup beyond the usable CPUs; {redo}"
    )
    assert max(speedup["3"], speedup["4"]) < speedup["2"] * 1.1, (
        f"3 and 4 workers no faster than 2; {redo}"
    )
    cpu, io = s["seconds"]["CPU-bound"], s["seconds"]["I/O-bound"]
    assert cpu["threads"] > cpu["sequential"] * 0.8, (
        f"CPU-bound: threads about as slow as sequential; {redo}"
    )
    assert cpu["processes"] < cpu["threads"] * 0.85, (
        f"CPU-bound: processes clearly faster; {redo}"
    )
    assert io["threads"] < io["sequential"] / 2, (
        f"I/O-bound: threads far faster than sequential; {redo}"
    )
    assert io["processes"] < io["sequential"], (
        f"I/O-bound: processes overlap the waits too; {redo}"
    )
    assert io["threads"] <= io["processes"], (
        f"I/O-bound: threads at least as fast as processes; {redo}"
    )
    ipc = s["ipc_mb_per_s"]
    small, large = min(ipc["Pipe"], key=int), max(ipc["Pipe"], key=int)
    for size in (small, "1024"):
        assert ipc["Pipe"][size] > ipc["Queue"][size], (
            f"{size} B: Pipe beats Queue; {redo}"
        )
        assert ipc["shared memory"][size] * 3 < ipc["Pipe"][size], (
            f"{size} B: shared memory much slower than Pipe; {redo}"
        )
    fastest_other = max(ipc["Pipe"]["262144"], ipc["Queue"]["262144"])
    assert ipc["shared memory"]["262144"] > 1.2 * fastest_other, (
        f"256 KiB: shared memory clearly faster; {redo}"
    )
    assert ipc["shared memory"][large] >= 0.9 * ipc["Pipe"][large], (
        f"{large} B: shared memory no slower than Pipe; {redo}"
    )
    assert ipc["shared memory"][large] < 1.25 * ipc["Pipe"][large], (
        f"{large} B: shared memory and Pipe close; {redo}"
    )
    assert s["gil_enabled"] is True, "the prose says this run used a build with the GIL"
    # Threads, interpreters and processes on the same work; the prose reads a run on Python 3.14+.
    scaling, start_up = s["workers_speedup"], s["start_up_ms"]
    assert set(scaling) == set(start_up) == {"threads", "interpreters", "processes"}, (
        f"threads, interpreters and processes measured; {redo}"
    )
    assert max(scaling["threads"].values()) < 1.25, (
        f"no thread count clearly faster than sequential; {redo}"
    )
    for kind in ("interpreters", "processes"):
        row = scaling[kind]
        assert row["2"] > 1.25, f"2 {kind} clearly faster than sequential; {redo}"
        assert all(v <= cpus * 1.1 for v in row.values()), (
            f"{kind}: no speedup beyond the usable CPUs; {redo}"
        )
        assert max(row["3"], row["4"]) < row["2"] * 1.1, (
            f"3 and 4 {kind} no faster than 2; {redo}"
        )
        assert min(start_up[kind].values()) > 10 * max(start_up["threads"].values()), (
            f"{kind} take more than ten times as long to start as threads; {redo}"
        )
    assert sum(start_up["interpreters"].values()) >= sum(
        start_up["processes"].values()
    ), (
        f"the interpreter pool's start-up times add up to no less than the process pool's; {redo}"
    )


def _notebook_hook_configured() -> bool:
    from tests.harness.paths import ROOT

    return "i18n_notebooks" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


@pytest.mark.xfail(
    not _notebook_hook_configured(),
    reason="mkdocs-static-i18n turns notebooks back into raw files (ultrabug/mkdocs-static-i18n#198) "
    "until a hook such as overrides/hooks/i18n_notebooks.py is listed under hooks: in mkdocs.yml",
    strict=True,
)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_site_renders_the_notebook_with_its_plots(built_site, path):
    stem = path.name.removesuffix(".ipynb").removesuffix(".en")
    page = (
        built_site
        / ("en" if path.name.endswith(".en.ipynb") else "")
        / stem
        / "index.html"
    )
    assert page.exists(), f"{rel(path)} was not built at {page.relative_to(built_site)}"
    html = page.read_text(encoding="utf-8")
    assert not html.lstrip().startswith("{"), (
        f"{page.relative_to(built_site)} is the raw notebook, not a page"
    )
    plots = sum(
        "plt.show()" in c.source for c in nbformat.read(path, as_version=4).cells
    )
    shown = re.findall(r'<img class="mpdocs-figure" alt="[^"]+" src="([^"]+)"', html)
    assert len(shown) >= plots, "every stored plot is shown on the page"
    missing = [src for src in shown if not (page.parent / src).is_file()]
    assert not missing, (
        f"figures shown on {page.relative_to(built_site)} but not written beside it: {missing}"
    )
    assert "PERF_SUMMARY" in html, "the stored outputs are shown on the page"


def _page_hook():
    from tests.harness.hooks import load_hook

    return load_hook("notebook_pages")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_page_shows_every_stored_output_in_a_frame(path):
    """The notebook page (overrides/hooks/notebook_pages.py): one frame per cell with outputs, each figure."""
    hook = _page_hook()
    notebook = json.loads(path.read_text(encoding="utf-8"))
    markdown, frames, figures = hook.to_markdown(notebook, rel(path))
    with_outputs = [
        c for c in notebook["cells"] if c["cell_type"] == "code" and c.get("outputs")
    ]
    assert frames == len(with_outputs) == markdown.count('!!! output "Python ')
    plots = sum("plt.show()" in "".join(c["source"]) for c in notebook["cells"])
    assert markdown.count('<img class="mpdocs-figure" alt="') == len(figures) == plots
    stored = [
        base64.b64decode(output["data"]["image/png"])
        for cell in notebook["cells"]
        for output in cell.get("outputs", [])
        if "image/png" in output.get("data", {})
    ]
    assert figures == stored, "the figures shown are the stored PNG bytes"
    assert "{ #" in markdown.splitlines()[0], "the title carries its id"
    shown = MACHINE_PATH.search(markdown)
    assert not shown, (
        f"{rel(path)}: the page shows a path of the recording machine ({shown.group(0)!r}); "
        "overrides/hooks/notebook_pages.py should pass outputs through reader_paths"
    )


def test_page_refuses_a_heading_without_id_or_a_figure_without_alt():
    hook = _page_hook()
    notebook = json.loads(NOTEBOOKS[0].read_text(encoding="utf-8"))
    broken = json.loads(json.dumps(notebook))
    first = next(c for c in broken["cells"] if c["cell_type"] == "markdown")
    first["source"] = re.sub(
        r"\s*<a id=\"[^\"]*\"></a>", "", "".join(first["source"]), count=1
    )
    with pytest.raises(hook.NotebookError, match="has no id"):
        hook.to_markdown(broken, "broken.ipynb")
    broken = json.loads(json.dumps(notebook))
    for cell in broken["cells"]:
        cell.get("metadata", {}).pop("mpdocs", None)
    with pytest.raises(hook.NotebookError, match="without alt text"):
        hook.to_markdown(broken, "broken.ipynb")
