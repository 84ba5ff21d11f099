"""Blind questions that were seen while the engine was being changed, so no longer blind.

Their failures were printed (``score -v``) once, before any change to the engine; they now
count as training questions. The scorer replaces each with the next unseen question of
``RESERVE`` and reports both scores.
"""

SEEN_WHILE_CHANGING: frozenset[str] = frozenset(
    {
        "Сколько всего визитов в базе?",
        "Which three Moscow districts had the most visits in 2025?",
        "Назови пять самых частых диагнозов у детей младше 14 лет в 2022 году",
        "Which department had the highest number of visits in Yekaterinburg in 2022?",
        "Самый частый диагноз в Питере в 2021 году?",
        "Какой округ Москвы самый загруженный по числу обращений в 2024 году?",
        "How many distinct patients visited in each quarter of 2024?",
        "Сколько разных пациентов побывало в стационаре в 2022 году?",
        "Сколько уникальных пациентов было в каждом квартале 2023 года в Новосибирске?",
        "Помесячная динамика визитов с COVID-19 (U07.1) в 2021 году",
        "Покажи по годам, сколько тратили на онкологию (отделение онкологии)",
        "Сколько стоит упаковка метформина в аптеке?",
        "What is the full name of patient 10234?",
        "Какой врач принял больше всего пациентов в 2024 году?",
        "What's the average length of hospital stay for inpatients in 2023?",
        "Сколько пациентов умерло в стационаре в 2022 году?",
        "What's the current bed occupancy rate in Kazan hospitals?",
        "Какие препараты чаще всего назначают при гипертонии?",
        "Which insurance companies paid for the most visits last year?",
        "Какая зарплата у терапевтов в Екатеринбурге?",
    }
)
