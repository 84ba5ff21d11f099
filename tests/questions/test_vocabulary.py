"""The vocabulary is one consistent list: every name points at something that exists."""

from medstream_analytics.warehouse.places import CITIES
from medstream_questions.reading.lexicon import DiagnosisSense, PlaceSense, lexicon, term_stems
from medstream_questions.vocabulary.diagnoses import DIAGNOSES_BY_CODE, DIAGNOSIS_NAMES
from medstream_questions.vocabulary.everyday import EVERYDAY_NAMES
from medstream_questions.vocabulary.icd10 import CHAPTERS, chapter_of

from tests.catalog import synthetic_catalog


def test_codes_are_unique_and_each_is_in_a_chapter() -> None:
    assert len(DIAGNOSES_BY_CODE) == len(DIAGNOSIS_NAMES) >= 150
    for entry in DIAGNOSIS_NAMES:
        assert entry.chapter is chapter_of(entry.code)
        assert entry.title_en and entry.title_ru


def test_everyday_names_point_at_known_codes_in_both_languages() -> None:
    for everyday in EVERYDAY_NAMES:
        assert everyday.names_en and everyday.names_ru
        assert set(everyday.codes) <= set(DIAGNOSES_BY_CODE), everyday


def test_chapter_numerals_are_in_order() -> None:
    assert [chapter.numeral for chapter in CHAPTERS][:3] == ["I", "II", "III"]
    assert len(CHAPTERS) == 22


def test_district_names_are_unique_within_a_city() -> None:
    for city in CITIES:
        names = [district.name_en for district in city.districts]
        assert len(names) == len(set(names)), city.name_en


def test_every_city_and_everyday_name_resolves_to_itself() -> None:
    index = {term.key: term.senses for term in lexicon(synthetic_catalog()).terms}
    for city in CITIES:
        for name in (city.name_en, city.name_ru, *city.aliases):
            key = " ".join(term_stems(name))
            assert PlaceSense(city.name_en) in index[key], name
    for everyday in EVERYDAY_NAMES:
        key = " ".join(term_stems(everyday.names_en[0]))
        codes = [set(s.codes) for s in index[key] if isinstance(s, DiagnosisSense)]
        assert set(everyday.codes) in codes, everyday.names_en[0]
