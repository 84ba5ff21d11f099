"""The synthetic warehouse's catalog, for tests that read questions without a running stack.

It is read (with the service's own reader) from a small warehouse generated like the real
one, so the tests understand exactly the places and dates that the generator writes.
"""

import tempfile
from functools import cache
from pathlib import Path

import duckdb
from medstream_analytics.catalog import read_catalog
from medstream_analytics.warehouse.generate import generate
from medstream_shared.events.catalog import Catalog

CATALOG_ROWS = 30_000


@cache
def synthetic_catalog() -> Catalog:
    with tempfile.TemporaryDirectory(prefix="medstream-catalog-") as directory:
        path = Path(directory) / "warehouse.duckdb"
        generate(path, rows=CATALOG_ROWS, seed=42)
        with duckdb.connect(str(path), read_only=True) as connection:
            return read_catalog(connection)
