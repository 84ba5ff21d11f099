"""Answers merge into what a question said: set fields win, settled issues close."""

from medstream_questions.plan import Family, Place
from medstream_questions.understanding import Understanding


def test_an_answer_completes_the_question(understanding: Understanding) -> None:
    question = understanding.read("Saint Petersburg 2025")
    answer = understanding.read("top 5 diagnoses")

    merged = question.merged(answer)

    assert merged.family is Family.TOP
    assert merged.limit == 5
    assert merged.places == [Place(city="Saint Petersburg")]
    assert merged.period == question.period


def test_an_answer_closes_the_issue_it_settles(understanding: Understanding) -> None:
    question = understanding.read("сколько визитов в Кировском районе в 2025 году")
    assert question.issues

    merged = question.merged(understanding.read("Кировский район Казани"))

    assert not merged.issues
    assert merged.places == [Place(city="Kazan", district="Kirovsky")]


def test_a_patch_from_an_option_applies_exactly(understanding: Understanding) -> None:
    question = understanding.read("flu visits in Tokyo in 2024")

    merged = question.patched({"places": []})

    assert merged.places == []
    assert not merged.issues
    assert merged.codes == ["J09", "J10", "J11"]


def test_unsaid_fields_survive_serialisation(understanding: Understanding) -> None:
    slots = understanding.read("Moscow 2024")
    stored = slots.model_dump(mode="json")

    again = type(slots).model_validate(stored)

    assert again.places == slots.places
    assert again.merged(understanding.read("how many")).family is Family.COUNT


def test_a_period_in_an_answer_replaces_separate_periods(understanding: Understanding) -> None:
    question = understanding.read("flu visits in 2021 and 2024")
    assert question.periods is not None

    merged = question.merged(understanding.read("2025"))

    assert merged.periods is None
    assert merged.period == understanding.read("2025").period
