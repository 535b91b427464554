"""Tell each page which recorded outputs it shows, so the theme can state their provenance.

The summary (how many outputs, on which Python versions and system, recorded when) goes into
page.meta["recorded_outputs"], which overrides/main.html turns into a note under the content.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

INCLUDE = re.compile(r'^\s*-{1,}8<-{1,}\s+"([^"]+\.out\.md)"', re.MULTILINE)


def on_page_markdown(markdown, page, config, **kwargs):
    base = Path(config["docs_dir"]).parent / "examples"
    views = INCLUDE.findall(markdown)
    if not views:
        return markdown
    pythons, systems, dates = set(), set(), set()
    for view in views:
        recording = json.loads((base / view).with_suffix("").with_suffix(".out.json").read_text(encoding="utf-8"))
        pythons.update(run["python"] for run in recording["runs"])
        systems.add(recording["system"])
        dates.add(recording["date"])
    page.meta["recorded_outputs"] = {
        "count": len(views),
        "pythons": ", ".join(sorted(pythons)),
        "systems": "; ".join(sorted(systems)),
        "dates": " – ".join(sorted(dates)[:: max(1, len(dates) - 1)]),
    }
    return markdown
