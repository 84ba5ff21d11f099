"""docker-compose.yml as `docker compose config` would see it, without Docker.

Compose parses the YAML (anchors and merge keys included), then interpolates `${…}` in every
string value from the environment. This module does the same for the forms the file uses:
`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}` and
`$$` for a literal dollar.
"""

import re
from collections.abc import Mapping
from typing import Any

import yaml

from tests.deploy.tooling import COMPOSE_FILE

_VARIABLE = re.compile(
    r"\$(?:(?P<escaped>\$)|\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}"
    r"|(?P<bare>[A-Za-z_][A-Za-z0-9_]*))"
)

# What the compose file requires with ${VAR:?}: a quickstart must set exactly these.
REQUIRED_FOR_TESTS = {
    "MEDSTREAM_API_KEYS": "dev:test-key",
    "MEDSTREAM_JWT_SECRET": "test-jwt-secret-0123456789abcdef0123",
    "GRAFANA_ADMIN_PASSWORD": "test-password",
}


class MissingVariable(ValueError):
    pass


def interpolate(text: str, environ: Mapping[str, str]) -> str:
    def substitute(match: re.Match[str]) -> str:
        if match["escaped"]:
            return "$"
        name = match["braced"] or match["bare"]
        value, op, arg = environ.get(name), match["op"] or "", match["arg"] or ""
        unset = value is None or (op.startswith(":") and value == "")
        if op.endswith("-") and unset:
            return arg
        if op.endswith("?") and unset:
            raise MissingVariable(f"{name}: {arg}")
        return value or ""

    return _VARIABLE.sub(substitute, text)


def _walk(node: Any, environ: Mapping[str, str]) -> Any:
    if isinstance(node, str):
        return interpolate(node, environ)
    if isinstance(node, dict):
        return {key: _walk(value, environ) for key, value in node.items()}
    if isinstance(node, list):
        return [_walk(item, environ) for item in node]
    return node


def load_compose(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The compose model after interpolation (the required secrets set unless told otherwise)."""
    raw = yaml.safe_load(COMPOSE_FILE.read_text())
    model: dict[str, Any] = _walk(raw, REQUIRED_FOR_TESTS if environ is None else environ)
    return model


def required_variables() -> set[str]:
    """Variables used as ${VAR:?…} / ${VAR?…}: compose refuses to start without them."""
    text = COMPOSE_FILE.read_text()
    return {m["braced"] for m in _VARIABLE.finditer(text) if (m["op"] or "").endswith("?")}


def duration_seconds(value: str) -> float:
    """A compose duration such as ``30s``, ``1m30s`` or ``500ms``, in seconds."""
    units = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001, "us": 1e-6}
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|us|h|m|s)", value)
    assert parts and "".join(n + u for n, u in parts) == value, f"not a duration: {value}"
    return sum(float(number) * units[unit] for number, unit in parts)
