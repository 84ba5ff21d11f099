"""The data's dates are settings, and relative periods follow them."""

from datetime import date

import pytest
from medstream_questions.decide import Planned
from medstream_questions.settings import QuestionSettings
from pydantic import ValidationError


def test_the_data_end_date_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDSTREAM_DATA_END_DATE", "2024-06-30")
    understanding = QuestionSettings().understanding()

    decision = understanding.decide(understanding.read("how many visits last year"))

    assert isinstance(decision, Planned)
    assert decision.plan.filters.period is not None
    assert decision.plan.filters.period.start == date(2023, 1, 1)


def test_the_defaults_match_the_generated_warehouse() -> None:
    settings = QuestionSettings()

    assert (settings.data_start_date, settings.data_end_date) == (
        date(2021, 1, 1),
        date(2025, 12, 31),
    )


def test_dates_in_the_wrong_order_are_refused() -> None:
    with pytest.raises(ValidationError, match="MEDSTREAM_DATA_START_DATE"):
        QuestionSettings(data_start_date=date(2026, 1, 1))
