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
        "/api/v1/alerts",
        "/health/live",
        "/health/ready",
        "/health",
    ):
        assert path in paths, path


def test_the_v2_compatibility_routes_are_documented_as_deprecated() -> None:
    paths = json.loads(COMMITTED.read_text(encoding="utf-8"))["paths"]

    operations = [("/query", "post"), ("/feedback", "post"), ("/status/{session_id}", "get")]
    assert all(paths[path][method]["deprecated"] is True for path, method in operations)
    assert not any(
        operation.get("deprecated")
        for path, item in paths.items()
        if path.startswith("/api/v1")
        for operation in item.values()
    )


def test_health_answers_head_as_documented() -> None:
    paths = json.loads(COMMITTED.read_text(encoding="utf-8"))["paths"]

    assert all("head" in paths[path] for path in ("/health/live", "/health/ready", "/health"))
