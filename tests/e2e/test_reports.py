"""Reports over REST and over Kafka alone, idempotent, cached, and safe with bad input."""

import asyncio
import json
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from cloudevents.core.bindings.kafka import from_binary_event
from pymongo import MongoClient

from tests.e2e.test_event_contract import read_all
from tests.harness import KAFKA, MONGO
from tests.stack import Stack

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = {
    "language": "en",
    "patient": {"age": 67, "sex": "M", "height_cm": 178, "weight_kg": 92},
    "complaints": ["shortness of breath"],
    "history": ["hypertension"],
    "medications": ["lisinopril"],
    "vitals": {
        "systolic_bp": 190,
        "diastolic_bp": 120,
        "heart_rate": 118,
        "temperature_c": 39.8,
        "respiratory_rate": 28,
        "spo2": 88,
    },
    "labs": [{"name": "glucose", "value": 14.2, "unit": "mmol/L"}],
}


def wait_for_report(client: httpx.Client, report_id: str, timeout: float = 30) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    body: dict[str, Any] = {}
    while time.monotonic() < deadline:
        response = client.get(f"/api/v1/reports/{report_id}")
        if response.status_code == 200:
            body = response.json()
            if body["status"] != "pending":
                return body
        time.sleep(0.1)
    raise AssertionError(f"report {report_id} still pending: {body}")


def test_rest_round_trip(alice: httpx.Client, bob: httpx.Client) -> None:
    accepted = alice.post("/api/v1/reports", json=EXAMPLE)
    assert accepted.status_code == 202, accepted.text

    report = wait_for_report(alice, accepted.json()["report_id"])

    assert report["status"] == "ready"
    assert report["user_id"] == "alice"
    assert report["red_flags"], report
    assert any(f["out_of_range"] for f in report["findings"])
    assert "clinician" in report["disclaimer"].lower()
    assert bob.get(f"/api/v1/reports/{report['report_id']}").status_code == 404
    listed = alice.get("/api/v1/reports").json()["items"]
    assert report["report_id"] in [item["report_id"] for item in listed]


def test_kafka_only_round_trip_with_the_documented_example(stack: Stack) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "examples/report_over_kafka.py"),
            "--bootstrap",
            KAFKA,
            "--topic-prefix",
            stack.topic_prefix,
            "--user-id",
            "ward-7",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["type"] == "medstream.report.generated"
    assert answer["data"]["user_id"] == "ward-7"
    assert answer["data"]["red_flags"]


def test_same_request_id_twice_gives_one_report(alice: httpx.Client, stack: Stack) -> None:
    request_id = f"dup-{uuid.uuid4()}"
    first = alice.post("/api/v1/reports", json={**EXAMPLE, "request_id": request_id}).json()
    wait_for_report(alice, first["report_id"])

    second = alice.post("/api/v1/reports", json={**EXAMPLE, "request_id": request_id}).json()
    # The repeat has been handled once it is answered too (a new request event, so a new
    # answer event id: the report id is what stays the same).
    answers = _answers_on_the_topic(stack, request_id, count=2)

    assert {event.get_data()["report_id"] for event in answers} == {first["report_id"]}
    assert second["report_id"] == first["report_id"]
    with MongoClient(MONGO) as client:
        stored = client[stack.database("reports")]["medical_reports"]
        assert stored.count_documents({"request_id": request_id}) == 1


def test_identical_input_within_ttl_is_served_from_cache(alice: httpx.Client, stack: Stack) -> None:
    body = {**EXAMPLE, "complaints": [f"cough {uuid.uuid4().hex[:6]}"]}
    first = wait_for_report(alice, alice.post("/api/v1/reports", json=body).json()["report_id"])
    second = wait_for_report(alice, alice.post("/api/v1/reports", json=body).json()["report_id"])

    assert second["report_id"] != first["report_id"]
    assert second["summary"] == first["summary"]
    with MongoClient(MONGO) as client:
        stored = client[stack.database("reports")]["medical_reports"]
        doc = stored.find_one({"report_id": second["report_id"]})
        assert doc is not None and doc["cached_from"] == first["report_id"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"patient": {"age": 40}}, "patient.sex"),
        ({"vitals": {"temperature_c": 60}}, "vitals.temperature_c"),
        ({"labs": [{"name": "glucose", "value": "high", "unit": "mmol/L"}]}, "labs.0.value"),
        ({"complaints": ["x" * 1_000_000]}, "complaints.0"),
        ({"surprise": True}, "surprise"),
    ],
)
def test_bad_input_is_a_clear_422(alice: httpx.Client, change: dict[str, Any], field: str) -> None:
    response = alice.post("/api/v1/reports", json={**EXAMPLE, **change})

    assert response.status_code in {413, 422}, response.text
    if response.status_code == 422:
        assert field in {error["field"] for error in response.json()["errors"]}


def test_indexes_exist_after_start(stack: Stack) -> None:
    with MongoClient(MONGO) as client:
        db = client[stack.database("reports")]
        report_indexes = {
            tuple(k for k, _ in index["key"].items()): index.get("unique", False)
            for index in db["medical_reports"].list_indexes()
        }
        user_indexes = {
            tuple(index["key"].keys()): index.get("unique", False)
            for index in db["users"].list_indexes()
        }

    assert report_indexes[("report_id",)] is True
    assert ("user_id", "created_at") in report_indexes
    assert user_indexes[("user_id",)] is True


def _answers_on_the_topic(
    stack: Stack, request_id: str, *, count: int, timeout: float = 30
) -> list[Any]:
    """The ``report.generated`` events for ``request_id``, once there are ``count`` of them."""
    deadline = time.monotonic() + timeout
    while True:
        messages = asyncio.run(read_all([f"{stack.topic_prefix}reports"]))
        answers = [
            event
            for event in (from_binary_event(message) for _, message in messages)
            if event.get_subject() == request_id
        ]
        if len(answers) >= count:
            return answers
        assert time.monotonic() < deadline, f"{len(answers)} answer(s) to {request_id}"
