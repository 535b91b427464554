"""Where things live in the repository."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DOCS = ROOT / "docs"
SITECUSTOM = ROOT / "tests" / "sitecustom"
RECORD_COMMAND = "python -m tests.record"


def rel(path: Path) -> str:
    """A path as the reader sees it in messages: relative to the repository root."""
    return str(Path(path).resolve().relative_to(ROOT))
