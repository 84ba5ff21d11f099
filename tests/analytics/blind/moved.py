# ruff: noqa: E501  (a data file: questions read better unwrapped)
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
        # 2026-12-07 (third stop): every failure printed by `score -v` before the fixes of
        # that stop, fixed or not (six were), with the three reserve questions among them.
        "What are the seven most common ICD-10 codes among inpatient visits?",
        "Least common ICD-10 chapters: list the 3 with the fewest visits",
        "Which visit type was least frequent in Saint Petersburg in 2025?",
        "Какой процент зарегистрированных пациентов составляют женщины?",
        "Какую долю от всех расходов за 2024 год составили стационарные случаи?",
        "Among patients who had at least one visit in 2023, what percent were men?",
        "How many more visits did Moscow have than Saint Petersburg in 2021?",
        "На сколько выросло общее число обращений в 2025 году по сравнению с 2021 годом?",
        "Did Cardiology or Neurology see more distinct patients in 2022?",
        "Сравни число экстренных визитов в первом и втором квартале 2024 года",
        "Во сколько раз визитов в Москве больше, чем в Казани, за 2023 год?",
        "Сколько неэкстренных визитов было в Екатеринбурге в 2021 году?",
        "Visits by department in Novosibirsk in 2023, leaving out Therapy",
        "How many 2024 visits were for anything other"
        " than respiratory diseases (ICD-10 chapter X)?",
        "Сколько обращений в Санкт-Петербурге за 2025"
        " год, если исключить Приморский и Невский районы?",
        "Сколько подростков 13–17 лет обращались к нам в 2024 году?",
        "What are the top 3 diagnoses among people 75 or older in 2024?",
        "Average cost of a visit for patients between 45 and 60 in 2025",
        "Сколько визитов в 2025 году пришлось на людей в возрасте 50–59 лет?",
        "What's the median cost of an inpatient visit across all years?",
        "Какое отделение было самым затратным в 2024 году?",
        "Сколько в рублях стоили все визиты с диагнозом E11 (сахарный диабет 2 типа) в 2025 году?",
        "Number of visits in 2021 per ICD-10 chapter",
        "Сколько визитов каждого типа было в Санкт-Петербурге за 2024 год?",
        "Emergency visits broken down by city and year",
        "Структура визитов в Новосибирске по отделениям за 2021 год",
        "Сколько пациентов каждого пола у нас в базе?",
        "а у взрослых?",
        "Покажи динамику",
        "Compare the two cities for 2024",
        "How many visits in Omsk in 2024?",
        "какая средняя стоимасть визита в питере за 2022",
        "кол-во визитов по отделениям в мск за 24й год",
        "hw many visits in yekat in jan 2025",
        "топ 3 диагноза у бабушек 80+ за 2024",
        "Средний возраст на момент визита у пациенток гинекологии в 2025 году",
        "Visits in Moscow between March 1 and May 31, 2022",
        "Топ-3 отделения по расходам в Москве за 2024 год",
        "Три самых малочисленных по визитам класса МКБ-10 за 2024 год",
        "Какой процент расходов 2023 года пришёлся на Москву?",
        # 2026-12-07 (fourth stop): the 60 reserve questions written for the third stop were
        # scored once before this stop's engine changes (50/60) and once after them (55/60);
        # the 5 failures were then printed (`score -v`) and so are training now. Fixed: the
        # share's part said after «составляли», «госпитализаций пациентов», "hw mny", "last
        # yr"; not fixed: «старше 65» (the eval set reads it as 65 and older, this oracle as 66+)
        # and "last yr" = 2025 here (data end 2025-12-31), 2024 in the set's conventions.
        "Какая доля визитов в Екатеринбурге за 2024 год пришлась на пациентов старше 65 лет?"
        " В процентах",
        "Какой процент пациентов, лежавших в стационаре в 2023 году, составляли женщины?",
        "Количество госпитализаций пациентов в возрасте от 70 до 79 лет за 2025 год",
        "hw mny visits to neurology in kazan 2022??",
        "avg cost per visit in ekb last yr",
        # 2026-12-07 (fourth stop, later): the 60 questions written this stop scored 46/60 on
        # 07f8315; the 14 failures were printed for the next round of fixes: training now.
        "Novosibirsk's slice of all network visits in 2023, as a percentage?",
        "Какой процент женщин среди пациентов, побывавших в кардиологии в 2024 году?",
        "In Yekaterinburg in 2022, what percent of visits carried a respiratory-chapter diagnosis?",
        "екб уникальных пациентоф за 2023 скок",
        "how many ppl had an emergency visit in kazan last yr",
        "avg cost per visit st pete 2023 pls",
        "wat was the busiest month in moscow in 2025",
        "Сколько уникальных пациентов старше 65 лет побывало в кардиологии Москвы в 2024 году?",
        "By how many visits did Moscow outnumber Saint Petersburg in 2024?",
        "Сколько визитов в Москве за 2025 год, если не считать терапию?",
        "Saint Petersburg visits in 2023 excluding respiratory diagnoses (ICD-10 chapter X)",
        "Число обращений в Новосибирске за 2022 год без профосмотров (Z00)",
        "Which Moscow okrug saw the fewest visits in 2024?",
        "Распределение затрат Москвы за 2023 год по видам помощи (амбулаторно, стационар, экстренно)",
        # 2026-12-07 (fifth stop): the 60 reserve questions written in the fourth stop scored
        # 52/60 on 199343d, never printed before; the 8 failures were printed at the start of
        # the fifth stop for its fixes: training now.
        "How many times was atrial fibrillation (I48) recorded in Saint Petersburg in 2024?",
        "What percentage of 2023 Pediatrics visits took place in Novosibirsk?",
        "Сравни среднюю стоимость стационарного и амбулаторного визита в Казани за 2023 год",
        "How many visits did Kazan have in 2024 if we leave out Therapy?",
        "Какое отделение в Санкт-Петербурге обошлось дороже всего по суммарной стоимости"
        " визитов в 2022 году?",
        "а годом позже сколько их было?",
        "Сколько визитов было в Москве за зиму 2024 года?",
        "What was the average waiting time for a Cardiology appointment in Moscow in 2025?",
        # 2026-12-07 (fifth stop, later): the 60 questions written at the start of the fifth
        # stop scored 38/60 on 199343d; the 22 failures were printed for this stop's fixes.
        "Give me the four Saint Petersburg districts with the highest emergency visit counts in 2025",
        "What were the 3 least visited departments in Yekaterinburg over 2021–2025?",
        "Of all inpatient visits in 2023, what share happened in Moscow? Percent please.",
        "Доля мужчин среди уникальных пациентов Екатеринбурга в 2024 году — сколько процентов?",
        "Total visits in 2025 across the network, excluding the Emergency and Surgery departments",
        "Сколько визитов было в Новосибирске за 2023 год, не считая Ленинского и Центрального районов?",
        "How many emergency visits did patients aged at least 75 make in Saint Petersburg in 2024?",
        "Сколько визитов было у пациентов не старше 25 лет в Екатеринбурге за 2022 год?",
        "What was the combined cost of all Pulmonology visits in Yekaterinburg for 2021?",
        "Which visit type had the highest average cost in Moscow in 2025?",
        "Сколько разных людей хотя бы раз обращались в наши клиники Новосибирска в 2024 году?",
        "Сколько визитов пришлось на каждое отделение в Санкт-Петербурге за 2025 год, кроме терапии?",
        "what about the year before?",
        "а теперь то же самое, но только по мужчинам",
        "How many visits did we have over the holidays in 2024?",
        "Сколько визитов было у пожилых пациентов в Казани за 2024 год?",
        "Сколько обращений было в Новосибирске за сезон гриппа 2023 года?",
        "How many MRI scans were done at the Kazan clinics in 2024?",
        "How many nurses currently work in our Saint Petersburg clinics?",
        "скок народу в мск лежало в стационаре за 22й",
        "Какой средний возраст при обращении в травматологию в Москве и в Казани за 2024 год?",
        "Сколько визитов с болезнями эндокринной системы (класс IV МКБ-10) было в Казани за 2022 год?",
        # 2026-12-07 (fifth stop, later still): fresh block 5 scored 36/60 on 9fe4079 and
        # 41/60 on 0522e94, never printed until then; its 19 failures were then printed.
        "Сколько раз пациенты приходили в офтальмологию в Новосибирске в 2021 году?",
        "Which ICD-10 code was diagnosed most often among women in Kazan in 2022?",
        "Out of all Kazan visits in 2023, how many percent were in the Sovetsky district?",
        "Какой процент визитов с переломом голени (S82) за всё время был экстренным?",
        "Где в 2024 году лечили больше детей — в Казани или в Новосибирске?",
        "How did Gastroenterology visits in the first half of 2025 compare with the first half of 2024?",
        "На сколько процентов выросло число уникальных пациентов в Екатеринбурге в 2025 году относительно 2021-го?",
        "Kazan or Novosibirsk: which one spent more on Surgery in 2022?",
        "Сколько уникальных пациентов было у кардиологии в 2023 году, не считая московских клиник?",
        "What's the most expensive single visit we've ever recorded in Kazan?",
        "How many separate patients were treated for acute bronchitis (J20) in 2024?",
        "Как менялась средняя стоимость визита в Новосибирске от года к году?",
        "How many Moscow visits in 2025 fell into each age band: under 18, 18 to 64, and 65 plus?",
        "Which department is the most expensive?",
        "Сравни Москву с Питером",
        "How many ambulance calls did Novosibirsk receive in 2024?",
        "spb avg age of ppl at neurology visits 2022?",
        "сколько детей до 3х лет было в инфекционке в новосибе в 2025",
        "Сколько в среднем лет пациентам, которые обращаются с остеохондрозом позвоночника (M42)?",
    }
)
