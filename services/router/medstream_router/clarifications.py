"""The questions the router puts back to a person, and the options it offers.

Each option keeps the slots it stands for, so an option sent back verbatim is applied
exactly, with no second reading. Questions name the words they are about («Кировский
район») and the scope understood so far, so the person sees what the router did get.
"""

from dataclasses import dataclass
from typing import Any

from medstream_questions.catalog import active_catalog
from medstream_questions.labels import scope_labels
from medstream_questions.slots import Issue, Slots
from medstream_questions.text import Language
from medstream_shared.language import pick

MAX_OPTIONS = 8


@dataclass(frozen=True, slots=True)
class Option:
    text: str
    patch: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "patch": self.patch}


@dataclass(frozen=True, slots=True)
class Clarification:
    question: str
    options: list[Option]


def scope_of(slots: Slots) -> str:
    """What the slots say about place, period and diagnosis, e.g. "Saint Petersburg, 2025"."""
    return ", ".join(scope_labels(slots.filters(), slots.language))


def _question(issue: Issue, slots: Slots) -> str:
    ru = slots.language == "ru"
    text, scope = issue.text, scope_of(slots)
    if issue.slot == "intent":
        if ru:
            about = f" ({scope})" if scope else ""
            return (
                f"Что именно вы хотите узнать{about}: топ диагнозов, число визитов, "
                "динамику по месяцам или среднюю стоимость?"
            )
        about = f" about {scope}" if scope else ""
        return (
            f"What would you like to know{about}: the top diagnoses, the number of visits, "
            "the monthly trend or the average cost?"
        )
    if issue.slot == "dimension":
        return (
            "Разбить по полу или по возрастным группам?"
            if ru
            else "Break down by sex or by age group?"
        )
    if issue.slot == "place":
        return _place_question(issue, ru)
    if issue.slot == "diagnosis":
        return _diagnosis_question(issue, ru)
    if issue.problem == "missing":
        return f"За какой год «{text}»?" if ru else f"Which year do you mean by “{text}”?"
    return (
        f"За «{text}» данных нет. Какой период вас интересует?"
        if ru
        else f"There are no data for “{text}”. Which period do you mean?"
    )


def _place_question(issue: Issue, ru: bool) -> str:
    text = issue.text
    if issue.problem == "ambiguous":
        return (
            f"«{text}» есть в нескольких городах. Какой из них вы имеете в виду?"
            if ru
            else f"“{text}” is in several cities. Which one do you mean?"
        )
    close = issue.candidates and issue.candidates[0].confidence >= 0.7
    if close:
        name = issue.candidates[0].label("ru" if ru else "en")
        return (
            f"Не знаю место «{text}». Может быть, это {name}?"
            if ru
            else f"I don't know the place “{text}”. Did you mean {name}?"
        )
    cities = _listed(
        [pick((c.name_en, c.name_ru), "ru" if ru else "en") for c in active_catalog().cities], ru
    )
    return (
        f"По «{text}» данных нет: есть {cities}. Какой город вас интересует?"
        if ru
        else f"There are no data for “{text}”: the data cover {cities}. Which city do you mean?"
    )


_LISTED_CITIES = 8


def _listed(names: list[str], ru: bool) -> str:
    """ "A, B and C" («А, Б и В»); a long list ends with "and N more" («и ещё N»)."""
    shown, rest = names[:_LISTED_CITIES], len(names) - _LISTED_CITIES
    if rest > 0:
        return ", ".join(shown) + (f" и ещё {rest}" if ru else f" and {rest} more")
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + (" и " if ru else " and ") + shown[-1]


def _diagnosis_question(issue: Issue, ru: bool) -> str:
    text = issue.text
    if issue.problem == "missing":
        return "Долю какого диагноза посчитать?" if ru else "The share of which diagnosis?"
    if issue.problem == "ambiguous":
        return (
            f"«{text}» подходит к нескольким диагнозам. Какой вы имеете в виду?"
            if ru
            else f"“{text}” matches several diagnoses. Which one do you mean?"
        )
    return (
        f"Не нашёл диагноз «{text}». Может быть, один из этих?"
        if ru
        else f"I couldn't find the diagnosis “{text}”. Did you mean one of these?"
    )


def _option_text(label: str, issue: Issue, slots: Slots) -> str:
    """Intent options restate the scope, so each reads as a whole question."""
    scope = scope_of(slots)
    return f"{label}: {scope}" if issue.slot == "intent" and scope else label


def clarify(issue: Issue, slots: Slots) -> Clarification:
    language: Language = slots.language
    options = [
        Option(_option_text(candidate.label(language), issue, slots), candidate.patch)
        for candidate in issue.candidates[:MAX_OPTIONS]
    ]
    return Clarification(_question(issue, slots), options)


def chosen_option(answer: str, options: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The option an answer picks: its text verbatim (ignoring case and spacing)."""
    wanted = " ".join(answer.split()).casefold()
    return next((o for o in options if " ".join(o["text"].split()).casefold() == wanted), None)
