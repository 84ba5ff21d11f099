"""Which recommendations apply, and in what order.

Actions come from red flags first (any critical flag adds emergency assessment) and then from
abnormal findings, most severe first. The list is de-duplicated and ordered by urgency, so the
first line is always the most time-critical thing to do.
"""

from collections.abc import Iterable, Sequence

from .findings import Observation
from .news2 import News2
from .red_flags import RedFlag

URGENCY: dict[str, int] = {
    "emergency": 0,
    "treat_hypoglycaemia": 0,
    "oxygen": 0,
    "sepsis_pathway": 0,
    "ecg": 1,
    "serial_troponin": 1,
    "organ_damage_workup": 1,
    "ketones_blood_gas": 1,
    "urgent_potassium": 1,
    "urgent_sodium": 1,
    "transfusion_assessment": 1,
    "urgent_haematology": 1,
    "urgent_clinical_review": 1,
    "allergy_review": 1,
    "hypothermia_care": 1,
    "repeat_bp": 2,
    "infection_source": 2,
    "respiratory_assessment": 2,
    "rate_limiting_review": 2,
    "repeat_potassium": 2,
    "repeat_sodium": 2,
    "kidney_function": 3,
    "liver_tests": 3,
    "repeat_fbc": 3,
    "anaemia_workup": 3,
    "review_antihypertensives": 3,
    "confirm_hypertension": 3,
    "check_hba1c": 3,
    "diabetes_review": 3,
    "thyroid": 3,
    "verify_units": 3,
    "paediatric_ranges": 3,
    "cv_risk": 4,
    "weight_management": 4,
    "nutrition": 4,
    "routine_follow_up": 5,
}

_BP_THERAPY = "bp_therapy"
_BY_DIRECTION: dict[tuple[str, bool], tuple[str, ...]] = {
    ("blood_pressure", True): ("repeat_bp", _BP_THERAPY),
    ("blood_pressure", False): ("repeat_bp",),
    ("heart_rate", True): ("ecg",),
    ("heart_rate", False): ("ecg", "rate_limiting_review"),
    ("temperature_c", True): ("infection_source",),
    ("temperature_c", False): ("hypothermia_care",),
    ("respiratory_rate", True): ("respiratory_assessment",),
    ("respiratory_rate", False): ("urgent_clinical_review",),
    ("spo2", False): ("respiratory_assessment",),
    ("bmi", True): ("weight_management",),
    ("bmi", False): ("nutrition",),
    ("glucose", True): ("check_hba1c",),
    ("glucose", False): ("treat_hypoglycaemia",),
    ("hba1c", True): ("diabetes_review",),
    ("creatinine", True): ("kidney_function",),
    ("egfr", False): ("kidney_function",),
    ("total_cholesterol", True): ("cv_risk",),
    ("ldl", True): ("cv_risk",),
    ("hdl", False): ("cv_risk",),
    ("triglycerides", True): ("cv_risk",),
    ("potassium", True): ("repeat_potassium",),
    ("potassium", False): ("repeat_potassium",),
    ("sodium", True): ("repeat_sodium",),
    ("sodium", False): ("repeat_sodium",),
    ("crp", True): ("infection_source",),
    ("wbc", True): ("infection_source", "repeat_fbc"),
    ("wbc", False): ("repeat_fbc",),
    ("platelets", True): ("repeat_fbc",),
    ("platelets", False): ("repeat_fbc",),
    ("hemoglobin", True): ("repeat_fbc",),
    ("hemoglobin", False): ("anaemia_workup",),
    ("troponin_t", True): ("ecg", "serial_troponin"),
    ("troponin_i", True): ("ecg", "serial_troponin"),
    ("alt", True): ("liver_tests",),
    ("ast", True): ("liver_tests",),
    ("tsh", True): ("thyroid",),
    ("tsh", False): ("thyroid",),
}
_BP_KEYS = {"systolic_bp": "blood_pressure", "diastolic_bp": "blood_pressure"}
_SUPERSEDED_BY = {"repeat_potassium": "urgent_potassium", "repeat_sodium": "urgent_sodium"}


def _finding_actions(observation: Observation) -> tuple[str, ...]:
    if not observation.interpreted:
        return ("verify_units",) if observation.issue != "unknown_lab" else ()
    band = observation.status.band
    if band is None or not band.out_of_range:
        return ()
    key = _BP_KEYS.get(observation.key, observation.key)
    actions = _BY_DIRECTION.get((key, band.is_high), ())
    if observation.status.label == "hypertensive_crisis":
        actions = ("organ_damage_workup", *actions)
    return actions


def _news2_actions(score: News2 | None) -> tuple[str, ...]:
    if score is not None and score.risk in ("news2_medium", "news2_low_medium"):
        return ("urgent_clinical_review",)
    return ()


def recommend(
    flags: Sequence[RedFlag],
    observations: Sequence[Observation],
    *,
    news2: News2 | None,
    treated_hypertension: bool,
    has_hba1c: bool,
    adult: bool,
) -> tuple[str, ...]:
    """Action keys (see ``advice.ACTIONS``), most urgent first, each at most once.

    ``treated_hypertension`` turns raised blood pressure into a therapy review instead of a
    confirmation of the diagnosis; ``has_hba1c`` drops "check HbA1c" when it is already known.
    """
    candidates: list[str] = []
    for flag in flags:
        candidates.extend(("emergency",) if flag.severity == "critical" else ())
        candidates.extend(flag.actions)
    candidates.extend(_news2_actions(news2))
    ranked = sorted(observations, key=lambda o: o.status.rank, reverse=True)
    for observation in ranked:
        candidates.extend(_finding_actions(observation))
    if not adult:
        candidates.append("paediatric_ranges")
    therapy = "review_antihypertensives" if treated_hypertension else "confirm_hypertension"
    resolved = (therapy if action == _BP_THERAPY else action for action in candidates)
    unique = _unique(resolved)
    kept = [a for a in unique if _SUPERSEDED_BY.get(a) not in unique]
    kept = [a for a in kept if not (a == "check_hba1c" and has_hba1c)]
    return tuple(sorted(kept, key=URGENCY.__getitem__)) or ("routine_follow_up",)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
