"""The warehouse's behaviour table and the shared vocabulary list the same codes."""

from medstream_analytics.warehouse.diagnoses import DIAGNOSES
from medstream_questions.vocabulary.diagnoses import DIAGNOSIS_NAMES


def test_every_code_has_a_title_and_a_behaviour_in_the_same_order() -> None:
    assert [d.code for d in DIAGNOSES] == [name.code for name in DIAGNOSIS_NAMES]


def test_titles_and_chapters_come_from_the_vocabulary() -> None:
    for profile, name in zip(DIAGNOSES, DIAGNOSIS_NAMES, strict=True):
        assert (profile.title_en, profile.title_ru) == (name.title_en, name.title_ru)
        assert profile.chapter == name.chapter.label
