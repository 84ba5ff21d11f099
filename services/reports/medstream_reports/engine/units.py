"""Normalisation of free-text laboratory units.

Labs write the same unit in many ways ("µmol/L", "umol/l", "мкмоль/л", "×10⁹/л"). Every
spelling is reduced to one ASCII key so that a conversion is only ever applied when the unit
is recognised exactly; anything else stays unrecognised rather than being guessed.
"""

import re
from dataclasses import dataclass

_CYRILLIC_TOKENS: dict[str, str] = {
    "мкмоль": "umol",
    "ммоль": "mmol",
    "моль": "mol",
    "мэкв": "meq",
    "мккат": "ukat",
    "мкме": "uiu",
    "мкед": "uu",
    "мме": "miu",
    "мед": "mu",
    "ме": "iu",
    "ед": "u",
    "гига": "giga",
    "тыс": "10^3",
    "мкг": "ug",
    "нг": "ng",
    "пг": "pg",
    "мг": "mg",
    "кг": "kg",
    "г": "g",
    "дл": "dl",
    "мкл": "ul",
    "мл": "ml",
    "л": "l",
    "мин": "min",
    "мм": "mm",
    "м": "m",
}
_CYRILLIC_RE = re.compile("|".join(sorted(_CYRILLIC_TOKENS, key=len, reverse=True)))
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPT_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


@dataclass(frozen=True, slots=True)
class Conversion:
    """An affine map into the canonical unit; affine because HbA1c mmol/mol → % has an offset."""

    factor: float = 1.0
    offset: float = 0.0

    def to_canonical(self, value: float) -> float:
        return value * self.factor + self.offset


IDENTITY = Conversion()


def normalise_unit(unit: str) -> str:
    """Reduce a unit spelling to its lookup key, e.g. ``"×10⁹/л"`` → ``"10^9/l"``."""
    text = unit.strip().lower().replace("µ", "u").replace("μ", "u")
    text = _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group().translate(_SUPERSCRIPTS), text)
    text = re.sub(r"\s+", "", text).replace(",", ".")
    text = _CYRILLIC_RE.sub(lambda m: _CYRILLIC_TOKENS[m.group()], text)
    text = re.sub(r"(?<![a-z])mc(?=[a-z])", "u", text)
    text = re.sub(r"(?<=[a-z])\^(?=\d)", "", text)
    text = re.sub(r"^[x×*·]", "", text)
    return re.sub(r"10(?:\*|e|\^)?(3|9)(?=/)", r"10^\1", text)
