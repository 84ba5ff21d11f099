"""A conservative drug–allergy cross-check over free-text allergy and medication lists.

It catches the same drug named in both lists and a few common class allergies (penicillins,
sulfonamide antibiotics, NSAIDs including aspirin). It is a prompt to verify, not an
exhaustive interaction database, so it only ever adds a warning and never removes one.
"""

import re

from .concepts import normalise

_CLASSES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(allergy), re.compile(drug))
    for allergy, drug in (
        (
            r"penicill|пеницилл|amoxi|амокси",
            r"penicill|amoxi|ampicill|piperacill|flucloxacill|co-amoxiclav|augmentin|"
            r"пеницилл|амокси|ампицилл|пиперацилл|флуклоксацилл|аугментин|амоксиклав",
        ),
        (
            r"sulfa|sulpha|sulfonamide|сульфанил|сульфа",
            r"sulfamethoxazole|co-trimoxazole|сульфаметоксазол|ко-тримоксазол|бисептол",
        ),
        (
            r"nsaid|aspirin|ibuprofen|нпвп|нпвс|аспирин|ибупрофен",
            r"ibuprofen|diclofenac|naproxen|ketorolac|ketoprofen|aspirin|acetylsalicyl|"
            r"ибупрофен|диклофенак|напроксен|кеторолак|кетопрофен|аспирин|ацетилсалицил",
        ),
    )
)


def _conflicts(allergy: str, medication: str) -> bool:
    allergy, medication = normalise(allergy), normalise(medication)
    if len(allergy) >= 4 and allergy in medication:
        return True
    return any(a.search(allergy) and d.search(medication) for a, d in _CLASSES)


def allergy_conflicts(allergies: list[str], medications: list[str]) -> tuple[tuple[str, str], ...]:
    """(allergy, medication) pairs, as written in the request, that look incompatible."""
    return tuple(
        (allergy, medication)
        for allergy in allergies
        for medication in medications
        if _conflicts(allergy, medication)
    )
