#!/usr/bin/env bash
# Makes sure uv is available and the workspace's locked Python environment is installed.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PATH="$HOME/.local/bin:$PATH"
if ! command -v uv >/dev/null; then
  echo "[bootstrap] installing uv from PyPI" >&2
  python3 -m pip install --quiet --user uv 2>/dev/null || python3 -m pip install --quiet uv
fi
cd "$REPO"
uv sync --frozen --all-groups --quiet
