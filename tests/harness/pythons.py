"""The Python versions the site claims, and where their interpreters are.

The default interpreter is the one running the suite. Every other claimed version runs the
examples from a virtual environment `.venv-X.Y` at the repository root that holds the examples'
own requirements (requirements-examples.txt); `.ci/run` creates them from pyenv.
"""

from __future__ import annotations

import subprocess
import sys
from functools import cache

from .paths import ROOT

CLAIMED = ("3.11", "3.12", "3.13")
DEFAULT = f"{sys.version_info.major}.{sys.version_info.minor}"
EXTRA = tuple(v for v in CLAIMED if v != DEFAULT)


def interpreter(version: str) -> str:
    if version == DEFAULT:
        return sys.executable
    path = ROOT / f".venv-{version}" / "bin" / "python"
    if not path.exists():
        raise FileNotFoundError(
            f"no interpreter for Python {version}: create it with "
            f"`python{version} -m venv .venv-{version} && .venv-{version}/bin/pip install -r requirements-examples.txt` "
            "(.ci/run does this from pyenv)"
        )
    return str(path)


@cache
def full_version(python: str) -> str:
    if python == sys.executable:
        return ".".join(map(str, sys.version_info[:3]))
    return subprocess.run(
        [python, "-c", "import platform; print(platform.python_version())"], capture_output=True, text=True, check=True
    ).stdout.strip()

