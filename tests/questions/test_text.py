"""Normalisation keeps offsets, stems meet across inflections, language is detected."""

import pytest
from medstream_questions.text import detect_language, normalize, stems_of, tokenize


def test_normalisation_keeps_the_length_so_offsets_point_into_the_question() -> None:
    question = "Ёлки — ЁЖИК İstanbul"
    normalized = normalize(question)

    assert len(normalized) == len(question)
    assert normalized.startswith("елки - ежик")


@pytest.mark.parametrize(
    ("phrase", "inflected"),
    [
        ("Санкт-Петербург", "в Санкт-Петербурге"),
        ("Москва", "Москве"),
        ("грипп", "гриппом"),
        ("Невский район", "Невском районе"),
        ("diagnoses", "diagnoses"),
    ],
)
def test_inflected_forms_share_stems(phrase: str, inflected: str) -> None:
    assert set(stems_of(phrase)) <= set(stems_of(inflected))


def test_tokens_carry_their_offsets() -> None:
    text = normalize("Топ-5 в СПб")
    tokens = tokenize(text)

    assert [t.text for t in tokens] == ["топ", "5", "в", "спб"]
    assert all(text[t.start : t.end] == t.text for t in tokens)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Топ-5 заболеваний в СПб?", "ru"),
        ("Top-5 diagnoses in Saint Petersburg", "en"),
        ("Сколько визитов с кодом E11?", "ru"),
        ("How many J10 visits in Москва?", "en"),
    ],
)
def test_language_detection(question: str, language: str) -> None:
    assert detect_language(question) == language


def test_russian_stems_are_stems_of_lemmas_so_irregular_forms_meet() -> None:
    assert stems_of("клали") == stems_of("класть")
    assert stems_of("детей") == stems_of("ребёнок")
    assert stems_of("в Москве") == stems_of("в Москва")


def test_russian_function_words_are_marked_and_never_content() -> None:
    tokens = tokenize(normalize("сколько болело в пяти городах кроме Москвы"))
    marked = {token.text for token in tokens if token.function}

    assert {"болело", "в", "пяти", "кроме"} <= marked
    assert not {"городах", "москвы"} & marked
