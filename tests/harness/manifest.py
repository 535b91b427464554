"""Each examples/<chapter>/examples.toml declares how the suite runs the examples of that folder
(a subfolder, such as examples/<chapter>/exercises/, has its own examples.toml).

One table per example script (named after the file without .py):

    [pid_and_ppid]
    start_methods = ["fork", "spawn", "forkserver"]  # [] = uses no start method, or sets its own
    volatile = ["seconds"]      # named patterns from normalize.py, replaced before comparing
    order = "exact"             # or "relaxed": concurrent lines, compared as a multiset
    exit_code = 0               # what the script is meant to exit with
    timeout = 10                # seconds before the whole process tree is killed
    per_python = false          # true: output differs between Python versions, record each
    patterns = [["regex", "replacement"]]  # extra, example-specific volatile values
    exclusive_cpu = false       # true: a measurement that needs the machine to itself in the suite
    requires_python = "3.14"    # the oldest claimed Python it runs on (an API new in that version)
    platforms = "portable"      # or "posix", "linux" (the default): where it runs, see platforms.py
    system_tmpdir = false       # true: its output shows a temporary path, so it runs with the machine's
                                # temporary directory instead of a fresh one of its own (tests/harness/
                                # runner.py), and what it leaves there goes unchecked
    leaves_pymp_dir = false     # true: its main process is killed by a signal on purpose, so
                                # multiprocessing's exit handler never removes its pymp-* directory
                                # (the fork server's socket): not reported, removed all the same
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from . import platforms as platforms_module
from . import pythons
from .normalize import NAMED_PATTERNS
from .paths import EXAMPLES, rel

START_METHODS = ("fork", "spawn", "forkserver")
KEYS = {
    "start_methods",
    "volatile",
    "order",
    "exit_code",
    "timeout",
    "per_python",
    "patterns",
    "exclusive_cpu",
    "requires_python",
    "platforms",
    "system_tmpdir",
    "leaves_pymp_dir",
}


class ManifestError(Exception):
    pass


@dataclass(frozen=True)
class Example:
    script: Path
    start_methods: tuple[str, ...]
    volatile: tuple[str, ...] = ()
    order: str = "exact"
    exit_code: int = 0
    timeout: float = 10.0
    per_python: bool = False
    patterns: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    exclusive_cpu: bool = False
    requires_python: str | None = None
    platforms: str = platforms_module.DEFAULT
    system_tmpdir: bool = (
        False  # not in the fingerprint: a changed path shows in the output comparison
    )
    leaves_pymp_dir: bool = False  # nor this: it changes no output

    @property
    def name(self) -> str:
        return rel(self.script)

    @property
    def recording(self) -> Path:
        return self.script.with_suffix(".out.json")

    @property
    def view(self) -> Path:
        return self.script.with_suffix(".out.md")

    @property
    def excused_leftovers(self) -> tuple[str, ...]:
        """Name prefixes the runner may find left in the example's temporary directory."""
        return ("pymp-",) if self.leaves_pymp_dir else ()

    @property
    def methods_to_run(self) -> tuple[str | None, ...]:
        """None means: run once, without imposing a start method."""
        return self.start_methods or (None,)

    def runs_on(self, version: str) -> bool:
        """Whether the example is meant to run on Python `version` (X.Y): not older than requires_python."""
        if self.requires_python is None:
            return True
        return pythons.version_key(version) >= pythons.version_key(self.requires_python)

    @property
    def versions_to_record(self) -> tuple[str, ...]:
        """Every claimed version where outputs differ (per_python), or where an example that needs a
        newer Python runs (identical runs then share one block naming them all); else the newest."""
        every = self.per_python or self.requires_python is not None
        return tuple(
            v
            for v in (pythons.CLAIMED if every else (pythons.NEWEST,))
            if self.runs_on(v)
        )

    def fingerprint(self) -> str:
        """Changes whenever the script or how it is run changes: a recording older than it is stale."""
        declared = json.dumps(
            [
                self.start_methods,
                self.volatile,
                self.order,
                self.exit_code,
                self.per_python,
                self.patterns,
            ]
            + ([self.requires_python] if self.requires_python else [])
        )
        digest = hashlib.sha256(self.script.read_bytes())
        digest.update(declared.encode())
        return digest.hexdigest()


def _parse_entry(toml_path: Path, stem: str, entry: dict) -> Example:
    where = f"{rel(toml_path)} [{stem}]"
    unknown = set(entry) - KEYS
    if unknown:
        raise ManifestError(
            f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(KEYS)}"
        )
    if "start_methods" not in entry:
        raise ManifestError(
            f'{where}: declare start_methods, e.g. ["fork", "spawn", "forkserver"], or [] when the '
            "example uses no multiprocessing start method or chooses its own"
        )
    methods = tuple(entry["start_methods"])
    bad = [m for m in methods if m not in START_METHODS]
    if bad:
        raise ManifestError(
            f"{where}: unknown start methods {bad}; use {list(START_METHODS)}"
        )
    volatile = tuple(entry.get("volatile", ()))
    unknown_volatile = [v for v in volatile if v not in NAMED_PATTERNS]
    if unknown_volatile:
        raise ManifestError(
            f"{where}: unknown volatile names {unknown_volatile}; known: {sorted(NAMED_PATTERNS)}"
        )
    order = entry.get("order", "exact")
    if order not in ("exact", "relaxed"):
        raise ManifestError(
            f'{where}: order must be "exact" or "relaxed", not {order!r}'
        )
    requires = entry.get("requires_python")
    if requires is not None and str(requires) not in pythons.CLAIMED:
        raise ManifestError(
            f"{where}: requires_python = {requires!r} is not a claimed version {list(pythons.CLAIMED)}"
        )
    platforms = entry.get("platforms", platforms_module.DEFAULT)
    if platforms not in platforms_module.PLATFORMS:
        raise ManifestError(
            f"{where}: platforms = {platforms!r}; use one of {list(platforms_module.PLATFORMS)} "
            "(see tests/harness/platforms.py)"
        )
    if entry.get("leaves_pymp_dir") and int(entry.get("exit_code", 0)) >= 0:
        raise ManifestError(
            f"{where}: leaves_pymp_dir = true is only for an example whose main process is killed by a "
            "signal (a negative exit_code); otherwise let it exit normally, so that its exit handler removes the directory"
        )
    script = toml_path.parent / f"{stem}.py"
    if not script.exists():
        raise ManifestError(
            f"{where}: no script {rel(script)}; remove the table or add the script"
        )
    return Example(
        script=script,
        start_methods=methods,
        volatile=volatile,
        order=order,
        exit_code=int(entry.get("exit_code", 0)),
        timeout=float(entry.get("timeout", 10)),
        per_python=bool(entry.get("per_python", False)),
        patterns=tuple((str(a), str(b)) for a, b in entry.get("patterns", ())),
        exclusive_cpu=bool(entry.get("exclusive_cpu", False)),
        requires_python=None if requires is None else str(requires),
        platforms=platforms,
        system_tmpdir=bool(entry.get("system_tmpdir", False)),
        leaves_pymp_dir=bool(entry.get("leaves_pymp_dir", False)),
    )


def load_examples(root: Path = EXAMPLES) -> list[Example]:
    """All declared examples; every script must be declared, every declaration must have a script."""
    examples = []
    for toml_path in sorted(root.glob("**/examples.toml")):
        with toml_path.open("rb") as handle:
            try:
                tables = tomllib.load(handle)
            except tomllib.TOMLDecodeError as error:
                raise ManifestError(f"{rel(toml_path)}: {error}") from error
        examples += [
            _parse_entry(toml_path, stem, entry) for stem, entry in tables.items()
        ]
    declared = {ex.script for ex in examples}
    for script in sorted(root.glob("**/*.py")):
        if script not in declared:
            raise ManifestError(
                f"{rel(script)} is not declared: add a [{script.stem}] table to "
                f"{rel(script.parent / 'examples.toml')} (see tests/harness/manifest.py)"
            )
    return examples
