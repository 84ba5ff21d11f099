"""Whether a batch of live visits changes what can be asked, not just how many there are.

Reading the catalog scans the warehouse (0.5–0.6 s on a million visits), so it is not done per
batch: only when a batch brings a place, department, visit type or diagnosis the catalog
lacks, or a day outside its date range (relative dates such as "yesterday" are read
against ``last_date``). Counts alone are refreshed on a timer.
"""

from medstream_shared.events.catalog import Catalog

from medstream_analytics.visit_batch import BatchSummary


def adds_to(catalog: Catalog, summary: BatchSummary) -> bool:
    if summary.first_date is None or summary.last_date is None:
        return False
    if summary.first_date < catalog.first_date or summary.last_date > catalog.last_date:
        return True
    places = {(c.value, d.value) for c in catalog.cities for d in c.districts}
    return bool(
        summary.places - places
        or summary.departments - {d.value for d in catalog.departments}
        or summary.visit_types - set(catalog.visit_types)
        or summary.codes - {d.code for d in catalog.diagnoses}
    )
