"""A hospital's own data, made by the tests: another country, departments, codes and years.

Nothing here is in the synthetic generator: the cities are Kazakh, the history ends in 2020,
one department has a name the medical vocabulary does not know, codes come with subcodes in
mixed case, and one city (Shymkent) has no Russian name in the aliases file, so a Russian
question finds it only through transliteration.
"""

import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

PLACES = {
    "Almaty": ("Medeu", "Bostandyk", "Auezov"),
    "Astana": ("Yesil", "Saryarka"),
    "Shymkent": ("Abay", "Al-Farabi"),
}
DEPARTMENTS = ("Internal Medicine", "Pediatrics", "Cardiology", "Infectious Diseases")
CODES = ("j10.1", "J06.9", "I10", "e11.9", "J18", "A09")
VISIT_TYPES = ("outpatient", "inpatient", "emergency")
FIRST_DAY, LAST_DAY = date(2019, 1, 1), date(2020, 12, 31)

ALIASES_YAML = """\
- kind: city
  value: Almaty
  name_en: Almaty
  name_ru: Алматы
  aliases: [Алма-Ата, Alma-Ata]
- kind: city
  value: Astana
  name_ru: Астана
  aliases: [Нур-Султан, Nur-Sultan]
- kind: district
  city: Almaty
  value: Medeu
  name_ru: Медеуский
- kind: department
  value: Internal Medicine
  name_ru: Терапия
  aliases: [терапевтическое отделение, терапевтическом отделении]
"""


@dataclass(frozen=True)
class OwnData:
    visits: Path
    patients: Path
    aliases: Path


def write_own_data(folder: Path, *, visits: int = 3_000, seed: int = 7) -> OwnData:
    """CSV files in the documented import format (and a YAML aliases file)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    places = [(city, district) for city, districts in PLACES.items() for district in districts]
    patients = []
    for patient_id in range(1, visits // 4 + 1):
        city, district = rng.choice(places)
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 75))
        patients.append((patient_id, rng.choice("MFmf"), born, city, district))
    span = (LAST_DAY - FIRST_DAY).days
    rows = []
    for visit_id in range(1, visits + 1):
        patient_id, _, born, city, district = rng.choice(patients)
        day = FIRST_DAY + timedelta(days=rng.randrange(span + 1))
        age = (day - born).days // 365
        rows.append(
            (
                visit_id * 10,  # ids of another system: not 1..n
                patient_id,
                day.isoformat(),
                city,
                district,
                rng.choice(CODES),
                rng.choice(DEPARTMENTS),
                rng.choice(VISIT_TYPES),
                age,
                f"{rng.uniform(1_000, 90_000):.2f}",
            )
        )
    data = OwnData(folder / "visits.csv", folder / "patients.csv", folder / "aliases.yaml")
    _write(
        data.visits,
        ("visit_id", "patient_id", "visit_date", "city", "district", "icd10_code",
         "department", "visit_type", "age_at_visit", "cost_rub"),
        rows,
    )  # fmt: skip
    _write(
        data.patients,
        ("patient_id", "sex", "birth_date", "city", "district"),
        [(p, sex, born.isoformat(), city, district) for p, sex, born, city, district in patients],
    )
    data.aliases.write_text(ALIASES_YAML, encoding="utf-8")
    return data


def _write(path: Path, header: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
