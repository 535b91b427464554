"""The Python versions the site claims, and where their interpreters are.

The examples run on every claimed version from a virtual environment `.venv-X.Y` at the
repository root that holds the examples' own requirements (requirements-examples.txt);
`bash tests/setup.sh --with-pythons` makes them (`--with-newest-python`: only the newest).
The suite itself (pytest, mkdocs) runs on its own interpreter, whatever version that is.
"""

from __future__ import annotations

import subprocess
from functools import cache

from .paths import ROOT

CLAIMED = (
    "3.15",
    "3.14",
    "3.13",
    "3.12",
    "3.11",
)  # newest first, as every page shows them
NEWEST = CLAIMED[0]  # what the README's test command runs the examples on
OTHERS = CLAIMED[1:]  # `pytest -m pythons` (.ci/run) runs the examples on these too


def interpreter(version: str) -> str:
    path = ROOT / f".venv-{version}" / "bin" / "python"
    if not path.exists():
        option = "--with-newest-python" if version == NEWEST else "--with-pythons"
        raise FileNotFoundError(
            f"no interpreter for Python {version} ({path.relative_to(ROOT)} is missing): run "
            f"`bash tests/setup.sh {option}`, which finds or provisions it (see tests/find_python.sh)"
        )
    return str(path)


@cache
def full_version(python: str) -> str:
    return subprocess.run(
        [python, "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def version_key(version: str) -> tuple[int, ...]:
    """Sort key for "3.15.2" or "3.15", so that newest-first ordering is numeric, not textual."""
    return tuple(int(part) for part in version.split("."))
