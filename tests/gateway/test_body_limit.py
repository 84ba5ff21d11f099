"""Too-large bodies: a 413 problem whether the length was declared or streamed in chunks."""

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from medstream_gateway.core.body_limit import BodyLimit
from medstream_gateway.core.errors import install_error_handlers
from pydantic import BaseModel

LIMIT = 1024
JSON = {"content-type": "application/json"}


class Question(BaseModel):
    question: str


@pytest.fixture
def client() -> TestClient:
    app = FastAPI()
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_body_size=LIMIT)

    @app.post("/echo")
    async def echo(body: Question) -> Question:
        return body

    @app.post("/refuse", status_code=401)
    async def refuse() -> None:
        """Answers without reading the body, like a request with a bad API key."""

    return TestClient(app)


def body_of(size: int) -> bytes:
    return Question(question="x" * size).model_dump_json().encode()


def chunks(body: bytes, size: int = 256) -> Iterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start : start + size]


@pytest.mark.parametrize("path", ["/echo", "/refuse"])
def test_a_declared_length_over_the_limit_is_a_413_problem(client: TestClient, path: str) -> None:
    response = client.post(path, content=body_of(2 * LIMIT), headers=JSON)

    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"].endswith(f"the limit is {LIMIT}")


def test_a_chunked_body_over_the_limit_is_a_413_problem(client: TestClient) -> None:
    response = client.post("/echo", content=chunks(body_of(2 * LIMIT)), headers=JSON)

    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("chunked", [False, True])
def test_a_body_within_the_limit_goes_through(client: TestClient, chunked: bool) -> None:
    body = body_of(LIMIT // 2)

    response = client.post("/echo", content=chunks(body) if chunked else body, headers=JSON)

    assert response.status_code == 200
    assert response.json()["question"] == "x" * (LIMIT // 2)
