"""A first rule-based check: does the question say what is to be computed?

It recognises the analytics intents in English and Russian by their cue words. A question
with none of them is put back to the person with example questions as options.
"""

import re
from dataclasses import dataclass, field
from typing import Literal

Language = Literal["en", "ru"]

INTENT_CUES: dict[str, tuple[str, ...]] = {
    "top": ("top", "most common", "most frequent", "топ", "самые частые", "наиболее част", "чаще"),
    "count": ("how many", "count", "number of", "сколько", "количеств", "число"),
    "trend": (
        "trend",
        "by month",
        "by year",
        "by quarter",
        "over time",
        "динамик",
        "тренд",
        "по месяц",
    ),
    "compare": ("compare", "ranking", "rank", "сравн", "рейтинг"),
    "cost": ("cost", "average", "total", "стоимост", "средн", "затрат"),
    "share": ("share", "percent", "%", "доля", "процент"),
    "breakdown": ("by sex", "by age", "breakdown", "по полу", "по возраст", "распределени"),
}

EXAMPLES: dict[Language, list[str]] = {
    "en": [
        "Top-5 diagnoses in Saint Petersburg in 2025",
        "How many influenza visits were there in Moscow in 2024?",
        "Monthly trend of visits in Kazan in 2025",
    ],
    "ru": [
        "Топ-5 диагнозов в Санкт-Петербурге за 2025 год",
        "Сколько визитов с гриппом было в Москве в 2024 году?",
        "Динамика визитов по месяцам в Казани за 2025 год",
    ],
}

CLARIFY: dict[Language, str] = {
    "en": (
        "What would you like to know: a top list, a count, a trend, a comparison, costs or a share?"
    ),
    "ru": "Что именно вы хотите узнать: топ, количество, динамику, сравнение, стоимость или долю?",
}

CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def detect_language(text: str) -> Language:
    return "ru" if CYRILLIC.search(text) else "en"


@dataclass(frozen=True)
class Route:
    question: str
    intent: str
    language: Language
    assumptions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Clarify:
    question: str
    options: list[str]
    language: Language


def find_intent(text: str) -> str | None:
    lowered = text.lower()
    for intent, cues in INTENT_CUES.items():
        if any(cue in lowered for cue in cues):
            return intent
    return None


def check(question: str, *, rounds_used: int, max_rounds: int) -> Route | Clarify:
    language = detect_language(question)
    intent = find_intent(question)
    if intent is not None:
        return Route(question=question, intent=intent, language=language)
    if rounds_used >= max_rounds:
        assumption = {
            "en": "The question did not name a measure; showing the most common diagnoses.",
            "ru": "В вопросе не указан показатель; показаны самые частые диагнозы.",
        }[language]
        return Route(question=question, intent="top", language=language, assumptions=[assumption])
    return Clarify(question=CLARIFY[language], options=EXAMPLES[language], language=language)
