"""Medical vocabulary of the reports in English and Russian: names, units, labels, sources.

Each entry holds both languages side by side so a missing translation is visible in review
and caught by a test. ``phrases`` is the module the rest of the engine reads text through.
"""

from typing import NamedTuple


class P(NamedTuple):
    """One phrase in both report languages."""

    en: str
    ru: str


NAMES: dict[str, P] = {
    "blood_pressure": P("Blood pressure", "Артериальное давление"),
    "systolic_bp": P("Systolic blood pressure", "Систолическое АД"),
    "diastolic_bp": P("Diastolic blood pressure", "Диастолическое АД"),
    "heart_rate": P("Heart rate", "Частота сердечных сокращений"),
    "temperature_c": P("Body temperature", "Температура тела"),
    "respiratory_rate": P("Respiratory rate", "Частота дыхания"),
    "spo2": P("Oxygen saturation (SpO2)", "Сатурация кислорода (SpO2)"),
    "bmi": P("Body mass index", "Индекс массы тела"),
    "news2": P("NEWS2 early warning score", "Шкала раннего предупреждения NEWS2"),
    "glucose": P("Glucose", "Глюкоза"),
    "hba1c": P("HbA1c", "Гликированный гемоглобин (HbA1c)"),
    "hemoglobin": P("Haemoglobin", "Гемоглобин"),
    "creatinine": P("Creatinine", "Креатинин"),
    "egfr": P("eGFR", "рСКФ"),
    "total_cholesterol": P("Total cholesterol", "Общий холестерин"),
    "ldl": P("LDL cholesterol", "Холестерин ЛПНП"),
    "hdl": P("HDL cholesterol", "Холестерин ЛПВП"),
    "triglycerides": P("Triglycerides", "Триглицериды"),
    "potassium": P("Potassium", "Калий"),
    "sodium": P("Sodium", "Натрий"),
    "crp": P("C-reactive protein", "С-реактивный белок"),
    "wbc": P("White blood cells", "Лейкоциты"),
    "platelets": P("Platelets", "Тромбоциты"),
    "troponin_t": P("High-sensitivity troponin T", "Высокочувствительный тропонин T"),
    "troponin_i": P("High-sensitivity troponin I", "Высокочувствительный тропонин I"),
    "alt": P("ALT", "АЛТ"),
    "ast": P("AST", "АСТ"),
    "tsh": P("TSH", "ТТГ"),
}

UNITS: dict[str, P] = {
    "mmHg": P("mmHg", "мм рт. ст."),
    "bpm": P("bpm", "уд/мин"),
    "/min": P("/min", "/мин"),
    "°C": P("°C", "°C"),
    "%": P("%", "%"),
    "kg/m²": P("kg/m²", "кг/м²"),
    "mmol/L": P("mmol/L", "ммоль/л"),
    "µmol/L": P("µmol/L", "мкмоль/л"),
    "g/L": P("g/L", "г/л"),
    "mg/L": P("mg/L", "мг/л"),
    "ng/L": P("ng/L", "нг/л"),
    "U/L": P("U/L", "Ед/л"),
    "mIU/L": P("mIU/L", "мМЕ/л"),
    "×10⁹/L": P("×10⁹/L", "×10⁹/л"),
    "mL/min/1.73 m²": P("mL/min/1.73 m²", "мл/мин/1,73 м²"),
}

SOURCES: dict[str, P] = {
    "ESC/ESH 2023": P("ESC/ESH 2023", "ESC/ESH 2023"),
    "ESC 2019/2021": P("ESC 2019/2021", "ESC 2019/2021"),
    "IDSA; ERC 2021": P("IDSA; ERC 2021", "IDSA; ERC 2021"),
    "NEWS2": P("NEWS2, RCP 2017", "NEWS2, RCP 2017"),
    "BTS 2017": P("BTS 2017", "BTS 2017"),
    "WHO": P("WHO", "ВОЗ"),
    "WHO 2024": P("WHO 2024", "ВОЗ 2024"),
    "ADA 2024": P("ADA 2024", "ADA 2024"),
    "KDIGO 2024": P("KDIGO 2024", "KDIGO 2024"),
    "NCEP ATP III": P("NCEP ATP III", "NCEP ATP III"),
    "ESC/EAS 2019": P("ESC/EAS 2019", "ESC/EAS 2019"),
    "ESC 2023 ACS": P(
        "ESC 2023 ACS; assay-specific 99th percentile",
        "ESC 2023 (ОКС); 99-й перцентиль конкретного набора",
    ),
    "typical": P("typical laboratory range", "типичный лабораторный диапазон"),
    "typical; KDIGO 2012": P(
        "typical laboratory range; KDIGO 2012", "типичный лабораторный диапазон; KDIGO 2012"
    ),
    "typical; UKKA 2023": P(
        "typical laboratory range; UK Kidney Association 2023",
        "типичный лабораторный диапазон; UK Kidney Association 2023",
    ),
    "typical; ESE 2014": P(
        "typical laboratory range; ESE/ESICM/ERA-EDTA 2014",
        "типичный лабораторный диапазон; ESE/ESICM/ERA-EDTA 2014",
    ),
    "typical (IFCC)": P(
        "typical laboratory range (IFCC, 37 °C)", "типичный лабораторный диапазон (IFCC, 37 °C)"
    ),
    "typical; ETA 2013": P(
        "typical laboratory range; ETA 2013", "типичный лабораторный диапазон; ETA 2013"
    ),
}

CONCEPTS: dict[str, P] = {
    "chest_pain": P("chest pain", "боль в груди"),
    "dyspnoea": P("shortness of breath", "одышка"),
    "headache": P("headache", "головная боль"),
    "confusion": P("confusion", "спутанность сознания"),
    "neuro_deficit": P("focal neurological symptoms", "очаговая неврологическая симптоматика"),
    "visual_disturbance": P("visual disturbance", "нарушение зрения"),
    "fever": P("fever", "лихорадка"),
    "vomiting": P("vomiting", "рвота"),
    "abdominal_pain": P("abdominal pain", "боль в животе"),
    "polyuria_thirst": P("polyuria or thirst", "полиурия или жажда"),
    "syncope": P("syncope", "обморок"),
    "bleeding": P("bleeding", "кровотечение"),
    "coronary_disease": P("known coronary artery disease", "ИБС в анамнезе"),
    "hypertension": P("known hypertension", "артериальная гипертензия в анамнезе"),
    "diabetes": P("known diabetes", "сахарный диабет в анамнезе"),
    "copd": P("COPD", "ХОБЛ"),
}

LABELS: dict[str, P] = {
    "within_range": P("within reference range", "в пределах референсного диапазона"),
    "below_range": P("below reference range", "ниже референсного диапазона"),
    "above_range": P("above reference range", "выше референсного диапазона"),
    "not_interpreted": P("not interpreted", "не интерпретирован"),
    "bp_optimal": P("optimal", "оптимальное"),
    "bp_normal": P("normal", "нормальное"),
    "bp_high_normal": P("high-normal", "высокое нормальное"),
    "hypotension": P("hypotension", "артериальная гипотензия"),
    "hypertension_grade_1": P("grade 1 hypertension", "артериальная гипертензия 1-й степени"),
    "hypertension_grade_2": P("grade 2 hypertension", "артериальная гипертензия 2-й степени"),
    "hypertension_grade_3": P("grade 3 hypertension", "артериальная гипертензия 3-й степени"),
    "hypertensive_crisis": P(
        "hypertensive crisis range (grade 3)", "уровень гипертонического криза (3-я степень)"
    ),
    "marked_bradycardia": P("marked bradycardia", "выраженная брадикардия"),
    "bradycardia": P("bradycardia", "брадикардия"),
    "tachycardia": P("tachycardia", "тахикардия"),
    "marked_tachycardia": P("marked tachycardia", "выраженная тахикардия"),
    "severe_hypothermia": P("moderate-to-severe hypothermia", "умеренная или тяжёлая гипотермия"),
    "hypothermia": P("hypothermia", "гипотермия"),
    "low_temperature": P("low body temperature", "пониженная температура тела"),
    "subfebrile": P("subfebrile temperature", "субфебрильная температура"),
    "fever": P("fever", "лихорадка"),
    "high_fever": P("high fever", "высокая лихорадка"),
    "hyperpyrexia": P("hyperpyrexia", "гиперпирексия"),
    "severe_bradypnoea": P("severe bradypnoea", "выраженное брадипноэ"),
    "bradypnoea": P("bradypnoea", "брадипноэ"),
    "tachypnoea": P("tachypnoea", "тахипноэ"),
    "marked_tachypnoea": P("marked tachypnoea", "выраженное тахипноэ"),
    "severe_tachypnoea": P("severe tachypnoea", "тяжёлое тахипноэ"),
    "low_saturation": P("reduced oxygen saturation", "сниженная сатурация"),
    "hypoxaemia": P("hypoxaemia", "гипоксемия"),
    "severe_thinness": P("severe thinness", "выраженный дефицит массы тела"),
    "moderate_thinness": P("moderate thinness", "умеренный дефицит массы тела"),
    "underweight": P("underweight (mild thinness)", "лёгкий дефицит массы тела"),
    "normal_weight": P("normal weight", "нормальная масса тела"),
    "overweight": P("overweight (pre-obesity)", "избыточная масса тела (предожирение)"),
    "obesity_1": P("obesity class I", "ожирение I степени"),
    "obesity_2": P("obesity class II", "ожирение II степени"),
    "obesity_3": P("obesity class III", "ожирение III степени"),
    "hypoglycaemia_level_2": P(
        "clinically significant hypoglycaemia (level 2)",
        "клинически значимая гипогликемия (уровень 2)",
    ),
    "hypoglycaemia": P("hypoglycaemia (level 1)", "гипогликемия (уровень 1)"),
    "glucose_above_fasting": P(
        "above the fasting reference range", "выше референсного диапазона натощак"
    ),
    "glucose_diabetic_range": P(
        "diabetic range if fasting", "диабетический уровень (если натощак)"
    ),
    "marked_hyperglycaemia": P("marked hyperglycaemia", "выраженная гипергликемия"),
    "severe_hyperglycaemia": P("severe hyperglycaemia", "тяжёлая гипергликемия"),
    "prediabetes_range": P("prediabetes range", "уровень предиабета"),
    "diabetes_range": P("diabetes range", "уровень сахарного диабета"),
    "hba1c_marked": P(
        "markedly elevated (poor glycaemic control)",
        "значительно повышен (неудовлетворительный контроль гликемии)",
    ),
    "creatinine_markedly_raised": P("markedly raised", "значительно повышен"),
    "creatinine_very_high": P(
        "very high (AKI stage 3 range)", "очень высокий (уровень ОПП 3-й стадии)"
    ),
    "egfr_g2": P(
        "mildly decreased (G2; not CKD without markers of kidney damage)",
        "незначительно снижена (С2; не ХБП при отсутствии маркеров повреждения почек)",
    ),
    "egfr_g3a": P("mildly to moderately decreased (G3a)", "умеренно снижена (С3а)"),
    "egfr_g3b": P("moderately to severely decreased (G3b)", "существенно снижена (С3б)"),
    "egfr_g4": P("severely decreased (G4)", "резко снижена (С4)"),
    "egfr_g5": P("kidney failure (G5)", "терминальная почечная недостаточность (С5)"),
    "borderline_high": P("borderline high", "погранично повышен"),
    "high_cholesterol": P("high", "высокий"),
    "very_high_cholesterol": P(
        "very high (consider familial hypercholesterolaemia)",
        "очень высокий (исключить семейную гиперхолестеринемию)",
    ),
    "ldl_above_target": P(
        "above the target for low-risk individuals", "выше целевого уровня для лиц низкого риска"
    ),
    "high_ldl": P("high", "высокий"),
    "very_high_ldl": P(
        "very high (consider familial hypercholesterolaemia)",
        "очень высокий (исключить семейную гиперхолестеринемию)",
    ),
    "low_hdl": P(
        "low (marker of increased cardiovascular risk)",
        "снижен (маркер повышенного сердечно-сосудистого риска)",
    ),
    "high_triglycerides": P("high", "высокие"),
    "very_high_triglycerides": P(
        "very high (risk of pancreatitis)", "очень высокие (риск панкреатита)"
    ),
    "severe_hypokalaemia": P("severe hypokalaemia", "тяжёлая гипокалиемия"),
    "moderate_hypokalaemia": P("moderate hypokalaemia", "умеренная гипокалиемия"),
    "hypokalaemia": P("mild hypokalaemia", "лёгкая гипокалиемия"),
    "mild_hyperkalaemia": P("mild hyperkalaemia", "лёгкая гиперкалиемия"),
    "moderate_hyperkalaemia": P("moderate hyperkalaemia", "умеренная гиперкалиемия"),
    "severe_hyperkalaemia": P("severe hyperkalaemia", "тяжёлая гиперкалиемия"),
    "profound_hyponatraemia": P("profound hyponatraemia", "выраженная гипонатриемия"),
    "moderate_hyponatraemia": P("moderate hyponatraemia", "умеренная гипонатриемия"),
    "mild_hyponatraemia": P("mild hyponatraemia", "лёгкая гипонатриемия"),
    "hypernatraemia": P("mild hypernatraemia", "лёгкая гипернатриемия"),
    "moderate_hypernatraemia": P("moderate hypernatraemia", "умеренная гипернатриемия"),
    "severe_hypernatraemia": P("severe hypernatraemia", "тяжёлая гипернатриемия"),
    "mild_anaemia": P("mild anaemia", "анемия лёгкой степени"),
    "moderate_anaemia": P("moderate anaemia", "анемия средней степени тяжести"),
    "severe_anaemia": P("severe anaemia", "тяжёлая анемия"),
    "anaemia_transfusion_range": P(
        "severe anaemia below the usual transfusion threshold",
        "тяжёлая анемия ниже обычного порога гемотрансфузии",
    ),
    "severe_leukopenia": P("severe leukopenia", "тяжёлая лейкопения"),
    "marked_leukopenia": P("marked leukopenia", "выраженная лейкопения"),
    "leukopenia": P("leukopenia", "лейкопения"),
    "leukocytosis": P("leukocytosis", "лейкоцитоз"),
    "marked_leukocytosis": P("marked leukocytosis", "выраженный лейкоцитоз"),
    "extreme_leukocytosis": P(
        "extreme leukocytosis (exclude a haematological malignancy)",
        "гиперлейкоцитоз (исключить гемобластоз)",
    ),
    "critical_thrombocytopenia": P(
        "critical thrombocytopenia (high bleeding risk)",
        "критическая тромбоцитопения (высокий риск кровотечения)",
    ),
    "severe_thrombocytopenia": P("severe thrombocytopenia", "тяжёлая тромбоцитопения"),
    "moderate_thrombocytopenia": P("moderate thrombocytopenia", "умеренная тромбоцитопения"),
    "thrombocytopenia": P("mild thrombocytopenia", "лёгкая тромбоцитопения"),
    "thrombocytosis": P("thrombocytosis", "тромбоцитоз"),
    "extreme_thrombocytosis": P("extreme thrombocytosis", "выраженный тромбоцитоз"),
    "crp_marked": P("markedly raised", "значительно повышен"),
    "crp_very_high": P(
        "very high (suggests bacterial infection or major inflammation)",
        "очень высокий (характерно для бактериальной инфекции или выраженного воспаления)",
    ),
    "troponin_above_url": P(
        "above the 99th percentile (myocardial injury)",
        "выше 99-го перцентиля (повреждение миокарда)",
    ),
    "troponin_rule_in": P(
        "markedly raised (ESC 0 h rule-in level)",
        "значительно повышен (уровень подтверждения по алгоритму ESC 0 ч)",
    ),
    "transaminases_3x": P(
        "raised ≥3× the upper limit of normal",
        "превышение верхней границы нормы в 3 раза и более",
    ),
    "transaminases_10x": P(
        "raised ≥10× the upper limit of normal (acute hepatocellular injury)",
        "превышение верхней границы нормы в 10 раз и более (острое повреждение гепатоцитов)",
    ),
    "suppressed_tsh": P("suppressed (possible hyperthyroidism)", "подавлен (возможен гипертиреоз)"),
    "low_tsh": P(
        "low (possible subclinical hyperthyroidism)", "снижен (возможен субклинический гипертиреоз)"
    ),
    "raised_tsh": P(
        "raised (possible subclinical hypothyroidism)",
        "повышен (возможен субклинический гипотиреоз)",
    ),
    "markedly_raised_tsh": P(
        "markedly raised (hypothyroidism likely)", "значительно повышен (вероятен гипотиреоз)"
    ),
    "news2_low": P("low clinical risk", "низкий клинический риск"),
    "news2_low_medium": P(
        "low–medium clinical risk (a single parameter scores 3)",
        "низко-средний клинический риск (один параметр — 3 балла)",
    ),
    "news2_medium": P(
        "medium clinical risk: urgent clinical review", "средний клинический риск: срочный осмотр"
    ),
    "news2_high": P(
        "high clinical risk: emergency assessment", "высокий клинический риск: экстренная оценка"
    ),
}
