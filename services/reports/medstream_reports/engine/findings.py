"""Evaluation of vitals, BMI and labs into language-neutral observations.

Observations carry keys and numbers only; ``render`` writes them in the report's language.
Values are classified after rounding to the precision they are reported at, so the reader
never sees "5.5 mmol/L" described as above a 5.5 limit.
"""

from dataclasses import dataclass
from typing import Literal

from medstream_shared.events.models import LabResult, Patient, Vitals

from .bands import Classification, LabSpec, ReferenceRange, Sex, classify
from .reference_ranges import BMI, DIASTOLIC_BP, SYSTOLIC_BP, VITALS, find_lab
from .units import normalise_unit

Issue = Literal["unknown_lab", "unknown_unit", "implausible"]

NOT_INTERPRETED = Classification("not_interpreted", "info", out_of_range=False)


@dataclass(frozen=True, slots=True)
class Observation:
    """One measurement judged against its reference range.

    ``key`` is a vital key, ``"blood_pressure"``, ``"bmi"`` or a lab key (``"lab"`` when the test
    is unknown). ``decisive`` names the blood-pressure component that set the category. ``given``
    keeps the reported value and unit when a conversion was applied or the value could not be
    interpreted. ``sex`` is set when a sex-specific range was used.
    """

    key: str
    status: Classification
    value: float | None = None
    reference: ReferenceRange | None = None
    value_text: str | None = None
    decisive: str | None = None
    given: tuple[float, str] | None = None
    name: str | None = None
    issue: Issue | None = None
    sex: Sex | None = None

    @property
    def interpreted(self) -> bool:
        return self.issue is None


def _rounded(value: float, reference: ReferenceRange) -> float:
    return round(value, reference.decimals)


def _vital(key: str, value: float) -> Observation:
    reference = VITALS[key]
    value = _rounded(value, reference)
    return Observation(key, classify(value, reference), value=value, reference=reference)


def _blood_pressure(systolic: int, diastolic: int) -> Observation:
    """One finding for the pair: ESC/ESH grade by whichever component is in the higher category."""
    by_component = {
        "systolic_bp": classify(systolic, SYSTOLIC_BP),
        "diastolic_bp": classify(diastolic, DIASTOLIC_BP),
    }
    decisive = max(
        by_component, key=lambda k: (*by_component[k].rank, by_component[k].band is not None)
    )
    return Observation(
        "blood_pressure",
        by_component[decisive],
        value_text=f"{systolic}/{diastolic}",
        decisive=decisive,
    )


def evaluate_vitals(vitals: Vitals) -> list[Observation]:
    observations: list[Observation] = []
    if vitals.systolic_bp is not None and vitals.diastolic_bp is not None:
        observations.append(_blood_pressure(vitals.systolic_bp, vitals.diastolic_bp))
    elif vitals.systolic_bp is not None:
        observations.append(_vital("systolic_bp", vitals.systolic_bp))
    elif vitals.diastolic_bp is not None:
        observations.append(_vital("diastolic_bp", vitals.diastolic_bp))
    for key in ("heart_rate", "temperature_c", "respiratory_rate", "spo2"):
        value = getattr(vitals, key)
        if value is not None:
            observations.append(_vital(key, value))
    return observations


def evaluate_bmi(patient: Patient) -> Observation | None:
    if patient.height_cm is None or patient.weight_kg is None:
        return None
    bmi = _rounded(patient.weight_kg / (patient.height_cm / 100) ** 2, BMI)
    return Observation("bmi", classify(bmi, BMI), value=bmi, reference=BMI)


def _not_interpreted(
    lab: LabResult, issue: Issue, spec: LabSpec | None, value: float | None = None
) -> Observation:
    return Observation(
        spec.key if spec else "lab",
        NOT_INTERPRETED,
        value=value,
        reference=spec.male if spec else None,
        given=(lab.value, lab.unit),
        name=lab.name,
        issue=issue,
    )


def _is_canonical(unit: str, spec: LabSpec) -> bool:
    return normalise_unit(unit) == normalise_unit(spec.canonical_unit)


def evaluate_lab(lab: LabResult, sex: Sex) -> Observation:
    """Convert into the canonical unit and classify, or explain why the value is not interpreted."""
    spec = find_lab(lab.name)
    if spec is None:
        return _not_interpreted(lab, "unknown_lab", None)
    conversion = spec.conversion(lab.unit)
    if conversion is None:
        return _not_interpreted(lab, "unknown_unit", spec)
    reference = spec.reference(sex)
    value = _rounded(conversion.to_canonical(lab.value), reference)
    if not spec.is_plausible(value):
        return _not_interpreted(lab, "implausible", spec, value)
    return Observation(
        spec.key,
        classify(value, reference),
        value=value,
        reference=reference,
        given=None if _is_canonical(lab.unit, spec) else (lab.value, lab.unit),
        name=lab.name,
        sex=sex if spec.sex_specific else None,
    )
