"""Writes the gateway's OpenAPI document: ``python -m medstream_gateway.export_openapi <file>``.

The committed copy is the contract clients read without running the gateway; a test fails
when it differs from what the code serves.
"""

import json
import sys
from pathlib import Path
from typing import Any

from medstream_gateway.core.config import GatewaySettings
from medstream_gateway.main import create_app


def openapi_document() -> dict[str, Any]:
    return create_app(GatewaySettings()).openapi()


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "schemas/openapi.json")
    target.write_text(render(openapi_document()), encoding="utf-8")
    print(target)
