"""Where `mkdocs build` spends its time: each plugin's and hook's events, Markdown, templates, the rest.

    .venv/bin/python -m tests.build_timing [mkdocs build options]     # e.g. --strict -q -d /tmp/site

Runs one build in this process and prints CPU seconds per part, largest first (CPU time, not wall
time: the build runs on one core, so on an idle machine the two agree, and on a shared one CPU time
is what stays put). Time spent inside a
nested build (mkdocs-static-i18n builds the English site from the Chinese build's on_post_build) is
counted in its own parts, not twice. The last line is the whole process's CPU time; the difference from the
parts is start-up (imports before the build) and what no part covers.
"""

from __future__ import annotations

import collections
import sys
import time

START = time.process_time()

from mkdocs import plugins
from mkdocs.__main__ import cli
from mkdocs.commands import build
from mkdocs.structure import pages

spent: collections.Counter[str] = collections.Counter()
running: list[list] = []  # [label, started, seconds spent in parts inside it]


def timed(label: str, function):
    def run(*args, **kwargs):
        running.append([label, time.process_time(), 0.0])
        try:
            return function(*args, **kwargs)
        finally:
            _, started, inner = running.pop()
            total = time.process_time() - started
            spent[label] += total - inner
            if running:
                running[-1][2] += total

    return run


def run_event(self, name, item=None, **kwargs):
    """mkdocs' PluginCollection.run_event, each method timed under the name of its plugin."""
    pass_item = item is not None
    for method in self.events[name]:
        origin = self._event_origins.get(method, "<unknown>")
        method = timed(f"{origin}.on_{name}", method)
        result = method(item, **kwargs) if pass_item else method(**kwargs)
        if result is not None:
            item = result
    return item


def main(argv: list[str]) -> None:
    plugins.PluginCollection.run_event = run_event
    pages.Page.render = timed("Markdown to HTML (Page.render)", pages.Page.render)
    build._build_theme_template = timed(
        "theme templates (404, sitemap)", build._build_theme_template
    )
    build._build_page = timed("page templates and writing", build._build_page)
    build.build = timed("mkdocs itself (files, nav, copying)", build.build)
    imported = time.process_time() - START
    try:
        cli(["build", *argv], standalone_mode=False)
    finally:
        for label, seconds in spent.most_common():
            if seconds >= 0.05:
                print(f"{seconds:6.2f} s CPU  {label}", file=sys.stderr)
        print(f"{imported:6.2f} s CPU  importing mkdocs", file=sys.stderr)
        print(
            f"{time.process_time():6.2f} s CPU  in all (this process, start-up included)",
            file=sys.stderr,
        )


if __name__ == "__main__":
    main(sys.argv[1:])
