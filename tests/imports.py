"""Which modules a fresh interpreter holds after some imports: the footprint tests (#21)
check that a service never loads what only some requests need."""

import json
import subprocess
import sys
from collections.abc import Sequence


def modules_loaded(imports: Sequence[str], prefixes: Sequence[str]) -> list[str]:
    """The loaded modules named by ``prefixes`` (a package and its submodules) after
    ``import``-ing ``imports`` in a new interpreter."""
    script = (
        "import json, sys\n"
        f"import {', '.join(imports)}\n"
        f"wanted = {tuple(prefixes)!r}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m in wanted or m.startswith("
        "tuple(p + '.' for p in wanted)))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded
