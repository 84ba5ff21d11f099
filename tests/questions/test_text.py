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
