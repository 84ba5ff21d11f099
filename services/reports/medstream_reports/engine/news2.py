"""National Early Warning Score 2 (Royal College of Physicians, 2017).

NEWS2 is the aggregate a ward clinician escalates on, so it is reported alongside the single
vital signs. It is computed only when all five measured parameters are present: a partial
score would understate risk. Supplemental oxygen is not part of the request, so room air is
assumed (stated in the evidence), and SpO2 scale 1 is used.
"""

from dataclasses import dataclass

from medstream_shared.events.models import Severity, Vitals

_Thresholds = tuple[tuple[float, int], ...]

# (upper bound inclusive, points), checked in order; the last bound is infinite.
_RESPIRATORY_RATE: _Thresholds = ((8, 3), (11, 1), (20, 0), (24, 2), (float("inf"), 3))
_SPO2_SCALE_1: _Thresholds = ((91, 3), (93, 2), (95, 1), (float("inf"), 0))
_SYSTOLIC_BP: _Thresholds = ((90, 3), (100, 2), (110, 1), (219, 0), (float("inf"), 3))
_HEART_RATE: _Thresholds = ((40, 3), (50, 1), (90, 0), (110, 1), (130, 2), (float("inf"), 3))
_TEMPERATURE: _Thresholds = ((35.0, 3), (36.0, 1), (38.0, 0), (39.0, 1), (float("inf"), 2))


@dataclass(frozen=True, slots=True)
class News2:
    total: int
    parts: tuple[tuple[str, int], ...]

    @property
    def any_parameter_scores_three(self) -> bool:
        return any(points == 3 for _, points in self.parts)

    @property
    def risk(self) -> str:
        """RCP risk band, also the phrase key of its label."""
        if self.total >= 7:
            return "news2_high"
        if self.total >= 5:
            return "news2_medium"
        if self.any_parameter_scores_three:
            return "news2_low_medium"
        return "news2_low"

    @property
    def severity(self) -> Severity:
        return {
            "news2_high": "critical",
            "news2_medium": "high",
            "news2_low_medium": "moderate",
            "news2_low": "info" if self.total == 0 else "low",
        }[self.risk]

    @property
    def out_of_range(self) -> bool:
        return self.risk != "news2_low"


def _points(value: float, thresholds: _Thresholds) -> int:
    return next(points for bound, points in thresholds if value <= bound)


def news2(vitals: Vitals, *, new_confusion: bool) -> News2 | None:
    """The NEWS2 score, or None when any of RR, SpO2, systolic BP, HR or temperature is absent."""
    rr, spo2, sbp = vitals.respiratory_rate, vitals.spo2, vitals.systolic_bp
    hr, temp = vitals.heart_rate, vitals.temperature_c
    if rr is None or spo2 is None or sbp is None or hr is None or temp is None:
        return None
    parts = (
        ("respiratory_rate", _points(rr, _RESPIRATORY_RATE)),
        ("spo2", _points(spo2, _SPO2_SCALE_1)),
        ("air_or_oxygen", 0),
        ("systolic_bp", _points(sbp, _SYSTOLIC_BP)),
        ("heart_rate", _points(hr, _HEART_RATE)),
        ("consciousness", 3 if new_confusion else 0),
        ("temperature_c", _points(temp, _TEMPERATURE)),
    )
    return News2(total=sum(points for _, points in parts), parts=parts)
