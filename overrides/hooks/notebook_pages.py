"""A notebook page reads like every other chapter: the notebook is turned into the site's Markdown.

Markdown cells are taken as written; a heading's `<a id="..."></a>` (an anchor Jupyter and GitHub
also follow) becomes its `{ #id }`, so both languages share section ids as the .md pages do. Code
cells become ```python blocks. A cell's stored outputs become one "output of a real run" frame
(`!!! output`, docs/stylesheets/recorded-output.css) titled with the run's Python and machine, text
in ```text blocks, figures as the stored PNG files beside the page, whose alt text comes from the
cell's metadata in the page's language (`"mpdocs": {"alt": "..."}`; code cells are identical in both notebooks, metadata is not).
page.meta["recorded_outputs"] gets the provenance note under the content (overrides/main.html).

The outputs shown are those stored by the real run (tests/execute_notebooks.py); nothing here
computes them. Paths are shown as a reader would read them, as in the example views: the recording
machine's interpreter as `<python>/lib/python3.15/...` (tests/harness/normalize.reader_paths).
Anything the page could not show faithfully stops the build, naming the notebook and cell.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import re
import struct
from pathlib import Path

HEADING_ID = re.compile(r'^(#{1,6} .*?)\s*<a id="([^"]*)"></a>\s*$', re.MULTILINE)
HEADING = re.compile(r"^#{1,6} .*$", re.MULTILINE)  # markdown cells hold no fenced code
PLATFORM = re.compile(r"^platform\s*: (\w+)-.*?(x86_64|aarch64|arm64|amd64)", re.MULTILINE)
SUMMARY = re.compile(r"^PERF_SUMMARY (\{.*\})$", re.MULTILINE)


class NotebookError(ValueError):
    pass


def _load_reader_paths():
    """tests/harness/normalize.py's reader_paths, loaded by path: the one place that says how."""
    path = Path(__file__).resolve().parents[2] / "tests" / "harness" / "normalize.py"
    spec = importlib.util.spec_from_file_location("mpdocs_normalize", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.reader_paths


reader_paths = _load_reader_paths()


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else value


def _fence(text: str, language: str, indent: str = "") -> str:
    body = text.rstrip("\n")
    ticks = "`" * max(3, max((len(m) for m in re.findall(r"`{3,}", body)), default=0) + 1)
    lines = [f"{ticks}{language}", *body.split("\n"), ticks]
    return "\n".join(indent + line if line else line for line in lines)


def _markdown_cell(source: str, where: str) -> str:
    for heading in HEADING.findall(source):
        if not HEADING_ID.match(heading):
            raise NotebookError(
                f'{where}: heading {heading.strip()!r} has no id; end it with <a id="kebab-case-english-slug"></a>, '
                "the same in both languages"
            )
    return HEADING_ID.sub(lambda m: f"{m.group(1)} {{ #{m.group(2)} }}", source)


def figure_name(number: int) -> str:
    return f"figure-{number}.png"


def _outputs(cell, title: str, where: str, figures: list[bytes]) -> str:
    """The cell's outputs as one frame, or "" when it printed nothing; its figures go onto `figures`."""
    parts: list[str] = []
    indent = "    "
    for output in cell.get("outputs", []):
        kind = output["output_type"]
        if kind == "stream":
            parts.append(_fence(reader_paths(_text(output["text"])), "text", indent))
        elif kind in ("display_data", "execute_result"):
            data = output.get("data", {})
            if "image/png" in data:
                alt = cell.get("metadata", {}).get("mpdocs", {}).get("alt")
                if not alt:
                    raise NotebookError(
                        f'{where}: a figure without alt text; add "mpdocs": {{"alt": "what it shows"}} '
                        "to the cell's metadata, in the notebook's language"
                    )
                png = base64.b64decode(_text(data["image/png"]))
                width, height = struct.unpack(">II", png[16:24])  # the PNG header's IHDR chunk
                figures.append(png)
                alt = alt.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
                # --width: the stylesheet lets a figure shrink only so far (recorded-output.css), then scroll.
                # A span: inside the frame, Markdown puts raw HTML into a paragraph, where a div may not be.
                parts.append(
                    f'{indent}<span class="mpdocs-figure-box"><img class="mpdocs-figure" alt="{alt}" '
                    f'src="{figure_name(len(figures))}" width="{width}" height="{height}" '
                    f'style="--width: {width}px" loading="lazy"></span>'
                )
            elif "text/plain" in data:
                parts.append(_fence(reader_paths(_text(data["text/plain"])), "text", indent))
            else:
                raise NotebookError(f"{where}: an output of types {sorted(data)} the page cannot show")
        elif kind == "error":
            raise NotebookError(f"{where}: the stored run failed ({output.get('ename')}); re-run the notebook")
    if not parts:
        return ""
    return f'!!! output "{title}"\n\n' + "\n\n".join(parts)


def provenance(notebook: dict, where: str) -> dict:
    """Which Python, machine and day the stored outputs come from, read from the stored run itself."""
    stdout = "".join(
        _text(o.get("text", ""))
        for c in notebook["cells"]
        if c["cell_type"] == "code"
        for o in c.get("outputs", [])
        if o["output_type"] == "stream"
    )
    summary, platform = SUMMARY.search(stdout), PLATFORM.search(stdout)
    dates = sorted(
        c["metadata"]["execution"]["iopub.execute_input"][:10]
        for c in notebook["cells"]
        if c["cell_type"] == "code" and "execution" in c.get("metadata", {})
    )
    if not (summary and platform and dates):
        raise NotebookError(
            f"{where}: the stored run does not say where it ran (a `platform : ...` line, a PERF_SUMMARY "
            "line and execution times are expected): run `python -m tests.execute_notebooks`"
        )
    figures = json.loads(summary.group(1))
    return {
        "python": notebook["metadata"]["language_info"]["version"],
        "system": f"{platform.group(1)} {platform.group(2)} · {figures['usable_cpus']} CPU",
        "dates": " – ".join(sorted({dates[0], dates[-1]})),
    }


def to_markdown(notebook: dict, where: str) -> tuple[str, int, list[bytes]]:
    """(the page's Markdown, how many output frames it shows, its figures: figure-1.png ... beside it)."""
    run = provenance(notebook, where)
    title = f"Python {run['python']} · {run['system']}"
    blocks, frames, figures = [], 0, []
    for number, cell in enumerate(notebook["cells"]):
        at = f"{where}, cell {number}"
        source = _text(cell["source"])
        if cell["cell_type"] == "markdown":
            blocks.append(_markdown_cell(source, at))
        elif cell["cell_type"] == "code":
            blocks.append(_fence(source, "python"))
            shown = _outputs(cell, title, at, figures)
            if shown:
                blocks.append(shown)
                frames += 1
    return "\n\n".join(blocks) + "\n", frames, figures


def on_page_read_source(page, config, **kwargs):
    if not page.file.src_uri.endswith(".ipynb"):
        return None
    notebook = json.loads(page.file.content_string)
    markdown, frames, figures = to_markdown(notebook, f"docs/{page.file.src_uri}")
    page.notebook_outputs = (frames, provenance(notebook, page.file.src_uri), figures)
    return markdown


def on_page_markdown(markdown, page, config, **kwargs):
    if hasattr(page, "notebook_outputs"):
        frames, run, _ = page.notebook_outputs
        # recorded_outputs.py (listed before this hook) has counted the examples the page includes
        # (the exercises' solutions): the note tells the notebook's run and those apart.
        included = page.meta.get("recorded_outputs") or {}
        page.meta["recorded_outputs"] = {
            "count": frames + included.get("count", 0),
            "notebook_count": frames,
            "examples_count": included.get("count", 0),
            "pythons": run["python"],
            "systems": run["system"],
            "dates": run["dates"],
            "notebook": True,  # one run of the whole notebook, which CI re-executes and checks by shape
        }
    return markdown




def on_post_page(output, page, config, **kwargs):
    """The figures as PNG files beside the page: the stored bytes, kept out of the HTML (and so out of
    every step that parses it), loaded as the reader scrolls to them."""
    if hasattr(page, "notebook_outputs"):
        folder = Path(page.file.abs_dest_path).parent
        folder.mkdir(parents=True, exist_ok=True)
        for number, png in enumerate(page.notebook_outputs[2], 1):
            (folder / figure_name(number)).write_bytes(png)
    return output
