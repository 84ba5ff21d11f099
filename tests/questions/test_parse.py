"""Entity resolution: places, diagnoses and codes in their everyday forms, with confidence."""

import pytest
from medstream_questions.plan import AgeGroup, Dimension, Family, Measure, Place
from medstream_questions.understanding import Understanding

SPB = Place(city="Saint Petersburg")


@pytest.mark.parametrize(
    "question",
    [
        "Топ-5 заболеваний в СПб",
        "Топ-5 заболеваний в Питере",
        "Топ-5 заболеваний в Санкт-Петербурге",
        "top 5 diagnoses in St. Petersburg",
        "top 5 diagnoses in Saint Petersburg",
        "top 5 diagnoses in spb",
    ],
)
def test_saint_petersburg_by_any_name(understanding: Understanding, question: str) -> None:
    slots = understanding.read(question)

    assert slots.places == [SPB]
    assert not slots.issues


@pytest.mark.parametrize(
    ("question", "codes"),
    [
        ("flu visits", ["J09", "J10", "J11"]),
        ("визиты с гриппом", ["J09", "J10", "J11"]),
        ("случаи гриппа", ["J09", "J10", "J11"]),
        ("пациенты с диабетом", ["E10", "E11"]),
        ("patients with type 2 diabetes", ["E11"]),
        ("пациенты с диабетом 2 типа", ["E11"]),
        ("J10 visits", ["J10"]),
        ("visits with e11", ["E11"]),
        ("визиты с кодом Е11", ["E11"]),
        ("visits coded J09-J11", ["J09", "J10", "J11"]),
        ("U07 visits", ["U07.1", "U07.2"]),
        ("J10.1 visits", ["J10"]),
        ("визиты с ОРВИ", ["J06"]),
        ("cataract visits", ["H25", "H26"]),
    ],
)
def test_diagnoses_by_everyday_name_inflection_or_code(
    understanding: Understanding, question: str, codes: list[str]
) -> None:
    slots = understanding.read(question)

    assert slots.codes == codes
    assert not slots.issues


def test_a_chapter_by_name_or_numeral(understanding: Understanding) -> None:
    by_name = understanding.read("визиты с болезнями органов дыхания")
    by_numeral = understanding.read("visits in chapter X")

    assert by_name.chapter == by_numeral.chapter == "X. Diseases of the respiratory system"


def test_a_district_names_its_city(understanding: Understanding) -> None:
    assert understanding.read("в Невском районе").places == [
        Place(city="Saint Petersburg", district="Nevsky")
    ]
    assert understanding.read("визиты в ЦАО").places == [Place(city="Moscow", district="Central")]


def test_a_district_in_several_cities_is_settled_by_the_city(understanding: Understanding) -> None:
    slots = understanding.read("Кировский район Екатеринбурга")

    assert slots.places == [Place(city="Yekaterinburg", district="Kirovsky")]
    assert not slots.issues


def test_a_district_in_several_cities_alone_is_ambiguous(understanding: Understanding) -> None:
    [issue] = understanding.read("визиты в Кировском районе").issues

    assert (issue.slot, issue.problem) == ("place", "ambiguous")
    assert [c.label_en for c in issue.candidates] == [
        "Kirovsky district, Saint Petersburg",
        "Kirovsky district, Novosibirsk",
        "Kirovsky district, Yekaterinburg",
        "Kirovsky district, Kazan",
    ]


def test_an_abbreviation_does_not_match_a_short_word(understanding: Understanding) -> None:
    """«ЗАО» is Moscow's Western okrug; the preposition «за» is not."""
    assert understanding.read("за 2025 год в Москве").places == [Place(city="Moscow")]


def test_a_close_misspelling_is_accepted_and_stated(understanding: Understanding) -> None:
    slots = understanding.read("top diagnoses in Moskow")

    assert slots.places == [Place(city="Moscow")]
    assert slots.notes[0].text_en == "“Moskow” was read as Moscow."


def test_a_distant_misspelling_is_asked_about_with_the_closest_match_first(
    understanding: Understanding,
) -> None:
    [issue] = understanding.read("визиты в Масскве").issues

    assert (issue.slot, issue.problem) == ("place", "unknown")
    assert issue.candidates[0].label_ru == "Москва"
    assert 0.7 <= issue.candidates[0].confidence < 0.85


def test_an_unknown_place_offers_the_cities(understanding: Understanding) -> None:
    [issue] = understanding.read("flu visits in Tokyo").issues

    assert (issue.slot, issue.problem, issue.text) == ("place", "unknown", "Tokyo")
    assert issue.candidates[-1].patch == {"places": []}


def test_a_word_matching_several_titles_is_an_ambiguous_diagnosis(
    understanding: Understanding,
) -> None:
    [issue] = understanding.read("сколько визитов с язвой").issues

    assert (issue.slot, issue.problem) == ("diagnosis", "ambiguous")
    assert [c.patch["codes"] for c in issue.candidates] == [
        ["K25"],
        ["K26"],
        ["L89"],
        ["K25", "K26", "L89"],
    ]


def test_an_unknown_diagnosis_where_one_is_expected(understanding: Understanding) -> None:
    [issue] = understanding.read("how many visits with xyzitis").issues

    assert (issue.slot, issue.problem, issue.text) == ("diagnosis", "unknown", "xyzitis")


def test_a_stray_unknown_word_is_left_alone(understanding: Understanding) -> None:
    assert not understanding.read("which city had the highest average cost").issues


def test_an_unknown_code_is_an_issue_with_nearby_codes(understanding: Understanding) -> None:
    [issue] = understanding.read("visits with J99").issues

    assert issue.slot == "diagnosis"
    assert issue.candidates[0].patch["codes"][0].startswith("J")


@pytest.mark.parametrize(
    ("question", "family", "dimension", "measure", "limit"),
    [
        ("Топ-5 заболеваний", Family.TOP, Dimension.DIAGNOSIS, None, 5),
        ("five most common diagnoses", Family.TOP, Dimension.DIAGNOSIS, None, 5),
        ("top 3 chapters", Family.TOP, Dimension.CHAPTER, None, 3),
        ("сколько пациентов", Family.COUNT, None, Measure.PATIENTS, None),
        ("динамика по кварталам", Family.TREND, Dimension.QUARTER, None, None),
        ("сравни города", Family.RANKING, Dimension.CITY, None, None),
        ("which district", Family.RANKING, Dimension.DISTRICT, None, None),
        ("распределение по полу", Family.BREAKDOWN, Dimension.SEX, None, None),
        ("visits by age group", Family.BREAKDOWN, Dimension.AGE_GROUP, Measure.VISITS, None),
        ("средняя стоимость", Family.COST, None, None, None),
        ("доля гриппа", Family.SHARE, None, None, None),
    ],
)
def test_what_to_compute(
    understanding: Understanding,
    question: str,
    family: Family,
    dimension: Dimension | None,
    measure: Measure | None,
    limit: int | None,
) -> None:
    slots = understanding.read(question)

    assert (slots.family, slots.dimension, slots.measure, slots.limit) == (
        family,
        dimension,
        measure,
        limit,
    )


def test_filters_for_people_and_care(understanding: Understanding) -> None:
    slots = understanding.read("экстренные визиты женщин 65 лет и старше в кардиологии")

    assert (slots.visit_type, slots.sex, slots.age_group, slots.department) == (
        "emergency",
        "F",
        AgeGroup.ELDERLY,
        "Cardiology",
    )


def test_over_65_leaves_65_out_as_over_60_leaves_60(understanding: Understanding) -> None:
    """«старше 65» had been the 65-and-over group, while «старше 60» meant 61 and over."""
    for question in ("визиты женщин старше 65 в кардиологии", "visits of women over 65"):
        slots = understanding.read(question)

        assert (slots.age_group, slots.age_min, slots.age_max) == (None, 66, None), question


def test_a_relative_period_is_stated(understanding: Understanding) -> None:
    slots = understanding.read("how many visits last year")

    assert slots.period is not None and slots.period.start.year == 2025
    assert "2025" in slots.notes[0].text_en


def test_off_topic_words_are_flagged(understanding: Understanding) -> None:
    slots = understanding.read("what's the weather")

    assert slots.off_topic


@pytest.mark.parametrize(
    "question",
    [
        "Средний чек визита в кардиологии в 2024",
        "Самые затратные отделения",
        "costliest visits",
        "Сколько в среднем стоит визит к кардиологу?",
    ],
)
def test_everyday_words_for_cost(understanding: Understanding, question: str) -> None:
    slots = understanding.read(question)

    assert slots.family is Family.COST
    assert not slots.issues
