"""The polite answer to a question outside the suite's data: what it can answer instead."""

from medstream_questions.text import Language

CAPABILITIES: dict[Language, str] = {
    "en": (
        "I can only answer questions about the medical visits in the data: Moscow, Saint "
        "Petersburg, Novosibirsk, Yekaterinburg and Kazan, 2021–2025. I can show the top "
        "diagnoses, ICD-10 chapters or departments; count visits or patients for a diagnosis, "
        "place or period; show trends by month, quarter or year; compare cities or districts; "
        "break visits down by sex or age group; give average or total costs; and the share of "
        "a diagnosis among all visits. For example: “Top-5 diagnoses in Saint Petersburg in "
        "2025” or “How many influenza visits were there in Moscow in 2024?”"
    ),
    "ru": (
        "Я отвечаю только на вопросы о медицинских визитах в данных: Москва, Санкт-Петербург, "
        "Новосибирск, Екатеринбург и Казань, 2021–2025 годы. Могу показать топ диагнозов, "
        "классов МКБ-10 или отделений; посчитать визиты или пациентов по диагнозу, месту или "
        "периоду; показать динамику по месяцам, кварталам или годам; сравнить города или "
        "районы; разбить визиты по полу или возрастным группам; посчитать среднюю или общую "
        "стоимость и долю диагноза среди всех визитов. Например: «Топ-5 заболеваний в СПб за "
        "2025 год» или «Сколько визитов с гриппом было в Москве в 2024 году?»"
    ),
}


def capabilities(language: Language) -> str:
    return CAPABILITIES[language]
