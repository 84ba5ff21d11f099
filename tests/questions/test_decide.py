"""Slots become a plan with stated defaults, a question to ask, or a polite refusal."""

from datetime import date

import pytest
from medstream_questions.compile import compile_plan
from medstream_questions.decide import Clarify, OutOfScope, Planned
from medstream_questions.plan import Dimension, Family, Measure, Period, Place, Subset
from medstream_questions.understanding import OutOfScopeQuestion, Understanding

DATA_START, DATA_END = date(2021, 1, 1), date(2025, 12, 31)


def year(number: int) -> Period:
    return Period(start=date(number, 1, 1), end=date(number, 12, 31))


def planned(understanding: Understanding, question: str) -> Planned:
    decision = understanding.decide(understanding.read(question))
    assert isinstance(decision, Planned), decision
    return decision


def test_the_done_question(understanding: Understanding) -> None:
    plan = planned(understanding, "Топ-5 заболеваний в СПб за 2025 год?").plan

    assert (plan.family, plan.group_by, plan.limit, plan.language) == (
        Family.TOP,
        Dimension.DIAGNOSIS,
        5,
        "ru",
    )
    assert plan.filters.places == [Place(city="Saint Petersburg")]
    assert plan.filters.period == Period(start=date(2025, 1, 1), end=date(2025, 12, 31))
    assert plan.assumptions == []


def test_no_period_means_all_data_and_says_so(understanding: Understanding) -> None:
    plan = planned(understanding, "How many visits in Kazan?").plan

    assert plan.filters.period == Period(start=DATA_START, end=DATA_END)
    assert plan.assumptions == ["Period: all data (2021–2025)."]


def test_a_period_beyond_the_data_is_clamped_and_stated(understanding: Understanding) -> None:
    plan = planned(understanding, "visits since 2019").plan

    assert plan.filters.period == Period(start=DATA_START, end=DATA_END)
    assert plan.assumptions


def test_separate_years_count_only_themselves(understanding: Understanding) -> None:
    filters = planned(understanding, "How many flu visits in 2021 and 2024?").plan.filters

    assert filters.periods == [year(2021), year(2024)]
    assert filters.period == Period(start=date(2021, 1, 1), end=date(2024, 12, 31))


@pytest.mark.parametrize(
    ("question", "group_by"),
    [
        ("Compare flu visits in 2023 vs 2024", Dimension.YEAR),
        ("Сравни число визитов с гриппом в 2022 и 2024 годах", Dimension.YEAR),
        ("flu visits in Q1 2024 vs Q1 2025", Dimension.QUARTER),
        ("сравни визиты с гриппом в январе 2024 и январе 2025", Dimension.MONTH),
        ("visits in the first half of 2024 vs the second half of 2024", Dimension.QUARTER),
    ],
)
def test_compared_periods_are_grouped_by_the_unit_they_are_made_of(
    understanding: Understanding, question: str, group_by: Dimension
) -> None:
    plan = planned(understanding, question).plan

    assert (plan.family, plan.group_by) == (Family.TREND, group_by)
    assert len(plan.filters.periods) == 2


def test_compared_places_over_separate_years_rank_the_places(
    understanding: Understanding,
) -> None:
    plan = planned(understanding, "Compare Moscow and Kazan by flu visits in 2023 and 2025").plan

    assert (plan.family, plan.group_by) == (Family.RANKING, Dimension.CITY)
    assert plan.filters.periods == [year(2023), year(2025)]


def test_compared_years_of_a_top_list_are_pooled_not_a_ranking_of_places(
    understanding: Understanding,
) -> None:
    plan = planned(understanding, "Top 5 diagnoses in Kazan in 2021 vs 2025").plan

    assert (plan.family, plan.group_by, plan.limit) == (Family.TOP, Dimension.DIAGNOSIS, 5)
    assert plan.filters.periods == [year(2021), year(2025)]


def test_months_without_a_year_take_the_year_named_with_them(
    understanding: Understanding,
) -> None:
    filters = planned(understanding, "flu visits in January and March 2025").plan.filters

    assert [(p.start, p.end) for p in filters.periods] == [
        (date(2025, 1, 1), date(2025, 1, 31)),
        (date(2025, 3, 1), date(2025, 3, 31)),
    ]


def test_a_separate_year_outside_the_data_is_dropped_and_stated(
    understanding: Understanding,
) -> None:
    plan = planned(understanding, "flu visits in 2019 and 2024").plan

    assert (plan.filters.period, plan.filters.periods) == (year(2024), [])
    assert plan.assumptions


def test_a_season_is_stated_with_its_months(understanding: Understanding) -> None:
    plan = planned(understanding, "flu visits in Moscow in winter 2024").plan

    assert plan.filters.period == Period(start=date(2023, 12, 1), end=date(2024, 2, 29))
    assert "winter 2023/24 (December–February)" in plan.assumptions[0]


def test_the_most_expensive_diagnoses_are_the_top_ten_by_average_cost(
    understanding: Understanding,
) -> None:
    plan = planned(understanding, "Самые дорогие диагнозы в 2025 году").plan

    assert (plan.family, plan.measure, plan.group_by, plan.limit) == (
        Family.COST,
        Measure.AVERAGE_COST,
        Dimension.DIAGNOSIS,
        10,
    )
    assert "Показаны 10 наибольших значений." in plan.assumptions


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Сколько детей болело гриппом в 2024?", Measure.PATIENTS),
        ("How many women had diabetes in 2025?", Measure.PATIENTS),
        ("How many men and women had flu in 2024?", Measure.PATIENTS),
        ("Сколько визитов у детей в 2024?", Measure.VISITS),
        ("Сколько визитов мужчин и женщин с гриппом в 2024?", Measure.VISITS),
        ("Top diagnoses among children in 2024", Measure.VISITS),
        ("Сколько визитов было у пациентов 40-64 лет с гипертонией?", Measure.VISITS),
        ("Число визитов пациентов с диабетом в 2024", Measure.VISITS),
        ("How many patients had flu visits in 2024?", Measure.PATIENTS),
    ],
)
def test_what_is_counted_is_the_measure(
    understanding: Understanding, question: str, measure: Measure
) -> None:
    assert planned(understanding, question).plan.measure is measure


@pytest.mark.parametrize(
    ("question", "group_by"),
    [
        ("average cost in Moscow and Kazan in 2025", Dimension.CITY),
        ("Доля гриппа в Москве и Казани в 2024", Dimension.CITY),
        ("average cost in Moscow in 2025", None),
        ("How many flu visits in Moscow and Kazan in 2024?", None),
    ],
)
def test_an_average_or_a_share_over_several_places_is_a_row_per_place(
    understanding: Understanding, question: str, group_by: Dimension | None
) -> None:
    assert planned(understanding, question).plan.group_by is group_by


@pytest.mark.parametrize(
    ("question", "part", "of_patients"),
    [
        ("Доля женщин среди пациентов с гипертонией", Subset(sex="F"), True),
        ("What share of the elderly among flu visits in 2024?", Subset(age_min=65), False),
        ("Доля женщин с гипертонией в 2024", Subset(sex="F"), True),
    ],
)
def test_a_share_of_women_or_of_an_age_group_is_that_part_of_the_whole(
    understanding: Understanding, question: str, part: Subset, of_patients: bool
) -> None:
    """One figure, the part among the whole («доля женщин»: women of the patients), rather than
    a split by sex that leaves the reader to work the percentage out (fresh blind set 4)."""
    plan = planned(understanding, question).plan

    assert (plan.family, plan.share_of) == (Family.SHARE, part)
    assert plan.filters.sex is None and plan.filters.age_min is None
    assert plan.filters.codes  # the diagnosis is the whole
    assert ("COUNT(DISTINCT v.patient_id)" in compile_plan(plan)) is of_patients


def test_a_share_among_women_is_still_a_share(understanding: Understanding) -> None:
    plan = planned(understanding, "Доля гриппа у женщин в 2024").plan

    assert (plan.family, plan.filters.sex) == (Family.SHARE, "F")


@pytest.mark.parametrize(
    ("question", "note"),
    [
        ("Динамика гриппа в 2024 году по неделям", "Группировки по неделям нет"),
        ("daily flu visits in January 2025", "There is no daily grouping"),
    ],
)
def test_weeks_and_days_are_shown_by_month_and_said(
    understanding: Understanding, question: str, note: str
) -> None:
    plan = planned(understanding, question).plan

    assert (plan.family, plan.group_by) == (Family.TREND, Dimension.MONTH)
    assert any(assumption.startswith(note) for assumption in plan.assumptions)


def test_cost_alone_is_the_average_cost_stated(understanding: Understanding) -> None:
    plan = planned(understanding, "стоимость визитов в Москве в 2025 году").plan

    assert plan.measure is Measure.AVERAGE_COST
    assert "средняя" in plan.assumptions[-1]


def test_a_long_trend_without_granularity_is_by_quarter(understanding: Understanding) -> None:
    assert planned(understanding, "flu trend").plan.group_by is Dimension.QUARTER
    assert planned(understanding, "flu trend in 2025").plan.group_by is Dimension.MONTH


def test_a_ranking_within_one_city_ranks_its_districts(understanding: Understanding) -> None:
    plan = planned(understanding, "compare Kazan in 2025").plan

    assert (plan.family, plan.group_by) == (Family.RANKING, Dimension.DISTRICT)


def test_top_diagnoses_default_to_ten(understanding: Understanding) -> None:
    assert planned(understanding, "top diagnoses in 2025").plan.limit == 10


def test_no_intent_is_asked_about_first(understanding: Understanding) -> None:
    decision = understanding.decide(understanding.read("Saint Petersburg 2025"))

    assert isinstance(decision, Clarify)
    assert decision.issue.slot == "intent"
    assert decision.issue.candidates[0].label_en == "Top 10 diagnoses"


def test_final_decision_settles_every_issue_with_a_stated_assumption(
    understanding: Understanding,
) -> None:
    slots = understanding.read("Кировский район 2025")
    decision = understanding.decide(slots, final=True)

    assert isinstance(decision, Planned)
    plan = decision.plan
    assert plan.family is Family.TOP
    assert plan.filters.places == [Place(city="Saint Petersburg", district="Kirovsky")]
    assert any("самые частые" in a for a in plan.assumptions)
    assert any("Кировский" in a for a in plan.assumptions)


def test_share_without_a_diagnosis_falls_back_to_a_count(understanding: Understanding) -> None:
    decision = understanding.decide(understanding.read("share of visits in 2025"), final=True)

    assert isinstance(decision, Planned)
    assert decision.plan.family is Family.COUNT


def test_off_topic_questions_are_out_of_scope(understanding: Understanding) -> None:
    for question in ("what's the weather", "Расскажи анекдот", "hello"):
        assert isinstance(understanding.decide(understanding.read(question)), OutOfScope)


def test_a_weather_word_does_not_hide_an_analytics_question(understanding: Understanding) -> None:
    decision = understanding.decide(understanding.read("how many frostbite visits in cold weather"))

    assert isinstance(decision, Planned)


def test_plan_without_questions_raises_for_out_of_scope(understanding: Understanding) -> None:
    try:
        understanding.plan("tell me a joke")
    except OutOfScopeQuestion:
        return
    raise AssertionError("expected OutOfScopeQuestion")
