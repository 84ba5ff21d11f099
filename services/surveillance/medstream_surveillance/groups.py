"""Which diagnoses count towards which surveillance group.

Groups are ICD-10 category ranges (the first three characters), as syndromic surveillance
defines them, so a detailed code (``J10.1``) counts with its category (``J10``):

================  =================================================================
influenza_ari     J00–J06 acute upper respiratory infections, J09–J11 influenza,
                  J20–J22 acute lower respiratory infections (the WHO/ECDC "ILI/ARI")
pneumonia         J12–J18 pneumonia
covid             U07.1 (virus identified), U07.2 (clinical/epidemiological); not the
                  rest of U07, which WHO keeps for other emergency uses
gastroenteritis   A00–A09 intestinal infectious diseases
================  =================================================================

The demo warehouse has J00–J06, J09–J11, J20–J21, J12, J15, J18, U07.1, U07.2 and A02–A09
(``services/analytics/medstream_analytics/warehouse/diagnoses.py``); other codes belong to no
group and are only counted as the city's visits of the day (coverage, see ``baseline``).
"""

import re

from medstream_shared.events.models import SurveillanceGroup

_RANGES: tuple[tuple[SurveillanceGroup, str, int, int], ...] = (
    ("influenza_ari", "J", 0, 6),
    ("influenza_ari", "J", 9, 11),
    ("influenza_ari", "J", 20, 22),
    ("pneumonia", "J", 12, 18),
    ("gastroenteritis", "A", 0, 9),
)
_COVID = frozenset({"U07.1", "U07.2"})
_CODE = re.compile(r"([A-Z])(\d{2})(?:\.([0-9A-Z]{1,4}))?")


def group_of(icd10_code: str) -> SurveillanceGroup | None:
    """The group of a code, or None for a code that no group watches (or not a code)."""
    code = icd10_code.strip().upper()
    match = _CODE.fullmatch(code)
    if match is None:
        return None
    letter, number = match.group(1), int(match.group(2))
    if letter == "U":
        return "covid" if code[:5] in _COVID else None
    for group, first_letter, low, high in _RANGES:
        if letter == first_letter and low <= number <= high:
            return group
    return None
