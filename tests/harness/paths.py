"""Where things live in the repository."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DOCS = ROOT / "docs"
SITECUSTOM = ROOT / "tests" / "sitecustom"
RECORD_COMMAND = "python -m tests.record"


def rel(path: Path) -> str:
    """A path as the reader sees it in messages: relative to the repository root (absolute if outside it)."""
    resolved = Path(path).resolve()
    return (
        str(resolved.relative_to(ROOT))
        if resolved.is_relative_to(ROOT)
        else str(resolved)
    )
