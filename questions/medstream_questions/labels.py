"""Names of places, periods, diagnoses and groupings in English and Russian.

Shared because the router words its questions and the analytics service its answers with
the same names. Russian labels avoid case endings («Санкт-Петербург, 2025 год»), so that
no label ever needs declining to fit a sentence.
"""

from collections.abc import Sequence
from datetime import date, timedelta

from medstream_shared.language import pick

from medstream_questions.catalog import active_catalog
from medstream_questions.plan import AgeGroup, Dimension, Filters, Measure, Period, Place
from medstream_questions.text import Language
from medstream_questions.vocabulary.care import VISIT_TYPES_BY_NAME
from medstream_questions.vocabulary.diagnoses import DIAGNOSES_BY_CODE
from medstream_questions.vocabulary.everyday import EVERYDAY_NAMES
from medstream_questions.vocabulary.icd10 import CHAPTERS_BY_LABEL

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
           "сентябрь", "октябрь", "ноябрь", "декабрь"),
}  # fmt: skip
ROMAN = ("I", "II", "III", "IV")

DIMENSIONS: dict[Dimension, tuple[str, str]] = {
    Dimension.DIAGNOSIS: ("diagnoses", "диагнозы"),
    Dimension.CHAPTER: ("ICD-10 chapters", "классы МКБ-10"),
    Dimension.DEPARTMENT: ("departments", "отделения"),
    Dimension.CITY: ("cities", "города"),
    Dimension.DISTRICT: ("districts", "районы"),
    Dimension.MONTH: ("month", "месяцам"),
    Dimension.QUARTER: ("quarter", "кварталам"),
    Dimension.YEAR: ("year", "годам"),
    Dimension.SEX: ("sex", "полу"),
    Dimension.AGE_GROUP: ("age group", "возрастным группам"),
    Dimension.VISIT_TYPE: ("visit type", "типу визита"),
}
#: "by sex", «по полу»: a grouping as the answers and notes name it.
GROUPED_BY: dict[Dimension, tuple[str, str]] = {
    Dimension.CITY: ("by city", "по городам"),
    Dimension.DISTRICT: ("by district", "по районам"),
    Dimension.MONTH: ("by month", "по месяцам"),
    Dimension.QUARTER: ("by quarter", "по кварталам"),
    Dimension.YEAR: ("by year", "по годам"),
    Dimension.SEX: ("by sex", "по полу"),
    Dimension.AGE_GROUP: ("by age group", "по возрастным группам"),
    Dimension.VISIT_TYPE: ("by visit type", "по типу визита"),
    Dimension.DIAGNOSIS: ("by diagnosis", "по диагнозам"),
    Dimension.CHAPTER: ("by ICD-10 chapter", "по классам МКБ-10"),
    Dimension.DEPARTMENT: ("by department", "по отделениям"),
}
MEASURES: dict[Measure, tuple[str, str]] = {
    Measure.VISITS: ("visits", "визитов"),
    Measure.PATIENTS: ("patients", "пациентов"),
    Measure.AVERAGE_COST: ("average cost of a visit", "средней стоимости визита"),
    Measure.TOTAL_COST: ("total cost", "общей стоимости"),
    Measure.AVERAGE_AGE: ("average age", "среднему возрасту"),
    Measure.VISITS_PER_PATIENT: ("visits per patient", "визитам на пациента"),
    Measure.COST_PER_PATIENT: ("cost per patient", "стоимости на пациента"),
    Measure.SHARE: ("share of visits", "доле визитов"),
    Measure.MEDIAN_COST: ("median cost of a visit", "медианной стоимости визита"),
    Measure.MEDIAN_AGE: ("median age", "медианному возрасту"),
    Measure.MAX_COST: ("highest cost of a visit", "максимальной стоимости визита"),
    Measure.MIN_COST: ("lowest cost of a visit", "минимальной стоимости визита"),
}
SEXES = {"M": ("men", "мужчины"), "F": ("women", "женщины")}


def age_group_label(value: str, language: Language) -> str:
    """A standard age group's name, or a listed band's ("18-64" → "aged 18–64")."""
    if value in {group.value for group in AgeGroup}:
        return pick(AGE_GROUPS[AgeGroup(value)], language)
    shown = value.replace("-", "–")
    if shown.endswith("+"):
        return pick((f"aged {shown}", f"{shown[:-1]} лет и старше"), language)
    return pick((f"aged {shown}", f"{shown} лет"), language)


AGE_GROUPS = {
    AgeGroup.CHILDREN: ("children (0–17)", "дети (0–17)"),
    AgeGroup.YOUNG_ADULTS: ("aged 18–39", "18–39 лет"),
    AgeGroup.MIDDLE_AGED: ("aged 40–64", "40–64 года"),
    AgeGroup.ELDERLY: ("aged 65+", "65 лет и старше"),
}


def place_label(place: Place, language: Language) -> str:
    catalog = active_catalog()
    name = city_name(place.city, language)
    if place.district is None:
        return name
    district = catalog.district(place.city, place.district)
    okrug = district is not None and district.unit == "okrug"
    if language == "ru":
        kind = "административный округ" if okrug else "район"
        return f"{district_name(place.city, place.district, language)} {kind}, {name}"
    kind = "Administrative Okrug" if okrug else "district"
    return f"{district_name(place.city, place.district, language)} {kind}, {name}"


def city_name(name: str, language: Language) -> str:
    city = active_catalog().city(name)
    if city is None:
        return name
    return pick((city.name_en, city.name_ru), language)


def district_name(city: str, district: str, language: Language) -> str:
    entry = active_catalog().district(city, district)
    if entry is None:
        return district
    return pick((entry.name_en, entry.name_ru), language)


SEASONS = {
    "en": ("winter", "spring", "summer", "autumn"),
    "ru": ("зима", "весна", "лето", "осень"),
}


def _ru_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def period_label(period: Period, language: Language) -> str:
    start, end = period.start, period.end
    whole_months = start.day == 1 and (end + timedelta(days=1)).day == 1
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if whole_months and start.month == 1 and months == 12:
        return pick((str(start.year), f"{start.year} год"), language)
    if whole_months and months == 3 and start.month % 3 == 1:
        quarter = ROMAN[start.month // 3]
        return pick(
            (f"Q{start.month // 3 + 1} {start.year}", f"{quarter} квартал {start.year} года"),
            language,
        )
    if whole_months and months == 3 and start.month % 3 == 0:
        season = SEASONS[language][start.month // 3 % 4]
        year = f"{start.year}/{str(end.year)[2:]}" if start.month == 12 else str(start.year)
        span = f"{MONTHS[language][start.month - 1]}–{MONTHS[language][end.month - 1]}"
        return f"{season} {year} ({span})"
    if whole_months and months == 1:
        return f"{MONTHS[language][start.month - 1]} {start.year}"
    if whole_months and start.month == 1 and end.month == 12:
        return pick((f"{start.year}–{end.year}", f"{start.year}–{end.year} гг."), language)
    if start == end:
        return pick((start.isoformat(), _ru_date(start)), language)
    if language == "ru":
        return f"с {_ru_date(start)} по {_ru_date(end)}"
    return f"{start.isoformat()} – {end.isoformat()}"


def periods_label(periods: Sequence[Period], language: Language) -> str:
    """Separate periods in words: "2021 and 2024", «2021 и 2024 гг.», "Q1 2024 and Q1 2025"."""
    whole_years = all(
        (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31)
        and p.start.year == p.end.year
        for p in periods
    )
    labels = [str(p.start.year) if whole_years else period_label(p, language) for p in periods]
    joiner = pick((" and ", " и "), language)
    joined = ", ".join(labels[:-1]) + joiner + labels[-1]
    return f"{joined} гг." if whole_years and language == "ru" else joined


def diagnosis_label(codes: Sequence[str], chapter: str | None, language: Language) -> str:
    """An everyday name when the codes are exactly one ("influenza"), else titles or codes."""
    parts: list[str] = []
    if codes:
        wanted = set(codes)
        everyday = next((e for e in EVERYDAY_NAMES if set(e.codes) == wanted), None)
        listed = ", ".join(sorted(wanted))
        if everyday is not None:
            parts.append(f"{everyday.name_in(language)} ({listed})")
        elif len(wanted) == 1:
            code = next(iter(wanted))
            parts.append(f"{DIAGNOSES_BY_CODE[code].title_in(language)} ({code})")
        else:
            parts.append(listed)
    if chapter is not None:
        parts.append(CHAPTERS_BY_LABEL[chapter].label_in(language))
    return "; ".join(parts)


def chapter_label(label: str, language: Language) -> str:
    chapter = CHAPTERS_BY_LABEL.get(label)
    return chapter.label_in(language) if chapter is not None else label


def department_label(name: str, language: Language) -> str:
    entry = active_catalog().department(name)
    return pick((entry.name_en, entry.name_ru), language) if entry is not None else name


def scope_labels(filters: Filters, language: Language, *, with_diagnosis: bool = True) -> list[str]:
    """The filters in words, e.g. ``["Saint Petersburg", "2025", "women"]``."""
    labels = [" / ".join(place_label(place, language) for place in filters.places)]
    if filters.periods:
        labels.append(periods_label(filters.periods, language))
    elif filters.period is not None:
        labels.append(period_label(filters.period, language))
    if filters.has_diagnosis and with_diagnosis:
        labels.append(diagnosis_label(filters.codes, filters.chapter, language))
    if filters.visit_type is not None:
        visit_type = VISIT_TYPES_BY_NAME[filters.visit_type]
        labels.append(pick((f"{visit_type.name} visits", f"{visit_type.name_ru} визиты"), language))
    if filters.department is not None:
        labels.append(department_label(filters.department, language))
    if filters.sex is not None:
        labels.append(pick(SEXES[filters.sex], language))
    if filters.age_group is not None:
        labels.append(pick(AGE_GROUPS[filters.age_group], language))
    if filters.has_age_range:
        labels.append(age_range_label(filters.age_min, filters.age_max, language))
    if filters.min_visits is not None and filters.max_visits is None:
        least = filters.min_visits
        labels.append(pick((f"patients with {least}+ visits", f"пациенты с {least}+ визитами"),
                           language))  # fmt: skip
    elif filters.max_visits is not None:
        most, least = filters.max_visits, filters.min_visits or 1
        count = f"{least}–{most}" if least < most else str(most)
        labels.append(pick((f"patients with {count} visit(s)", f"пациенты с {count} визит(ами)"),
                           language))  # fmt: skip
    if filters.seen_by_every_department:
        names = [department_label(name, language) for name in filters.seen_by_every_department]
        joined = ", ".join(names)
        labels.append(
            pick(
                (f"patients seen by each of: {joined}", f"пациенты каждого из отделений: {joined}"),
                language,
            )
        )
    if filters.excludes:
        labels.append(exclusions_label(filters, language))
    return [label for label in labels if label]


def age_range_label(first: int | None, last: int | None, language: Language) -> str:
    """Inclusive bounds in words: "aged 30–40", «возраст 80 лет и старше»."""
    if first is not None and first == last:
        return pick((f"aged {first}", f"возраст {first} лет"), language)
    if first is not None and last is not None:
        return pick((f"aged {first}–{last}", f"возраст {first}–{last} лет"), language)
    if first is not None:
        return pick((f"aged {first} and over", f"возраст {first} лет и старше"), language)
    assert last is not None
    if last == 0:
        return pick(("under one year old", "до года"), language)
    return pick((f"aged {last} or under", f"возраст до {last} лет включительно"), language)


def exclusions_label(filters: Filters, language: Language) -> str:
    """What the question left out, named: "except Moscow, J06", «кроме: Москва, J06»."""
    names = [place_label(place, language) for place in filters.exclude_places]
    names += filters.exclude_codes
    names += [
        pick((VISIT_TYPES_BY_NAME[t].name, VISIT_TYPES_BY_NAME[t].name_ru), language)
        + pick((" visits", " визиты"), language)
        for t in filters.exclude_visit_types
    ]
    names += [department_label(name, language) for name in filters.exclude_departments]
    names += [chapter_label(chapter, language) for chapter in filters.exclude_chapters]
    joined = ", ".join(names)
    return pick((f"except {joined}", f"кроме: {joined}"), language)
