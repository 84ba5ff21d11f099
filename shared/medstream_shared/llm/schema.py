"""JSON Schema ``response_format`` for a pydantic model, in OpenAI's strict dialect.

Strict structured outputs accept a subset of JSON Schema: every object closed
(``additionalProperties: false``), every property listed as required (optional ones are
nullable instead), no ``default``, and few string keywords. The same schema also works as a
plain JSON-schema hint on OpenAI-compatible servers (vLLM, Ollama). Length limits and other
constraints left out here are still enforced when the answer is validated by the model.
"""

import copy
import re
from functools import cache
from typing import Any

from openai.types.shared_params import ResponseFormatJSONSchema
from pydantic import BaseModel

_DROPPED_KEYWORDS = frozenset({"default", "minLength", "maxLength", "format", "title"})
_SCHEMA_MAPS = frozenset({"properties", "$defs"})
"""Keys whose values map names to schemas: the names are data, not keywords."""


@cache
def response_format_for(model: type[BaseModel]) -> ResponseFormatJSONSchema:
    """The ``response_format`` argument asking for JSON that validates as ``model``."""
    source = model.model_json_schema()
    schema = _strict(source, root=source)
    name = re.sub(r"[^A-Za-z0-9_-]", "_", model.__name__)[:64]
    return {
        "type": "json_schema",
        "json_schema": {"name": name, "schema": schema, "strict": True},
    }


def _strict(node: Any, *, root: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_strict(item, root=root) for item in node]
    if not isinstance(node, dict):
        return node
    node = _keywords_kept(node)
    if "$ref" in node and len(node) > 1:
        node = {**_keywords_kept(_resolve(root, node.pop("$ref"))), **node}
    result = {
        key: (
            {name: _strict(sub, root=root) for name, sub in value.items()}
            if key in _SCHEMA_MAPS
            else _strict(value, root=root)
        )
        for key, value in node.items()
    }
    if "properties" in result:
        result["required"] = list(result["properties"])
        result["additionalProperties"] = False
    elif result.get("type") == "object":
        result.setdefault("additionalProperties", False)
    return result


def _keywords_kept(node: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in node.items() if key not in _DROPPED_KEYWORDS}


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    node: Any = root
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    if not isinstance(node, dict):
        raise TypeError(f"unexpected $ref target {ref}")
    return copy.deepcopy(node)
