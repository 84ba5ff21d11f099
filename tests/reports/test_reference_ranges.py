"""Reference-range tables, unit conversion, NEWS2 and the completeness of the phrase tables."""

import pytest
from medstream_reports.engine.advice import ACTIONS
from medstream_reports.engine.bands import ReferenceRange, classify
from medstream_reports.engine.news2 import news2
from medstream_reports.engine.phrases import LABELS, SOURCES, UNITS
from medstream_reports.engine.recommendations import URGENCY
from medstream_reports.engine.reference_ranges import BMI, LABS, VITALS, find_lab
from medstream_reports.engine.terms import NAMES
from medstream_reports.engine.units import normalise_unit
from medstream_shared.events.models import Vitals

ALL_RANGES: list[ReferenceRange] = [
    *VITALS.values(),
    BMI,
    *(spec.male for spec in LABS),
    *(spec.female for spec in LABS if spec.female is not None),
]


def _canonical(name: str, value: float, unit: str) -> float:
    spec = find_lab(name)
    assert spec is not None
    conversion = spec.conversion(unit)
    assert conversion is not None
    return conversion.to_canonical(value)


@pytest.mark.parametrize("reference", ALL_RANGES, ids=lambda r: f"{r.unit}-{r.low}-{r.high}")
def test_reference_limits_are_in_range_and_just_beyond_is_not(reference: ReferenceRange) -> None:
    step = 10.0**-reference.decimals
    if reference.low is not None:
        assert not classify(reference.low, reference).out_of_range
        assert classify(reference.low - step, reference).out_of_range
    if reference.high is not None:
        inside = reference.high - step if reference.high_exclusive else reference.high
        assert not classify(inside, reference).out_of_range
        assert classify(reference.high + step, reference).out_of_range


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Glucose", "glucose"),
        ("глюкоза", "glucose"),
        ("HbA1c", "hba1c"),
        ("hemoglobin A1c", "hba1c"),
        ("Гликированный гемоглобин", "hba1c"),
        ("haemoglobin", "hemoglobin"),
        ("Hb", "hemoglobin"),
        ("гемоглобин", "hemoglobin"),
        ("креатинин", "creatinine"),
        ("Cholesterol", "total_cholesterol"),
        ("холестерин", "total_cholesterol"),
        ("LDL", "ldl"),
        ("K", "potassium"),
        ("калий", "potassium"),
        ("Na", "sodium"),
        ("натрий", "sodium"),
        ("C-reactive protein", "crp"),
        ("СРБ", "crp"),
        ("лейкоциты", "wbc"),
        ("Platelets", "platelets"),
        ("troponin", "troponin_t"),
        ("ALT", "alt"),
        ("AST", "ast"),
        ("TSH", "tsh"),
        ("eGFR", "egfr"),
    ],
)
def test_lab_aliases_in_english_and_russian(name: str, key: str) -> None:
    spec = find_lab(name)

    assert spec is not None and spec.key == key


def test_no_alias_belongs_to_two_labs() -> None:
    names = [name.lower() for spec in LABS for name in (spec.key, *spec.aliases)]

    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("name", "value", "unit", "expected"),
    [
        ("glucose", 180.16, "mg/dL", 10.0),
        ("cholesterol", 193.35, "mg/dl", 5.0),
        ("creatinine", 1.0, "mg/dL", 88.4),
        ("hemoglobin", 13.5, "g/dL", 135.0),
        ("hba1c", 48, "mmol/mol", 6.54),
        ("crp", 1.2, "mg/dL", 12.0),
        ("potassium", 4.1, "mEq/L", 4.1),
        ("sodium", 140, "мэкв/л", 140.0),
        ("wbc", 7200, "cells/µL", 7.2),
        ("troponin", 0.05, "ng/mL", 50.0),
    ],
)
def test_unit_conversion_into_the_canonical_unit(
    name: str, value: float, unit: str, expected: float
) -> None:
    assert _canonical(name, value, unit) == pytest.approx(expected, abs=0.01)


def test_unrecognised_unit_has_no_conversion() -> None:
    spec = find_lab("glucose")

    assert spec is not None and spec.conversion("g/L") is None


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("µmol/L", "umol/l"),
        ("мкмоль/л", "umol/l"),
        ("ммоль/л", "mmol/l"),
        ("×10⁹/л", "10^9/l"),
        ("x10^9/L", "10^9/l"),
        ("мл/мин/1,73 м²", "ml/min/1.73m2"),
        ("мкМЕ/мл", "uiu/ml"),
        ("Ед/л", "u/l"),
    ],
)
def test_unit_spellings_normalise_to_one_key(spelling: str, key: str) -> None:
    assert normalise_unit(spelling) == key


def test_haemoglobin_and_creatinine_ranges_are_sex_specific() -> None:
    for name in ("hemoglobin", "creatinine"):
        spec = find_lab(name)
        assert spec is not None and spec.sex_specific
        assert spec.reference("F").high != spec.reference("M").high


def test_news2_of_the_example_patient() -> None:
    vitals = Vitals(
        systolic_bp=190, heart_rate=118, temperature_c=39.8, respiratory_rate=28, spo2=88
    )
    score = news2(vitals, new_confusion=False)

    assert score is not None and score.total == 10 and score.risk == "news2_high"
    assert news2(Vitals(heart_rate=80), new_confusion=False) is None


def test_every_label_source_and_unit_has_both_languages() -> None:
    labels = {band.label for r in ALL_RANGES for band in r.bands} | {
        r.normal_label for r in ALL_RANGES
    }
    for table, keys in (
        (LABELS, labels),
        (SOURCES, {r.source for r in ALL_RANGES}),
        (UNITS, {r.unit for r in ALL_RANGES}),
        (NAMES, {spec.key for spec in LABS}),
    ):
        assert keys <= table.keys()
        assert all(table[key].en and table[key].ru for key in keys)


def test_every_recommendation_has_text_and_an_urgency() -> None:
    assert ACTIONS.keys() == URGENCY.keys()
