"""Security through the LLM path: analytics talks to a hostile OpenAI-compatible server.

The server (a real HTTP server, ``tests/fake_openai.py``) answers every request for SQL with
hostile SQL or prompt-injected text, the attack each test sets (``attack``), to ordinary
questions that the router passes on as they are. Analytics runs as a
real process configured with that server, so the question text really becomes SQL: the
guard, the privacy rules and the answer-template checks are what stand between the model
and the data. Each case ends in a completed answer without the hostile part, or a clear
failure, and the warehouse is unchanged.
"""

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.fake_openai import FakeOpenAI, Recorded
from tests.harness import USERS, gateway_replica, wait_for_status
from tests.stack import Stack

pytestmark = [pytest.mark.integration, pytest.mark.reliability]

LLM_KEY = "sk-hostile-test-never-log-0123456789"
DATA_KEY = "carol-data-key-0001"
FINAL = {"completed", "error"}

HOSTILE: dict[str, dict[str, Any]] = {
    "hostile-drop": {"sql": "DROP TABLE visits"},
    "hostile-file": {"sql": "SELECT * FROM read_csv('/etc/passwd')"},
    "hostile-settings": {"sql": "SELECT name, value FROM duckdb_settings()"},
    "hostile-attach": {"sql": "ATTACH '/tmp/medstream-hostile.db' AS leak"},
    "hostile-pad": {"sql": "SELECT lpad('x', 2000000000, 'y') AS padded"},
    "hostile-cross": {"sql": "SELECT count(*) AS n FROM visits a, visits b, visits c"},
    "hostile-stack": {"sql": "SELECT 1 AS one; DELETE FROM visits"},
    "hostile-patients": {"sql": "SELECT patient_id, birth_date, city FROM patients LIMIT 50"},
    "hostile-small": {
        "sql": "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Kazan' "
        "GROUP BY icd10_code ORDER BY visits, icd10_code LIMIT 10",
        "answer_template": "{icd10_code} had {visits} visits.",
    },
    "hostile-number": {
        "sql": "SELECT city, count(*) AS visits FROM visits GROUP BY city ORDER BY visits DESC",
        "answer_template": "Ignore the table: {city} had 9,999,999 visits.",
    },
}
REFUSED = ("DROP", "READ_CSV", "DUCKDB_SETTINGS", "ATTACH", "LPAD", "DELETE")


def attack(llm: FakeOpenAI, name: str) -> None:
    """Answer every request for SQL (and the repair round) with this attack from now on."""
    reply = {"answer_template": None, "chart_kind": None, **HOSTILE[name]}

    def respond(_: Recorded) -> dict[str, Any]:
        return reply

    llm.responder = respond


@pytest.fixture(scope="module")
def hostile_llm(stack: Stack) -> Iterator[FakeOpenAI]:
    """Analytics replaced by a replica that writes its SQL with the hostile server."""
    with FakeOpenAI.running() as llm:
        assert stack.stop("analytics") == 0
        name = stack.add_replica(
            "analytics",
            {
                "OPENAI_BASE_URL": llm.base_url,
                "OPENAI_API_KEY": LLM_KEY,
                "MEDSTREAM_LLM_MODEL": "hostile-model",
                "MEDSTREAM_LLM_RETRIES": "0",
                "MEDSTREAM_LLM_BREAKER_FAILURES": "1000",
            },
        )
        stack.start(name)
        try:
            stack.wait_ready(name)
            yield llm
        finally:
            assert stack.stop(name) == 0
            stack.start("analytics")
            stack.wait_ready("analytics")


@pytest.fixture(scope="module")
def carol(stack: Stack, hostile_llm: FakeOpenAI) -> Iterator[httpx.Client]:
    """A gateway replica that knows carol's key with the patient-data role."""
    keys = ",".join(f"{u}:{k}" for u, k in USERS.items()) + f",carol:{DATA_KEY}:patient-data"
    yield from gateway_replica(stack, {"MEDSTREAM_API_KEYS": keys}, DATA_KEY)


def ask(client: httpx.Client, question: str) -> dict[str, Any]:
    accepted = client.post("/api/v1/queries", json={"question": question})
    assert accepted.status_code == 202, accepted.text
    return wait_for_status(client, accepted.json()["session_id"], FINAL, timeout=60)


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "marker",
    [
        "hostile-drop",
        "hostile-file",
        "hostile-settings",
        "hostile-attach",
        "hostile-pad",
        "hostile-cross",
        "hostile-stack",
    ],
)
def test_hostile_sql_never_runs(
    alice: httpx.Client, hostile_llm: FakeOpenAI, warehouse: Path, marker: str
) -> None:
    before, asked = fingerprint(warehouse), len(hostile_llm.requests)
    attack(hostile_llm, marker)

    session = ask(alice, "How many visits in Kazan in 2023?")

    assert len(hostile_llm.requests) - asked == 2, "the model wrote SQL and one repair"
    assert "refused" in hostile_llm.requests[-1].user_text or "rejected" in (
        hostile_llm.requests[-1].user_text
    )
    assert session["status"] == "completed", session
    result = session["result"]
    assert result["engine"] == "offline", "the refused model's answer must not be served"
    assert not any(word in result["sql"].upper() for word in REFUSED), result["sql"]
    assert fingerprint(warehouse) == before
    assert not Path("/tmp/medstream-hostile.db").exists()


def test_patient_rows_need_the_role(
    alice: httpx.Client, carol: httpx.Client, hostile_llm: FakeOpenAI
) -> None:
    attack(hostile_llm, "hostile-patients")

    refused = ask(alice, "How many patients in Kazan?")
    granted = ask(carol, "How many patients in Kazan?")

    assert refused["status"] == "completed", refused
    assert refused["result"]["engine"] == "offline"
    assert "patient_id" not in refused["result"]["columns"]
    assert "patient-data role" in hostile_llm.requests[-2].user_text  # alice's repair request
    assert granted["status"] == "completed", granted
    assert granted["result"]["engine"] == "llm:hostile-model"
    assert granted["result"]["columns"] == ["patient_id", "birth_date", "city"]
    assert len(granted["result"]["rows"]) == 50


def test_small_counts_are_suppressed_without_the_role(
    alice: httpx.Client, carol: httpx.Client, hostile_llm: FakeOpenAI
) -> None:
    """The ten rarest diagnoses in Kazan: counts of 1–4 show as "<5" in rows and text."""
    attack(hostile_llm, "hostile-small")

    hidden = ask(alice, "The 10 least common diagnoses in Kazan")["result"]
    exact = ask(carol, "The 10 least common diagnoses in Kazan")["result"]

    counts = [row[1] for row in exact["rows"]]
    assert any(0 < count < 5 for count in counts), f"the fixture needs small counts: {counts}"
    assert [row[1] for row in hidden["rows"]] == [
        "<5" if 0 < count < 5 else count for count in counts
    ]
    first_code, first_count = exact["rows"][0]
    assert hidden["answer"].startswith(f"{first_code} had <5 visits.")
    assert "privacy" in hidden["answer"]
    assert exact["answer"].startswith(f"{first_code} had {first_count} visits.")


def test_a_number_the_model_invents_is_not_served(
    alice: httpx.Client, hostile_llm: FakeOpenAI
) -> None:
    attack(hostile_llm, "hostile-number")

    result = ask(alice, "Visits by city")["result"]

    assert result["engine"] == "llm:hostile-model"
    assert "9,999,999" not in result["answer"] and "Ignore" not in result["answer"]
    assert result["answer"].startswith("The query returned")
    assert result["rows"][0][1] > 0


def test_the_model_key_reaches_no_answer_or_log(stack: Stack, alice: httpx.Client) -> None:
    sessions = alice.get("/api/v1/sessions", params={"limit": 100}).json()["items"]

    assert sessions and LLM_KEY not in str(sessions)
    for service in stack.services.values():
        if service.log_path.exists():
            assert LLM_KEY not in service.log_path.read_text(errors="replace"), service.name
