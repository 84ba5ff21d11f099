"""Any text reads to a plan, a question back or "out of scope": never an exception.

A listed age band the fixed groups lacked («18–64») once crashed the parser. Questions are
put together here from fragments analysts write (numbers, ages, bands, codes, places,
markers, typos), in a fixed pseudo-random order, so a failure reproduces.
"""

import random
from itertools import pairwise

import pytest
from medstream_questions.compile import compile_plan
from medstream_questions.decide import Planned
from medstream_questions.understanding import Understanding

from tests.catalog import synthetic_catalog

UNDERSTANDING = Understanding(synthetic_catalog())

FRAGMENTS = (
    "how many", "сколько", "visits", "визитов", "patients", "пациентов", "share of", "доля",
    "average cost", "средняя стоимость", "top 3", "топ-5", "fewest", "меньше всего", "by month",
    "по кварталам", "by age group:", "по возрастным группам:", "under 18,", "18–64,", "65+",
    "до 5", "5-17", "от 18 до 35 лет", "older then 70", "младше трёх лет", "between 40 and 50",
    "0-17 year olds", "except", "кроме", "excluding Moscow", "без учёта стационара", "both",
    "и в кардиологии, и в терапии", "J06", "S00–T98", "(M05–M14)", "chapter (XIX)", "flu",
    "грипп", "в мск", "spb", "Kazan", "Советский район", "Sovetsky", "2021", "2025", "в 24м",
    "last year", "за весь период", "all five years", "vs", "или", "than", "чем", "per patient",
    "на одного ребёнка", "each Cardiology patient", "went to", "пришлось на", "were", "—",
    "?", ",", "(", ")", "%", "+", "-", "0", "150", "999", "lol", "скока", "w/", "#",
)  # fmt: skip


def _questions(count: int, seed: int) -> list[str]:
    chooser = random.Random(seed)
    return [
        " ".join(chooser.choice(FRAGMENTS) for _ in range(chooser.randint(1, 9)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("seed", range(6))
def test_any_fragments_read_without_an_exception(seed: int) -> None:
    for question in _questions(100, seed):
        for final in (False, True):
            decision = UNDERSTANDING.decide(UNDERSTANDING.read(question), final=final)
            if isinstance(decision, Planned):
                assert compile_plan(decision.plan).startswith("SELECT"), question


@pytest.mark.parametrize("seed", range(2))
def test_follow_ups_of_any_fragments_read_without_an_exception(seed: int) -> None:
    questions = _questions(100, 100 + seed)
    for previous, question in pairwise(questions):
        decision = UNDERSTANDING.follow_up(previous, question)
        if isinstance(decision, Planned):
            assert compile_plan(decision.plan).startswith("SELECT"), (previous, question)
