"""Answers state the numbers in the plan's language, name the scope and the assumptions."""

from datetime import date

from medstream_analytics.answer import number, write_answer
from medstream_questions.catalog import use_catalog
from medstream_questions.plan import (
    Dimension,
    Family,
    Filters,
    Measure,
    Period,
    Place,
    QueryPlan,
)

from tests.catalog import synthetic_catalog

use_catalog(synthetic_catalog())  # the module's filters name a city: built at import
SPB_2025 = Filters(
    places=[Place(city="Saint Petersburg")],
    period=Period(start=date(2025, 1, 1), end=date(2025, 12, 31)),
)


def test_numbers_use_each_languages_separators() -> None:
    assert number(1234567, "en") == "1,234,567"
    assert number(1234567, "ru") == "1\u00a0234\u00a0567"
    assert number(1234.5, "ru", 2) == "1\u00a0234,50"


def test_top_diagnoses_in_russian() -> None:
    plan = QueryPlan(
        family=Family.TOP, group_by=Dimension.DIAGNOSIS, limit=2, language="ru", filters=SPB_2025
    )
    rows = [["J06", "Острые инфекции верхних дыхательных путей", 1885], ["I10", "Гипертензия", 664]]

    answer = write_answer(plan, ["icd10_code", "diagnosis", "visits"], rows)

    assert answer == (
        "Топ-2 диагнозов по числу визитов (Санкт-Петербург; 2025 год): "
        "J06 Острые инфекции верхних дыхательных путей — 1\u00a0885; I10 Гипертензия — 664."
    )


def test_a_count_with_its_assumptions() -> None:
    plan = QueryPlan(
        family=Family.COUNT,
        filters=Filters(codes=["J09", "J10", "J11"]),
        assumptions=["Period: all data (2021–2025)."],
    )

    answer = write_answer(plan, ["visits"], [[4321]])

    assert answer == "Visits (influenza (J09, J10, J11)): 4,321. Period: all data (2021–2025)."


def test_a_share_states_the_percentage_and_both_counts() -> None:
    plan = QueryPlan(
        family=Family.SHARE, measure=Measure.SHARE, filters=Filters(codes=["E11"]), language="ru"
    )

    answer = write_answer(
        plan, ["diagnosis_visits", "all_visits", "share_percent"], [[5, 200, 2.5]]
    )

    assert answer == (
        "Доля визитов с диагнозом «диабет 2 типа (E11)» среди всех визитов: 2,50\u00a0% (5 из 200)."
    )


def test_a_breakdown_adds_percentages_of_the_total() -> None:
    plan = QueryPlan(family=Family.BREAKDOWN, group_by=Dimension.SEX)

    answer = write_answer(plan, ["sex", "visits"], [["F", 60], ["M", 40]])

    assert answer == "Visits by sex: women — 60 (60.0\u00a0%); men — 40 (40.0\u00a0%)."


def test_costs_are_in_roubles() -> None:
    plan = QueryPlan(family=Family.COST, measure=Measure.AVERAGE_COST, language="ru")

    assert write_answer(plan, ["average_cost_rub"], [[1234.5]]) == (
        "Средняя стоимость визита: 1\u00a0234,50 ₽."
    )


def test_a_long_trend_is_summarised() -> None:
    plan = QueryPlan(family=Family.TREND, group_by=Dimension.MONTH)
    rows = [[f"2024-{m:02d}", m] for m in range(1, 13)] + [["2025-01", 99]]

    answer = write_answer(plan, ["month", "visits"], rows)

    assert answer.endswith("… and 1 more. The highest is 2025-01: 99.")


def test_no_rows_says_so() -> None:
    plan = QueryPlan(family=Family.TOP, group_by=Dimension.DIAGNOSIS, filters=SPB_2025)

    assert write_answer(plan, ["icd10_code", "diagnosis", "visits"], []).endswith(
        "No visits match this question."
    )


def test_district_rankings_translate_names() -> None:
    plan = QueryPlan(
        family=Family.RANKING,
        group_by=Dimension.DISTRICT,
        language="ru",
        filters=Filters(places=[Place(city="Moscow")]),
    )

    answer = write_answer(plan, ["city", "district", "visits"], [["Moscow", "Southern", 10]])

    assert answer == "Рейтинг районов по числу визитов (Москва): Южный — 10."


def test_separate_periods_are_named_each_not_as_a_span() -> None:
    years = [Period(start=date(y, 1, 1), end=date(y, 12, 31)) for y in (2021, 2024)]
    filters = Filters(period=Period(start=years[0].start, end=years[1].end), periods=years)
    english, russian = (
        write_answer(
            QueryPlan(family=Family.COUNT, filters=filters, language=lang), ["visits"], [[4659]]
        )
        for lang in ("en", "ru")
    )

    assert english == "Visits (2021 and 2024): 4,659."
    assert russian.startswith("Число визитов (2021 и 2024 гг.)")


def test_patients_seen_by_every_department_are_named_so() -> None:
    plan = QueryPlan(
        family=Family.COUNT,
        measure=Measure.PATIENTS,
        filters=Filters(seen_by_every_department=["Cardiology", "Therapy"]),
    )

    answer = write_answer(plan, ["patients"], [[1047]])

    assert "patients seen by each of: Cardiology, Therapy" in answer and "1,047" in answer


def test_listed_age_bands_are_named_in_the_answer() -> None:
    plan = QueryPlan(
        family=Family.BREAKDOWN,
        group_by=Dimension.AGE_GROUP,
        age_bands=[0, 18, 65],
        language="ru",
    )

    answer = write_answer(
        plan, ["age_group", "visits"], [["0-17", 274], ["18-64", 346], ["65+", 146]]
    )

    assert "дети (0–17)" in answer and "18–64 лет" in answer and "65 лет и старше" in answer
