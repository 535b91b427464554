"""Execute the site's notebooks for real and store their outputs in place.

    python -m tests.execute_notebooks                               # every docs/*.ipynb
    python -m tests.execute_notebooks docs/08-performance.ipynb     # just these

This command is the only writer of a notebook's outputs (never edit them by hand): what a
notebook page shows always comes from a real run, on the machine its first cell describes.
Notebooks run one after another, never in parallel, because they measure the machine; and
since the stored figures should describe the machine rather than whatever else runs on it, the
command first waits (up to --wait seconds) for the 1-minute load average to fall below --max-load.

The kernel runs on the newest claimed Python, from .venv-3.15 (requirements-notebook-kernel.txt,
installed by `bash tests/setup.sh --with-newest-python`): a kernel spec for it is written to
.cache/jupyter-kernels/ each time, so that the notebooks, like the examples, show that Python's runs.
A notebook runs with docs/ as its working directory, as Jupyter itself would run it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from tests.harness import pythons
from tests.harness.paths import DOCS, ROOT, rel

KERNEL = "mpdocs-newest-python"
KERNEL_SPECS = ROOT / ".cache" / "jupyter-kernels"
TIMEOUT = 120  # seconds per cell
MARKER = "MPDOCS_NOTEBOOK_RUN"  # set in the kernel's environment: every process it starts inherits it


@dataclass
class Executed:
    notebook: nbformat.NotebookNode
    seconds: float


def kernel_env(marker: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "MPDOCS_"))
    }
    env["PYTHONDONTWRITEBYTECODE"] = (
        "1"  # importing examples/perf/perf_tasks.py leaves no __pycache__
    )
    env[MARKER] = marker
    return env


def kernel_manager() -> KernelManager:
    """A kernel on the newest claimed Python (its venv holds ipykernel), found through our own spec dir."""
    python = pythons.interpreter(pythons.NEWEST)
    spec = {
        "argv": [python, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": f"Python {pythons.NEWEST} (examples)",
        "language": "python",
    }
    folder = KERNEL_SPECS / KERNEL
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kernel.json").write_text(json.dumps(spec, indent=1), encoding="utf-8")
    specs = KernelSpecManager(
        kernel_dirs=[str(KERNEL_SPECS)], ensure_native_kernel=False
    )
    # At shutdown ipykernel SIGTERMs its children and waits for them to go, but multiprocessing's
    # resource tracker ignores SIGTERM and leaves only once the kernel has exited: the wait ends
    # when jupyter_client SIGTERMs the kernel, after half of shutdown_wait_time (default 5 s: 2.5 s
    # of nothing, measured). The tracker and fork server then exit as the kernel's pipes close.
    return KernelManager(
        kernel_name=KERNEL, kernel_spec_manager=specs, shutdown_wait_time=0.5
    )


def execute(
    notebook: nbformat.NotebookNode, cwd: Path = DOCS, marker: str = "execute_notebooks"
) -> Executed:
    """Run every cell in a fresh kernel; raises nbclient's CellExecutionError if a cell fails."""
    km = kernel_manager()
    client = NotebookClient(
        notebook,
        km=km,
        kernel_name=KERNEL,
        timeout=TIMEOUT,
        allow_errors=False,
        resources={"metadata": {"path": str(cwd)}},
    )
    start = time.perf_counter()
    try:
        client.execute(env=kernel_env(marker))
    finally:
        # nbclient shuts down only a kernel manager it created itself; this one is ours to stop.
        if km.has_kernel:
            km.shutdown_kernel()
    return Executed(notebook, time.perf_counter() - start)


def wait_for_quiet(max_load: float, wait: float) -> bool:
    deadline = time.monotonic() + wait
    while os.getloadavg()[0] >= max_load:
        if time.monotonic() > deadline:
            return False
        time.sleep(5)
    return True


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument(
        "--max-load",
        type=float,
        default=1.0,
        help="start below this load (default 1.0)",
    )
    parser.add_argument(
        "--wait", type=float, default=600, help="seconds to wait for it (default 600)"
    )
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.notebooks] or sorted(DOCS.glob("*.ipynb"))
    for path in paths:
        if not path.is_relative_to(ROOT):
            print(f"{path}: not a notebook of this site", file=sys.stderr)
            return 2
        if not wait_for_quiet(args.max_load, args.wait):
            print(
                f"load average still {os.getloadavg()[0]:.2f} after {args.wait:.0f} s: not executed; "
                "retry later, or raise --max-load",
                file=sys.stderr,
            )
            return 1
        result = execute(nbformat.read(path, as_version=4), cwd=path.parent)
        nbformat.validate(result.notebook)
        nbformat.write(result.notebook, path)
        print(f"executed {rel(path)} in {result.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
