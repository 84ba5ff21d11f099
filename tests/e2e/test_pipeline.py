"""A question through gateway → router → analytics → gateway on the real broker."""

import time

import duckdb
import httpx
import pytest

from tests.harness import wait_for_status

pytestmark = pytest.mark.integration


def test_question_is_answered_with_rows_from_the_warehouse(alice: httpx.Client, warehouse) -> None:
    response = alice.post(
        "/api/v1/queries", json={"question": "Top-3 diagnoses in Saint Petersburg in 2025"}
    )
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert accepted["status"] in {"created", "router_processing"}
    assert accepted["links"]["self"] == f"/api/v1/sessions/{accepted['session_id']}"

    session = wait_for_status(alice, accepted["session_id"], {"completed", "error"})

    assert session["status"] == "completed", session
    result = session["result"]
    assert result["columns"] == ["icd10_code", "diagnosis", "visits"]
    assert "SELECT" in result["sql"].upper()
    expected = (
        duckdb.connect(str(warehouse), read_only=True)
        .execute(
            """SELECT v.icd10_code, count(*) AS n FROM visits v
           WHERE v.city = 'Saint Petersburg' AND year(v.visit_date) = 2025
           GROUP BY v.icd10_code ORDER BY n DESC, v.icd10_code LIMIT 3"""
        )
        .fetchall()
    )
    assert [(row[0], row[2]) for row in result["rows"]] == [tuple(r) for r in expected]
    assert session["iteration"] == 0
    assert session["clarification"] is None


def test_clarification_round_trip(alice: httpx.Client) -> None:
    accepted = alice.post("/api/v1/queries", json={"question": "Saint Petersburg 2025"}).json()

    waiting = wait_for_status(alice, accepted["session_id"], {"waiting_feedback", "completed"})

    assert waiting["status"] == "waiting_feedback"
    assert waiting["iteration"] == 1
    assert waiting["clarification"]["options"], waiting
    feedback = alice.post(
        f"/api/v1/sessions/{accepted['session_id']}/feedback", json={"answer": "top 5 diagnoses"}
    )
    assert feedback.status_code == 202, feedback.text
    done = wait_for_status(alice, accepted["session_id"], {"completed", "error"})
    assert done["status"] == "completed", done
    assert len(done["result"]["rows"]) == 5
    assert "Saint Petersburg" in done["result"]["sql"]


def test_feedback_when_not_waiting_is_a_conflict(alice: httpx.Client) -> None:
    accepted = alice.post("/api/v1/queries", json={"question": "How many visits in Kazan?"}).json()
    wait_for_status(alice, accepted["session_id"], {"completed", "error"})

    response = alice.post(
        f"/api/v1/sessions/{accepted['session_id']}/feedback", json={"answer": "anything"}
    )

    assert response.status_code == 409
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "waiting_feedback" in response.json()["detail"]


def test_the_russian_question_from_the_issue(alice: httpx.Client, warehouse) -> None:
    accepted = alice.post(
        "/api/v1/queries", json={"question": "Топ-5 заболеваний в СПб за 2025 год?"}
    ).json()

    session = wait_for_status(alice, accepted["session_id"], {"completed", "error"})

    assert session["status"] == "completed", session
    result = session["result"]
    expected = (
        duckdb.connect(str(warehouse), read_only=True)
        .execute(
            """SELECT v.icd10_code, d.title_ru, count(*) AS n FROM visits v
           JOIN diagnoses d USING (icd10_code)
           WHERE v.city = 'Saint Petersburg' AND year(v.visit_date) = 2025
           GROUP BY ALL ORDER BY n DESC, v.icd10_code LIMIT 5"""
        )
        .fetchall()
    )
    assert [tuple(row) for row in result["rows"]] == [tuple(r) for r in expected]
    assert result["answer"].startswith("Топ-5 диагнозов по числу визитов (Санкт-Петербург")


def test_a_chosen_option_settles_an_ambiguous_district(alice: httpx.Client) -> None:
    accepted = alice.post(
        "/api/v1/queries", json={"question": "Сколько визитов в Кировском районе в 2025 году?"}
    ).json()
    waiting = wait_for_status(alice, accepted["session_id"], {"waiting_feedback", "completed"})
    assert waiting["status"] == "waiting_feedback", waiting
    kazan = next(o for o in waiting["clarification"]["options"] if "Казань" in o)

    alice.post(f"/api/v1/sessions/{accepted['session_id']}/feedback", json={"answer": kazan})
    done = wait_for_status(alice, accepted["session_id"], {"completed", "error"})

    assert done["status"] == "completed", done
    assert "'Kazan'" in done["result"]["sql"] and "'Kirovsky'" in done["result"]["sql"]


def test_an_out_of_scope_question_is_answered_politely(alice: httpx.Client) -> None:
    accepted = alice.post("/api/v1/queries", json={"question": "What's the weather?"}).json()

    session = wait_for_status(alice, accepted["session_id"], {"completed", "error"})

    assert session["status"] == "completed", session
    assert session["result"]["sql"] is None
    assert session["result"]["rows"] == []
    assert "I can only answer questions" in session["result"]["answer"]


def test_a_follow_up_in_the_same_session_reuses_the_previous_question(
    alice: httpx.Client, warehouse
) -> None:
    first = alice.post(
        "/api/v1/queries", json={"question": "How many flu visits were there in Kazan in 2023?"}
    ).json()
    wait_for_status(alice, first["session_id"], {"completed"})
    follow = alice.post(
        "/api/v1/queries", json={"question": "And in Moscow?", "session_id": first["session_id"]}
    )
    assert follow.status_code == 202, follow.text

    deadline = time.monotonic() + 30
    session: dict = {}
    while time.monotonic() < deadline:
        session = wait_for_status(alice, first["session_id"], {"completed", "error"})
        if "Moscow" in (session.get("result") or {}).get("sql", ""):
            break
        time.sleep(0.1)
    expected = (
        duckdb.connect(str(warehouse), read_only=True)
        .execute(
            "SELECT count(*) FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2023 "
            "AND icd10_code IN ('J09', 'J10', 'J11')"
        )
        .fetchone()
    )
    assert session["status"] == "completed", session
    assert "Kazan" not in session["result"]["sql"]
    assert session["result"]["rows"] == [[expected[0]]]
