"""Settings for understanding questions: the dates the warehouse's data cover.

Relative periods ("last year") and the default period are read against these dates, not
against ``today()``: the warehouse is generated up to a known day.
"""

from datetime import date
from typing import Self

from medstream_shared.config import MedstreamSettings
from pydantic import model_validator

from medstream_questions.understanding import Understanding


class QuestionSettings(MedstreamSettings):
    data_start_date: date = date(2021, 1, 1)
    data_end_date: date = date(2025, 12, 31)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.data_start_date > self.data_end_date:
            raise ValueError("MEDSTREAM_DATA_START_DATE must not be after MEDSTREAM_DATA_END_DATE")
        return self

    def understanding(self) -> Understanding:
        return Understanding(data_start=self.data_start_date, data_end=self.data_end_date)
