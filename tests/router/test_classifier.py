"""The router's first check: route what states a measure, ask back otherwise."""

import pytest
from medstream_router.classifier import Clarify, Route, check, detect_language


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Top-5 diagnoses in Saint Petersburg in 2025?", "top"),
        ("Топ-5 заболеваний в СПб?", "top"),
        ("How many influenza visits in Moscow?", "count"),
        ("Сколько визитов с гриппом в Казани?", "count"),
        ("Динамика визитов по месяцам", "trend"),
    ],
)
def test_questions_with_a_measure_are_routed(question: str, intent: str) -> None:
    decision = check(question, rounds_used=0, max_rounds=3)

    assert isinstance(decision, Route)
    assert decision.intent == intent


def test_question_without_a_measure_gets_a_clarification_in_its_language() -> None:
    decision = check("Санкт-Петербург 2025", rounds_used=0, max_rounds=3)

    assert isinstance(decision, Clarify)
    assert decision.language == "ru"
    assert len(decision.options) >= 2
    assert all("2025" in option or "2024" in option for option in decision.options)


def test_after_the_last_round_it_answers_with_a_stated_assumption() -> None:
    decision = check("Moscow", rounds_used=3, max_rounds=3)

    assert isinstance(decision, Route)
    assert decision.intent == "top"
    assert decision.assumptions


def test_language_detection() -> None:
    assert detect_language("Топ диагнозов") == "ru"
    assert detect_language("Top diagnoses") == "en"
