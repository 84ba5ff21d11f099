"""A first rule-based planner: question text → :class:`QueryPlan`.

Recognises "top N" and "how many" questions, a city named in the warehouse and a year.
Values are matched against what the warehouse holds, never pasted into SQL.
"""

import re
from collections.abc import Iterable

from medstream_analytics.plan import Language, QueryPlan

TOP_N = re.compile(r"(?:top|топ)[\s-]*(\d{1,3})", re.IGNORECASE)
YEAR = re.compile(r"\b(20\d\d)\b")
COUNT_CUES = ("how many", "count", "number of", "сколько", "количеств")

CITY_ALIASES = {
    "Saint Petersburg": (
        "saint petersburg",
        "st. petersburg",
        "st petersburg",
        "спб",
        "питер",
        "санкт-петербург",
    ),
    "Moscow": ("moscow", "москв"),
    "Novosibirsk": ("novosibirsk", "новосибирск"),
    "Yekaterinburg": ("yekaterinburg", "ekaterinburg", "екатеринбург"),
    "Kazan": ("kazan", "казан"),
}


class Planner:
    def __init__(self, cities: Iterable[str]) -> None:
        self.cities = set(cities)

    def plan(self, question: str, language: Language) -> QueryPlan:
        lowered = question.lower()
        counts = any(cue in lowered for cue in COUNT_CUES)
        top = TOP_N.search(question)
        year = YEAR.search(question)
        return QueryPlan(
            intent="count_visits" if counts else "top_diagnoses",
            language=language,
            limit=int(top.group(1)) if top else 5,
            city=self._city(lowered),
            year=int(year.group(1)) if year else None,
        )

    def _city(self, lowered: str) -> str | None:
        for city, aliases in CITY_ALIASES.items():
            if city in self.cities and any(alias in lowered for alias in aliases):
                return city
        return None
