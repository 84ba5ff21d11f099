"""Recommendation texts in English and Russian, keyed by the action the rules ask for.

Kept apart from the rules so that wording can be reviewed by a clinician without reading code;
``recommendations`` decides which of these apply and in which order.
"""

from .terms import P

ACTIONS: dict[str, P] = {
    "emergency": P(
        "Urgent emergency department assessment", "Срочная оценка в отделении неотложной помощи"
    ),
    "treat_hypoglycaemia": P(
        "Treat hypoglycaemia now (15–20 g fast-acting glucose) and recheck glucose in 15 minutes",
        "Немедленно купировать гипогликемию (15–20 г быстрых углеводов) и повторить измерение "
        "глюкозы через 15 минут",
    ),
    "oxygen": P(
        "Assess the need for supplemental oxygen (target SpO2 94–98%, or 88–92% if at risk of "
        "hypercapnia)",
        "Оценить потребность в кислородотерапии (целевая SpO2 94–98%, при риске гиперкапнии "
        "88–92%)",
    ),
    "sepsis_pathway": P(
        "Start the sepsis pathway: blood cultures and lactate; antibiotics within 1 hour if "
        "sepsis is likely",
        "Начать алгоритм ведения сепсиса: посев крови и лактат; антибиотики в течение 1 часа "
        "при вероятном сепсисе",
    ),
    "ecg": P("12-lead ECG", "ЭКГ в 12 отведениях"),
    "serial_troponin": P(
        "Serial high-sensitivity troponin (ESC 0/1 h or 0/2 h algorithm)",
        "Повторное определение высокочувствительного тропонина (алгоритм ESC 0/1 ч или 0/2 ч)",
    ),
    "organ_damage_workup": P(
        "Assess for acute hypertension-mediated organ damage: ECG, troponin, creatinine, "
        "urinalysis, fundoscopy",
        "Оценить острое поражение органов-мишеней: ЭКГ, тропонин, креатинин, общий анализ "
        "мочи, осмотр глазного дна",
    ),
    "ketones_blood_gas": P(
        "Check blood ketones, venous blood gas and electrolytes",
        "Определить кетоны крови, газы венозной крови и электролиты",
    ),
    "urgent_potassium": P(
        "Urgent repeat potassium with ECG monitoring; review potassium-raising or -lowering "
        "medicines (ACE inhibitors, ARBs, MRAs, diuretics, supplements)",
        "Срочно повторить калий под контролем ЭКГ; пересмотреть препараты, влияющие на калий "
        "(иАПФ, БРА, АМКР, диуретики, препараты калия)",
    ),
    "urgent_sodium": P(
        "Urgent repeat sodium; assess volume status and neurological symptoms; avoid over-rapid "
        "correction",
        "Срочно повторить натрий; оценить волемический статус и неврологические симптомы; "
        "избегать слишком быстрой коррекции",
    ),
    "transfusion_assessment": P(
        "Assess the need for transfusion and look for a source of bleeding",
        "Оценить показания к гемотрансфузии и искать источник кровотечения",
    ),
    "urgent_haematology": P(
        "Urgent haematology advice; assess bleeding risk",
        "Срочная консультация гематолога; оценить риск кровотечения",
    ),
    "urgent_clinical_review": P(
        "Urgent review by a clinician competent in acute illness",
        "Срочный осмотр врачом, владеющим ведением острых состояний",
    ),
    "allergy_review": P(
        "Withhold the conflicting medicine until the allergy history is clarified",
        "Не вводить препарат до уточнения аллергологического анамнеза",
    ),
    "hypothermia_care": P(
        "Rewarm and look for a cause (exposure, sepsis, hypothyroidism, drugs)",
        "Согревание и поиск причины (переохлаждение, сепсис, гипотиреоз, лекарства)",
    ),
    "repeat_bp": P(
        "Repeat blood pressure measurement (seated, after 5 minutes' rest, both arms)",
        "Повторно измерить артериальное давление (сидя, после 5 минут отдыха, на обеих руках)",
    ),
    "infection_source": P(
        "Look for a source of infection (examination, urinalysis, chest X-ray and cultures as "
        "indicated)",
        "Искать источник инфекции (осмотр, общий анализ мочи, рентгенография грудной клетки и "
        "посевы по показаниям)",
    ),
    "respiratory_assessment": P(
        "Respiratory assessment: chest examination, chest X-ray and blood gas as indicated",
        "Оценка дыхательной системы: аускультация, рентгенография грудной клетки и газы крови "
        "по показаниям",
    ),
    "rate_limiting_review": P(
        "Review rate-limiting medicines (beta-blockers, verapamil, diltiazem, digoxin, amiodarone)",
        "Пересмотреть препараты, урежающие ритм (бета-адреноблокаторы, верапамил, дилтиазем, "
        "дигоксин, амиодарон)",
    ),
    "repeat_potassium": P(
        "Repeat potassium (exclude a haemolysed sample) and review potassium-affecting medicines",
        "Повторить калий (исключить гемолиз образца) и пересмотреть препараты, влияющие на калий",
    ),
    "repeat_sodium": P(
        "Repeat sodium, assess fluid status and review diuretics and other causative medicines",
        "Повторить натрий, оценить водный баланс, пересмотреть диуретики и другие возможные "
        "лекарственные причины",
    ),
    "kidney_function": P(
        "Repeat creatinine and eGFR; check the urine albumin-to-creatinine ratio (KDIGO)",
        "Повторить креатинин и рСКФ; определить альбумин-креатининовое отношение в моче (KDIGO)",
    ),
    "liver_tests": P(
        "Repeat liver tests with bilirubin, ALP, GGT and INR; review alcohol intake and "
        "hepatotoxic medicines",
        "Повторить печёночные пробы (билирубин, ЩФ, ГГТ, МНО); оценить употребление алкоголя "
        "и гепатотоксичные препараты",
    ),
    "repeat_fbc": P(
        "Repeat full blood count with differential and blood film",
        "Повторить общий анализ крови с лейкоцитарной формулой и мазком",
    ),
    "anaemia_workup": P(
        "Investigate anaemia: ferritin, vitamin B12, folate, reticulocytes",
        "Обследование по поводу анемии: ферритин, витамин B12, фолаты, ретикулоциты",
    ),
    "review_antihypertensives": P(
        "Review antihypertensive therapy and adherence",
        "Пересмотреть антигипертензивную терапию и приверженность лечению",
    ),
    "confirm_hypertension": P(
        "Confirm hypertension with home or ambulatory blood pressure monitoring",
        "Подтвердить АГ домашним или суточным мониторированием АД",
    ),
    "check_hba1c": P("Check HbA1c", "Определить гликированный гемоглобин (HbA1c)"),
    "diabetes_review": P(
        "Diabetes assessment and review of glucose-lowering therapy",
        "Оценка сахарного диабета и пересмотр сахароснижающей терапии",
    ),
    "thyroid": P(
        "Check free T4 and repeat TSH in 6–12 weeks",
        "Определить свободный Т4 и повторить ТТГ через 6–12 недель",
    ),
    "verify_units": P(
        "Confirm the units of results that could not be interpreted",
        "Уточнить единицы измерения неинтерпретированных результатов",
    ),
    "paediatric_ranges": P(
        "Interpret with age-appropriate paediatric reference ranges",
        "Интерпретировать с учётом возрастных педиатрических норм",
    ),
    "cv_risk": P(
        "Assess cardiovascular risk (SCORE2) and discuss lipid-lowering therapy",
        "Оценить сердечно-сосудистый риск (SCORE2) и обсудить гиполипидемическую терапию",
    ),
    "weight_management": P(
        "Weight management advice and cardiometabolic risk screening",
        "Рекомендации по снижению массы тела и скрининг кардиометаболического риска",
    ),
    "nutrition": P(
        "Nutritional assessment and search for causes of low body weight",
        "Оценка питания и поиск причин дефицита массы тела",
    ),
    "routine_follow_up": P(
        "No urgent action suggested by the data provided; routine follow-up",
        "По представленным данным срочных мер не требуется; плановое наблюдение",
    ),
}
