"""Synthetic medical warehouse: reference data and a deterministic DuckDB generator.

The analytics service answers questions over this warehouse, so its shape (see
``generate``) is a public contract, and its contents are realistic enough (real places,
real ICD-10 codes, seasonality, age and sex structure) for answers to look plausible.
"""
