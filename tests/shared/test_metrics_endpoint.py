"""``GET /metrics`` answers at exactly that path, in the Prometheus text format."""

from medstream_shared.metrics import metrics_endpoint
from starlette.applications import Starlette
from starlette.routing import Route
from starlette.testclient import TestClient


def test_metrics_answer_without_a_redirect() -> None:
    client = TestClient(Starlette(routes=[Route("/metrics", metrics_endpoint)]))

    response = client.get("/metrics", follow_redirects=False)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    assert "medstream_sql_query_duration_seconds" in response.text
