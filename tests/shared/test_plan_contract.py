"""The plan in ``medstream.query.routed`` is typed, and old events still read."""

import json
from pathlib import Path

from medstream_shared.events.models import QueryRouted
from medstream_shared.events.plan import Family, QueryPlan

SCHEMA = Path(__file__).resolve().parents[2] / "schemas/events/medstream.query.routed.v1.json"
WRITTEN_BEFORE_THE_NEW_FIELDS = {
    "family": "count",
    "measure": "visits",
    "group_by": None,
    "filters": {"places": [{"city": "Kazan", "district": None}], "codes": ["J10"]},
    "limit": None,
    "language": "en",
    "assumptions": [],
}


def test_a_plan_of_the_earlier_shape_reads_as_a_typed_plan() -> None:
    routed = QueryRouted(
        session_id="s", user_id="u", question="q", plan=WRITTEN_BEFORE_THE_NEW_FIELDS
    )

    assert isinstance(routed.plan, QueryPlan)
    assert routed.plan.family is Family.COUNT and routed.plan.order == "desc"


def test_an_untyped_plan_from_before_the_contract_still_replays() -> None:
    routed = QueryRouted(session_id="s", user_id="u", question="q", plan={"bogus": 1})

    assert routed.plan == {"bogus": 1}


def test_the_event_schema_documents_the_plan() -> None:
    schema = json.loads(SCHEMA.read_text())

    assert "QueryPlan" in schema["$defs"]
    assert {"family", "measure", "filters", "order", "share_of"} <= set(
        schema["$defs"]["QueryPlan"]["properties"]
    )
