"""Who may see what: no token is 401, a wrong token is 401, another user's session is 404."""

import httpx
import pytest

pytestmark = pytest.mark.integration


def test_no_token_is_unauthorized(anonymous: httpx.Client) -> None:
    response = anonymous.post("/api/v1/queries", json={"question": "Top-5 diagnoses"})

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["detail"] == "missing bearer token"


def test_wrong_token_is_unauthorized(stack) -> None:
    with httpx.Client(base_url=stack.gateway_url) as client:
        response = client.get(
            "/api/v1/sessions/whatever", headers={"Authorization": "Bearer not-a-real-key"}
        )

    assert response.status_code == 401


def test_another_users_session_is_not_found(alice: httpx.Client, bob: httpx.Client) -> None:
    session_id = alice.post("/api/v1/queries", json={"question": "Top-5 diagnoses"}).json()[
        "session_id"
    ]

    assert alice.get(f"/api/v1/sessions/{session_id}").status_code == 200
    response = bob.get(f"/api/v1/sessions/{session_id}")
    assert response.status_code == 404
    assert (
        bob.post(f"/api/v1/sessions/{session_id}/feedback", json={"answer": "x"}).status_code == 404
    )


def test_bad_input_is_a_clear_422(alice: httpx.Client) -> None:
    response = alice.post("/api/v1/queries", json={"question": "", "extra": 1})

    assert response.status_code == 422
    body = response.json()
    assert body["status"] == 422
    fields = {error["field"] for error in body["errors"]}
    assert {"question", "extra"} <= fields
