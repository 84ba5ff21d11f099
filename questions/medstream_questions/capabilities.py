"""The polite answer to a question outside the suite's data: what it can answer instead.

The places and years are the active catalog's, so the answer describes the data served.
"""

from medstream_shared.language import pick

from medstream_questions.catalog import active_catalog
from medstream_questions.text import Language

_MORE_PLACES = 6

CAPABILITIES: dict[Language, str] = {
    "en": (
        "I can only answer questions about the medical visits in the data: {places}, {years}. "
        "I can show the top diagnoses, ICD-10 chapters or departments; count visits or patients "
        "for a diagnosis, place or period; show trends by month, quarter or year; compare "
        "cities or districts; break visits down by sex or age group; give average or total "
        "costs; and the share of a diagnosis among all visits. For example: “Top-5 diagnoses "
        "in {city} in {last}” or “How many influenza visits were there in {city} in {last}?”"
    ),
    "ru": (
        "Я отвечаю только на вопросы о медицинских визитах в данных: {places}, {years} гг. "
        "Могу показать топ диагнозов, классов МКБ-10 или отделений; посчитать визиты или "
        "пациентов по диагнозу, месту или периоду; показать динамику по месяцам, кварталам или "
        "годам; сравнить города или районы; разбить визиты по полу или возрастным группам; "
        "посчитать среднюю или общую стоимость и долю диагноза среди всех визитов. Например: "
        "«Топ-5 заболеваний, {city}, {last} год» или «Сколько визитов с гриппом было за "
        "{last} год?»"
    ),
}


def capabilities(language: Language) -> str:
    catalog = active_catalog()
    names = [pick((city.name_en, city.name_ru), language) for city in catalog.cities]
    places = ", ".join(names[:_MORE_PLACES]) + (" …" if len(names) > _MORE_PLACES else "")
    first, last = catalog.first_date.year, catalog.last_date.year
    return CAPABILITIES[language].format(
        places=places,
        years=f"{first}–{last}" if first != last else str(last),
        city=names[0] if names else "",
        last=last,
    )
