"""Each example's title on a page: a link to its file in the repository, where it runs, and a download.

pymdownx.highlight renders ```python title="examples/ch05/x.py"``` as <span class="filename">…</span>;
here that becomes the file's link on GitHub (repo_url and the branch of edit_uri, from mkdocs.yml),
a badge saying where it runs (`platforms` in examples.toml, see tests/harness/platforms.py), and a
download link to the copy this hook puts into the built site (no third-party request for it).
"""

from __future__ import annotations

import html
import importlib.util
import re
import shutil
import tomllib
from pathlib import Path

TITLE = re.compile(r'<span class="filename">examples/(?P<path>[\w-]+(?:/[\w-]+)*/\w+\.py)</span>')
LABELS = {
    "zh": {
        "portable": ("跨平台", "在 Linux、macOS 和 Windows 上都能运行"),
        "posix": ("仅 POSIX", "只能在 Linux、macOS 等 POSIX 系统上运行：用到 fork、信号或僵尸进程等"),
        "linux": ("仅 Linux", "只能在 Linux 上运行：用到 /proc、/dev/shm、CPU 亲和性等 Linux 专有接口"),
        "source": "在 GitHub 上查看这个文件",
        "download": "下载",
        "download_title": "下载这个示例，用 python 直接运行",
    },
    "en": {
        "portable": ("portable", "Runs on Linux, macOS and Windows"),
        "posix": ("POSIX only", "Runs on POSIX systems such as Linux and macOS only: it uses fork, signals or zombies"),
        "linux": ("Linux only", "Runs on Linux only: it uses /proc, /dev/shm, CPU affinity or other Linux-only interfaces"),
        "source": "View this file on GitHub",
        "download": "Download",
        "download_title": "Download this example and run it with python",
    },
}

_state: dict = {}


def _examples_dir(config) -> Path:
    return Path(config["docs_dir"]).parent / "examples"


def _platforms_module(config):
    """tests/harness/platforms.py, loaded by path: the one place that says what each value means."""
    path = Path(config["docs_dir"]).parent / "tests" / "harness" / "platforms.py"
    spec = importlib.util.spec_from_file_location("mpdocs_platforms", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def on_config(config, **kwargs):
    platforms = _platforms_module(config)
    declared = {}
    examples = _examples_dir(config)
    for toml_path in sorted(examples.glob("**/examples.toml")):  # chapters and their subfolders (exercises/)
        folder = toml_path.parent.relative_to(examples).as_posix()
        with toml_path.open("rb") as handle:
            for stem, entry in tomllib.load(handle).items():
                declared[f"{folder}/{stem}.py"] = entry.get("platforms", platforms.DEFAULT)
    branch = (config.get("edit_uri") or "edit/main/").strip("/").split("/")
    _state.update(
        declared=declared,
        branch=branch[1] if len(branch) > 1 and branch[0] in ("edit", "blob") else "main",
    )
    return config


def _locale(page) -> str:
    return "en" if re.search(r"\.en\.[a-z]+$", page.file.src_uri) else "zh"


def on_page_content(content, page, config, **kwargs):
    labels = LABELS[_locale(page)]
    repo_url = (config.get("repo_url") or "").rstrip("/")  # read here: reader_pages.py may fill it in on_config
    to_root = "../" * page.url.count("/")  # directory URLs: "en/05-x/" is two levels below the site root

    def title(match: re.Match[str]) -> str:
        path = match.group("path")
        platform = _state["declared"].get(path)
        if platform is None:
            raise ValueError(f"{page.file.src_uri}: the title examples/{path} names no declared example")
        badge, explanation = labels[platform]
        name = f"examples/{path}"
        if repo_url:
            source = f'{repo_url}/blob/{_state["branch"]}/{name}'
            shown = f'<a class="mpdocs-source" href="{html.escape(source)}" title="{labels["source"]}">{name}</a>'
        else:  # no repository known (a local build without a GitHub remote): the name, unlinked
            shown = f'<span class="mpdocs-source">{name}</span>'
        return (
            f'<span class="filename mpdocs-example-title">{shown}'
            f'<span class="mpdocs-platform" data-platform="{platform}" title="{explanation}">{badge}</span>'
            f'<a class="mpdocs-download" href="{to_root}{name}" download="{Path(path).name}" '
            f'title="{labels["download_title"]}">{labels["download"]}</a></span>'
        )

    return TITLE.sub(title, content)


def on_post_build(config, **kwargs):
    """Every declared example, served by the site itself at /examples/<chapter>/<name>.py."""
    source, target = _examples_dir(config), Path(config["site_dir"]) / "examples"
    for path in _state.get("declared", {}):
        destination = target / path
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / path, destination)
