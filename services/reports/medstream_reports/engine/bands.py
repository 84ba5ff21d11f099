"""Typed reference ranges and severity bands, and the single rule that classifies a value.

Clinical cut-offs are written the way guidelines state them ("≥180", "<90", ">100"), so a
band is a comparison with a limit rather than an interval. When several bands match, the
most severe wins, which makes the order in which a table lists its bands irrelevant.
"""

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from medstream_shared.events.models import Severity

from .units import IDENTITY, Conversion, normalise_unit

Comparator = Literal["<", "<=", ">", ">="]
Sex = Literal["M", "F"]

SEVERITY_ORDER: tuple[Severity, ...] = ("info", "low", "moderate", "high", "critical")
_COMPARE: dict[Comparator, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def severity_rank(severity: Severity) -> int:
    return SEVERITY_ORDER.index(severity)


@dataclass(frozen=True, slots=True)
class Band:
    """A named region beyond a threshold; ``label`` is a key into the phrase tables."""

    op: Comparator
    limit: float
    severity: Severity
    label: str
    out_of_range: bool = True

    def contains(self, value: float) -> bool:
        return _COMPARE[self.op](value, self.limit)

    @property
    def is_high(self) -> bool:
        return self.op in (">", ">=")

    @property
    def extremity(self) -> float:
        """Distance into the abnormal side, to break ties between equally severe bands."""
        return self.limit if self.is_high else -self.limit


@dataclass(frozen=True, slots=True)
class ReferenceRange:
    """An adult reference interval (inclusive bounds) in ``unit``, with its source and bands.

    ``source`` is a citation key rendered per language by the phrase tables. ``bands`` decide
    the classification; ``low``/``high`` are the interval quoted back to the reader.
    """

    unit: str
    source: str
    low: float | None = None
    high: float | None = None
    bands: tuple[Band, ...] = ()
    normal_label: str = "within_range"
    decimals: int = 1
    high_exclusive: bool = False


@dataclass(frozen=True, slots=True)
class Classification:
    label: str
    severity: Severity
    out_of_range: bool
    band: Band | None = None

    @property
    def rank(self) -> tuple[int, bool]:
        return severity_rank(self.severity), self.out_of_range


def classify(value: float, reference: ReferenceRange) -> Classification:
    """Place ``value`` in the most severe matching band, or the normal label if none match."""
    matches = [band for band in reference.bands if band.contains(value)]
    if not matches:
        return Classification(reference.normal_label, "info", out_of_range=False)
    band = max(matches, key=lambda b: (severity_rank(b.severity), b.out_of_range, b.extremity))
    return Classification(band.label, band.severity, band.out_of_range, band)


def above_uln(uln: float, labels: tuple[str, str, str]) -> tuple[Band, ...]:
    """Bands at >1×, ≥3× and ≥10× the upper limit of normal, the usual grading of enzymes."""
    above, threefold, tenfold = labels
    return (
        Band(">", uln, "low", above),
        Band(">=", 3 * uln, "moderate", threefold),
        Band(">=", 10 * uln, "high", tenfold),
    )


@dataclass(frozen=True, slots=True)
class LabSpec:
    """A laboratory test: how it may be named, which units convert, and its reference range.

    ``female`` is set only where the adult range differs by sex. ``plausible`` bounds (in the
    canonical unit) catch values reported in the wrong unit, e.g. creatinine 1.1 "µmol/L".
    """

    key: str
    aliases: tuple[str, ...]
    male: ReferenceRange
    female: ReferenceRange | None = None
    units: Mapping[str, Conversion] = field(default_factory=dict)
    plausible: tuple[float, float] = (0.0, float("inf"))

    @property
    def canonical_unit(self) -> str:
        return self.male.unit

    @property
    def sex_specific(self) -> bool:
        return self.female is not None

    def reference(self, sex: Sex) -> ReferenceRange:
        return self.female if sex == "F" and self.female is not None else self.male

    def conversion(self, unit: str) -> Conversion | None:
        """The conversion for ``unit``, or None when the unit is not recognised for this test."""
        key = normalise_unit(unit)
        if key == normalise_unit(self.canonical_unit):
            return IDENTITY
        return self.units.get(key)

    def is_plausible(self, canonical_value: float) -> bool:
        low, high = self.plausible
        return low <= canonical_value <= high


def aliases(text: str) -> tuple[str, ...]:
    """Split a ``;``-separated alias list; one string per test keeps long tables readable."""
    return tuple(name.strip() for name in text.split(";") if name.strip())
