"""Pydantic models become strict JSON-schema response formats."""

from typing import Literal

from medstream_shared.llm import response_format_for
from pydantic import BaseModel, Field


class Item(BaseModel):
    title: str = Field(max_length=10)
    kind: Literal["a", "b"] = "a"


class Answer(BaseModel):
    """An answer with nested items."""

    title: str | None = None
    items: list[Item] = Field(default_factory=list)
    main: Item = Field(description="the main item")


def test_every_object_is_closed_and_lists_all_its_properties_as_required() -> None:
    spec = response_format_for(Answer)["json_schema"]
    schema = spec["schema"]

    assert spec["name"] == "Answer" and spec["strict"] is True
    assert schema["required"] == ["title", "items", "main"]
    assert schema["additionalProperties"] is False
    item = schema["$defs"]["Item"]
    assert item["required"] == ["title", "kind"]
    assert item["additionalProperties"] is False


def test_defaults_and_length_limits_are_left_out_and_field_names_kept() -> None:
    schema = response_format_for(Answer)["json_schema"]["schema"]

    assert "title" in schema["properties"]
    assert "default" not in repr(schema)
    assert "maxLength" not in repr(schema)


def test_a_described_reference_is_inlined() -> None:
    main = response_format_for(Answer)["json_schema"]["schema"]["properties"]["main"]

    assert "$ref" not in main
    assert main["description"] == "the main item"
    assert main["additionalProperties"] is False
