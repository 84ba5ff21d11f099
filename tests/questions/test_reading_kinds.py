"""Kinds of phrasing analysts use that the engine once misread (issue 17), in new wordings.

Each test names the kind, not a question: a ranked visit type, counts of ICD-10 codes, a
clipped or misspelt word, adults in a follow-up, people as a population or a predicate,
two quarters compared. Plans are checked; the SQL where its shape is the point.
"""

from typing import Any

import pytest
from medstream_questions.compile import compile_plan
from medstream_questions.decide import Clarify, Planned
from medstream_questions.plan import Dimension, Family, Measure, Place, QueryPlan
from medstream_questions.understanding import Understanding

from tests.catalog import synthetic_catalog

UNDERSTANDING = Understanding(synthetic_catalog())


def plan(question: str) -> QueryPlan:
    return UNDERSTANDING.plan(question)


def decide(question: str) -> Planned | Clarify | object:
    return UNDERSTANDING.decide(UNDERSTANDING.read(question))


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("What type of visit was the most common in Kazan in 2023?", "desc"),
        ("Какой тип визита был самым редким в Москве в 2024 году?", "asc"),
    ],
)
def test_which_visit_type_is_the_one_ranked_row(question: str, order: str) -> None:
    found = plan(question)

    assert (found.family, found.group_by, found.limit, found.order) == (
        Family.TOP,
        Dimension.VISIT_TYPE,
        1,
        order,
    )
    assert f"ORDER BY visits {order.upper()}" in compile_plan(found)


@pytest.mark.parametrize(
    "question",
    ["List the 4 ICD-10 chapters with the most visits in 2023", "Покажи 4 класса МКБ-10 за 2023"],
)
def test_the_ten_of_icd_10_is_no_count(question: str) -> None:
    found = plan(question)

    assert (found.group_by, found.limit) == (Dimension.CHAPTER, 4)


def test_icd_codes_in_the_plural_are_a_list_of_diagnoses() -> None:
    found = plan("Which five ICD-10 codes were most frequent in Kazan in 2022?")

    assert (found.group_by, found.limit) == (Dimension.DIAGNOSIS, 5)
    assert plan("How many visits with code J45 in 2022?").group_by is None


def test_least_numerous_is_fewest_first() -> None:
    assert plan("Пять самых малочисленных отделений по визитам за 2022 год").order == "asc"


def test_counts_by_department_keep_the_grouping() -> None:
    found = plan("кол-во пациентов по отделениям в Казани за 22й год")

    assert found.group_by is Dimension.DEPARTMENT
    assert found.measure is Measure.PATIENTS
    assert (found.filters.period.start.year, found.filters.age_min) == (2022, None)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "city"),
    [
        ("hw many visits in novosib in 2023", "Novosibirsk"),
        ("визиты в екатер за 2023", "Yekaterinburg"),
    ],
)
def test_a_clipped_city_name_is_read_and_stated(question: str, city: str) -> None:
    found = plan(question)

    assert found.filters.places == [Place(city=city)]


def test_an_unknown_city_is_asked_about_not_read_as_a_short_alias() -> None:
    decision = decide("How many visits in Tomsk in 2023?")

    assert isinstance(decision, Clarify) and decision.issue.slot == "place"


@pytest.mark.parametrize(
    ("question", "wrong", "measure"),
    [
        ("средняя стоимасть приёма в Казани за 2023", "стоимасть", Measure.AVERAGE_COST),
        ("avrage cost of a visit in Kazan in 2023", "avrage", Measure.AVERAGE_COST),
    ],
)
def test_a_misspelt_cue_word_is_read_and_stated(
    question: str, wrong: str, measure: Measure
) -> None:
    found = plan(question)

    assert found.measure is measure
    assert any(wrong in assumption for assumption in found.assumptions)


def test_typo_tolerance_never_touches_known_words() -> None:
    found = plan("Сколько визитов было в Казани за 2023 год?")

    assert found.measure is Measure.VISITS
    assert found.assumptions == []


def test_adults_in_a_follow_up_replace_the_children() -> None:
    decision = UNDERSTANDING.follow_up(
        "Сколько визитов детей было в Москве в 2023 году?", "а взрослых?"
    )

    assert isinstance(decision, Planned)
    filters = decision.plan.filters
    assert (filters.age_group, filters.age_min, filters.age_max) == (None, 18, None)


@pytest.mark.parametrize(
    ("question", "sex"),
    [
        ("Сколько пациенток было в Казани в 2023 году?", "F"),
        ("Топ-3 диагноза у дедушек в 2024", "M"),
    ],
)
def test_colloquial_words_for_women_and_men(question: str, sex: str) -> None:
    assert plan(question).filters.sex == sex


def test_average_age_is_not_the_middle_aged() -> None:
    average = plan("Средний возраст пациентов кардиологии в 2023 году")
    middle = plan("Сколько визитов пациентов среднего возраста в 2023 году?")

    assert (average.measure, average.filters.age_group) == (Measure.AVERAGE_AGE, None)
    assert middle.filters.age_group is not None and middle.measure is Measure.VISITS


def test_people_after_among_are_who_a_top_list_is_about_not_what_it_counts() -> None:
    found = plan("Top 5 diagnoses among people aged 70 and older in 2023")

    assert found.measure is Measure.VISITS
    assert found.filters.age_min == 70


def test_visits_that_fell_to_people_are_not_per_person() -> None:
    found = plan("Сколько обращений в 2024 году пришлось на людей старше 70 лет?")

    assert found.measure is Measure.VISITS
    assert found.filters.age_min == 71


@pytest.mark.parametrize(
    ("question", "sex"),
    [
        ("Of the patients seen in 2024, what percentage were women?", "F"),
        ("Какой процент пациентов 2022 года составляли мужчины?", "M"),
    ],
)
def test_people_as_the_predicate_of_a_share_are_its_part(question: str, sex: str) -> None:
    found = plan(question)

    assert found.family is Family.SHARE
    assert found.share_of is not None and found.share_of.sex == sex
    assert found.share_base is Measure.PATIENTS


@pytest.mark.parametrize(
    "question",
    [
        "Compare inpatient visits in the first and second quarter of 2023",
        "Сравни визиты в третьем и четвёртом квартале 2022 года",
    ],
)
def test_two_quarters_named_together_are_both_read(question: str) -> None:
    found = plan(question)

    assert len(found.filters.periods) == 2
    assert found.group_by is Dimension.QUARTER


@pytest.mark.parametrize(
    ("question", "bounds"),
    [
        ("Average cost of a visit for people between 30 and 44 in 2023", (30, 44)),
        ("Сколько визитов у пациентов от 20 до 29 в 2024 году?", (20, 29)),
    ],
)
def test_an_age_range_after_people_needs_no_word_for_years(
    question: str, bounds: tuple[int, int]
) -> None:
    filters = plan(question).filters

    assert (filters.age_min, filters.age_max) == bounds


def test_a_number_nothing_read_is_stated_as_not_used() -> None:
    found = plan("How many visits in Kazan in 2023 with 17 something?")

    assert any("17" in assumption for assumption in found.assumptions)


@pytest.mark.parametrize("question", ["Show me the trend", "Покажи динамику по месяцам"])
def test_a_trend_of_nothing_named_is_asked_about(question: str) -> None:
    decision = decide(question)

    assert isinstance(decision, Clarify) and decision.issue.slot == "intent"


def test_a_trend_of_something_is_not_asked_about() -> None:
    assert isinstance(decide("Динамика визитов в Казани"), Planned)


@pytest.mark.parametrize(
    "question",
    ["Which of the two cities had more visits in 2023?", "Сравни эти два города за 2022"],
)
def test_places_referred_to_but_not_named_are_asked_about(question: str) -> None:
    decision = decide(question)

    assert isinstance(decision, Clarify) and decision.issue.slot == "place"


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("Inpatient visits split by district and quarter in Kazan", "quarter", "district"),
        ("Визиты в разбивке по полу и по годам", "year", "sex"),
    ],
)
def test_two_groupings_give_a_row_per_pair_time_first(
    question: str, first: str, second: str
) -> None:
    found = plan(question)

    assert (found.group_by, found.then_by) == (Dimension(first), Dimension(second))
    assert not any("broken" in a or "fracture" in a for a in found.assumptions)


def test_broken_down_is_a_breakdown_not_a_fracture() -> None:
    found = plan("Visits in 2024 broken down by visit type")

    assert found.filters.codes == [] and found.group_by is Dimension.VISIT_TYPE


@pytest.mark.parametrize(
    "question",
    ["How many men visited neurology in 2024?", "Number of children visiting ENT in 2023"],
)
def test_visited_as_a_verb_leaves_the_people_counted(question: str) -> None:
    assert plan(question).measure is Measure.PATIENTS


def test_a_clipped_name_that_also_starts_a_district_is_asked_about() -> None:
    decision = decide("How many visits in Novo in 2024?")  # Novosibirsk or Novo-Savinovsky?

    assert isinstance(decision, Clarify) and decision.issue.slot == "place"


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("скок визитоф в казани за 2024", Measure.VISITS),
        ("разных пациентоф в новосибе за 2022 скока", Measure.PATIENTS),
    ],
)
def test_texted_ending_of_is_the_plural_ov(question: str, measure: Measure) -> None:
    found = plan(question)

    assert found.measure is measure and not found.assumptions


def test_a_chat_name_of_a_city_is_that_city() -> None:
    found = plan("total spend in St. Pete for 2022")

    assert found.filters.places == [Place(city="Saint Petersburg")]


@pytest.mark.parametrize(
    ("question", "grouping"),
    [
        ("wut was the peak month for Kazan visits in 2023", Dimension.MONTH),
        ("Какой квартал 2024 года был самым загруженным в Казани?", Dimension.QUARTER),
        ("the busiest quarter of 2022 in Novosibirsk?", Dimension.QUARTER),
    ],
)
def test_the_busiest_period_is_one_row(question: str, grouping: Dimension) -> None:
    found = plan(question)

    assert (found.group_by, found.limit, found.order) == (grouping, 1, "desc")
    assert not found.assumptions


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("Which okrug of Moscow had the most emergency visits in 2023?", "desc"),
        ("what okrug was least visited in 2022", "asc"),
    ],
)
def test_an_okrug_is_a_district(question: str, order: str) -> None:
    found = plan(question)

    assert (found.group_by, found.limit, found.order) == (Dimension.DISTRICT, 1, order)


@pytest.mark.parametrize(
    "question",
    [
        "Total cost in Kazan for 2024 by type of visit: outpatient, inpatient and emergency",
        "Визиты в Казани за 2022 год в разбивке по типам (стационарные и амбулаторные)",
    ],
)
def test_visit_types_listed_with_their_grouping_are_its_rows(question: str) -> None:
    found = plan(question)

    assert found.group_by is Dimension.VISIT_TYPE and found.filters.visit_type is None


@pytest.mark.parametrize(
    "question",
    [
        "How many times was hypertension (I10) logged in Kazan in 2023?",
        "How many times did Moscow record J06 in 2022?",
    ],
)
def test_how_many_times_without_a_comparative_is_a_count(question: str) -> None:
    found = plan(question)

    assert found.family is Family.COUNT and not found.sides and not found.gap


def test_how_many_times_more_is_still_one_figure_of_two_sides() -> None:
    found = plan("How many times more visits did Moscow have than Kazan in 2023?")

    assert [side.places for side in found.sides] == [[Place(city="Moscow")], [Place(city="Kazan")]]


@pytest.mark.parametrize(
    "question",
    [
        "What is the average waiting time for Neurology in Kazan?",
        "Какие сроки ожидания приёма у кардиолога в Москве?",
    ],
)
def test_waiting_times_are_not_in_the_data(question: str) -> None:
    assert type(decide(question)).__name__ == "OutOfScope"


def test_if_before_an_exclusion_is_not_an_unknown_place() -> None:
    found = plan("How many visits did Novosibirsk have in 2022 if we leave out Surgery?")

    assert found.filters.places == [Place(city="Novosibirsk")]
    assert found.filters.exclude_departments == ["Surgery"]


@pytest.mark.parametrize(
    "question",
    [
        "What percentage of 2022 Neurology visits took place in Kazan?",
        "Какая доля визитов в неврологию за 2022 год прошла в Казани?",
    ],
)
def test_a_place_after_took_place_is_the_part_of_a_share(question: str) -> None:
    found = plan(question)

    assert found.family is Family.SHARE
    assert found.share_of is not None and found.share_of.places == [Place(city="Kazan")]
    assert found.filters.department == "Neurology" and not found.filters.places


@pytest.mark.parametrize(
    "question",
    [
        "How many CT scans did Moscow do in 2023?",
        "Сколько медсестёр работает в Казани?",
        "Сколько анализов крови сдали в Екатеринбурге в 2022 году?",
    ],
)
def test_procedures_and_staff_are_not_in_the_data(question: str) -> None:
    assert type(decide(question)).__name__ == "OutOfScope"


@pytest.mark.parametrize(
    ("question", "city"),
    [
        (
            "Сколько разных людей хотя бы раз лечились в наших больницах Казани в 2023 году?",
            "Kazan",
        ),
        ("How many patients did our Moscow clinics see at least once in 2022?", "Moscow"),
    ],
)
def test_our_clinics_are_the_network_not_an_unknown_place(question: str, city: str) -> None:
    found = plan(question)

    assert found.measure is Measure.PATIENTS and found.filters.places == [Place(city=city)]
    assert not any("Не учтено" in a or "Not used" in a for a in found.assumptions)


def test_a_place_after_happened_is_not_read_as_a_diagnosis() -> None:
    found = plan("Of all emergency visits in 2022, what share happened in Kazan?")

    assert found.share_of is not None and found.share_of.places == [Place(city="Kazan")]
    assert not found.filters.codes


@pytest.mark.parametrize(
    ("question", "age_min", "age_max"),
    [
        ("Сколько визитов было у пациентов не старше 30 лет в Казани в 2023 году?", None, 30),
        ("Visits by patients no older than 40 in Moscow in 2024", None, 40),
        ("Сколько визитов у пациентов не младше 70 лет в 2022 году?", 70, None),
        ("How many visits did patients aged at least 80 make in Kazan in 2021?", 80, None),
        ("Visits by people not younger than 18 in 2023", 18, None),
        ("Сколько визитов у людей не старше 65 лет в Москве за 2024 год?", None, 65),
    ],
)
def test_a_negated_age_bound_turns_round(
    question: str, age_min: int | None, age_max: int | None
) -> None:
    """«не старше 25» is 25 and under: read without the «не» it was 26 and over."""
    filters = plan(question).filters

    assert (filters.age_min, filters.age_max, filters.age_group) == (age_min, age_max, None)


@pytest.mark.parametrize(
    ("question", "least"),
    [
        ("How many patients had at least 3 visits in Kazan in 2023?", 3),
        ("Patients with more than 5 visits in 2024", 6),
        ("Сколько пациентов, у которых было больше 4 визитов в 2022 году?", 5),
    ],
)
def test_a_patients_own_number_of_visits_is_a_frequency(question: str, least: int) -> None:
    found = plan(question)

    assert found.measure is Measure.PATIENTS and found.filters.min_visits == least


def test_visits_named_after_a_visit_type_are_what_is_counted() -> None:
    found = plan("How many emergency visits did women make in Kazan in 2022?")

    assert (found.measure, found.filters.visit_type) == (Measure.VISITS, "emergency")


@pytest.mark.parametrize(
    ("question", "limit", "order"),
    [
        ("Give me the three Moscow districts with the most flu visits in 2024", 3, "desc"),
        ("What were the 2 least visited cities in 2022?", 2, "asc"),
        ("Show me the two cities with the fewest visits in 2023", 2, "asc"),
    ],
)
def test_a_number_of_things_asked_for_is_the_cut(question: str, limit: int, order: str) -> None:
    found = plan(question)

    assert (found.limit, found.order) == (limit, order)
    assert compile_plan(found).endswith(f"LIMIT {limit}")


@pytest.mark.parametrize(
    "question",
    [
        "Which visit type had the lowest average cost in Kazan in 2024?",
        "Какое отделение обошлось дороже всего в Москве в 2023 году?",
    ],
)
def test_the_one_row_asked_for_is_ranked_by_the_measure_not_by_name(question: str) -> None:
    sql = compile_plan(plan(question))

    assert "cost_rub DESC" in sql or "cost_rub ASC" in sql or "cost_rub," in sql
    assert sql.endswith("LIMIT 1")
    assert "ORDER BY visit_type LIMIT" not in sql and "ORDER BY department LIMIT" not in sql


def test_combined_cost_is_a_total() -> None:
    found = plan("What was the combined cost of Neurology visits in Kazan in 2023?")

    assert "SUM(v.cost_rub)" in compile_plan(found)


def test_each_department_is_a_breakdown_with_the_exclusion_kept() -> None:
    found = plan(
        "Сколько визитов пришлось на каждое отделение в Казани за 2024 год, кроме хирургии?"
    )

    assert found.group_by is Dimension.DEPARTMENT
    assert found.filters.exclude_departments == ["Surgery"]


@pytest.mark.parametrize(
    ("question", "year"),
    [("скока визитов в казани за 23й", 2023), ("визиты в мск за 24-й", 2024)],
)
def test_a_two_digit_ordinal_after_za_is_a_year_not_an_age(question: str, year: int) -> None:
    found = plan(question)

    assert found.filters.period is not None and found.filters.period.start.year == year
    assert found.filters.age_min is None


def test_a_district_left_out_is_the_one_in_the_city_asked_about() -> None:
    filters = plan("Сколько визитов в Казани за 2022 год, не считая Советского района?").filters

    assert filters.places == [Place(city="Kazan")]
    assert filters.exclude_places == [Place(city="Kazan", district="Sovetsky")]


@pytest.mark.parametrize(
    ("question", "chapter"),
    [
        ("Визиты с болезнями эндокринной системы в Казани за 2023 год", "IV."),
        ("Сколько визитов с заболеваниями органов дыхания было в 2024 году?", "X."),
    ],
)
def test_a_chapter_in_its_everyday_russian_name_is_not_a_department(
    question: str, chapter: str
) -> None:
    filters = plan(question).filters

    assert filters.chapter is not None and filters.chapter.startswith(chapter)
    assert filters.department is None


@pytest.mark.parametrize(
    "question",
    [
        "Average age of Cardiology patients in Moscow and in Kazan in 2023",
        "Средний возраст пациентов в Новосибирске и Казани за 2022 год",
    ],
)
def test_an_average_age_over_two_places_is_a_row_for_each(question: str) -> None:
    assert plan(question).group_by is Dimension.CITY


def test_two_visit_types_named_are_two_sides() -> None:
    found = plan("Сравни среднюю стоимость амбулаторного и экстренного визита в Москве в 2024 году")

    assert [side.visit_type for side in found.sides] == ["outpatient", "emergency"]
    assert found.filters.visit_type is None


@pytest.mark.parametrize(
    ("first", "follow_up", "year"),
    [
        ("How many Cardiology visits in Kazan in 2023?", "and the year before?", 2022),
        ("Сколько визитов с гриппом в Москве в 2022 году?", "а годом позже?", 2023),
        ("How many flu visits in Kazan in 2023?", "same for the following year", 2024),
    ],
)
def test_a_year_before_or_after_moves_the_previous_period(
    first: str, follow_up: str, year: int
) -> None:
    decision = UNDERSTANDING.follow_up(first, follow_up)

    assert isinstance(decision, Planned)
    period = decision.plan.filters.period
    assert period is not None and (period.start.year, period.end.year) == (year, year)
    assert decision.plan.group_by is None  # "year" is not a grouping here
    assert any(str(year) in note for note in decision.plan.assumptions)


def test_the_same_in_a_follow_up_is_not_a_superlative() -> None:
    decision = UNDERSTANDING.follow_up(
        "Сколько визитов было у пациентов старше 60 лет в Казани за 2022 год?",
        "а теперь то же самое, но только по женщинам",
    )

    assert isinstance(decision, Planned)
    assert (decision.plan.family, decision.plan.filters.sex) == (Family.COUNT, "F")


@pytest.mark.parametrize(
    ("question", "first_option"),
    [
        ("Сколько обращений было в Казани за сезон гриппа 2024 года?", "2023-10-01"),
        ("How many visits did Moscow have over the holidays in 2023?", "2023-01-01"),
    ],
)
def test_a_period_without_dates_in_the_data_is_asked_back(question: str, first_option: str) -> None:
    decision = decide(question)

    assert isinstance(decision, Clarify) and decision.issue.slot == "period"
    assert decision.issue.candidates[0].patch["period"]["start"] == first_option
    settled = plan(question)  # no one to ask: the whole year, said so
    assert settled.filters.period is not None and settled.filters.period.start.month == 1
    assert any("целиком" in a or "counted whole" in a for a in settled.assumptions)
    assert not settled.filters.codes  # «сезон гриппа» names dates, not the diagnosis


@pytest.mark.parametrize(
    "question",
    [
        "Did the average cost of a visit rise from 2021 to 2025?",
        "Compare the average cost of a visit in 2022 and 2024",
        "Средний возраст пациентов в 2021 и 2025 годах",
    ],
)
def test_an_average_over_two_years_compared_is_a_row_each(question: str) -> None:
    found = plan(question)

    assert found.group_by is Dimension.YEAR
    assert found.filters.periods is not None and len(found.filters.periods) == 2


def test_a_gap_over_a_span_of_years_is_its_ends() -> None:
    found = plan("Насколько выросла средняя стоимость визита в Казани с 2021 по 2025 год?")

    assert found.gap and [side.period.start.year for side in found.sides if side.period] == [
        2025,
        2021,
    ]


def test_a_count_over_a_span_without_a_comparison_stays_one_sum() -> None:
    found = plan("Visits in Kazan from 2021 to 2023")

    assert found.group_by is None and not found.filters.periods


@pytest.mark.parametrize(
    ("question", "city"),
    [("avg visit cost kzn 2023?", "Kazan"), ("визиты в екат за 2022", "Yekaterinburg")],
)
def test_chat_names_of_cities(question: str, city: str) -> None:
    assert plan(question).filters.places == [Place(city=city)]


def test_diags_is_diagnoses() -> None:
    found = plan("top 3 diags in kazan 2024")

    assert (found.group_by, found.limit) == (Dimension.DIAGNOSIS, 3)


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("Во что обошлись визиты в хирургию в Москве за 2023 год?", "SUM(v.cost_rub)"),
        ("How much revenue did Moscow bring in 2022?", "SUM(v.cost_rub)"),
        ("What is the mean patient age in Cardiology for 2023?", "AVG(v.age_at_visit)"),
        ("В каком возрасте в среднем обращаются к неврологу?", "AVG(v.age_at_visit)"),
    ],
)
def test_money_and_age_said_the_long_way(question: str, sql: str) -> None:
    assert sql in compile_plan(plan(question))


def test_a_share_of_codes_among_their_chapter_has_the_chapter_as_the_whole() -> None:
    found = plan("Share of J06 among respiratory visits in 2023")
    sql = compile_plan(found)

    assert found.codes_within_chapter
    assert "FILTER(WHERE LEFT(v.icd10_code, 3) IN ('J06'))" in sql
    assert "WHERE v.visit_date" in sql and "AND d.chapter = 'X." in sql


def test_all_but_is_an_exclusion() -> None:
    found = plan("All departments but Surgery, visits in 2024 in Moscow")

    assert found.filters.exclude_departments == ["Surgery"] and found.filters.department is None


@pytest.mark.parametrize(
    "question", ["least busy month in Moscow 2022", "Самый спокойный месяц в Казани в 2023"]
)
def test_the_quietest_month_is_one_row_fewest_first(question: str) -> None:
    found = plan(question)

    assert (found.group_by, found.order, found.limit) == (Dimension.MONTH, "asc", 1)


@pytest.mark.parametrize(
    "question",
    ["Visits by department and visit type in 2023", "визиты по отделениям и типам визитов в 2022"],
)
def test_by_department_and_another_grouping_keeps_both(question: str) -> None:
    found = plan(question)

    assert (found.group_by, found.then_by) == (Dimension.DEPARTMENT, Dimension.VISIT_TYPE)


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("Перечисли три города с самой низкой средней стоимостью визита в 2023", "asc"),
        ("Перечисли два отделения с самой высокой средней стоимостью визита в 2022", "desc"),
        ("Самый дешевый тип визита в Казани в 2024", "asc"),
    ],
)
def test_russian_high_and_low_set_the_order(question: str, order: str) -> None:
    """«с самой низкой стоимостью» was ranked highest first: the opposite of the question."""
    found = plan(question)

    assert found.order == order and found.limit is not None


@pytest.mark.parametrize(
    "question",
    [
        "What was the most common reason for visits in Moscow in 2022?",
        "What ICD-10 chapter dominated in 2023?",
    ],
)
def test_the_one_most_common_thing_is_one_row(question: str) -> None:
    assert plan(question).limit == 1


def test_how_many_times_patients_came_counts_visits() -> None:
    assert plan("How many times did patients come to Surgery in Kazan in 2023?").measure is (
        Measure.VISITS
    )


@pytest.mark.parametrize(
    "question", ["Сколько визитов в Казани за последние полгода?", "visits over the past half year"]
)
def test_the_last_half_year_is_six_months_back_from_the_data_end(question: str) -> None:
    period = plan(question).filters.period

    assert period is not None and (period.start.month, period.end.month) == (7, 12)


@pytest.mark.parametrize(
    ("question", "grouping", "column"),
    [
        ("What share of visits did each city account for in 2023?", Dimension.CITY, "visits"),
        ("Какая доля расходов пришлась на каждое отделение в 2022?", Dimension.DEPARTMENT, "cost"),
        ("percentage of visits by visit type in 2024", Dimension.VISIT_TYPE, "visits"),
    ],
)
def test_a_share_by_a_grouping_is_each_groups_part_of_the_whole(
    question: str, grouping: Dimension, column: str
) -> None:
    found = plan(question)
    sql = compile_plan(found)

    assert found.is_distribution and found.group_by is grouping
    assert "OVER ()" in sql and "share_percent" in sql and column in sql


def test_a_share_of_patients_by_city_still_asks_what_of() -> None:
    """Patients seen in two cities would count twice in a sum over cities: asked instead."""
    assert isinstance(decide("share of patients by city in 2024"), Clarify)


def test_how_often_on_average_is_visits_per_patient() -> None:
    found = plan("Как часто в среднем пациенты ходят к неврологу в Казани?")

    assert found.measure is Measure.VISITS_PER_PATIENT and found.share_of is None


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("Где меньше всего визитов в 2024 году?", "asc"),
        ("Where were the most flu visits in 2023?", "desc"),
    ],
)
def test_where_the_most_is_the_one_city(question: str, order: str) -> None:
    found = plan(question)

    assert (found.group_by, found.order, found.limit) == (Dimension.CITY, order, 1)


@pytest.mark.parametrize(
    ("question", "departments"),
    [
        (
            "Total visits in 2024, excluding the Emergency and Surgery departments",
            ["Emergency", "Surgery"],
        ),
        (
            "Сколько визитов в 2023 году, кроме терапевтического и хирургического отделений?",
            ["Therapy", "Surgery"],
        ),
    ],
)
def test_departments_closing_a_list_left_out_are_excluded_not_a_grouping(
    question: str, departments: list[str]
) -> None:
    """«кроме терапевтического и хирургического отделений» had filtered to Surgery."""
    found = plan(question)

    assert found.filters.exclude_departments == departments
    assert found.group_by is None and found.filters.department is None
    assert found.filters.visit_type is None and not found.filters.exclude_visit_types


@pytest.mark.parametrize(
    ("question", "age_min", "age_max"),
    [
        ("visits in 2024 excluding patients over 80", None, 80),
        ("Сколько визитов в 2024 году без пациентов старше 80 лет?", None, 80),
        ("visits in 2023 excluding those over 65", None, 65),
        ("visits in 2022 except children under 18", 18, None),
    ],
)
def test_ages_left_out_are_the_ages_kept_turned_round(
    question: str, age_min: int | None, age_max: int | None
) -> None:
    """ "excluding patients over 80" had counted only the patients over 80."""
    filters = plan(question).filters

    assert (filters.age_min, filters.age_max, filters.age_group) == (age_min, age_max, None)


@pytest.mark.parametrize("question", ["Visits in 2023 leaving aside Moscow"])
def test_leaving_aside_excludes(question: str) -> None:
    filters = plan(question).filters

    assert filters.exclude_places == [Place(city="Moscow")] and not filters.places


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("Сколько раз пациенты приходили к неврологу в Казани в 2022 году?", "COUNT(*) AS visits"),
        ("How many ambulance calls did Kazan get in 2023?", None),
        ("kzn avg age of ppl at cardiology visits 2023?", "AVG(v.age_at_visit)"),
        ("Сколько в среднем лет пациентам с гипертонией?", "AVG(v.age_at_visit)"),
        ("Как менялась средняя стоимость визита в Казани от года к году?", "YEAR(v.visit_date)"),
    ],
)
def test_fifth_block_wordings(question: str, sql: str | None) -> None:
    if sql is None:
        assert type(decide(question)).__name__ == "OutOfScope"
    else:
        assert sql in compile_plan(plan(question))


def test_a_share_after_was_in_russian_is_the_part_of_the_diagnosis() -> None:
    found = plan("Какой процент визитов с гриппом за 2023 год был экстренным?")

    assert found.share_of is not None and found.share_of.visit_type == "emergency"
    assert found.filters.codes


def test_growth_in_percent_is_a_gap_not_a_share() -> None:
    found = plan(
        "На сколько процентов выросло число визитов в Казани в 2024 году относительно 2022-го?"
    )

    assert found.gap and len(found.sides) == 2 and found.share_of is None


def test_a_citys_adjective_is_the_city_unless_a_district_noun_follows() -> None:
    assert plan(
        "Сколько визитов было в 2023 году, кроме казанских клиник?"
    ).filters.exclude_places == [Place(city="Kazan")]
    assert plan("Визиты в Московском районе Казани в 2024").filters.places == [
        Place(city="Kazan", district="Moskovsky")
    ]


def test_people_compared_between_places_are_counted_as_patients() -> None:
    found = plan("Где в 2023 году лечили больше женщин — в Москве или в Казани?")

    assert found.measure is Measure.PATIENTS and found.limit is None


def test_like_halves_of_two_years_are_a_row_per_year() -> None:
    found = plan(
        "How did Cardiology visits in the first half of 2024 compare with the first half of 2023?"
    )

    assert found.group_by is Dimension.YEAR


def test_which_one_of_two_places_shows_both() -> None:
    found = plan("Moscow or Kazan: which one spent more on Cardiology in 2023?")

    assert found.limit is None and found.group_by is Dimension.CITY


def test_a_districts_share_is_of_its_city() -> None:
    found = plan("Out of all Moscow visits in 2024, how many percent were in the Central okrug?")

    assert found.share_of is not None and found.filters.places == [Place(city="Moscow")]


def test_a_written_case_ending_on_an_age_is_the_age() -> None:
    filters = plan("визиты детей с 5-ти до 10-ти лет в 2024").filters

    assert (filters.age_min, filters.age_max) == (5, 10)


@pytest.mark.parametrize(
    "question", ["Сравни Москву с Питером", "Compare Moscow and Kazan for 2024"]
)
def test_places_compared_with_no_measure_ask_by_what(question: str) -> None:
    decision = decide(question)

    assert isinstance(decision, Clarify) and decision.issue.slot == "intent"
    average = next(c for c in decision.issue.candidates if c.patch.get("cost") == "average")
    chosen = UNDERSTANDING.decide(decision.slots.patched(average.patch))
    assert isinstance(chosen, Planned) and "AVG(v.cost_rub)" in compile_plan(chosen.plan)
    assert chosen.plan.group_by is Dimension.CITY


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("В какие три месяца 2023 года было больше всего визитов с гриппом?", "LIMIT 3"),
        ("What proportion of 2023 Cardiology visits were coded I10? Answer in percent.", "I10"),
        ("YoY change in Kazan emergency visits, 2024 vs 2023, in %", "growth_percent"),
        ("Как от квартала к кварталу менялась средняя стоимость визита в 2023 году?", "-Q"),
        ("скока гриппа было в казани в фев 24го", "2024-02-01"),
        ("How many visits in the last 3 months of 2023?", "2023-10-01"),
    ],
)
def test_sixth_block_wordings(question: str, sql: str) -> None:
    assert sql in compile_plan(plan(question))


@pytest.mark.parametrize(
    "question",
    [
        "What was the average BMI of our asthma patients in 2024?",
        "Сколько пациентов пришли по направлению из другой клиники в 2023 году?",
        "Сколько было неявок на приём в Москве в 2024 году?",
    ],
)
def test_measurements_referrals_and_no_shows_are_not_in_the_data(question: str) -> None:
    assert type(decide(question)).__name__ == "OutOfScope"


def test_which_clinic_asks_what_kind_of_place() -> None:
    decision = decide("Which clinic is the busiest?")

    assert isinstance(decision, Clarify) and decision.issue.slot == "dimension"


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("What's the most expensive visit we have recorded in Moscow?", "MAX(v.cost_rub)"),
        ("What's the lowest cost of any Surgery visit on record?", "MIN(v.cost_rub)"),
        ("Максимальная стоимость визита в Казани в 2023 году", "MAX(v.cost_rub)"),
    ],
)
def test_the_dearest_or_cheapest_single_visit_is_max_or_min(question: str, sql: str) -> None:
    assert sql in compile_plan(plan(question))


def test_the_most_expensive_diagnoses_stay_ranked_by_average_cost() -> None:
    assert "AVG(v.cost_rub)" in compile_plan(plan("the most expensive diagnoses in 2024"))


@pytest.mark.parametrize(
    ("question", "excluded"),
    [
        (
            "Visits in Kazan in 2024 minus the emergency ones",
            {"exclude_visit_types": ["emergency"]},
        ),
        (
            "Сколько визитов в 2023, если не брать в расчёт Москву?",
            {"exclude_places": [Place(city="Moscow")]},
        ),
        (
            "Visits in 2024 for everything except respiratory diagnoses",
            {"exclude_chapters": ["X. Diseases of the respiratory system"]},
        ),
    ],
)
def test_more_ways_of_leaving_out(question: str, excluded: dict[str, object]) -> None:
    filters = plan(question).filters

    for field, value in excluded.items():
        assert getattr(filters, field) == value


def test_teenagers_left_out_with_children_are_out_and_alone_are_said() -> None:
    assert plan("Сколько пациентов было в 2024, исключая детей и подростков?").filters.age_min == 18
    alone = plan("Visits in 2023 excluding teenagers")
    assert any("13–17" in note for note in alone.assumptions)


@pytest.mark.parametrize(
    "question",
    ["What is the readmission rate in Kazan?", "Какой средний срок лечения в кардиологии?"],
)
def test_readmissions_and_treatment_length_are_not_in_the_data(question: str) -> None:
    assert type(decide(question)).__name__ == "OutOfScope"


@pytest.mark.parametrize(
    ("question", "family"),
    [("сколко визитов в казане в 2023", Family.COUNT), ("top5 diagnozes kzn 2024", Family.TOP)],
)
def test_misspelt_count_and_diagnoses_words(question: str, family: Family) -> None:
    found = plan(question)

    assert found.family is family and found.filters.places == [Place(city="Kazan")]


def test_total_costs_per_visit_type_are_a_sum_by_visit_type() -> None:
    found = plan("What were the total costs per visit type in Kazan in 2023?")

    assert found.group_by is Dimension.VISIT_TYPE and "SUM(v.cost_rub)" in compile_plan(found)


@pytest.mark.parametrize(
    "question",
    [
        "Which age group visited Cardiology most in 2024?",
        "В какой возрастной группе было больше всего визитов с гриппом в 2023?",
    ],
)
def test_which_age_group_is_the_one_row(question: str) -> None:
    found = plan(question)

    assert (found.group_by, found.limit) == (Dimension.AGE_GROUP, 1)


@pytest.mark.parametrize(
    ("question", "ages"),
    [
        ("Сколько визитов у детей до года в 2024?", (0, 0)),
        ("visits of patients between the ages of 20 and 30 in 2022", (20, 30)),
        ("visits by people in their 30s in 2024", (30, 39)),
        ("visits by under-fives in 2024", (0, 4)),
    ],
)
def test_ages_said_in_words(question: str, ages: tuple[int, int]) -> None:
    filters = plan(question).filters

    assert (filters.age_min, filters.age_max) == ages


@pytest.mark.parametrize(
    "question",
    [
        "Сколько визитов в день в среднем было в Казани в 2024?",
        "average daily visits in Moscow 2023",
    ],
)
def test_an_average_per_day_is_not_passed_off_as_a_total(question: str) -> None:
    found = plan(question)

    assert found.group_by is Dimension.MONTH
    assert any("не вычисляется" in a or "not computed" in a for a in found.assumptions)


@pytest.mark.parametrize(
    "question",
    [
        "How many complaints did we get in Kazan in 2024?",
        "Сколько больничных листов выдали в 2023 году?",
        "Сколько пациентов по ДМС было в Москве?",
        "How many ICU admissions were there in 2024?",
        "At what time of day do most visits happen?",
    ],
)
def test_more_things_the_visits_do_not_record(question: str) -> None:
    assert type(decide(question)).__name__ == "OutOfScope"


@pytest.mark.parametrize(
    ("question", "city", "year", "measure"),
    [
        ("top dx nsk 23", "Novosibirsk", 2023, Measure.VISITS),
        ("сколько пацов в мск в 24", "Moscow", 2024, Measure.PATIENTS),
        ("kzn cardio pts 2023", "Kazan", 2023, Measure.PATIENTS),
    ],
)
def test_texting(question: str, city: str, year: int, measure: Measure) -> None:
    found = plan(question)

    assert found.filters.places == [Place(city=city)] and found.measure is measure
    assert found.filters.period is not None and found.filters.period.start.year == year


def test_an_age_written_as_a_sign() -> None:
    filters = plan("pts >65 in msk 2024").filters

    assert (filters.age_min, filters.age_max) == (66, None)


@pytest.mark.parametrize("question", ["show me the top 10", "топ 20"])
def test_a_top_n_at_the_end_is_not_a_year(question: str) -> None:
    decision = decide(question)

    assert isinstance(decision, Clarify) and decision.issue.slot == "dimension"


@pytest.mark.parametrize(
    ("question", "chapter"),
    [
        ("How many visits with J-codes in 2024?", "X."),
        ("Visits with codes starting with I in Moscow 2023", "IX."),
        ("Сколько визитов с кодами МКБ на букву E в 2022?", "IV."),
    ],
)
def test_codes_by_their_letter_are_the_chapter_of_that_letter(question: str, chapter: str) -> None:
    """ "J-codes" had been dropped: every visit was counted, without a word."""
    found = plan(question).filters.chapter

    assert found is not None and found.startswith(chapter)


def test_a_letter_shared_by_two_chapters_is_not_read_as_one() -> None:
    assert plan("visits with A-codes in 2024").filters.chapter is None


@pytest.mark.parametrize(
    "question",
    ["What % of visits in 2024 were for asthma?", "Какой % визитов в 2023 был экстренным?"],
)
def test_the_percent_sign_asks_a_share(question: str) -> None:
    assert plan(question).family is Family.SHARE


def test_patients_who_came_back_visited_at_least_twice() -> None:
    assert plan("How many patients came back in 2024?").filters.min_visits == 2


def test_the_cost_of_all_visits_is_a_total() -> None:
    assert "SUM(v.cost_rub)" in compile_plan(plan("Cost of all flu visits in Kazan in 2023"))


@pytest.mark.parametrize(
    "question", ["How many new patients in 2024?", "Сколько первичных пациентов было в 2024?"]
)
def test_new_patients_are_not_asked_about_as_a_diagnosis(question: str) -> None:
    assert type(decide(question)).__name__ == "OutOfScope"


@pytest.mark.parametrize(
    ("question", "grouping"),
    [
        ("Годовая динамика расходов на онкологию", Dimension.YEAR),
        ("How did the average cost change in 2024?", Dimension.MONTH),
    ],
)
def test_a_cost_over_time_is_by_period(question: str, grouping: Dimension) -> None:
    """ "how did the average cost change" had given one pooled figure ("change in" was read as a
    gap: the "%" of "change in %" is lost to the tokenizer)."""
    found = plan(question)

    assert found.group_by is grouping and not found.gap


@pytest.mark.parametrize(
    ("question", "cities"),
    [
        ("Visits in 2023, Moscow excluded", ["Moscow"]),
        ("Visits in 2023, Moscow and Kazan excluded", ["Kazan", "Moscow"]),
        ("Сколько визитов в 2024, Москва не в счёт?", ["Moscow"]),
    ],
)
def test_a_marker_after_the_names_leaves_them_out(question: str, cities: list[str]) -> None:
    """ "Moscow excluded" had counted Moscow only, without a word."""
    filters = plan(question).filters

    assert sorted(p.city for p in filters.exclude_places or []) == cities
    assert not filters.places


def test_the_ratio_of_men_and_women_among_patients_counts_patients() -> None:
    found = plan("Соотношение мужчин и женщин среди пациентов в 2023")

    assert (found.group_by, found.measure) == (Dimension.SEX, Measure.PATIENTS)


@pytest.mark.parametrize(
    ("question", "limit"),
    [
        ("Most frequent reason for emergency visits in 2025", 1),
        ("What is the most common diagnosis in Kazan in 2023?", 1),
    ],
)
def test_the_most_common_reason_is_one_diagnosis(question: str, limit: int) -> None:
    found = plan(question)

    assert (found.group_by, found.limit) == (Dimension.DIAGNOSIS, limit)
    assert not any("Not used" in a for a in found.assumptions)


@pytest.mark.parametrize(
    ("question", "grouping", "each", "limit"),
    [
        ("Top 3 diagnoses for each city in 2024", Dimension.DIAGNOSIS, Dimension.CITY, 3),
        ("Топ-2 диагноза в каждом городе за 2023", Dimension.DIAGNOSIS, Dimension.CITY, 2),
        (
            "top 5 departments in each district of Moscow",
            Dimension.DEPARTMENT,
            Dimension.DISTRICT,
            5,
        ),
        # ranked "by" a grouping: these had ranked three cities or the busiest year
        ("Top 3 diagnoses by city in 2024", Dimension.DIAGNOSIS, Dimension.CITY, 3),
        ("Топ-3 диагноза по отделениям за 2023", Dimension.DIAGNOSIS, Dimension.DEPARTMENT, 3),
        ("top 3 diagnoses by year", Dimension.DIAGNOSIS, Dimension.YEAR, 3),
        ("Which city had the most flu visits by year?", Dimension.CITY, Dimension.YEAR, 1),
        ("which city had the most visits in each year", Dimension.CITY, Dimension.YEAR, 1),
        ("Самый загруженный город по годам", Dimension.CITY, Dimension.YEAR, 1),
        (
            "Which department had the most visits per city in 2023?",
            Dimension.DEPARTMENT,
            Dimension.CITY,
            1,
        ),
    ],
)
def test_a_top_list_in_each_group(
    question: str, grouping: Dimension, each: Dimension, limit: int
) -> None:
    """ "Top 3 diagnoses for each city" had ranked three cities."""
    found = plan(question)
    sql = compile_plan(found)

    assert (found.group_by, found.then_by, found.limit) == (grouping, each, limit)
    assert found.top_in_each_group and "QUALIFY ROW_NUMBER() OVER (PARTITION BY" in sql
    assert sql.rstrip().endswith(("diagnosis", "department", "city")) and " LIMIT " not in sql


@pytest.mark.parametrize(
    "question",
    ["top 5 cities by number of visits", "Top 5 diagnoses in 2024 by visits"],
)
def test_ranked_by_a_measure_is_one_top_list(question: str) -> None:
    found = plan(question)

    assert found.then_by is None and found.limit == 5


@pytest.mark.parametrize(
    "question",
    ["Visits by city and department in 2024", "Визиты по городам и отделениям за 2024"],
)
def test_a_noun_grouping_joined_by_and_is_kept(question: str) -> None:
    """ "by city and department" had dropped the department."""
    found = plan(question)

    assert (found.group_by, found.then_by) == (Dimension.CITY, Dimension.DEPARTMENT)


def test_visits_in_each_city_stay_a_ranking_of_cities() -> None:
    found = plan("Visits in each city in 2024")

    assert found.group_by is Dimension.CITY and found.then_by is None


@pytest.mark.parametrize(
    ("question", "age_min", "age_max"),
    [
        ("Сколько госпитализаций детей младше трёх лет было в 2022 году?", None, 2),
        ("visits of kids under three years old in 2024", None, 2),
        ("пациенты от двух до пяти лет в 2023", 2, 5),
    ],
)
def test_an_age_in_words_is_an_age(question: str, age_min: int | None, age_max: int) -> None:
    """«младше трёх лет» had become all children, with «младше» not used."""
    filters = plan(question).filters

    assert (filters.age_max, filters.age_group) == (age_max, None)
    assert filters.age_min in (age_min, 0)


@pytest.mark.parametrize(
    "question",
    [
        "On average, how many visits did each Cardiology patient make in Saint Petersburg in 2022?",
        "Сколько экстренных обращений в среднем приходится на одного экстренного пациента в 2023?",
    ],
)
def test_per_patient_with_a_word_between(question: str) -> None:
    """ "each Cardiology patient" had counted the visits."""
    found = plan(question)

    assert found.measure is Measure.VISITS_PER_PATIENT
    assert found.filters.department == "Cardiology" or found.filters.visit_type == "emergency"


@pytest.mark.parametrize(
    ("question", "codes"),
    [
        ("Топ-3 диагноза у женщин за 2022 год, если не брать J06 и Z00", ["J06", "Z00"]),
        ("Top diagnoses in 2024 disregarding J06", ["J06"]),
    ],
)
def test_more_exclusion_markers(question: str, codes: list[str]) -> None:
    """«если не брать J06 и Z00» had kept only J06 and Z00."""
    filters = plan(question).filters

    assert sorted(filters.exclude_codes) == codes and not filters.codes


def test_a_chapter_written_as_its_code_range_is_the_chapter() -> None:
    """ "травмы (S00–T98)" in a share had been both the part and the whole: 100 %."""
    found = plan("Какую долю всех экстренных визитов 2025 года составили травмы (S00–T98)?")
    sql = compile_plan(found)

    assert found.filters.chapter is not None and found.filters.chapter.startswith("XIX")
    assert not found.filters.codes and "FILTER(WHERE d.chapter" in sql


@pytest.mark.parametrize(
    ("question", "part"),
    [
        (
            "Какой процент расходов на стационар в 2022 году пришёлся на пациентов 65 лет"
            " и старше?",
            "v.age_at_visit >= 65",
        ),
        ("What share of inpatient visits in 2023 were children under 5?", "BETWEEN 0 AND 4"),
    ],
)
def test_an_age_after_the_copula_is_the_part(question: str, part: str) -> None:
    """The visit type had been the part and the age the whole."""
    sql = compile_plan(plan(question))

    assert "FILTER(WHERE v.age_at_visit" in sql and part in sql.split(" AS ")[0]
    assert "v.visit_type = 'inpatient'" in sql.split("WHERE v.visit_date")[-1]


@pytest.mark.parametrize(
    ("question", "reading"),
    [
        ("Какой вид обращения реже всего встречался у детей в 2024 году?", "visit_type"),
        ("Сколько стоили все стационарные визиты в Казани за 2024 год?", "total_cost"),
        ("чё по расходам на эндокринку в мск за 2023, скока вышло?", "Endocrinology"),
        ("avg age pts in peds kzn 2024", "Pediatrics"),
    ],
)
def test_colloquial_names_of_groupings_measures_and_departments(
    question: str, reading: str
) -> None:
    found = plan(question)

    assert reading in (found.group_by, found.measure, found.filters.department)
    assert not any("Not used" in a or "Не учтено" in a for a in found.assumptions)


@pytest.mark.parametrize(
    "question",
    [
        "Какое среднее артериальное давление у пациентов с гипертонией при первом визите?",
        "Какой был средний уровень холестерина у пациентов кардиологии в Москве в 2024 году?",
        "How many endoscopies in 2024",
    ],
)
def test_measurements_and_procedures_are_out_of_scope(question: str) -> None:
    assert type(decide(question)).__name__ == "OutOfScope"


def test_pronouns_are_not_unknown_diagnoses() -> None:
    """ "both", "them", «такого» had been asked back as unknown diagnoses."""
    found = plan(
        "Did the average emergency visit get more expensive between 2021 and 2025? "
        "Show the average for both years."
    )

    assert [p.start.year for p in found.filters.periods] == [2021, 2025]


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Which was busier in 2024: Cardiology or Neurology?", Measure.VISITS),
        ("Какое отделение загруженнее: хирургия или травматология, 2023?", Measure.VISITS),
        ("Is Kazan or Ekaterinburg cheaper per visit in 2022?", Measure.AVERAGE_COST),
        ("Где дороже визит — в Москве или в Казани в 2024?", Measure.AVERAGE_COST),
    ],
)
def test_a_comparative_word_compares_the_two_named(question: str, measure: Measure) -> None:
    """ "busier", "cheaper", «загруженнее» had been asked back: no measure."""
    found = plan(question)
    sql = compile_plan(found)

    assert found.measure is measure
    assert "GROUP BY" in sql and sql.count("'") >= 4


def test_in_money_after_a_count_is_the_total_cost() -> None:
    decision = UNDERSTANDING.follow_up(
        "Сколько визитов в Казани в 2023?", "а сколько это в деньгах?"
    )

    assert isinstance(decision, Planned) and decision.plan.measure is Measure.TOTAL_COST


@pytest.mark.parametrize(
    "question",
    [
        "How many patients were readmitted within 30 days in 2024?",
        "Сколько пациентов выписано с улучшением в 2024?",
    ],
)
def test_readmissions_and_outcomes_are_out_of_scope(question: str) -> None:
    """ "readmitted within 30 days" had counted every patient, with a note."""
    assert type(decide(question)).__name__ == "OutOfScope"


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("сколько народу лежало в больнице в 2023", Measure.PATIENTS),
        ("How many unique people came to Surgery in Q3 2024?", Measure.PATIENTS),
    ],
)
def test_people_in_hospital_and_unique_people(question: str, measure: Measure) -> None:
    found = plan(question)

    assert found.measure is measure
    assert not any("Not used" in a or "Не учтено" in a for a in found.assumptions)


@pytest.mark.parametrize(
    "question",
    [
        "How many patients were seen by both Cardiology and Therapy in 2023?",
        "Сколько пациентов наблюдались и в кардиологии, и в терапии в 2023?",
    ],
)
def test_patients_seen_by_both_departments(question: str) -> None:
    """ "seen by both Cardiology and Therapy" had given a row per department, "both" unused."""
    found = plan(question)
    sql = compile_plan(found)

    assert found.filters.seen_by_every_department == ["Cardiology", "Therapy"]
    assert found.filters.department is None and not found.sides
    assert "HAVING COUNT(DISTINCT v.department) = 2" in sql


def test_departments_compared_stay_sides_even_with_both() -> None:
    found = plan("Compare both departments: Cardiology and Therapy in 2024")

    assert not found.filters.seen_by_every_department and len(found.sides) == 2


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("ср. возраст в гастро в питере за 2024?", Measure.AVERAGE_AGE),
        ("Сколько визитов в среднем приходится на одного ребёнка в педиатрии Казани за 2024?",
         Measure.VISITS_PER_PATIENT),
        ("wat % of msk visits in 2021 were inpatient lol", Measure.SHARE),
    ],
)  # fmt: skip
def test_short_forms_of_measures(question: str, measure: Measure) -> None:
    found = plan(question)

    assert found.measure is measure
    assert not any("Not used" in a or "Не учтено" in a for a in found.assumptions)


def test_per_child_keeps_the_children() -> None:
    found = plan("Сколько визитов в среднем приходится на одного ребёнка в педиатрии Казани?")

    assert found.filters.department == "Pediatrics"
    assert (found.filters.age_min, found.filters.age_max) == (0, 17) or found.filters.age_group


def test_a_district_several_cities_have_is_the_one_of_the_city_before() -> None:
    """«а если брать только Советский район?» after a question about Kazan had been asked back."""
    decision = UNDERSTANDING.follow_up(
        "Сколько разных пациентов побывало в пульмонологии в Казани в 2022 году?",
        "а если брать только Советский район?",
    )

    assert isinstance(decision, Planned)
    assert decision.plan.filters.places == [Place(city="Kazan", district="Sovetsky")]


def test_and_a_district_the_city_before_lacks_is_still_asked() -> None:
    decision = UNDERSTANDING.follow_up("How many visits in Moscow in 2024?", "and in Sovetsky?")

    assert isinstance(decision, Clarify)


@pytest.mark.parametrize(
    "question",
    [
        "What percentage of all COVID-19 visits (U07.1, U07.2) over the whole period"
        " happened in 2022?",
        "Какая доля всех визитов с гриппом пришлась на 2023 год?",
    ],
)
def test_a_period_after_the_copula_is_the_part_of_all_the_data(question: str) -> None:
    """The year had narrowed the whole too (or "the whole period, 2022" became one span)."""
    found = plan(question)

    assert found.share_of is not None and found.share_of.period is not None
    assert found.filters.period is not None and found.filters.period.start.year == 2021


@pytest.mark.parametrize(
    "question", ["How did we do in 2024 versus 2023?", "Compare 2024 with 2023"]
)
def test_periods_compared_with_nothing_said_of_what_are_asked_back(question: str) -> None:
    decision = decide(question)

    assert isinstance(decision, Clarify) and decision.issue.slot == "intent"


def test_all_five_years_is_the_whole_period_not_a_split_by_year() -> None:
    found = plan(
        "Across all five years, which two Novosibirsk districts had the fewest distinct"
        " hypertension (I10) patients?"
    )

    assert (found.group_by, found.then_by, found.limit, found.order) == (
        Dimension.DISTRICT,
        None,
        2,
        "asc",
    )


@pytest.mark.parametrize(
    "question",
    [
        "What share of 2023 spending on circulatory diseases (I00–I99) went to inpatient visits?",
        "Какая доля расходов на онкологию в 2024 ушла на стационар?",
    ],
)
def test_went_to_names_the_part_of_spending(question: str) -> None:
    found = plan(question)

    assert found.share_of is not None and found.share_of.visit_type == "inpatient"
    assert found.filters.visit_type is None


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("Average cost of a Therapy visit for patients aged 20 through 29 in 2022", 20, 29),
        ("How many distinct children under 10 were seen for otitis media (H65 or H66)?", 0, 9),
    ],
)
def test_through_and_otitis_media(question: str, first: int, last: int) -> None:
    """ "20 through 29" had been 20 alone; "otitis media" had been a median (out of scope)."""
    filters = plan(question).filters

    assert (filters.age_min, filters.age_max) == (first, last)


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Сколько стоили визиты в терапию с 1 по 31 марта 2024 года?", Measure.TOTAL_COST),
        ("how much did visits to Therapy cost in March 2024", Measure.TOTAL_COST),
        ("Сколько стоил визит в терапию в 2024?", Measure.AVERAGE_COST),
        ("Сколько в среднем стоили визиты в терапию в 2024?", Measure.AVERAGE_COST),
        ("Average spending per distinct inpatient in Yekaterinburg in 2022",
         Measure.COST_PER_PATIENT),
    ],
)  # fmt: skip
def test_what_visits_cost_together_and_one_visit(question: str, measure: Measure) -> None:
    assert plan(question).measure is measure


def test_excluded_visits_with_a_diagnosis() -> None:
    """«кроме визитов с ОРВИ (J06)» had kept J06 alone."""
    filters = plan(
        "Во сколько обошлись все визиты в Новосибирске за 2023 год, кроме визитов с ОРВИ (J06)?"
    ).filters

    assert filters.exclude_codes == ["J06"] and not filters.codes


def test_grannies_and_grandpas_are_people_not_a_split_by_sex() -> None:
    found = plan("скока бабулек и дедулек 80+ лежало в стационаре в питере в 24м")

    assert found.measure is Measure.PATIENTS and found.group_by is None
    assert found.filters.sex is None and found.filters.age_min == 80


def test_and_also_in_is_both_departments() -> None:
    found = plan("How many people were treated in Pulmonology and also in Cardiology during 2022?")

    assert found.filters.seen_by_every_department == ["Pulmonology", "Cardiology"]


@pytest.mark.parametrize(
    "question", ["Which department is the worst in Moscow in 2024?", "Лучшее отделение в Казани?"]
)
def test_best_or_worst_with_no_measure_is_asked_back(question: str) -> None:
    decision = decide(question)

    assert isinstance(decision, Clarify) and decision.issue.slot == "intent"


def test_number_of_unique_pts_with() -> None:
    found = plan("# of unique pts w/ migraine (G43) in spb 2024??")

    assert found.measure is Measure.PATIENTS and found.filters.codes == ["G43"]


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("pls give me count of patients older then 70 in kazan for 2022", 71, None),
        ("how many women between 40 and 50 visited Cardiology in Novosibirsk during 2023", 40, 50),
    ],
)
def test_ages_written_loosely(question: str, first: int, last: int | None) -> None:
    filters = plan(question).filters

    assert (filters.age_min, filters.age_max) == (first, last)


def test_stays_are_visits_and_type_2_diabetes_either_way_round() -> None:
    stays = plan("Number of inpatient stays per department, Yekaterinburg, 2021, descending")
    diabetes = plan("Show visits for diabetes type 2 per quarter for 2024 in Novosibirsk")

    assert stays.filters.visit_type == "inpatient" and stays.group_by is Dimension.DEPARTMENT
    assert not any("Not used" in a for a in stays.assumptions)
    assert diabetes.filters.codes == ["E11"]


def test_ascending_order_is_said() -> None:
    assert plan("visits by city 2024 in ascending order").order == "asc"


@pytest.mark.parametrize(
    ("question", "bands"),
    [
        ("Распределение визитов с гриппом за 2024 год по возрастным группам: до 18, 18–64, 65 и"
         " старше", [0, 18, 65]),
        ("Patients by age band: under 5, 5-17, 18-64, 65+ in 2024", [0, 5, 18, 65]),
        ("Patients under 18, 18 to 64 and 65 plus in 2024", [0, 18, 65]),
    ],
)  # fmt: skip
def test_age_bands_listed_are_the_groups(question: str, bands: list[int]) -> None:
    """The listed bands had crashed the parser («18–64» is no standard group) or been dropped
    for the standard groups with "Not used" numbers."""
    found = plan(question)
    sql = compile_plan(found)

    assert found.group_by is Dimension.AGE_GROUP and found.age_bands == bands
    assert "ORDER BY MIN(v.age_at_visit)" in sql
    assert not any("Not used" in a or "Не учтено" in a for a in found.assumptions)


def test_the_standard_age_groups_stay_without_a_list() -> None:
    found = plan("visits by age group in 2024")

    assert found.age_bands == [] and "'40-64'" in compile_plan(found)


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("Among the Moscow okrugs, which one had the fewest visits from children under 18 in"
         " 2024?", lambda p: p.limit == 1 and p.order == "asc"),
        ("kazan: sovetsky vs novo-savinovsky district, number of different patients in 2023",
         lambda p: p.group_by is Dimension.DISTRICT and p.measure is Measure.PATIENTS),
        ("Which 3 diagnoses led Yekaterinburg's emergency visits in 2023 once you drop the whole"
         " injury chapter (XIX)?", lambda p: len(p.filters.exclude_chapters) == 1
         and p.filters.department is None),
        ("Средняя стоимость визита в Санкт-Петербурге за 2023 год по всем отделениям, кроме"
         " онкологии и хирургии", lambda p: p.group_by is None
         and p.filters.exclude_departments == ["Oncology", "Surgery"]),
        ("How many patients had at least three Cardiology visits in 2025?",
         lambda p: p.filters.min_visits == 3 and p.filters.department == "Cardiology"),
        ("Сколько визитов в среднем делает за год один пациент гастроэнтерологии в Москве?"
         " Возьмите 2024 год", lambda p: p.measure is Measure.VISITS_PER_PATIENT),
        ("Сколько визитов с воспалительными полиартропатиями (M05–M14) зафиксировано в"
         " Екатеринбурге за весь период?", lambda p: "M05" in p.filters.codes),
        ("чё, скока мелких до 5 лет с бронхитом (J20) было в мск в 2024? визитов в смысле",
         lambda p: p.filters.age_max == 4 and p.measure is Measure.VISITS),
        ("Men as a percentage of the distinct patients treated for essential hypertension (I10)"
         " in 2025?", lambda p: p.share_of is not None and p.share_of.sex == "M"
         and p.filters.codes == ["I10"]),
        ("visits of 5 year olds in 2024", lambda p: (p.filters.age_min, p.filters.age_max)
         == (5, 5) and p.group_by is None),
    ],
)  # fmt: skip
def test_set_13_wordings(question: str, check: Any) -> None:
    assert check(plan(question))


def test_once_is_not_oncology_but_onc_is() -> None:
    """Dropping the short name "onc" (its stem is "once"'s) had lost Oncology written "onc"."""
    dropped = plan("Top 3 diagnoses in 2023 once you drop the injury chapter (XIX)")

    assert dropped.filters.department is None
    assert plan("onc visits 2024").filters.department == "Oncology"
    assert plan("patients who came more than once in 2024").filters.min_visits == 2


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("Within each visit type, which department saw the largest number of distinct patients"
         " in 2022?", lambda p: p.top_in_each_group and p.then_by is Dimension.VISIT_TYPE),
        ("Which four Moscow okrugs ran up the biggest total Cardiology bill in 2025?",
         lambda p: p.measure is Measure.TOTAL_COST and p.limit == 4),
        ("Какие три диагноза чаще всего ставили в Новосибирске пациентам от 18 до 30 лет за 2024"
         " год?", lambda p: p.measure is Measure.VISITS and p.limit == 3),
        ("average visit cost network wide for 2025 excluding inpatient stays and the oncology"
         " dept", lambda p: p.group_by is None and p.filters.exclude_departments == ["Oncology"]),
        ("How many Ophthalmology visits in Saint Petersburg in 2022 came from patients in their"
         " seventies (70-79)?", lambda p: (p.filters.age_min, p.filters.age_max) == (70, 79)),
        ("Сколько за все пять лет было стационарных визитов у пациентов старше девяноста лет?",
         lambda p: p.filters.age_min == 91),
        ("Total spend on Dermatology across all five cities in 2024, in rubles",
         lambda p: p.group_by is None and p.measure is Measure.TOTAL_COST),
        ("How many people were seen only once in 2023, i.e. exactly one visit the whole year?",
         lambda p: p.filters.max_visits == 1 and p.group_by is None),
        ("patients with exactly 3 visits in 2024",
         lambda p: (p.filters.min_visits, p.filters.max_visits) == (3, 3)),
        ("avg inpatient cost per year 2021 -> 2025, Moscow",
         lambda p: p.group_by is Dimension.YEAR and not p.filters.periods),
        ("Visits in Saint Petersburg over the May holidays, 1 to 10 May 2025: how many?",
         lambda p: p.filters.period is not None and p.filters.period.end.day == 10),
        ("gimme the 3 quietest depts in kzn for 2023 (by visits)",
         lambda p: p.limit == 3 and p.order == "asc" and p.group_by is Dimension.DEPARTMENT),
        ("скока людей лежало в неврологии в казани в 24м",
         lambda p: p.filters.visit_type == "inpatient" and p.filters.department == "Neurology"),
    ],
)  # fmt: skip
def test_set_14_wordings(question: str, check: Any) -> None:
    assert check(plan(question))


@pytest.mark.parametrize(
    "question",
    [
        "Сколько было дорогих визитов в Москве за 2024 год?",
        "Сколько пациентов Москвы в 2024 году записались на приём через Госуслуги?",
    ],
)
def test_expensive_visits_are_asked_back_and_booking_is_out_of_scope(question: str) -> None:
    decision = decide(question)

    assert isinstance(decision, Clarify) or type(decision).__name__ == "OutOfScope"


def test_an_expensive_visit_settled_by_its_fallback_or_a_choice() -> None:
    question = "Сколько было дорогих визитов в Москве за 2024 год?"
    decision = decide(question)
    assert isinstance(decision, Clarify)

    chosen = UNDERSTANDING.decide(decision.slots.patched(decision.issue.candidates[1].patch))

    assert plan(question).measure is Measure.AVERAGE_COST
    assert isinstance(chosen, Planned) and chosen.plan.measure is Measure.TOTAL_COST


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("Could you pull the number of emergency Traumatology visits in Moscow's Southern okrug"
         " for 2023? Thanks in advance.", lambda p: p.filters.department == "Traumatology"),
        ("По каждому городу назовите отделение с наибольшими суммарными расходами за 2023 год",
         lambda p: p.top_in_each_group and p.measure is Measure.TOTAL_COST),
        ("Какую долю от всех госпитализаций Екатеринбурга за 2024 год составили госпитализации в"
         " кардиологию? в %", lambda p: p.share_of is not None
         and p.share_of.department == "Cardiology" and p.filters.visit_type == "inpatient"),
        ("Средний чек визита в хирургию по всей сети за 2025 год, стационар не учитываем",
         lambda p: p.filters.exclude_visit_types == ["inpatient"]),
        ("yo whats the priciest dept in nsk for 2025, avg per visit",
         lambda p: p.limit == 1 and p.measure is Measure.AVERAGE_COST),
        ("Yekaterinburg visit volume over the New Year period, 15 Dec 2022 to 15 Jan 2023"
         " inclusive", lambda p: p.filters.period is not None
         and p.filters.period.start.day == 15),
    ],
)  # fmt: skip
def test_set_15_wordings(question: str, check: Any) -> None:
    assert check(plan(question))


def test_children_up_to_an_age_without_years() -> None:
    decision = UNDERSTANDING.follow_up(
        "Помесячная динамика визитов с ОРВИ (J06) в Новосибирске за 2024 год",
        "а то же самое только по детям до 14?",
    )

    assert isinstance(decision, Planned) and decision.plan.filters.age_max == 13


@pytest.mark.parametrize(
    ("question", "decision"),
    [
        ("Какие районы Казани были самыми проблемными в 2024 году?", "Clarify"),
        ("How many CT scanners does the Novosibirsk network have right now?", "OutOfScope"),
        ("Какая доля пациентов кардиологии в Москве имеет высшее образование?", "OutOfScope"),
    ],
)
def test_problems_equipment_and_education(question: str, decision: str) -> None:
    assert type(decide(question)).__name__ == decision


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("For each city, what was the single most common diagnosis among children under 18 in"
         " 2025?", lambda p: p.top_in_each_group and not p.filters.codes),
        ("Inpatient admissions in Saint Petersburg, first half of 2023 against first half of"
         " 2024", lambda p: p.group_by is Dimension.YEAR and len(p.filters.periods) == 2),
        ("Cardiology visits among 30-to-45-year-olds in Kazan, 2025 - how many?",
         lambda p: (p.filters.age_min, p.filters.age_max) == (30, 45) and p.group_by is None),
        ("how much did emergncy visits of pensioners 65+ cost us in kazan in 2024? total rub",
         lambda p: p.filters.visit_type == "emergency" and p.measure is Measure.TOTAL_COST),
        ("Сколько уникальных пациентов было по каждой главе МКБ-10 в 2021 году?",
         lambda p: p.group_by is Dimension.CHAPTER),
        ("Distinct patients seen in Kazan during the first ten days of January 2024 (Jan 1-10)",
         lambda p: p.filters.period is not None and p.filters.period.end.day == 10),
        ("visits January 1-10, 2024", lambda p: p.filters.period is not None
         and p.filters.period.end.day == 10),
    ],
)  # fmt: skip
def test_set_16_wordings(question: str, check: Any) -> None:
    assert check(plan(question))


def test_patients_with_an_age_in_a_follow_up_keep_the_measure() -> None:
    """ "only patients over 80" after a count of admissions had counted patients instead."""
    decision = UNDERSTANDING.follow_up(
        "Inpatient admissions in 2023 broken down by city", "same thing but only patients over 80"
    )

    assert isinstance(decision, Planned) and decision.plan.measure is Measure.VISITS
    assert plan("How many patients over 80 were seen in 2023?").measure is Measure.PATIENTS


@pytest.mark.parametrize(
    ("question", "decision"),
    [
        ("Что было самым частым в Екатеринбурге в 2023 году?", "Clarify"),
        ("How much did the Novosibirsk clinics pay for electricity in 2023?", "OutOfScope"),
    ],
)
def test_most_common_of_nothing_and_electricity(question: str, decision: str) -> None:
    assert type(decide(question)).__name__ == decision


def test_a_long_misspelt_name_is_read_and_said() -> None:
    found = plan("inpatinet visits 2024")

    assert found.filters.visit_type == "inpatient"
    assert any("inpatinet" in a for a in found.assumptions)


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("For every visit type (outpatient, inpatient, emergency), which two departments handled"
         " the most visits in 2022?", lambda p: p.top_in_each_group and p.limit == 2
         and p.filters.visit_type is None),
        ("Which pair of Saint Petersburg districts saw the least Cardiology traffic in 2024?",
         lambda p: p.limit == 2 and p.order == "asc"),
        ("novosibirsk 2023 pensioners 65+ as a % of all visits there",
         lambda p: p.share_of is not None and p.share_of.age_min == 65),
        ("Женщины — это сколько процентов от всех обращений с мигренью (G43) за 2025 год?",
         lambda p: p.share_of is not None and p.share_of.sex == "F"
         and p.filters.codes == ["G43"]),
        ("Moscow, 2023 - female patients aged 40 through 60, every department except"
         " Endocrinology and Gynecology: how many visits?", lambda p: p.group_by is None
         and p.filters.exclude_departments == ["Endocrinology", "Gynecology"]),
        ("Young adults 18 to 35: how many Neurology visits did they make in Novosibirsk in 2022?",
         lambda p: (p.filters.age_min, p.filters.age_max) == (18, 35)),
        ("avg check for a derm visit in ekb 2023, quick pls",
         lambda p: p.measure is Measure.AVERAGE_COST and not p.filters.codes),
        ("чем чаще всего болеют деды 75+ в мск, топ 3 за 2024",
         lambda p: p.group_by is Dimension.DIAGNOSIS and p.limit == 3),
        ("What was the most expensive single Surgery visit in 2023, in rubles?",
         lambda p: p.measure is Measure.MAX_COST and p.filters.department == "Surgery"),
        ("Казань, первая половина мая 2025 (с 1-го по 15-е число): во что обошлись все визиты?",
         lambda p: p.filters.period is not None and p.filters.period.end.day == 15),
    ],
)  # fmt: skip
def test_set_17_wordings(question: str, check: Any) -> None:
    assert check(plan(question))


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("Для каждого из городов назовите по два лидирующих диагноза среди стационарных случаев"
         " 2023 года", lambda p: p.top_in_each_group and p.limit == 2
         and p.group_by is Dimension.DIAGNOSIS),
        ("In 2024, which calendar month saw the lowest number of Pediatrics visits across the"
         " network?", lambda p: p.group_by is Dimension.MONTH and p.limit == 1
         and p.order == "asc"),
        ("Сопоставьте, пожалуйста, количество уникальных пациентов с депрессивным эпизодом (F32)"
         " в Москве в 2021 и в 2024 годах", lambda p: p.group_by is Dimension.YEAR),
        ("Средний возраст пациентов неврологии за 2022 год, экстренные визиты исключить",
         lambda p: p.filters.exclude_visit_types == ["emergency"]),
        ("Moscow 2022: what did an average visit of an 80-plus patient cost?",
         lambda p: p.filters.age_min == 80 and p.measure is Measure.AVERAGE_COST),
        ("Сколько пациентов за 2025 год приходили к нам три раза и больше?",
         lambda p: p.filters.min_visits == 3 and p.group_by is None),
        ("For Endocrinology in Saint Petersburg in 2025, what's the ratio of visits to unique"
         " patients?", lambda p: p.measure is Measure.VISITS_PER_PATIENT),
    ],
)  # fmt: skip
def test_set_18_wordings(question: str, check: Any) -> None:
    assert check(plan(question))


def test_satisfaction_is_out_of_scope() -> None:
    question = "Какой процент пациентов поставил качеству обслуживания оценку «отлично» в 2024?"

    assert type(decide(question)).__name__ == "OutOfScope"


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("spb vs msk er visits 2024?", lambda p: p.filters.visit_type == "emergency"),
        ("visits to the emergency department in 2024",
         lambda p: p.filters.department == "Emergency"),
        ("Which three diagnoses cost the network the most in 2021?",
         lambda p: p.measure is Measure.TOTAL_COST and p.limit == 3),
    ],
)  # fmt: skip
def test_er_visits_and_what_cost_the_network(question: str, check: Any) -> None:
    """Two blind oracles read "ER visits" as emergency visits, not the Emergency department."""
    assert check(plan(question))


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("в каком районе Екб больше всего детей лечилось в 2023", Measure.PATIENTS),
        ("which city had the fewest women in 2024", Measure.PATIENTS),
        ("Top 5 diagnoses among children in 2024", Measure.VISITS),
    ],
)
def test_people_right_after_a_superlative_are_counted(question: str, measure: Measure) -> None:
    assert plan(question).measure is measure


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("please give number of patient which visited cardiology in kazan on 2023 year",
         lambda p: p.group_by is None and p.measure is Measure.PATIENTS),
        ("what is the part of women in all patients of 2024",
         lambda p: p.share_of is not None and p.share_of.sex == "F"),
        ("tell me the department with less visits in Novosibirsk 2021",
         lambda p: p.limit == 1 and p.order == "asc"),
        ("How many visits had place in Yekaterinburg in the summer of 2023?",
         lambda p: not any("Not used" in a for a in p.assumptions)),
        ("visits in 2023 year by month", lambda p: p.group_by is Dimension.MONTH),
    ],
)  # fmt: skip
def test_english_as_a_second_language(question: str, check: Any) -> None:
    assert check(plan(question))


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("По каждому типу визита — три самых частых кода МКБ в Москве за 2022 год",
         lambda p: p.top_in_each_group and p.then_by is Dimension.VISIT_TYPE and p.limit == 3),
        ("In St Petersburg during 2023, which 3 departments had the cheapest visits on average?",
         lambda p: p.measure is Measure.AVERAGE_COST and p.order == "asc" and p.limit == 3),
        ("Наименее загруженный по ОРВИ (J06) квартал 2023 года в Екатеринбурге — какой?",
         lambda p: p.group_by is Dimension.QUARTER and p.limit == 1 and p.order == "asc"),
        ("Of all Therapy visits in Yekaterinburg during 2024, what percentage came from patients"
         " aged 75 or older?", lambda p: p.group_by is None and p.share_of is not None
         and p.share_of.age_min == 75),
        ("Was total Oncology spending higher in 2022 or in 2025?",
         lambda p: p.group_by is Dimension.YEAR and p.measure is Measure.TOTAL_COST),
        ("avg cost of a Surgery visit in 2024 for the network, leaving Moscow out",
         lambda p: p.filters.exclude_places == [Place(city="Moscow")] and not p.filters.places),
        ("spb inpatient admits jan 2023 pls just the number",
         lambda p: p.filters.visit_type == "inpatient" and p.group_by is None),
        ("пневмонии в нске 23й — скок человек госпитализировали?",
         lambda p: p.filters.period is not None and p.filters.period.start.year == 2023),
        ("Highest single-visit charge recorded in Oncology in 2025, in rubles",
         lambda p: p.measure is Measure.MAX_COST),
        ("In 2023, how many individual people attended Gastroenterology and also Surgery?",
         lambda p: p.filters.seen_by_every_department == ["Gastroenterology", "Surgery"]),
        ("Затраты в пересчёте на одного больного диабетом 2 типа (E11), 2025 год — сколько"
         " выходит?", lambda p: p.measure is Measure.COST_PER_PATIENT),
        ("How many unique people carried a cancer diagnosis (ICD-10 C00-C97) at some visit"
         " during 2024?", lambda p: p.measure is Measure.PATIENTS and "C34" in p.filters.codes),
    ],
)  # fmt: skip
def test_set_19_wordings(question: str, check: Any) -> None:
    assert check(plan(question))


def test_not_visits_but_patients_in_a_follow_up() -> None:
    decision = UNDERSTANDING.follow_up(
        "Где в Питере в 2025 году больше всего госпитализировали? Дай топ-3 района",
        "а если считать не визиты, а уникальных пациентов?",
    )

    assert isinstance(decision, Planned) and decision.plan.measure is Measure.PATIENTS


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("Хирургия — какая у неё доля в общих затратах Казани за 2024 год (%)?",
         lambda p: p.share_of is not None and p.share_of.department == "Surgery"
         and p.filters.places == [Place(city="Kazan")]),
        ("скока визитов у детишек (до 18) в травме казань 25 год",
         lambda p: p.filters.department == "Traumatology" and not p.filters.chapter),
        ("кол-во уник. пац-тов с гастритом (K29) в спб за 2023",
         lambda p: p.measure is Measure.PATIENTS and p.filters.codes == ["K29"]),
        ("2025 Cardiology: how do the visits split across outpatient, inpatient and emergency?",
         lambda p: p.group_by is Dimension.VISIT_TYPE and p.filters.visit_type is None),
        ("Психиатрические диагнозы (вся рубрика F00–F99) у молодёжи до 30 лет: сколько визитов за"
         " 2025 год?", lambda p: p.filters.department is None
         and p.filters.chapter is not None),
        ("children over 10 visits 2024",
         lambda p: "BETWEEN 0 AND 17" in compile_plan(p) and p.filters.age_min == 11),
    ],
)  # fmt: skip
def test_set_20_wordings(question: str, check: Any) -> None:
    assert check(plan(question))


def test_the_peak_of_those_months_and_refusals() -> None:
    decision = UNDERSTANDING.follow_up(
        "Acute bronchitis (J20) in Saint Petersburg, 2024, month by month",
        "which of those months was the peak?",
    )

    assert isinstance(decision, Planned) and decision.plan.limit == 1
    refused = "Сколько пациентов в Москве в 2023 году отказались от предложенной госпитализации?"
    assert type(decide(refused)).__name__ == "OutOfScope"


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("Which two departments cost the least money in Yekaterinburg during 2021?",
         lambda p: p.measure is Measure.TOTAL_COST and p.order == "asc" and p.limit == 2),
        ("Три московских округа, где за 2025 год было меньше всего пациентов старше 80 лет"
         " (считаем людей, а не визиты)", lambda p: p.group_by is Dimension.DISTRICT
         and p.filters.places == [Place(city="Moscow")] and p.measure is Measure.PATIENTS),
        ("Мужчины — сколько процентов составляют в визитах с диагнозом I10 за 2023 год"
         " (знаменатель — все визиты с I10)?", lambda p: p.share_of is not None
         and p.share_of.sex == "M" and p.filters.codes == ["I10"]),
        ("Доля Казани в расходах всей сети на онкологическое отделение в 2025 году, в процентах",
         lambda p: p.share_of is not None and p.share_of.places == [Place(city="Kazan")]
         and p.filters.department == "Oncology"),
        ("novosibirsk 2023 pensioners 65+ as a % of all visits there",
         lambda p: p.share_of is not None and p.share_of.age_min == 65),
        ("Moscow, 2024, patients aged 18 to 65: how many visits once you leave out the Therapy"
         " department and all emergency visits?", lambda p: p.filters.visit_type is None
         and p.filters.exclude_visit_types == ["emergency"]),
        ("Top three departments by visits in Saint Petersburg for 2023 if Therapy is ignored",
         lambda p: p.filters.exclude_departments == ["Therapy"] and p.limit == 3),
        ("Неврология, 2023: число пациентов, у которых было не меньше трёх визитов",
         lambda p: p.filters.min_visits == 3),
        ("Затраты Екатеринбурга за первые две недели января 2024 года (1–14 января), руб.",
         lambda p: p.filters.period is not None and p.filters.period.end.day == 14),
        ("Total billed by Infectious Diseases in Novosibirsk for 2021 and 2022 combined",
         lambda p: p.filters.department == "Infectious Diseases" and not p.filters.chapter),
        ("visits for infectious diseases in 2024", lambda p: p.filters.chapter is not None),
        ("Число уникальных астматиков (J45) в Москве за 2023 год",
         lambda p: p.measure is Measure.PATIENTS),
        ("How many Moscow visits in 2025 fell into each age band: under 18, 18 to 64, and 65"
         " plus?", lambda p: p.age_bands == [0, 18, 65]),
    ],
)  # fmt: skip
def test_set_21_wordings(question: str, check: Any) -> None:
    assert check(plan(question))


def test_prescriptions_are_out_of_scope() -> None:
    question = "Топ лекарственных назначений при артериальной гипертензии за 2024 год"

    assert type(decide(question)).__name__ == "OutOfScope"


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("How many people over seventy visited Therapy in SPb in 2021?",
         lambda p: p.filters.age_min == 71 and p.measure is Measure.PATIENTS),
        ("patients with over fifteen visits in 2024",
         lambda p: p.filters.min_visits == 16 and p.filters.age_min is None),
        ("Give me ENT visits in Novosibirsk for Q1 and Q2 2024 separately",
         lambda p: p.group_by is Dimension.QUARTER),
    ],
)  # fmt: skip
def test_an_age_in_words_without_years_and_periods_separately(question: str, check: Any) -> None:
    assert check(plan(question))
