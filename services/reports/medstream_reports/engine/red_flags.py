"""Red flags: combinations of findings and complaints that need urgent action.

Single abnormal values are already graded as findings; a red flag is raised when a pattern is
dangerous (severe hypertension *with* symptoms of organ damage, fever *with* tachycardia and
tachypnoea) or a single value is immediately life-threatening. Each flag lists the facts it
rests on, so the reader can check the reasoning, and the actions it calls for.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from medstream_shared.events.models import Severity, Vitals

from .bands import severity_rank
from .findings import Observation
from .news2 import News2

Fact = tuple[str, float | str]

_ORGAN_DAMAGE_SYMPTOMS = (
    "chest_pain",
    "dyspnoea",
    "headache",
    "confusion",
    "neuro_deficit",
    "visual_disturbance",
)
_HYPERGLYCAEMIC_CRISIS_SYMPTOMS = ("vomiting", "abdominal_pain", "polyuria_thirst", "confusion")


@dataclass(frozen=True, slots=True)
class RedFlag:
    key: str
    severity: Severity
    facts: tuple[Fact, ...]
    actions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Context:
    """Everything the rules read: vitals, interpreted labs, recognised concepts, NEWS2."""

    vitals: Vitals
    labs: Mapping[str, Observation]
    symptoms: tuple[str, ...]
    history: tuple[str, ...]
    news2: News2 | None = None
    allergy_conflicts: tuple[tuple[str, str], ...] = ()

    def lab(self, key: str) -> float | None:
        observation = self.labs.get(key)
        return observation.value if observation is not None else None

    def raised(self, key: str) -> Observation | None:
        observation = self.labs.get(key)
        band = observation.status.band if observation is not None else None
        return observation if band is not None and band.out_of_range and band.is_high else None

    def symptoms_among(self, keys: tuple[str, ...]) -> tuple[Fact, ...]:
        return tuple(("symptom", key) for key in keys if key in self.symptoms)


def _bp(vitals: Vitals) -> Fact:
    systolic = "–" if vitals.systolic_bp is None else vitals.systolic_bp
    diastolic = "–" if vitals.diastolic_bp is None else vitals.diastolic_bp
    return "blood_pressure", f"{systolic}/{diastolic}"


def _hypertensive_emergency(ctx: Context) -> RedFlag | None:
    sbp, dbp = ctx.vitals.systolic_bp or 0, ctx.vitals.diastolic_bp or 0
    symptoms = ctx.symptoms_among(_ORGAN_DAMAGE_SYMPTOMS)
    if (sbp < 180 and dbp < 120) or not symptoms:
        return None
    facts = (_bp(ctx.vitals), *symptoms)
    return RedFlag("hypertensive_emergency", "critical", facts, ("organ_damage_workup", "ecg"))


def _hypoxaemia(ctx: Context) -> RedFlag | None:
    """SpO2 <90%, or <88% in COPD, where 88–92% is the BTS target range."""
    spo2, copd = ctx.vitals.spo2, "copd" in ctx.history
    if spo2 is None or spo2 >= (88 if copd else 90):
        return None
    facts: tuple[Fact, ...] = (("spo2", spo2), *((("history", "copd"),) if copd else ()))
    return RedFlag("hypoxaemia", "critical", facts, ("oxygen", "respiratory_assessment"))


def _sirs(ctx: Context) -> int:
    v, wbc = ctx.vitals, ctx.lab("wbc")
    return sum(
        (
            v.temperature_c is not None and (v.temperature_c > 38.0 or v.temperature_c < 36.0),
            v.heart_rate is not None and v.heart_rate > 90,
            v.respiratory_rate is not None and v.respiratory_rate > 20,
            wbc is not None and (wbc > 12 or wbc < 4),
        )
    )


def _qsofa(ctx: Context) -> int:
    v = ctx.vitals
    return sum(
        (
            v.respiratory_rate is not None and v.respiratory_rate >= 22,
            v.systolic_bp is not None and v.systolic_bp <= 100,
            "confusion" in ctx.symptoms,
        )
    )


def _sepsis(ctx: Context) -> RedFlag | None:
    """Fever (≥38.3 °C) or hypothermia with ≥3 SIRS criteria, or qSOFA ≥2 with an infection clue.

    SIRS alone is too unspecific (Sepsis-3), hence the temperature requirement; qSOFA counts
    only when something points to infection, so that shock of another cause is not labelled
    sepsis.
    """
    v, wbc, crp = ctx.vitals, ctx.lab("wbc"), ctx.raised("crp")
    temp_abnormal = v.temperature_c is not None and not 36.0 <= v.temperature_c < 38.3
    wbc_abnormal = wbc is not None and (wbc > 12 or wbc < 4)
    infection = temp_abnormal or wbc_abnormal or crp is not None or "fever" in ctx.symptoms
    sirs, qsofa = _sirs(ctx), _qsofa(ctx)
    if not ((temp_abnormal and sirs >= 3) or (infection and qsofa >= 2)):
        return None
    measured: tuple[tuple[str, float | None], ...] = (
        ("temperature_c", v.temperature_c),
        ("heart_rate", v.heart_rate),
        ("respiratory_rate", v.respiratory_rate),
        ("wbc", wbc),
        ("crp", crp.value if crp is not None else None),
    )
    facts: list[Fact] = [(key, value) for key, value in measured if value is not None]
    if v.systolic_bp is not None and v.systolic_bp <= 100:
        facts.append(_bp(v))
    facts.extend(ctx.symptoms_among(("confusion",)))
    facts.extend((("sirs", f"{sirs}/4"), ("qsofa", f"{qsofa}/3")))
    return RedFlag("sepsis", "critical", tuple(facts), ("sepsis_pathway", "infection_source"))


def _acute_coronary_syndrome(ctx: Context) -> RedFlag | None:
    if "chest_pain" not in ctx.symptoms:
        return None
    hr = ctx.vitals.heart_rate
    reasons: list[Fact] = []
    if hr is not None and hr > 100:
        reasons.append(("heart_rate", hr))
    if "coronary_disease" in ctx.history:
        reasons.append(("history", "coronary_disease"))
    for key in ("troponin_t", "troponin_i"):
        if (raised := ctx.raised(key)) is not None and raised.value is not None:
            reasons.append((key, raised.value))
    if not reasons:
        return None
    facts = (("symptom", "chest_pain"), *reasons)
    return RedFlag("acs", "critical", facts, ("ecg", "serial_troponin"))


def _myocardial_injury(ctx: Context) -> RedFlag | None:
    """A raised troponin without chest pain; with chest pain the ACS flag already covers it."""
    if "chest_pain" in ctx.symptoms:
        return None
    for key in ("troponin_t", "troponin_i"):
        raised = ctx.raised(key)
        if raised is not None and raised.value is not None:
            facts: tuple[Fact, ...] = ((key, raised.value),)
            return RedFlag(
                "myocardial_injury", raised.status.severity, facts, ("ecg", "serial_troponin")
            )
    return None


def _hypotension(ctx: Context) -> RedFlag | None:
    v = ctx.vitals
    if v.systolic_bp is None or v.systolic_bp >= 90:
        return None
    facts = (_bp(v), *((("heart_rate", v.heart_rate),) if v.heart_rate is not None else ()))
    return RedFlag("hypotension", "critical", facts)


def _news2(ctx: Context) -> RedFlag | None:
    if ctx.news2 is None or ctx.news2.total < 7:
        return None
    return RedFlag("news2_high", "critical", (("news2", ctx.news2.total),))


def _glucose(ctx: Context) -> RedFlag | None:
    glucose = ctx.lab("glucose")
    if glucose is None:
        return None
    if glucose < 3.0:
        return RedFlag(
            "severe_hypoglycaemia", "critical", (("glucose", glucose),), ("treat_hypoglycaemia",)
        )
    symptoms = ctx.symptoms_among(_HYPERGLYCAEMIC_CRISIS_SYMPTOMS)
    if glucose >= 16.7 or (glucose >= 11.1 and symptoms):
        facts = (("glucose", glucose), *symptoms)
        return RedFlag("hyperglycaemic_crisis", "critical", facts, ("ketones_blood_gas",))
    return None


def _potassium(ctx: Context) -> RedFlag | None:
    k = ctx.lab("potassium")
    actions = ("ecg", "urgent_potassium")
    if k is not None and k >= 6.0:
        return RedFlag(
            "hyperkalaemia", "critical" if k >= 6.5 else "high", (("potassium", k),), actions
        )
    if k is not None and k < 2.5:
        return RedFlag("hypokalaemia", "critical", (("potassium", k),), actions)
    return None


def _sodium(ctx: Context) -> RedFlag | None:
    na = ctx.lab("sodium")
    if na is not None and (na < 125 or na > 155):
        key = "hyponatraemia" if na < 125 else "hypernatraemia"
        return RedFlag(key, "critical", (("sodium", na),), ("urgent_sodium",))
    return None


def _blood_count(ctx: Context) -> RedFlag | None:
    hb, platelets = ctx.lab("hemoglobin"), ctx.lab("platelets")
    bleeding = ctx.symptoms_among(("bleeding",))
    if hb is not None and hb < 70:
        facts = (("hemoglobin", hb), *bleeding)
        return RedFlag("severe_anaemia", "critical", facts, ("transfusion_assessment",))
    if platelets is not None and platelets < 20:
        facts = (("platelets", platelets), *bleeding)
        return RedFlag("critical_thrombocytopenia", "critical", facts, ("urgent_haematology",))
    return None


def _extreme_vitals(ctx: Context) -> tuple[RedFlag, ...]:
    hr, temp = ctx.vitals.heart_rate, ctx.vitals.temperature_c
    flags = []
    if hr is not None and (hr < 40 or hr > 130):
        flags.append(RedFlag("extreme_heart_rate", "high", (("heart_rate", hr),), ("ecg",)))
    if temp is not None and (temp >= 40.0 or temp < 35.0):
        flags.append(RedFlag("extreme_temperature", "high", (("temperature_c", temp),)))
    return tuple(flags)


def _allergies(ctx: Context) -> tuple[RedFlag, ...]:
    return tuple(
        RedFlag(
            "allergy_conflict", "high", (("allergy", a), ("medication", m)), ("allergy_review",)
        )
        for a, m in ctx.allergy_conflicts
    )


_SINGLE_RULES: tuple[Callable[[Context], RedFlag | None], ...] = (
    _hypertensive_emergency,
    _hypoxaemia,
    _sepsis,
    _acute_coronary_syndrome,
    _hypotension,
    _news2,
    _glucose,
    _potassium,
    _sodium,
    _blood_count,
    _myocardial_injury,
)


def red_flags(ctx: Context) -> tuple[RedFlag, ...]:
    """All red flags, most severe first; rule order breaks ties, so output is deterministic."""
    flags = [flag for rule in _SINGLE_RULES if (flag := rule(ctx)) is not None]
    flags.extend(_extreme_vitals(ctx))
    flags.extend(_allergies(ctx))
    return tuple(sorted(flags, key=lambda flag: -severity_rank(flag.severity)))
