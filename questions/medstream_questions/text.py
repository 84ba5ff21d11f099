"""Text normalisation, tokens and stems: the common ground of vocabulary and questions.

Vocabulary terms and questions go through the same functions, so «Санкт-Петербурге» meets
«Санкт-Петербург» as the stems ``санкт петербург``. Normalisation keeps the text's length,
so a token's offsets also point into the original question (where capitals still are).
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import cyrtranslit
import pymorphy3
from medstream_shared.language import Language

__all__ = ["Language"]

_TRANSLATE = str.maketrans({"ё": "е", "Ё": "Е", "–": "-", "—": "-", "−": "-", "’": "'", "→": "-"})
_TOKEN = re.compile(r"[a-zа-я0-9]+")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


@lru_cache(maxsize=2)
def _stemmer(language: str) -> Any:
    """Snowball's ``russian`` or ``english`` stemmer, imported on the first word stemmed:
    the package loads all of its ~35 languages (~2.5 MB of RSS), which analytics, answering
    the router's planned questions, never stems a word with."""
    import snowballstemmer

    return snowballstemmer.stemmer(language)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    stem: str
    start: int
    end: int
    function: bool = False
    """A preposition, conjunction, particle, pronoun, numeral or verb: never a name."""
    latin: str = ""
    """A Russian word's lemma in Latin letters, stemmed («в Алматы» → ``almati``): finds a
    place or department stored under a Latin name that has no Russian name in the data."""


FUNCTION_TAGS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "NUMR", "INTJ", "VERB", "INFN",
                           "GRND", "PRED"})  # fmt: skip
"""pymorphy3 parts of speech that never name a place, a diagnosis or a department."""


@lru_cache(maxsize=1)
def _morphology() -> pymorphy3.MorphAnalyzer:
    """Loaded on first use (about 0.1 s and 20 MB): only router and analytics read Russian."""
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65_536)
def _russian(word: str) -> tuple[str, bool]:
    """The stem of the word's lemma («клали» → класть → ``клас``) and whether it is a
    function word. Stems of lemmas meet across irregular forms that suffix-stripping alone
    leaves apart («детей» and «ребёнок», «клали» and «класть»)."""
    best = _morphology().parse(word)[0]
    lemma = best.normal_form.replace("ё", "е")
    stemmed: str = _stemmer("russian").stemWord(lemma)
    return stemmed, best.tag.POS in FUNCTION_TAGS


def grammar(word: str) -> frozenset[str]:
    """The grammemes of a Russian word's likeliest reading («среднего» → gent, …); empty
    for other words."""
    if not _CYRILLIC.search(word):
        return frozenset()
    return frozenset(_morphology().parse(word.lower())[0].tag.grammemes)


def is_known_word(word: str) -> bool:
    """Whether the Russian dictionary knows the word (a misspelling it does not know)."""
    return bool(_CYRILLIC.search(word)) and bool(_morphology().word_is_known(word))


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def to_latin(text: str) -> str:
    """Russian text in Latin letters (cyrtranslit's scheme, without its soft-sign marks)."""
    return str(cyrtranslit.to_latin(text, "ru")).replace("'", "")


@lru_cache(maxsize=65_536)
def romanized_stem(word: str) -> str:
    """The English stem of a Russian word's lemma in Latin letters (cyrtranslit's scheme)."""
    lemma = _morphology().parse(word)[0].normal_form
    latin = to_latin(lemma).lower()
    stemmed: str = _stemmer("english").stemWord(latin)
    return stemmed


def normalize(text: str) -> str:
    """Lower case, «ё» as «е», one kind of dash (arrows too); the result has the input's
    length."""
    translated = text.translate(_TRANSLATE).replace("->", "- ")  # "2021 -> 2025"
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in translated)


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    if word.isdigit():
        return word
    if _CYRILLIC.search(word):
        if len(word) >= 6 and word.endswith("оф"):
            word = word[:-2] + "ов"  # texting: «пациентоф», «визитоф» are «-ов»
        return _russian(word)[0]
    stemmed: str = _stemmer("english").stemWord(word)
    return stemmed


def is_function_word(word: str) -> bool:
    return bool(_CYRILLIC.search(word)) and _russian(word)[1]


def tokenize(normalized: str) -> list[Token]:
    return [
        Token(
            match.group(),
            stem(match.group()),
            match.start(),
            match.end(),
            is_function_word(match.group()),
            romanized_stem(match.group()) if _CYRILLIC.search(match.group()) else "",
        )
        for match in _TOKEN.finditer(normalized)
    ]


def stems_of(phrase: str) -> tuple[str, ...]:
    return tuple(token.stem for token in tokenize(normalize(phrase)))


def detect_language(text: str) -> Language:
    """Russian when Cyrillic letters outnumber Latin ones (ICD-10 codes are Latin)."""
    cyrillic = len(_CYRILLIC.findall(text))
    return "ru" if cyrillic and cyrillic >= len(_LATIN.findall(text)) / 2 else "en"


NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "один": 1, "одна": 1, "одного": 1, "одной": 1, "два": 2, "две": 2, "двух": 2, "три": 3,
    "трех": 3, "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
    "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10,
    "десяти": 10, "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
    "пятнадцать": 15, "пятнадцати": 15, "двадцать": 20, "двадцати": 20,
    "тройка": 3, "тройку": 3, "тройке": 3, "пятерка": 5, "пятерку": 5, "пятерке": 5,
    "десятка": 10, "десятку": 10, "десятке": 10,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50,
    "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70,
    "восемьдесят": 80, "восьмидесяти": 80, "девяносто": 90, "девяноста": 90,
}  # fmt: skip
NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
"""A small count in digits or words, as a regex fragment."""


def number_value(text: str) -> int:
    return int(text) if text.isdigit() else NUMBER_WORDS[text]
