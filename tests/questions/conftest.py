"""One configured ``Understanding`` for the question tests (the lexicon is built once)."""

from datetime import date

import pytest
from medstream_questions.understanding import Understanding

DATA_START = date(2021, 1, 1)
DATA_END = date(2025, 12, 31)


@pytest.fixture(scope="session")
def understanding() -> Understanding:
    return Understanding(data_start=DATA_START, data_end=DATA_END)
