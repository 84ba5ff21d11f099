"""Recognition of clinical concepts in free-text complaints, history and medication lists.

Patterns are stems so that Russian inflections match ("одышка", "одышкой"). A match preceded
by a negation in the same item ("no chest pain", "нет боли в груди") is ignored, since a
denied symptom must never raise a red flag. Results keep vocabulary order so that reports are
identical across runs regardless of hash seeds.
"""

import re
from collections.abc import Iterable, Mapping

_Vocabulary = Mapping[str, tuple[re.Pattern[str], ...]]


def _compile(vocabulary: Mapping[str, tuple[str, ...]]) -> _Vocabulary:
    return {key: tuple(re.compile(p) for p in patterns) for key, patterns in vocabulary.items()}


SYMPTOMS: _Vocabulary = _compile(
    {
        "chest_pain": (
            r"chest (pain|tightness|pressure|discomfort)",
            r"angina",
            r"бол\w* (в|за) груд",
            r"загрудин",
            r"стенокард",
        ),
        "dyspnoea": (
            r"short(ness)? of breath",
            r"breathless",
            r"dyspn",
            r"difficulty breathing",
            r"одышк",
            r"нехватк\w* воздуха",
            r"затрудн\w* дыхани",
            r"удушь",
        ),
        "headache": (r"head ?ache", r"головн\w* бол", r"бол\w* голов", r"болит голова"),
        "confusion": (
            r"confus",
            r"disorient",
            r"altered (mental|conscious)",
            r"спутанн",
            r"дезориент",
            r"оглушен",
        ),
        "neuro_deficit": (
            r"slurred speech",
            r"facial droop",
            r"weakness (in|of) (the |one )?(arm|leg|side)",
            r"hemipar",
            r"seizure",
            r"нарушени\w* речи",
            r"асимметри\w* лица",
            r"слабость в (руке|ноге|конечност)",
            r"судорог",
        ),
        "visual_disturbance": (
            r"blurred vision",
            r"vision loss",
            r"visual (disturbance|loss)",
            r"нечетк\w* зрени",
            r"нарушени\w* зрени",
            r"пелена перед глазами",
        ),
        "fever": (
            r"fever",
            r"febrile",
            r"chills",
            r"rigou?rs?",
            r"temperature",
            r"температур",
            r"лихорад",
            r"\bжар\b",
            r"озноб",
        ),
        "vomiting": (r"vomit", r"рвот"),
        "abdominal_pain": (r"abdominal pain", r"stomach pain", r"бол\w* в живот"),
        "polyuria_thirst": (
            r"thirst",
            r"polyuri",
            r"polydips",
            r"frequent urination",
            r"жажд",
            r"полиури",
            r"частое мочеиспускание",
        ),
        "syncope": (r"faint", r"syncop", r"passed out", r"обморок", r"потер\w* сознани"),
        "bleeding": (
            r"bleed",
            r"ha?emorrha",
            r"mela?ena",
            r"black stool",
            r"кровотечен",
            r"мелен",
            r"черн\w* стул",
        ),
    }
)

HISTORY: _Vocabulary = _compile(
    {
        "coronary_disease": (
            r"coronary",
            r"isch(a)?emic heart",
            r"\b(ihd|cad|cabg|pci|nstemi|stemi)\b",
            r"myocardial infarction",
            r"heart attack",
            r"angina",
            r"stent",
            r"\bибс\b",
            r"ишемическ\w* болезн\w* сердца",
            r"инфаркт",
            r"стенокард",
            r"стент",
            r"шунтировани",
            r"коронар",
        ),
        "hypertension": (
            r"hypertens",
            r"high blood pressure",
            r"\bhtn\b",
            r"гипертон",
            r"гипертенз",
        ),
        "diabetes": (r"diabet", r"\bt[12]dm\b", r"диабет", r"\bсд\s?[12]"),
        "copd": (
            r"\bcopd\b",
            r"chronic obstructive",
            r"emphysema",
            r"\bхобл\b",
            r"хроническ\w* обструктивн",
            r"эмфизем",
        ),
    }
)

MEDICATIONS: _Vocabulary = _compile(
    {
        "antihypertensive": (
            r"\w(pril|sartan|dipine|olol|thiazide)\b",
            r"indapamide|chlorthalidone|chlortalidone|moxonidine|doxazosin|spironolactone",
            r"verapamil|diltiazem|eplerenone",
            r"\w(прил|артан|дипин|олол|тиазид)\b",
            r"индапамид|хлорталидон|моксонидин|доксазозин|спиронолактон|верапамил|дилтиазем",
            r"эплеренон",
        ),
    }
)

_NEGATION = re.compile(r"\b(no|not|denies|denied|without|нет|не|без|отрицает)\b")
_CLAUSE_BREAK = re.compile(r"[,;.]")


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("ё", "е")).strip()


def _mentions(text: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    for pattern in patterns:
        for match in pattern.finditer(text):
            clause = _CLAUSE_BREAK.split(text[: match.start()])[-1]
            if not _NEGATION.search(clause):
                return True
    return False


def find(texts: Iterable[str], vocabulary: _Vocabulary) -> tuple[str, ...]:
    """Keys of ``vocabulary`` mentioned (not negated) in any of ``texts``, in vocabulary order."""
    items = [normalise(text) for text in texts]
    return tuple(
        key for key, patterns in vocabulary.items() if any(_mentions(t, patterns) for t in items)
    )
