"""Slots become a plan with stated defaults, a question to ask, or a polite refusal."""

from datetime import date

from medstream_shared.questions.plan import Dimension, Family, Measure, Period, Place
from medstream_shared.questions.planning import Clarify, OutOfScope, Planned
from medstream_shared.questions.understanding import OutOfScopeQuestion, Understanding

DATA_START, DATA_END = date(2021, 1, 1), date(2025, 12, 31)


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
