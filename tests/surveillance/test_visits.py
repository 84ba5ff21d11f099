"""Reading ``<prefix>visits``: the shared CloudEvents contract, groups and event time."""

from datetime import date

from medstream_shared.events.envelope import encode
from medstream_shared.events.models import VisitPatient
from medstream_surveillance.app import counted_visit
from medstream_surveillance.windows import event_time

from tests.visits import visit as a_visit


def _message(code: str = "J10.1") -> tuple[list[tuple[str, bytes]], bytes | None, bytes]:
    visit = a_visit(
        42,
        patient_id=7,
        visit_date=date(2026, 1, 5),
        city="Kazan",
        icd10_code=code,
        patient=VisitPatient(sex="M", birth_date=date(1980, 1, 1)),
    )
    message = encode(visit, source="/hospital")
    key = message.key.encode() if isinstance(message.key, str) else message.key
    return list(message.headers.items()), key, message.value


def test_a_visit_is_read_with_its_group_and_event_time() -> None:
    visit = counted_visit(*_message())
    assert visit is not None
    assert (visit.visit_id, visit.city, visit.group) == (42, "Kazan", "influenza_ari")
    assert visit.event_time == event_time(date(2026, 1, 5))


def test_a_visit_of_no_group_is_still_read_for_the_city_s_coverage() -> None:
    visit = counted_visit(*_message("I10"))
    assert visit is not None and visit.group is None


def test_what_is_not_a_visit_event_is_skipped() -> None:
    headers, key, value = _message()
    assert counted_visit(headers, key, None) is None  # a tombstone
    assert counted_visit([], key, value) is None  # no CloudEvent headers
    assert counted_visit(headers, key, b'{"visit_id": "x"}') is None  # invalid data
