"""The warehouse file's tables as DDL: the public contract, plus the names of its values.

``visits``, ``patients`` and ``diagnoses`` are what SQL is written against (their columns are
``medstream_shared.warehouse.WAREHOUSE_TABLES``). ``names`` is not queried by SQL: it says
what people call the stored cities, districts and departments («Мск», «Екб», «ЦАО») and is
read into the catalog. The generator fills it from its own places; an import from the
``--aliases`` file; a value with no row there gets derived names.
"""

TABLES = """
CREATE TABLE patients (
    patient_id BIGINT PRIMARY KEY,
    sex VARCHAR,
    birth_date DATE,
    city VARCHAR,
    district VARCHAR
);
CREATE TABLE visits (
    visit_id BIGINT PRIMARY KEY,
    patient_id BIGINT,
    visit_date DATE,
    city VARCHAR,
    district VARCHAR,
    icd10_code VARCHAR,
    department VARCHAR,
    visit_type VARCHAR,
    age_at_visit INTEGER,
    cost_rub DECIMAL(12, 2)
);
CREATE TABLE diagnoses (
    icd10_code VARCHAR PRIMARY KEY,
    title_en VARCHAR,
    title_ru VARCHAR,
    chapter VARCHAR
);
CREATE TABLE names (
    kind VARCHAR NOT NULL CHECK (kind IN ('city', 'district', 'department')),
    value VARCHAR NOT NULL,
    city VARCHAR,
    name_en VARCHAR,
    name_ru VARCHAR,
    aliases VARCHAR[] NOT NULL DEFAULT [],
    unit VARCHAR CHECK (unit IS NULL OR unit IN ('district', 'okrug'))
);
"""
"""``names.city`` is the city value a district belongs to (NULL for cities and departments);
``names.unit`` is 'okrug' for a Moscow-style administrative okrug, else 'district' or NULL."""

INSERT_NAMES = "INSERT INTO names VALUES (?, ?, ?, ?, ?, ?, ?)"
