"""The catalog is read again only when a batch adds what can be asked about."""

import datetime as dt

from medstream_analytics.catalog_changes import adds_to
from medstream_analytics.visit_batch import BatchSummary
from medstream_shared.events.catalog import Catalog

from tests.catalog import synthetic_catalog


def summary(**changes: object) -> BatchSummary:
    known = synthetic_catalog()
    city = known.cities[0]
    fields: dict[str, object] = {
        "places": {(city.value, city.districts[0].value)},
        "departments": {known.departments[0].value},
        "visit_types": {known.visit_types[0]},
        "codes": {known.diagnoses[0].code},
        "first_date": known.last_date,
        "last_date": known.last_date,
    }
    return BatchSummary(**{**fields, **changes})  # type: ignore[arg-type]


def test_counts_alone_do_not_change_it() -> None:
    assert not adds_to(synthetic_catalog(), summary())
    assert not adds_to(synthetic_catalog(), BatchSummary())


def test_a_new_place_department_type_code_or_day_does() -> None:
    catalog: Catalog = synthetic_catalog()
    city = catalog.cities[0].value

    assert adds_to(catalog, summary(places={("Tver", "Zavolzhsky")}))
    assert adds_to(catalog, summary(places={(city, "A district it never had")}))
    assert adds_to(catalog, summary(departments={"Hyperbaric medicine"}))
    assert adds_to(catalog, summary(visit_types={"telehealth"}))
    assert adds_to(catalog, summary(codes={"Z99.9"}))
    assert adds_to(catalog, summary(last_date=catalog.last_date + dt.timedelta(days=1)))
    assert adds_to(catalog, summary(first_date=catalog.first_date - dt.timedelta(days=1)))
