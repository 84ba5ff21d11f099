"""Values compared with categorical columns must be in the served warehouse's catalog."""

import pytest
from medstream_analytics.guard import SqlGuard, UnsafeSql

from tests.catalog import synthetic_catalog

GUARD = SqlGuard(catalog=synthetic_catalog)


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("SELECT count(*) FROM visits WHERE city = 'Moskva'", "unknown city 'Moskva'"),
        ("SELECT count(*) FROM visits v WHERE 'Cardio' = v.department", "unknown department"),
        ("SELECT count(*) FROM visits WHERE district IN ('Nevsky', 'Nevskiy')", "'Nevskiy'"),
        ("SELECT count(*) FROM visits WHERE visit_type <> 'urgent'", "unknown visit_type"),
        ("SELECT count(*) FROM patients WHERE sex = 'female'", "unknown sex 'female'"),
    ],
)
def test_a_value_the_data_lack_is_refused_with_the_values_they_hold(sql: str, reason: str) -> None:
    with pytest.raises(UnsafeSql, match=reason) as refused:
        GUARD.validate(sql)

    assert "the data hold" in refused.value.reason


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND district = 'Central'",
        "SELECT count(*) FROM visits WHERE department IN ('Cardiology', 'Therapy')",
        "SELECT count(*) FROM visits WHERE city LIKE 'Mos%'",  # a pattern is not a value
        "SELECT count(*) FROM visits WHERE icd10_code = 'J10'",  # codes are not checked here
    ],
)
def test_values_the_data_hold_pass(sql: str) -> None:
    assert GUARD.validate(sql)


def test_without_a_catalog_values_are_not_checked() -> None:
    assert SqlGuard().validate("SELECT count(*) FROM visits WHERE city = 'Moskva'")
