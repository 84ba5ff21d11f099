"""The gateway's mixed traffic for Locust: ask and follow over SSE, read sessions, reports.

Run headless against a running suite (`make run`), with a fixed user count and duration:

    MEDSTREAM_KEY="$(cat .state/dev-api-key)" uv run --group bench locust \\
        -f bench/locustfile.py --host http://127.0.0.1:8000 \\
        --headless --users 16 --spawn-rate 4 --run-time 60s --only-summary

Besides Locust's per-request rows, two rows measure what a person waits for:
``answer POST → completed`` (the question posted, its session followed over SSE to the
answer) and ``report POST → ready``. Questions and report bodies vary, so neither the
gateway's idempotency nor the reports cache answers from memory.
"""

import json
import os
import random
import time
import uuid
from typing import Any

from locust import HttpUser, between, task

QUESTIONS = (
    "Top-5 diagnoses in Saint Petersburg in 2025",
    "Топ-5 заболеваний в СПб за 2025 год?",
    "How many visits in Kazan in 2024?",
    "Monthly trend of visits in Novosibirsk in 2025",
    "Сколько пациентов было в Москве в 2023 году?",
    "Average cost of a visit in Yekaterinburg in 2022",
    "Visits by department in Moscow in 2024",
    "Which city had the fewest visits in 2023?",
)
REPORT = {
    "language": "en",
    "patient": {"age": 67, "sex": "M", "height_cm": 178, "weight_kg": 92},
    "history": ["hypertension"],
    "medications": ["lisinopril"],
    "vitals": {"systolic_bp": 150, "diastolic_bp": 95, "heart_rate": 88, "spo2": 96},
}
FINAL = {"completed", "error"}
FOLLOW_SECONDS = 30.0


class Analyst(HttpUser):
    """Asks, follows the answer live, reads history; now and then requests a report."""

    wait_time = between(0.5, 2.0)

    def on_start(self) -> None:
        key = os.environ.get("MEDSTREAM_KEY", "")
        if not key:
            raise RuntimeError("set MEDSTREAM_KEY to an API key of the suite")
        self.client.headers["Authorization"] = f"Bearer {key}"
        self.sessions: list[str] = []

    @task(5)
    def ask_and_follow(self) -> None:
        started = time.perf_counter()
        accepted = self.client.post(
            "/api/v1/queries", json={"question": random.choice(QUESTIONS)}, name="POST /queries"
        )
        if accepted.status_code != 202:
            return
        session_id = accepted.json()["session_id"]
        self.sessions.append(session_id)
        status = self._follow(session_id)
        self._record("answer POST → completed", started, ok=status == "completed")

    @task(3)
    def read_history(self) -> None:
        self.client.get("/api/v1/sessions", params={"limit": 20}, name="GET /sessions")
        if self.sessions:
            session_id = random.choice(self.sessions[-20:])
            self.client.get(f"/api/v1/sessions/{session_id}", name="GET /sessions/{id}")

    @task(1)
    def request_report(self) -> None:
        started = time.perf_counter()
        body = {**REPORT, "complaints": [f"cough for {random.randint(2, 30)} days"]}
        body["request_id"] = uuid.uuid4().hex
        accepted = self.client.post("/api/v1/reports", json=body, name="POST /reports")
        if accepted.status_code != 202:
            return
        report_id = accepted.json()["report_id"]
        deadline = time.monotonic() + FOLLOW_SECONDS
        status = "pending"
        while status == "pending" and time.monotonic() < deadline:
            time.sleep(0.05)
            read = self.client.get(f"/api/v1/reports/{report_id}", name="GET /reports/{id}")
            status = read.json().get("status", "pending") if read.status_code == 200 else status
        self._record("report POST → ready", started, ok=status == "ready")

    def _follow(self, session_id: str) -> str | None:
        """The session's final status, read from its SSE stream."""
        status = None
        with self.client.get(
            f"/api/v1/sessions/{session_id}/events",
            stream=True,
            timeout=FOLLOW_SECONDS,
            name="GET /sessions/{id}/events",
            catch_response=True,
        ) as stream:
            for line in stream.iter_lines(decode_unicode=True):
                if line and line.startswith("data:"):
                    view: dict[str, Any] = json.loads(line[5:])
                    status = view.get("status")
                    if status in FINAL:
                        break
            stream.success()
        return status

    def _record(self, name: str, started: float, *, ok: bool) -> None:
        self.environment.events.request.fire(
            request_type="FLOW",
            name=name,
            response_time=(time.perf_counter() - started) * 1000,
            response_length=0,
            exception=None if ok else RuntimeError(f"{name} did not finish"),
            context={},
        )
