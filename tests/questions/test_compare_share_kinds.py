"""Comparisons as one row or a row per side, shares of money, medians and exclusions of
chapters, districts and negated words (issue 17), in wordings of our own.

A comparison asked for one figure ("how many more", «во сколько раз») is one row: each side,
the difference (first − second), the ratio and the growth in %; the baseline is the side
after "than"/«чем»/«по сравнению с», or the earlier period. Numbers are checked on a small
warehouse so a wrong sign or ratio fails.
"""

from datetime import date
from pathlib import Path

import duckdb
import pytest
from medstream_analytics.answer import write_answer
from medstream_analytics.warehouse.generate import generate
from medstream_questions.compile import compile_plan
from medstream_questions.decide import OutOfScope
from medstream_questions.plan import Family, Measure, Period, Place, QueryPlan, Subset
from medstream_questions.understanding import Understanding

from tests.catalog import synthetic_catalog

UNDERSTANDING = Understanding(synthetic_catalog())


def plan(question: str) -> QueryPlan:
    return UNDERSTANDING.plan(question)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    path = Path(tmp_path_factory.mktemp("warehouse")) / "w.duckdb"
    generate(path, rows=20_000, seed=7)
    return duckdb.connect(str(path), read_only=True)


def rows(db: duckdb.DuckDBPyConnection, found: QueryPlan) -> list[tuple[object, ...]]:
    return db.execute(compile_plan(found)).fetchall()


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("How many more visits did Kazan have than Moscow in 2023?", "Kazan", "Moscow"),
        ("Во сколько раз визитов в Казани меньше, чем в Москве, в 2024?", "Kazan", "Moscow"),
        ("Compared with Kazan, how many more visits did Moscow have in 2022?", "Moscow", "Kazan"),
    ],
)
def test_one_figure_of_two_places_is_one_row_baseline_second(
    question: str, first: str, second: str, db: duckdb.DuckDBPyConnection
) -> None:
    found = plan(question)

    assert found.gap
    assert found.sides == [Subset(places=[Place(city=first)]), Subset(places=[Place(city=second)])]
    (row,) = rows(db, found)
    _, a, _, b, difference, ratio, growth = row
    assert difference == a - b
    assert ratio == pytest.approx(a / b, abs=0.01)
    assert growth == pytest.approx(100 * (a - b) / b, abs=0.01)


@pytest.mark.parametrize(
    ("question", "measured", "baseline"),
    [
        ("Насколько выросло число визитов в 2024 году по сравнению с 2021 годом?", 2024, 2021),
        ("Насколько выросло число визитов в 2024 году по сравнению с 2022 годом?", 2024, 2022),
        ("What was the difference in visits between 2021 and 2023?", 2023, 2021),
        ("How many fewer visits were there in 2021 than in 2025?", 2021, 2025),
    ],
)
def test_one_figure_of_two_periods_measures_against_the_baseline(
    question: str, measured: int, baseline: int
) -> None:
    found = plan(question)

    assert found.gap
    assert [side.period.start.year for side in found.sides if side.period] == [measured, baseline]


def test_two_departments_are_a_row_each_never_only_the_first(
    db: duckdb.DuckDBPyConnection,
) -> None:
    found = plan("Кардиология или неврология: где больше пациентов в 2023 году?")

    assert not found.gap and found.filters.department is None
    assert {side.department for side in found.sides} == {"Cardiology", "Neurology"}
    assert {row[0] for row in rows(db, found)} == {"Cardiology", "Neurology"}
    assert found.measure is Measure.PATIENTS


def test_a_comparison_in_one_row_is_written_with_the_gap_and_ratio(
    db: duckdb.DuckDBPyConnection,
) -> None:
    found = plan("How many more visits did Moscow have than Kazan in 2023?")
    result = rows(db, found)
    text = write_answer(found, [], result)

    assert "Moscow —" in text and "Kazan —" in text and "difference" in text and "×" in text


@pytest.mark.parametrize(
    "question",
    [
        "What percentage of 2023 spending was on emergency visits?",
        "Какая доля расходов за 2022 год пришлась на Казань?",
    ],
)
def test_a_share_of_money_sums_the_cost(question: str) -> None:
    found = plan(question)

    assert (found.family, found.share_base) == (Family.SHARE, Measure.TOTAL_COST)
    assert "SUM(v.cost_rub) FILTER" in compile_plan(found)


def test_a_share_of_visits_stays_a_count_even_with_all() -> None:
    found = plan("Какая доля визитов с гриппом среди всех визитов в Казани за 2024 год?")

    assert found.share_base is Measure.VISITS


@pytest.mark.parametrize(
    "question", ["Median cost of an emergency visit in 2024", "Медианная стоимость визита в 2023"]
)
def test_a_median_is_a_median_never_the_average(question: str) -> None:
    found = plan(question)

    assert found.measure is Measure.MEDIAN_COST
    assert "MEDIAN(v.cost_rub)" in compile_plan(found)


@pytest.mark.parametrize(
    "question",
    [
        "Visits in 2024 excluding diseases of the respiratory system",
        "Сколько визитов за 2023 год, если исключить болезни органов дыхания?",
    ],
)
def test_an_excluded_chapter_is_left_out(question: str) -> None:
    found = plan(question)

    assert found.filters.chapter is None
    assert found.filters.exclude_chapters == ["X. Diseases of the respiratory system"]
    assert "NOT d.chapter IN" in compile_plan(found)


def test_districts_excluded_after_a_verb_are_left_out_of_their_city() -> None:
    filters = plan("Визиты в Казани за 2024 год, исключить Вахитовский район").filters

    assert filters.places == [Place(city="Kazan")]
    assert filters.exclude_places == [Place(city="Kazan", district="Vakhitovsky")]


@pytest.mark.parametrize(
    ("question", "excluded"),
    [
        ("Сколько нестационарных визитов было в Казани в 2023 году?", ["inpatient"]),
        ("Department visits in Kazan in 2023, leaving out Neurology", None),
    ],
)
def test_negations_written_into_a_word_or_leaving_out(
    question: str, excluded: list[str] | None
) -> None:
    filters = plan(question).filters

    if excluded is not None:
        assert filters.exclude_visit_types == excluded
    else:
        assert filters.exclude_departments == ["Neurology"]
    assert not any("leading" in a for a in plan(question).assumptions)


def test_sides_and_excluded_chapters_are_backward_compatible_in_the_contract() -> None:
    from medstream_shared.events.plan import QueryPlan as Contract

    old = {"family": "count", "filters": {"period": {"start": "2021-01-01", "end": "2021-12-31"}}}
    parsed = Contract.model_validate(old)
    assert (parsed.sides, parsed.gap, parsed.filters.exclude_chapters) == ([], False, [])
    assert Period(start="2021-01-01", end="2021-12-31") == parsed.filters.period  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "family", "group_by"),
    [
        ("How many patients by sex are on the register?", Family.BREAKDOWN, "sex"),
        ("Сколько всего зарегистрировано пациентов?", Family.COUNT, None),
        ("What share of registered patients are men?", Family.SHARE, None),
    ],
)
def test_the_register_counts_every_patient_not_only_those_with_visits(
    question: str, family: Family, group_by: str | None, db: duckdb.DuckDBPyConnection
) -> None:
    found = plan(question)

    assert found.filters.registered and found.family is family
    assert (found.group_by.value if found.group_by else None) == group_by
    assert "FROM patients AS p" in compile_plan(found) and "visits" not in compile_plan(found)
    everyone = db.execute("SELECT COUNT(*) FROM patients").fetchone()
    assert everyone is not None
    result = rows(db, found)
    assert sum(row[-1] for row in result) == everyone[0] or result[0][1] == everyone[0]


def test_the_register_narrowed_by_visits_is_said_to_count_visited_patients() -> None:
    found = plan("How many registered patients had visits in Kazan in 2023?")

    assert not found.filters.registered and found.measure is Measure.PATIENTS
    assert any("register" in assumption for assumption in found.assumptions)


@pytest.mark.parametrize(
    "question",
    [
        "Visits in 2023 for anything other than chapter IX",
        "Сколько визитов в 2022 году кроме класса IX?",
    ],
)
def test_a_chapter_named_by_numeral_after_a_marker_is_left_out_not_kept(question: str) -> None:
    filters = plan(question).filters

    assert filters.chapter is None
    assert filters.exclude_chapters == ["IX. Diseases of the circulatory system"]


@pytest.mark.parametrize(
    "question", ["Median age of cardiology patients in 2024", "Медианный возраст пациентов в 2022"]
)
def test_a_median_age_is_the_median_of_the_age_at_the_visit(question: str) -> None:
    found = plan(question)

    assert found.measure is Measure.MEDIAN_AGE and found.group_by is None
    assert "MEDIAN(v.age_at_visit)" in compile_plan(found)


def test_a_median_of_what_cannot_be_a_median_is_declined_not_averaged() -> None:
    decision = UNDERSTANDING.decide(UNDERSTANDING.read("Median number of visits per patient"))

    assert isinstance(decision, OutOfScope)


def test_chapters_joined_after_one_marker_are_all_left_out() -> None:
    filters = plan("How many visits excluding chapter IX and chapter X in 2024?").filters

    assert len(filters.exclude_chapters) == 2 and filters.chapter is None


@pytest.mark.parametrize(
    "question",
    [
        "What share of emergency patients in 2024 were men?",
        "Какую долю экстренных пациентов в 2024 году составляли мужчины?",
        "Какой процент посетивших стационар в 2024 году людей составили мужчины?",
    ],
)
def test_the_narrowing_said_after_were_is_the_part_and_the_rest_the_whole(
    question: str,
) -> None:
    found = plan(question)

    assert found.share_of == Subset(sex="M")
    assert found.filters.visit_type is not None  # the whole: those visits' patients


@pytest.mark.parametrize(
    "question",
    [
        "How many hospitalisations of people aged 40 to 49 in 2023?",
        "Число госпитализаций больных от 40 до 49 лет в 2023 году",
    ],
)
def test_hospitalisations_of_patients_count_the_admissions(question: str) -> None:
    found = plan(question)

    assert found.measure is Measure.VISITS
    assert found.filters.visit_type == "inpatient"
    assert (found.filters.age_min, found.filters.age_max) == (40, 49)


def test_texting_words_for_how_many_and_year_are_read() -> None:
    found = plan("hw mny cardiology visits in kzn last yr")

    assert found.measure is Measure.VISITS
    assert found.filters.department == "Cardiology"
    assert found.filters.period == Period(start=date(2025, 1, 1), end=date(2025, 12, 31))


@pytest.mark.parametrize(
    "question",
    [
        "By how many admissions did Kazan exceed Novosibirsk in 2023?",
        "На сколько больше визитов было в Казани, чем в Новосибирске в 2022 году?",
    ],
)
def test_by_how_many_is_one_difference(question: str) -> None:
    found = plan(question)

    assert found.gap and len(found.sides) == 2


@pytest.mark.parametrize(
    "question",
    [
        "Визиты в Казани за 2023 год, если не считать неврологию",
        "Обращения в Казани в 2023 году, не учитывая неврологию",
    ],
)
def test_if_not_counting_excludes(question: str) -> None:
    filters = plan(question).filters

    assert filters.exclude_departments == ["Neurology"] and filters.department is None


@pytest.mark.parametrize(
    "question",
    [
        "Kazan's slice of visits across the whole network in 2022, in percent",
        "Какая доля визитов всей сети в 2022 году пришлась на Казань?",
    ],
)
def test_a_city_slice_of_the_network_is_a_share(question: str) -> None:
    found = plan(question)

    assert found.family is Family.SHARE and found.share_of.places == [Place(city="Kazan")]
    assert found.filters.places == []


def test_a_chapter_named_as_the_part_is_no_grouping_by_chapter() -> None:
    found = plan("What percent of Kazan visits in 2023 had a diagnosis from the neoplasms chapter?")

    assert found.family is Family.SHARE and found.group_by is None
    assert found.filters.chapter is not None and found.filters.chapter.startswith("II.")


def test_a_diagnosis_named_as_the_part_is_no_list_of_diagnoses() -> None:
    found = plan("Какой процент визитов в Казани в 2023 году был с диагнозом грипп?")

    assert found.family is Family.SHARE and found.group_by is None and found.limit is None


@pytest.mark.parametrize(
    ("question", "codes", "chapters"),
    [
        ("Визиты в Казани за 2024 год без гриппа (J10, J11)", ["J10", "J11"], []),
        ("Kazan visits in 2022 other than digestive conditions (ICD-10 chapter XI)", [], ["XI"]),
        (
            "Обращения в Казани в 2022 году, кроме болезней органов пищеварения (класс XI)",
            [],
            ["XI"],
        ),
    ],
)
def test_a_gloss_in_brackets_after_an_excluded_name_says_what_is_left_out(
    question: str, codes: list[str], chapters: list[str]
) -> None:
    filters = plan(question).filters

    assert sorted(filters.exclude_codes) == codes and filters.codes == []
    assert [c.split(".")[0] for c in filters.exclude_chapters] == chapters
    assert filters.chapter is None
