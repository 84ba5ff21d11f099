"""Rendering of observations, NEWS2 and red flags as report text in one language.

Evidence always states the value with its unit, the conversion when one was applied, the
criterion that placed it in its band, the reference range and its source, so that a
clinician can check every statement without the engine's tables.
"""

from dataclasses import dataclass

from medstream_shared.events.models import Finding, Patient

from .findings import Observation
from .news2 import News2
from .phrases import (
    CONCEPTS,
    FACTS,
    LABELS,
    NAMES,
    NEWS2_PARTS,
    RED_FLAGS,
    SOURCES,
    TEXT,
    UNITS,
    Language,
    number,
    say,
)
from .red_flags import Fact, RedFlag
from .reference_ranges import DIASTOLIC_BP, SYSTOLIC_BP, ReferenceRange

_SYMBOL = {"<": "<", "<=": "≤", ">": ">", ">=": "≥"}


@dataclass(frozen=True, slots=True)
class Rendered:
    """A finding plus the one-line form the assessment lists it by."""

    finding: Finding
    brief: str
    interpreted: bool = True


def unit_text(unit: str, language: Language) -> str:
    return say(UNITS, unit, language) if unit in UNITS else unit


def measure(value: str, unit: str) -> str:
    """Value and unit as clinicians write them: "39.8 °C" but "88%" and "28/min"."""
    return f"{value}{unit}" if unit == "%" or unit.startswith("/") else f"{value} {unit}"


def plain(value: float, language: Language) -> str:
    """A number as reported, without padding zeros: 252.0 → "252", 0.04 → "0.04"."""
    text = f"{value:.6g}"
    return text.replace(".", ",") if language == "ru" else text


def _fixed(value: float, reference: ReferenceRange, language: Language) -> str:
    return number(value, reference.decimals, language)


def range_text(reference: ReferenceRange, language: Language, *, unit: bool = True) -> str:
    """The reference interval as a clinician writes it: "3.9–5.5", "<5.2", "≥90"."""
    low, high = reference.low, reference.high
    if low is not None and high is not None:
        text = f"{_fixed(low, reference, language)}–{_fixed(high, reference, language)}"
    elif high is not None:
        text = ("<" if reference.high_exclusive else "≤") + _fixed(high, reference, language)
    else:
        text = "≥" + _fixed(low or 0, reference, language)
    return measure(text, unit_text(reference.unit, language)) if unit else text


def _reference_text(observation: Observation, language: Language) -> str:
    if observation.key == "blood_pressure":
        systolic = range_text(SYSTOLIC_BP, language, unit=False)
        diastolic = range_text(DIASTOLIC_BP, language, unit=False)
        pair = say(TEXT, "bp_reference", language, systolic=systolic, diastolic=diastolic)
        return measure(pair, unit_text("mmHg", language))
    assert observation.reference is not None
    text = range_text(observation.reference, language)
    if observation.sex is None:
        return text
    key = "range_for_men" if observation.sex == "M" else "range_for_women"
    return say(TEXT, key, language, range=text)


def _reference_of(observation: Observation) -> ReferenceRange:
    if observation.key == "blood_pressure":
        return SYSTOLIC_BP if observation.decisive == "systolic_bp" else DIASTOLIC_BP
    assert observation.reference is not None
    return observation.reference


def _criterion(observation: Observation, language: Language) -> str | None:
    band = observation.status.band
    if band is None:
        return None
    reference = _reference_of(observation)
    limit = _fixed(band.limit, reference, language)
    text = measure(f"{_SYMBOL[band.op]}{limit}", unit_text(reference.unit, language))
    if observation.key == "blood_pressure":
        return say(TEXT, f"bp_{observation.decisive}", language, criterion=text)
    return text


def _name(observation: Observation, language: Language) -> str:
    if observation.key in NAMES and observation.issue != "unknown_lab":
        return say(NAMES, observation.key, language)
    return observation.name or observation.key


def _reported(observation: Observation, language: Language) -> str:
    assert observation.given is not None
    given, unit = observation.given
    return measure(plain(given, language), unit)


def _measured(observation: Observation, language: Language, patient: Patient) -> str:
    """The interpreted value with its unit; BMI also shows the weight and height behind it."""
    if observation.value_text is not None:
        return measure(observation.value_text, unit_text("mmHg", language))
    reference = observation.reference
    assert observation.value is not None and reference is not None
    text = measure(
        _fixed(observation.value, reference, language), unit_text(reference.unit, language)
    )
    if observation.key == "bmi" and patient.weight_kg and patient.height_cm:
        weight, height = plain(patient.weight_kg, language), plain(patient.height_cm, language)
        text = f"{text} ({say(TEXT, 'bmi_inputs', language, weight=weight, height=height)})"
    return text


def _subject(observation: Observation, language: Language, patient: Patient) -> str:
    """Name and value as reported, followed by the canonical value when it was converted."""
    name = _name(observation, language)
    if not observation.interpreted:
        return say(TEXT, "subject", language, name=name, measure=_reported(observation, language))
    value = _measured(observation, language, patient)
    if observation.given is None:
        return say(TEXT, "subject", language, name=name, measure=value)
    reported = _reported(observation, language)
    return say(TEXT, "converted", language, name=name, given=reported, measure=value)


def _uninterpreted(observation: Observation, language: Language, subject: str) -> Rendered:
    """An info finding that says why the value was not read, never a guessed interpretation."""
    assert observation.given is not None and observation.issue is not None
    reference = observation.reference
    unit = unit_text(reference.unit, language) if reference is not None else ""
    converted = ""
    if observation.value is not None and reference is not None:
        converted = measure(_fixed(observation.value, reference, language), unit)
    evidence = say(TEXT, observation.issue, language, subject=subject, unit=unit, measure=converted)
    given, given_unit = observation.given
    finding = Finding(
        name=_name(observation, language),
        value=given,
        unit=given_unit,
        evidence=evidence,
        severity="info",
        out_of_range=False,
    )
    brief = f"{subject} — {say(LABELS, 'not_interpreted', language)}"
    return Rendered(finding, brief, interpreted=False)


def render_observation(observation: Observation, language: Language, patient: Patient) -> Rendered:
    subject = _subject(observation, language, patient)
    if not observation.interpreted:
        return _uninterpreted(observation, language, subject)
    status, reference = observation.status, _reference_of(observation)
    label = say(LABELS, status.label, language)
    criterion = _criterion(observation, language)
    evidence = say(
        TEXT,
        "evidence" if criterion is None else "evidence_banded",
        language,
        subject=subject,
        label=label,
        criterion=criterion,
        reference=_reference_text(observation, language),
        source=say(SOURCES, reference.source, language),
    )
    finding = Finding(
        name=_name(observation, language),
        value=observation.value_text or observation.value,
        unit=unit_text(reference.unit, language),
        evidence=evidence,
        severity=status.severity,
        out_of_range=status.out_of_range,
    )
    return Rendered(finding, say(TEXT, "brief", language, subject=subject, label=label))


def render_news2(score: News2, language: Language) -> Rendered:
    parts = ", ".join(f"{say(NEWS2_PARTS, key, language)} {points}" for key, points in score.parts)
    label = say(LABELS, score.risk, language)
    evidence = say(TEXT, "news2_evidence", language, total=score.total, parts=parts, label=label)
    finding = Finding(
        name=say(NAMES, "news2", language),
        value=score.total,
        evidence=evidence,
        severity=score.severity,
        out_of_range=score.out_of_range,
    )
    subject = say(TEXT, "news2_brief", language, total=score.total)
    return Rendered(finding, say(TEXT, "brief", language, subject=subject, label=label))


def _fact(fact: Fact, language: Language) -> str:
    key, value = fact
    if key in ("symptom", "history"):
        return say(CONCEPTS, str(value), language)
    if isinstance(value, float | int):
        value = str(int(value)) if float(value).is_integer() else number(value, 1, language)
    return say(FACTS, key, language, v=value)


def render_flag(flag: RedFlag, language: Language) -> str:
    facts = ", ".join(_fact(fact, language) for fact in flag.facts)
    return f"{say(RED_FLAGS, flag.key, language)}: {facts}"
