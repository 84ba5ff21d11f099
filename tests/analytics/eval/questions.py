"""The public evaluation set: questions in English and Russian with independent answers.

Each case states what a correct answer is without using the suite's code: either an oracle
SQL written by hand against the warehouse contract (its rows must equal the suite's rows, in
order, for lists; its single value must equal the suite's number for counts), or the
clarification the router must ask (the slot it is about), or "out of scope".

The warehouse's data end on 2025-12-31, so "last year" is 2025 (the newest complete year)
and "the last 6 months" are July–December 2025 (see docs/analytics.md).
"""

from dataclasses import dataclass
from typing import Literal

Expect = Literal["rows", "number", "clarify", "out_of_scope"]


@dataclass(frozen=True)
class Case:
    question: str
    expect: Expect
    oracle: str = ""
    """Hand-written SQL for ``rows``/``number``; the issue slot for ``clarify``."""
    family: str = ""

    @property
    def language(self) -> str:
        return "ru" if any("а" <= ch.lower() <= "я" for ch in self.question) else "en"


SPB = "v.city = 'Saint Petersburg'"
MSK = "v.city = 'Moscow'"
KZN = "v.city = 'Kazan'"
NSK = "v.city = 'Novosibirsk'"
EKB = "v.city = 'Yekaterinburg'"
FLU = "v.icd10_code IN ('J09', 'J10', 'J11')"


def y(year: int) -> str:
    return f"v.visit_date BETWEEN DATE '{year}-01-01' AND DATE '{year}-12-31'"


def top_diagnoses(title: str, where: str, limit: int, measure: str = "count(*)") -> str:
    return (
        f"SELECT v.icd10_code, d.{title}, {measure} AS n FROM visits v "
        f"JOIN diagnoses d ON d.icd10_code = v.icd10_code WHERE {where} "
        f"GROUP BY v.icd10_code, d.{title} ORDER BY n DESC, v.icd10_code LIMIT {limit}"
    )


def count(where: str, measure: str = "count(*)") -> str:
    return f"SELECT {measure} FROM visits v WHERE {where}"


def with_patients(where: str, measure: str = "count(*)") -> str:
    return (
        f"SELECT {measure} FROM visits v JOIN patients p ON p.patient_id = v.patient_id "
        f"WHERE {where}"
    )


def monthly(where: str) -> str:
    return (
        f"SELECT strftime(v.visit_date, '%Y-%m') AS m, count(*) FROM visits v WHERE {where} "
        "GROUP BY m ORDER BY m"
    )


def share(condition: str, where: str) -> str:
    return (
        f"SELECT sum(CASE WHEN {condition} THEN 1 ELSE 0 END), count(*), "
        f"round(100.0 * sum(CASE WHEN {condition} THEN 1 ELSE 0 END) / count(*), 2) "
        f"FROM visits v WHERE {where}"
    )


AGE_GROUP = (
    "CASE WHEN v.age_at_visit < 18 THEN '0-17' WHEN v.age_at_visit < 40 THEN '18-39' "
    "WHEN v.age_at_visit < 65 THEN '40-64' ELSE '65+' END"
)
RESPIRATORY = "v.icd10_code >= 'J00' AND v.icd10_code < 'K00'"

CASES: tuple[Case, ...] = (
    # Top-N diagnoses, chapters and departments ----------------------------------------
    Case("Топ-5 заболеваний в СПб за 2025 год?", "rows",
         top_diagnoses("title_ru", f"{SPB} AND {y(2025)}", 5), "top"),
    Case("Top-5 diagnoses in Saint Petersburg in 2025", "rows",
         top_diagnoses("title_en", f"{SPB} AND {y(2025)}", 5), "top"),
    Case("Топ-3 диагноза в Питере за 2024 год", "rows",
         top_diagnoses("title_ru", f"{SPB} AND {y(2024)}", 3), "top"),
    Case("Top 10 diagnoses by number of patients in Moscow in 2024", "rows",
         top_diagnoses("title_en", f"{MSK} AND {y(2024)}", 10, "count(DISTINCT v.patient_id)"),
         "top"),
    Case("Топ-3 диагноза по числу пациентов в Казани в 2023 году", "rows",
         top_diagnoses("title_ru", f"{KZN} AND {y(2023)}", 3, "count(DISTINCT v.patient_id)"),
         "top"),
    Case("What were the 5 most common diagnoses among children in Novosibirsk last year?",
         "rows", top_diagnoses("title_en", f"{NSK} AND {y(2025)} AND v.age_at_visit < 18", 5),
         "top"),
    Case("Пять самых частых диагнозов у пожилых в Екатеринбурге за 2025 год", "rows",
         top_diagnoses("title_ru", f"{EKB} AND {y(2025)} AND v.age_at_visit >= 65", 5), "top"),
    Case("Топ-5 болезней в Невском районе за 2025 год", "rows",
         top_diagnoses("title_ru", f"{SPB} AND v.district = 'Nevsky' AND {y(2025)}", 5), "top"),
    Case("Топ-5 диагнозов у женщин в Москве в 2024 году", "rows",
         "SELECT v.icd10_code, d.title_ru, count(*) AS n FROM visits v "
         "JOIN diagnoses d ON d.icd10_code = v.icd10_code "
         "JOIN patients p ON p.patient_id = v.patient_id "
         f"WHERE {MSK} AND {y(2024)} AND p.sex = 'F' GROUP BY ALL ORDER BY n DESC, "
         "v.icd10_code LIMIT 5", "top"),
    Case("Top 3 ICD-10 chapters by visits in 2025", "rows",
         "SELECT d.chapter, count(*) AS n FROM visits v JOIN diagnoses d USING (icd10_code) "
         f"WHERE {y(2025)} GROUP BY d.chapter ORDER BY n DESC, d.chapter LIMIT 3", "top"),
    Case("Топ-5 классов болезней по числу визитов в Питере за 2024 год", "rows",
         "SELECT d.chapter, count(*) AS n FROM visits v JOIN diagnoses d USING (icd10_code) "
         f"WHERE {SPB} AND {y(2024)} GROUP BY d.chapter ORDER BY n DESC, d.chapter LIMIT 5",
         "top"),
    Case("Top departments by patients in Kazan in 2025", "rows",
         "SELECT department, count(DISTINCT patient_id) AS n FROM visits v "
         f"WHERE {KZN} AND {y(2025)} GROUP BY department ORDER BY n DESC, department", "top"),
    Case("Топ-5 отделений по числу визитов в Москве в 2025 году", "rows",
         f"SELECT department, count(*) AS n FROM visits v WHERE {MSK} AND {y(2025)} "
         "GROUP BY department ORDER BY n DESC, department LIMIT 5", "top"),
    Case("Top 5 diagnoses in Moscow between 2024-01-01 and 2024-06-30", "rows",
         top_diagnoses("title_en", f"{MSK} AND v.visit_date BETWEEN DATE '2024-01-01' AND "
                       "DATE '2024-06-30'", 5), "top"),
    Case("Топ-5 диагнозов в Москве с 01.03.2025 по 31.05.2025", "rows",
         top_diagnoses("title_ru", f"{MSK} AND v.visit_date BETWEEN DATE '2025-03-01' AND "
                       "DATE '2025-05-31'", 5), "top"),
    Case("Топ-5 респираторных заболеваний в Казани за 2025 год", "rows",
         top_diagnoses("title_ru", f"{KZN} AND {y(2025)} AND {RESPIRATORY}", 5), "top"),
    # Counts of visits and patients -----------------------------------------------------
    Case("How many influenza visits were there in Moscow in 2024?", "number",
         count(f"{MSK} AND {y(2024)} AND {FLU}"), "count"),
    Case("Сколько визитов с гриппом было в Москве в 2024 году?", "number",
         count(f"{MSK} AND {y(2024)} AND {FLU}"), "count"),
    Case("Сколько случаев гриппа в Санкт-Петербурге в 2025?", "number",
         count(f"{SPB} AND {y(2025)} AND {FLU}"), "count"),
    Case("How many patients with type 2 diabetes in Kazan in 2025?", "number",
         count(f"{KZN} AND {y(2025)} AND v.icd10_code = 'E11'", "count(DISTINCT patient_id)"),
         "count"),
    Case("Сколько пациентов с диабетом в Новосибирске за 2024 год?", "number",
         count(f"{NSK} AND {y(2024)} AND v.icd10_code IN ('E10', 'E11')",
               "count(DISTINCT patient_id)"), "count"),
    Case("Number of visits with J10 in Saint Petersburg in Q1 2025", "number",
         count(f"{SPB} AND v.icd10_code = 'J10' AND v.visit_date BETWEEN DATE '2025-01-01' "
               "AND DATE '2025-03-31'"), "count"),
    Case("Сколько обращений с кодом E11 в Екатеринбурге в первом квартале 2024 года?",
         "number", count(f"{EKB} AND v.icd10_code = 'E11' AND v.visit_date BETWEEN "
                         "DATE '2024-01-01' AND DATE '2024-03-31'"), "count"),
    Case("How many visits for respiratory diseases in Yekaterinburg in January 2025?",
         "number", count(f"{EKB} AND {RESPIRATORY} AND v.visit_date BETWEEN DATE "
                         "'2025-01-01' AND DATE '2025-01-31'"), "count"),
    Case("Сколько визитов с болезнями органов дыхания было в Казани в январе 2025?",
         "number", count(f"{KZN} AND {RESPIRATORY} AND v.visit_date BETWEEN DATE "
                         "'2025-01-01' AND DATE '2025-01-31'"), "count"),
    Case("How many visits were there in the Nevsky district in 2025?", "number",
         count(f"{SPB} AND v.district = 'Nevsky' AND {y(2025)}"), "count"),
    Case("Сколько визитов было в Невском районе в 2025 году?", "number",
         count(f"{SPB} AND v.district = 'Nevsky' AND {y(2025)}"), "count"),
    Case("Сколько визитов в ЦАО в 2024 году?", "number",
         count(f"{MSK} AND v.district = 'Central' AND {y(2024)}"), "count"),
    Case("How many emergency visits in Moscow last year?", "number",
         count(f"{MSK} AND {y(2025)} AND v.visit_type = 'emergency'"), "count"),
    Case("Сколько экстренных обращений в Москве в прошлом году?", "number",
         count(f"{MSK} AND {y(2025)} AND v.visit_type = 'emergency'"), "count"),
    Case("How many cardiology visits in Novosibirsk in 2024?", "number",
         count(f"{NSK} AND {y(2024)} AND v.department = 'Cardiology'"), "count"),
    Case("Сколько визитов в кардиологии в Новосибирске в 2024 году?", "number",
         count(f"{NSK} AND {y(2024)} AND v.department = 'Cardiology'"), "count"),
    Case("How many asthma visits in Ekaterinburg in 2023?", "number",
         count(f"{EKB} AND {y(2023)} AND v.icd10_code = 'J45'"), "count"),
    Case("Сколько визитов с астмой в Екб в 2023 году?", "number",
         count(f"{EKB} AND {y(2023)} AND v.icd10_code = 'J45'"), "count"),
    Case("How many visits for women aged 65+ in Moscow in 2025?", "number",
         with_patients(f"{MSK} AND {y(2025)} AND p.sex = 'F' AND v.age_at_visit >= 65"),
         "count"),
    Case("Сколько визитов у женщин старше 65 лет в Москве в 2025 году?", "number",
         with_patients(f"{MSK} AND {y(2025)} AND p.sex = 'F' AND v.age_at_visit > 65"),
         "count"),
    Case("Сколько амбулаторных визитов детей в Казани за последние 6 месяцев?", "number",
         count(f"{KZN} AND v.visit_type = 'outpatient' AND v.age_at_visit <= 17 AND "
               "v.visit_date BETWEEN DATE '2025-07-01' AND DATE '2025-12-31'"), "count"),
    Case("How many outpatient visits of children 0-17 in Kazan in the last 6 months?",
         "number", count(f"{KZN} AND v.visit_type = 'outpatient' AND v.age_at_visit <= 17 AND "
                         "v.visit_date BETWEEN DATE '2025-07-01' AND DATE '2025-12-31'"), "count"),
    Case("Сколько пациентов с гипертонией в Москве в этом году?", "number",
         count(f"{MSK} AND {y(2025)} AND v.icd10_code IN ('I10', 'I11')",
               "count(DISTINCT patient_id)"), "count"),
    Case("How many COVID-19 visits were there from 2021 to 2022?", "number",
         count("v.icd10_code IN ('U07.1', 'U07.2') AND v.visit_date BETWEEN DATE '2021-01-01' "
               "AND DATE '2022-12-31'"), "count"),
    Case("Сколько госпитализаций с инфарктом в СПб в 2024 году?", "number",
         count(f"{SPB} AND {y(2024)} AND v.icd10_code = 'I21' AND v.visit_type = 'inpatient'"),
         "count"),
    Case("Сколько визитов с пневмонией в Москве в марте 2024 года?", "number",
         count(f"{MSK} AND v.icd10_code IN ('J12', 'J15', 'J18') AND v.visit_date BETWEEN "
               "DATE '2024-03-01' AND DATE '2024-03-31'"), "count"),
    Case("How many visits with gastric ulcer in 2025?", "number",
         count(f"{y(2025)} AND v.icd10_code = 'K25'"), "count"),
    Case("Сколько визитов с ОРВИ в Казани за последние 3 месяца?", "number",
         count(f"{KZN} AND v.icd10_code = 'J06' AND v.visit_date BETWEEN DATE '2025-10-01' "
               "AND DATE '2025-12-31'"), "count"),
    # Trends --------------------------------------------------------------------------
    Case("Monthly trend of flu visits in Kazan in 2025", "rows",
         monthly(f"{KZN} AND {y(2025)} AND {FLU}"), "trend"),
    Case("Динамика визитов с гриппом по месяцам в Казани за 2025 год", "rows",
         monthly(f"{KZN} AND {y(2025)} AND {FLU}"), "trend"),
    Case("Quarterly trend of COVID-19 visits from 2021 to 2023", "rows",
         "SELECT year(visit_date) || '-Q' || quarter(visit_date) AS q, count(*) FROM visits v "
         "WHERE v.icd10_code IN ('U07.1', 'U07.2') AND v.visit_date BETWEEN DATE '2021-01-01' "
         "AND DATE '2023-12-31' GROUP BY q ORDER BY q", "trend"),
    Case("Динамика ковида по кварталам с 2021 по 2023 год", "rows",
         "SELECT year(visit_date) || '-Q' || quarter(visit_date) AS q, count(*) FROM visits v "
         "WHERE v.icd10_code IN ('U07.1', 'U07.2') AND v.visit_date BETWEEN DATE '2021-01-01' "
         "AND DATE '2023-12-31' GROUP BY q ORDER BY q", "trend"),
    Case("Yearly trend of visits for hypertension in Moscow", "rows",
         "SELECT year(visit_date) AS yr, count(*) FROM visits v WHERE "
         f"{MSK} AND v.icd10_code IN ('I10', 'I11') GROUP BY yr ORDER BY yr", "trend"),
    Case("Как менялось число визитов с гипертонией в Москве по годам?", "rows",
         "SELECT year(visit_date) AS yr, count(*) FROM visits v WHERE "
         f"{MSK} AND v.icd10_code IN ('I10', 'I11') GROUP BY yr ORDER BY yr", "trend"),
    Case("Помесячная динамика числа пациентов в Новосибирске за 2024 год", "rows",
         "SELECT strftime(visit_date, '%Y-%m') AS m, count(DISTINCT patient_id) FROM visits v "
         f"WHERE {NSK} AND {y(2024)} GROUP BY m ORDER BY m", "trend"),
    # Ranking and comparison of places --------------------------------------------------
    Case("Compare cities by number of visits in 2025", "rows",
         f"SELECT city, count(*) AS n FROM visits v WHERE {y(2025)} GROUP BY city "
         "ORDER BY n DESC, city", "ranking"),
    Case("Сравни города по числу визитов за 2025 год", "rows",
         f"SELECT city, count(*) AS n FROM visits v WHERE {y(2025)} GROUP BY city "
         "ORDER BY n DESC, city", "ranking"),
    Case("Which district of Saint Petersburg had the most flu visits in 2024?", "rows",
         f"SELECT city, district, count(*) AS n FROM visits v WHERE {SPB} AND {y(2024)} AND "
         f"{FLU} GROUP BY city, district ORDER BY n DESC, city, district LIMIT 1", "ranking"),
    Case("В каком районе Санкт-Петербурга было больше всего визитов с гриппом в 2024 году?",
         "rows",
         f"SELECT city, district, count(*) AS n FROM visits v WHERE {SPB} AND {y(2024)} AND "
         f"{FLU} GROUP BY city, district ORDER BY n DESC, city, district LIMIT 1", "ranking"),
    Case("Rank Moscow districts by patients in 2025", "rows",
         "SELECT city, district, count(DISTINCT patient_id) AS n FROM visits v WHERE "
         f"{MSK} AND {y(2025)} GROUP BY city, district ORDER BY n DESC, city, district",
         "ranking"),
    Case("Рейтинг районов Москвы по числу пациентов за 2025 год", "rows",
         "SELECT city, district, count(DISTINCT patient_id) AS n FROM visits v WHERE "
         f"{MSK} AND {y(2025)} GROUP BY city, district ORDER BY n DESC, city, district",
         "ranking"),
    Case("Compare Moscow and Kazan by number of diabetes visits in 2024", "rows",
         "SELECT city, count(*) AS n FROM visits v WHERE city IN ('Moscow', 'Kazan') AND "
         f"{y(2024)} AND v.icd10_code IN ('E10', 'E11') GROUP BY city ORDER BY n DESC, city",
         "ranking"),
    Case("Сравни Москву и Казань по числу визитов с диабетом за 2024 год", "rows",
         "SELECT city, count(*) AS n FROM visits v WHERE city IN ('Moscow', 'Kazan') AND "
         f"{y(2024)} AND v.icd10_code IN ('E10', 'E11') GROUP BY city ORDER BY n DESC, city",
         "ranking"),
    Case("Топ-3 района Казани по числу визитов за 2023 год", "rows",
         f"SELECT city, district, count(*) AS n FROM visits v WHERE {KZN} AND {y(2023)} "
         "GROUP BY city, district ORDER BY n DESC, city, district LIMIT 3", "ranking"),
    # Breakdowns by sex and age group ---------------------------------------------------
    Case("Breakdown of flu visits by sex in Moscow in 2024", "rows",
         "SELECT p.sex, count(*) FROM visits v JOIN patients p USING (patient_id) WHERE "
         f"{MSK} AND {y(2024)} AND {FLU} GROUP BY p.sex ORDER BY p.sex", "breakdown"),
    Case("Распределение визитов с гриппом по полу в Москве за 2024 год", "rows",
         "SELECT p.sex, count(*) FROM visits v JOIN patients p USING (patient_id) WHERE "
         f"{MSK} AND {y(2024)} AND {FLU} GROUP BY p.sex ORDER BY p.sex", "breakdown"),
    Case("Visits by age group in Kazan in 2025", "rows",
         f"SELECT {AGE_GROUP} AS g, count(*) FROM visits v WHERE {KZN} AND {y(2025)} "
         "GROUP BY g ORDER BY g", "breakdown"),
    Case("Распределение пациентов по возрастным группам в Новосибирске за 2025 год", "rows",
         f"SELECT {AGE_GROUP} AS g, count(DISTINCT patient_id) FROM visits v WHERE {NSK} AND "
         f"{y(2025)} GROUP BY g ORDER BY g", "breakdown"),
    Case("How many visits did men and women make in Yekaterinburg in 2025?", "rows",
         "SELECT p.sex, count(*) FROM visits v JOIN patients p USING (patient_id) WHERE "
         f"{EKB} AND {y(2025)} GROUP BY p.sex ORDER BY p.sex", "breakdown"),
    Case("Визиты с пневмонией по возрастным группам в СПб за 2024 год", "rows",
         f"SELECT {AGE_GROUP} AS g, count(*) FROM visits v WHERE {SPB} AND {y(2024)} AND "
         "v.icd10_code IN ('J12', 'J15', 'J18') GROUP BY g ORDER BY g", "breakdown"),
    # Costs ---------------------------------------------------------------------------
    Case("Average cost of a visit in Moscow in 2025", "number",
         count(f"{MSK} AND {y(2025)}", "round(avg(cost_rub), 2)"), "cost"),
    Case("Средняя стоимость визита в Москве за 2025 год", "number",
         count(f"{MSK} AND {y(2025)}", "round(avg(cost_rub), 2)"), "cost"),
    Case("Total cost of pneumonia visits in Saint Petersburg in 2024", "number",
         count(f"{SPB} AND {y(2024)} AND v.icd10_code IN ('J12', 'J15', 'J18')",
               "sum(cost_rub)"), "cost"),
    Case("Общая стоимость визитов с пневмонией в Санкт-Петербурге за 2024 год", "number",
         count(f"{SPB} AND {y(2024)} AND v.icd10_code IN ('J12', 'J15', 'J18')",
               "sum(cost_rub)"), "cost"),
    Case("Average cost of inpatient visits for heart attack in 2025", "number",
         count(f"{y(2025)} AND v.icd10_code = 'I21' AND v.visit_type = 'inpatient'",
               "round(avg(cost_rub), 2)"), "cost"),
    Case("Средняя стоимость стационарных визитов с инфарктом в 2025 году", "number",
         count(f"{y(2025)} AND v.icd10_code = 'I21' AND v.visit_type = 'inpatient'",
               "round(avg(cost_rub), 2)"), "cost"),
    Case("Средняя стоимость визита по городам за 2025 год", "rows",
         f"SELECT city, round(avg(cost_rub), 2) AS c FROM visits v WHERE {y(2025)} "
         "GROUP BY city ORDER BY c DESC, city", "cost"),
    Case("Compare Moscow, Kazan and Novosibirsk by average visit cost in 2025", "rows",
         f"SELECT city, round(avg(cost_rub), 2) AS c FROM visits v WHERE ({MSK} OR {KZN} OR "
         f"{NSK}) AND {y(2025)} GROUP BY city ORDER BY c DESC, city", "cost"),
    Case("Доля гриппа среди визитов в Москве и Казани за 2024 год", "rows",
         f"SELECT city, sum(CASE WHEN {FLU} THEN 1 ELSE 0 END) AS d, count(*), "
         f"round(100.0 * d / count(*), 2) AS s FROM visits v WHERE ({MSK} OR {KZN}) AND "
         f"{y(2024)} GROUP BY city ORDER BY s DESC, city", "share"),
    Case("Сколько стоили визиты в онкологию в Москве в 2024 году?", "number",
         count(f"{MSK} AND {y(2024)} AND v.department = 'Oncology'", "round(avg(cost_rub), 2)"),
         "cost"),
    # Shares --------------------------------------------------------------------------
    Case("What share of all visits in 2025 were for influenza?", "rows",
         share(FLU, y(2025)), "share"),
    Case("Какая доля визитов с гриппом среди всех визитов в Москве за 2025 год?", "rows",
         share(FLU, f"{MSK} AND {y(2025)}"), "share"),
    Case("Percentage of COVID visits in Kazan in 2022", "rows",
         share("v.icd10_code IN ('U07.1', 'U07.2')", f"{KZN} AND {y(2022)}"), "share"),
    Case("Процент визитов с ковидом в Казани в 2022 году", "rows",
         share("v.icd10_code IN ('U07.1', 'U07.2')", f"{KZN} AND {y(2022)}"), "share"),
    Case("Доля болезней органов дыхания в Питере за 2024 год", "rows",
         share(RESPIRATORY, f"{SPB} AND {y(2024)}"), "share"),
    # Paraphrases written after the parser, to check it generalises ----------------------
    Case("Which were the three most frequent diseases in Kazan in 2024?", "rows",
         top_diagnoses("title_en", f"{KZN} AND {y(2024)}", 3), "top"),
    Case("Самые распространённые диагнозы в Новосибирске в 2023 году, топ 10", "rows",
         top_diagnoses("title_ru", f"{NSK} AND {y(2023)}", 10), "top"),
    Case("Топ-5 диагнозов у мужчин в Казани в прошлом году", "rows",
         "SELECT v.icd10_code, d.title_ru, count(*) AS n FROM visits v "
         "JOIN diagnoses d ON d.icd10_code = v.icd10_code "
         "JOIN patients p ON p.patient_id = v.patient_id "
         f"WHERE {KZN} AND {y(2025)} AND p.sex = 'M' GROUP BY ALL ORDER BY n DESC, "
         "v.icd10_code LIMIT 5", "top"),
    Case("Show the number of patients with asthma in St Petersburg in 2022", "number",
         count(f"{SPB} AND {y(2022)} AND v.icd10_code = 'J45'", "count(DISTINCT patient_id)"),
         "count"),
    Case("Сколько человек болело гриппом в Казани в 2023 году?", "number",
         count(f"{KZN} AND {y(2023)} AND {FLU}", "count(DISTINCT patient_id)"), "count"),
    Case("How many visits to the emergency department in Moscow in Q4 2024?", "number",
         count(f"{MSK} AND v.department = 'Emergency' AND v.visit_date BETWEEN "
               "DATE '2024-10-01' AND DATE '2024-12-31'"), "count"),
    Case("Количество визитов к неврологу в Екатеринбурге за 2025 год", "number",
         count(f"{EKB} AND {y(2025)} AND v.department = 'Neurology'"), "count"),
    Case("How many visits in Kazan in the first half of 2025?", "number",
         count(f"{KZN} AND v.visit_date BETWEEN DATE '2025-01-01' AND DATE '2025-06-30'"),
         "count"),
    Case("Сколько визитов с кодом J45 в Москве?", "number",
         count(f"{MSK} AND v.icd10_code = 'J45'"), "count"),
    Case("How many visits in Moscow in 2024 and 2025?", "number",
         count(f"{MSK} AND v.visit_date BETWEEN DATE '2024-01-01' AND DATE '2025-12-31'"),
         "count"),
    Case("How many flu visits were there in 2021 and 2024?", "number",
         count(f"({y(2021)} OR {y(2024)}) AND {FLU}"), "count"),
    Case("Сколько визитов с гриппом было в Казани в 2022 и 2025 годах?", "number",
         count(f"{KZN} AND ({y(2022)} OR {y(2025)}) AND {FLU}"), "count"),
    Case("Top 5 diagnoses in Kazan in 2021 vs 2025", "rows",
         top_diagnoses("title_en", f"{KZN} AND ({y(2021)} OR {y(2025)})", 5), "top"),
    Case("Compare flu visits in Moscow in 2023 vs 2025", "rows",
         "SELECT year(visit_date) AS yr, count(*) FROM visits v WHERE "
         f"{MSK} AND ({y(2023)} OR {y(2025)}) AND {FLU} GROUP BY yr ORDER BY yr", "trend"),
    Case("Сравни число визитов с пневмонией в первом квартале 2024 и первом квартале 2025", "rows",
         "SELECT year(visit_date) || '-Q' || quarter(visit_date) AS q, count(*) FROM visits v "
         "WHERE v.icd10_code IN ('J12', 'J15', 'J18') AND (v.visit_date BETWEEN DATE "
         "'2024-01-01' AND DATE '2024-03-31' OR v.visit_date BETWEEN DATE '2025-01-01' AND "
         "DATE '2025-03-31') GROUP BY q ORDER BY q", "trend"),
    Case("Сколько детей болело ОРВИ в Казани в 2024 году?", "number",
         count(f"{KZN} AND {y(2024)} AND v.icd10_code = 'J06' AND v.age_at_visit < 18",
               "count(DISTINCT patient_id)"), "count"),
    Case("How many women were treated for hypertension in 2025?", "number",
         with_patients(f"{y(2025)} AND v.icd10_code IN ('I10', 'I11') AND p.sex = 'F'",
                       "count(DISTINCT v.patient_id)"), "count"),
    Case("Сколько мужчин и женщин болели гриппом в 2024 году?", "rows",
         "SELECT p.sex, count(DISTINCT v.patient_id) FROM visits v JOIN patients p "
         f"ON p.patient_id = v.patient_id WHERE {y(2024)} AND {FLU} GROUP BY p.sex "
         "ORDER BY p.sex", "breakdown"),
    Case("Сколько визитов было у пациентов 40–64 лет с гипертонией в 2024 году?", "number",
         count(f"{y(2024)} AND v.icd10_code IN ('I10', 'I11') AND v.age_at_visit BETWEEN 40 "
               "AND 64"), "count"),
    Case("Какова доля женщин среди пациентов с гипертонией в 2024 году?", "rows",
         "SELECT count(DISTINCT v.patient_id) FILTER (WHERE p.sex = 'F'), "
         "count(DISTINCT v.patient_id), round(100.0 * count(DISTINCT v.patient_id) FILTER "
         "(WHERE p.sex = 'F') / count(DISTINCT v.patient_id), 2) FROM visits v JOIN patients p "
         f"ON p.patient_id = v.patient_id WHERE {y(2024)} AND v.icd10_code IN ('I10', 'I11')",
         "share"),
    Case("How many flu visits were there in Moscow in winter 2024?", "number",
         count(f"{MSK} AND {FLU} AND v.visit_date BETWEEN DATE '2023-12-01' "
               "AND DATE '2024-02-29'"), "count"),
    Case("Сколько визитов с пневмонией было летом 2023 года?", "number",
         count("v.icd10_code IN ('J12', 'J15', 'J18') AND v.visit_date BETWEEN "
               "DATE '2023-06-01' AND DATE '2023-08-31'"), "count"),
    Case("Самые дорогие диагнозы в 2025 году", "rows",
         top_diagnoses("title_ru", y(2025), 10, "round(avg(v.cost_rub), 2)"), "cost"),
    Case("Which diagnoses were the most expensive in Saint Petersburg in 2024?", "rows",
         top_diagnoses("title_en", f"{SPB} AND {y(2024)}", 10, "round(avg(v.cost_rub), 2)"),
         "cost"),
    Case("Trend of pneumonia cases by month in 2024", "rows",
         monthly(f"{y(2024)} AND v.icd10_code IN ('J12', 'J15', 'J18')"), "trend"),
    Case("Как менялось количество визитов с COVID-19 по годам?", "rows",
         "SELECT year(visit_date) AS yr, count(*) FROM visits v WHERE v.icd10_code IN "
         "('U07.1', 'U07.2') GROUP BY yr ORDER BY yr", "trend"),
    Case("Which city had the highest average visit cost in 2024?", "rows",
         f"SELECT city, round(avg(cost_rub), 2) AS c FROM visits v WHERE {y(2024)} "
         "GROUP BY city ORDER BY c DESC, city LIMIT 1", "cost"),
    Case("Сравните районы Новосибирска по числу визитов в 2025 году", "rows",
         f"SELECT city, district, count(*) AS n FROM visits v WHERE {NSK} AND {y(2025)} "
         "GROUP BY city, district ORDER BY n DESC, city, district", "ranking"),
    Case("Visits by sex for diabetes in Kazan in 2025", "rows",
         "SELECT p.sex, count(*) FROM visits v JOIN patients p USING (patient_id) WHERE "
         f"{KZN} AND {y(2025)} AND v.icd10_code IN ('E10', 'E11') GROUP BY p.sex "
         "ORDER BY p.sex", "breakdown"),
    Case("Сколько пациентов с артрозом по возрастным группам в 2024 году?", "rows",
         f"SELECT {AGE_GROUP} AS g, count(DISTINCT patient_id) FROM visits v WHERE {y(2024)} "
         "AND v.icd10_code IN ('M15', 'M16', 'M17', 'M19') GROUP BY g ORDER BY g",
         "breakdown"),
    Case("Total spending on inpatient care in Saint Petersburg in 2025", "number",
         count(f"{SPB} AND {y(2025)} AND v.visit_type = 'inpatient'", "sum(cost_rub)"),
         "cost"),
    Case("Средняя стоимость лечения пневмонии в стационаре в 2024 году", "number",
         count(f"{y(2024)} AND v.visit_type = 'inpatient' AND v.icd10_code IN "
               "('J12', 'J15', 'J18')", "round(avg(cost_rub), 2)"), "cost"),
    Case("Какова доля COVID-19 среди всех обращений в 2021 году?", "rows",
         share("v.icd10_code IN ('U07.1', 'U07.2')", y(2021)), "share"),
    Case("What percentage of visits in Moscow in 2024 were for hypertension?", "rows",
         share("v.icd10_code IN ('I10', 'I11')", f"{MSK} AND {y(2024)}"), "share"),
    Case("List the top 7 conditions treated in Yekaterinburg during 2023", "rows",
         top_diagnoses("title_en", f"{EKB} AND {y(2023)}", 7), "top"),
    Case("Какие 3 диагноза чаще всего ставили в Москве в 2025 году?", "rows",
         top_diagnoses("title_ru", f"{MSK} AND {y(2025)}", 3), "top"),
    Case("Number of inpatient admissions in Kazan last year", "number",
         count(f"{KZN} AND {y(2025)} AND v.visit_type = 'inpatient'"), "count"),
    Case("Сколько было обращений к педиатрам в Новосибирске в 2022 году?", "number",
         count(f"{NSK} AND {y(2022)} AND v.department = 'Pediatrics'"), "count"),
    Case("How many visits for back pain in Moscow in 2025?", "number",
         count(f"{MSK} AND {y(2025)} AND v.icd10_code = 'M54'"), "count"),
    Case("Сколько визитов с мигренью у женщин в 2024 году?", "number",
         with_patients(f"{y(2024)} AND v.icd10_code = 'G43' AND p.sex = 'F'"), "count"),
    Case("Show the quarterly number of visits in Saint Petersburg in 2024", "rows",
         "SELECT year(visit_date) || '-Q' || quarter(visit_date) AS q, count(*) FROM visits v "
         f"WHERE {SPB} AND {y(2024)} GROUP BY q ORDER BY q", "trend"),
    Case("Динамика обращений с бронхитом по месяцам в 2023 году", "rows",
         monthly(f"{y(2023)} AND v.icd10_code IN ('J20', 'J40', 'J42')"), "trend"),
    Case("Rank cities by number of COVID patients in 2021", "rows",
         "SELECT city, count(DISTINCT patient_id) AS n FROM visits v WHERE "
         f"{y(2021)} AND v.icd10_code IN ('U07.1', 'U07.2') GROUP BY city "
         "ORDER BY n DESC, city", "ranking"),
    Case("Распределение визитов по полу в Санкт-Петербурге в 2023 году", "rows",
         "SELECT p.sex, count(*) FROM visits v JOIN patients p USING (patient_id) WHERE "
         f"{SPB} AND {y(2023)} GROUP BY p.sex ORDER BY p.sex", "breakdown"),
    Case("Average cost of emergency visits in Kazan in 2024", "number",
         count(f"{KZN} AND {y(2024)} AND v.visit_type = 'emergency'", "round(avg(cost_rub), 2)"),
         "cost"),
    Case("Какой процент визитов в Екатеринбурге за 2025 год приходится на ОРВИ?", "rows",
         share("v.icd10_code = 'J06'", f"{EKB} AND {y(2025)}"), "share"),
    Case("How many visits in Springfield in 2024?", "clarify", "place"),
    Case("Сколько визитов в апреле?", "clarify", "period"),
    Case("Какой курс доллара сегодня?", "out_of_scope"),
    Case("Топ диагнозов в Центральном районе за 2025 год", "clarify", "place"),
    Case("Kazan flu 2023", "clarify", "intent"),
    Case("Who won the football match yesterday?", "out_of_scope"),
    Case("Переведи этот текст на английский", "out_of_scope"),
    # Clarifications the router must ask ------------------------------------------------
    Case("Saint Petersburg 2025", "clarify", "intent"),
    Case("Санкт-Петербург 2025", "clarify", "intent"),
    Case("Грипп в Москве в 2024 году", "clarify", "intent"),
    Case("flu visits in Tokyo in 2024", "clarify", "place"),
    Case("Сколько визитов с гриппом в Самаре в 2024 году?", "clarify", "place"),
    Case("Kirovsky district 2025 top diagnoses", "clarify", "place"),
    Case("Сколько визитов в Кировском районе в 2025 году?", "clarify", "place"),
    Case("How many ulcer visits in Moscow in 2024?", "clarify", "diagnosis"),
    Case("Сколько визитов с язвой в 2024 году?", "clarify", "diagnosis"),
    Case("Сколько визитов с герпесом в 2025?", "clarify", "diagnosis"),
    Case("How many visits with xyzitis in 2024?", "clarify", "diagnosis"),
    Case("How many visits in March in Moscow?", "clarify", "period"),
    Case("Сколько визитов в марте в Казани?", "clarify", "period"),
    Case("Сколько визитов в Москве в 2019 году?", "clarify", "period"),
    Case("Распределение визитов в Казани за 2025 год", "clarify", "dimension"),
    Case("Какая доля визитов в 2025 году?", "clarify", "diagnosis"),
    # Out of scope ----------------------------------------------------------------------
    Case("What's the weather in Moscow tomorrow?", "out_of_scope"),
    Case("Какая погода завтра?", "out_of_scope"),
    Case("Tell me a joke", "out_of_scope"),
    Case("Расскажи анекдот", "out_of_scope"),
)  # fmt: skip
