"""The committed OpenAPI document is what the gateway serves."""

import json
from pathlib import Path

from medstream_gateway.export_openapi import openapi_document, render

COMMITTED = Path(__file__).resolve().parents[2] / "schemas" / "openapi.json"


def test_committed_openapi_matches_the_code() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == render(openapi_document()), "run `make schemas`"


def test_every_contract_endpoint_is_documented() -> None:
    paths = json.loads(COMMITTED.read_text(encoding="utf-8"))["paths"]

    for path in (
        "/api/v1/queries",
        "/api/v1/sessions",
        "/api/v1/sessions/{session_id}",
        "/api/v1/sessions/{session_id}/feedback",
        "/api/v1/sessions/{session_id}/events",
        "/api/v1/charts/{chart_id}",
        "/api/v1/reports",
        "/api/v1/reports/{report_id}",
        "/health/live",
        "/health/ready",
        "/health",
    ):
        assert path in paths, path
