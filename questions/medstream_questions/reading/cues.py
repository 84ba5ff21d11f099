"""The words that say what to compute: families, measures, groupings and scope.

Each phrase is matched by its word stems, so one form covers its inflections («самых
частых» and «самые частые» both stem to ``сам част``). A phrase may say several things
("monthly" is a trend and a grouping by month), hence a tuple of cues per phrase.
"""

from dataclasses import dataclass
from typing import Literal

CueKind = Literal[
    "family",
    "measure",
    "cost",
    "dimension",
    "scope",
    "people",
    "unavailable",
    "domain",
    "off_topic",
    "order",
    "one",
    "absent",
    "compare",
    "per_patient",
    "gap",
    "median",
    "registered",
    "same",
    "extreme",
]


@dataclass(frozen=True, slots=True)
class Cue:
    kind: CueKind
    value: str = ""


TOP = Cue("family", "top")
COUNT = Cue("family", "count")
TREND = Cue("family", "trend")
RANKING = Cue("family", "ranking")
BREAKDOWN = Cue("family", "breakdown")
COST = Cue("family", "cost")
SHARE = Cue("family", "share")
VISITS = Cue("measure", "visits")
PATIENTS = Cue("measure", "patients")
AVERAGE = Cue("cost", "average")
TOTAL = Cue("cost", "total")
BY_DIAGNOSIS = Cue("dimension", "diagnosis")
BY_CHAPTER = Cue("dimension", "chapter")
BY_DEPARTMENT = Cue("dimension", "department")
BY_CITY = Cue("dimension", "city")
BY_DISTRICT = Cue("dimension", "district")
BY_MONTH = Cue("dimension", "month")
BY_QUARTER = Cue("dimension", "quarter")
BY_YEAR = Cue("dimension", "year")
BY_SEX = Cue("dimension", "sex")
BY_AGE = Cue("dimension", "age_group")
BY_VISIT_TYPE = Cue("dimension", "visit_type")
PER_PATIENT = Cue("per_patient")
""""per patient", «на одного пациента»: the measure divided by the distinct patients."""
ALL_PLACES = Cue("scope", "all_places")
ALL_DIAGNOSES = Cue("scope", "all_diagnoses")
DOMAIN = Cue("domain")
OFF_TOPIC = Cue("off_topic")
PEOPLE = Cue("people")
FEWEST = Cue("order", "asc")
COMPARE = Cue("compare")
""""more … or …", «больше — в X или в Y»: with two places or periods, a row for each side."""
GAP = Cue("gap")
""""how many more", «во сколько раз»: one figure, the two sides' difference or ratio."""
MEDIAN = Cue("median")
ONE = Cue("one")
"""A singular "which city…", «какое отделение…»: with a superlative, the one row asked for."""


def absent(what: str) -> Cue:
    """Something the visits do not record (doctors, drugs, deaths): out of scope, said so."""
    return Cue("absent", what)


"""Words for people, not for a grouping: "how many men and women" counts patients."""

SAME = Cue("same")
"""«то же самое», "the same": a follow-up's words for the question before, not a superlative."""

CUES: tuple[tuple[tuple[str, ...], tuple[Cue, ...]], ...] = (
    (("то же самое", "тоже самое", "то же", "the same", "same thing", "the same thing",
      "same again"), (SAME,)),
    (("top", "most common", "most frequent", "most prevalent", "leading", "commonest",
      "most popular", "топ", "самые частые", "наиболее частые", "самые распространенные",
      "наиболее распространенные", "чаще всего", "лидирующие", "ведущие",
      "самые популярные", "лидеры"), (TOP,)),
    (("how many", "number of", "count", "total number", "сколько", "количество", "число",
      "скока", "скоко", "скольких", "скольким", "hw many", "how mny", "hw mny", "кол-во",
      "сколко", "скольо", "ск-ко", "скока было", "сколька", "howmany", "how much many"),
     (COUNT,)),
    (("trend", "trends", "dynamics", "over time", "change", "changed", "evolution",
      "динамика", "тренд", "как менялось", "как менялся", "как менялись", "изменение",
      "изменения"), (TREND,)),
    (("compare", "comparison", "rank", "ranking", "rating", "versus", "vs", "сравни",
      "сравните", "сравнить", "сравнение", "рейтинг", "ранжируй"), (RANKING,)),
    (("which city", "what city", "в каком городе", "какой город", "какой из городов"),
     (RANKING, BY_CITY, ONE)),
    (("which district", "what district", "в каком районе", "какой район", "какой округ",
      "в каком округе", "which okrug", "what okrug"), (RANKING, BY_DISTRICT, ONE)),
    (("which department", "what department", "какое отделение", "в каком отделении"),
     (BY_DEPARTMENT, ONE)),
    (("which diagnosis", "what diagnosis", "which disease", "какой диагноз",
      "какое заболевание"), (BY_DIAGNOSIS, ONE)),
    (("which month", "what month", "в каком месяце", "какой месяц"), (BY_MONTH, ONE)),
    (("which quarter", "what quarter", "в каком квартале", "какой квартал"), (BY_QUARTER, ONE)),
    (("which year", "what year", "в каком году", "какой год"), (BY_YEAR, ONE)),
    (("which age group", "what age group", "which age band", "какая возрастная группа",
      "в какой возрастной группе", "какой возрастной группы"), (BY_AGE, ONE)),
    (("which sex", "which gender", "какой пол", "какого пола"), (BY_SEX, ONE)),
    (("which visit type", "what visit type", "which type of visit", "what type of visit",
      "which kind of visit", "какой тип визита", "какой тип визитов", "какой вид визита",
      "какой тип обращения", "какой тип обращений", "какой вид помощи"),
     (BY_VISIT_TYPE, ONE)),
    (("most", "the most", "highest", "largest", "biggest", "busiest", "maximum", "больше всего",
      "наибольшее", "наибольшим", "наибольшей", "максимальное", "максимальным", "самый",
      "самое", "самая", "самым", "самом", "загруженный", "загруженное", "чаще"), (TOP,)),
    (("fewest", "least", "lowest", "smallest", "bottom", "rarest", "least common",
      "least frequent", "least busy", "minimum", "меньше всего", "наименьшее", "наименьшим",
      "наименьшей", "наименее", "реже всего", "самые редкие", "самых редких", "самый редкий",
      "самое редкое", "редкие", "редких", "минимальное", "минимальным", "реже",
      "least numerous", "least visited",
      "малочисленные", "наименее многочисленные", "наименее посещаемые"),
     (TOP, FEWEST)),
    (("which cities", "какие города", "по городам", "by city", "per city", "across cities",
      "each city", "cities", "городов", "среди городов", "между городами", "каждый город",
      "каждого города", "каждом городе", "every city"), (RANKING, BY_CITY)),
    (("which districts", "какие районы", "по районам", "by district", "per district",
      "across districts", "each district", "districts", "районов", "среди районов",
      "по округам", "округов", "okrug", "okrugs", "by okrug", "per okrug"), (RANKING, BY_DISTRICT)),
    (("busiest month", "peak month", "самый загруженный месяц", "самым загруженным месяцем",
      "пиковый месяц"), (TOP, BY_MONTH, ONE)),
    (("busiest quarter", "peak quarter", "самый загруженный квартал", "пиковый квартал"),
     (TOP, BY_QUARTER, ONE)),
    (("busiest year", "peak year", "самый загруженный год", "пиковый год"),
     (TOP, BY_YEAR, ONE)),
    (("least busy month", "quietest month", "slowest month", "наименее загруженный месяц",
      "самый спокойный месяц", "самый тихий месяц"), (TOP, FEWEST, BY_MONTH, ONE)),
    (("least busy quarter", "quietest quarter", "наименее загруженный квартал",
      "самый спокойный квартал"), (TOP, FEWEST, BY_QUARTER, ONE)),
    (("least busy year", "quietest year", "наименее загруженный год", "самый спокойный год"),
     (TOP, FEWEST, BY_YEAR, ONE)),
    (("at least", "at the least", "не менее", "по меньшей мере"), (DOMAIN,)),
    # ↑ a lower bound ("at least one visit"), not "the least"
    (("breakdown", "break down", "broken down", "broken out", "split up", "split by",
      "break it down", "break that down", "break them down", "split it", "разбей", "разбейте",
      "разбить",
      "distribution", "split", "распределение", "разбивка",
      "в разрезе", "структура", "структуру", "structure", "composition", "состав"),
     (BREAKDOWN,)),
    (("by department", "per department", "each department", "for each department",
      "across departments", "по отделениям", "в каждом отделении", "в разрезе отделений",
      "по каждому отделению", "каждое отделение", "каждого отделения", "every department"),
     (BREAKDOWN, BY_DEPARTMENT)),
    (("of each type", "each type", "every type", "каждого типа", "каждого вида",
      "по типам", "по видам"), (BREAKDOWN, BY_VISIT_TYPE)),
    (("per chapter", "per icd-10 chapter", "per icd chapter", "by chapter", "by icd-10 chapter",
      "each chapter", "по классам", "по классам мкб", "по классам мкб-10", "по главам мкб"),
     (BREAKDOWN, BY_CHAPTER)),
    (("by sex", "by gender", "sex", "gender", "по полу", "пол", "гендер"), (BREAKDOWN, BY_SEX)),
    (("men and women", "men vs women", "male and female", "women and men", "мужчины и женщины",
      "мужчин и женщин", "женщин и мужчин"), (BREAKDOWN, BY_SEX, PEOPLE)),
    (("by age", "by age group", "age groups", "age group", "age", "по возрасту",
      "по возрастным группам", "возрастные группы", "возрастным группам", "возраст",
      "по возрастам"), (BREAKDOWN, BY_AGE)),
    (("cost", "costs", "spend", "price", "expenses",
      "money", "стоимость", "цена",
      "сколько стоили", "сколько стоил", "сколько стоит", "стоит", "стоил", "стоила",
      "стоило", "стоили", "обошелся", "потрачено", "деньги",
      "рублей", "expensive", "costly", "дорогие", "дорогих",
      "дорогостоящие", "дорогостоящих"), (COST,)),
    (("дороже всего", "most expensive", "costliest", "priciest", "самое дорогое",
      "самым дорогим", "самой дорогой"), (COST, TOP)),
    (("дешевле всего", "cheapest", "least expensive", "самое дешевое", "самый дешевый",
      "самым дешевым", "самой дешевой"), (COST, TOP, FEWEST)),
    (("низкий", "низкая", "низкое", "низкой", "низкую", "низким", "низкие", "низких",
      "наименьший", "наименьшая", "наименьшую"), (TOP, FEWEST)),
    (("высокий", "высокая", "высокое", "высокой", "высокую", "высоким", "высокие",
      "высоких", "наибольший", "наибольшая", "наибольшую"), (TOP,)),
    (("dominated", "dominant", "prevailed", "prevailing", "преобладал", "преобладали",
      "преобладало", "преобладающий", "доминировал", "доминировали"), (TOP, ONE)),
    (("reason for visits", "reason for visit", "reason for visiting", "main reason",
      "причина обращения", "причина обращений", "главная причина"), (BY_DIAGNOSIS,)),
    (("how many times", "сколько раз"), (COUNT, VISITS)),
    (("most expensive single visit", "most expensive visit", "costliest visit", "priciest visit",
      "the most expensive single visit", "the most expensive visit", "the costliest visit",
      "the priciest visit", "the highest cost of any", "the highest cost of a single",
      "the maximum cost", "the max cost",
      "highest cost of any", "highest cost of a single", "highest visit cost", "max cost",
      "maximum cost", "максимальная стоимость", "максимальную стоимость",
      "максимальной стоимостью", "самый дорогой визит", "самого дорогого визита",
      "самый дорогой прием"), (COST, Cue("extreme", "max"))),
    (("cheapest single visit", "cheapest visit", "least expensive visit", "lowest cost of any",
      "the cheapest single visit", "the cheapest visit", "the least expensive visit",
      "the lowest cost of any", "the lowest cost of a single", "the minimum cost",
      "the min cost",
      "lowest cost of a single", "lowest visit cost", "min cost", "minimum cost",
      "минимальная стоимость", "минимальную стоимость", "самый дешевый визит",
      "самого дешевого визита"), (COST, Cue("extreme", "min"))),
    (("which icd-10 code", "which icd code", "which code", "what code", "what icd-10 code",
      "какой код", "какой код мкб"), (BY_DIAGNOSIS, ONE)),
    (("на сколько процентов", "на сколько %", "by what percent", "by what percentage",
      "how many percent more", "percent increase", "percentage increase", "percent growth",
      "рост в процентах", "прирост в процентах"), (COMPARE, GAP)),
    (("от года к году", "год от года", "из года в год", "year over year", "year-over-year",
      "yoy", "year to year", "year on year"), (TREND, BY_YEAR)),
    (("yoy change", "% change", "percent change", "percentage change", "change in %",
      "change in percent", "изменение в %", "изменение в процентах"), (COMPARE, GAP)),
    (("от квартала к кварталу", "квартал к кварталу", "quarter over quarter", "qoq",
      "quarter to quarter", "from quarter to quarter"), (TREND, BY_QUARTER)),
    (("от месяца к месяцу", "месяц к месяцу", "month over month", "mom", "month to month",
      "from month to month"), (TREND, BY_MONTH)),
    (("which months", "what months", "busiest months", "какие месяцы", "в какие месяцы"),
     (BY_MONTH,)),
    (("which quarters", "what quarters", "какие кварталы", "в какие кварталы"), (BY_QUARTER,)),
    (("which clinic", "what clinic", "which hospital", "what hospital", "какая клиника",
      "какая больница", "в какой клинике", "в какой больнице"), (TOP, ONE)),
    (("bmi", "body mass index", "weight", "height", "blood pressure", "lab results",
      "имт", "индекс массы тела", "вес", "давление", "анализы крови"), (absent("measurements"),)),
    (("referral", "referrals", "referred", "по направлению", "направлению", "направлений",
      "направления"), (absent("referrals"),)),
    (("readmission", "readmissions", "readmission rate", "повторные госпитализации",
      "повторных госпитализаций", "срок лечения", "сроки лечения", "длительность лечения",
      "treatment duration", "duration of treatment", "recovery time"), (absent("other"),)),
    (("no-show", "no-shows", "no show", "no shows", "missed appointments", "неявок", "неявки",
      "неявка"), (absent("no_shows"),)),
    (("ambulance", "ambulance calls", "ambulance call", "вызов скорой", "вызовы скорой",
      "вызовов скорой", "вызовов скорой помощи", "выездов скорой"), (absent("ambulance"),)),
    (("avg age", "av age", "average age of", "сколько в среднем лет", "сколько лет в среднем",
      "в среднем лет"), (Cue("measure", "average_age"),)),
    (("как часто в среднем", "в среднем как часто", "как часто", "how often"), (PER_PATIENT,)),
    (("где больше всего", "где чаще всего", "where the most", "where were the most",
      "where was the most", "where did we have the most"), (RANKING, BY_CITY, ONE, TOP)),
    (("где меньше всего", "где реже всего", "where the fewest", "where were the fewest",
      "where was the least", "where did we have the fewest"),
     (RANKING, BY_CITY, ONE, TOP, FEWEST)),
    # What was spent is a sum: «расходы», «самое затратное отделение», "spending by city".
    # ("expenses" stays with cost: its stem is "expensive"'s.)
    (("spending", "spent", "expenditure", "expenditures", "затраты", "расходы",
      "расходам", "расходов", "траты", "затратные", "затратных", "затратным", "затратное",
      "затратный", "затратная", "стоили все", "стоимость всех"), (COST, TOTAL)),
    (("во что обошлись", "во сколько обошлись", "обошлись", "revenue", "income", "earned",
      "выручка", "выручку", "доход", "доходы"), (COST, TOTAL)),
    (("how much money", "money went", "money was spent", "spent on", "was spent",
      "were spent", "spend on", "потратили", "потрачено", "израсходовали", "израсходовано",
      "ушло денег", "ушло на", "выложили", "тратили", "тратят", "тратим", "тратится",
      "тратилось", "тратила", "тратил", "затратили", "how much did we spend",
      "how much was spent"), (COST, TOTAL)),
    (("во сколько обходится", "во сколько обходятся", "обходится", "обходятся",
      "обходился", "обходилась", "обходилось"), (COST,)),
    (("average", "mean", "avg", "per visit", "средняя", "средний", "в среднем",
      "на один визит", "за визит", "за один визит"), (AVERAGE,)),
    (("average bill", "average check", "средний чек", "чек"), (COST, AVERAGE)),
    (("total", "sum", "overall", "combined", "altogether", "aggregate", "in total",
      "общая", "общие", "суммарная", "суммарные", "суммарной", "суммарную", "суммарно",
      "совокупная", "совокупные", "совокупной", "совокупно", "в сумме", "в общей сложности",
      "итого", "сумма", "всего"), (TOTAL,)),
    (("share", "percentage", "percent", "proportion", "fraction", "what part", "доля",
      "процент", "процентов", "какая часть", "какую часть", "удельный вес", "slice"),
     (SHARE,)),
    (("visits", "visit", "appointments", "encounters", "consultations", "cases",
      "визиты", "визитов", "посещения", "посещений", "обращения", "обращений", "приемы",
      "приемов", "случаи", "случаев", "консультации", "госпитализаций", "госпитализации",
      "hospitalizations", "hospitalisations", "admissions"), (VISITS,)),
    (("patients", "people", "persons", "individuals", "unique patients", "пациенты",
      "пациентов", "больных", "человек", "людей", "жителей", "уникальных пациентов", "ppl",
      "folks", "народу", "народа", "разных пациентов", "distinct patients"),
     (PATIENTS,)),
    (("diagnoses", "diagnosis", "diags", "diag", "dx", "dxs", "diagnozes", "diagnoz", "diagnosises",
      "диагнозы", "диагнозов", "diseases", "disease", "conditions",
      "illnesses",
      "disorders", "reasons for visits", "диагнозы", "диагнозов", "заболевания",
      "заболеваний", "болезни", "болезней", "причины обращений"), (BY_DIAGNOSIS,)),
    (("chapters", "chapter", "classes", "disease classes", "disease groups",
      "groups of diseases", "classes of diseases", "categories", "icd chapters",
      "классы", "классов", "классы болезней", "классов болезней", "группы заболеваний",
      "групп заболеваний", "группы болезней", "групп болезней", "классы мкб",
      "главы мкб", "разделы мкб", "icd-10 chapters", "icd chapters", "классы мкб-10"),
     (BY_CHAPTER,)),
    # In capitals a phrase matches word for word (see ``lexicon.term_stems``): "codes" and
    # «коды» name a list of codes, while "code J45" and «с кодом J45» name one code.
    (("CODES", "ICD CODES", "ICD-10 CODES", "DIAGNOSIS CODES", "КОДЫ", "КОДОВ", "КОДЫ МКБ",
      "КОДОВ МКБ", "КОДЫ ДИАГНОЗОВ"), (BY_DIAGNOSIS,)),
    (("departments", "department", "wards", "specialties", "отделения", "отделений",
      "отделениям", "специальности"), (BY_DEPARTMENT,)),
    (("by month", "monthly", "per month", "month by month", "each month", "every month",
      "по месяцам", "помесячно", "ежемесячно", "месячная", "в каждом месяце", "каждый месяц",
      "за каждый месяц"), (TREND, BY_MONTH)),
    (("by quarter", "quarterly", "per quarter", "each quarter", "every quarter", "по кварталам",
      "поквартально", "ежеквартально", "в каждом квартале", "каждый квартал",
      "за каждый квартал"), (TREND, BY_QUARTER)),
    (("by year", "yearly", "annually", "annual", "per year", "year by year", "each year",
      "every year", "по годам", "ежегодно", "погодовая", "в каждом году", "каждый год",
      "за каждый год"), (TREND, BY_YEAR)),
    (("by week", "weekly", "per week", "each week", "week by week", "по неделям",
      "еженедельно", "понедельно", "за каждую неделю"), (TREND, Cue("unavailable", "week"))),
    (("by day", "daily", "per day", "each day", "day by day", "по дням", "ежедневно",
      "подневно", "за каждый день"), (TREND, Cue("unavailable", "day"))),
    (("all cities", "everywhere", "all places", "whole country", "any city", "все города",
      "во всех городах", "всех городах", "везде", "любой город"), (ALL_PLACES,)),
    (("all diagnoses", "any diagnosis", "all of them", "all diseases", "все диагнозы",
      "все заболевания", "любой диагноз", "все они", "все перечисленные"),
     (ALL_DIAGNOSES,)),
    (("in the database", "in the data", "in the dataset", "database", "dataset", "в базе",
      "в базе данных", "в данных", "в датасете", "в системе", "базе", "база"), (DOMAIN,)),
    (("data", "statistics", "stats", "clinic", "clinics", "medical",
      "healthcare", "icd", "icd-10", "мкб", "мкб-10", "данные", "статистика", "больница",
      "больницы", "медицинские", "здравоохранение", "заболеваемость", "morbidity",
      "incidence", "network", "our network", "the network", "сеть", "сети", "по сети",
      "всей сети"), (DOMAIN,)),
    (("more", "fewer", "less", "higher", "lower", "than", "compared", "compared to",
      "compared with", "in comparison", "difference", "differ", "how many more",
      "how much more", "больше", "меньше", "чем", "выше", "ниже", "разница", "разницу",
      "отличается", "на сколько", "насколько", "во сколько раз", "выросло", "вырос",
      "выросла", "снизилось", "снизился", "increase", "increased", "grew", "decrease",
      "decreased", "fell", "growth", "рост", "роста", "снижение", "снижения", "прирост",
      "change from", "изменилось"), (COMPARE,)),
    (("how many more", "how much more", "how many fewer", "how much less", "how much higher",
      "how much lower", "difference", "difference between", "how many times more",
      "how many times higher",
      "how many times larger", "how many times bigger", "how many times greater",
      "how many times fewer", "how many times less", "how many times as many", "times more",
      "times higher", "times as many", "times larger", "times bigger", "times greater",
      "times fewer", "times less", "times lower", "times as much", "ratio", "growth",
      "разница", "разницу", "разницы",
      "на сколько", "насколько", "во сколько раз", "прирост", "прироста", "by how much",
      "how much did", "how much has", "by how many", "на сколько больше",
      "на сколько меньше"), (COMPARE, GAP)),
    (("outnumber", "outnumbered", "exceed", "exceeded", "превысил", "превысило",
      "превысила", "обогнал", "обогнала", "обогнало"), (COMPARE,)),
    (("grow", "grown", "rise", "rose", "risen", "drop", "dropped", "decline", "declined",
      "выросли", "выросло", "выросло ли", "снизилось", "снизились", "упало", "упали"),
     (COMPARE,)),
    (("registered", "on the register", "in the database", "in our database",
      "зарегистрированных", "зарегистрированные", "зарегистрировано", "в базе", "у нас в базе",
      "в базе данных", "в регистре"), (Cue("registered"),)),
    (("median age", "медианный возраст", "медиана возраста", "медианного возраста"),
     (Cue("measure", "median_age"), MEDIAN)),
    (("median", "медиана", "медианная", "медианный", "медианное", "медиану"), (MEDIAN,)),
    (("by visit type", "by type of visit", "visit types", "types of visits", "by type",
      "per visit type", "per type of visit", "each visit type", "for each visit type",
      "each type of visit",
      "inpatient vs outpatient", "outpatient vs inpatient", "по типу визита", "по типам визитов",
      "по типу визитов", "по типу обращения", "по типам обращений", "по виду помощи",
      "по видам помощи", "по типу помощи", "типы визитов"), (BREAKDOWN, BY_VISIT_TYPE)),
    (("per patient", "per person", "for each patient", "на одного пациента", "на пациента",
      "в расчете на пациента", "в расчете на одного пациента", "на человека",
      "на одного человека", "how many times on average", "how often on average",
      "сколько раз в среднем", "в среднем сколько раз"), (PER_PATIENT,)),
    (("doctor", "doctors", "physician", "physicians", "врач", "врача", "врачи", "врачей",
      "доктор", "доктора", "nurse", "nurses", "staff", "employees", "personnel", "медсестра",
      "медсестры", "медсестер", "медсестёр", "персонал", "персонала", "сотрудников",
      "сотрудники"), (absent("staff"),)),
    (("mri", "mris", "ct scan", "ct scans", "scan", "scans", "x-ray", "x-rays", "xray",
      "ultrasound", "ultrasounds", "lab test", "lab tests", "blood test", "blood tests",
      "operations", "surgeries performed", "procedures", "мрт", "кт", "рентген", "рентгена",
      "узи", "анализов", "анализы", "анализ крови", "операций", "операции", "процедур",
      "процедуры", "обследований"), (absent("procedures"),)),
    (("drug", "drugs", "medication", "medications", "medicine", "prescribed", "prescriptions",
      "pharmacy", "препарат", "препараты", "препаратов", "лекарство", "лекарства",
      "лекарств", "назначают", "аптека", "аптеке", "таблетки"), (absent("drugs"),)),
    (("died", "deaths", "death", "mortality", "fatal", "умер", "умерло", "умерли",
      "умерших", "смертность", "смертей", "летальность", "летальных"), (absent("deaths"),)),
    (("length of stay", "hospital stay", "bed", "beds", "bed occupancy", "occupancy",
      "койко-день", "койко", "коек", "койки", "длительность госпитализации"),
     (absent("stays"),)),
    (("waiting time", "waiting times", "wait time", "wait times", "waiting list",
      "waiting lists", "how long did patients wait", "queue", "queues", "время ожидания",
      "сроки ожидания", "срок ожидания", "лист ожидания", "очередь", "очереди",
      "очередях"), (absent("waiting"),)),
    (("full name", "phone", "phone number", "address", "имя", "зовут", "фио", "телефон",
      "адрес"), (absent("identity"),)),
    (("salary", "salaries", "insurance", "insurer", "insurers", "satisfaction", "зарплата",
      "зарплату", "страховая", "страховые", "страховых", "удовлетворенность"),
     (absent("other"),)),
    (("average age", "mean age", "how old", "сколько лет", "mean patient age",
      "average patient age", "age on average", "в каком возрасте в среднем",
      "в среднем в каком возрасте", "возраст в среднем", "в среднем возраст",
      "средний возраст", "среднего возраста пациентов",
      "средний возраст пациентов"), (Cue("measure", "average_age"),)),
    (("weather", "forecast", "joke", "news", "football", "soccer", "recipe", "bitcoin",
      "stock price", "exchange rate", "movie", "song", "poem", "translate", "hello", "hi",
      "погода", "погоду", "погоды", "прогноз", "анекдот", "шутка", "шутку", "новости",
      "футбол", "рецепт", "биткоин", "курс доллара", "курс валют", "фильм", "песня",
      "стихи", "переведи", "привет", "здравствуйте"), (OFF_TOPIC,)),
)  # fmt: skip
"""(phrases, cues) rows; a phrase in the wrong language simply never matches."""

SEX_WORDS: dict[str, tuple[str, ...]] = {
    "F": ("women", "woman", "female", "females", "girls", "ladies", "женщины", "женщин",
          "женский", "женского пола", "девочки", "девочек", "пациентки", "пациенток",
          "бабушки", "бабушек", "grannies", "grandmothers"),
    "M": ("men", "man", "male", "males", "boys", "мужчины", "мужчин", "мужской",
          "мужского пола", "мальчики", "мальчиков", "дедушки", "дедушек",
          "grandfathers", "grandpas"),
}  # fmt: skip

AGE_GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "0-17": ("children", "kids", "kiddos", "child", "minors", "under 18", "дети", "детей",
             "ребенок", "детишек", "детишки", "ребятишек", "детские", "детских",
             "детском возрасте", "несовершеннолетние", "младше 18"),
    "18-39": ("young adults", "young people", "молодежь", "молодые", "молодых"),
    "40-64": ("middle-aged", "middle aged", "среднего возраста"),
    "65+": ("elderly", "seniors", "older people", "older adults", "pensioners", "old people",
            "over 65", "пожилые", "пожилых", "пенсионеры", "пенсионеров", "старше 65",
            "65 и старше"),
}  # fmt: skip
