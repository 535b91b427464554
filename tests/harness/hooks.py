"""The site's MkDocs hooks (overrides/hooks/*.py) as modules, loaded by path as MkDocs loads them."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from tests.harness.paths import ROOT


def load_hook(name: str) -> ModuleType:
    """overrides/hooks/<name>.py, freshly executed: a test may change its state without touching others'."""
    spec = importlib.util.spec_from_file_location(
        name, ROOT / "overrides" / "hooks" / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
