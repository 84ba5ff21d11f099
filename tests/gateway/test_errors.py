"""Error responses: a backing service out of reach is a 503 to retry, anything else a 500."""

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from medstream_gateway.core.errors import install_error_handlers
from pymongo.errors import ServerSelectionTimeoutError
from redis.exceptions import ConnectionError as RedisConnectionError


def client_raising(exc: Exception) -> TestClient:
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/boom")
    async def boom() -> None:
        raise exc

    return TestClient(app, raise_server_exceptions=False)


@pytest.mark.parametrize(
    "outage",
    [ServerSelectionTimeoutError("127.0.0.1:27017: refused"), RedisConnectionError("refused")],
)
def test_an_unreachable_dependency_is_a_503_with_retry_after(outage: Exception) -> None:
    response = client_raising(outage).get("/boom")

    assert response.status_code == 503
    assert response.headers["retry-after"] == "5"
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "try again" in response.json()["detail"]


def test_a_bug_is_still_a_500() -> None:
    response = client_raising(ValueError("oops")).get("/boom")

    assert response.status_code == 500
    assert "oops" not in response.text
