"""The committed JSON Schemas are exactly what the models generate."""

from pathlib import Path

from medstream_shared.events.schemas import event_schemas, render

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas" / "events"


def test_committed_schemas_match_the_models() -> None:
    generated = {name: render(schema) for name, schema in event_schemas().items()}
    committed = {p.name: p.read_text(encoding="utf-8") for p in SCHEMAS.glob("*.json")}

    assert committed.keys() == generated.keys(), "run `make schemas`"
    stale = [name for name in generated if committed[name] != generated[name]]
    assert not stale, f"stale schemas, run `make schemas`: {stale}"
