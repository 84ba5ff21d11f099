"""One configured ``Understanding`` for the question tests (the lexicon is built once)."""

from datetime import date

import pytest
from medstream_questions.understanding import Understanding

from tests.catalog import synthetic_catalog

DATA_START = date(2021, 1, 1)
DATA_END = date(2025, 12, 31)


@pytest.fixture(scope="session")
def understanding() -> Understanding:
    return Understanding(synthetic_catalog())
