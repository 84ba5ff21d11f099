"""The typed query plan: what to compute, over which filters, before any SQL exists."""

from typing import Literal

from pydantic import BaseModel, Field

Language = Literal["en", "ru"]


class QueryPlan(BaseModel):
    intent: Literal["top_diagnoses", "count_visits"] = "top_diagnoses"
    language: Language = "en"
    limit: int = Field(default=5, ge=1, le=100)
    city: str | None = None
    year: int | None = Field(default=None, ge=2000, le=2100)
