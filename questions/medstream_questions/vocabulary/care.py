"""How care is organised: what hospital departments and visit types are called.

This is knowledge of medicine, not of one dataset: a warehouse's departments come from its
catalog, and one stored as a name below (``name``, as the synthetic data store them) is also
known by these aliases. A department is named in a question with a
word such as «отделение» or "department" unless its name is unmistakable, so that
"infectious diseases" stays the ICD-10 chapter and "emergency" stays the visit type.
"""

from typing import NamedTuple

from medstream_shared.events.plan import Department, VisitType

__all__ = ["Department", "VisitType"]


class DepartmentName(NamedTuple):
    name: str
    name_ru: str
    aliases: tuple[str, ...]


class VisitTypeName(NamedTuple):
    name: VisitType
    name_ru: str
    aliases: tuple[str, ...]


DEPARTMENTS: tuple[DepartmentName, ...] = (
    DepartmentName("Therapy", "Терапия", (
        "therapy", "general medicine", "internal medicine", "терапия", "терапевтическое отделение",
        "терапевтическом отделении", "терапевт", "терапевты",
    )),
    DepartmentName("Cardiology", "Кардиология", (
        "cardiology", "кардиология", "кардиологическое отделение", "кардиологическом отделении",
        "кардиолог", "кардиологи",
        "cardio", "кардиолка", "кардиуха",
    )),
    DepartmentName("Neurology", "Неврология", (
        "neurology", "неврология", "неврологическое отделение", "неврологическом отделении",
        "невролог", "неврологи",
        "neuro", "неврологичка", "неврня",
    )),
    DepartmentName("Pediatrics", "Педиатрия", (
        "pediatrics", "paediatrics", "педиатрия", "педиатрическое отделение",
        "педиатрическом отделении", "педиатр", "педиатры",
        "peds", "paeds", "педиатричка",
    )),
    DepartmentName("Surgery", "Хирургия", (
        "surgery", "surgical department", "хирургия", "хирургическое отделение",
        "хирургическом отделении", "хирург", "хирурги",
    )),
    DepartmentName("Traumatology", "Травматология", (
        "traumatology", "травматология", "травматологическое отделение",
        "травматологическом отделении", "травматолог", "травматологи", "травмпункт", "trauma",
        "trauma department", "в травме", "в травму", "травмы отделение",
    )),
    DepartmentName("Gynecology", "Гинекология", (
        "gynecology", "gynaecology", "гинекология", "гинекологическое отделение",
        "гинекологическом отделении", "гинеколог", "гинекологи",
        "gyn", "gyno", "obgyn", "ob-gyn", "гинека", "гинекологичка",
    )),
    DepartmentName("Endocrinology", "Эндокринология", (
        "endocrinology", "эндокринология", "эндокринологическое отделение",
        "эндокринологическом отделении", "эндокринолог", "эндокринологи",
        "endo", "эндокринка", "эндокринология",
    )),
    DepartmentName("Gastroenterology", "Гастроэнтерология", (
        "gastroenterology", "гастроэнтерология", "гастроэнтерологическое отделение",
        "гастроэнтерологическом отделении", "гастроэнтеролог", "гастроэнтерологи",
        "gastro", "в гастро", "гастроэнтерологичка",
    )),
    DepartmentName("Pulmonology", "Пульмонология", (
        "pulmonology", "пульмонология", "пульмонологическое отделение",
        "пульмонологическом отделении", "пульмонолог", "пульмонологи",
        "pulmo", "pulm", "пульмо", "пульмонологичка",
    )),
    DepartmentName("Infectious Diseases", "Инфекционное отделение", (
        "infectious diseases department", "infectious diseases ward", "infectious disease unit",
        "инфекционное отделение", "инфекционном отделении", "инфекционист", "инфекционисты",
        "инфекционка", "ID department", "infectious ward",
    )),
    DepartmentName("Oncology", "Онкология", (
        "oncology", "онкология", "онкологическое отделение", "онкологическом отделении",
        "онколог", "онкологи",
        "onc", "onco", "онко", "онкологичка",
    )),
    DepartmentName("Urology", "Урология", (
        "urology", "урология", "урологическое отделение", "урологическом отделении",
        "уролог", "урологи",
        "uro", "урологичка",
    )),
    DepartmentName("Ophthalmology", "Офтальмология", (
        "ophthalmology", "офтальмология", "офтальмологическое отделение",
        "офтальмологическом отделении", "офтальмолог", "окулист",
        "ophtho", "eye department", "глазное отделение", "глазное",
    )),
    DepartmentName("ENT", "Оториноларингология", (
        "ENT", "otolaryngology", "otorhinolaryngology", "оториноларингология", "ЛОР",
        "лор-отделение", "лор отделение", "лор отделении", "отоларингология",
    )),
    DepartmentName("Psychiatry", "Психиатрия", (
        "psychiatry", "психиатрия", "психиатрическое отделение", "психиатрическом отделении",
        "психиатр", "психиатры",
        "psych", "psych ward", "психушка",
    )),
    DepartmentName("Dermatology", "Дерматология", (
        "dermatology", "дерматология", "дерматологическое отделение",
        "дерматологическом отделении", "дерматолог", "дерматологи",
        "derm", "derma", "дерма", "кожное отделение",
    )),
    DepartmentName("Emergency", "Приёмное отделение", (
        "emergency department", "emergency room", "ER department", "приёмное отделение",
        "приемное отделение", "приемном отделении", "отделение неотложной помощи",
        "отделении неотложной помощи",
    )),
)  # fmt: skip

VISIT_TYPES: tuple[VisitTypeName, ...] = (
    VisitTypeName("outpatient", "амбулаторные", (
        "outpatient", "ambulatory", "clinic visits", "амбулаторные", "амбулаторный",
        "амбулаторно", "поликлиника", "в поликлинике", "амбулаторных",
    )),
    VisitTypeName("inpatient", "стационарные", (
        "inpatient", "hospitalisations", "hospitalizations", "hospital admissions",
        "admissions", "hospitalised", "hospitalized", "admitted", "стационарные",
        "стационарный", "стационар", "в стационаре", "госпитализации", "госпитализация",
        "госпитализированных", "госпитализировано", "клали в стационар", "положили в больницу",
        "лежали в больнице", "лежало в больнице", "лежал в больнице", "лежала в больнице",
        "лежали", "лежало", "лежал", "лежала", "лежат", "лежит", "лежавших",
        "лежали в стационаре", "лежало в стационаре", "stayed in hospital", "were in hospital",
        "were hospitalised", "were hospitalized", "admits", "inpatient admits",
    )),
    VisitTypeName("emergency", "экстренные", (
        "emergency", "urgent", "ER", "A&E", "экстренные", "экстренный", "неотложные",
        "неотложный", "скорая помощь", "экстренных", "неотложных",
    )),
)  # fmt: skip

DEPARTMENTS_BY_NAME: dict[str, DepartmentName] = {entry.name: entry for entry in DEPARTMENTS}
VISIT_TYPES_BY_NAME: dict[str, VisitTypeName] = {entry.name: entry for entry in VISIT_TYPES}
