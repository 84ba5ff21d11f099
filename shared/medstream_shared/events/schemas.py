"""Writes the JSON Schema of every event type, generated from the pydantic models.

``python -m medstream_shared.events.schemas <dir>`` regenerates ``schemas/events``; the
test suite fails when the committed files differ from what the models produce.
"""

import json
import sys
from pathlib import Path
from typing import Any

from medstream_shared.events.registry import MODELS, schema_file_name, schema_url


def event_schemas() -> dict[str, dict[str, Any]]:
    schemas = {}
    for event_type, model in MODELS.items():
        schema = model.model_json_schema()
        schema["$id"] = schema_url(event_type)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schemas[schema_file_name(event_type)] = schema
    return schemas


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in event_schemas().items():
        path = directory / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "schemas/events")
    for path in write(target):
        print(path)
