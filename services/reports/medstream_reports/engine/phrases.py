"""Every sentence the engine writes, in English and Russian, and the one way to look text up.

Clinical vocabulary (names, units, labels, sources) is in ``terms`` and recommendation texts
are in ``advice``; both are re-exported here. This module adds the sentence templates, red
flags and disclaimer, and the number formatting that differs by language (Russian uses a
decimal comma).
"""

from collections.abc import Mapping

from medstream_shared.language import Language, pick

from .advice import ACTIONS
from .terms import CONCEPTS, LABELS, NAMES, SOURCES, UNITS, P

__all__ = [
    "ACTIONS",
    "CONCEPTS",
    "FACTS",
    "LABELS",
    "NAMES",
    "NEWS2_PARTS",
    "RED_FLAGS",
    "SEVERITIES",
    "SOURCES",
    "TEXT",
    "UNITS",
    "Language",
    "P",
    "number",
    "say",
    "years",
]


def say(table: Mapping[str, P], key: str, language: Language, **values: object) -> str:
    """The phrase ``key`` of ``table`` in ``language``, with ``values`` substituted."""
    template = pick(table[key], language)  # a P is an (english, russian) pair
    return template.format(**values) if values else template


def number(value: float, decimals: int, language: Language) -> str:
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if language == "ru" else text


def years(age: int, language: Language) -> str:
    """Russian needs the plural form of "год" that agrees with the number; English needs none."""
    if language == "en":
        return ""
    if age % 10 == 1 and age % 100 != 11:
        return "год"
    if 2 <= age % 10 <= 4 and not 12 <= age % 100 <= 14:
        return "года"
    return "лет"


SEVERITIES: dict[str, P] = {
    "info": P("Informational", "Справочно"),
    "low": P("Low", "Незначительные"),
    "moderate": P("Moderate", "Умеренные"),
    "high": P("High", "Выраженные"),
    "critical": P("Critical", "Критические"),
}

TEXT: dict[str, P] = {
    "man": P("man", "Мужчина"),
    "woman": P("woman", "Женщина"),
    "boy": P("boy", "Мальчик"),
    "girl": P("girl", "Девочка"),
    "person": P("{age}-year-old {noun}", "{noun}, {age} {years}"),
    "with_complaints": P("{person} presenting with {items}.", "{person}. Жалобы: {items}."),
    "no_complaints": P("{person}; no complaints recorded.", "{person}. Жалобы не указаны."),
    "more_items": P("and {count} more", "и ещё {count}"),
    "history": P("History: {items}.", "Анамнез: {items}."),
    "counts": P(
        "Abnormal findings: {abnormal} of {total}; red flags: {flags}.",
        "Показатели вне нормы: {abnormal} из {total}; тревожные признаки: {flags}.",
    ),
    "subject": P("{name} {measure}", "{name} {measure}"),
    "converted": P("{name} {given} (= {measure})", "{name} {given} (= {measure})"),
    "bmi_inputs": P("{weight} kg, {height} cm", "{weight} кг, {height} см"),
    "range_for_men": P("{range} for men", "{range} для мужчин"),
    "range_for_women": P("{range} for women", "{range} для женщин"),
    "bp_reference": P(
        "systolic {systolic}, diastolic {diastolic}",
        "систолическое {systolic}, диастолическое {diastolic}",
    ),
    "bp_systolic_bp": P("systolic {criterion}", "систолическое {criterion}"),
    "bp_diastolic_bp": P("diastolic {criterion}", "диастолическое {criterion}"),
    "evidence": P(
        "{subject}: {label} (reference: {reference}; {source}).",
        "{subject}: {label} (референсные значения: {reference}; {source}).",
    ),
    "evidence_banded": P(
        "{subject}: {label}, {criterion} (reference: {reference}; {source}).",
        "{subject}: {label}, {criterion} (референсные значения: {reference}; {source}).",
    ),
    "unknown_lab": P(
        "{subject}: no reference range is known for this test; not interpreted.",
        "{subject}: референсный диапазон для этого показателя неизвестен; "
        "значение не интерпретировано.",
    ),
    "unknown_unit": P(
        "{subject}: unit not recognised for this test (expected {unit}); not interpreted, "
        "to avoid a wrong conversion.",
        "{subject}: единица измерения не распознана для этого показателя (ожидается {unit}); "
        "значение не интерпретировано во избежание ошибочного пересчёта.",
    ),
    "implausible": P(
        "{subject}: implausible in this unit (= {measure}); check the unit; not interpreted.",
        "{subject}: неправдоподобное значение для этой единицы (= {measure}); "
        "проверьте единицу измерения; значение не интерпретировано.",
    ),
    "news2_evidence": P(
        "NEWS2 {total} ({parts}; SpO2 scale 1, room air assumed): {label} (NEWS2, RCP 2017).",
        "NEWS2 {total} ({parts}; шкала SpO2 1, предполагается дыхание воздухом): {label} "
        "(NEWS2, RCP 2017).",
    ),
    "news2_brief": P("NEWS2 {total}", "NEWS2 {total}"),
    "brief": P("{subject} — {label}", "{subject} — {label}"),
    "severity_group": P("{severity}: {items}.", "{severity}: {items}."),
    "assessment_flags": P(
        "Red flags requiring urgent attention: {items}.",
        "Тревожные признаки, требующие неотложного внимания: {items}.",
    ),
    "assessment_findings": P(
        "Abnormal findings, most severe first.", "Отклонения от нормы, начиная с наиболее значимых."
    ),
    "assessment_normal": P(
        "No red flags and no abnormal findings in the data provided.",
        "По представленным данным тревожных признаков и отклонений от нормы не выявлено.",
    ),
    "assessment_uninterpreted": P("Not interpreted: {items}.", "Не интерпретированы: {items}."),
    "assessment_paediatric": P(
        "The patient is under 18: adult reference ranges were applied and may not be valid.",
        "Пациент младше 18 лет: применены нормы для взрослых, которые могут быть неприменимы.",
    ),
    "disclaimer": P(
        "This report was generated automatically by a rule-based engine as clinical decision "
        "support from the data provided. It does not replace examination and judgement by a "
        "qualified clinician; reference ranges are for adults and the reporting laboratory's "
        "own ranges take precedence.",
        "Отчёт сформирован автоматически системой поддержки принятия клинических решений на "
        "основе правил по представленным данным. Он не заменяет осмотр и клиническое суждение "
        "врача; референсные диапазоны приведены для взрослых, приоритет имеют нормы "
        "лаборатории, выполнившей анализ.",
    ),
}

FACTS: dict[str, P] = {
    "blood_pressure": P("BP {v} mmHg", "АД {v} мм рт. ст."),
    "heart_rate": P("HR {v}/min", "ЧСС {v}/мин"),
    "respiratory_rate": P("RR {v}/min", "ЧДД {v}/мин"),
    "temperature_c": P("T {v} °C", "T {v} °C"),
    "spo2": P("SpO2 {v}%", "SpO2 {v}%"),
    "sirs": P("SIRS {v}", "SIRS {v}"),
    "qsofa": P("qSOFA {v}", "qSOFA {v}"),
    "news2": P("NEWS2 {v}", "NEWS2 {v}"),
    "glucose": P("glucose {v} mmol/L", "глюкоза {v} ммоль/л"),
    "potassium": P("K⁺ {v} mmol/L", "K⁺ {v} ммоль/л"),
    "sodium": P("Na⁺ {v} mmol/L", "Na⁺ {v} ммоль/л"),
    "hemoglobin": P("Hb {v} g/L", "Hb {v} г/л"),
    "platelets": P("platelets {v} ×10⁹/L", "тромбоциты {v} ×10⁹/л"),
    "wbc": P("WBC {v} ×10⁹/L", "лейкоциты {v} ×10⁹/л"),
    "crp": P("CRP {v} mg/L", "СРБ {v} мг/л"),
    "troponin_t": P("hs-cTnT {v} ng/L", "вч-тропонин T {v} нг/л"),
    "troponin_i": P("hs-cTnI {v} ng/L", "вч-тропонин I {v} нг/л"),
    "allergy": P("recorded allergy: {v}", "аллергия: {v}"),
    "medication": P("prescribed: {v}", "назначено: {v}"),
}

NEWS2_PARTS: dict[str, P] = {
    "respiratory_rate": P("RR", "ЧДД"),
    "spo2": P("SpO2", "SpO2"),
    "air_or_oxygen": P("air/O2", "воздух/O2"),
    "systolic_bp": P("SBP", "САД"),
    "heart_rate": P("HR", "ЧСС"),
    "consciousness": P("ACVPU", "сознание"),
    "temperature_c": P("T", "T"),
}

RED_FLAGS: dict[str, P] = {
    "hypertensive_emergency": P(
        "Possible hypertensive emergency (severe hypertension with symptoms of acute organ damage)",
        "Возможный осложнённый гипертонический криз (тяжёлая АГ с симптомами острого "
        "поражения органов-мишеней)",
    ),
    "hypoxaemia": P("Hypoxaemia", "Гипоксемия"),
    "sepsis": P("Possible sepsis", "Подозрение на сепсис"),
    "acs": P("Possible acute coronary syndrome", "Возможный острый коронарный синдром"),
    "hypotension": P("Hypotension (assess for shock)", "Артериальная гипотензия (исключить шок)"),
    "news2_high": P("High clinical risk (NEWS2 ≥7)", "Высокий клинический риск (NEWS2 ≥7)"),
    "hyperglycaemic_crisis": P(
        "Possible hyperglycaemic crisis (DKA/HHS)", "Возможный гипергликемический криз (ДКА/ГГС)"
    ),
    "severe_hypoglycaemia": P("Severe hypoglycaemia", "Тяжёлая гипогликемия"),
    "hyperkalaemia": P(
        "Dangerous hyperkalaemia (arrhythmia risk)", "Опасная гиперкалиемия (риск аритмии)"
    ),
    "hypokalaemia": P(
        "Severe hypokalaemia (arrhythmia risk)", "Тяжёлая гипокалиемия (риск аритмии)"
    ),
    "hyponatraemia": P("Profound hyponatraemia", "Выраженная гипонатриемия"),
    "hypernatraemia": P("Severe hypernatraemia", "Тяжёлая гипернатриемия"),
    "severe_anaemia": P(
        "Severe anaemia (haemoglobin <70 g/L)", "Тяжёлая анемия (гемоглобин <70 г/л)"
    ),
    "critical_thrombocytopenia": P(
        "Critical thrombocytopenia (bleeding risk)",
        "Критическая тромбоцитопения (риск кровотечения)",
    ),
    "myocardial_injury": P(
        "Myocardial injury (troponin above the 99th percentile)",
        "Повреждение миокарда (тропонин выше 99-го перцентиля)",
    ),
    "extreme_heart_rate": P("Extreme heart rate", "Критическая частота сердечных сокращений"),
    "extreme_temperature": P("Extreme body temperature", "Критическая температура тела"),
    "allergy_conflict": P(
        "Possible drug–allergy conflict", "Возможное противоречие между назначением и аллергией"
    ),
}
