"""Serve mermaid from the site itself: unpack the pinned npm package into docs/assets/vendor/mermaid.

Runs before every build (and `mkdocs serve`); does nothing when the pinned version is already
there. Uses `npm pack`, so the package comes from the npm registry as configured on the machine,
and checks the tarball against the integrity hash the registry published for this version.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError

MERMAID_VERSION = "12.3.0"
MERMAID_SHA512 = "4113TdXeLAsMruJ79OpFL5O8+LTFXhQqZ260rF3tgUmiNAtRm4Uume04I+65PRN6yZ69J4f8rVYWW8zRk65UYw=="
# The ES module entry point and the chunks it imports lazily, diagram type by diagram type.
WANTED = ("package/dist/mermaid.esm.min.mjs", "package/dist/chunks/mermaid.esm.min/", "package/LICENSE")


def _target(config) -> Path:
    return Path(config["docs_dir"]) / "assets" / "vendor" / "mermaid"


def _unpack(tarball: Path, target: Path) -> None:
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    with tarfile.open(tarball) as archive:
        for member in archive.getmembers():
            if member.isfile() and member.name.startswith(WANTED) and not member.name.endswith(".map"):
                relative = member.name.removeprefix("package/").removeprefix("dist/")
                destination = staging / relative
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(archive.extractfile(member).read())
    (staging / "VERSION").write_text(MERMAID_VERSION + "\n")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)


def on_pre_build(config, **kwargs) -> None:
    target = _target(config)
    stamp = target / "VERSION"
    if stamp.exists() and stamp.read_text().strip() == MERMAID_VERSION:
        return
    if shutil.which("npm") is None:
        raise PluginError("npm is needed once to fetch the pinned mermaid package (install Node.js and npm)")
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run(
            ["npm", "pack", f"mermaid@{MERMAID_VERSION}", "--silent"], cwd=scratch, capture_output=True, text=True,
            check=False,  # its failure is reported below, with npm's message
        )
        if done.returncode != 0:
            raise PluginError(f"npm pack mermaid@{MERMAID_VERSION} failed:\n{done.stderr}")
        tarball = Path(scratch) / done.stdout.strip().splitlines()[-1]
        digest = base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
        if digest != MERMAID_SHA512:
            raise PluginError(f"mermaid@{MERMAID_VERSION} tarball does not match its pinned sha512")
        _unpack(tarball, target)
