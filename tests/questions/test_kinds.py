"""Exclusions, age ranges, fewest-first, shares of a subset and things the data lack.

Each reading is checked on the plan (what will be computed) and, where the SQL shape is
the point, on the compiled SQL; the evaluation set checks the numbers end to end.
"""

import pytest
from medstream_questions.compile import compile_plan
from medstream_questions.decide import Clarify, OutOfScope, Planned
from medstream_questions.plan import Dimension, Family, Measure, Place, QueryPlan
from medstream_questions.understanding import Understanding

from tests.catalog import synthetic_catalog

UNDERSTANDING = Understanding(synthetic_catalog())


def plan(question: str) -> QueryPlan:
    return UNDERSTANDING.plan(question)


@pytest.mark.parametrize(
    ("question", "excluded"),
    [
        ("Visits in 2024 in all cities except Moscow", ["Moscow"]),
        (
            "Сколько визитов за 2024 год кроме Москвы и Санкт-Петербурга?",
            ["Moscow", "Saint Petersburg"],
        ),
        ("How many visits in 2023 excluding Kazan or Novosibirsk?", ["Kazan", "Novosibirsk"]),
    ],
)
def test_excluded_places_are_left_out_not_filtered_on(question: str, excluded: list[str]) -> None:
    filters = plan(question).filters

    assert filters.places == []
    assert [place.city for place in filters.exclude_places] == excluded
    assert "NOT (" in compile_plan(plan(question))


def test_an_exclusion_chain_stops_at_a_name_not_joined_to_it() -> None:
    filters = plan("How many non-emergency visits were there in Kazan in 2024?").filters

    assert filters.exclude_visit_types == ["emergency"]
    assert filters.places == [Place(city="Kazan")]


def test_excluded_codes_and_departments() -> None:
    assert plan("How many visits other than J06 in 2024?").filters.exclude_codes == ["J06"]
    filters = plan("Сколько визитов без учёта стационара в Казани за 2024 год?").filters
    assert filters.exclude_visit_types == ["inpatient"]


def test_leaving_out_children_keeps_adults() -> None:
    filters = plan("Сколько визитов в Москве за 2025 год, не считая детей?").filters

    assert (filters.age_min, filters.age_max, filters.age_group) == (18, None, None)


@pytest.mark.parametrize(
    ("question", "bounds"),
    [
        ("How many patients aged 30 to 40 visited in 2023?", (30, 40)),
        ("Visits of people 80 or older in 2024", (80, None)),
        ("How many visits of children under 5 in 2024?", (0, 4)),
        ("Сколько визитов пациентов младше 14 лет в 2024 году?", (None, 13)),
        ("Сколько пациентов от 18 до 35 лет было в Казани в 2023 году?", (18, 35)),
        ("Сколько визитов пациентов 60 лет и старше за 2025 год?", (60, None)),
        ("How many visits by patients over 60 in 2025?", (61, None)),
    ],
)
def test_age_ranges_keep_their_bounds(question: str, bounds: tuple[int | None, int | None]) -> None:
    filters = plan(question).filters

    assert (filters.age_min, filters.age_max) == bounds


def test_years_are_never_read_as_ages() -> None:
    filters = plan("How many visits from 2021 to 2023?").filters

    assert (filters.age_min, filters.age_max) == (None, None)


def test_fewest_orders_smallest_first_and_which_one_is_one_row() -> None:
    fewest = plan("Which city had the fewest visits in 2022?")
    bottom = plan("Bottom 3 departments by visits in 2024")

    assert (fewest.order, fewest.limit) == ("asc", 1)
    assert "ORDER BY visits ASC" in compile_plan(fewest)
    assert (bottom.order, bottom.limit, bottom.family) == ("asc", 3, Family.TOP)


def test_a_share_of_a_subset_has_its_own_numerator_and_the_whole_as_denominator() -> None:
    emergency = plan("What percentage of visits were emergency in 2023?")
    moscow = plan("Какую долю всех визитов за 2024 год дала Москва?")
    women = plan("What fraction of patients were women in 2024?")

    assert emergency.measure is Measure.SHARE and emergency.share_of is not None
    assert emergency.share_of.visit_type == "emergency" and emergency.filters.visit_type is None
    assert moscow.share_of is not None and moscow.filters.places == []
    assert women.share_base is Measure.PATIENTS and women.filters.sex is None
    assert "COUNT(DISTINCT CASE WHEN p.sex = 'F'" in compile_plan(women)


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("Какой процент пациентов с диабетом — мужчины?", "p.sex = 'M'"),
        ("Какой процент пациентов с диабетом являются мужчинами?", "p.sex = 'M'"),
        ("Какая доля визитов с гриппом - детские?", "v.age_at_visit BETWEEN 0 AND 17"),
    ],
)
def test_a_spaced_dash_or_являются_makes_what_follows_the_part(question: str, part: str) -> None:
    """«…пациентов с диабетом — мужчины»: the dash is Russian's "are", so the diagnosis is the
    whole and the men the part, not the share of diabetes among men."""
    share = plan(question)
    sql = compile_plan(share)

    assert share.measure is Measure.SHARE and share.share_of is not None
    assert f"WHEN {part}" in sql or f"FILTER(WHERE {part})" in sql
    assert "LEFT(v.icd10_code, 3) IN" in sql.split("WHERE v.visit_date")[1]  # the whole


@pytest.mark.parametrize(
    "question",
    [
        "Which doctor saw the most patients in 2024?",
        "Сколько пациентов умерло в стационаре в 2022 году?",
        "What is the average length of stay in Kazan?",
        "Какие препараты чаще всего назначают при гипертонии?",
    ],
)
def test_what_the_visits_do_not_record_is_out_of_scope(question: str) -> None:
    decision = UNDERSTANDING.decide(UNDERSTANDING.read(question))

    assert isinstance(decision, OutOfScope)


def test_average_age_is_a_measure() -> None:
    average = plan("What was the average age of patients with pneumonia in 2024?")

    assert average.measure is Measure.AVERAGE_AGE
    assert "ROUND(AVG(v.age_at_visit), 1)" in compile_plan(average)


def _follow_up(previous: str, question: str) -> QueryPlan:
    decision = UNDERSTANDING.follow_up(previous, question, final=True)
    assert isinstance(decision, Planned), decision
    return decision.plan


def test_a_follow_up_changes_only_what_it_names() -> None:
    first = "How many flu visits were there in Kazan in 2023?"
    elsewhere = _follow_up(first, "And in Moscow?")
    later = _follow_up(first, "same for 2024")

    assert [p.city for p in elsewhere.filters.places] == ["Moscow"]
    assert elsewhere.filters.codes == plan(first).filters.codes
    assert later.filters.period is not None and later.filters.period.start.year == 2024
    assert [p.city for p in later.filters.places] == ["Kazan"]


def test_a_follow_up_grouping_regroups_the_same_numbers() -> None:
    grouped = _follow_up("Сколько визитов было в Казани в 2023 году?", "А по отделениям?")

    assert grouped.group_by is Dimension.DEPARTMENT
    assert [p.city for p in grouped.filters.places] == ["Kazan"]


@pytest.mark.parametrize(
    ("question", "group_by"),
    [
        ("Were there more flu visits in 2022 or in 2023?", Dimension.YEAR),
        ("Где больше визитов в 2024 году — в Москве или в Казани?", Dimension.CITY),
    ],
)
def test_two_sides_compared_get_a_row_each(question: str, group_by: Dimension) -> None:
    compared = plan(question)

    assert compared.group_by is group_by and compared.compare
    assert len(compared.filters.places) == 2 or len(compared.filters.periods) == 2


def test_more_said_of_one_side_is_not_a_comparison() -> None:
    single = plan("How many visits in Kazan in 2024?")

    assert single.group_by is None and not single.compare


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("How much money went on pneumonia in Moscow in 2024?", Measure.TOTAL_COST),
        ("Сколько потратили на визиты в кардиологию в 2023 году?", Measure.TOTAL_COST),
        ("Во сколько обходится визит в кардиологию в Казани?", Measure.AVERAGE_COST),
        ("Покажи по годам, сколько тратили на кардиологию", Measure.TOTAL_COST),
    ],
)
def test_money_phrasings(question: str, measure: Measure) -> None:
    assert plan(question).measure is measure


def test_everyday_words_are_read_and_function_words_never_fuzzily() -> None:
    colloquial = plan("скока визитов в новосибе в 2023")
    people = plan("how many ppl visited in 2024")
    money = plan("How much money went on pneumonia in Moscow in 2024?")

    assert colloquial.family is Family.COUNT and colloquial.filters.places == [
        Place(city="Novosibirsk")
    ]
    assert not any("скока" in note for note in colloquial.assumptions)
    assert people.measure is Measure.PATIENTS
    assert money.filters.department is None  # "went" is not read as ENT


@pytest.mark.parametrize(
    "question", ["Top 5 in Novosibirsk for 2023", "Топ-5 в Казани за 2024 год"]
)
def test_a_top_list_of_nothing_named_is_asked_about(question: str) -> None:
    decision = UNDERSTANDING.decide(UNDERSTANDING.read(question))

    assert isinstance(decision, Clarify) and decision.issue.slot == "dimension"
    assert "Diagnoses" in [c.label_en for c in decision.issue.candidates]


def test_a_word_that_fits_nothing_is_named_in_the_answer_not_dropped() -> None:
    english = plan("How many visits in Kazan in 2024 for the purple ward?")
    russian = plan("Сколько визитов было в Казани в 2024 году по вторникам?")

    assert "Not used: “purple”." in english.assumptions
    assert "Не учтено: «вторникам»." in russian.assumptions


def test_a_clear_question_states_nothing_unused() -> None:
    clear = plan("How many visits did men and women make in Yekaterinburg in 2025?")

    assert not [a for a in clear.assumptions if a.startswith("Not used")]


@pytest.mark.parametrize(
    "question",
    [
        "Breakdown of visits by visit type in Kazan in 2024",
        "Распределение визитов по типу обращения в Москве за 2023 год",
    ],
)
def test_a_breakdown_by_visit_type(question: str) -> None:
    split = plan(question)

    assert (split.family, split.group_by) == (Family.BREAKDOWN, Dimension.VISIT_TYPE)


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("How many visits per patient on average in 2024?", Measure.VISITS_PER_PATIENT),
        ("Сколько в среднем визитов на одного пациента в 2023 году?", Measure.VISITS_PER_PATIENT),
        ("Average cost per patient in Moscow in 2024", Measure.COST_PER_PATIENT),
    ],
)
def test_rates_per_patient(question: str, measure: Measure) -> None:
    rate = plan(question)

    assert rate.measure is measure
    assert "COUNT(DISTINCT v.patient_id)" in compile_plan(rate)


@pytest.mark.parametrize(
    ("question", "group_by", "order"),
    [
        ("Which month of 2024 had the most flu visits?", Dimension.MONTH, "desc"),
        ("В каком квартале 2023 года было меньше всего визитов?", Dimension.QUARTER, "asc"),
    ],
)
def test_which_month_or_quarter_is_the_one_ranked_row(
    question: str, group_by: Dimension, order: str
) -> None:
    one = plan(question)

    assert (one.family, one.group_by, one.limit, one.order) == (Family.TOP, group_by, 1, order)
    assert f"ORDER BY visits {order.upper()}" in compile_plan(one)


@pytest.mark.parametrize(
    ("question", "bounds"),
    [
        ("How many visits of teenagers in 2024?", (13, 17)),
        ("Сколько визитов подростков в 2024 году?", (13, 17)),
        ("How many newborns were seen in 2023?", (0, 0)),
    ],
)
def test_people_named_by_their_age(question: str, bounds: tuple[int, int]) -> None:
    filters = plan(question).filters

    assert (filters.age_min, filters.age_max) == bounds


def test_compared_with_a_year_names_that_year_not_since() -> None:
    growth = plan("Какой рост числа визитов в 2024 году по сравнению с 2023?")

    assert [p.start.year for p in growth.filters.periods] == [2023, 2024]
    assert growth.group_by is Dimension.YEAR and growth.compare


def test_a_breakdown_by_department_lists_every_department() -> None:
    split = plan("Разбивка визитов по отделениям в 2024 году")

    assert (split.family, split.group_by, split.limit) == (
        Family.BREAKDOWN,
        Dimension.DEPARTMENT,
        None,
    )


def test_two_groupings_asked_give_a_row_per_pair() -> None:
    both = plan("Visits by sex and age group in 2024")

    assert (both.group_by, both.then_by) == (Dimension.SEX, Dimension.AGE_GROUP)
    assert "GROUP BY p.sex, CASE" in compile_plan(both)


@pytest.mark.parametrize(
    "question",
    [
        "How old were flu patients on average in 2023?",
        "Сколько лет в среднем пациентам с гипертонией?",
    ],
)
def test_how_old_on_average_is_the_average_age(question: str) -> None:
    assert plan(question).measure is Measure.AVERAGE_AGE


def test_a_preposition_is_never_a_name_whatever_its_stem() -> None:
    """«отит» and «от» meet at one stem; «от всех визитов» names no otitis."""
    share = plan("Доля визитов в кардиологию от всех визитов в 2023 году")

    assert share.filters.codes == []
    assert share.share_of is not None and share.share_of.department == "Cardiology"
    assert plan("Сколько визитов с отитом в 2024 году?").filters.codes == ["H60", "H65", "H66"]


@pytest.mark.parametrize(
    ("question", "bounds"),
    [
        ("Сколько визитов у людей за 60 в 2024?", (61, None)),
        ("visits by under-18s in Moscow 2024", (None, None)),  # the children group
        ("Сколько визитов было у пациентов от 65 до 74 лет включительно в 2024?", (65, 74)),
    ],
)
def test_everyday_ways_of_saying_an_age(question: str, bounds: tuple[int | None, ...]) -> None:
    read = plan(question)

    assert (read.filters.age_min, read.filters.age_max) == bounds
    assert not [a for a in read.assumptions if "учтено" in a or "Not used" in a]


def test_people_who_turned_up_are_counted_as_people() -> None:
    assert plan("Сколько человек обращались за медпомощью в Казани в 2023 году?").measure is (
        Measure.PATIENTS
    )


@pytest.mark.parametrize(
    ("question", "part_is_the_diagnosis"),
    [
        ("What percent of flu patients were children in 2024?", False),
        ("What share of pneumonia visits were inpatient in 2023?", False),
        ("Какой процент визитов с пневмонией пришёлся на стационар в 2023 году?", False),
        ("Доля стационарных среди визитов с пневмонией в 2023", False),
        ("What percentage of visits in Moscow were flu in 2024?", True),
        ("Доля гриппа среди всех визитов в 2024 году", True),
    ],
)
def test_the_part_of_a_share_is_what_follows_were_and_the_whole_what_follows_among(
    question: str, part_is_the_diagnosis: bool
) -> None:
    share = plan(question)

    assert share.measure is Measure.SHARE
    if part_is_the_diagnosis:
        assert share.share_of is None
    else:  # the diagnosis narrows the whole; the other thing named is the part
        assert share.share_of is not None and share.filters.codes


@pytest.mark.parametrize(
    ("question", "limit"),
    [
        ("Least visited department in Moscow in 2024", 1),
        ("Назови отделение с наименьшим числом пациентов в 2023 году", 1),
        ("Most common diagnosis in Kazan in 2024", 1),
        ("The most common diagnoses in Kazan in 2024", 10),
        ("Пятёрка самых частых диагнозов в Москве в 2023", 5),
    ],
)
def test_a_grouping_named_in_the_singular_asks_for_one_row(question: str, limit: int) -> None:
    assert plan(question).limit == limit


@pytest.mark.parametrize(
    ("question", "year", "bounds"),
    [
        ("скока народу лечилось от гриппа в мск в 24 году", 2024, (None, None)),
        ("Сколько визитов за 23 г. в Казани?", 2023, (None, None)),
        ("Сколько визитов в 2024 году у пациентов 30 лет?", 2024, (30, 30)),
        ("How many visits of patients aged 45 in 2024?", 2024, (45, 45)),
    ],
)
def test_short_years_and_single_ages(
    question: str, year: int, bounds: tuple[int | None, int | None]
) -> None:
    read = plan(question)

    assert read.filters.period is not None and read.filters.period.start.year == year
    assert read.filters.period.end.year == year
    assert (read.filters.age_min, read.filters.age_max) == bounds
    assert read.group_by is None


@pytest.mark.parametrize(
    ("question", "grouping"),
    [
        ("Сколько уникальных пациентов было в каждом квартале 2024 года?", "QUARTER(v.visit_date)"),
        ("Distinct patients every month of 2025 in Kazan", "STRFTIME(v.visit_date, '%Y-%m')"),
        ("Сколько визитов было за каждый год в Казани?", "YEAR(v.visit_date)"),
    ],
)
def test_each_period_groups_by_it(question: str, grouping: str) -> None:
    assert grouping in compile_plan(plan(question)).split("GROUP BY")[1]


@pytest.mark.parametrize(
    "question",
    [
        "Сколько раз в среднем пациент с астмой приходил в 2024 году?",
        "How many times on average did a diabetes patient visit in 2024?",
    ],
)
def test_how_many_times_on_average_is_visits_per_patient(question: str) -> None:
    assert "AS visits_per_patient" in compile_plan(plan(question))


def test_one_visit_is_not_an_unknown_word() -> None:
    average = plan("Сколько стоит в среднем один визит в стационар в Казани?")

    assert average.measure is Measure.AVERAGE_COST and average.filters.visit_type == "inpatient"


@pytest.mark.parametrize(
    ("question", "least"),
    [
        ("How many patients visited more than once?", 2),
        ("Сколько пациентов обращалось больше одного раза?", 2),
        ("Сколько пациентов приходили чаще трёх раз в 2024 году?", 4),
        ("How many patients came at least 3 times in 2024?", 3),
        ("Сколько пациентов было 5 и более раз в Казани?", 5),
        ("Сколько женщин обращались повторно в Казани?", 2),
    ],
)
def test_patients_by_how_often_they_came(question: str, least: int) -> None:
    """A count of repeat visitors, never a top list or all patients (a confident wrong number)."""
    frequent = plan(question)
    sql = compile_plan(frequent)

    assert frequent.filters.min_visits == least and frequent.measure is Measure.PATIENTS
    assert f"GROUP BY v.patient_id HAVING COUNT(*) >= {least})" in sql


def test_a_total_above_a_number_is_not_a_visit_frequency() -> None:
    assert plan("В каких городах больше 1000 визитов?").filters.min_visits is None


@pytest.mark.parametrize(
    "question", ["Сколько всего визитов в базе?", "How many visits are in the database?"]
)
def test_the_database_is_all_the_data_not_a_place(question: str) -> None:
    read = plan(question)

    assert read.family is Family.COUNT and read.filters.places == []
    assert not any("баз" in note or "database" in note for note in read.assumptions)


def test_a_code_in_brackets_narrows_the_name_before_it() -> None:
    assert plan("Помесячная динамика визитов с COVID-19 (U07.1) в 2021 году").filters.codes == [
        "U07.1"
    ]
    assert set(plan("Визиты с COVID-19 в 2021 году").filters.codes) == {"U07.1", "U07.2"}
