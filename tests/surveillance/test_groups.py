"""Which ICD-10 codes each surveillance group watches (docs/surveillance.md)."""

import pytest
from medstream_analytics.warehouse.diagnoses import DIAGNOSES
from medstream_surveillance.groups import group_of


@pytest.mark.parametrize(
    ("code", "group"),
    [
        ("J00", "influenza_ari"),
        ("J06.9", "influenza_ari"),
        ("J09", "influenza_ari"),
        ("J10.1", "influenza_ari"),
        ("J11", "influenza_ari"),
        ("J20", "influenza_ari"),
        ("J22", "influenza_ari"),
        ("J12", "pneumonia"),
        ("J15.9", "pneumonia"),
        ("J18", "pneumonia"),
        ("U07.1", "covid"),
        ("U07.2", "covid"),
        ("A00", "gastroenteritis"),
        ("A09", "gastroenteritis"),
        (" a08.0 ", "gastroenteritis"),
    ],
)
def test_codes_of_each_group(code: str, group: str) -> None:
    assert group_of(code) == group


@pytest.mark.parametrize(
    "code",
    ["J07", "J08", "J19", "J23", "J30", "J45", "U07.0", "U08", "A10", "B00", "I10", "", "flu"],
)
def test_codes_outside_the_groups(code: str) -> None:
    assert group_of(code) is None


def test_the_demo_warehouse_has_every_group() -> None:
    groups = {group_of(d.code) for d in DIAGNOSES} - {None}
    assert groups == {"influenza_ari", "pneumonia", "covid", "gastroenteritis"}
