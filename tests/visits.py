"""A visit as a hospital system would publish it, for the tests of every service that reads
``medstream.visits``; each test changes only the fields it is about."""

import datetime as dt
from decimal import Decimal
from typing import Any

from medstream_shared.events.models import VisitPatient, VisitRecorded

FIRST_LIVE_ID = 10**12
"""Live visit ids in the tests: far above the generated warehouse's 1..N."""


def visit(visit_id: int = FIRST_LIVE_ID, **changes: Any) -> VisitRecorded:
    fields: dict[str, Any] = {
        "visit_id": visit_id,
        "patient_id": FIRST_LIVE_ID + 1,
        "visit_date": dt.date(2026, 1, 3),
        "city": "Moscow",
        "district": "Western",
        "icd10_code": "J06",
        "department": "Therapy",
        "visit_type": "outpatient",
        "cost_rub": Decimal("1500.00"),
        "patient": VisitPatient(sex="F", birth_date=dt.date(1990, 6, 15)),
    }
    return VisitRecorded.model_validate({**fields, **changes})
