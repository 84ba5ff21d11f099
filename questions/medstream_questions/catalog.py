"""The catalog the engine reads questions against: which places, departments and dates exist.

The engine knows medicine (ICD-10, everyday names of diseases, what departments are called)
but not one warehouse: its places, departments and date range come from the catalog that
analytics reads from the data (``medstream_shared.events.catalog``). A service activates the
catalog it received; labels, clarification options and plan checks read the active one, and
a newer warehouse replaces it between two messages.
"""

from medstream_shared.events.catalog import Catalog

__all__ = ["Catalog", "NoCatalog", "active_catalog", "use_catalog"]


class NoCatalog(RuntimeError):
    """No catalog has been activated: the process does not yet know what the data hold."""


_active: Catalog | None = None


def use_catalog(catalog: Catalog) -> None:
    global _active
    _active = catalog


def active_catalog() -> Catalog:
    if _active is None:
        raise NoCatalog("no warehouse catalog yet: analytics publishes it on start-up")
    return _active
