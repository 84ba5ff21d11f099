# ruff: noqa: E501  (a data file: long questions and SQL strings read better unwrapped)
"""Blind evaluation set for the analytics question answering.

Written without looking at the question engine. Each case is a question an
analyst of a Russian hospital network might type (English or Russian) with the
expected kind of answer and, for answerable questions, an oracle SQL query over
the warehouse (patients / visits / diagnoses). For ``clarify`` cases the oracle
is a short phrase naming what is missing; ``out_of_scope`` cases have no oracle.

Conventions used by the oracles:
  * visits are count(*) on visits; "patients" / people are count(DISTINCT patient_id);
  * age is visits.age_at_visit; "30 to 40" is inclusive, "under 5" is < 5,
    "over 60" is > 60, "60 and older" is >= 60; children are < 18;
  * shares are percentages rounded to 1 decimal, average costs rounded to 2;
  * a month label is 'YYYY-MM', a quarter label is 'YYYY-Qn', a year an integer;
  * "this year" = 2025, "last year" = 2024;
  * influenza = J09, J10, J11; pneumonia = J12, J15, J18 (the J12–J18 codes present).

Kinds: count, top, fewest, share, comparison, exclusion, age_range, money,
distinct_patients, trend, breakdown, follow_up, clarify, out_of_scope, colloquial,
plus average_age, per_patient, date_range and diagnosis_group (ICD-10 families/chapters).
"""

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class BlindCase:
    question: str
    expect: Literal["rows", "number", "clarify", "out_of_scope"]
    # SQL answering it (rows/number); for clarify: one short phrase saying what is missing
    oracle: str = ""
    kind: str = ""  # see the list of kinds in the module docstring
    ordered: bool = True  # False when the order of the rows does not matter
    # for a follow-up: the question asked just before in the same conversation
    follow_up_of: str = ""


B = BlindCase

_FLU = "('J09', 'J10', 'J11')"
_PNEU = "('J12', 'J15', 'J18')"
_COVID = "('U07.1', 'U07.2')"


CASES: tuple[BlindCase, ...] = (
    # ------------------------------------------------------------------ count
    B(
        "How many visits did we have in Kazan in 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2023",
        "count",
    ),
    B(
        "Сколько всего обращений было в Новосибирске за 2022 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2022",
        "count",
    ),
    B(
        "Number of inpatient admissions in Saint Petersburg during 2024",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024",
        "count",
    ),
    B(
        "Сколько раз за 2025 год ставили диагноз E11?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code = 'E11' AND year(visit_date) = 2025",
        "count",
    ),
    B(
        "How many emergency visits did Yekaterinburg log in Q1 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'emergency' "
        "AND visit_date BETWEEN DATE '2024-01-01' AND DATE '2024-03-31'",
        "count",
    ),
    B(
        "Количество визитов в кардиологию в Москве за 2021 год",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND department = 'Cardiology' "
        "AND year(visit_date) = 2021",
        "count",
    ),
    B(
        "Total visits in the Primorsky district of St. Petersburg for 2022?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND district = 'Primorsky' "
        "AND year(visit_date) = 2022",
        "count",
    ),
    B(
        "Сколько приёмов провела неврология в Казани в 2024-м?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'Neurology' "
        "AND year(visit_date) = 2024",
        "count",
    ),
    B(
        "How many Pediatrics visits were recorded in Novosibirsk in 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND department = 'Pediatrics' "
        "AND year(visit_date) = 2025",
        "count",
    ),
    B(
        "Сколько визитов с ветряной оспой (B01) зарегистрировано за весь период?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code = 'B01'",
        "count",
    ),
    B(
        "count of asthma (J45) visits in Moscow in 2023",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code = 'J45' AND year(visit_date) = 2023",
        "count",
    ),
    B(
        "Сколько было амбулаторных приёмов в Екатеринбурге в 2023 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'outpatient' "
        "AND year(visit_date) = 2023",
        "count",
    ),
    B("Сколько всего визитов в базе?", "number", "SELECT count(*) FROM visits", "count"),
    B(
        "Сколько визитов было в Вахитовском районе Казани в 2024 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND district = 'Vakhitovsky' AND year(visit_date) = 2024",
        "count",
    ),
    B(
        "Сколько визитов в Казани в этом году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2025",
        "count",
    ),
    # ------------------------------------------------------------------ top
    B(
        "Top 5 diagnoses in Novosibirsk in 2023 by number of visits",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2023 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 5",
        "top",
    ),
    B(
        "Топ-3 отделения по числу визитов в Казани за 2024 год",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2024 "
        "GROUP BY department ORDER BY visits DESC, department LIMIT 3",
        "top",
    ),
    B(
        "Which three Moscow districts had the most visits in 2025?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2025 "
        "GROUP BY district ORDER BY visits DESC, district LIMIT 3",
        "top",
    ),
    B(
        "Назови пять самых частых диагнозов у детей младше 14 лет в 2022 году",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE age_at_visit < 14 AND year(visit_date) = 2022 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 5",
        "top",
    ),
    B(
        "What are the seven most common ICD-10 codes among inpatient visits?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 7",
        "top",
    ),
    B(
        "Какие 3 города лидируют по количеству экстренных обращений за всё время?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'emergency' "
        "GROUP BY city ORDER BY visits DESC, city LIMIT 3",
        "top",
    ),
    B(
        "Top 3 ICD-10 chapters by visits in 2024",
        "rows",
        "SELECT d.chapter, count(*) AS visits FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE year(v.visit_date) = 2024 GROUP BY d.chapter ORDER BY visits DESC, d.chapter LIMIT 3",
        "top",
    ),
    B(
        "Which department had the highest number of visits in Yekaterinburg in 2022?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2022 "
        "GROUP BY department ORDER BY visits DESC, department LIMIT 1",
        "top",
    ),
    B(
        "Самый частый диагноз в Питере в 2021 году?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' "
        "AND year(visit_date) = 2021 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 1",
        "top",
    ),
    B(
        "top 5 departments by total cost in 2023",
        "rows",
        "SELECT department, sum(cost_rub) AS total_cost FROM visits WHERE year(visit_date) = 2023 "
        "GROUP BY department ORDER BY total_cost DESC, department LIMIT 5",
        "top",
    ),
    B(
        "Топ-5 диагнозов по числу госпитализаций в Москве в 2024 году",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Moscow' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 5",
        "top",
    ),
    B(
        "В каких пяти районах Санкт-Петербурга было больше всего визитов в 2023 году?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2023 "
        "GROUP BY district ORDER BY visits DESC, district LIMIT 5",
        "top",
    ),
    B(
        "Какой округ Москвы самый загруженный по числу обращений в 2024 году?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2024 "
        "GROUP BY district ORDER BY visits DESC, district LIMIT 1",
        "top",
    ),
    # ------------------------------------------------------------------ fewest
    B(
        "Bottom 3 departments by visit volume in 2024",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE year(visit_date) = 2024 "
        "GROUP BY department ORDER BY visits ASC, department LIMIT 3",
        "fewest",
    ),
    B(
        "Какой город дал меньше всего визитов в 2023 году?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE year(visit_date) = 2023 "
        "GROUP BY city ORDER BY visits ASC, city LIMIT 1",
        "fewest",
    ),
    B(
        "Which city had the fewest visits overall?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits GROUP BY city ORDER BY visits ASC, city LIMIT 1",
        "fewest",
    ),
    B(
        "Наименее загруженные отделения Москвы за 2025 год — назови три",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2025 "
        "GROUP BY department ORDER BY visits ASC, department LIMIT 3",
        "fewest",
    ),
    B(
        "Least common ICD-10 chapters: list the 3 with the fewest visits",
        "rows",
        "SELECT d.chapter, count(*) AS visits FROM visits v JOIN diagnoses d USING (icd10_code) "
        "GROUP BY d.chapter ORDER BY visits ASC, d.chapter LIMIT 3",
        "fewest",
    ),
    B(
        "Какие 5 районов Санкт-Петербурга дали меньше всего обращений за 2022 год?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2022 "
        "GROUP BY district ORDER BY visits ASC, district LIMIT 5",
        "fewest",
    ),
    B(
        "Which Kazan district saw the fewest emergency visits in 2024?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY visits ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "Назови три самых редких диагноза в кардиологическом отделении за всё время",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE department = 'Cardiology' "
        "GROUP BY icd10_code ORDER BY visits ASC, icd10_code LIMIT 3",
        "fewest",
    ),
    B(
        "В каком районе Новосибирска меньше всего пациентов обращалось в 2023 году?",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Novosibirsk' "
        "AND year(visit_date) = 2023 GROUP BY district ORDER BY patients ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "Which visit type was least frequent in Saint Petersburg in 2025?",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2025 "
        "GROUP BY visit_type ORDER BY visits ASC, visit_type LIMIT 1",
        "fewest",
    ),
    # ------------------------------------------------------------------ share
    B(
        "What percentage of visits in 2024 were emergency visits?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'emergency') / count(*), 1) "
        "FROM visits WHERE year(visit_date) = 2024",
        "share",
    ),
    B(
        "Доля стационарных визитов в Москве за 2023 год, в процентах",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'inpatient') / count(*), 1) "
        "FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2023",
        "share",
    ),
    B(
        "What share of all visits came from Moscow?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE city = 'Moscow') / count(*), 1) FROM visits",
        "share",
    ),
    B(
        "Какой процент зарегистрированных пациентов составляют женщины?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE sex = 'F') / count(*), 1) FROM patients",
        "share",
    ),
    B(
        "What fraction of Kazan visits in 2022 went to Pediatrics? Give it as a percentage.",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE department = 'Pediatrics') / count(*), 1) "
        "FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "Какую долю от всех расходов за 2024 год составили стационарные случаи?",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE visit_type = 'inpatient') / sum(cost_rub), 1) "
        "FROM visits WHERE year(visit_date) = 2024",
        "share",
    ),
    B(
        "Share of 2025 visits made by patients aged 65 and over, in %",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit >= 65) / count(*), 1) "
        "FROM visits WHERE year(visit_date) = 2025",
        "share",
    ),
    B(
        "Какая доля визитов с гриппом (J09–J11) пришлась на детей до 18 лет?",
        "number",
        f"SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit < 18) / count(*), 1) "
        f"FROM visits WHERE icd10_code IN {_FLU}",
        "share",
    ),
    B(
        "Among patients who had at least one visit in 2023, what percent were men?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE p.sex = 'M') / count(*), 1) FROM patients p "
        "WHERE p.patient_id IN (SELECT patient_id FROM visits WHERE year(visit_date) = 2023)",
        "share",
    ),
    B(
        "Процент экстренных обращений в Новосибирске в 2025 году",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'emergency') / count(*), 1) "
        "FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2025",
        "share",
    ),
    B(
        "Какой процент визитов в 2021 году был связан с COVID-19 (U07.1 или U07.2)?",
        "number",
        f"SELECT round(100.0 * count(*) FILTER (WHERE icd10_code IN {_COVID}) / count(*), 1) "
        f"FROM visits WHERE year(visit_date) = 2021",
        "share",
    ),
    # ------------------------------------------------------------------ comparison
    B(
        "Were there more flu visits (J09–J11) in 2022 or in 2023?",
        "rows",
        f"SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE icd10_code IN {_FLU} "
        f"AND year(visit_date) IN (2022, 2023) GROUP BY 1 ORDER BY 1",
        "comparison",
        False,
    ),
    B(
        "Где было больше визитов в 2024 году — в Казани или в Екатеринбурге?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE city IN ('Kazan', 'Yekaterinburg') "
        "AND year(visit_date) = 2024 GROUP BY city ORDER BY city",
        "comparison",
        False,
    ),
    B(
        "How many more visits did Moscow have than Saint Petersburg in 2021?",
        "number",
        "SELECT count(*) FILTER (WHERE city = 'Moscow') - count(*) FILTER (WHERE city = 'Saint Petersburg') "
        "FROM visits WHERE year(visit_date) = 2021",
        "comparison",
    ),
    B(
        "На сколько выросло общее число обращений в 2025 году по сравнению с 2021 годом?",
        "number",
        "SELECT count(*) FILTER (WHERE year(visit_date) = 2025) - count(*) FILTER (WHERE year(visit_date) = 2021) "
        "FROM visits",
        "comparison",
    ),
    B(
        "Compare the average cost of an inpatient visit in Moscow vs Saint Petersburg in 2024",
        "rows",
        "SELECT city, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE visit_type = 'inpatient' "
        "AND city IN ('Moscow', 'Saint Petersburg') AND year(visit_date) = 2024 GROUP BY city ORDER BY city",
        "comparison",
        False,
    ),
    B(
        "Визитов с мигренью (G43) больше у мужчин или у женщин?",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.icd10_code = 'G43' GROUP BY p.sex ORDER BY p.sex",
        "comparison",
        False,
    ),
    B(
        "Did Cardiology or Neurology see more distinct patients in 2022?",
        "rows",
        "SELECT department, count(DISTINCT patient_id) AS patients FROM visits "
        "WHERE department IN ('Cardiology', 'Neurology') AND year(visit_date) = 2022 "
        "GROUP BY department ORDER BY department",
        "comparison",
        False,
    ),
    B(
        "Сравни число экстренных визитов в первом и втором квартале 2024 года",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(*) AS visits FROM visits "
        "WHERE visit_type = 'emergency' AND visit_date BETWEEN DATE '2024-01-01' AND DATE '2024-06-30' "
        "GROUP BY 1 ORDER BY 1",
        "comparison",
        False,
    ),
    B(
        "emergency visits: Q3 2023 vs Q3 2024?",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(*) AS visits FROM visits "
        "WHERE visit_type = 'emergency' AND quarter(visit_date) = 3 AND year(visit_date) IN (2023, 2024) "
        "GROUP BY 1 ORDER BY 1",
        "comparison",
        False,
    ),
    B(
        "Во сколько раз визитов в Москве больше, чем в Казани, за 2023 год?",
        "number",
        "SELECT round(count(*) FILTER (WHERE city = 'Moscow') / count(*) FILTER (WHERE city = 'Kazan'), 2) "
        "FROM visits WHERE year(visit_date) = 2023",
        "comparison",
    ),
    B(
        "Пневмоний (J12–J18) в 2023 году было больше или меньше, чем в 2022-м?",
        "rows",
        f"SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE icd10_code IN {_PNEU} "
        f"AND year(visit_date) IN (2022, 2023) GROUP BY 1 ORDER BY 1",
        "comparison",
        False,
    ),
    # ------------------------------------------------------------------ exclusion
    B(
        "How many visits were there in all cities except Moscow in 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE city <> 'Moscow' AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Сколько визитов в сумме было за 2024 год во всех городах, кроме Москвы и СПб?",
        "number",
        "SELECT count(*) FROM visits WHERE city NOT IN ('Moscow', 'Saint Petersburg') AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Top 5 diagnoses in 2024 other than J06",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE icd10_code <> 'J06' AND year(visit_date) = 2024 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 5",
        "exclusion",
    ),
    B(
        "Сколько визитов в Казани в 2022 году, не считая детей?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND age_at_visit >= 18 AND year(visit_date) = 2022",
        "exclusion",
    ),
    B(
        "Average cost per visit in 2025 excluding inpatient stays",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE visit_type <> 'inpatient' AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Сколько неэкстренных визитов было в Екатеринбурге в 2021 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND visit_type <> 'emergency' "
        "AND year(visit_date) = 2021",
        "exclusion",
    ),
    B(
        "Visits by department in Novosibirsk in 2023, leaving out Therapy",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND department <> 'Therapy' "
        "AND year(visit_date) = 2023 GROUP BY department ORDER BY department",
        "exclusion",
        False,
    ),
    B(
        "Общие затраты на лечение в Москве за 2022 год без учёта стационара",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Moscow' AND visit_type <> 'inpatient' "
        "AND year(visit_date) = 2022",
        "exclusion",
    ),
    B(
        "How many 2024 visits were for anything other than respiratory diseases (ICD-10 chapter X)?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE d.chapter <> 'X. Diseases of the respiratory system' AND year(v.visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Сколько обращений в Санкт-Петербурге за 2025 год, если исключить Приморский и Невский районы?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND district NOT IN ('Primorsky', 'Nevsky') "
        "AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Топ-3 отделения Москвы за 2024 год, не считая терапии и педиатрии",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Moscow' "
        "AND department NOT IN ('Therapy', 'Pediatrics') AND year(visit_date) = 2024 "
        "GROUP BY department ORDER BY visits DESC, department LIMIT 3",
        "exclusion",
    ),
    # ------------------------------------------------------------------ age_range
    B(
        "How many visits by patients aged 30 to 40 were there in Moscow in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND age_at_visit BETWEEN 30 AND 40 "
        "AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Сколько визитов было у пациентов 80 лет и старше в 2023 году?",
        "number",
        "SELECT count(*) FROM visits WHERE age_at_visit >= 80 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Number of visits for children under 5 in Kazan in 2025",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND age_at_visit < 5 AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "Сколько подростков 13–17 лет обращались к нам в 2024 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE age_at_visit BETWEEN 13 AND 17 "
        "AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Visits from patients over 60 in Novosibirsk, 2022",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND age_at_visit > 60 AND year(visit_date) = 2022",
        "age_range",
    ),
    B(
        "Сколько визитов было у пациентов от 18 до 35 лет в Екатеринбурге за 2023 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND age_at_visit BETWEEN 18 AND 35 "
        "AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "What are the top 3 diagnoses among people 75 or older in 2024?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE age_at_visit >= 75 AND year(visit_date) = 2024 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 3",
        "age_range",
    ),
    B(
        "Количество обращений детей младше 14 лет в педиатрию в 2021 году",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Pediatrics' AND age_at_visit < 14 "
        "AND year(visit_date) = 2021",
        "age_range",
    ),
    B(
        "Average cost of a visit for patients between 45 and 60 in 2025",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE age_at_visit BETWEEN 45 AND 60 AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "Сколько визитов у пациентов старше 90 лет за всё время?",
        "number",
        "SELECT count(*) FROM visits WHERE age_at_visit > 90",
        "age_range",
    ),
    B(
        "Сколько визитов в 2025 году пришлось на людей в возрасте 50–59 лет?",
        "number",
        "SELECT count(*) FROM visits WHERE age_at_visit BETWEEN 50 AND 59 AND year(visit_date) = 2025",
        "age_range",
    ),
    # ------------------------------------------------------------------ money
    B(
        "What was the total cost of all visits in 2024?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE year(visit_date) = 2024",
        "money",
    ),
    B(
        "Во сколько в среднем обходится один стационарный случай в Москве в 2025 году?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2025",
        "money",
    ),
    B(
        "How much money went on Oncology in 2023?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE department = 'Oncology' AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "Суммарная стоимость визитов по городам за 2022 год",
        "rows",
        "SELECT city, sum(cost_rub) AS total_cost FROM visits WHERE year(visit_date) = 2022 "
        "GROUP BY city ORDER BY city",
        "money",
        False,
    ),
    B(
        "Average cost per visit by visit type in 2025",
        "rows",
        "SELECT visit_type, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE year(visit_date) = 2025 "
        "GROUP BY visit_type ORDER BY visit_type",
        "money",
        False,
    ),
    B(
        "Сколько денег ушло на лечение пневмонии (J12–J18) в 2024 году?",
        "number",
        f"SELECT sum(cost_rub) FROM visits WHERE icd10_code IN {_PNEU} AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "Total spend on emergency visits in Kazan in 2021",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Kazan' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2021",
        "money",
    ),
    B(
        "Средняя стоимость визита в кардиологии в Новосибирске за 2023 год",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND department = 'Cardiology' "
        "AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "What's the median cost of an inpatient visit across all years?",
        "number",
        "SELECT round(median(cost_rub), 2) FROM visits WHERE visit_type = 'inpatient'",
        "money",
    ),
    B(
        "Какое отделение было самым затратным в 2024 году?",
        "rows",
        "SELECT department, sum(cost_rub) AS total_cost FROM visits WHERE year(visit_date) = 2024 "
        "GROUP BY department ORDER BY total_cost DESC, department LIMIT 1",
        "money",
    ),
    B(
        "Сколько в рублях стоили все визиты с диагнозом E11 (сахарный диабет 2 типа) в 2025 году?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE icd10_code = 'E11' AND year(visit_date) = 2025",
        "money",
    ),
    # ------------------------------------------------------------------ distinct_patients
    B(
        "How many distinct patients visited in each quarter of 2024?",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(DISTINCT patient_id) AS patients "
        "FROM visits WHERE year(visit_date) = 2024 GROUP BY 1 ORDER BY 1",
        "distinct_patients",
    ),
    B(
        "Сколько уникальных пациентов обратилось в Казани в 2023 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    B(
        "Number of unique patients with type 2 diabetes (E11) in 2025",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code = 'E11' AND year(visit_date) = 2025",
        "distinct_patients",
    ),
    B(
        "Сколько разных пациентов побывало в стационаре в 2022 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2022",
        "distinct_patients",
    ),
    B(
        "How many individual patients did our Saint Petersburg clinics see in 2021?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2021",
        "distinct_patients",
    ),
    B(
        "Число уникальных пациентов по годам",
        "rows",
        "SELECT year(visit_date) AS year, count(DISTINCT patient_id) AS patients FROM visits GROUP BY 1 ORDER BY 1",
        "distinct_patients",
    ),
    B(
        "How many different people came in with COVID-19 (U07.1 or U07.2) in 2021?",
        "number",
        f"SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code IN {_COVID} AND year(visit_date) = 2021",
        "distinct_patients",
    ),
    B(
        "Сколько человек хотя бы раз обращались экстренно в Москве в 2024 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "Unique patients by city in 2025",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE year(visit_date) = 2025 "
        "GROUP BY city ORDER BY city",
        "distinct_patients",
        False,
    ),
    B(
        "Сколько пациентов наблюдалось у эндокринологов в Екатеринбурге в 2023 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Endocrinology' "
        "AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    B(
        "Сколько уникальных пациентов было в каждом квартале 2023 года в Новосибирске?",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(DISTINCT patient_id) AS patients "
        "FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2023 GROUP BY 1 ORDER BY 1",
        "distinct_patients",
    ),
    # ------------------------------------------------------------------ trend
    B(
        "Monthly number of visits in Kazan in 2024",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Kazan' "
        "AND year(visit_date) = 2024 GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Динамика экстренных обращений по годам",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE visit_type = 'emergency' "
        "GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Show quarterly flu visits (J09–J11) for 2022–2023",
        "rows",
        f"SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(*) AS visits FROM visits "
        f"WHERE icd10_code IN {_FLU} AND year(visit_date) IN (2022, 2023) GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Как менялось количество госпитализаций по месяцам в 2025 году?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' "
        "AND year(visit_date) = 2025 GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Yearly trend of average visit cost",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(cost_rub), 2) AS avg_cost FROM visits GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Помесячная динамика визитов с COVID-19 (U07.1) в 2021 году",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE icd10_code = 'U07.1' "
        "AND year(visit_date) = 2021 GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Visits per year in Novosibirsk",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Поквартальная динамика обращений в кардиологию в Москве за 2024 год",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(*) AS visits FROM visits "
        "WHERE city = 'Moscow' AND department = 'Cardiology' AND year(visit_date) = 2024 GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "how did the number of Pediatrics visits change year over year?",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE department = 'Pediatrics' "
        "GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Число уникальных пациентов по месяцам за первое полугодие 2023 года",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(DISTINCT patient_id) AS patients FROM visits "
        "WHERE visit_date BETWEEN DATE '2023-01-01' AND DATE '2023-06-30' GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Покажи по годам, сколько тратили на онкологию (отделение онкологии)",
        "rows",
        "SELECT year(visit_date) AS year, sum(cost_rub) AS total_cost FROM visits WHERE department = 'Oncology' "
        "GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    # ------------------------------------------------------------------ breakdown
    B(
        "Break down 2024 visits by visit type",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE year(visit_date) = 2024 "
        "GROUP BY visit_type ORDER BY visit_type",
        "breakdown",
        False,
    ),
    B(
        "Распределение визитов по полу за 2023 год",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE year(v.visit_date) = 2023 GROUP BY p.sex ORDER BY p.sex",
        "breakdown",
        False,
    ),
    B(
        "Visits by department in Yekaterinburg for 2025",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2025 "
        "GROUP BY department ORDER BY department",
        "breakdown",
        False,
    ),
    B(
        "Разбивка обращений в Казани за 2022 год по районам",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2022 "
        "GROUP BY district ORDER BY district",
        "breakdown",
        False,
    ),
    B(
        "Number of visits in 2021 per ICD-10 chapter",
        "rows",
        "SELECT d.chapter, count(*) AS visits FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE year(v.visit_date) = 2021 GROUP BY d.chapter ORDER BY d.chapter",
        "breakdown",
        False,
    ),
    B(
        "Сколько визитов каждого типа было в Санкт-Петербурге за 2024 год?",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2024 "
        "GROUP BY visit_type ORDER BY visit_type",
        "breakdown",
        False,
    ),
    B(
        "Split the inpatient visits in Moscow in 2023 by sex",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Moscow' AND v.visit_type = 'inpatient' AND year(v.visit_date) = 2023 "
        "GROUP BY p.sex ORDER BY p.sex",
        "breakdown",
        False,
    ),
    B(
        "Количество визитов по городам за 2025 год",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE year(visit_date) = 2025 GROUP BY city ORDER BY city",
        "breakdown",
        False,
    ),
    B(
        "Emergency visits broken down by city and year",
        "rows",
        "SELECT city, year(visit_date) AS year, count(*) AS visits FROM visits WHERE visit_type = 'emergency' "
        "GROUP BY city, year ORDER BY city, year",
        "breakdown",
        False,
    ),
    B(
        "Структура визитов в Новосибирске по отделениям за 2021 год",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2021 "
        "GROUP BY department ORDER BY department",
        "breakdown",
        False,
    ),
    B(
        "Сколько пациентов каждого пола у нас в базе?",
        "rows",
        "SELECT sex, count(*) AS patients FROM patients GROUP BY sex ORDER BY sex",
        "breakdown",
        False,
    ),
    # ------------------------------------------------------------------ follow_up
    B(
        "And in Moscow?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="How many visits were there in Kazan in 2023?",
    ),
    B(
        "А в 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2025",
        "follow_up",
        follow_up_of="Сколько визитов было в Новосибирске в 2024 году?",
    ),
    B(
        "same for 2024",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2024 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 5",
        "follow_up",
        follow_up_of="Top 5 diagnoses in Saint Petersburg in 2022 by number of visits",
    ),
    B(
        "а по отделениям?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Moscow' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2023 GROUP BY department ORDER BY department",
        "follow_up",
        False,
        follow_up_of="Сколько стационарных визитов было в Москве в 2023 году?",
    ),
    B(
        "and the average per visit?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2024",
        "follow_up",
        follow_up_of="What was the total cost of visits in Yekaterinburg in 2024?",
    ),
    B(
        "А среди женщин?",
        "number",
        "SELECT count(DISTINCT v.patient_id) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.department = 'Cardiology' AND p.sex = 'F' AND year(v.visit_date) = 2022",
        "follow_up",
        follow_up_of="Сколько уникальных пациентов обращалось в кардиологию в 2022 году?",
    ),
    B(
        "now only the emergency ones",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Kazan' "
        "AND visit_type = 'emergency' AND year(visit_date) = 2025 GROUP BY 1 ORDER BY 1",
        "follow_up",
        follow_up_of="Monthly visits in Kazan in 2025",
    ),
    B(
        "А в Питере?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'emergency') / count(*), 1) FROM visits "
        "WHERE city = 'Saint Petersburg' AND year(visit_date) = 2024",
        "follow_up",
        follow_up_of="Какая доля экстренных визитов в Москве за 2024 год, в процентах?",
    ),
    B(
        "break that down by city",
        "rows",
        f"SELECT city, count(*) AS visits FROM visits WHERE icd10_code IN {_FLU} AND year(visit_date) = 2023 "
        f"GROUP BY city ORDER BY city",
        "follow_up",
        False,
        follow_up_of="How many flu visits (J09–J11) were there in 2023?",
    ),
    B(
        "а у взрослых?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND age_at_visit >= 18 AND year(visit_date) = 2022",
        "follow_up",
        follow_up_of="Сколько визитов было у детей до 18 лет в Казани в 2022 году?",
    ),
    B(
        "а три наименее загруженных?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2023 "
        "GROUP BY department ORDER BY visits ASC, department LIMIT 3",
        "follow_up",
        follow_up_of="Топ-3 отделения в Екатеринбурге за 2023 год по числу визитов",
    ),
    # ------------------------------------------------------------------ clarify
    B(
        "Top 5 in Novosibirsk for 2023",
        "clarify",
        "top 5 of what: diagnoses, departments, districts?",
        "clarify",
    ),
    B(
        "Сколько визитов было в Кировском районе в 2024 году?",
        "clarify",
        "which city: Kirovsky district exists in Kazan, Novosibirsk, Saint Petersburg and Yekaterinburg",
        "clarify",
    ),
    B("How many visits did we have in March?", "clarify", "which year's March", "clarify"),
    B(
        "Сколько обращений было в Самаре в 2023 году?",
        "clarify",
        "Samara is not in the data (only Moscow, Saint Petersburg, Kazan, Novosibirsk, Yekaterinburg)",
        "clarify",
    ),
    B(
        "How many patients from the Sovetsky district came in during 2022?",
        "clarify",
        "which city: Sovetsky district exists in Kazan and Novosibirsk",
        "clarify",
    ),
    B("Покажи динамику", "clarify", "dynamics of what metric and over which period", "clarify"),
    B("Compare the two cities for 2024", "clarify", "which two cities and which metric", "clarify"),
    B(
        "Сколько визитов в Центральном районе за 2023 год?",
        "clarify",
        "which city: Central (Moscow) or Tsentralny (Saint Petersburg, Novosibirsk)",
        "clarify",
    ),
    B(
        "How many visits in Omsk in 2024?",
        "clarify",
        "Omsk is not in the data; which of the covered cities is meant",
        "clarify",
    ),
    B("Какая доля за октябрь?", "clarify", "share of what, and October of which year", "clarify"),
    B(
        "Сколько визитов в Ленинском районе в 2025 году?",
        "clarify",
        "which city: Leninsky district exists in Novosibirsk and Yekaterinburg",
        "clarify",
    ),
    # ------------------------------------------------------------------ out_of_scope
    B("What will the weather be like in Moscow tomorrow?", "out_of_scope", kind="out_of_scope"),
    B("Сколько стоит упаковка метформина в аптеке?", "out_of_scope", kind="out_of_scope"),
    B("What is the full name of patient 10234?", "out_of_scope", kind="out_of_scope"),
    B("Какой врач принял больше всего пациентов в 2024 году?", "out_of_scope", kind="out_of_scope"),
    B(
        "What's the average length of hospital stay for inpatients in 2023?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    B("Сколько пациентов умерло в стационаре в 2022 году?", "out_of_scope", kind="out_of_scope"),
    B(
        "What's the current bed occupancy rate in Kazan hospitals?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    B("Какие препараты чаще всего назначают при гипертонии?", "out_of_scope", kind="out_of_scope"),
    B(
        "Which insurance companies paid for the most visits last year?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    B("Какая зарплата у терапевтов в Екатеринбурге?", "out_of_scope", kind="out_of_scope"),
    # ------------------------------------------------------------------ colloquial
    B(
        "скока визитов было в новосибе в 2023",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "how many ppl had emergency visits in kazan in 2024",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "какая средняя стоимасть визита в питере за 2022",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2022",
        "colloquial",
    ),
    B(
        "сколько раз клали в стационар в екб в 2025-м",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "сколько народу обращалось за медпомощью в казани в 2021",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2021",
        "colloquial",
    ),
    B(
        "total rubles spent on cardiology in msk 2023",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Moscow' AND department = 'Cardiology' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "whats the # of flu visits in 2024 (J09-J11)",
        "number",
        f"SELECT count(*) FROM visits WHERE icd10_code IN {_FLU} AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "кол-во визитов по отделениям в мск за 24й год",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2024 "
        "GROUP BY department ORDER BY department",
        "colloquial",
        False,
    ),
    B(
        "скока детишек до 5 лет приводили в педиатрию в новосибе за 2022",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Novosibirsk' AND department = 'Pediatrics' "
        "AND age_at_visit < 5 AND year(visit_date) = 2022",
        "colloquial",
    ),
    B(
        "hw many visits in yekat in jan 2025",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' "
        "AND visit_date BETWEEN DATE '2025-01-01' AND DATE '2025-01-31'",
        "colloquial",
    ),
    B(
        "топ 3 диагноза у бабушек 80+ за 2024",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE p.sex = 'F' AND v.age_at_visit >= 80 AND year(v.visit_date) = 2024 "
        "GROUP BY v.icd10_code ORDER BY visits DESC, v.icd10_code LIMIT 3",
        "colloquial",
    ),
    # ------------------------------------------------------------------ average_age
    B(
        "What is the average age at visit in Cardiology in 2024?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE department = 'Cardiology' AND year(visit_date) = 2024",
        "average_age",
    ),
    B(
        "Средний возраст пациентов на момент обращения с инфарктом миокарда (I21)",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE icd10_code = 'I21'",
        "average_age",
    ),
    B(
        "Average age at visit for emergency visits, by city, 2023",
        "rows",
        "SELECT city, round(avg(age_at_visit), 1) AS avg_age FROM visits WHERE visit_type = 'emergency' "
        "AND year(visit_date) = 2023 GROUP BY city ORDER BY city",
        "average_age",
        False,
    ),
    B(
        "Какой средний возраст пациентов педиатрического отделения на момент визита?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE department = 'Pediatrics'",
        "average_age",
    ),
    B(
        "Средний возраст на момент визита у пациенток гинекологии в 2025 году",
        "number",
        "SELECT round(avg(v.age_at_visit), 1) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.department = 'Gynecology' AND p.sex = 'F' AND year(v.visit_date) = 2025",
        "average_age",
    ),
    # ------------------------------------------------------------------ per_patient
    B(
        "On average, how many visits per patient were there in 2024?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE year(visit_date) = 2024",
        "per_patient",
    ),
    B(
        "Среднее число визитов на одного пациента в Казани за 2023 год",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Kazan' "
        "AND year(visit_date) = 2023",
        "per_patient",
    ),
    B(
        "Average spend per patient in 2025",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE year(visit_date) = 2025",
        "per_patient",
    ),
    B(
        "Сколько в среднем обращений с диагнозом E11 приходится на одного пациента с диабетом 2 типа за весь период?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE icd10_code = 'E11'",
        "per_patient",
    ),
    # ------------------------------------------------------------------ date_range
    B(
        "How many visits were there in the first half of 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE visit_date BETWEEN DATE '2023-01-01' AND DATE '2023-06-30'",
        "date_range",
    ),
    B(
        "Сколько визитов было с декабря 2023 по февраль 2024 включительно?",
        "number",
        "SELECT count(*) FROM visits WHERE visit_date BETWEEN DATE '2023-12-01' AND DATE '2024-02-29'",
        "date_range",
    ),
    B(
        "Visits in Moscow between March 1 and May 31, 2022",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' "
        "AND visit_date BETWEEN DATE '2022-03-01' AND DATE '2022-05-31'",
        "date_range",
    ),
    B(
        "Сколько обращений с гриппом (J09–J11) было в январе 2025 года?",
        "number",
        f"SELECT count(*) FROM visits WHERE icd10_code IN {_FLU} "
        f"AND visit_date BETWEEN DATE '2025-01-01' AND DATE '2025-01-31'",
        "date_range",
    ),
    B(
        "Number of emergency visits in the second half of 2024",
        "number",
        "SELECT count(*) FROM visits WHERE visit_type = 'emergency' "
        "AND visit_date BETWEEN DATE '2024-07-01' AND DATE '2024-12-31'",
        "date_range",
    ),
    B(
        "Сколько визитов в Санкт-Петербурге с 15 по 31 декабря 2024 года?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' "
        "AND visit_date BETWEEN DATE '2024-12-15' AND DATE '2024-12-31'",
        "date_range",
    ),
    # ------------------------------------------------------------------ diagnosis_group (families, chapters)
    B(
        "How many visits for mental and behavioural disorders (ICD-10 chapter V) in 2024?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE d.chapter = 'V. Mental and behavioural disorders' AND year(v.visit_date) = 2024",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов по классу «Новообразования» (C00–D48) в 2023 году?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE d.chapter = 'II. Neoplasms' AND year(v.visit_date) = 2023",
        "diagnosis_group",
    ),
    B(
        "Number of visits for any influenza code (J09–J11) in Novosibirsk, 2022",
        "number",
        f"SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND icd10_code IN {_FLU} AND year(visit_date) = 2022",
        "diagnosis_group",
    ),
    B(
        "Сколько обращений с травмами и отравлениями (S00–T98) в Екатеринбурге в 2025 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND (icd10_code LIKE 'S%' OR icd10_code LIKE 'T%') "
        "AND year(visit_date) = 2025",
        "diagnosis_group",
    ),
    B(
        "How many visits with a malignant neoplasm code (C00–C97) were there in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code LIKE 'C%' AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    B(
        "Количество визитов с болезнями системы кровообращения (I00–I99) в Москве за 2021 год",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code LIKE 'I%' AND year(visit_date) = 2021",
        "diagnosis_group",
    ),
)


RESERVE: tuple[BlindCase, ...] = (
    # count
    B(
        "How many outpatient visits were there in Moscow in 2022?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND visit_type = 'outpatient' AND year(visit_date) = 2022",
        "count",
    ),
    B(
        "Сколько визитов зафиксировано в Казани за 2021 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2021",
        "count",
    ),
    B(
        "How many times was I10 coded in Saint Petersburg in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'I10' AND year(visit_date) = 2024",
        "count",
    ),
    B(
        "Сколько обращений в травматологию было в Екатеринбурге в 2025 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Traumatology' "
        "AND year(visit_date) = 2025",
        "count",
    ),
    B(
        "Сколько визитов было в Зеленоградском округе Москвы в 2023 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND district = 'Zelenogradsky' AND year(visit_date) = 2023",
        "count",
    ),
    # top
    B(
        "Top 3 districts in Kazan by visits in 2023",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2023 "
        "GROUP BY district ORDER BY visits DESC, district LIMIT 3",
        "top",
    ),
    B(
        "Пять самых частых диагнозов в Екатеринбурге за 2024 год",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2024 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 5",
        "top",
    ),
    B(
        "Which city had the most inpatient visits in 2022?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2022 "
        "GROUP BY city ORDER BY visits DESC, city LIMIT 1",
        "top",
    ),
    B(
        "Топ-3 отделения по расходам в Москве за 2024 год",
        "rows",
        "SELECT department, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2024 "
        "GROUP BY department ORDER BY total_cost DESC, department LIMIT 3",
        "top",
    ),
    B(
        "Most frequent diagnosis among emergency visits in 2025?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE visit_type = 'emergency' AND year(visit_date) = 2025 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 1",
        "top",
    ),
    # fewest
    B(
        "Какое отделение было наименее загруженным в Казани в 2023 году?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2023 "
        "GROUP BY department ORDER BY visits ASC, department LIMIT 1",
        "fewest",
    ),
    B(
        "Which 3 Moscow districts had the fewest visits in 2024?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2024 "
        "GROUP BY district ORDER BY visits ASC, district LIMIT 3",
        "fewest",
    ),
    B(
        "Три самых малочисленных по визитам класса МКБ-10 за 2024 год",
        "rows",
        "SELECT d.chapter, count(*) AS visits FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE year(v.visit_date) = 2024 GROUP BY d.chapter ORDER BY visits ASC, d.chapter LIMIT 3",
        "fewest",
    ),
    B(
        "Which city had the fewest inpatient visits in 2021?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2021 "
        "GROUP BY city ORDER BY visits ASC, city LIMIT 1",
        "fewest",
    ),
    B(
        "Какой район Екатеринбурга дал меньше всего визитов за всё время?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' "
        "GROUP BY district ORDER BY visits ASC, district LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "What percentage of 2023 visits were inpatient?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'inpatient') / count(*), 1) FROM visits "
        "WHERE year(visit_date) = 2023",
        "share",
    ),
    B(
        "Какая доля всех визитов пришлась на Санкт-Петербург?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE city = 'Saint Petersburg') / count(*), 1) FROM visits",
        "share",
    ),
    B(
        "What share of Traumatology visits in 2024 were emergency visits?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'emergency') / count(*), 1) FROM visits "
        "WHERE department = 'Traumatology' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "Доля визитов женщин в 2025 году, %",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE p.sex = 'F') / count(*), 1) FROM visits v "
        "JOIN patients p USING (patient_id) WHERE year(v.visit_date) = 2025",
        "share",
    ),
    B(
        "Какой процент расходов 2023 года пришёлся на Москву?",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE city = 'Moscow') / sum(cost_rub), 1) FROM visits "
        "WHERE year(visit_date) = 2023",
        "share",
    ),
    # comparison
    B(
        "Где было больше визитов с COVID-19 (U07.1) в 2021 году — в Москве или в Санкт-Петербурге?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE icd10_code = 'U07.1' AND year(visit_date) = 2021 "
        "AND city IN ('Moscow', 'Saint Petersburg') GROUP BY city ORDER BY city",
        "comparison",
        False,
    ),
    B(
        "How many more inpatient visits were there in 2025 than in 2024?",
        "number",
        "SELECT count(*) FILTER (WHERE year(visit_date) = 2025) - count(*) FILTER (WHERE year(visit_date) = 2024) "
        "FROM visits WHERE visit_type = 'inpatient'",
        "comparison",
    ),
    B(
        "Сравни среднюю стоимость экстренного визита в Казани и Новосибирске за 2023 год",
        "rows",
        "SELECT city, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE visit_type = 'emergency' "
        "AND city IN ('Kazan', 'Novosibirsk') AND year(visit_date) = 2023 GROUP BY city ORDER BY city",
        "comparison",
        False,
    ),
    B(
        "Which had more visits in 2022: ENT or Ophthalmology?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE department IN ('ENT', 'Ophthalmology') "
        "AND year(visit_date) = 2022 GROUP BY department ORDER BY department",
        "comparison",
        False,
    ),
    B(
        "На сколько рублей больше потратили на стационар в 2024 году, чем в 2023?",
        "number",
        "SELECT sum(cost_rub) FILTER (WHERE year(visit_date) = 2024) - sum(cost_rub) FILTER (WHERE year(visit_date) = 2023) "
        "FROM visits WHERE visit_type = 'inpatient'",
        "comparison",
    ),
    # exclusion
    B(
        "Сколько визитов было в 2023 году во всех отделениях, кроме терапии?",
        "number",
        "SELECT count(*) FROM visits WHERE department <> 'Therapy' AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Non-emergency visits in 2024 by city",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type <> 'emergency' AND year(visit_date) = 2024 "
        "GROUP BY city ORDER BY city",
        "exclusion",
        False,
    ),
    B(
        "Средняя стоимость визита в Москве за 2025 год без учёта экстренных",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND visit_type <> 'emergency' "
        "AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "How many visits in Yekaterinburg in 2022, not counting patients under 18?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND age_at_visit >= 18 AND year(visit_date) = 2022",
        "exclusion",
    ),
    B(
        "Топ-5 диагнозов в Новосибирске за 2025 год, кроме J06 и I10",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND icd10_code NOT IN ('J06', 'I10') AND year(visit_date) = 2025 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 5",
        "exclusion",
    ),
    # age_range
    B(
        "How many visits by patients aged 18 to 25 in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE age_at_visit BETWEEN 18 AND 25 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Сколько пациентов 65 лет и старше обращались в кардиологию в 2023 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE department = 'Cardiology' AND age_at_visit >= 65 "
        "AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Number of visits by infants under 1 year old in 2025",
        "number",
        "SELECT count(*) FROM visits WHERE age_at_visit < 1 AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "Количество визитов пациентов от 40 до 49 лет в Казани за 2022 год",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND age_at_visit BETWEEN 40 AND 49 AND year(visit_date) = 2022",
        "age_range",
    ),
    B(
        "Сколько визитов у пациентов моложе 30 лет в Москве в 2021 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND age_at_visit < 30 AND year(visit_date) = 2021",
        "age_range",
    ),
    # money
    B(
        "Total cost of visits in Saint Petersburg in 2023",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "Сколько в среднем стоит амбулаторный приём в Казани в 2024 году?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND visit_type = 'outpatient' "
        "AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "How much did we spend on Traumatology in 2025?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE department = 'Traumatology' AND year(visit_date) = 2025",
        "money",
    ),
    B(
        "Суммарные расходы по типам визитов за 2021 год",
        "rows",
        "SELECT visit_type, sum(cost_rub) AS total_cost FROM visits WHERE year(visit_date) = 2021 "
        "GROUP BY visit_type ORDER BY visit_type",
        "money",
        False,
    ),
    B(
        "Average cost of a Neurology visit for each year",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(cost_rub), 2) AS avg_cost FROM visits "
        "WHERE department = 'Neurology' GROUP BY 1 ORDER BY 1",
        "money",
    ),
    # distinct_patients
    B(
        "Сколько уникальных пациентов было в 2025 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE year(visit_date) = 2025",
        "distinct_patients",
    ),
    B(
        "Distinct patients per month in Moscow in Q1 2024",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(DISTINCT patient_id) AS patients FROM visits "
        "WHERE city = 'Moscow' AND visit_date BETWEEN DATE '2024-01-01' AND DATE '2024-03-31' GROUP BY 1 ORDER BY 1",
        "distinct_patients",
    ),
    B(
        "Сколько разных пациентов обращались с астмой (J45) в 2023 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code = 'J45' AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    B(
        "How many unique patients did Gynecology see in 2024?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE department = 'Gynecology' AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "Количество уникальных пациентов по отделениям в Казани за 2025 год",
        "rows",
        "SELECT department, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Kazan' "
        "AND year(visit_date) = 2025 GROUP BY department ORDER BY department",
        "distinct_patients",
        False,
    ),
    # trend
    B(
        "Помесячное количество визитов в Москве за 2023 год",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Moscow' "
        "AND year(visit_date) = 2023 GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Quarterly total cost in 2025",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, sum(cost_rub) AS total_cost "
        "FROM visits WHERE year(visit_date) = 2025 GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Как менялось число визитов с пневмонией (J12–J18) по годам?",
        "rows",
        f"SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE icd10_code IN {_PNEU} "
        f"GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Monthly emergency visits in Saint Petersburg in 2022",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits "
        "WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' AND year(visit_date) = 2022 "
        "GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Динамика стационарных визитов в Екатеринбурге по кварталам за 2024 год",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(*) AS visits FROM visits "
        "WHERE city = 'Yekaterinburg' AND visit_type = 'inpatient' AND year(visit_date) = 2024 GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    # breakdown
    B(
        "Visits by sex in Kazan for 2024",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Kazan' AND year(v.visit_date) = 2024 GROUP BY p.sex ORDER BY p.sex",
        "breakdown",
        False,
    ),
    B(
        "Разбивка визитов по типам в Москве за 2022 год",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2022 "
        "GROUP BY visit_type ORDER BY visit_type",
        "breakdown",
        False,
    ),
    B(
        "How were 2023 emergency visits distributed across departments?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE visit_type = 'emergency' AND year(visit_date) = 2023 "
        "GROUP BY department ORDER BY department",
        "breakdown",
        False,
    ),
    B(
        "Распределение визитов по районам Екатеринбурга за 2025 год",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2025 "
        "GROUP BY district ORDER BY district",
        "breakdown",
        False,
    ),
    B(
        "Total cost by city in 2024",
        "rows",
        "SELECT city, sum(cost_rub) AS total_cost FROM visits WHERE year(visit_date) = 2024 "
        "GROUP BY city ORDER BY city",
        "breakdown",
        False,
    ),
    # follow_up
    B(
        "What about 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'inpatient' AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="How many inpatient visits were there in Novosibirsk in 2022?",
    ),
    B(
        "А в Казани?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2025 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 5",
        "follow_up",
        follow_up_of="Топ-5 диагнозов в Москве за 2025 год по числу визитов",
    ),
    B(
        "split by visit type",
        "rows",
        "SELECT visit_type, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2023 "
        "GROUP BY visit_type ORDER BY visit_type",
        "follow_up",
        False,
        follow_up_of="What was the total cost of visits in Kazan in 2023?",
    ),
    B(
        "а уникальных пациентов?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE department = 'Cardiology' AND year(visit_date) = 2024",
        "follow_up",
        follow_up_of="Сколько визитов было в кардиологии в 2024 году?",
    ),
    B(
        "А по месяцам?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits "
        "WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' AND year(visit_date) = 2023 GROUP BY 1 ORDER BY 1",
        "follow_up",
        follow_up_of="Сколько экстренных визитов было в Санкт-Петербурге в 2023 году?",
    ),
    # clarify
    B(
        "Сколько визитов в Октябрьском районе за 2023 год?",
        "clarify",
        "which city: Oktyabrsky district exists in Novosibirsk and Yekaterinburg",
        "clarify",
    ),
    B(
        "Show me the top 10 for Moscow",
        "clarify",
        "top 10 of what, and for which period",
        "clarify",
    ),
    B(
        "Сколько визитов было в Сочи в 2024 году?",
        "clarify",
        "Sochi is not in the data (only Moscow, Saint Petersburg, Kazan, Novosibirsk, Yekaterinburg)",
        "clarify",
    ),
    B(
        "How many visits in the Moskovsky district in 2025?",
        "clarify",
        "which city: Moskovsky district exists in Kazan and Saint Petersburg",
        "clarify",
    ),
    B("Сколько обращений было в июле?", "clarify", "July of which year", "clarify"),
    # out_of_scope
    B("What's the phone number of the Kazan clinic?", "out_of_scope", kind="out_of_scope"),
    B("Какой прогноз погоды на выходные в Новосибирске?", "out_of_scope", kind="out_of_scope"),
    B(
        "Which doctors had the highest patient satisfaction scores?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    B("Сколько стоит МРТ в частной клинике?", "out_of_scope", kind="out_of_scope"),
    B("Как зовут пациентку с самым большим числом визитов?", "out_of_scope", kind="out_of_scope"),
    # colloquial
    B(
        "скока стоил в среднем один визит в казани в прошлом году",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "how many kiddos under 10 went to ENT in spb in 2023",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND department = 'ENT' "
        "AND age_at_visit < 10 AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "чё по травматологии в екб за 2024, скока визитов",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Traumatology' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "# of ppl w/ type 2 diabetes (E11) in moscow 2025",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND icd10_code = 'E11' "
        "AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "скольких положили в больничку в новосибе в 2023",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    # extras
    B(
        "What's the mean age at visit for Parkinson disease (G20)?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE icd10_code = 'G20'",
        "average_age",
    ),
    B(
        "Средний возраст пациентов на момент визита по городам за 2024 год",
        "rows",
        "SELECT city, round(avg(age_at_visit), 1) AS avg_age FROM visits WHERE year(visit_date) = 2024 "
        "GROUP BY city ORDER BY city",
        "average_age",
        False,
    ),
    B(
        "How much was spent per patient in Moscow in 2023, on average?",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Moscow' "
        "AND year(visit_date) = 2023",
        "per_patient",
    ),
    B(
        "Сколько в среднем стационарных визитов приходится на одного госпитализированного пациента в 2025 году?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE visit_type = 'inpatient' "
        "AND year(visit_date) = 2025",
        "per_patient",
    ),
    B(
        "Сколько визитов было во втором полугодии 2022 года в Казани?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND visit_date BETWEEN DATE '2022-07-01' AND DATE '2022-12-31'",
        "date_range",
    ),
    B(
        "How many visits between 10 and 20 February 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE visit_date BETWEEN DATE '2023-02-10' AND DATE '2023-02-20'",
        "date_range",
    ),
    B(
        "How many COVID-19 visits (U07.1 or U07.2) were there in 2022 in total?",
        "number",
        f"SELECT count(*) FROM visits WHERE icd10_code IN {_COVID} AND year(visit_date) = 2022",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с болезнями органов дыхания (класс X МКБ-10) в Новосибирске за 2024 год?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Novosibirsk' "
        "AND d.chapter = 'X. Diseases of the respiratory system' AND year(v.visit_date) = 2024",
        "diagnosis_group",
    ),
    # ------------------------------------------------------------------ reserve, second batch
    # comparison
    B(
        "Во сколько раз стационарных визитов в Санкт-Петербурге больше, чем в Новосибирске, за 2024 год?",
        "number",
        "SELECT round(count(*) FILTER (WHERE city = 'Saint Petersburg') / count(*) FILTER (WHERE city = 'Novosibirsk'), 2) "
        "FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2024",
        "comparison",
    ),
    B(
        "На сколько больше визитов в неврологию было в 2025 году по сравнению с 2022-м?",
        "number",
        "SELECT count(*) FILTER (WHERE year(visit_date) = 2025) - count(*) FILTER (WHERE year(visit_date) = 2022) "
        "FROM visits WHERE department = 'Neurology'",
        "comparison",
    ),
    B(
        "Сравни число уникальных пациентов эндокринологии в Казани и Екатеринбурге за 2025 год",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE department = 'Endocrinology' "
        "AND city IN ('Kazan', 'Yekaterinburg') AND year(visit_date) = 2025 GROUP BY city ORDER BY city",
        "comparison",
        False,
    ),
    B(
        "How many more emergency visits did Saint Petersburg have than Yekaterinburg in 2023?",
        "number",
        "SELECT count(*) FILTER (WHERE city = 'Saint Petersburg') - count(*) FILTER (WHERE city = 'Yekaterinburg') "
        "FROM visits WHERE visit_type = 'emergency' AND year(visit_date) = 2023",
        "comparison",
    ),
    B(
        "Cardiology visits in Q1 2025 compared with Q1 2024",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(*) AS visits FROM visits "
        "WHERE department = 'Cardiology' AND quarter(visit_date) = 1 AND year(visit_date) IN (2024, 2025) "
        "GROUP BY 1 ORDER BY 1",
        "comparison",
        False,
    ),
    # share
    B(
        "What percentage of the unique patients seen in 2024 had at least one emergency visit that year?",
        "number",
        "SELECT round(100.0 * count(DISTINCT patient_id) FILTER (WHERE visit_type = 'emergency') "
        "/ count(DISTINCT patient_id), 1) FROM visits WHERE year(visit_date) = 2024",
        "share",
    ),
    B(
        "What share of total 2025 spending went to Cardiology, in percent?",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE department = 'Cardiology') / sum(cost_rub), 1) "
        "FROM visits WHERE year(visit_date) = 2025",
        "share",
    ),
    B(
        "Percentage of Moscow visits in 2022 that were coded J06",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE icd10_code = 'J06') / count(*), 1) "
        "FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "Какая доля визитов в Екатеринбурге за 2024 год пришлась на пациентов старше 65 лет? В процентах",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit > 65) / count(*), 1) "
        "FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "Какой процент пациентов, лежавших в стационаре в 2023 году, составляли женщины?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE p.sex = 'F') / count(*), 1) FROM patients p "
        "WHERE p.patient_id IN (SELECT patient_id FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2023)",
        "share",
    ),
    # exclusion
    B(
        "Сколько визитов было в Москве в 2024 году, кроме Зеленоградского и Троицкого округов?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND district NOT IN ('Zelenogradsky', 'Troitsky') "
        "AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Сколько уникальных пациентов было в 2025 году во всех городах, кроме Москвы?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city <> 'Moscow' AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Топ-3 диагноза у детей до 18 лет за 2024 год, исключая J06 и J00",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE age_at_visit < 18 "
        "AND icd10_code NOT IN ('J06', 'J00') AND year(visit_date) = 2024 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 3",
        "exclusion",
    ),
    B(
        "Total spend in 2023 excluding Therapy and Pediatrics",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE department NOT IN ('Therapy', 'Pediatrics') AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Which Saint Petersburg district had the most visits in 2024, other than Primorsky?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND district <> 'Primorsky' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY visits DESC, district LIMIT 1",
        "exclusion",
    ),
    # age_range
    B(
        "How many distinct patients aged 60 to 69 visited Cardiology in Moscow in 2024?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND department = 'Cardiology' "
        "AND age_at_visit BETWEEN 60 AND 69 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Average cost of an emergency visit for patients older than 70 in 2023",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE visit_type = 'emergency' AND age_at_visit > 70 "
        "AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Сколько визитов детей от 5 до 12 лет было в ЛОР-отделении в 2024 году?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'ENT' AND age_at_visit BETWEEN 5 AND 12 "
        "AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Количество госпитализаций пациентов в возрасте от 70 до 79 лет за 2025 год",
        "number",
        "SELECT count(*) FROM visits WHERE visit_type = 'inpatient' AND age_at_visit BETWEEN 70 AND 79 "
        "AND year(visit_date) = 2025",
        "age_range",
    ),
    # fewest
    B(
        "Which department had the fewest inpatient visits in Saint Petersburg in 2024?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024 GROUP BY department ORDER BY visits ASC, department LIMIT 1",
        "fewest",
    ),
    B(
        "Bottom 5 Saint Petersburg districts by number of unique patients in 2024",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Saint Petersburg' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY patients ASC, district LIMIT 5",
        "fewest",
    ),
    B(
        "В каком месяце 2024 года было меньше всего визитов?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE year(visit_date) = 2024 "
        "GROUP BY 1 ORDER BY visits ASC, month LIMIT 1",
        "fewest",
    ),
    B(
        "На какие два города пришлось меньше всего расходов на стационар в 2025 году?",
        "rows",
        "SELECT city, sum(cost_rub) AS total_cost FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2025 "
        "GROUP BY city ORDER BY total_cost ASC, city LIMIT 2",
        "fewest",
    ),
    # money
    B(
        "What was the average cost of an inpatient stay in Yekaterinburg in 2022?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2022",
        "money",
    ),
    B(
        "Total spending on Surgery in Saint Petersburg in 2024",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Surgery' "
        "AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "Average cost per visit by department in 2023",
        "rows",
        "SELECT department, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE year(visit_date) = 2023 "
        "GROUP BY department ORDER BY department",
        "money",
        False,
    ),
    B(
        "Сколько всего потратили на экстренную помощь в Новосибирске за 2025 год?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2025",
        "money",
    ),
    B(
        "Какова средняя стоимость одного визита с гипертонией (I10) в 2024 году?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE icd10_code = 'I10' AND year(visit_date) = 2024",
        "money",
    ),
    # breakdown
    B(
        "Break down 2025 inpatient visits by department",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2025 "
        "GROUP BY department ORDER BY department",
        "breakdown",
        False,
    ),
    B(
        "Unique patients by visit type in Saint Petersburg in 2022",
        "rows",
        "SELECT visit_type, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Saint Petersburg' "
        "AND year(visit_date) = 2022 GROUP BY visit_type ORDER BY visit_type",
        "breakdown",
        False,
    ),
    B(
        "Распределение госпитализаций по городам за 2023 год",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2023 "
        "GROUP BY city ORDER BY city",
        "breakdown",
        False,
    ),
    B(
        "Разбивка расходов по отделениям в Казани за 2024 год",
        "rows",
        "SELECT department, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2024 "
        "GROUP BY department ORDER BY department",
        "breakdown",
        False,
    ),
    # top
    B(
        "Top 5 Moscow districts by total cost in 2023",
        "rows",
        "SELECT district, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2023 "
        "GROUP BY district ORDER BY total_cost DESC, district LIMIT 5",
        "top",
    ),
    B(
        "Which 3 departments saw the most distinct patients in 2025?",
        "rows",
        "SELECT department, count(DISTINCT patient_id) AS patients FROM visits WHERE year(visit_date) = 2025 "
        "GROUP BY department ORDER BY patients DESC, department LIMIT 3",
        "top",
    ),
    B(
        "Три самых частых диагноза при экстренных обращениях в Санкт-Петербурге за 2024 год",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2024 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 3",
        "top",
    ),
    B(
        "Какой район Новосибирска лидирует по числу визитов за 2025 год?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2025 "
        "GROUP BY district ORDER BY visits DESC, district LIMIT 1",
        "top",
    ),
    # trend
    B(
        "Monthly J06 visits in Moscow in 2024",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Moscow' "
        "AND icd10_code = 'J06' AND year(visit_date) = 2024 GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Total spending in Kazan year by year",
        "rows",
        "SELECT year(visit_date) AS year, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Kazan' "
        "GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Как менялось число уникальных пациентов кардиологии по годам?",
        "rows",
        "SELECT year(visit_date) AS year, count(DISTINCT patient_id) AS patients FROM visits "
        "WHERE department = 'Cardiology' GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Поквартальная динамика экстренных визитов в Новосибирске за 2023–2024 годы",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(*) AS visits FROM visits "
        "WHERE city = 'Novosibirsk' AND visit_type = 'emergency' AND year(visit_date) IN (2023, 2024) "
        "GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    # distinct_patients
    B(
        "How many unique patients had an inpatient stay in Kazan in 2024?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "How many different patients have ever had a visit for atrial fibrillation (I48)?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code = 'I48'",
        "distinct_patients",
    ),
    B(
        "Сколько разных пациентов побывало у неврологов в Новосибирске в 2025 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Novosibirsk' AND department = 'Neurology' "
        "AND year(visit_date) = 2025",
        "distinct_patients",
    ),
    B(
        "Число уникальных пациентов в каждом районе Казани за 2023 год",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Kazan' "
        "AND year(visit_date) = 2023 GROUP BY district ORDER BY district",
        "distinct_patients",
        False,
    ),
    # date_range
    B(
        "How many visits were there from October 1 to November 15, 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE visit_date BETWEEN DATE '2024-10-01' AND DATE '2024-11-15'",
        "date_range",
    ),
    B(
        "Number of inpatient visits in Saint Petersburg between June 1 and August 31, 2023",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'inpatient' "
        "AND visit_date BETWEEN DATE '2023-06-01' AND DATE '2023-08-31'",
        "date_range",
    ),
    B(
        "Сколько визитов было с 1 по 10 января 2025 года?",
        "number",
        "SELECT count(*) FROM visits WHERE visit_date BETWEEN DATE '2025-01-01' AND DATE '2025-01-10'",
        "date_range",
    ),
    B(
        "Сколько экстренных обращений было в Казани с марта по май 2023 года?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND visit_type = 'emergency' "
        "AND visit_date BETWEEN DATE '2023-03-01' AND DATE '2023-05-31'",
        "date_range",
    ),
    # colloquial
    B(
        "скока денег ушло на кардиологию в питере в 2024",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Cardiology' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "сколко пациетов было в эндокринологии в казане в 2023 году",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'Endocrinology' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "hw mny visits to neurology in kazan 2022??",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'Neurology' AND year(visit_date) = 2022",
        "colloquial",
    ),
    B(
        "avg cost per visit in ekb last yr",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2024",
        "colloquial",
    ),
    # follow_up
    B(
        "and in 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND visit_type = 'emergency' AND year(visit_date) = 2025",
        "follow_up",
        follow_up_of="How many emergency visits were there in Kazan in 2024?",
    ),
    B(
        "what about Kazan?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2024 "
        "GROUP BY department ORDER BY visits DESC, department LIMIT 3",
        "follow_up",
        follow_up_of="Top 3 departments in Novosibirsk in 2024 by number of visits",
    ),
    B(
        "А визитов?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="Сколько уникальных пациентов было в Екатеринбурге в 2023 году?",
    ),
    B(
        "А по кварталам?",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(*) AS visits FROM visits "
        "WHERE city = 'Kazan' AND visit_type = 'inpatient' AND year(visit_date) = 2024 GROUP BY 1 ORDER BY 1",
        "follow_up",
        follow_up_of="Сколько стационарных визитов было в Казани в 2024 году?",
    ),
    # clarify
    B(
        "Сколько визитов в Калининском районе за 2024 год?",
        "clarify",
        "which city: Kalininsky district exists in Novosibirsk and Saint Petersburg",
        "clarify",
    ),
    B(
        "Сколько обращений было в Красноярске в 2025 году?",
        "clarify",
        "Krasnoyarsk is not in the data (only Moscow, Saint Petersburg, Kazan, Novosibirsk, Yekaterinburg)",
        "clarify",
    ),
    B(
        "How many visits in the Zheleznodorozhny district in 2023?",
        "clarify",
        "which city: Zheleznodorozhny district exists in Novosibirsk and Yekaterinburg",
        "clarify",
    ),
    B(
        "What was the average in Kazan in 2024?",
        "clarify",
        "average of what: cost per visit, age at visit, visits per patient?",
        "clarify",
    ),
    # ---- fresh set written 2026-12-07 (fourth stop), never scored
    # share
    B(
        "What percentage of Moscow's 2024 visits came through emergency?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'emergency') / count(*), 1) FROM visits "
        "WHERE city = 'Moscow' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "Какую долю всех расходов сети за 2025 год составили стационарные визиты?",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE visit_type = 'inpatient') / sum(cost_rub), 1) FROM visits "
        "WHERE year(visit_date) = 2025",
        "share",
    ),
    B(
        "Novosibirsk's slice of all network visits in 2023, as a percentage?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE city = 'Novosibirsk') / count(*), 1) FROM visits "
        "WHERE year(visit_date) = 2023",
        "share",
    ),
    B(
        "Какой процент женщин среди пациентов, побывавших в кардиологии в 2024 году?",
        "number",
        "SELECT round(100.0 * count(DISTINCT v.patient_id) FILTER (WHERE p.sex = 'F') / count(DISTINCT v.patient_id), 1) "
        "FROM visits v JOIN patients p USING (patient_id) WHERE v.department = 'Cardiology' AND year(v.visit_date) = 2024",
        "share",
    ),
    B(
        "In Yekaterinburg in 2022, what percent of visits carried a respiratory-chapter diagnosis?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE d.chapter = 'X. Diseases of the respiratory system') / count(*), 1) "
        "FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Yekaterinburg' AND year(v.visit_date) = 2022",
        "share",
    ),
    B(
        "Какая часть визитов с эссенциальной гипертензией (I10) за 2025 год пришлась на Москву, в процентах?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE city = 'Moscow') / count(*), 1) FROM visits "
        "WHERE icd10_code = 'I10' AND year(visit_date) = 2025",
        "share",
    ),
    B(
        "What percent of Saint Petersburg's 2024 spending went to Cardiology?",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE department = 'Cardiology') / sum(cost_rub), 1) FROM visits "
        "WHERE city = 'Saint Petersburg' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "Сколько процентов визитов в Санкт-Петербурге за 2022 год были связаны с COVID-19?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE icd10_code IN "
        + _COVID
        + ") / count(*), 1) FROM visits "
        "WHERE city = 'Saint Petersburg' AND year(visit_date) = 2022",
        "share",
    ),
    # colloquial
    B(
        "скока визитов в мск было в марте 2024",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND visit_date BETWEEN DATE '2024-03-01' AND DATE '2024-03-31'",
        "colloquial",
    ),
    B(
        "екб уникальных пациентоф за 2023 скок",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "стоко денег ушло на неврологию в новосибе в 2025??",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Novosibirsk' AND department = 'Neurology' AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "питер топ-3 диагноза по визитам за 2024",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2024 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 3",
        "colloquial",
    ),
    B(
        "how many ppl had an emergency visit in kazan last yr",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "avg cost per visit st pete 2023 pls",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "novosibirsk cardiolgy visits 2022 how many",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND department = 'Cardiology' AND year(visit_date) = 2022",
        "colloquial",
    ),
    B(
        "wat was the busiest month in moscow in 2025",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits "
        "WHERE city = 'Moscow' AND year(visit_date) = 2025 GROUP BY month ORDER BY visits DESC, month LIMIT 1",
        "colloquial",
    ),
    # age_range
    B(
        "How many visits did patients aged 30 to 40 make in Kazan in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND age_at_visit BETWEEN 30 AND 40 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Сколько визитов пациентов от 18 до 35 лет было в Новосибирске за 2023 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND age_at_visit BETWEEN 18 AND 35 "
        "AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Number of Pediatrics visits for kids under 5 across the network in 2025",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Pediatrics' AND age_at_visit < 5 AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "Сколько уникальных пациентов старше 65 лет побывало в кардиологии Москвы в 2024 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND department = 'Cardiology' "
        "AND age_at_visit > 65 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "How many patients 80 or older had an inpatient stay in Saint Petersburg in 2023?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'inpatient' "
        "AND age_at_visit >= 80 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Средняя стоимость визита у пациентов 60 лет и старше в Екатеринбурге за 2025 год",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND age_at_visit >= 60 "
        "AND year(visit_date) = 2025",
        "age_range",
    ),
    # comparison
    B(
        "By how many visits did Moscow outnumber Saint Petersburg in 2024?",
        "number",
        "SELECT count(*) FILTER (WHERE city = 'Moscow') - count(*) FILTER (WHERE city = 'Saint Petersburg') "
        "FROM visits WHERE year(visit_date) = 2024",
        "comparison",
    ),
    B(
        "Во сколько раз расходы на стационар в Москве превысили такие же расходы в Екатеринбурге в 2025 году?",
        "number",
        "SELECT round(sum(cost_rub) FILTER (WHERE city = 'Moscow') / sum(cost_rub) FILTER (WHERE city = 'Yekaterinburg'), 2) "
        "FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2025",
        "comparison",
    ),
    B(
        "Kazan emergency visits: 2023 versus 2024",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Kazan' AND visit_type = 'emergency' "
        "AND year(visit_date) IN (2023, 2024) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Сколько было визитов с гриппом в Новосибирске в 2024 году по сравнению с 2023-м?",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND icd10_code IN "
        + _FLU
        + " AND year(visit_date) IN (2023, 2024) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Inpatient spending in 2025: Yekaterinburg vs Novosibirsk, show both totals",
        "rows",
        "SELECT city, sum(cost_rub) AS total_cost FROM visits WHERE city IN ('Yekaterinburg', 'Novosibirsk') "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2025 GROUP BY city ORDER BY total_cost DESC",
        "comparison",
        ordered=False,
    ),
    B(
        "На сколько больше пациентов обратилось в неврологию в 2025 году, чем в 2021-м?",
        "number",
        "SELECT count(DISTINCT patient_id) FILTER (WHERE year(visit_date) = 2025) "
        "- count(DISTINCT patient_id) FILTER (WHERE year(visit_date) = 2021) FROM visits WHERE department = 'Neurology'",
        "comparison",
    ),
    # exclusion
    B(
        "How many Kazan visits in 2024 were anything other than outpatient?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND visit_type <> 'outpatient' AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Сколько визитов в Москве за 2025 год, если не считать терапию?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND department <> 'Therapy' AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Saint Petersburg visits in 2023 excluding respiratory diagnoses (ICD-10 chapter X)",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Saint Petersburg' "
        "AND d.chapter <> 'X. Diseases of the respiratory system' AND year(v.visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Число обращений в Новосибирске за 2022 год без профосмотров (Z00)",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND icd10_code <> 'Z00' AND year(visit_date) = 2022",
        "exclusion",
    ),
    B(
        "Total cost of Yekaterinburg visits in 2024, leaving out the Emergency department",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Yekaterinburg' AND department <> 'Emergency' "
        "AND year(visit_date) = 2024",
        "exclusion",
    ),
    # fewest
    B(
        "Which Moscow okrug saw the fewest visits in 2024?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2024 "
        "GROUP BY district ORDER BY visits, district LIMIT 1",
        "fewest",
    ),
    B(
        "Какое отделение в Казани приняло меньше всего пациентов в 2024 году?",
        "rows",
        "SELECT department, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Kazan' "
        "AND year(visit_date) = 2024 GROUP BY department ORDER BY patients, department LIMIT 1",
        "fewest",
    ),
    B(
        "Bottom 3 departments by total cost in Novosibirsk for 2025",
        "rows",
        "SELECT department, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2025 "
        "GROUP BY department ORDER BY total_cost, department LIMIT 3",
        "fewest",
    ),
    B(
        "В каком месяце 2024 года в Екатеринбурге было меньше всего визитов?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' "
        "AND year(visit_date) = 2024 GROUP BY month ORDER BY visits, month LIMIT 1",
        "fewest",
    ),
    # money
    B(
        "What did Oncology visits in Moscow cost in total in 2023?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Moscow' AND department = 'Oncology' AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "Сколько в среднем стоил один стационарный визит в Санкт-Петербурге в 2024 году?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "Mean cost of an emergency visit in Novosibirsk during 2022?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2022",
        "money",
    ),
    B(
        "Сколько рублей ушло на визиты с диабетом 2 типа (E11) в Казани за 2025 год?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Kazan' AND icd10_code = 'E11' AND year(visit_date) = 2025",
        "money",
    ),
    # distinct_patients
    B(
        "How many different patients went to Traumatology in Yekaterinburg in 2024?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Traumatology' "
        "AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "Сколько разных пациентов с астмой (J45) наблюдалось в Москве в 2025 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND icd10_code = 'J45' "
        "AND year(visit_date) = 2025",
        "distinct_patients",
    ),
    B(
        "Сколько человек в целом по сети обращались к нам в 2021 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE year(visit_date) = 2021",
        "distinct_patients",
    ),
    # trend
    B(
        "Month-by-month influenza visits in Saint Petersburg for 2024",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' "
        "AND icd10_code IN " + _FLU + " AND year(visit_date) = 2024 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "Как менялось количество визитов в Казани по годам?",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Kazan' GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "COVID visits network-wide by quarter over 2021 and 2022",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(*) AS visits FROM visits "
        "WHERE icd10_code IN "
        + _COVID
        + " AND year(visit_date) IN (2021, 2022) GROUP BY quarter ORDER BY quarter",
        "trend",
    ),
    # breakdown
    B(
        "Разбей визиты в Новосибирске за 2024 год по типу визита",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2024 "
        "GROUP BY visit_type ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    B(
        "Split 2025 Kazan visits by patient sex",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Kazan' "
        "AND year(v.visit_date) = 2025 GROUP BY p.sex ORDER BY p.sex",
        "breakdown",
        ordered=False,
    ),
    B(
        "Распределение затрат Москвы за 2023 год по видам помощи (амбулаторно, стационар, экстренно)",
        "rows",
        "SELECT visit_type, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2023 "
        "GROUP BY visit_type ORDER BY total_cost DESC",
        "breakdown",
        ordered=False,
    ),
    # top
    B(
        "Five most frequent diagnosis codes in Yekaterinburg during 2024",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2024 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 5",
        "top",
    ),
    B(
        "Назови три района Санкт-Петербурга, где в 2024 году было больше всего визитов",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2024 "
        "GROUP BY district ORDER BY visits DESC, district LIMIT 3",
        "top",
    ),
    B(
        "Which 3 cities had the highest average visit cost in 2023?",
        "rows",
        "SELECT city, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE year(visit_date) = 2023 "
        "GROUP BY city ORDER BY avg_cost DESC, city LIMIT 3",
        "top",
    ),
    # date_range
    B(
        "How many visits did Moscow have from 1 March to 15 April 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND visit_date BETWEEN DATE '2024-03-01' AND DATE '2024-04-15'",
        "date_range",
    ),
    B(
        "Сколько визитов было в Казани с 1 июня по 31 августа 2023 года?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND visit_date BETWEEN DATE '2023-06-01' AND DATE '2023-08-31'",
        "date_range",
    ),
    B(
        "Сколько визитов с пневмонией было в Новосибирске с октября 2024 по февраль 2025 включительно?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND icd10_code IN " + _PNEU + " "
        "AND visit_date BETWEEN DATE '2024-10-01' AND DATE '2025-02-28'",
        "date_range",
    ),
    # follow_up
    B(
        "а за 2025-й сколько?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Neurology' AND year(visit_date) = 2025",
        "follow_up",
        follow_up_of="Сколько визитов в неврологию было в Екатеринбурге в 2024 году?",
    ),
    B(
        "and what did one visit cost there on average?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND department = 'Surgery' AND year(visit_date) = 2024",
        "follow_up",
        follow_up_of="What was the total cost of Surgery visits in Kazan in 2024?",
    ),
    # clarify
    B(
        "How many inpatient stays did we have in Vladivostok in 2024?",
        "clarify",
        "Vladivostok is not in the data (only Moscow, Saint Petersburg, Kazan, Novosibirsk, Yekaterinburg)",
        "clarify",
    ),
    B(
        "Покажи пятёрку лидеров по Екатеринбургу за 2025 год",
        "clarify",
        "top 5 of what: diagnoses, departments, districts; and by visits, patients or cost?",
        "clarify",
    ),
    # ---- fresh set #3 written 2026-12-07 (fourth stop), never scored
    # count
    B(
        "How many ENT visits were there in Yekaterinburg in 2022?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND department = 'ENT' AND year(visit_date) = 2022",
        "count",
    ),
    B(
        "Сколько стационарных госпитализаций было в Казани в 2022 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' AND year(visit_date) = 2022",
        "count",
    ),
    B(
        "How many times was atrial fibrillation (I48) recorded in Saint Petersburg in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'I48' AND year(visit_date) = 2024",
        "count",
    ),
    B(
        "Сколько визитов с мигренью (G43) было по всей сети за 2023 год?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code = 'G43' AND year(visit_date) = 2023",
        "count",
    ),
    B(
        "What's the all-time number of Dermatology visits in the Leninsky district of Novosibirsk?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND district = 'Leninsky' AND department = 'Dermatology'",
        "count",
    ),
    # top
    B(
        "Top 5 diagnosis codes by number of visits in Kazan in 2024",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2024 "
        "GROUP BY icd10_code ORDER BY visits DESC LIMIT 5",
        "top",
    ),
    B(
        "Which 3 Moscow okrugs had the most inpatient visits in 2023?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Moscow' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2023 GROUP BY district ORDER BY visits DESC LIMIT 3",
        "top",
    ),
    B(
        "Назови три отделения Екатеринбурга с наибольшим числом визитов за 2022 год",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2022 "
        "GROUP BY department ORDER BY visits DESC LIMIT 3",
        "top",
    ),
    B(
        "Топ-5 диагнозов у детей в Новосибирске за 2024 год по количеству визитов",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND age_at_visit < 18 "
        "AND year(visit_date) = 2024 GROUP BY icd10_code ORDER BY visits DESC LIMIT 5",
        "top",
    ),
    B(
        "Which city recorded the most Cardiology visits in 2021?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE department = 'Cardiology' AND year(visit_date) = 2021 "
        "GROUP BY city ORDER BY visits DESC LIMIT 1",
        "top",
    ),
    # fewest
    B(
        "Which department had the fewest visits in Saint Petersburg in 2024?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2024 "
        "GROUP BY department ORDER BY visits ASC LIMIT 1",
        "fewest",
    ),
    B(
        "List the three least busy districts of Yekaterinburg in 2025 by visits",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2025 "
        "GROUP BY district ORDER BY visits ASC LIMIT 3",
        "fewest",
    ),
    B(
        "В каком районе Новосибирска было меньше всего визитов в 2023 году?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2023 "
        "GROUP BY district ORDER BY visits ASC LIMIT 1",
        "fewest",
    ),
    B(
        "Какие два отделения в Москве посещали реже всего в 2022 году?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2022 "
        "GROUP BY department ORDER BY visits ASC LIMIT 2",
        "fewest",
    ),
    # share
    B(
        "What share of Moscow's 2022 visits were inpatient stays?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'inpatient') / count(*), 1) FROM visits "
        "WHERE city = 'Moscow' AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "What percentage of 2023 Pediatrics visits took place in Novosibirsk?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE city = 'Novosibirsk') / count(*), 1) FROM visits "
        "WHERE department = 'Pediatrics' AND year(visit_date) = 2023",
        "share",
    ),
    B(
        "Какой процент визитов в Казани за 2025 год пришёлся на женщин?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE p.sex = 'F') / count(*), 1) FROM visits v "
        "JOIN patients p USING (patient_id) WHERE v.city = 'Kazan' AND year(v.visit_date) = 2025",
        "share",
    ),
    B(
        "Доля визитов с гипертонией (I10) от всех визитов Екатеринбурга за 2022 год, в процентах",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE icd10_code = 'I10') / count(*), 1) FROM visits "
        "WHERE city = 'Yekaterinburg' AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "Какую долю всех визитов 2021 года составил COVID-19?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE icd10_code IN "
        + _COVID
        + ") / count(*), 1) FROM visits "
        "WHERE year(visit_date) = 2021",
        "share",
    ),
    # comparison
    B(
        "Compare Neurology visit counts in Kazan and Yekaterinburg for 2024",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE department = 'Neurology' AND city IN ('Kazan', 'Yekaterinburg') "
        "AND year(visit_date) = 2024 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Were there more influenza visits in Saint Petersburg in 2023 or in 2024?",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' "
        "AND icd10_code IN "
        + _FLU
        + " AND year(visit_date) IN (2023, 2024) GROUP BY year(visit_date)",
        "comparison",
        ordered=False,
    ),
    B(
        "Сравни количество визитов мужчин и женщин в Новосибирске за 2022 год",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Novosibirsk' AND year(v.visit_date) = 2022 GROUP BY p.sex",
        "comparison",
        ordered=False,
    ),
    B(
        "Где в 2025 году было больше визитов в травматологию: в Москве или в Санкт-Петербурге?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE department = 'Traumatology' "
        "AND city IN ('Moscow', 'Saint Petersburg') AND year(visit_date) = 2025 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Сравни среднюю стоимость стационарного и амбулаторного визита в Казани за 2023 год",
        "rows",
        "SELECT visit_type, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Kazan' "
        "AND visit_type IN ('inpatient', 'outpatient') AND year(visit_date) = 2023 GROUP BY visit_type",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "How many visits did Kazan have in 2024 if we leave out Therapy?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department <> 'Therapy' AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Moscow visit count for 2023 excluding the Central and Zelenogradsky okrugs",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND district NOT IN ('Central', 'Zelenogradsky') "
        "AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Сколько визитов по болезням органов дыхания (глава X) было в 2025 году, если исключить J06?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE d.chapter = 'X. Diseases of the respiratory system' AND v.icd10_code <> 'J06' AND year(v.visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Сколько визитов было в Екатеринбурге в 2021 году, не считая амбулаторных?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND visit_type <> 'outpatient' AND year(visit_date) = 2021",
        "exclusion",
    ),
    B(
        "Сколько визитов в Новосибирске за 2024 год без педиатрии и терапии?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND department NOT IN ('Pediatrics', 'Therapy') "
        "AND year(visit_date) = 2024",
        "exclusion",
    ),
    # age_range
    B(
        "How many visits by patients aged 18 to 25 did Saint Petersburg have in 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND age_at_visit BETWEEN 18 AND 25 "
        "AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "How many 2022 visits in Moscow were by patients over 65?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND age_at_visit >= 65 AND year(visit_date) = 2022",
        "age_range",
    ),
    B(
        "Сколько визитов детей младше 7 лет было в Казани в 2023 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND age_at_visit < 7 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Число визитов пациентов от 40 до 60 лет в кардиологию за 2024 год",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Cardiology' AND age_at_visit BETWEEN 40 AND 60 "
        "AND year(visit_date) = 2024",
        "age_range",
    ),
    # money
    B(
        "What did inpatient care cost in total in Novosibirsk in 2023?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'inpatient' AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "Average cost of an Oncology visit in 2025?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE department = 'Oncology' AND year(visit_date) = 2025",
        "money",
    ),
    B(
        "Сколько всего потратили на визиты с диагнозом E11 в Москве в 2024 году?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Moscow' AND icd10_code = 'E11' AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "Какое отделение в Санкт-Петербурге обошлось дороже всего по суммарной стоимости визитов в 2022 году?",
        "rows",
        "SELECT department, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Saint Petersburg' "
        "AND year(visit_date) = 2022 GROUP BY department ORDER BY total_cost DESC LIMIT 1",
        "money",
    ),
    # distinct_patients
    B(
        "How many distinct patients were seen in Endocrinology in Kazan in 2025?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'Endocrinology' "
        "AND year(visit_date) = 2025",
        "distinct_patients",
    ),
    B(
        "Number of unique patients with an asthma (J45) visit anywhere in 2022",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code = 'J45' AND year(visit_date) = 2022",
        "distinct_patients",
    ),
    B(
        "Сколько разных пациентов лежали в стационаре в Екатеринбурге в 2024 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "Число уникальных пациентов с пневмонией в Москве за 2023 год",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND icd10_code IN "
        + _PNEU
        + " "
        "AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    # trend
    B(
        "Month-by-month visit counts for Kazan in 2024",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Kazan' "
        "AND year(visit_date) = 2024 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "How did the number of COVID-19 visits change year over year, 2021 through 2025?",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE icd10_code IN "
        + _COVID
        + " "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "Динамика визитов в неврологию в Новосибирске по кварталам 2023 года",
        "rows",
        "SELECT year(visit_date) || '-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits "
        "WHERE city = 'Novosibirsk' AND department = 'Neurology' AND year(visit_date) = 2023 "
        "GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Как по годам менялось число визитов с гриппом в Санкт-Петербурге?",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' "
        "AND icd10_code IN " + _FLU + " GROUP BY year ORDER BY year",
        "trend",
    ),
    # breakdown
    B(
        "Split Yekaterinburg's 2025 visits by visit type",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2025 "
        "GROUP BY visit_type",
        "breakdown",
        ordered=False,
    ),
    B(
        "Gastroenterology visits in 2022 per city",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE department = 'Gastroenterology' AND year(visit_date) = 2022 "
        "GROUP BY city",
        "breakdown",
        ordered=False,
    ),
    B(
        "Распредели визиты в Казани за 2021 год по полу пациентов",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Kazan' AND year(v.visit_date) = 2021 GROUP BY p.sex",
        "breakdown",
        ordered=False,
    ),
    B(
        "Разбивка визитов в Москве за 2024 год по административным округам",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2024 "
        "GROUP BY district",
        "breakdown",
        ordered=False,
    ),
    # date_range
    B(
        "How many visits did Moscow have from 15 March to 15 April 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND visit_date BETWEEN DATE '2023-03-15' AND DATE '2023-04-15'",
        "date_range",
    ),
    B(
        "Number of Traumatology visits in Saint Petersburg in the second half of 2024",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Traumatology' "
        "AND visit_date BETWEEN DATE '2024-07-01' AND DATE '2024-12-31'",
        "date_range",
    ),
    B(
        "Сколько визитов было в Екатеринбурге с 1 декабря 2024 по 31 января 2025 года?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND visit_date BETWEEN DATE '2024-12-01' AND DATE '2025-01-31'",
        "date_range",
    ),
    # colloquial
    B(
        "скока визитов к лору было в питере в 23-м году",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'ENT' AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "сколько стационарных в екб за 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'inpatient' AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "how many kardiology visits in SPb in 2021?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Cardiology' AND year(visit_date) = 2021",
        "colloquial",
    ),
    B(
        "msk pediatrics visits 2024 total pls",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND department = 'Pediatrics' AND year(visit_date) = 2024",
        "colloquial",
    ),
    # follow_up
    B(
        "what about Yekaterinburg, same year?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Endocrinology' "
        "AND year(visit_date) = 2025",
        "follow_up",
        follow_up_of="How many distinct patients were seen in Endocrinology in Kazan in 2025?",
    ),
    B(
        "а годом позже сколько их было?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND age_at_visit < 7 AND year(visit_date) = 2024",
        "follow_up",
        follow_up_of="Сколько визитов детей младше 7 лет было в Казани в 2023 году?",
    ),
    # clarify
    B(
        "Сколько визитов было в Москве за зиму 2024 года?",
        "clarify",
        "which winter: December 2023 - February 2024, or December 2024 - February 2025",
        "clarify",
    ),
    # out_of_scope
    B(
        "What was the average waiting time for a Cardiology appointment in Moscow in 2025?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    # fresh set 4 (2026-12-07)
    # count
    B(
        "Could you tell me how many Gastroenterology visits the Novosibirsk clinics logged for the year 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND department = 'Gastroenterology' AND year(visit_date) = 2023",
        "count",
    ),
    B(
        "How many visits in Kazan this year had Z00 (general check-up) as the diagnosis?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND icd10_code = 'Z00' AND year(visit_date) = 2025",
        "count",
    ),
    B(
        "Сколько раз в Кировском районе Екатеринбурга обращались в эндокринологию за 2022 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND district = 'Kirovsky' AND department = 'Endocrinology' "
        "AND year(visit_date) = 2022",
        "count",
    ),
    # top
    B(
        "Give me the four Saint Petersburg districts with the highest emergency visit counts in 2025",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2025 GROUP BY district ORDER BY visits DESC LIMIT 4",
        "top",
    ),
    B(
        "Какие пять диагнозов чаще всего встречались в неврологии за 2023 год?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE department = 'Neurology' AND year(visit_date) = 2023 "
        "GROUP BY icd10_code ORDER BY visits DESC LIMIT 5",
        "top",
    ),
    B(
        "Какой город лидировал по числу визитов с ковидом (U07.1, U07.2) в 2022 году?",
        "rows",
        f"SELECT city, count(*) AS visits FROM visits WHERE icd10_code IN {_COVID} AND year(visit_date) = 2022 "
        "GROUP BY city ORDER BY visits DESC LIMIT 1",
        "top",
    ),
    # fewest
    B(
        "What were the 3 least visited departments in Yekaterinburg over 2021–2025?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' "
        "AND year(visit_date) BETWEEN 2021 AND 2025 GROUP BY department ORDER BY visits ASC LIMIT 3",
        "fewest",
    ),
    B(
        "Name the Kazan district with the lowest number of unique patients in 2025",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Kazan' "
        "AND year(visit_date) = 2025 GROUP BY district ORDER BY patients ASC LIMIT 1",
        "fewest",
    ),
    B(
        "В каком квартале 2023 года в Новосибирске было меньше всего обращений?",
        "rows",
        "SELECT year(visit_date) || '-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits "
        "WHERE city = 'Novosibirsk' AND year(visit_date) = 2023 GROUP BY 1 ORDER BY visits ASC LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "What percent of Neurology visits in 2024 were made by patients 65 or older?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit >= 65) / count(*), 1) FROM visits "
        "WHERE department = 'Neurology' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "Of all inpatient visits in 2023, what share happened in Moscow? Percent please.",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE city = 'Moscow') / count(*), 1) FROM visits "
        "WHERE visit_type = 'inpatient' AND year(visit_date) = 2023",
        "share",
    ),
    B(
        "Какой процент визитов в пульмонологию за 2025 год был экстренным?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'emergency') / count(*), 1) FROM visits "
        "WHERE department = 'Pulmonology' AND year(visit_date) = 2025",
        "share",
    ),
    B(
        "Доля мужчин среди уникальных пациентов Екатеринбурга в 2024 году — сколько процентов?",
        "number",
        "SELECT round(100.0 * count(DISTINCT v.patient_id) FILTER (WHERE p.sex = 'M') / count(DISTINCT v.patient_id), 1) "
        "FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Yekaterinburg' AND year(v.visit_date) = 2024",
        "share",
    ),
    # comparison
    B(
        "Did Moscow or Yekaterinburg see more distinct type 2 diabetes (E11) patients in 2023?",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE icd10_code = 'E11' "
        "AND city IN ('Moscow', 'Yekaterinburg') AND year(visit_date) = 2023 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Выросло ли число обращений в психиатрию в 2025 году по сравнению с 2024-м? Покажи оба года",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE department = 'Psychiatry' "
        "AND year(visit_date) IN (2024, 2025) GROUP BY year(visit_date)",
        "comparison",
        ordered=False,
    ),
    B(
        "Сравните, пожалуйста, суммарные расходы на онкологию в Москве и Санкт-Петербурге за 2023 год",
        "rows",
        "SELECT city, sum(cost_rub) AS total_cost FROM visits WHERE department = 'Oncology' "
        "AND city IN ('Moscow', 'Saint Petersburg') AND year(visit_date) = 2023 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "Total visits in 2025 across the network, excluding the Emergency and Surgery departments",
        "number",
        "SELECT count(*) FROM visits WHERE department NOT IN ('Emergency', 'Surgery') AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Average cost of a Cardiology visit in 2024, leaving out inpatient stays",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE department = 'Cardiology' AND visit_type <> 'inpatient' "
        "AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Сколько визитов было в Новосибирске за 2023 год, не считая Ленинского и Центрального районов?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND district NOT IN ('Leninsky', 'Tsentralny') "
        "AND year(visit_date) = 2023",
        "exclusion",
    ),
    # age_range
    B(
        "How many emergency visits did patients aged at least 75 make in Saint Petersburg in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' AND age_at_visit >= 75 "
        "AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Сколько визитов было у пациентов не старше 25 лет в Екатеринбурге за 2022 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND age_at_visit <= 25 AND year(visit_date) = 2022",
        "age_range",
    ),
    B(
        "Число уникальных пациенток от 18 до 44 лет, обращавшихся в гинекологию в 2025 году",
        "number",
        "SELECT count(DISTINCT v.patient_id) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.department = 'Gynecology' AND p.sex = 'F' AND v.age_at_visit BETWEEN 18 AND 44 AND year(v.visit_date) = 2025",
        "age_range",
    ),
    # money
    B(
        "What was the combined cost of all Pulmonology visits in Yekaterinburg for 2021?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Pulmonology' AND year(visit_date) = 2021",
        "money",
    ),
    B(
        "Which visit type had the highest average cost in Moscow in 2025?",
        "rows",
        "SELECT visit_type, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2025 "
        "GROUP BY visit_type ORDER BY avg_cost DESC LIMIT 1",
        "money",
    ),
    B(
        "Средняя стоимость приёма у дерматолога в Санкт-Петербурге за 2023 год",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Dermatology' "
        "AND year(visit_date) = 2023",
        "money",
    ),
    # distinct_patients
    B(
        "How many individual patients visited Ophthalmology in Moscow in 2022?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND department = 'Ophthalmology' "
        "AND year(visit_date) = 2022",
        "distinct_patients",
    ),
    B(
        "Сколько уникальных пациентов обращались с гипертонией (I10) в Санкт-Петербурге за 2025 год?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'I10' "
        "AND year(visit_date) = 2025",
        "distinct_patients",
    ),
    B(
        "Сколько разных людей хотя бы раз обращались в наши клиники Новосибирска в 2024 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    # trend
    B(
        "Show the monthly count of Infectious Diseases department visits in 2025",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits "
        "WHERE department = 'Infectious Diseases' AND year(visit_date) = 2025 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "Year-by-year number of distinct patients in Yekaterinburg",
        "rows",
        "SELECT year(visit_date) AS year, count(DISTINCT patient_id) AS patients FROM visits "
        "WHERE city = 'Yekaterinburg' GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "Покажи по кварталам, как менялись расходы на стационар в Москве в 2024 году",
        "rows",
        "SELECT year(visit_date) || '-Q' || quarter(visit_date) AS quarter, sum(cost_rub) AS total_cost FROM visits "
        "WHERE city = 'Moscow' AND visit_type = 'inpatient' AND year(visit_date) = 2024 GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    # breakdown
    B(
        "Break down Traumatology visits in 2023 by visit type",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE department = 'Traumatology' AND year(visit_date) = 2023 "
        "GROUP BY visit_type",
        "breakdown",
        ordered=False,
    ),
    B(
        "Сколько визитов пришлось на каждое отделение в Санкт-Петербурге за 2025 год, кроме терапии?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND department <> 'Therapy' "
        "AND year(visit_date) = 2025 GROUP BY department",
        "breakdown",
        ordered=False,
    ),
    B(
        "Разбей уникальных пациентов Новосибирска за 2022 год по полу",
        "rows",
        "SELECT p.sex, count(DISTINCT v.patient_id) AS patients FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Novosibirsk' AND year(v.visit_date) = 2022 GROUP BY p.sex",
        "breakdown",
        ordered=False,
    ),
    # follow_up
    B(
        "what about the year before?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND department = 'Ophthalmology' "
        "AND year(visit_date) = 2021",
        "follow_up",
        follow_up_of="How many individual patients visited Ophthalmology in Moscow in 2022?",
    ),
    B(
        "only women, please",
        "rows",
        "SELECT v.visit_type, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.department = 'Traumatology' AND p.sex = 'F' AND year(v.visit_date) = 2023 GROUP BY v.visit_type",
        "follow_up",
        ordered=False,
        follow_up_of="Break down Traumatology visits in 2023 by visit type",
    ),
    B(
        "а в Екатеринбурге?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'emergency') / count(*), 1) FROM visits "
        "WHERE city = 'Yekaterinburg' AND department = 'Pulmonology' AND year(visit_date) = 2025",
        "follow_up",
        follow_up_of="Какой процент визитов в пульмонологию за 2025 год был экстренным?",
    ),
    B(
        "а теперь то же самое, но только по мужчинам",
        "number",
        "SELECT count(*) FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Yekaterinburg' "
        "AND p.sex = 'M' AND v.age_at_visit <= 25 AND year(v.visit_date) = 2022",
        "follow_up",
        follow_up_of="Сколько визитов было у пациентов не старше 25 лет в Екатеринбурге за 2022 год?",
    ),
    # clarify
    B(
        "How many visits did we have over the holidays in 2024?",
        "clarify",
        "which holidays: the New Year break, the May holidays, or another period",
        "clarify",
    ),
    B(
        "Сколько визитов было у пожилых пациентов в Казани за 2024 год?",
        "clarify",
        "what age counts as elderly: 60 and older, 65 and older, or another threshold",
        "clarify",
    ),
    B(
        "Сколько обращений было в Новосибирске за сезон гриппа 2023 года?",
        "clarify",
        "which season (2022/23 or 2023/24) and which months count as the flu season",
        "clarify",
    ),
    # out_of_scope
    B(
        "How many MRI scans were done at the Kazan clinics in 2024?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    B(
        "How many nurses currently work in our Saint Petersburg clinics?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    B(
        "Какие анализы чаще всего назначали пациентам с диабетом в 2024 году?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    # colloquial
    B(
        "скок народу в мск лежало в стационаре за 22й",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2022",
        "colloquial",
    ),
    B(
        "екб, неврология, 2025 — скока приёмов?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Neurology' AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "spb flu visits 2023 total?? (j09-j11)",
        "number",
        f"SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code IN {_FLU} AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "avg price of emergency visits novosib 2024??",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    # average_age
    B(
        "What's the average age of patients at their Oncology visits in 2023?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE department = 'Oncology' AND year(visit_date) = 2023",
        "average_age",
    ),
    B(
        "Средний возраст пациентов с COVID-19 на момент визита в 2021 году",
        "number",
        f"SELECT round(avg(age_at_visit), 1) FROM visits WHERE icd10_code IN {_COVID} AND year(visit_date) = 2021",
        "average_age",
    ),
    B(
        "Какой средний возраст при обращении в травматологию в Москве и в Казани за 2024 год?",
        "rows",
        "SELECT city, round(avg(age_at_visit), 1) AS avg_age FROM visits WHERE department = 'Traumatology' "
        "AND city IN ('Moscow', 'Kazan') AND year(visit_date) = 2024 GROUP BY city",
        "average_age",
        ordered=False,
    ),
    # per_patient
    B(
        "How many Endocrinology visits per patient did we average in 2023?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE department = 'Endocrinology' "
        "AND year(visit_date) = 2023",
        "per_patient",
    ),
    B(
        "What's the average number of asthma (J45) visits per patient in Moscow across all years?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Moscow' AND icd10_code = 'J45'",
        "per_patient",
    ),
    B(
        "Сколько в среднем рублей приходится на одного пациента кардиологии в Екатеринбурге за 2024 год?",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Yekaterinburg' "
        "AND department = 'Cardiology' AND year(visit_date) = 2024",
        "per_patient",
    ),
    # date_range
    B(
        "How many Pediatrics visits were there in Kazan between 1 September and 31 October 2022?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'Pediatrics' "
        "AND visit_date BETWEEN DATE '2022-09-01' AND DATE '2022-10-31'",
        "date_range",
    ),
    B(
        "Сколько экстренных обращений зарегистрировано в Москве с 25 декабря 2022 по 8 января 2023 года?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND visit_type = 'emergency' "
        "AND visit_date BETWEEN DATE '2022-12-25' AND DATE '2023-01-08'",
        "date_range",
    ),
    B(
        "Количество визитов в Екатеринбурге за май–июнь 2021 года",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND visit_date BETWEEN DATE '2021-05-01' AND DATE '2021-06-30'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "How many visits for diseases of the digestive system (ICD-10 chapter XI) did Saint Petersburg have in 2024?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Saint Petersburg' "
        "AND d.chapter = 'XI. Diseases of the digestive system' AND year(v.visit_date) = 2024",
        "diagnosis_group",
    ),
    B(
        "How many visits in 2023 were coded with a cerebrovascular disease (I60–I69)?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code LIKE 'I6%' AND year(visit_date) = 2023",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с болезнями эндокринной системы (класс IV МКБ-10) было в Казани за 2022 год?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Kazan' "
        "AND d.chapter = 'IV. Endocrine, nutritional and metabolic diseases' AND year(v.visit_date) = 2022",
        "diagnosis_group",
    ),
    # fresh set 5 (2026-12-07)
    # count
    B(
        "Please give me the number of Urology visits in Saint Petersburg for 2023.",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Urology' AND year(visit_date) = 2023",
        "count",
    ),
    B(
        "Сколько раз пациенты приходили в офтальмологию в Новосибирске в 2021 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND department = 'Ophthalmology' AND year(visit_date) = 2021",
        "count",
    ),
    B(
        "What's the visit count for Moscow's Southern okrug this year?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND district = 'Southern' AND year(visit_date) = 2025",
        "count",
    ),
    # top
    B(
        "Топ-4 отделения Новосибирска по экстренным обращениям за 2024 год",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2024 GROUP BY department ORDER BY visits DESC LIMIT 4",
        "top",
    ),
    B(
        "Which ICD-10 code was diagnosed most often among women in Kazan in 2022?",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Kazan' AND p.sex = 'F' AND year(v.visit_date) = 2022 GROUP BY v.icd10_code "
        "ORDER BY visits DESC LIMIT 1",
        "top",
    ),
    B(
        "Какие 3 района Екатеринбурга лидируют по числу уникальных пациентов за 2023 год?",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Yekaterinburg' "
        "AND year(visit_date) = 2023 GROUP BY district ORDER BY patients DESC LIMIT 3",
        "top",
    ),
    # fewest
    B(
        "Which two cities had the smallest number of Oncology visits in 2024?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE department = 'Oncology' AND year(visit_date) = 2024 "
        "GROUP BY city ORDER BY visits ASC LIMIT 2",
        "fewest",
    ),
    B(
        "Какой из городов сети принял меньше всего пациентов с гипертонией (I10) в 2024 году?",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE icd10_code = 'I10' "
        "AND year(visit_date) = 2024 GROUP BY city ORDER BY patients ASC LIMIT 1",
        "fewest",
    ),
    B(
        "In which month of 2022 did Surgery have its lowest number of visits?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE department = 'Surgery' "
        "AND year(visit_date) = 2022 GROUP BY month ORDER BY visits ASC LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "Out of all Kazan visits in 2023, how many percent were in the Sovetsky district?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE district = 'Sovetsky') / count(*), 1) FROM visits "
        "WHERE city = 'Kazan' AND year(visit_date) = 2023",
        "share",
    ),
    B(
        "Какой процент визитов с переломом голени (S82) за всё время был экстренным?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'emergency') / count(*), 1) FROM visits "
        "WHERE icd10_code = 'S82'",
        "share",
    ),
    B(
        "What portion of our 2022 spending went on patients under 18? Percent, please.",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE age_at_visit < 18) / sum(cost_rub), 1) FROM visits "
        "WHERE year(visit_date) = 2022",
        "share",
    ),
    # comparison
    B(
        "Где в 2024 году лечили больше детей — в Казани или в Новосибирске?",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE age_at_visit < 18 "
        "AND city IN ('Kazan', 'Novosibirsk') AND year(visit_date) = 2024 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "How did Gastroenterology visits in the first half of 2025 compare with the first half of 2024?",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE department = 'Gastroenterology' "
        "AND month(visit_date) <= 6 AND year(visit_date) IN (2024, 2025) GROUP BY year(visit_date)",
        "comparison",
        ordered=False,
    ),
    B(
        "На сколько процентов выросло число уникальных пациентов в Екатеринбурге в 2025 году относительно 2021-го?",
        "number",
        "SELECT round(100.0 * (count(DISTINCT patient_id) FILTER (WHERE year(visit_date) = 2025) "
        "- count(DISTINCT patient_id) FILTER (WHERE year(visit_date) = 2021)) "
        "/ count(DISTINCT patient_id) FILTER (WHERE year(visit_date) = 2021), 1) "
        "FROM visits WHERE city = 'Yekaterinburg'",
        "comparison",
    ),
    B(
        "Kazan or Novosibirsk: which one spent more on Surgery in 2022?",
        "rows",
        "SELECT city, sum(cost_rub) AS total_cost FROM visits WHERE department = 'Surgery' "
        "AND city IN ('Kazan', 'Novosibirsk') AND year(visit_date) = 2022 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "How many 2025 visits did Yekaterinburg have outside the Ordzhonikidzevsky district?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND district <> 'Ordzhonikidzevsky' "
        "AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Сколько уникальных пациентов было у кардиологии в 2023 году, не считая московских клиник?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE department = 'Cardiology' AND city <> 'Moscow' "
        "AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Средняя стоимость визита в неврологию за 2022 год без учёта экстренных и стационарных случаев",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE department = 'Neurology' "
        "AND visit_type NOT IN ('emergency', 'inpatient') AND year(visit_date) = 2022",
        "exclusion",
    ),
    # age_range
    B(
        "How many Pulmonology visits were made by patients between 50 and 64 in 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Pulmonology' AND age_at_visit BETWEEN 50 AND 64 "
        "AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Сколько пациентов в возрасте от 20 до 29 лет побывало у психиатра за 2024 год?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE department = 'Psychiatry' AND age_at_visit BETWEEN 20 AND 29 "
        "AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Visits from babies under 1 year old in Saint Petersburg, 2025",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND age_at_visit < 1 AND year(visit_date) = 2025",
        "age_range",
    ),
    # money
    B(
        "Во что обошлись экстренные визиты в Екатеринбурге за 2023 год?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "What's the most expensive single visit we've ever recorded in Kazan?",
        "number",
        "SELECT max(cost_rub) FROM visits WHERE city = 'Kazan'",
        "money",
    ),
    B(
        "Средний чек визита в урологии по всей сети за 2024 год",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE department = 'Urology' AND year(visit_date) = 2024",
        "money",
    ),
    # distinct_patients
    B(
        "How many separate patients were treated for acute bronchitis (J20) in 2024?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code = 'J20' AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "Сколько человек прошло через хирургию в Казани за 2025 год?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'Surgery' "
        "AND year(visit_date) = 2025",
        "distinct_patients",
    ),
    B(
        "Headcount of patients seen at least once in Moscow's Western okrug in 2023",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND district = 'Western' "
        "AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    # trend
    B(
        "Как менялась средняя стоимость визита в Новосибирске от года к году?",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Novosibirsk' "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "Show the monthly number of emergency visits across the network for July to December 2023",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE visit_type = 'emergency' "
        "AND visit_date BETWEEN DATE '2023-07-01' AND DATE '2023-12-31' GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "Поквартально: сколько разных пациентов приходило в педиатрию в 2022–2023 годах?",
        "rows",
        "SELECT year(visit_date) || '-Q' || quarter(visit_date) AS quarter, count(DISTINCT patient_id) AS patients "
        "FROM visits WHERE department = 'Pediatrics' AND year(visit_date) IN (2022, 2023) GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    # breakdown
    B(
        "How many Moscow visits in 2025 fell into each age band: under 18, 18 to 64, and 65 plus?",
        "rows",
        "SELECT CASE WHEN age_at_visit < 18 THEN 'under 18' WHEN age_at_visit < 65 THEN '18-64' ELSE '65+' END AS age_band, "
        "count(*) AS visits FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2025 GROUP BY age_band",
        "breakdown",
        ordered=False,
    ),
    B(
        "Сколько визитов с гипертонией (I10) было в каждом районе Санкт-Петербурга за 2024 год?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'I10' "
        "AND year(visit_date) = 2024 GROUP BY district",
        "breakdown",
        ordered=False,
    ),
    B(
        "Визиты в Новосибирске за 2025 год в разрезе пола и типа визита",
        "rows",
        "SELECT p.sex, v.visit_type, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Novosibirsk' AND year(v.visit_date) = 2025 GROUP BY p.sex, v.visit_type",
        "breakdown",
        ordered=False,
    ),
    # follow_up
    B(
        "what about 2021 instead?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND department = 'Dermatology' AND year(visit_date) = 2021",
        "follow_up",
        follow_up_of="How many Dermatology visits did Novosibirsk have in 2023?",
    ),
    B(
        "а теперь только у детей",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Kazan' AND age_at_visit < 18 "
        "AND year(visit_date) = 2024 GROUP BY icd10_code ORDER BY visits DESC LIMIT 5",
        "follow_up",
        follow_up_of="Пять самых частых диагнозов в Казани за 2024 год",
    ),
    B(
        "а в среднем за один визит?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2022",
        "follow_up",
        follow_up_of="Сколько стоили все стационарные визиты в Новосибирске за 2022 год?",
    ),
    B(
        "by quarter instead, please",
        "rows",
        "SELECT year(visit_date) || '-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits "
        "WHERE city = 'Yekaterinburg' AND department = 'Cardiology' AND year(visit_date) = 2024 GROUP BY 1 ORDER BY 1",
        "follow_up",
        follow_up_of="Monthly Cardiology visits in Yekaterinburg in 2024",
    ),
    # clarify
    B(
        "Which department is the most expensive?",
        "clarify",
        "most expensive by total spend or by average cost per visit, and over which period",
        "clarify",
    ),
    B(
        "Сравни Москву с Питером",
        "clarify",
        "compare by which metric (visits, patients, cost) and over which period",
        "clarify",
    ),
    B(
        "Give me the Q2 figure",
        "clarify",
        "which measure, for which place, and the second quarter of which year",
        "clarify",
    ),
    # out_of_scope
    B(
        "How many ambulance calls did Novosibirsk receive in 2024?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    B(
        "Какой был бюджет на закупку лекарств в 2025 году?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    B(
        "What's the average lab turnaround time for blood tests in Moscow?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    # colloquial
    B(
        "скока бабла ушло на онкологию в мск в 24м",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Moscow' AND department = 'Oncology' AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "spb avg age of ppl at neurology visits 2022?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Neurology' "
        "AND year(visit_date) = 2022",
        "colloquial",
    ),
    B(
        "сколько детей до 3х лет было в инфекционке в новосибе в 2025",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Novosibirsk' AND department = 'Infectious Diseases' "
        "AND age_at_visit < 3 AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "top 3 diags in ekb er visits 2023",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2023 GROUP BY icd10_code ORDER BY visits DESC LIMIT 3",
        "colloquial",
    ),
    # average_age
    B(
        "Mean patient age at Urology visits in 2025?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE department = 'Urology' AND year(visit_date) = 2025",
        "average_age",
    ),
    B(
        "Сколько в среднем лет пациентам, которые обращаются с остеохондрозом позвоночника (M42)?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE icd10_code = 'M42'",
        "average_age",
    ),
    B(
        "Средний возраст экстренных пациентов по отделениям за 2024 год",
        "rows",
        "SELECT department, round(avg(age_at_visit), 1) AS avg_age FROM visits WHERE visit_type = 'emergency' "
        "AND year(visit_date) = 2024 GROUP BY department",
        "average_age",
        ordered=False,
    ),
    # per_patient
    B(
        "Сколько раз в среднем один пациент с гипертонией (I10) приходил к нам в 2024 году?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE icd10_code = 'I10' "
        "AND year(visit_date) = 2024",
        "per_patient",
    ),
    B(
        "Pediatrics visits per patient in 2023, for each city",
        "rows",
        "SELECT city, round(count(*) / count(DISTINCT patient_id), 2) AS visits_per_patient FROM visits "
        "WHERE department = 'Pediatrics' AND year(visit_date) = 2023 GROUP BY city",
        "per_patient",
        ordered=False,
    ),
    B(
        "Average inpatient spend per patient in Saint Petersburg in 2025",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Saint Petersburg' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2025",
        "per_patient",
    ),
    # date_range
    B(
        "How many Neurology visits were there from 15 July through 31 August 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Neurology' "
        "AND visit_date BETWEEN DATE '2024-07-15' AND DATE '2024-08-31'",
        "date_range",
    ),
    B(
        "Сколько стационарных визитов было в Казани с 1 февраля по 15 марта 2022 года?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' "
        "AND visit_date BETWEEN DATE '2022-02-01' AND DATE '2022-03-15'",
        "date_range",
    ),
    B(
        "Сколько обращений принял Екатеринбург с 20 по 31 декабря 2025 года?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' "
        "AND visit_date BETWEEN DATE '2025-12-20' AND DATE '2025-12-31'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "Сколько визитов с болезнями уха и сосцевидного отростка (класс VIII МКБ-10) было в Москве в 2023 году?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Moscow' "
        "AND d.chapter = 'VIII. Diseases of the ear and mastoid process' AND year(v.visit_date) = 2023",
        "diagnosis_group",
    ),
    B(
        "Number of 2025 visits for musculoskeletal and connective tissue diseases (M00–M99)",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code LIKE 'M%' AND year(visit_date) = 2025",
        "diagnosis_group",
    ),
    B(
        "Сколько уникальных пациентов с болезнями щитовидной железы (E00–E07) было за 2024 год?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code >= 'E00' AND icd10_code < 'E08' "
        "AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    # fresh set 6 (2026-12-07)
    # count
    B(
        "I need the number of Gynecology visits in the Vyborgsky district of Saint Petersburg for 2024",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND district = 'Vyborgsky' "
        "AND department = 'Gynecology' AND year(visit_date) = 2024",
        "count",
    ),
    B(
        "Подскажите, пожалуйста, число визитов в пульмонологию в Москве за третий квартал 2023 года",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND department = 'Pulmonology' "
        "AND visit_date BETWEEN DATE '2023-07-01' AND DATE '2023-09-30'",
        "count",
    ),
    B(
        "How many visits were coded K29 (gastritis and duodenitis) in Yekaterinburg in 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND icd10_code = 'K29' AND year(visit_date) = 2025",
        "count",
    ),
    # top
    B(
        "Назовите четыре отделения Санкт-Петербурга с наибольшим числом госпитализаций за 2023 год",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2023 GROUP BY department ORDER BY visits DESC LIMIT 4",
        "top",
    ),
    B(
        "Which two Kazan districts racked up the highest total visit cost in 2025?",
        "rows",
        "SELECT district, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2025 "
        "GROUP BY district ORDER BY total_cost DESC LIMIT 2",
        "top",
    ),
    B(
        "В какие три месяца 2024 года у инфекционного отделения было больше всего визитов?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits "
        "WHERE department = 'Infectious Diseases' AND year(visit_date) = 2024 GROUP BY month ORDER BY visits DESC LIMIT 3",
        "top",
    ),
    # fewest
    B(
        "Какой тип визита реже всего встречался в онкологии в 2023 году?",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE department = 'Oncology' AND year(visit_date) = 2023 "
        "GROUP BY visit_type ORDER BY visits ASC LIMIT 1",
        "fewest",
    ),
    B(
        "Which ICD-10 chapter had the fewest distinct patients across the whole network in 2025?",
        "rows",
        "SELECT d.chapter, count(DISTINCT v.patient_id) AS patients FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE year(v.visit_date) = 2025 GROUP BY d.chapter ORDER BY patients ASC LIMIT 1",
        "fewest",
    ),
    B(
        "Какие три района Санкт-Петербурга показали наименьшие суммарные расходы на лечение за 2021 год?",
        "rows",
        "SELECT district, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Saint Petersburg' "
        "AND year(visit_date) = 2021 GROUP BY district ORDER BY total_cost ASC LIMIT 3",
        "fewest",
    ),
    # share
    B(
        "What proportion of 2024 Endocrinology visits were coded E11? Answer in percent.",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE icd10_code = 'E11') / count(*), 1) FROM visits "
        "WHERE department = 'Endocrinology' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "Какой процент визитов в Екатеринбурге в 2023 году пришёлся на детей до 14 лет?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit < 14) / count(*), 1) FROM visits "
        "WHERE city = 'Yekaterinburg' AND year(visit_date) = 2023",
        "share",
    ),
    B(
        "Сколько процентов от всех госпитализаций за 2025 год пришлось на хирургическое отделение?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE department = 'Surgery') / count(*), 1) FROM visits "
        "WHERE visit_type = 'inpatient' AND year(visit_date) = 2025",
        "share",
    ),
    # comparison
    B(
        "YoY change in Moscow inpatient visits, 2025 vs 2024, in %",
        "number",
        "SELECT round(100.0 * (count(*) FILTER (WHERE year(visit_date) = 2025) "
        "- count(*) FILTER (WHERE year(visit_date) = 2024)) "
        "/ count(*) FILTER (WHERE year(visit_date) = 2024), 1) "
        "FROM visits WHERE city = 'Moscow' AND visit_type = 'inpatient'",
        "comparison",
    ),
    B(
        "Где в 2024 году средний визит в урологию обходился дороже — в Москве или в Новосибирске?",
        "rows",
        "SELECT city, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE department = 'Urology' "
        "AND city IN ('Moscow', 'Novosibirsk') AND year(visit_date) = 2024 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Did ENT see more children in Q1 or in Q4 of 2023?",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(DISTINCT patient_id) AS patients "
        "FROM visits WHERE department = 'ENT' AND age_at_visit < 18 AND year(visit_date) = 2023 "
        "AND quarter(visit_date) IN (1, 4) GROUP BY 1",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "Сколько визитов дали все города сети за 2022 год, кроме Москвы, Санкт-Петербурга и Казани?",
        "number",
        "SELECT count(*) FROM visits WHERE city NOT IN ('Moscow', 'Saint Petersburg', 'Kazan') AND year(visit_date) = 2022",
        "exclusion",
    ),
    B(
        "Top 3 departments among female patients in 2025, excluding Gynecology",
        "rows",
        "SELECT v.department, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE p.sex = 'F' AND v.department <> 'Gynecology' AND year(v.visit_date) = 2025 "
        "GROUP BY v.department ORDER BY visits DESC LIMIT 3",
        "exclusion",
    ),
    B(
        "Средний возраст на момент визита в терапии за 2024 год, не считая пациентов младше 18 лет",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE department = 'Therapy' AND age_at_visit >= 18 "
        "AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Emergency visits in 2025 across all cities but Saint Petersburg — how many?",
        "number",
        "SELECT count(*) FROM visits WHERE visit_type = 'emergency' AND city <> 'Saint Petersburg' "
        "AND year(visit_date) = 2025",
        "exclusion",
    ),
    # age_range
    B(
        "How many Ophthalmology visits in 2024 were by patients at least 70 years old?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Ophthalmology' AND age_at_visit >= 70 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Сколько визитов в 2023 году было у детей не старше 3 лет?",
        "number",
        "SELECT count(*) FROM visits WHERE age_at_visit <= 3 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Сколько уникальных пациентов в возрасте 45+ обращались в урологию в Казани в 2022 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'Urology' "
        "AND age_at_visit >= 45 AND year(visit_date) = 2022",
        "age_range",
    ),
    # money
    B(
        "What's the average bill for a Psychiatry visit in Kazan in 2024?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND department = 'Psychiatry' "
        "AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "Какова общая сумма расходов на визиты с ХОБЛ (J44) за весь период?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE icd10_code = 'J44'",
        "money",
    ),
    B(
        "What's the lowest cost of any Cardiology visit on record?",
        "number",
        "SELECT min(cost_rub) FROM visits WHERE department = 'Cardiology'",
        "money",
    ),
    # distinct_patients
    B(
        "Сколько разных пациентов с мигренью (G43) обращались в Санкт-Петербурге в 2024 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'G43' "
        "AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "How many patients were seen by both Cardiology and Endocrinology at our Novosibirsk clinics during 2024?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE city = 'Novosibirsk' AND department = 'Cardiology' "
        "AND year(visit_date) = 2024 INTERSECT SELECT patient_id FROM visits WHERE city = 'Novosibirsk' "
        "AND department = 'Endocrinology' AND year(visit_date) = 2024)",
        "distinct_patients",
    ),
    B(
        "Сколько женщин побывало в неврологии в Екатеринбурге в 2021 году?",
        "number",
        "SELECT count(DISTINCT v.patient_id) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Yekaterinburg' AND v.department = 'Neurology' AND p.sex = 'F' AND year(v.visit_date) = 2021",
        "distinct_patients",
    ),
    # trend
    B(
        "Plot monthly Urology visits in Saint Petersburg over 2025",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Urology' AND year(visit_date) = 2025 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "Как от квартала к кварталу менялась средняя стоимость стационарного визита в 2024 году?",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, round(avg(cost_rub), 2) AS avg_cost "
        "FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2024 GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Year-over-year number of acute bronchitis (J20) visits in Yekaterinburg",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' "
        "AND icd10_code = 'J20' GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    # breakdown
    B(
        "Число визитов с COVID-19 (U07.1, U07.2) в 2022 году в разрезе городов",
        "rows",
        f"SELECT city, count(*) AS visits FROM visits WHERE icd10_code IN {_COVID} AND year(visit_date) = 2022 "
        "GROUP BY city",
        "breakdown",
        ordered=False,
    ),
    B(
        "Give me Kazan's 2025 visit counts per ICD-10 chapter",
        "rows",
        "SELECT d.chapter, count(*) AS visits FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE v.city = 'Kazan' AND year(v.visit_date) = 2025 GROUP BY d.chapter",
        "breakdown",
        ordered=False,
    ),
    B(
        "Покажи по отделениям, сколько визитов было у пациентов 65+ в Новосибирске за 2024 год",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND age_at_visit >= 65 "
        "AND year(visit_date) = 2024 GROUP BY department",
        "breakdown",
        ordered=False,
    ),
    # follow_up
    B(
        "and how many of those were emergencies?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'Surgery' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="How many Surgery visits did Kazan have in 2023?",
    ),
    B(
        "а в Новосибирске?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND department = 'Neurology' "
        "AND year(visit_date) = 2025 GROUP BY icd10_code ORDER BY visits DESC LIMIT 3",
        "follow_up",
        follow_up_of="Топ-3 диагноза в неврологии Москвы за 2025 год",
    ),
    B(
        "same thing for inpatient, please",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024",
        "follow_up",
        follow_up_of="Average cost of an outpatient visit in Yekaterinburg in 2024",
    ),
    B(
        "разбей это по полу",
        "rows",
        "SELECT p.sex, count(DISTINCT v.patient_id) AS patients FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.department = 'Gastroenterology' AND year(v.visit_date) = 2022 GROUP BY p.sex",
        "follow_up",
        ordered=False,
        follow_up_of="Сколько уникальных пациентов обращалось в гастроэнтерологию в 2022 году?",
    ),
    # clarify
    B(
        "Which clinic is the busiest?",
        "clarify",
        "clinic at which level (city, district or department), busiest by visits or patients, over which period",
        "clarify",
    ),
    B(
        "How many repeat patients did we have in 2024?",
        "clarify",
        "what counts as a repeat patient (how many visits, within what window) and where",
        "clarify",
    ),
    B(
        "Сколько процентов приходится на Москву?",
        "clarify",
        "share of what (visits, patients or cost) and for which period",
        "clarify",
    ),
    # out_of_scope
    B(
        "What was the average BMI of our type 2 diabetes patients in 2025?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    B(
        "Сколько пациентов пришли к нам в 2024 году по направлению из другой клиники?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    B(
        "Сколько было неявок на приём в Казани в 2023 году?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    # colloquial
    B(
        "скока гриппа было в мск в янв 25го",
        "number",
        f"SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code IN {_FLU} "
        "AND visit_date BETWEEN DATE '2025-01-01' AND DATE '2025-01-31'",
        "colloquial",
    ),
    B(
        "spb vs msk er visits 2024?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'emergency' "
        "AND city IN ('Saint Petersburg', 'Moscow') AND year(visit_date) = 2024 GROUP BY city",
        "colloquial",
        ordered=False,
    ),
    B(
        "скок ребятни до 12 лет водили к лору в казани в 2023?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'ENT' "
        "AND age_at_visit < 12 AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "avg age of ppl hospitalized in novosib in 2023 plz",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    # average_age
    B(
        "What was the average patient age at Psychiatry visits in Moscow in 2023?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Moscow' AND department = 'Psychiatry' "
        "AND year(visit_date) = 2023",
        "average_age",
    ),
    B(
        "Средний возраст на момент обращения с пневмонией (J12–J18) в Новосибирске за 2024 год",
        "number",
        f"SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Novosibirsk' AND icd10_code IN {_PNEU} "
        "AND year(visit_date) = 2024",
        "average_age",
    ),
    B(
        "Какой средний возраст пациентов при экстренных визитах в 2025 году в разбивке по полу?",
        "rows",
        "SELECT p.sex, round(avg(v.age_at_visit), 1) AS avg_age FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.visit_type = 'emergency' AND year(v.visit_date) = 2025 GROUP BY p.sex",
        "average_age",
        ordered=False,
    ),
    # per_patient
    B(
        "How many times, on average, did a Neurology patient in Kazan come in during 2025?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Kazan' "
        "AND department = 'Neurology' AND year(visit_date) = 2025",
        "per_patient",
    ),
    B(
        "Средние затраты на одного пациента онкологии за 2023 год",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE department = 'Oncology' "
        "AND year(visit_date) = 2023",
        "per_patient",
    ),
    B(
        "Which city had the highest number of visits per patient in 2024?",
        "rows",
        "SELECT city, round(count(*) / count(DISTINCT patient_id), 2) AS visits_per_patient FROM visits "
        "WHERE year(visit_date) = 2024 GROUP BY city ORDER BY visits_per_patient DESC LIMIT 1",
        "per_patient",
    ),
    # date_range
    B(
        "Сколько визитов было в Новосибирске в период с 8 марта по 8 апреля 2024 года?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_date BETWEEN DATE '2024-03-08' AND DATE '2024-04-08'",
        "date_range",
    ),
    B(
        "Number of Cardiology visits in Moscow during November–December 2021",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND department = 'Cardiology' "
        "AND visit_date BETWEEN DATE '2021-11-01' AND DATE '2021-12-31'",
        "date_range",
    ),
    B(
        "How many outpatient visits did Saint Petersburg have in the last week of 2023, 25 to 31 December?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'outpatient' "
        "AND visit_date BETWEEN DATE '2023-12-25' AND DATE '2023-12-31'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "How many distinct patients had a pregnancy-related code (ICD-10 chapter XV, O00–O99) in 2024?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code LIKE 'O%' AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с болезнями кожи и подкожной клетчатки (L00–L99) было в Казани за 2025 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND icd10_code LIKE 'L%' AND year(visit_date) = 2025",
        "diagnosis_group",
    ),
    B(
        "How many visits for ischaemic heart disease (I20–I25) did Yekaterinburg log in 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND icd10_code >= 'I20' AND icd10_code < 'I26' "
        "AND year(visit_date) = 2023",
        "diagnosis_group",
    ),
    # fresh set 7 (2026-12-07)
    # count
    B(
        "Could you pull the number of Dermatology appointments in Novosibirsk for Q3 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND department = 'Dermatology' "
        "AND visit_date BETWEEN DATE '2025-07-01' AND DATE '2025-09-30'",
        "count",
    ),
    B(
        "How many times did patients come to the Oncology department in Saint Petersburg in 2022?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Oncology' "
        "AND year(visit_date) = 2022",
        "count",
    ),
    B(
        "Сколько визитов в гастроэнтерологию зарегистрировал Кировский район Екатеринбурга в 2025 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND district = 'Kirovsky' "
        "AND department = 'Gastroenterology' AND year(visit_date) = 2025",
        "count",
    ),
    # top
    B(
        "Which 4 diagnoses brought the most unique patients to Gastroenterology in 2024?",
        "rows",
        "SELECT icd10_code, count(DISTINCT patient_id) AS patients FROM visits WHERE department = 'Gastroenterology' "
        "AND year(visit_date) = 2024 GROUP BY icd10_code ORDER BY patients DESC LIMIT 4",
        "top",
    ),
    B(
        "Rank the top two Novosibirsk districts by emergency visits in 2022",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2022 GROUP BY district ORDER BY visits DESC LIMIT 2",
        "top",
    ),
    B(
        "Какие четыре диагноза чаще всего ставили женщинам старше 50 лет в 2023 году?",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE p.sex = 'F' AND v.age_at_visit > 50 AND year(v.visit_date) = 2023 "
        "GROUP BY v.icd10_code ORDER BY visits DESC LIMIT 4",
        "top",
    ),
    # fewest
    B(
        "Which quarter of 2025 was the quietest for Psychiatry in Moscow?",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(*) AS visits FROM visits "
        "WHERE city = 'Moscow' AND department = 'Psychiatry' AND year(visit_date) = 2025 "
        "GROUP BY 1 ORDER BY visits ASC LIMIT 1",
        "fewest",
    ),
    B(
        "Назови два округа Москвы с наименьшими расходами на стационар за 2024 год",
        "rows",
        "SELECT district, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Moscow' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY total_cost ASC LIMIT 2",
        "fewest",
    ),
    B(
        "Какой месяц 2021 года оказался самым спокойным для травматологии в Санкт-Петербурге?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Traumatology' AND year(visit_date) = 2021 GROUP BY month ORDER BY visits ASC LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "What percent of ENT visits in Kazan in 2024 were for children under 18?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit < 18) / count(*), 1) FROM visits "
        "WHERE city = 'Kazan' AND department = 'ENT' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "Of the visits coded J45 (asthma) in 2022, what percentage were emergency visits?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'emergency') / count(*), 1) FROM visits "
        "WHERE icd10_code = 'J45' AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "Сколько процентов пациентов эндокринологии в 2025 году составляли мужчины?",
        "number",
        "SELECT round(100.0 * count(DISTINCT v.patient_id) FILTER (WHERE p.sex = 'M') / count(DISTINCT v.patient_id), 1) "
        "FROM visits v JOIN patients p USING (patient_id) WHERE v.department = 'Endocrinology' "
        "AND year(v.visit_date) = 2025",
        "share",
    ),
    # comparison
    B(
        "Which cost more in total in Kazan in 2023: Neurology or Gastroenterology?",
        "rows",
        "SELECT department, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Kazan' "
        "AND department IN ('Neurology', 'Gastroenterology') AND year(visit_date) = 2023 GROUP BY department",
        "comparison",
        ordered=False,
    ),
    B(
        "How did Q4 2025 compare with Q4 2024 in total visits for Saint Petersburg? Give the growth in %.",
        "number",
        "SELECT round(100.0 * (count(*) FILTER (WHERE year(visit_date) = 2025) "
        "- count(*) FILTER (WHERE year(visit_date) = 2024)) "
        "/ count(*) FILTER (WHERE year(visit_date) = 2024), 1) "
        "FROM visits WHERE city = 'Saint Petersburg' AND quarter(visit_date) = 4",
        "comparison",
    ),
    B(
        "У кого в Екатеринбурге было больше экстренных визитов за 2025 год — у мужчин или у женщин?",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Yekaterinburg' AND v.visit_type = 'emergency' AND year(v.visit_date) = 2025 GROUP BY p.sex",
        "comparison",
        ordered=False,
    ),
    B(
        "Во сколько раз визитов с ОРВИ (J06) в январе–феврале 2024 года было больше, чем в июле–августе 2024 года?",
        "number",
        "SELECT round(count(*) FILTER (WHERE month(visit_date) IN (1, 2))::DOUBLE "
        "/ count(*) FILTER (WHERE month(visit_date) IN (7, 8)), 2) "
        "FROM visits WHERE icd10_code = 'J06' AND year(visit_date) = 2024",
        "comparison",
    ),
    # exclusion
    B(
        "Total visits in Saint Petersburg in 2024 except those to Therapy, Pediatrics and Neurology",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' "
        "AND department NOT IN ('Therapy', 'Pediatrics', 'Neurology') AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Top 3 diagnoses among Moscow emergency visits in 2025, ignoring J06",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Moscow' AND visit_type = 'emergency' "
        "AND icd10_code <> 'J06' AND year(visit_date) = 2025 GROUP BY icd10_code ORDER BY visits DESC LIMIT 3",
        "exclusion",
    ),
    B(
        "Сколько уникальных пациентов лечилось в Екатеринбурге в 2025 году, если не брать в расчёт Ленинский и Кировский районы?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' "
        "AND district NOT IN ('Leninsky', 'Kirovsky') AND year(visit_date) = 2025",
        "exclusion",
    ),
    # age_range
    B(
        "How many inpatient visits in Kazan in 2025 were by patients aged 40 through 59?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' "
        "AND age_at_visit BETWEEN 40 AND 59 AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "Сколько раз за 2024 год в неврологию обращались пациенты не старше 30 лет?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Neurology' AND age_at_visit <= 30 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Сколько пациентов в возрасте от 75 до 85 лет побывало в офтальмологии Москвы за 2023 год?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND department = 'Ophthalmology' "
        "AND age_at_visit BETWEEN 75 AND 85 AND year(visit_date) = 2023",
        "age_range",
    ),
    # money
    B(
        "How much did all Gynecology visits in Moscow cost in 2025?",
        "number",
        "SELECT sum(cost_rub) FROM visits WHERE city = 'Moscow' AND department = 'Gynecology' AND year(visit_date) = 2025",
        "money",
    ),
    B(
        "Сколько в среднем обходился экстренный визит в Москве в первом квартале 2025 года?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND visit_type = 'emergency' "
        "AND visit_date BETWEEN DATE '2025-01-01' AND DATE '2025-03-31'",
        "money",
    ),
    B(
        "Какой район Санкт-Петербурга оказался самым дорогим по средней стоимости визита в 2024 году?",
        "rows",
        "SELECT district, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Saint Petersburg' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY avg_cost DESC LIMIT 1",
        "money",
    ),
    # distinct_patients
    B(
        "How many different people visited the Pulmonology department in Saint Petersburg during 2023?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Pulmonology' "
        "AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    B(
        "How many patients visited both Neurology and Psychiatry in 2025?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE department = 'Neurology' AND year(visit_date) = 2025 "
        "INTERSECT SELECT patient_id FROM visits WHERE department = 'Psychiatry' AND year(visit_date) = 2025)",
        "distinct_patients",
    ),
    B(
        "Сколько мужчин хотя бы раз обращались в урологию в Москве за 2024 год?",
        "number",
        "SELECT count(DISTINCT v.patient_id) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Moscow' AND v.department = 'Urology' AND p.sex = 'M' AND year(v.visit_date) = 2024",
        "distinct_patients",
    ),
    # trend
    B(
        "Show how inpatient spending in Saint Petersburg evolved year by year",
        "rows",
        "SELECT year(visit_date) AS year, sum(cost_rub) AS total_cost FROM visits WHERE city = 'Saint Petersburg' "
        "AND visit_type = 'inpatient' GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Как менялось число визитов с атопическим дерматитом (L20) по кварталам 2024 года?",
        "rows",
        "SELECT concat(year(visit_date), '-Q', quarter(visit_date)) AS quarter, count(*) AS visits FROM visits "
        "WHERE icd10_code = 'L20' AND year(visit_date) = 2024 GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    B(
        "Помесячно: сколько разных пациентов приходило в эндокринологию в Казани в 2025 году",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(DISTINCT patient_id) AS patients FROM visits "
        "WHERE city = 'Kazan' AND department = 'Endocrinology' AND year(visit_date) = 2025 GROUP BY 1 ORDER BY 1",
        "trend",
    ),
    # breakdown
    B(
        "Cardiology visit count in Yekaterinburg for 2022, split by district",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND department = 'Cardiology' "
        "AND year(visit_date) = 2022 GROUP BY district",
        "breakdown",
        ordered=False,
    ),
    B(
        "Number of type 1 diabetes (E10) visits per city across all years",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE icd10_code = 'E10' GROUP BY city",
        "breakdown",
        ordered=False,
    ),
    B(
        "Сколько визитов было в Казани в 2024 году в разрезе районов и типов визита?",
        "rows",
        "SELECT district, visit_type, count(*) AS visits FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2024 "
        "GROUP BY district, visit_type",
        "breakdown",
        ordered=False,
    ),
    # follow_up
    B(
        "and how many distinct patients was that?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND department = 'Dermatology' "
        "AND year(visit_date) = 2024",
        "follow_up",
        follow_up_of="How many Dermatology visits did Moscow have in 2024?",
    ),
    B(
        "ok, and for Novosibirsk in the same year?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2022 "
        "GROUP BY department ORDER BY visits DESC LIMIT 3",
        "follow_up",
        follow_up_of="Top 3 departments by visits in Kazan in 2022",
    ),
    B(
        "а из них у пациентов 65 лет и старше?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' "
        "AND age_at_visit >= 65 AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="Сколько экстренных визитов было в Санкт-Петербурге в 2023 году?",
    ),
    B(
        "а в гастроэнтерологии там же?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND department = 'Gastroenterology' "
        "AND year(visit_date) = 2024",
        "follow_up",
        follow_up_of="Средняя стоимость визита в кардиологии в Казани за 2024 год",
    ),
    # clarify
    B(
        "How many young adults went to Psychiatry in 2024?",
        "clarify",
        "what age range counts as young adults",
        "clarify",
    ),
    B(
        "Was Kirovsky busier than Leninsky in 2024?",
        "clarify",
        "which city: Kirovsky and Leninsky districts exist in several cities",
        "clarify",
    ),
    B(
        "Сколько визитов пациентов среднего возраста было в кардиологии в 2025 году?",
        "clarify",
        "what age range counts as middle-aged",
        "clarify",
    ),
    B(
        "Сравни отделения по Новосибирску",
        "clarify",
        "compare departments by which metric and over which period",
        "clarify",
    ),
    # out_of_scope
    B(
        "What was the average door-to-needle time for stroke patients in Moscow in 2024?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    B(
        "Какая средняя температура у пациентов с гриппом при поступлении?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    B(
        "Сколько сотрудников уволилось из клиник Екатеринбурга в 2023 году?",
        "out_of_scope",
        kind="out_of_scope",
    ),
    # colloquial
    B(
        "hw many ppl went to derm in kzn 2025 lol",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'Dermatology' "
        "AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "скок визитов к гастроэнтерологу в мск за 1й квартал 25го?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND department = 'Gastroenterology' "
        "AND visit_date BETWEEN DATE '2025-01-01' AND DATE '2025-03-31'",
        "colloquial",
    ),
    B(
        "средн чек в педиатрии в екб за 23 год какой?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Pediatrics' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    # average_age
    B(
        "Average patient age for inpatient Cardiology visits in Saint Petersburg, 2025?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Cardiology' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2025",
        "average_age",
    ),
    B(
        "How old, on average, were patients at their Dermatology visits in Kazan in 2022?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Kazan' AND department = 'Dermatology' "
        "AND year(visit_date) = 2022",
        "average_age",
    ),
    B(
        "Средний возраст пациентов с эпилепсией (G40) на момент визита за весь период",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE icd10_code = 'G40'",
        "average_age",
    ),
    # per_patient
    B(
        "Average number of visits per distinct patient in Yekaterinburg in 2021",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Yekaterinburg' "
        "AND year(visit_date) = 2021",
        "per_patient",
    ),
    B(
        "Сколько в среднем тратили на одного пациента травматологии в Москве в 2025 году?",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Moscow' "
        "AND department = 'Traumatology' AND year(visit_date) = 2025",
        "per_patient",
    ),
    B(
        "Сколько визитов в среднем приходится на одного пациента с ХОБЛ (J44) за все годы?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE icd10_code = 'J44'",
        "per_patient",
    ),
    # date_range
    B(
        "How many Infectious Diseases visits were logged between 20 January and 10 March 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Infectious Diseases' "
        "AND visit_date BETWEEN DATE '2025-01-20' AND DATE '2025-03-10'",
        "date_range",
    ),
    B(
        "Visits in Yekaterinburg from 1 September to 15 November 2022, please",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' "
        "AND visit_date BETWEEN DATE '2022-09-01' AND DATE '2022-11-15'",
        "date_range",
    ),
    B(
        "Сколько экстренных визитов было в Санкт-Петербурге с 1 по 14 мая 2024 года?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' "
        "AND visit_date BETWEEN DATE '2024-05-01' AND DATE '2024-05-14'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "How many visits with a genitourinary diagnosis (ICD-10 chapter XIV, N00–N99) did Moscow have in 2022?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code LIKE 'N%' AND year(visit_date) = 2022",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с хроническими болезнями нижних дыхательных путей (J40–J47) было в Екатеринбурге за 2024 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND icd10_code >= 'J40' AND icd10_code < 'J48' "
        "AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    B(
        "Сколько разных пациентов с болезнями глаза и его придаточного аппарата (H00–H59) обращались в Казани в 2023 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND icd10_code >= 'H00' "
        "AND icd10_code < 'H60' AND year(visit_date) = 2023",
        "diagnosis_group",
    ),
    # fresh set 8 (2026-12-07)
    # count
    B(
        "What was the inpatient visit count for Urology across all cities in 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Urology' AND visit_type = 'inpatient' AND year(visit_date) = 2023",
        "count",
    ),
    B(
        "How many visits did the Nevsky district of Saint Petersburg record in the second half of 2021?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND district = 'Nevsky' "
        "AND visit_date BETWEEN DATE '2021-07-01' AND DATE '2021-12-31'",
        "count",
    ),
    B(
        "Подскажите число обращений с мигренью (G43) в Новосибирске за 2024 год",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND icd10_code = 'G43' AND year(visit_date) = 2024",
        "count",
    ),
    # top
    B(
        "List the two departments with the highest outpatient traffic in Zelenogradsky district in 2023",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Moscow' AND district = 'Zelenogradsky' "
        "AND visit_type = 'outpatient' AND year(visit_date) = 2023 GROUP BY department ORDER BY visits DESC, department LIMIT 2",
        "top",
    ),
    B(
        "Какие три района Новосибирска больше всего потратили на лечение в 2024 году?",
        "rows",
        "SELECT district, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Novosibirsk' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY total_cost DESC, district LIMIT 3",
        "top",
    ),
    B(
        "С каким диагнозом чаще всего приходили пациенты старше 75 лет в Москве в 2022 году?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Moscow' AND age_at_visit > 75 "
        "AND year(visit_date) = 2022 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 1",
        "top",
    ),
    # fewest
    B(
        "Which Kazan district saw the smallest number of inpatient stays in 2022?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2022 GROUP BY district ORDER BY visits ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "Bottom 3 departments by visit volume in Yekaterinburg for 2025",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2025 "
        "GROUP BY department ORDER BY visits ASC, department LIMIT 3",
        "fewest",
    ),
    B(
        "В каком городе меньше всего визитов в офтальмологию за 2023 год?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE department = 'Ophthalmology' AND year(visit_date) = 2023 "
        "GROUP BY city ORDER BY visits ASC, city LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "What fraction of all 2023 visits in Novosibirsk went to Cardiology, as a percentage?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE department = 'Cardiology') / count(*), 1) FROM visits "
        "WHERE city = 'Novosibirsk' AND year(visit_date) = 2023",
        "share",
    ),
    B(
        "Какая доля визитов в хирургию в Санкт-Петербурге за 2022 год пришлась на стационар? В процентах",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'inpatient') / count(*), 1) FROM visits "
        "WHERE city = 'Saint Petersburg' AND department = 'Surgery' AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "Какой процент расходов Казани за 2025 год приходится на онкологию?",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE department = 'Oncology') / sum(cost_rub), 1) FROM visits "
        "WHERE city = 'Kazan' AND year(visit_date) = 2025",
        "share",
    ),
    # comparison
    B(
        "Did Pulmonology see more patients in Moscow or in Saint Petersburg during 2024?",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE department = 'Pulmonology' "
        "AND city IN ('Moscow', 'Saint Petersburg') AND year(visit_date) = 2024 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Emergency visits in Novosibirsk: 2021 vs 2025, side by side",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_type = 'emergency' AND year(visit_date) IN (2021, 2025) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Где средняя стоимость визита в кардиологию выше в 2023 году: в Казани или в Екатеринбурге?",
        "rows",
        "SELECT city, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE department = 'Cardiology' "
        "AND city IN ('Kazan', 'Yekaterinburg') AND year(visit_date) = 2023 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "На сколько визитов с гипертонией (I10) в Москве в 2025 году больше или меньше, чем в 2021-м?",
        "number",
        "SELECT count(*) FILTER (WHERE year(visit_date) = 2025) - count(*) FILTER (WHERE year(visit_date) = 2021) "
        "FROM visits WHERE city = 'Moscow' AND icd10_code = 'I10'",
        "comparison",
    ),
    # exclusion
    B(
        "Count of Kazan visits in 2023 not counting outpatient ones",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND visit_type <> 'outpatient' AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Top 4 departments by spend in Moscow in 2024, leaving out Oncology and Surgery",
        "rows",
        "SELECT department, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Moscow' "
        "AND department NOT IN ('Oncology', 'Surgery') AND year(visit_date) = 2024 "
        "GROUP BY department ORDER BY total_cost DESC, department LIMIT 4",
        "exclusion",
    ),
    B(
        "Сколько было визитов в педиатрию в 2024 году по всем городам, кроме Москвы?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Pediatrics' AND city <> 'Moscow' AND year(visit_date) = 2024",
        "exclusion",
    ),
    # age_range
    B(
        "How many Neurology visits in 2023 involved patients between 45 and 64 years old inclusive?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Neurology' AND age_at_visit BETWEEN 45 AND 64 "
        "AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Сколько визитов подростков 12–17 лет было в Екатеринбурге за 2024 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND age_at_visit BETWEEN 12 AND 17 "
        "AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Число экстренных обращений пациентов 80 лет и старше в Санкт-Петербурге в 2025 году",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' "
        "AND age_at_visit >= 80 AND year(visit_date) = 2025",
        "age_range",
    ),
    # money
    B(
        "What did Gynecology cost us in total in Yekaterinburg in 2022, in rubles?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Gynecology' "
        "AND year(visit_date) = 2022",
        "money",
    ),
    B(
        "Average price of an emergency visit in Kazan in 2024?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "Во сколько рублей в среднем обходился один визит с переломом бедра (S72) в 2023 году?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE icd10_code = 'S72' AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "Суммарные затраты на дерматологию в Новосибирске за 2021 год",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND department = 'Dermatology' "
        "AND year(visit_date) = 2021",
        "money",
    ),
    # distinct_patients
    B(
        "How many individual people were seen in Endocrinology in Saint Petersburg in 2023?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Endocrinology' "
        "AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    B(
        "Сколько человек с сахарным диабетом 2 типа (E11) наблюдалось в Казани в 2024 году? Каждого считать один раз",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND icd10_code = 'E11' "
        "AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "Сколько разных пациентов попадало в стационар в Москве в 2022 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2022",
        "distinct_patients",
    ),
    # trend
    B(
        "Show yearly Oncology visit counts in Moscow from 2021 through 2025",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Moscow' AND department = 'Oncology' "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "Quarter-by-quarter emergency visits in Kazan during 2024",
        "rows",
        "SELECT '2024-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits WHERE city = 'Kazan' "
        "AND visit_type = 'emergency' AND year(visit_date) = 2024 GROUP BY quarter ORDER BY quarter",
        "trend",
    ),
    B(
        "Как по месяцам менялось число визитов с ветрянкой (B01) в 2023 году?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE icd10_code = 'B01' "
        "AND year(visit_date) = 2023 GROUP BY month ORDER BY month",
        "trend",
    ),
    # breakdown
    B(
        "Break down 2025 Traumatology visits in Saint Petersburg by visit type",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND department = 'Traumatology' "
        "AND year(visit_date) = 2025 GROUP BY visit_type ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    B(
        "Разбивка визитов в Екатеринбурге за 2023 год по районам",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2023 "
        "GROUP BY district ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    B(
        "Сколько визитов с пневмонией было у мужчин и у женщин в 2024 году? Раздели по полу",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        f"WHERE v.icd10_code IN {_PNEU} AND year(v.visit_date) = 2024 GROUP BY p.sex ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    # follow_up
    B(
        "And in 2022?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Urology' AND visit_type = 'inpatient' AND year(visit_date) = 2022",
        "follow_up",
        follow_up_of="What was the inpatient visit count for Urology across all cities in 2023?",
    ),
    B(
        "Same thing but for Kazan only",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'Endocrinology' "
        "AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="How many individual people were seen in Endocrinology in Saint Petersburg in 2023?",
    ),
    B(
        "А теперь то же самое, но только для женщин",
        "number",
        "SELECT count(*) FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Yekaterinburg' "
        "AND p.sex = 'F' AND v.age_at_visit BETWEEN 12 AND 17 AND year(v.visit_date) = 2024",
        "follow_up",
        follow_up_of="Сколько визитов подростков 12–17 лет было в Екатеринбурге за 2024 год?",
    ),
    B(
        "А в Москве сколько вышло?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND department = 'Dermatology' "
        "AND year(visit_date) = 2021",
        "follow_up",
        follow_up_of="Суммарные затраты на дерматологию в Новосибирске за 2021 год",
    ),
    # clarify
    B(
        "Has Kazan grown?",
        "clarify",
        "growth of which metric (visits, patients or cost) and between which periods",
        "clarify",
    ),
    B(
        "How many visits for heart problems did Moscow have in 2024?",
        "clarify",
        "which diagnoses count as heart problems: the whole I00–I99 chapter, ischaemic I20–I25, arrhythmias or heart failure",
        "clarify",
    ),
    B(
        "Сколько обращений с простудой было в Казани в 2024 году?",
        "clarify",
        "what counts as a cold: J00 only or all acute upper respiratory infections J00–J06",
        "clarify",
    ),
    # out_of_scope
    B(
        "How many Yekaterinburg inpatients were transferred to another hospital in 2023?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Сколько пациентов Екатеринбурга имеют группу инвалидности?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Сколько минут в среднем длится приём у невролога в Казани?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # colloquial
    B(
        "how many ppl had emergncy visits in ekb in 2024 lol",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "novosib cardiolgy visits 2022 total pls",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND department = 'Cardiology' AND year(visit_date) = 2022",
        "colloquial",
    ),
    B(
        "скок визитов в питере по травме в 23м году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Traumatology' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    # average_age
    B(
        "Mean age of patients at Gastroenterology visits in Novosibirsk in 2025?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Novosibirsk' AND department = 'Gastroenterology' "
        "AND year(visit_date) = 2025",
        "average_age",
    ),
    B(
        "What is the average age at visit for atrial fibrillation (I48) across the whole dataset?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE icd10_code = 'I48'",
        "average_age",
    ),
    B(
        "Средний возраст пациентов на экстренных визитах в Казани в 2023 году",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Kazan' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2023",
        "average_age",
    ),
    # per_patient
    B(
        "On average, how many Psychiatry visits did each patient make in Moscow in 2024?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Moscow' "
        "AND department = 'Psychiatry' AND year(visit_date) = 2024",
        "per_patient",
    ),
    B(
        "Сколько рублей в среднем приходится на одного пациента онкологии в Санкт-Петербурге за 2023 год?",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Oncology' AND year(visit_date) = 2023",
        "per_patient",
    ),
    B(
        "Среднее число визитов на пациента в Новосибирске за 2022 год",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Novosibirsk' "
        "AND year(visit_date) = 2022",
        "per_patient",
    ),
    # date_range
    B(
        "How many ENT visits were there in Moscow from 15 October to 31 December 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND department = 'ENT' "
        "AND visit_date BETWEEN DATE '2023-10-15' AND DATE '2023-12-31'",
        "date_range",
    ),
    B(
        "Total spend on inpatient care between 1 June and 31 August 2025",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE visit_type = 'inpatient' "
        "AND visit_date BETWEEN DATE '2025-06-01' AND DATE '2025-08-31'",
        "date_range",
    ),
    B(
        "Сколько визитов с гриппом было в Казани с 1 декабря 2022 по 28 февраля 2023 года?",
        "number",
        f"SELECT count(*) FROM visits WHERE city = 'Kazan' AND icd10_code IN {_FLU} "
        "AND visit_date BETWEEN DATE '2022-12-01' AND DATE '2023-02-28'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "How many visits for injuries (ICD-10 chapter XIX, S00–T98) did Novosibirsk record in 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND (icd10_code LIKE 'S%' OR icd10_code LIKE 'T%') "
        "AND year(visit_date) = 2025",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с болезнями системы кровообращения (I00–I99) было в Санкт-Петербурге за 2021 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code LIKE 'I%' AND year(visit_date) = 2021",
        "diagnosis_group",
    ),
    B(
        "Сколько было визитов с новообразованиями (C00–D48) в Москве в 2024 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND (icd10_code LIKE 'C%' OR (icd10_code >= 'D00' "
        "AND icd10_code < 'D49')) AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    # fresh set 9 (2026-12-08)
    # count
    B(
        "How many Psychiatry visits were logged in Saint Petersburg's Kalininsky district in 2022?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND district = 'Kalininsky' "
        "AND department = 'Psychiatry' AND year(visit_date) = 2022",
        "count",
    ),
    B(
        "Сколько раз в 2023 году ставили острый аппендицит (K35)?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code = 'K35' AND year(visit_date) = 2023",
        "count",
    ),
    # top
    B(
        "Which two ICD-10 chapters accounted for the biggest total cost in 2025?",
        "rows",
        "SELECT d.chapter, round(sum(v.cost_rub), 2) AS total_cost FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE year(v.visit_date) = 2025 GROUP BY d.chapter ORDER BY total_cost DESC, d.chapter LIMIT 2",
        "top",
    ),
    B(
        "Top 3 diagnoses by number of unique patients in Moscow's Southern okrug, 2024",
        "rows",
        "SELECT icd10_code, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Moscow' "
        "AND district = 'Southern' AND year(visit_date) = 2024 GROUP BY icd10_code "
        "ORDER BY patients DESC, icd10_code LIMIT 3",
        "top",
    ),
    B(
        "Назови три диагноза, с которыми чаще всего госпитализировали в Казани в 2023 году",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2023 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 3",
        "top",
    ),
    # fewest
    B(
        "Which Saint Petersburg district had the lowest total spending in 2023?",
        "rows",
        "SELECT district, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Saint Petersburg' "
        "AND year(visit_date) = 2023 GROUP BY district ORDER BY total_cost ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "Name the two months of 2022 with the fewest Pediatrics visits across the network",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE department = 'Pediatrics' "
        "AND year(visit_date) = 2022 GROUP BY month ORDER BY visits ASC, month LIMIT 2",
        "fewest",
    ),
    B(
        "В каком округе Москвы было меньше всего уникальных пациентов кардиологии в 2025 году?",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Moscow' "
        "AND department = 'Cardiology' AND year(visit_date) = 2025 GROUP BY district "
        "ORDER BY patients ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "Какой вид обращения реже всего встречался у детей в 2024 году?",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE age_at_visit < 18 AND year(visit_date) = 2024 "
        "GROUP BY visit_type ORDER BY visits ASC, visit_type LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "Of the inpatient visits in 2024, what percentage involved children?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit < 18) / count(*), 1) FROM visits "
        "WHERE visit_type = 'inpatient' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "What percent of Moscow's Therapy visits in 2023 were made by women?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE p.sex = 'F') / count(*), 1) FROM visits v "
        "JOIN patients p USING (patient_id) WHERE v.city = 'Moscow' AND v.department = 'Therapy' "
        "AND year(v.visit_date) = 2023",
        "share",
    ),
    B(
        "Какую долю всех экстренных визитов 2025 года составили травмы (S00–T98)? В процентах",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE icd10_code LIKE 'S%' OR icd10_code LIKE 'T%') / count(*), 1) "
        "FROM visits WHERE visit_type = 'emergency' AND year(visit_date) = 2025",
        "share",
    ),
    B(
        "Какой процент расходов на стационар в 2022 году пришёлся на пациентов 65 лет и старше?",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE age_at_visit >= 65) / sum(cost_rub), 1) FROM visits "
        "WHERE visit_type = 'inpatient' AND year(visit_date) = 2022",
        "share",
    ),
    # comparison
    B(
        "Pediatrics visits in 2025: Kazan versus Novosibirsk",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE department = 'Pediatrics' "
        "AND city IN ('Kazan', 'Novosibirsk') AND year(visit_date) = 2025 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Did the average emergency visit get more expensive between 2021 and 2025? Show the average for both years.",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(cost_rub), 2) AS avg_cost FROM visits "
        "WHERE visit_type = 'emergency' AND year(visit_date) IN (2021, 2025) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Кого среди пациентов офтальмологии в 2023 году было больше — мужчин или женщин?",
        "rows",
        "SELECT p.sex, count(DISTINCT v.patient_id) AS patients FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.department = 'Ophthalmology' AND year(v.visit_date) = 2023 GROUP BY p.sex",
        "comparison",
        ordered=False,
    ),
    B(
        "Сравни число визитов в травматологию в Казани за 2022 и 2025 годы",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Kazan' "
        "AND department = 'Traumatology' AND year(visit_date) IN (2022, 2025) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "How many outpatient visits did adults aged 18 to 64 make in 2024 outside Moscow?",
        "number",
        "SELECT count(*) FROM visits WHERE city <> 'Moscow' AND visit_type = 'outpatient' "
        "AND age_at_visit BETWEEN 18 AND 64 AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Leaving Moscow aside, which city had the most Neurology visits in 2022?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE department = 'Neurology' AND city <> 'Moscow' "
        "AND year(visit_date) = 2022 GROUP BY city ORDER BY visits DESC, city LIMIT 1",
        "exclusion",
    ),
    B(
        "Число визитов в Екатеринбурге за 2023 год без терапии и неврологии",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND department NOT IN ('Therapy', 'Neurology') "
        "AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Топ-3 диагноза у женщин за 2022 год, если не брать J06 и Z00",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE p.sex = 'F' AND v.icd10_code NOT IN ('J06', 'Z00') AND year(v.visit_date) = 2022 "
        "GROUP BY v.icd10_code ORDER BY visits DESC, v.icd10_code LIMIT 3",
        "exclusion",
    ),
    # age_range
    B(
        "How many emergency visits in Novosibirsk in 2023 were by patients aged 65 to 74?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'emergency' "
        "AND age_at_visit BETWEEN 65 AND 74 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "How many distinct patients aged 30-39 went to Gastroenterology in 2025?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE department = 'Gastroenterology' "
        "AND age_at_visit BETWEEN 30 AND 39 AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "Сколько визитов пациентов старше 85 лет приняла кардиология Санкт-Петербурга в 2024 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Cardiology' "
        "AND age_at_visit > 85 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Сколько госпитализаций детей младше трёх лет было в 2022 году?",
        "number",
        "SELECT count(*) FROM visits WHERE visit_type = 'inpatient' AND age_at_visit < 3 AND year(visit_date) = 2022",
        "age_range",
    ),
    # money
    B(
        "What was the average cost of a visit for acute myocardial infarction (I21) in Moscow, all years combined?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND icd10_code = 'I21'",
        "money",
    ),
    B(
        "Сколько всего денег ушло на педиатрию в Екатеринбурге в 2025 году?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Pediatrics' "
        "AND year(visit_date) = 2025",
        "money",
    ),
    # distinct_patients
    B(
        "How many different patients came through the Emergency department in Kazan in 2023?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'Emergency' "
        "AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    B(
        "How many distinct patients were diagnosed with a depressive episode (F32) in 2023?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code = 'F32' AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    B(
        "Сколько разных пациентов с гастритом (K29) обращались в Новосибирске за 2025 год?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Novosibirsk' AND icd10_code = 'K29' "
        "AND year(visit_date) = 2025",
        "distinct_patients",
    ),
    # trend
    B(
        "Monthly Dermatology visits in Kazan for 2023",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Kazan' "
        "AND department = 'Dermatology' AND year(visit_date) = 2023 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "Как по кварталам 2025 года менялось число визитов с ОРВИ (J06) в Москве?",
        "rows",
        "SELECT '2025-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits WHERE city = 'Moscow' "
        "AND icd10_code = 'J06' AND year(visit_date) = 2025 GROUP BY quarter ORDER BY quarter",
        "trend",
    ),
    # breakdown
    B(
        "Break down 2022 Endocrinology visits by city",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE department = 'Endocrinology' AND year(visit_date) = 2022 "
        "GROUP BY city ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    B(
        "How were Novosibirsk's 2024 inpatient visits split between men and women?",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Novosibirsk' AND v.visit_type = 'inpatient' AND year(v.visit_date) = 2024 "
        "GROUP BY p.sex ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    B(
        "Разбей визиты с гипертонией (I10) за 2025 год по отделениям",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE icd10_code = 'I10' AND year(visit_date) = 2025 "
        "GROUP BY department ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "On average, how many visits did each Cardiology patient make in Saint Petersburg in 2022?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Cardiology' AND year(visit_date) = 2022",
        "per_patient",
    ),
    B(
        "and for Neurology?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Neurology' AND year(visit_date) = 2022",
        "follow_up",
        follow_up_of="On average, how many visits did each Cardiology patient make in Saint Petersburg in 2022?",
    ),
    B(
        "How many visits did Novosibirsk have between 1 April and 15 May 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_date BETWEEN DATE '2024-04-01' AND DATE '2024-05-15'",
        "date_range",
    ),
    B(
        "how many of them were inpatient?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'inpatient' "
        "AND visit_date BETWEEN DATE '2024-04-01' AND DATE '2024-05-15'",
        "follow_up",
        follow_up_of="How many visits did Novosibirsk have between 1 April and 15 May 2024?",
    ),
    B(
        "Сколько стоили все стационарные визиты в Казани за 2024 год?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "а средний чек одного такого визита?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024",
        "follow_up",
        follow_up_of="Сколько стоили все стационарные визиты в Казани за 2024 год?",
    ),
    B(
        "Какой средний возраст пациентов урологии в Москве на момент визита за 2023 год?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Moscow' AND department = 'Urology' "
        "AND year(visit_date) = 2023",
        "average_age",
    ),
    B(
        "а отдельно у мужчин?",
        "number",
        "SELECT round(avg(v.age_at_visit), 1) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Moscow' AND v.department = 'Urology' AND p.sex = 'M' AND year(v.visit_date) = 2023",
        "follow_up",
        follow_up_of="Какой средний возраст пациентов урологии в Москве на момент визита за 2023 год?",
    ),
    # clarify
    B(
        "Show me the bottom 3 for Kazan in 2024",
        "clarify",
        "bottom 3 of what (departments, districts, diagnoses) and by which measure",
        "clarify",
    ),
    B(
        "What was the total cost of Cardiology visits in April?",
        "clarify",
        "April of which year (data covers 2021–2025)",
        "clarify",
    ),
    B(
        "Сколько госпитализаций было в Железнодорожном районе за 2025 год?",
        "clarify",
        "which city: Zheleznodorozhny district exists in Novosibirsk and Yekaterinburg",
        "clarify",
    ),
    # out_of_scope
    B(
        "Which pharmacy chain supplied the most insulin to our clinics in 2024?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какое среднее артериальное давление у пациентов с гипертонией при первом визите?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какой был средний уровень холестерина у пациентов кардиологии в Москве в 2024 году?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # colloquial
    B(
        "hw many ppl got admitted (inpatient) in st pete in 2025??",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "avg age pts in peds kzn 2024",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Kazan' AND department = 'Pediatrics' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "скока визитов с гриппом в екб было за 22й год",
        "number",
        f"SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND icd10_code IN {_FLU} AND year(visit_date) = 2022",
        "colloquial",
    ),
    B(
        "чё по расходам на эндокринку в мск за 2023, скока вышло?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND department = 'Endocrinology' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    # average_age
    B(
        "What was the average patient age at Ophthalmology visits in Saint Petersburg in 2021?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Ophthalmology' "
        "AND year(visit_date) = 2021",
        "average_age",
    ),
    # per_patient
    B(
        "Сколько в среднем рублей приходится на одного пациента в Казани за 2025 год?",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Kazan' "
        "AND year(visit_date) = 2025",
        "per_patient",
    ),
    B(
        "Сколько экстренных обращений в среднем приходится на одного экстренного пациента в Новосибирске за 2023 год?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_type = 'emergency' AND year(visit_date) = 2023",
        "per_patient",
    ),
    # date_range
    B(
        "Сколько визитов в офтальмологию было с 10 ноября по 10 декабря 2022 года?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Ophthalmology' "
        "AND visit_date BETWEEN DATE '2022-11-10' AND DATE '2022-12-10'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "How many visits for diseases of the nervous system (ICD-10 chapter VI, G00–G99) did Kazan have in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND icd10_code LIKE 'G%' AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с кишечными инфекциями (A00–A09) было в 2023 году?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code >= 'A00' AND icd10_code < 'A10' AND year(visit_date) = 2023",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с психическими расстройствами (F00–F99) было в Санкт-Петербурге в 2025 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code LIKE 'F%' AND year(visit_date) = 2025",
        "diagnosis_group",
    ),
    # fresh set 10 (2026-12-08)
    # count
    B(
        "What's the number of visits coded J20 (acute bronchitis) in Moscow's Eastern okrug in 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND district = 'Eastern' AND icd10_code = 'J20' "
        "AND year(visit_date) = 2025",
        "count",
    ),
    B(
        "Сколько обращений приняло инфекционное отделение в Санкт-Петербурге за 2024 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Infectious Diseases' "
        "AND year(visit_date) = 2024",
        "count",
    ),
    # top
    B(
        "Which quarter of 2023 had the most inpatient visits across the network?",
        "rows",
        "SELECT '2023-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits "
        "WHERE visit_type = 'inpatient' AND year(visit_date) = 2023 GROUP BY quarter ORDER BY visits DESC, quarter LIMIT 1",
        "top",
    ),
    B(
        "Какие пять диагнозов чаще всего ставили мужчинам в Санкт-Петербурге в 2025 году?",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Saint Petersburg' AND p.sex = 'M' AND year(v.visit_date) = 2025 "
        "GROUP BY v.icd10_code ORDER BY visits DESC, v.icd10_code LIMIT 5",
        "top",
    ),
    # fewest
    B(
        "Which city recorded the fewest emergency visits by children in 2023?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'emergency' AND age_at_visit < 18 "
        "AND year(visit_date) = 2023 GROUP BY city ORDER BY visits ASC, city LIMIT 1",
        "fewest",
    ),
    B(
        "The two cheapest departments in Moscow in 2022 by total cost?",
        "rows",
        "SELECT department, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Moscow' "
        "AND year(visit_date) = 2022 GROUP BY department ORDER BY total_cost ASC, department LIMIT 2",
        "fewest",
    ),
    B(
        "Какой район Санкт-Петербурга дал меньше всего экстренных визитов за 2023 год?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2023 GROUP BY district ORDER BY visits ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "Какой город сети потратил меньше всего на онкологию в 2022 году?",
        "rows",
        "SELECT city, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE department = 'Oncology' "
        "AND year(visit_date) = 2022 GROUP BY city ORDER BY total_cost ASC, city LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "Among all visits by patients aged 65 and over in 2025, what percentage were inpatient?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'inpatient') / count(*), 1) FROM visits "
        "WHERE age_at_visit >= 65 AND year(visit_date) = 2025",
        "share",
    ),
    B(
        "What percentage of all COVID-19 visits (U07.1, U07.2) over the whole period happened in 2022?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE year(visit_date) = 2022) / count(*), 1) FROM visits "
        f"WHERE icd10_code IN {_COVID}",
        "share",
    ),
    B(
        "Какую долю среди всех пациентов неврологии Новосибирска за 2024 год составляли мужчины? В процентах",
        "number",
        "SELECT round(100.0 * count(DISTINCT v.patient_id) FILTER (WHERE p.sex = 'M') / count(DISTINCT v.patient_id), 1) "
        "FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Novosibirsk' "
        "AND v.department = 'Neurology' AND year(v.visit_date) = 2024",
        "share",
    ),
    B(
        "Сколько процентов всех визитов детей до 18 лет за 2024 год пришлось на педиатрию?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE department = 'Pediatrics') / count(*), 1) FROM visits "
        "WHERE age_at_visit < 18 AND year(visit_date) = 2024",
        "share",
    ),
    # comparison
    B(
        "How many more distinct patients did Moscow have than Kazan in 2023?",
        "number",
        "SELECT count(DISTINCT patient_id) FILTER (WHERE city = 'Moscow') - count(DISTINCT patient_id) "
        "FILTER (WHERE city = 'Kazan') FROM visits WHERE year(visit_date) = 2023",
        "comparison",
    ),
    B(
        "Was Q1 2024 or Q1 2025 busier for Dermatology?",
        "rows",
        "SELECT year(visit_date) || '-Q1' AS quarter, count(*) AS visits FROM visits WHERE department = 'Dermatology' "
        "AND quarter(visit_date) = 1 AND year(visit_date) IN (2024, 2025) GROUP BY quarter ORDER BY quarter",
        "comparison",
        ordered=False,
    ),
    B(
        "Во сколько раз средняя стоимость стационарного визита выше, чем амбулаторного, в 2024 году?",
        "number",
        "SELECT round(avg(cost_rub) FILTER (WHERE visit_type = 'inpatient') / avg(cost_rub) "
        "FILTER (WHERE visit_type = 'outpatient'), 2) FROM visits WHERE year(visit_date) = 2024",
        "comparison",
    ),
    B(
        "Где в 2023 году было больше визитов с эпилепсией (G40) — в Новосибирске или в Екатеринбурге?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE icd10_code = 'G40' "
        "AND city IN ('Novosibirsk', 'Yekaterinburg') AND year(visit_date) = 2023 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "Total 2025 spend in Saint Petersburg apart from the Oncology department",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND department <> 'Oncology' "
        "AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "How many visits by patients over 60 did Kazan have in 2023, excluding Cardiology?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND age_at_visit > 60 AND department <> 'Cardiology' "
        "AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Сколько визитов было в Казани в 2025 году без учёта Советского и Приволжского районов?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND district NOT IN ('Sovetsky', 'Privolzhsky') "
        "AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Какие два отделения Новосибирска были самыми загруженными в 2024 году, если не считать терапию?",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND department <> 'Therapy' "
        "AND year(visit_date) = 2024 GROUP BY department ORDER BY visits DESC, department LIMIT 2",
        "exclusion",
    ),
    # age_range
    B(
        "Number of Traumatology visits by kids aged 6 to 12 in 2025",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Traumatology' AND age_at_visit BETWEEN 6 AND 12 "
        "AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "Average cost of an inpatient visit for patients 70 and older in Moscow in 2024",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND visit_type = 'inpatient' "
        "AND age_at_visit >= 70 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Сколько разных пациентов в возрасте 18–30 лет обращались в дерматологию в 2023 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE department = 'Dermatology' "
        "AND age_at_visit BETWEEN 18 AND 30 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Сколько визитов пациентов от 55 до 65 лет было в эндокринологии Казани за 2024 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'Endocrinology' "
        "AND age_at_visit BETWEEN 55 AND 65 AND year(visit_date) = 2024",
        "age_range",
    ),
    # money
    B(
        "What's the average cost of an outpatient Surgery visit in 2023?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE department = 'Surgery' AND visit_type = 'outpatient' "
        "AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "Сколько в сумме стоили визиты с переломом костей предплечья (S52) в Москве за 2024 год?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND icd10_code = 'S52' "
        "AND year(visit_date) = 2024",
        "money",
    ),
    # distinct_patients
    B(
        "How many unique patients have had a Lyme disease (A69.2) visit across the whole dataset?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code = 'A69.2'",
        "distinct_patients",
    ),
    B(
        "Сколько уникальных пациентов было у эндокринологов Санкт-Петербурга в первом квартале 2025 года?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Endocrinology' "
        "AND visit_date BETWEEN DATE '2025-01-01' AND DATE '2025-03-31'",
        "distinct_patients",
    ),
    # trend
    B(
        "Yearly count of distinct patients with type 1 diabetes (E10)",
        "rows",
        "SELECT year(visit_date) AS year, count(DISTINCT patient_id) AS patients FROM visits WHERE icd10_code = 'E10' "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "Как менялись суммарные расходы на педиатрию по кварталам 2022 года?",
        "rows",
        "SELECT '2022-Q' || quarter(visit_date) AS quarter, round(sum(cost_rub), 2) AS total_cost FROM visits "
        "WHERE department = 'Pediatrics' AND year(visit_date) = 2022 GROUP BY quarter ORDER BY quarter",
        "trend",
    ),
    # breakdown
    B(
        "Average cost per visit in each Kazan district for 2024",
        "rows",
        "SELECT district, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Kazan' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY avg_cost DESC",
        "breakdown",
        ordered=False,
    ),
    B(
        "Сколько визитов каждого типа было у детей в 2023 году?",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE age_at_visit < 18 AND year(visit_date) = 2023 "
        "GROUP BY visit_type ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "How many Urology visits did Kazan record in 2021?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'Urology' AND year(visit_date) = 2021",
        "count",
    ),
    B(
        "split that by visit type",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE city = 'Kazan' AND department = 'Urology' "
        "AND year(visit_date) = 2021 GROUP BY visit_type ORDER BY visits DESC",
        "follow_up",
        ordered=False,
        follow_up_of="How many Urology visits did Kazan record in 2021?",
    ),
    B(
        "What did Neurology visits in Saint Petersburg cost in total in 2025?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Neurology' "
        "AND year(visit_date) = 2025",
        "money",
    ),
    B(
        "And per patient?",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Neurology' AND year(visit_date) = 2025",
        "follow_up",
        follow_up_of="What did Neurology visits in Saint Petersburg cost in total in 2025?",
    ),
    B(
        "Сколько разных пациентов побывало в пульмонологии в Казани в 2022 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'Pulmonology' "
        "AND year(visit_date) = 2022",
        "distinct_patients",
    ),
    B(
        "а если брать только Советский район?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND district = 'Sovetsky' "
        "AND department = 'Pulmonology' AND year(visit_date) = 2022",
        "follow_up",
        follow_up_of="Сколько разных пациентов побывало в пульмонологии в Казани в 2022 году?",
    ),
    B(
        "Покажи помесячно число госпитализаций в Новосибирске за 2023 год",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2023 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "а то же самое для экстренных?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_type = 'emergency' AND year(visit_date) = 2023 GROUP BY month ORDER BY month",
        "follow_up",
        follow_up_of="Покажи помесячно число госпитализаций в Новосибирске за 2023 год",
    ),
    # clarify
    B(
        "How did we do in 2024 versus 2023?",
        "clarify",
        "compared on which measure (visits, patients, cost) and for which city or department",
        "clarify",
    ),
    B(
        "Сравни Советский и Кировский районы по числу визитов за 2023 год",
        "clarify",
        "which city: Sovetsky exists in Kazan and Novosibirsk, Kirovsky in Kazan, Novosibirsk, Saint Petersburg and Yekaterinburg",
        "clarify",
    ),
    B(
        "Какая средняя стоимость визита в Москве за ноябрь?",
        "clarify",
        "November of which year (data covers 2021–2025)",
        "clarify",
    ),
    # out_of_scope
    B(
        "What was the 30-day mortality after heart attack admissions in 2023?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "How many surgeries were cancelled because of staff shortages in 2024?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какой средний рост и вес у пациентов эндокринологии в Казани?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # colloquial
    B(
        "ekb peds visits 2021, how many? thx",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Pediatrics' AND year(visit_date) = 2021",
        "colloquial",
    ),
    B(
        "wat % of msk visits in 2021 were inpatient lol",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'inpatient') / count(*), 1) FROM visits "
        "WHERE city = 'Moscow' AND year(visit_date) = 2021",
        "colloquial",
    ),
    B(
        "скока уникальных пацыентов было в казане в 25м",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "ср. возраст в гастро в питере за 2024?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Gastroenterology' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    # average_age
    B(
        "Average age at visit in Endocrinology, Yekaterinburg, 2022",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Endocrinology' "
        "AND year(visit_date) = 2022",
        "average_age",
    ),
    B(
        "Какой средний возраст пациентов при госпитализации в кардиологию в 2025 году?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE department = 'Cardiology' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2025",
        "average_age",
    ),
    B(
        "Средний возраст пациентов с астмой (J45) на момент визита в Москве за 2022 год",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Moscow' AND icd10_code = 'J45' "
        "AND year(visit_date) = 2022",
        "average_age",
    ),
    # per_patient
    B(
        "How many visits per patient did Moscow's Western okrug average in 2023?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Moscow' "
        "AND district = 'Western' AND year(visit_date) = 2023",
        "per_patient",
    ),
    B(
        "Average Gastroenterology spend per patient in Novosibirsk in 2024",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Novosibirsk' "
        "AND department = 'Gastroenterology' AND year(visit_date) = 2024",
        "per_patient",
    ),
    B(
        "Сколько визитов в среднем приходится на одного ребёнка в педиатрии Казани за 2024 год?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Kazan' "
        "AND department = 'Pediatrics' AND age_at_visit < 18 AND year(visit_date) = 2024",
        "per_patient",
    ),
    # date_range
    B(
        "How many Gynecology visits were there from 1 February to 31 March 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Gynecology' "
        "AND visit_date BETWEEN DATE '2025-02-01' AND DATE '2025-03-31'",
        "date_range",
    ),
    B(
        "Сколько визитов с пневмонией было в Санкт-Петербурге с 20 ноября 2023 по 20 января 2024 года?",
        "number",
        f"SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code IN {_PNEU} "
        "AND visit_date BETWEEN DATE '2023-11-20' AND DATE '2024-01-20'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "Number of visits with a diabetes mellitus code (E10–E14) in Yekaterinburg in 2024",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND icd10_code >= 'E10' AND icd10_code < 'E15' "
        "AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с болезнями органов пищеварения (K00–K93) было в Москве за 2022 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code LIKE 'K%' AND year(visit_date) = 2022",
        "diagnosis_group",
    ),
    # fresh set 11 (2026-12-08)
    # count
    B(
        "How many inpatient Surgery visits did Yekaterinburg's Ordzhonikidzevsky district record in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND district = 'Ordzhonikidzevsky' "
        "AND department = 'Surgery' AND visit_type = 'inpatient' AND year(visit_date) = 2024",
        "count",
    ),
    B(
        "Сколько раз в 2022 году в Москве фиксировали остеохондроз позвоночника (M42)?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code = 'M42' AND year(visit_date) = 2022",
        "count",
    ),
    # top
    B(
        "For each city, name the department with the most inpatient visits in 2023",
        "rows",
        "SELECT city, department, visits FROM (SELECT city, department, count(*) AS visits, "
        "row_number() OVER (PARTITION BY city ORDER BY count(*) DESC, department) AS rn FROM visits "
        "WHERE visit_type = 'inpatient' AND year(visit_date) = 2023 GROUP BY city, department) WHERE rn = 1 ORDER BY city",
        "top",
        ordered=False,
    ),
    B(
        "Какие четыре диагноза обошлись Новосибирску дороже всего по суммарной стоимости визитов в 2022 году?",
        "rows",
        "SELECT icd10_code, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Novosibirsk' "
        "AND year(visit_date) = 2022 GROUP BY icd10_code ORDER BY total_cost DESC, icd10_code LIMIT 4",
        "top",
    ),
    B(
        "В каком месяце 2024 года инфекционное отделение приняло больше всего визитов?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits "
        "WHERE department = 'Infectious Diseases' AND year(visit_date) = 2024 GROUP BY month "
        "ORDER BY visits DESC, month LIMIT 1",
        "top",
    ),
    # fewest
    B(
        "Across all five years, which two Novosibirsk districts had the fewest distinct hypertension (I10) patients?",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Novosibirsk' "
        "AND icd10_code = 'I10' GROUP BY district ORDER BY patients ASC, district LIMIT 2",
        "fewest",
    ),
    B(
        "Which three departments had the lowest average cost per visit in 2025?",
        "rows",
        "SELECT department, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE year(visit_date) = 2025 "
        "GROUP BY department ORDER BY avg_cost ASC, department LIMIT 3",
        "fewest",
    ),
    B(
        "В каком квартале 2023 года неврология Екатеринбурга приняла меньше всего визитов?",
        "rows",
        "SELECT '2023-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits "
        "WHERE city = 'Yekaterinburg' AND department = 'Neurology' AND year(visit_date) = 2023 "
        "GROUP BY quarter ORDER BY visits ASC, quarter LIMIT 1",
        "fewest",
    ),
    B(
        "Какие три диагноза из класса болезней органов дыхания (J00–J99) реже всего встречались в 2024 году?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE icd10_code LIKE 'J%' AND year(visit_date) = 2024 "
        "GROUP BY icd10_code ORDER BY visits ASC, icd10_code LIMIT 3",
        "fewest",
    ),
    # share
    B(
        "Of all visits made by women in Kazan in 2024, what percent were to Gynecology?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE v.department = 'Gynecology') / count(*), 1) FROM visits v "
        "JOIN patients p USING (patient_id) WHERE p.sex = 'F' AND v.city = 'Kazan' AND year(v.visit_date) = 2024",
        "share",
    ),
    B(
        "What share of 2023 spending on circulatory diseases (I00–I99) went to inpatient visits?",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE visit_type = 'inpatient') / sum(cost_rub), 1) FROM visits "
        "WHERE icd10_code LIKE 'I%' AND year(visit_date) = 2023",
        "share",
    ),
    B(
        "Какая доля визитов в психиатрию за 2022 год пришлась на пациентов младше 30 лет, в процентах?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit < 30) / count(*), 1) FROM visits "
        "WHERE department = 'Psychiatry' AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "Из всех госпитализаций 2025 года какой процент пришёлся на Санкт-Петербург?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE city = 'Saint Petersburg') / count(*), 1) FROM visits "
        "WHERE visit_type = 'inpatient' AND year(visit_date) = 2025",
        "share",
    ),
    # comparison
    B(
        "Oncology spending: 2022 vs 2024, give me the total for each year",
        "rows",
        "SELECT year(visit_date) AS year, round(sum(cost_rub), 2) AS total_cost FROM visits "
        "WHERE department = 'Oncology' AND year(visit_date) IN (2022, 2024) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Who had more distinct asthma (J45) patients in 2024, Saint Petersburg or Yekaterinburg?",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE icd10_code = 'J45' "
        "AND city IN ('Saint Petersburg', 'Yekaterinburg') AND year(visit_date) = 2024 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "У кого средний возраст на визитах в кардиологию в 2025 году выше — у мужчин или у женщин?",
        "rows",
        "SELECT p.sex, round(avg(v.age_at_visit), 1) AS avg_age FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.department = 'Cardiology' AND year(v.visit_date) = 2025 GROUP BY p.sex",
        "comparison",
        ordered=False,
    ),
    B(
        "Сравни число экстренных визитов в декабре 2022 и в декабре 2023",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE visit_type = 'emergency' "
        "AND strftime(visit_date, '%Y-%m') IN ('2022-12', '2023-12') GROUP BY month ORDER BY month",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "How many visits did women aged 40 to 60 make in 2023, not counting Gynecology?",
        "number",
        "SELECT count(*) FROM visits v JOIN patients p USING (patient_id) WHERE p.sex = 'F' "
        "AND v.age_at_visit BETWEEN 40 AND 60 AND v.department <> 'Gynecology' AND year(v.visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Top 3 Yekaterinburg districts by visits in 2025 if we exclude emergency visits",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND visit_type <> 'emergency' "
        "AND year(visit_date) = 2025 GROUP BY district ORDER BY visits DESC, district LIMIT 3",
        "exclusion",
    ),
    B(
        "Средний возраст пациентов на визитах в 2024 году, если не считать педиатрию",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE department <> 'Pediatrics' AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Во сколько обошлись все визиты в Новосибирске за 2023 год, кроме визитов с ОРВИ (J06)?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND icd10_code <> 'J06' "
        "AND year(visit_date) = 2023",
        "exclusion",
    ),
    # age_range
    B(
        "Average cost of a Therapy visit for patients aged 20 through 29 in 2022",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE department = 'Therapy' AND age_at_visit BETWEEN 20 AND 29 "
        "AND year(visit_date) = 2022",
        "age_range",
    ),
    B(
        "How many distinct children under 10 were seen for otitis media (H65 or H66) in 2024?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code IN ('H65', 'H66') AND age_at_visit < 10 "
        "AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Сколько визитов в неврологию сделали пациенты в возрасте от 60 до 69 лет в Санкт-Петербурге в 2021 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Neurology' "
        "AND age_at_visit BETWEEN 60 AND 69 AND year(visit_date) = 2021",
        "age_range",
    ),
    B(
        "Сколько было госпитализаций пациентов старше 75 лет в Казани за 2025 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' AND age_at_visit > 75 "
        "AND year(visit_date) = 2025",
        "age_range",
    ),
    # colloquial
    B(
        "hw much did we spend on derm in kzn 2023? total rub",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND department = 'Dermatology' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "# of unique pts w/ migraine (G43) in spb 2024??",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'G43' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "чё по средней цене приёма у лора в новосибе за 21й?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND department = 'ENT' "
        "AND year(visit_date) = 2021",
        "colloquial",
    ),
    B(
        "скока бабулек и дедулек 80+ лежало в стационаре в питере в 24м",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'inpatient' "
        "AND age_at_visit >= 80 AND year(visit_date) = 2024",
        "colloquial",
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "What was the total cost of Urology visits in Moscow in 2024?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND department = 'Urology' "
        "AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "what about 2025?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND department = 'Urology' "
        "AND year(visit_date) = 2025",
        "follow_up",
        follow_up_of="What was the total cost of Urology visits in Moscow in 2024?",
    ),
    B(
        "Сколько разных пациентов с фибрилляцией предсердий (I48) обращалось в Москве в 2023 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND icd10_code = 'I48' "
        "AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    B(
        "а в Питере сколько таких?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'I48' "
        "AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="Сколько разных пациентов с фибрилляцией предсердий (I48) обращалось в Москве в 2023 году?",
    ),
    B(
        "Покажи по кварталам число визитов в эндокринологию в Казани за 2022 год",
        "rows",
        "SELECT '2022-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits WHERE city = 'Kazan' "
        "AND department = 'Endocrinology' AND year(visit_date) = 2022 GROUP BY quarter ORDER BY quarter",
        "trend",
    ),
    B(
        "а только у пациентов от 60 лет и старше?",
        "rows",
        "SELECT '2022-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits WHERE city = 'Kazan' "
        "AND department = 'Endocrinology' AND age_at_visit >= 60 AND year(visit_date) = 2022 "
        "GROUP BY quarter ORDER BY quarter",
        "follow_up",
        follow_up_of="Покажи по кварталам число визитов в эндокринологию в Казани за 2022 год",
    ),
    B(
        "What was the average age at visit for Pulmonology patients in Yekaterinburg in 2024?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Pulmonology' "
        "AND year(visit_date) = 2024",
        "average_age",
    ),
    B(
        "now just the women",
        "number",
        "SELECT round(avg(v.age_at_visit), 1) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Yekaterinburg' AND v.department = 'Pulmonology' AND p.sex = 'F' AND year(v.visit_date) = 2024",
        "follow_up",
        follow_up_of="What was the average age at visit for Pulmonology patients in Yekaterinburg in 2024?",
    ),
    # money
    B(
        "Average cost of a visit coded K80 (cholelithiasis) across the network in 2023",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE icd10_code = 'K80' AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "Какой была максимальная стоимость одного визита в хирургию в 2025 году?",
        "number",
        "SELECT max(cost_rub) FROM visits WHERE department = 'Surgery' AND year(visit_date) = 2025",
        "money",
    ),
    # distinct_patients
    B(
        "How many people were treated in Pulmonology and also in Cardiology during 2022?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE department = 'Pulmonology' AND year(visit_date) = 2022 "
        "INTERSECT SELECT patient_id FROM visits WHERE department = 'Cardiology' AND year(visit_date) = 2022)",
        "distinct_patients",
    ),
    B(
        "Сколько человек обращались в травматологию в Екатеринбурге два и более раз за 2023 год?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE city = 'Yekaterinburg' AND department = 'Traumatology' "
        "AND year(visit_date) = 2023 GROUP BY patient_id HAVING count(*) >= 2)",
        "distinct_patients",
    ),
    # per_patient
    B(
        "Visits per patient for type 2 diabetes (E11) in Saint Petersburg in 2024",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Saint Petersburg' "
        "AND icd10_code = 'E11' AND year(visit_date) = 2024",
        "per_patient",
    ),
    B(
        "Average spending per distinct inpatient in Yekaterinburg in 2022",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Yekaterinburg' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2022",
        "per_patient",
    ),
    B(
        "Сколько экстренных визитов в среднем приходилось на одного пациента старше 65 лет в 2025 году?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE visit_type = 'emergency' "
        "AND age_at_visit > 65 AND year(visit_date) = 2025",
        "per_patient",
    ),
    # trend
    B(
        "How did total Cardiology spending in Yekaterinburg move year to year?",
        "rows",
        "SELECT year(visit_date) AS year, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Yekaterinburg' "
        "AND department = 'Cardiology' GROUP BY year ORDER BY year",
        "trend",
    ),
    # breakdown
    B(
        "Split 2023 Oncology visits in Moscow by okrug",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Moscow' AND department = 'Oncology' "
        "AND year(visit_date) = 2023 GROUP BY district ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    B(
        "Распредели визиты с COVID-19 (U07.1 и U07.2) за 2022 год по типу обращения",
        "rows",
        f"SELECT visit_type, count(*) AS visits FROM visits WHERE icd10_code IN {_COVID} AND year(visit_date) = 2022 "
        "GROUP BY visit_type ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    # average_age
    B(
        "Какой средний возраст на момент визита у пациентов со старческой катарактой (H25) в Новосибирске за все годы?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Novosibirsk' AND icd10_code = 'H25'",
        "average_age",
    ),
    # date_range
    B(
        "How many Surgery visits did Moscow record between 1 July and 15 August 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND department = 'Surgery' "
        "AND visit_date BETWEEN DATE '2023-07-01' AND DATE '2023-08-15'",
        "date_range",
    ),
    B(
        "Сколько стоили визиты в терапию с 1 по 31 марта 2024 года?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE department = 'Therapy' "
        "AND visit_date BETWEEN DATE '2024-03-01' AND DATE '2024-03-31'",
        "date_range",
    ),
    B(
        "Сколько уникальных пациентов с острым бронхитом (J20) обратились с 15 января по 15 февраля 2025 года?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code = 'J20' "
        "AND visit_date BETWEEN DATE '2025-01-15' AND DATE '2025-02-15'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "How many visits fell under certain infectious and parasitic diseases (A00–B99) in Yekaterinburg in 2022?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND (icd10_code LIKE 'A%' OR icd10_code LIKE 'B%') "
        "AND year(visit_date) = 2022",
        "diagnosis_group",
    ),
    B(
        "How many distinct patients had a viral hepatitis code (B15–B19) in 2023?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code >= 'B15' AND icd10_code < 'B20' "
        "AND year(visit_date) = 2023",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с болезнями уха и сосцевидного отростка (H60–H95) было в Новосибирске за 2022 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND icd10_code >= 'H60' AND icd10_code < 'H96' "
        "AND year(visit_date) = 2022",
        "diagnosis_group",
    ),
    # clarify
    B(
        "Which department is the worst in Moscow in 2024?",
        "clarify",
        "worst by which measure (visits, cost, patients, average cost)",
        "clarify",
    ),
    B(
        "What was the average cost of a visit in the Oktyabrsky district in 2024?",
        "clarify",
        "which city: Oktyabrsky district exists in Novosibirsk and Yekaterinburg",
        "clarify",
    ),
    B(
        "Сколько стоили визиты в онкологию в первом квартале?",
        "clarify",
        "first quarter of which year (data covers 2021–2025)",
        "clarify",
    ),
    # out_of_scope
    B(
        "What percentage of our inpatients in 2024 needed intensive care?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какова средняя оценка удовлетворённости пациентов хирургией за 2024 год?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Сколько больничных листов выдали терапевты в Казани в 2025 году?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # fresh set 12 (2026-12-08)
    # count
    B(
        "Give me the count of emergency visits for superficial head injuries (S00) in Kazan from 2021 through 2025",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND visit_type = 'emergency' AND icd10_code = 'S00'",
        "count",
    ),
    B(
        "Сколько амбулаторных приёмов гастроэнтерологии провели в Ленинском районе Новосибирска в 2023 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND district = 'Leninsky' "
        "AND department = 'Gastroenterology' AND visit_type = 'outpatient' AND year(visit_date) = 2023",
        "count",
    ),
    # top
    B(
        "Top two diagnoses by visits within each visit type for 2024",
        "rows",
        "SELECT visit_type, icd10_code, visits FROM (SELECT visit_type, icd10_code, count(*) AS visits, "
        "row_number() OVER (PARTITION BY visit_type ORDER BY count(*) DESC, icd10_code) AS rn FROM visits "
        "WHERE year(visit_date) = 2024 GROUP BY visit_type, icd10_code) WHERE rn <= 2 ORDER BY visit_type, visits DESC",
        "top",
        ordered=False,
    ),
    B(
        "Which Saint Petersburg district spent the most on Oncology in 2025?",
        "rows",
        "SELECT district, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Oncology' AND year(visit_date) = 2025 GROUP BY district ORDER BY total_cost DESC, district LIMIT 1",
        "top",
    ),
    B(
        "Назови три отделения с самым высоким средним возрастом пациентов на визитах в 2023 году",
        "rows",
        "SELECT department, round(avg(age_at_visit), 1) AS avg_age FROM visits WHERE year(visit_date) = 2023 "
        "GROUP BY department ORDER BY avg_age DESC, department LIMIT 3",
        "top",
    ),
    # fewest
    B(
        "Which Kazan district had the fewest visits by patients aged 65 and over in 2024?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND age_at_visit >= 65 "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY visits ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "Which city had the lowest total spending on Psychiatry in 2023?",
        "rows",
        "SELECT city, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE department = 'Psychiatry' "
        "AND year(visit_date) = 2023 GROUP BY city ORDER BY total_cost ASC, city LIMIT 1",
        "fewest",
    ),
    B(
        "Какие два района Казани дали меньше всего обращений в неврологию за 2022 год?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND department = 'Neurology' "
        "AND year(visit_date) = 2022 GROUP BY district ORDER BY visits ASC, district LIMIT 2",
        "fewest",
    ),
    B(
        "В каком месяце 2025 года по всей сети было меньше всего визитов с ОРВИ (J06)?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE icd10_code = 'J06' "
        "AND year(visit_date) = 2025 GROUP BY month ORDER BY visits ASC, month LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "Among Moscow's Pediatrics visits in 2025, what percentage were for children under 3?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit < 3) / count(*), 1) FROM visits "
        "WHERE city = 'Moscow' AND department = 'Pediatrics' AND year(visit_date) = 2025",
        "share",
    ),
    B(
        "Out of all distinct patients seen in 2022, what percentage had at least one Oncology visit?",
        "number",
        "SELECT round(100.0 * count(DISTINCT patient_id) FILTER (WHERE department = 'Oncology') "
        "/ count(DISTINCT patient_id), 1) FROM visits WHERE year(visit_date) = 2022",
        "share",
    ),
    B(
        "Какую долю визитов с сахарным диабетом 2 типа (E11) в 2024 году составили визиты мужчин?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE p.sex = 'M') / count(*), 1) FROM visits v "
        "JOIN patients p USING (patient_id) WHERE v.icd10_code = 'E11' AND year(v.visit_date) = 2024",
        "share",
    ),
    B(
        "Какой процент всех расходов Екатеринбурга за 2021 год пришёлся на экстренные визиты?",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE visit_type = 'emergency') / sum(cost_rub), 1) FROM visits "
        "WHERE city = 'Yekaterinburg' AND year(visit_date) = 2021",
        "share",
    ),
    # comparison
    B(
        "Kazan or Novosibirsk: where was the average Surgery visit cheaper in 2022?",
        "rows",
        "SELECT city, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE department = 'Surgery' "
        "AND city IN ('Kazan', 'Novosibirsk') AND year(visit_date) = 2022 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "How did the number of distinct patients in Moscow's Central okrug compare between 2021 and 2025?",
        "rows",
        "SELECT year(visit_date) AS year, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Moscow' "
        "AND district = 'Central' AND year(visit_date) IN (2021, 2025) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Сравни суммарные расходы на неврологию и на кардиологию в Санкт-Петербурге за 2024 год",
        "rows",
        "SELECT department, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Saint Petersburg' "
        "AND department IN ('Neurology', 'Cardiology') AND year(visit_date) = 2024 GROUP BY department",
        "comparison",
        ordered=False,
    ),
    B(
        "Было ли в первом полугодии 2025 года больше визитов с гриппом (J09–J11), чем в первом полугодии 2024-го?",
        "rows",
        f"SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE icd10_code IN {_FLU} "
        "AND month(visit_date) <= 6 AND year(visit_date) IN (2024, 2025) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "Excluding Moscow and Saint Petersburg, what was the average cost of an inpatient visit in 2024?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city NOT IN ('Moscow', 'Saint Petersburg') "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Which diagnosis was most common among men over 50 in 2023, leaving out the hypertension codes I10 and I11?",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE p.sex = 'M' AND v.age_at_visit > 50 AND v.icd10_code NOT IN ('I10', 'I11') AND year(v.visit_date) = 2023 "
        "GROUP BY v.icd10_code ORDER BY visits DESC, v.icd10_code LIMIT 1",
        "exclusion",
    ),
    B(
        "Сколько разных пациентов в Казани в 2025 году обращались в какие-либо отделения, кроме терапии и педиатрии?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' "
        "AND department NOT IN ('Therapy', 'Pediatrics') AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Динамика визитов по годам в Екатеринбурге без учёта амбулаторных",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' "
        "AND visit_type <> 'outpatient' GROUP BY year ORDER BY year",
        "exclusion",
    ),
    # age_range
    B(
        "Among patients aged 18–24, how many Psychiatry visits were there in Moscow in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND department = 'Psychiatry' "
        "AND age_at_visit BETWEEN 18 AND 24 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Total cost of visits by patients between 35 and 44 years old in Novosibirsk in 2025",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND age_at_visit BETWEEN 35 AND 44 "
        "AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "Сколько было экстренных визитов у детей от 1 до 6 лет в Санкт-Петербурге за 2022 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' "
        "AND age_at_visit BETWEEN 1 AND 6 AND year(visit_date) = 2022",
        "age_range",
    ),
    B(
        "Средняя стоимость визита в урологию у пациентов старше 50 лет в 2024 году",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE department = 'Urology' AND age_at_visit > 50 "
        "AND year(visit_date) = 2024",
        "age_range",
    ),
    # colloquial
    B(
        "ekb vs kzn hospital admissions 2023, who had more??",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' "
        "AND city IN ('Yekaterinburg', 'Kazan') AND year(visit_date) = 2023 GROUP BY city",
        "colloquial",
        ordered=False,
    ),
    B(
        "top3 dx in onc dept 2024 pls",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE department = 'Oncology' AND year(visit_date) = 2024 "
        "GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 3",
        "colloquial",
    ),
    B(
        "чё там с ковидом в казани в 2021, скок визитов было?",
        "number",
        f"SELECT count(*) FROM visits WHERE city = 'Kazan' AND icd10_code IN {_COVID} AND year(visit_date) = 2021",
        "colloquial",
    ),
    B(
        "плиз долю женщин среди пациентов пульмонологии в нск за 2024 в %",
        "number",
        "SELECT round(100.0 * count(DISTINCT v.patient_id) FILTER (WHERE p.sex = 'F') / count(DISTINCT v.patient_id), 1) "
        "FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Novosibirsk' AND v.department = 'Pulmonology' "
        "AND year(v.visit_date) = 2024",
        "colloquial",
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "Сколько денег потратили на гастроэнтерологию в Москве за 2023 год?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND department = 'Gastroenterology' "
        "AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "а сколько из этой суммы пришлось на стационар?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND department = 'Gastroenterology' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="Сколько денег потратили на гастроэнтерологию в Москве за 2023 год?",
    ),
    B(
        "Break down Kazan's 2024 Traumatology visits by district",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND department = 'Traumatology' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    B(
        "and only for patients under 18?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND department = 'Traumatology' "
        "AND age_at_visit < 18 AND year(visit_date) = 2024 GROUP BY district ORDER BY visits DESC",
        "follow_up",
        ordered=False,
        follow_up_of="Break down Kazan's 2024 Traumatology visits by district",
    ),
    B(
        "Сколько визитов в среднем приходится на одного пациента эндокринологии в Санкт-Петербурге за 2025 год?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Endocrinology' AND year(visit_date) = 2025",
        "per_patient",
    ),
    B(
        "а для Новосибирска какая цифра?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Novosibirsk' "
        "AND department = 'Endocrinology' AND year(visit_date) = 2025",
        "follow_up",
        follow_up_of="Сколько визитов в среднем приходится на одного пациента эндокринологии в Санкт-Петербурге за 2025 год?",
    ),
    B(
        "How many unique patients had a Gastroenterology visit in Yekaterinburg in 2021?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Gastroenterology' "
        "AND year(visit_date) = 2021",
        "distinct_patients",
    ),
    B(
        "how about 2024?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Gastroenterology' "
        "AND year(visit_date) = 2024",
        "follow_up",
        follow_up_of="How many unique patients had a Gastroenterology visit in Yekaterinburg in 2021?",
    ),
    # money
    B(
        "What did asthma (J45) visits cost the network in total in 2022?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE icd10_code = 'J45' AND year(visit_date) = 2022",
        "money",
    ),
    B(
        "Средняя стоимость одного визита с инфарктом мозга (I63) в Санкт-Петербурге за все годы",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'I63'",
        "money",
    ),
    # distinct_patients
    B(
        "How many patients came in five or more times during 2024, counting all departments?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE year(visit_date) = 2024 "
        "GROUP BY patient_id HAVING count(*) >= 5)",
        "distinct_patients",
    ),
    B(
        "Сколько пациентов в 2024 году имели визиты и с гипертонией (I10), и с диабетом 2 типа (E11)?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE icd10_code = 'I10' AND year(visit_date) = 2024 "
        "INTERSECT SELECT patient_id FROM visits WHERE icd10_code = 'E11' AND year(visit_date) = 2024)",
        "distinct_patients",
    ),
    # per_patient
    B(
        "Какие средние расходы на одного пациента с сердечной недостаточностью (I50) за весь период?",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE icd10_code = 'I50'",
        "per_patient",
    ),
    B(
        "Average number of Dermatology visits per patient in Kazan in 2024",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Kazan' "
        "AND department = 'Dermatology' AND year(visit_date) = 2024",
        "per_patient",
    ),
    # trend
    B(
        "Show total inpatient spending per quarter in 2023",
        "rows",
        "SELECT '2023-Q' || quarter(visit_date) AS quarter, round(sum(cost_rub), 2) AS total_cost FROM visits "
        "WHERE visit_type = 'inpatient' AND year(visit_date) = 2023 GROUP BY quarter ORDER BY quarter",
        "trend",
    ),
    B(
        "Покажи помесячно средний возраст пациентов с ОРВИ (J06) в 2024 году",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, round(avg(age_at_visit), 1) AS avg_age FROM visits "
        "WHERE icd10_code = 'J06' AND year(visit_date) = 2024 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "Как год от года менялось число уникальных пациентов с ожирением (E66)?",
        "rows",
        "SELECT year(visit_date) AS year, count(DISTINCT patient_id) AS patients FROM visits WHERE icd10_code = 'E66' "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    # breakdown
    B(
        "Show 2025 Moscow visits broken down by visit type and sex",
        "rows",
        "SELECT v.visit_type, p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Moscow' AND year(v.visit_date) = 2025 GROUP BY v.visit_type, p.sex ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    B(
        "Разбей визиты пациентов старше 65 лет за 2023 год по городам",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE age_at_visit > 65 AND year(visit_date) = 2023 "
        "GROUP BY city ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    # average_age
    B(
        "Average age of patients at emergency visits with intracranial injury (S06) in 2022",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE visit_type = 'emergency' AND icd10_code = 'S06' "
        "AND year(visit_date) = 2022",
        "average_age",
    ),
    B(
        "Какой средний возраст пациенток на визитах в онкологию в Москве за 2024 год?",
        "number",
        "SELECT round(avg(v.age_at_visit), 1) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE p.sex = 'F' AND v.city = 'Moscow' AND v.department = 'Oncology' AND year(v.visit_date) = 2024",
        "average_age",
    ),
    # date_range
    B(
        "How many distinct patients came to Infectious Diseases between 1 November 2024 and 31 January 2025?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE department = 'Infectious Diseases' "
        "AND visit_date BETWEEN DATE '2024-11-01' AND DATE '2025-01-31'",
        "date_range",
    ),
    B(
        "Сколько визитов с ветрянкой (B01) было в Москве с 1 марта по 30 апреля 2023 года?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code = 'B01' "
        "AND visit_date BETWEEN DATE '2023-03-01' AND DATE '2023-04-30'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "How many visits by women had an anaemia or other blood-disorder code (D50–D89) in 2023?",
        "number",
        "SELECT count(*) FROM visits v JOIN patients p USING (patient_id) WHERE p.sex = 'F' "
        "AND v.icd10_code >= 'D50' AND v.icd10_code < 'D90' AND year(v.visit_date) = 2023",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с эндокринными заболеваниями и нарушениями обмена веществ (E00–E90) было в Казани в 2022 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND icd10_code LIKE 'E%' AND year(visit_date) = 2022",
        "diagnosis_group",
    ),
    # clarify
    B(
        "Compare Moscow with Kazan in 2022",
        "clarify",
        "compare by which measure (visits, patients, cost)",
        "clarify",
    ),
    B(
        "Сколько экстренных визитов было в Москве в декабре?",
        "clarify",
        "December of which year (data covers 2021–2025)",
        "clarify",
    ),
    B(
        "Покажи средние показатели по Казани за 2024 год",
        "clarify",
        "average of what (cost, age at visit, visits per patient)",
        "clarify",
    ),
    # out_of_scope
    B(
        "How many operating-room hours did Surgery use in Moscow in 2024?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "How many beds does the Cardiology ward in Novosibirsk have?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какие побочные эффекты чаще всего отмечали у пациентов, принимающих статины?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # fresh set 13 (2026-12-08)
    # count
    B(
        "number of Infectious Diseases visits, Chkalovsky district, 2023",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND district = 'Chkalovsky' "
        "AND department = 'Infectious Diseases' AND year(visit_date) = 2023",
        "count",
    ),
    B(
        "Сколько раз за 2024 год в Приволжском районе Казани ставили гастрит и дуоденит (K29)?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND district = 'Privolzhsky' AND icd10_code = 'K29' "
        "AND year(visit_date) = 2024",
        "count",
    ),
    # top
    B(
        "Какие три диагноза чаще всего встречались на визитах мужчин от 40 до 60 лет в 2022 году?",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE p.sex = 'M' AND v.age_at_visit BETWEEN 40 AND 60 AND year(v.visit_date) = 2022 "
        "GROUP BY v.icd10_code ORDER BY visits DESC, v.icd10_code LIMIT 3",
        "top",
    ),
    B(
        "В каждом городе — по два самых частых диагноза у пациентов 65 лет и старше за 2023 год",
        "rows",
        "SELECT city, icd10_code, visits FROM (SELECT city, icd10_code, count(*) AS visits, "
        "row_number() OVER (PARTITION BY city ORDER BY count(*) DESC, icd10_code) AS rn FROM visits "
        "WHERE age_at_visit >= 65 AND year(visit_date) = 2023 GROUP BY city, icd10_code) WHERE rn <= 2 "
        "ORDER BY city, visits DESC",
        "top",
        ordered=False,
    ),
    # fewest
    B(
        "Among the Moscow okrugs, which one had the fewest visits from children under 18 in 2024?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Moscow' AND age_at_visit < 18 "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY visits ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "lowest avg cost per visit — which Yekaterinburg district, 2025",
        "rows",
        "SELECT district, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Yekaterinburg' "
        "AND year(visit_date) = 2025 GROUP BY district ORDER BY avg_cost ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "Какое отделение в Москве в 2023 году набрало меньше всего визитов женщин?",
        "rows",
        "SELECT v.department, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Moscow' AND p.sex = 'F' AND year(v.visit_date) = 2023 "
        "GROUP BY v.department ORDER BY visits ASC, v.department LIMIT 1",
        "fewest",
    ),
    B(
        "В каком квартале 2024 года стационар Казани принял меньше всего разных пациентов?",
        "rows",
        "SELECT '2024-Q' || quarter(visit_date) AS quarter, count(DISTINCT patient_id) AS patients FROM visits "
        "WHERE city = 'Kazan' AND visit_type = 'inpatient' AND year(visit_date) = 2024 "
        "GROUP BY quarter ORDER BY patients ASC, quarter LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "Of all visits by patients aged 65 or older in Saint Petersburg in 2023, what percent went to Cardiology?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE department = 'Cardiology') / count(*), 1) FROM visits "
        "WHERE city = 'Saint Petersburg' AND age_at_visit >= 65 AND year(visit_date) = 2023",
        "share",
    ),
    B(
        "Men as a percentage of the distinct patients treated for essential hypertension (I10) in 2025?",
        "number",
        "SELECT round(100.0 * count(DISTINCT v.patient_id) FILTER (WHERE p.sex = 'M') / count(DISTINCT v.patient_id), 1) "
        "FROM visits v JOIN patients p USING (patient_id) WHERE v.icd10_code = 'I10' AND year(v.visit_date) = 2025",
        "share",
    ),
    B(
        "Какая доля визитов с переломами (S42, S52, S62, S72, S82) за 2023 год пришлась на пациентов 65 лет и старше? В процентах",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit >= 65) / count(*), 1) FROM visits "
        "WHERE icd10_code IN ('S42', 'S52', 'S62', 'S72', 'S82') AND year(visit_date) = 2023",
        "share",
    ),
    B(
        "Из всех визитов с COVID-19 (U07.1, U07.2) в 2021 году какая доля была стационарной, в процентах?",
        "number",
        f"SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'inpatient') / count(*), 1) FROM visits "
        f"WHERE icd10_code IN {_COVID} AND year(visit_date) = 2021",
        "share",
    ),
    # comparison
    B(
        "Average Oncology visit cost, 2022 against 2025 — which year came out pricier?",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE department = 'Oncology' "
        "AND year(visit_date) IN (2022, 2025) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "kazan: sovetsky vs novo-savinovsky district, number of different patients in 2023",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Kazan' "
        "AND district IN ('Sovetsky', 'Novo-Savinovsky') AND year(visit_date) = 2023 GROUP BY district",
        "comparison",
        ordered=False,
    ),
    B(
        "Во сколько раз визитов в терапию в Москве за 2024 год было больше, чем в Екатеринбурге?",
        "number",
        "SELECT round(count(*) FILTER (WHERE city = 'Moscow') / count(*) FILTER (WHERE city = 'Yekaterinburg'), 2) "
        "FROM visits WHERE department = 'Therapy' AND year(visit_date) = 2024",
        "comparison",
    ),
    B(
        "Сравните, пожалуйста, число визитов детей до 18 лет в ЛОР-отделение за 2021 и 2023 годы",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE department = 'ENT' AND age_at_visit < 18 "
        "AND year(visit_date) IN (2021, 2023) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "Visits by patients aged 18 to 64 in Moscow in 2025, leaving out the Therapy department - how many?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND age_at_visit BETWEEN 18 AND 64 "
        "AND department <> 'Therapy' AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Which 3 diagnoses led Yekaterinburg's emergency visits in 2023 once you drop the whole injury chapter (XIX)?",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE v.city = 'Yekaterinburg' AND v.visit_type = 'emergency' AND d.chapter NOT LIKE 'XIX.%' "
        "AND year(v.visit_date) = 2023 GROUP BY v.icd10_code ORDER BY visits DESC, v.icd10_code LIMIT 3",
        "exclusion",
    ),
    B(
        "Средняя стоимость визита в Санкт-Петербурге за 2023 год по всем отделениям, кроме онкологии и хирургии",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' "
        "AND department NOT IN ('Oncology', 'Surgery') AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Сколько разных пациентов старше 60 лет обращались в 2024 году в клиники всех городов, кроме Москвы и Питера?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city NOT IN ('Moscow', 'Saint Petersburg') "
        "AND age_at_visit > 60 AND year(visit_date) = 2024",
        "exclusion",
    ),
    # age_range
    B(
        "How many Dermatology visits did teenagers aged 13 through 17 make in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Dermatology' AND age_at_visit BETWEEN 13 AND 17 "
        "AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Total inpatient cost for patients aged 50-59, Kazan, 2023",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' "
        "AND age_at_visit BETWEEN 50 AND 59 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Сколько разных пациенток в возрасте от 25 до 34 лет обращались в гинекологию в Новосибирске за 2025 год?",
        "number",
        "SELECT count(DISTINCT v.patient_id) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE p.sex = 'F' AND v.city = 'Novosibirsk' AND v.department = 'Gynecology' "
        "AND v.age_at_visit BETWEEN 25 AND 34 AND year(v.visit_date) = 2025",
        "age_range",
    ),
    B(
        "экстренные визиты малышей младше двух лет за 2024 год по всей сети — сколько их было?",
        "number",
        "SELECT count(*) FROM visits WHERE visit_type = 'emergency' AND age_at_visit < 2 AND year(visit_date) = 2024",
        "age_range",
    ),
    # money
    B(
        "I'd like the average cost of an inpatient Neurology stay in Moscow for 2024, please.",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND department = 'Neurology' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "Сколько в сумме обошлись сети визиты с пневмонией (J12–J18) за 2023 год?",
        "number",
        f"SELECT round(sum(cost_rub), 2) FROM visits WHERE icd10_code IN {_PNEU} AND year(visit_date) = 2023",
        "money",
    ),
    # distinct_patients
    B(
        "How many patients had at least three Cardiology visits in 2025?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE department = 'Cardiology' "
        "AND year(visit_date) = 2025 GROUP BY patient_id HAVING count(*) >= 3)",
        "distinct_patients",
    ),
    B(
        "Сколько пациентов за 2023 год побывали и у эндокринолога, и у офтальмолога?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE department = 'Endocrinology' "
        "AND year(visit_date) = 2023 INTERSECT SELECT patient_id FROM visits WHERE department = 'Ophthalmology' "
        "AND year(visit_date) = 2023)",
        "distinct_patients",
    ),
    # per_patient
    B(
        "average number of visits per patient for schizophrenia (F20) across 2021-2025",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE icd10_code = 'F20'",
        "per_patient",
    ),
    B(
        "What did Pediatrics in Kazan spend per unique patient in 2025?",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Kazan' "
        "AND department = 'Pediatrics' AND year(visit_date) = 2025",
        "per_patient",
    ),
    B(
        "Сколько визитов в среднем делает за год один пациент гастроэнтерологии в Москве? Возьмите 2024 год",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Moscow' "
        "AND department = 'Gastroenterology' AND year(visit_date) = 2024",
        "per_patient",
    ),
    # trend
    B(
        "Quarterly Pulmonology spending in Novosibirsk, 2024 through 2025",
        "rows",
        "SELECT year(visit_date) || '-Q' || quarter(visit_date) AS quarter, round(sum(cost_rub), 2) AS total_cost "
        "FROM visits WHERE city = 'Novosibirsk' AND department = 'Pulmonology' AND year(visit_date) IN (2024, 2025) "
        "GROUP BY quarter ORDER BY quarter",
        "trend",
    ),
    # breakdown
    B(
        "Give me the 2024 Psychiatry visits per city, please",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE department = 'Psychiatry' AND year(visit_date) = 2024 "
        "GROUP BY city ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    B(
        "Endocrinology visits in Saint Petersburg for 2023 split by sex",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Saint Petersburg' AND v.department = 'Endocrinology' AND year(v.visit_date) = 2023 "
        "GROUP BY p.sex ORDER BY p.sex",
        "breakdown",
        ordered=False,
    ),
    B(
        "Распределение визитов с гриппом за 2024 год по возрастным группам: до 18, 18–64, 65 и старше",
        "rows",
        "SELECT CASE WHEN age_at_visit < 18 THEN 'under 18' WHEN age_at_visit < 65 THEN '18-64' ELSE '65+' END AS age_band, "
        f"count(*) AS visits FROM visits WHERE icd10_code IN {_FLU} AND year(visit_date) = 2024 "
        "GROUP BY age_band ORDER BY age_band",
        "breakdown",
        ordered=False,
    ),
    # average_age
    B(
        "avg age of patients at ophthalmology visits, moscow, 2025",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Moscow' AND department = 'Ophthalmology' "
        "AND year(visit_date) = 2025",
        "average_age",
    ),
    B(
        "Каков средний возраст пациентов, которых госпитализировали с пневмонией (J12–J18) в 2023 году?",
        "number",
        f"SELECT round(avg(age_at_visit), 1) FROM visits WHERE icd10_code IN {_PNEU} AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2023",
        "average_age",
    ),
    # date_range
    B(
        "How many visits did Novosibirsk log between 23 February and 8 March 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_date BETWEEN DATE '2025-02-23' AND DATE '2025-03-08'",
        "date_range",
    ),
    B(
        "Во что обошлись все экстренные визиты в Москве с 1 по 15 января 2024 года?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND visit_type = 'emergency' "
        "AND visit_date BETWEEN DATE '2024-01-01' AND DATE '2024-01-15'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "How many visits for mental and behavioural disorders (ICD-10 chapter V, F00–F99) did Kazan have in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND icd10_code LIKE 'F%' AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с болезнями печени (K70–K77) было за 2025 год по всей сети?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code BETWEEN 'K70' AND 'K77' AND year(visit_date) = 2025",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с воспалительными полиартропатиями (M05–M14) зафиксировано в Екатеринбурге за весь период?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND icd10_code BETWEEN 'M05' AND 'M14'",
        "diagnosis_group",
    ),
    # colloquial
    B(
        "hw many flu cases (j09-j11) did kzn see in feb 2023??",
        "number",
        f"SELECT count(*) FROM visits WHERE city = 'Kazan' AND icd10_code IN {_FLU} "
        "AND visit_date BETWEEN DATE '2023-02-01' AND DATE '2023-02-28'",
        "colloquial",
    ),
    B(
        "top 5 spb districts by unique pts 2025 plz",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Saint Petersburg' "
        "AND year(visit_date) = 2025 GROUP BY district ORDER BY patients DESC, district LIMIT 5",
        "colloquial",
    ),
    B(
        "скок стоила в ср одна госпитализация в нск в 25м",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "чё, скока мелких до 5 лет с бронхитом (J20) было в мск в 2024? визитов в смысле",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code = 'J20' AND age_at_visit < 5 "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "How much did Ophthalmology visits cost in total in Kazan in 2024?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND department = 'Ophthalmology' "
        "AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "ok now the same for ENT",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND department = 'ENT' "
        "AND year(visit_date) = 2024",
        "follow_up",
        follow_up_of="How much did Ophthalmology visits cost in total in Kazan in 2024?",
    ),
    B(
        "Покажи помесячно число визитов в травматологию в Новосибирске за 2025 год",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND department = 'Traumatology' AND year(visit_date) = 2025 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "оставь только пациентов старше 60",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND department = 'Traumatology' AND age_at_visit > 60 AND year(visit_date) = 2025 GROUP BY month ORDER BY month",
        "follow_up",
        follow_up_of="Покажи помесячно число визитов в травматологию в Новосибирске за 2025 год",
    ),
    B(
        "Top 3 diagnoses seen in Pediatrics in Saint Petersburg in 2023",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND department = 'Pediatrics' "
        "AND year(visit_date) = 2023 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 3",
        "top",
    ),
    B(
        "now for girls only",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Saint Petersburg' AND v.department = 'Pediatrics' AND p.sex = 'F' AND year(v.visit_date) = 2023 "
        "GROUP BY v.icd10_code ORDER BY visits DESC, v.icd10_code LIMIT 3",
        "follow_up",
        follow_up_of="Top 3 diagnoses seen in Pediatrics in Saint Petersburg in 2023",
    ),
    B(
        "Сколько разных пациентов побывало в кардиологии в Екатеринбурге за 2023 год?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Cardiology' "
        "AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    B(
        "а сколько всего визитов они сделали?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Cardiology' AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="Сколько разных пациентов побывало в кардиологии в Екатеринбурге за 2023 год?",
    ),
    # clarify
    B(
        "What was total spending in the Tsentralny district in 2023?",
        "clarify",
        "which city: Tsentralny district exists in both Novosibirsk and Saint Petersburg",
        "clarify",
    ),
    B(
        "How many inpatient admissions did Kazan have in September?",
        "clarify",
        "which year (September of which year)",
        "clarify",
    ),
    B(
        "Дай среднее по урологии в Новосибирске за 2023 год",
        "clarify",
        "average of what: visit cost or patient age",
        "clarify",
    ),
    # out_of_scope
    B(
        "How many 2024 visits were paid through voluntary health insurance (DMS) rather than OMS?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какова средняя длительность госпитализации в койко-днях в хирургии Казани за 2023 год?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какой процент пациентов с диабетом 2 типа достиг целевого уровня HbA1c в 2024 году?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # fresh set 14 (2026-12-08)
    # count
    B(
        "Could you let me know how many outpatient Urology appointments the Akademichesky district handled in 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND district = 'Akademichesky' "
        "AND department = 'Urology' AND visit_type = 'outpatient' AND year(visit_date) = 2025",
        "count",
    ),
    B(
        "число визитов с крапивницей (L50) в санкт-петербурге за 2022 год",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'L50' AND year(visit_date) = 2022",
        "count",
    ),
    # top
    B(
        "Within each visit type, which department saw the largest number of distinct patients in 2022?",
        "rows",
        "SELECT visit_type, department, patients FROM (SELECT visit_type, department, count(DISTINCT patient_id) AS patients, "
        "row_number() OVER (PARTITION BY visit_type ORDER BY count(DISTINCT patient_id) DESC, department) AS rn FROM visits "
        "WHERE year(visit_date) = 2022 GROUP BY visit_type, department) WHERE rn <= 1 ORDER BY visit_type",
        "top",
        ordered=False,
    ),
    B(
        "Which four Moscow okrugs ran up the biggest total Cardiology bill in 2025?",
        "rows",
        "SELECT district, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Moscow' "
        "AND department = 'Cardiology' AND year(visit_date) = 2025 GROUP BY district ORDER BY total_cost DESC, district LIMIT 4",
        "top",
    ),
    B(
        "Какие три диагноза чаще всего ставили в Новосибирске пациентам от 18 до 30 лет за 2024 год?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND age_at_visit BETWEEN 18 AND 30 "
        "AND year(visit_date) = 2024 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 3",
        "top",
    ),
    # fewest
    B(
        "Name the three Saint Petersburg districts with the fewest distinct patients aged 65+ in 2024",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Saint Petersburg' "
        "AND age_at_visit >= 65 AND year(visit_date) = 2024 GROUP BY district ORDER BY patients ASC, district LIMIT 3",
        "fewest",
    ),
    B(
        "slowest month of 2024 for Endocrinology in Moscow?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Moscow' "
        "AND department = 'Endocrinology' AND year(visit_date) = 2024 GROUP BY month ORDER BY visits ASC, month LIMIT 1",
        "fewest",
    ),
    B(
        "Какой город сети в 2025 году принял меньше всего визитов с гипертензивной болезнью сердца (I11)?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE icd10_code = 'I11' AND year(visit_date) = 2025 "
        "GROUP BY city ORDER BY visits ASC, city LIMIT 1",
        "fewest",
    ),
    B(
        "Назови два отделения Екатеринбурга с самой низкой средней стоимостью визита за 2022 год",
        "rows",
        "SELECT department, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Yekaterinburg' "
        "AND year(visit_date) = 2022 GROUP BY department ORDER BY avg_cost ASC, department LIMIT 2",
        "fewest",
    ),
    # share
    B(
        "What percentage of Kazan's 2025 Cardiology visits were made by patients over 70?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit > 70) / count(*), 1) FROM visits "
        "WHERE city = 'Kazan' AND department = 'Cardiology' AND year(visit_date) = 2025",
        "share",
    ),
    B(
        "Emergency department's share of Moscow's total 2022 spending, %",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE department = 'Emergency') / sum(cost_rub), 1) FROM visits "
        "WHERE city = 'Moscow' AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "Какая часть уникальных пациентов Санкт-Петербурга за 2023 год хотя бы раз лежала в стационаре? В процентах",
        "number",
        "SELECT round(100.0 * count(DISTINCT patient_id) FILTER (WHERE visit_type = 'inpatient') "
        "/ count(DISTINCT patient_id), 1) FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2023",
        "share",
    ),
    B(
        "В травматологии Казани за 2025 год — какой процент визитов приходится на детей младше 18 лет?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit < 18) / count(*), 1) FROM visits "
        "WHERE city = 'Kazan' AND department = 'Traumatology' AND year(visit_date) = 2025",
        "share",
    ),
    # comparison
    B(
        "Novosibirsk vs Yekaterinburg - total Endocrinology spend in 2023, which one is higher?",
        "rows",
        "SELECT city, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE department = 'Endocrinology' "
        "AND city IN ('Novosibirsk', 'Yekaterinburg') AND year(visit_date) = 2023 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "By how many visits did the Nevsky district outnumber Vyborgsky in Saint Petersburg in 2022?",
        "number",
        "SELECT count(*) FILTER (WHERE district = 'Nevsky') - count(*) FILTER (WHERE district = 'Vyborgsky') "
        "FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2022",
        "comparison",
    ),
    B(
        "Средний возраст пациентов неврологии: 2021 против 2025 года — вырос ли он?",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(age_at_visit), 1) AS avg_age FROM visits WHERE department = 'Neurology' "
        "AND year(visit_date) IN (2021, 2025) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Сравни количество госпитализаций пациентов 65+ в Казани и Новосибирске за 2024 год",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' AND age_at_visit >= 65 "
        "AND city IN ('Kazan', 'Novosibirsk') AND year(visit_date) = 2024 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "How many visits did adult women (18+) make in Saint Petersburg in 2024, not counting Gynecology?",
        "number",
        "SELECT count(*) FROM visits v JOIN patients p USING (patient_id) WHERE p.sex = 'F' "
        "AND v.city = 'Saint Petersburg' AND v.age_at_visit >= 18 AND v.department <> 'Gynecology' "
        "AND year(v.visit_date) = 2024",
        "exclusion",
    ),
    B(
        "average visit cost network wide for 2025 excluding inpatient stays and the oncology dept",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE visit_type <> 'inpatient' AND department <> 'Oncology' "
        "AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Сколько визитов с болезнями органов дыхания (J00–J99) было у детей до 14 лет в 2023 году без учёта ОРВИ (J06) и насморка (J00)?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code LIKE 'J%' AND icd10_code NOT IN ('J06', 'J00') "
        "AND age_at_visit < 14 AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Сколько уникальных пациентов 30–50 лет приняли клиники Екатеринбурга за 2025 год вне Орджоникидзевского района?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND district <> 'Ordzhonikidzevsky' "
        "AND age_at_visit BETWEEN 30 AND 50 AND year(visit_date) = 2025",
        "exclusion",
    ),
    # age_range
    B(
        "How many Ophthalmology visits in Saint Petersburg in 2022 came from patients in their seventies (70-79)?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Ophthalmology' "
        "AND age_at_visit BETWEEN 70 AND 79 AND year(visit_date) = 2022",
        "age_range",
    ),
    B(
        "What's the average cost of an ENT visit for children under 7 in 2025?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE department = 'ENT' AND age_at_visit < 7 "
        "AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "Сколько визитов в эндокринологию сделали пациенты от 45 до 55 лет в Москве в 2022 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND department = 'Endocrinology' "
        "AND age_at_visit BETWEEN 45 AND 55 AND year(visit_date) = 2022",
        "age_range",
    ),
    B(
        "Сколько за все пять лет было стационарных визитов у пациентов старше девяноста лет?",
        "number",
        "SELECT count(*) FROM visits WHERE visit_type = 'inpatient' AND age_at_visit > 90",
        "age_range",
    ),
    # money
    B(
        "Total spend on Dermatology across all five cities in 2024, in rubles",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE department = 'Dermatology' AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "Сколько рублей ушло на стационарное лечение острого инфаркта миокарда (I21) за 2024 год?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE icd10_code = 'I21' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024",
        "money",
    ),
    # distinct_patients
    B(
        "How many people were seen only once in 2023, i.e. exactly one visit the whole year?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE year(visit_date) = 2023 "
        "GROUP BY patient_id HAVING count(*) = 1)",
        "distinct_patients",
    ),
    B(
        "Number of individual patients who came in at Kazan's Aviastroitelny district during 2024",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND district = 'Aviastroitelny' "
        "AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "Сколько разных пациентов в Москве в 2025 году побывали и у невролога, и у кардиолога?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE city = 'Moscow' AND department = 'Neurology' "
        "AND year(visit_date) = 2025 INTERSECT SELECT patient_id FROM visits WHERE city = 'Moscow' "
        "AND department = 'Cardiology' AND year(visit_date) = 2025)",
        "distinct_patients",
    ),
    # per_patient
    B(
        "visits per patient in gynecology, whole network, 2022",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE department = 'Gynecology' "
        "AND year(visit_date) = 2022",
        "per_patient",
    ),
    B(
        "Сколько в среднем рублей приходится на одного пациента с хронической болезнью почек (N18) за все годы?",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE icd10_code = 'N18'",
        "per_patient",
    ),
    # trend
    B(
        "avg inpatient cost per year 2021 -> 2025, Moscow",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Moscow' "
        "AND visit_type = 'inpatient' GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "Покажите, как по месяцам 2022 года менялось количество разных пациентов с ковидом (U07.1, U07.2)",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(DISTINCT patient_id) AS patients FROM visits "
        f"WHERE icd10_code IN {_COVID} AND year(visit_date) = 2022 GROUP BY month ORDER BY month",
        "trend",
    ),
    # breakdown
    B(
        "Разбивка расходов на педиатрию за 2024 год по городам",
        "rows",
        "SELECT city, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE department = 'Pediatrics' "
        "AND year(visit_date) = 2024 GROUP BY city ORDER BY total_cost DESC",
        "breakdown",
        ordered=False,
    ),
    B(
        "Разбей визиты в хирургию за 2023 год по городам и типам визита",
        "rows",
        "SELECT city, visit_type, count(*) AS visits FROM visits WHERE department = 'Surgery' AND year(visit_date) = 2023 "
        "GROUP BY city, visit_type ORDER BY city, visit_type",
        "breakdown",
        ordered=False,
    ),
    # average_age
    B(
        "средний возраст пациентов с переломом бедра (S72) за весь период",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE icd10_code = 'S72'",
        "average_age",
    ),
    # date_range
    B(
        "Visits in Saint Petersburg over the May holidays, 1 to 10 May 2025: how many?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' "
        "AND visit_date BETWEEN DATE '2025-05-01' AND DATE '2025-05-10'",
        "date_range",
    ),
    B(
        "Сколько разных пациентов обратилось в педиатрию Новосибирска с 1 сентября по 30 ноября 2024 года?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Novosibirsk' AND department = 'Pediatrics' "
        "AND visit_date BETWEEN DATE '2024-09-01' AND DATE '2024-11-30'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "How many visits coded in the symptoms-and-signs chapter (XVIII, R00–R99) did Moscow have in 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code LIKE 'R%' AND year(visit_date) = 2023",
        "diagnosis_group",
    ),
    B(
        "Number of cataract visits (H25–H26) across the network in 2024",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code IN ('H25', 'H26') AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с болезнями вен (I80–I89) было в Казани за все годы?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND icd10_code BETWEEN 'I80' AND 'I89'",
        "diagnosis_group",
    ),
    # colloquial
    B(
        "how mny inpatient stays for heart failure (I50) in spb 2024 ?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'I50' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "gimme the 3 quietest depts in kzn for 2023 (by visits)",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2023 "
        "GROUP BY department ORDER BY visits ASC, department LIMIT 3",
        "colloquial",
    ),
    B(
        "скока людей лежало в неврологии в казани в 24м",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'Neurology' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "чё по экстренным в питере за янв 2025, скок?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' "
        "AND visit_date BETWEEN DATE '2025-01-01' AND DATE '2025-01-31'",
        "colloquial",
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "Yekaterinburg 2024 inpatient admissions by district",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY visits DESC",
        "breakdown",
        ordered=False,
    ),
    B(
        "can you show distinct patients instead of visits",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Yekaterinburg' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2024 GROUP BY district ORDER BY patients DESC",
        "follow_up",
        ordered=False,
        follow_up_of="Yekaterinburg 2024 inpatient admissions by district",
    ),
    B(
        "What's the average age of women at their Cardiology visits in Novosibirsk in 2024?",
        "number",
        "SELECT round(avg(v.age_at_visit), 1) FROM visits v JOIN patients p USING (patient_id) WHERE p.sex = 'F' "
        "AND v.city = 'Novosibirsk' AND v.department = 'Cardiology' AND year(v.visit_date) = 2024",
        "average_age",
    ),
    B(
        "and for the men?",
        "number",
        "SELECT round(avg(v.age_at_visit), 1) FROM visits v JOIN patients p USING (patient_id) WHERE p.sex = 'M' "
        "AND v.city = 'Novosibirsk' AND v.department = 'Cardiology' AND year(v.visit_date) = 2024",
        "follow_up",
        follow_up_of="What's the average age of women at their Cardiology visits in Novosibirsk in 2024?",
    ),
    B(
        "Среднее число визитов на одного пациента в Советском районе Казани за 2023 год",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Kazan' "
        "AND district = 'Sovetsky' AND year(visit_date) = 2023",
        "per_patient",
    ),
    B(
        "а в Приволжском?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Kazan' "
        "AND district = 'Privolzhsky' AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="Среднее число визитов на одного пациента в Советском районе Казани за 2023 год",
    ),
    B(
        "Во сколько обошлись визиты в эндокринологию в Санкт-Петербурге за 2022 год?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Endocrinology' "
        "AND year(visit_date) = 2022",
        "money",
    ),
    B(
        "а если убрать стационар?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Endocrinology' "
        "AND visit_type <> 'inpatient' AND year(visit_date) = 2022",
        "follow_up",
        follow_up_of="Во сколько обошлись визиты в эндокринологию в Санкт-Петербурге за 2022 год?",
    ),
    # clarify
    B(
        "Kazan or Novosibirsk - which one did better in 2025?",
        "clarify",
        "better by which measure (visits, patients, cost…)",
        "clarify",
    ),
    B(
        "Сколько визитов было в Ленинском районе в 2025 году?",
        "clarify",
        "which city: Leninsky district exists in both Novosibirsk and Yekaterinburg",
        "clarify",
    ),
    B(
        "Сколько было дорогих визитов в Москве за 2024 год?",
        "clarify",
        "what cost threshold counts as an expensive visit",
        "clarify",
    ),
    # out_of_scope
    B(
        "How many antibiotic prescriptions did our ENT doctors write in 2023?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "What's the average salary of the cardiologists at our Kazan clinics?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Сколько пациентов Москвы в 2024 году записались на приём через Госуслуги?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # fresh set 15 (2026-12-08)
    # count
    B(
        "Could you pull the number of emergency Traumatology visits in Moscow's Southern okrug for 2023? Thanks in advance.",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND district = 'Southern' AND department = 'Traumatology' "
        "AND visit_type = 'emergency' AND year(visit_date) = 2023",
        "count",
    ),
    B(
        "количество обращений с опоясывающим лишаем B02 москва 2022",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code = 'B02' AND year(visit_date) = 2022",
        "count",
    ),
    # top
    B(
        "Top 4 diagnoses among Neurology inpatients in 2022, network-wide",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE department = 'Neurology' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2022 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 4",
        "top",
    ),
    B(
        "По каждому городу назовите отделение с наибольшими суммарными расходами за 2023 год",
        "rows",
        "SELECT city, department, total_cost FROM (SELECT city, department, round(sum(cost_rub), 2) AS total_cost, "
        "row_number() OVER (PARTITION BY city ORDER BY sum(cost_rub) DESC, department) AS rn FROM visits "
        "WHERE year(visit_date) = 2023 GROUP BY city, department) WHERE rn <= 1 ORDER BY city",
        "top",
        ordered=False,
    ),
    B(
        "Пять районов Санкт-Петербурга, где за 2023 год было больше всего визитов пациентов старше 75 лет",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND age_at_visit > 75 "
        "AND year(visit_date) = 2023 GROUP BY district ORDER BY visits DESC, district LIMIT 5",
        "top",
    ),
    # fewest
    B(
        "Which Novosibirsk district recorded the fewest Cardiology visits in 2022?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND department = 'Cardiology' "
        "AND year(visit_date) = 2022 GROUP BY district ORDER BY visits ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "In which month of 2023 did the fewest distinct pneumonia patients come to us across the network?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(DISTINCT patient_id) AS patients FROM visits "
        f"WHERE icd10_code IN {_PNEU} AND year(visit_date) = 2023 GROUP BY month ORDER BY patients ASC, month LIMIT 1",
        "fewest",
    ),
    B(
        "В каком городе за 2024 год было меньше всего уникальных пациентов в возрасте от 13 до 17 лет?",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE age_at_visit BETWEEN 13 AND 17 "
        "AND year(visit_date) = 2024 GROUP BY city ORDER BY patients ASC, city LIMIT 1",
        "fewest",
    ),
    B(
        "Какое отделение Екатеринбурга в 2021 году принесло наименьшую выручку?",
        "rows",
        "SELECT department, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Yekaterinburg' "
        "AND year(visit_date) = 2021 GROUP BY department ORDER BY total_cost ASC, department LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "Looking only at Novosibirsk's emergency visits in 2024 - what percentage of them came through Traumatology?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE department = 'Traumatology') / count(*), 1) FROM visits "
        "WHERE city = 'Novosibirsk' AND visit_type = 'emergency' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "Women's share of distinct Endocrinology patients in Yekaterinburg in 2022, %",
        "number",
        "SELECT round(100.0 * count(DISTINCT v.patient_id) FILTER (WHERE p.sex = 'F') / count(DISTINCT v.patient_id), 1) "
        "FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Yekaterinburg' "
        "AND v.department = 'Endocrinology' AND year(v.visit_date) = 2022",
        "share",
    ),
    B(
        "Какую долю от всех госпитализаций Екатеринбурга за 2024 год составили госпитализации в кардиологию? в %",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE department = 'Cardiology') / count(*), 1) FROM visits "
        "WHERE city = 'Yekaterinburg' AND visit_type = 'inpatient' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "доля визитов детей до 18 лет в ЛОР-отделении Новосибирска за 2023 год, в процентах",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit < 18) / count(*), 1) FROM visits "
        "WHERE city = 'Novosibirsk' AND department = 'ENT' AND year(visit_date) = 2023",
        "share",
    ),
    # comparison
    B(
        "Kazan, average cost of an emergency visit: 2022 compared with 2024",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Kazan' "
        "AND visit_type = 'emergency' AND year(visit_date) IN (2022, 2024) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Did the Eastern or the Western okrug of Moscow see more distinct patients in 2021?",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Moscow' "
        "AND district IN ('Eastern', 'Western') AND year(visit_date) = 2021 GROUP BY district",
        "comparison",
        ordered=False,
    ),
    B(
        "На сколько процентов изменилось число визитов в психиатрию в Санкт-Петербурге в 2025 году по сравнению с 2022-м?",
        "number",
        "SELECT round(100.0 * (count(*) FILTER (WHERE year(visit_date) = 2025) - count(*) FILTER (WHERE year(visit_date) = 2022)) "
        "/ count(*) FILTER (WHERE year(visit_date) = 2022), 1) FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Psychiatry'",
        "comparison",
    ),
    B(
        "Сравните суммарные затраты на стационарное лечение в Новосибирске и Екатеринбурге за 2021 год",
        "rows",
        "SELECT city, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE visit_type = 'inpatient' "
        "AND city IN ('Novosibirsk', 'Yekaterinburg') AND year(visit_date) = 2021 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "How many Therapy visits did Yekaterinburg have in 2024 if we leave out hypertension (I10) and the common cold (J00)?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Therapy' "
        "AND icd10_code NOT IN ('I10', 'J00') AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "distinct patients aged 40 to 60 in Moscow in 2023, excluding New Moscow (Troitsky and Novomoskovsky okrugs)",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND age_at_visit BETWEEN 40 AND 60 "
        "AND district NOT IN ('Troitsky', 'Novomoskovsky') AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Сколько визитов пациентов старше 65 лет было в Казани в 2022 году, не считая педиатрии и инфекционного отделения?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND age_at_visit > 65 "
        "AND department NOT IN ('Pediatrics', 'Infectious Diseases') AND year(visit_date) = 2022",
        "exclusion",
    ),
    B(
        "Средний чек визита в хирургию по всей сети за 2025 год, стационар не учитываем",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE department = 'Surgery' AND visit_type <> 'inpatient' "
        "AND year(visit_date) = 2025",
        "exclusion",
    ),
    # age_range
    B(
        "Urology, men 50–69 years old, 2023: visit count?",
        "number",
        "SELECT count(*) FROM visits v JOIN patients p USING (patient_id) WHERE p.sex = 'M' AND v.department = 'Urology' "
        "AND v.age_at_visit BETWEEN 50 AND 69 AND year(v.visit_date) = 2023",
        "age_range",
    ),
    B(
        "ENT visits by toddlers aged 1 to 3 in Kazan over 2021-2022",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'ENT' AND age_at_visit BETWEEN 1 AND 3 "
        "AND year(visit_date) BETWEEN 2021 AND 2022",
        "age_range",
    ),
    B(
        "Сколько визитов в дерматологию было у подростков от 12 до 17 лет в Екатеринбурге за 2024 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Dermatology' "
        "AND age_at_visit BETWEEN 12 AND 17 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Средняя стоимость экстренного визита для пациентов 80 лет и старше в Москве за 2023 год",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND visit_type = 'emergency' "
        "AND age_at_visit >= 80 AND year(visit_date) = 2023",
        "age_range",
    ),
    # colloquial
    B(
        "hw many ppl w/ type 2 diabetes (E11) came to endo in ekb in 2022??",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Endocrinology' "
        "AND icd10_code = 'E11' AND year(visit_date) = 2022",
        "colloquial",
    ),
    B(
        "yo whats the priciest dept in nsk for 2025, avg per visit",
        "rows",
        "SELECT department, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Novosibirsk' "
        "AND year(visit_date) = 2025 GROUP BY department ORDER BY avg_cost DESC, department LIMIT 1",
        "colloquial",
    ),
    B(
        "чё по деньгам на стационар в москве за 2023, скок всего вышло",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "питер ковид 2021 скок визитов, оба кода U07.1 и U07.2",
        "number",
        f"SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code IN {_COVID} AND year(visit_date) = 2021",
        "colloquial",
    ),
    # money
    B(
        "Average cost of an inpatient pneumonia stay in 2024 (J12, J15, J18), all cities",
        "number",
        f"SELECT round(avg(cost_rub), 2) FROM visits WHERE visit_type = 'inpatient' AND icd10_code IN {_PNEU} "
        "AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "Сколько денег ушло на лечение переломов голени (S82) в Казани за все годы?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND icd10_code = 'S82'",
        "money",
    ),
    # distinct_patients
    B(
        "Сколько человек в Казани в 2023 году хотя бы раз попадали в травматологию экстренно?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'Traumatology' "
        "AND visit_type = 'emergency' AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    B(
        "Сколько пациентов в Москве за 2025 год пришли к нам пять и более раз?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE city = 'Moscow' AND year(visit_date) = 2025 "
        "GROUP BY patient_id HAVING count(*) >= 5)",
        "distinct_patients",
    ),
    # per_patient
    B(
        "Average spend per patient in Psychiatry, Saint Petersburg, 2023",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Psychiatry' AND year(visit_date) = 2023",
        "per_patient",
    ),
    B(
        "On average, how many visits did each Neurology patient in Yekaterinburg make over the whole 2021-2025 period?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Yekaterinburg' "
        "AND department = 'Neurology'",
        "per_patient",
    ),
    # breakdown
    B(
        "Break down 2025 Oncology visits by visit type and patient sex",
        "rows",
        "SELECT v.visit_type, p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.department = 'Oncology' AND year(v.visit_date) = 2025 GROUP BY v.visit_type, p.sex",
        "breakdown",
        ordered=False,
    ),
    B(
        "Kazan 2021: number of distinct patients per district, please",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Kazan' "
        "AND year(visit_date) = 2021 GROUP BY district",
        "breakdown",
        ordered=False,
    ),
    B(
        "Структура затрат Москвы за 2024 год в разрезе типов визита",
        "rows",
        "SELECT visit_type, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Moscow' "
        "AND year(visit_date) = 2024 GROUP BY visit_type",
        "breakdown",
        ordered=False,
    ),
    # trend
    B(
        "Yearly number of distinct gout (M10) patients, 2021 through 2025",
        "rows",
        "SELECT year(visit_date) AS year, count(DISTINCT patient_id) AS patients FROM visits WHERE icd10_code = 'M10' "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "Как менялась по кварталам 2023 года средняя стоимость визита в неврологию в Москве?",
        "rows",
        "SELECT year(visit_date) || '-Q' || quarter(visit_date) AS quarter, round(avg(cost_rub), 2) AS avg_cost FROM visits "
        "WHERE city = 'Moscow' AND department = 'Neurology' AND year(visit_date) = 2023 GROUP BY quarter ORDER BY quarter",
        "trend",
    ),
    # average_age
    B(
        "Mean age at visit for glaucoma (H40) visits in Saint Petersburg, 2022",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'H40' "
        "AND year(visit_date) = 2022",
        "average_age",
    ),
    B(
        "Средний возраст на момент визита у женщин в неврологии Казани за 2025 год",
        "number",
        "SELECT round(avg(v.age_at_visit), 1) FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Kazan' "
        "AND v.department = 'Neurology' AND p.sex = 'F' AND year(v.visit_date) = 2025",
        "average_age",
    ),
    # date_range
    B(
        "Yekaterinburg visit volume over the New Year period, 15 Dec 2022 to 15 Jan 2023 inclusive",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' "
        "AND visit_date BETWEEN DATE '2022-12-15' AND DATE '2023-01-15'",
        "date_range",
    ),
    B(
        "Сколько потратили на визиты в Москве с 1 по 14 февраля 2024 года?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' "
        "AND visit_date BETWEEN DATE '2024-02-01' AND DATE '2024-02-14'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "Dorsopathies (M40-M54): how many visits did Saint Petersburg log in 2025?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code BETWEEN 'M40' AND 'M54' "
        "AND year(visit_date) = 2025",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с травмами головы (S00–S09) было в Москве за 2024 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code BETWEEN 'S00' AND 'S09' "
        "AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "Dermatology spend for Novosibirsk in 2022, total rubles?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND department = 'Dermatology' "
        "AND year(visit_date) = 2022",
        "money",
    ),
    B(
        "and Kazan?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND department = 'Dermatology' "
        "AND year(visit_date) = 2022",
        "follow_up",
        follow_up_of="Dermatology spend for Novosibirsk in 2022, total rubles?",
    ),
    B(
        "How many unique patients did Pulmonology treat across the network in 2021?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE department = 'Pulmonology' AND year(visit_date) = 2021",
        "distinct_patients",
    ),
    B(
        "ok now split that by city",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE department = 'Pulmonology' "
        "AND year(visit_date) = 2021 GROUP BY city",
        "follow_up",
        ordered=False,
        follow_up_of="How many unique patients did Pulmonology treat across the network in 2021?",
    ),
    B(
        "Помесячная динамика визитов с ОРВИ (J06) в Новосибирске за 2024 год",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND icd10_code = 'J06' AND year(visit_date) = 2024 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "а то же самое только по детям до 14?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND icd10_code = 'J06' AND age_at_visit < 14 AND year(visit_date) = 2024 GROUP BY month ORDER BY month",
        "follow_up",
        follow_up_of="Помесячная динамика визитов с ОРВИ (J06) в Новосибирске за 2024 год",
    ),
    B(
        "Сколько в среднем визитов приходится на одного пациента кардиологии в Казани за 2025 год?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Kazan' "
        "AND department = 'Cardiology' AND year(visit_date) = 2025",
        "per_patient",
    ),
    B(
        "а по Екатеринбургу как?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Yekaterinburg' "
        "AND department = 'Cardiology' AND year(visit_date) = 2025",
        "follow_up",
        follow_up_of="Сколько в среднем визитов приходится на одного пациента кардиологии в Казани за 2025 год?",
    ),
    # clarify
    B(
        "What share of visits in the Kirovsky district were emergencies in 2022?",
        "clarify",
        "which city: Kirovsky district exists in Saint Petersburg, Kazan, Novosibirsk and Yekaterinburg",
        "clarify",
    ),
    B(
        "How many Pediatrics visits did Novosibirsk have in the second quarter?",
        "clarify",
        "which year the second quarter refers to",
        "clarify",
    ),
    B(
        "Какие районы Казани были самыми проблемными в 2024 году?",
        "clarify",
        "problematic by which measure (visits, costs, emergencies…)",
        "clarify",
    ),
    # out_of_scope
    B(
        "How many CT scanners does the Novosibirsk network have right now?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какая доля пациентов кардиологии в Москве имеет высшее образование?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Сколько пациентов оставили отзывы на сайте клиники в Екатеринбурге за 2024 год?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # fresh set 16 (2026-12-08)
    # count
    B(
        "Please tell me how many outpatient appointments for Lyme disease (A69.2) we had in Yekaterinburg across 2021-2025.",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND icd10_code = 'A69.2' AND visit_type = 'outpatient'",
        "count",
    ),
    B(
        "Сколько экстренных обращений принял Зеленоградский округ Москвы в 2022 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND district = 'Zelenogradsky' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2022",
        "count",
    ),
    # top
    B(
        "For each city, what was the single most common diagnosis among children under 18 in 2025?",
        "rows",
        "SELECT city, icd10_code, visits FROM (SELECT city, icd10_code, count(*) AS visits, "
        "row_number() OVER (PARTITION BY city ORDER BY count(*) DESC, icd10_code) AS rn FROM visits "
        "WHERE age_at_visit < 18 AND year(visit_date) = 2025 GROUP BY city, icd10_code) WHERE rn <= 1 ORDER BY city",
        "top",
        ordered=False,
    ),
    B(
        "Which three ICD-10 codes cost the network the most in total in 2023?",
        "rows",
        "SELECT icd10_code, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE year(visit_date) = 2023 "
        "GROUP BY icd10_code ORDER BY total_cost DESC, icd10_code LIMIT 3",
        "top",
    ),
    B(
        "Топ-3 округа Москвы по числу уникальных пациентов-мужчин за 2022 год",
        "rows",
        "SELECT v.district, count(DISTINCT v.patient_id) AS patients FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Moscow' AND p.sex = 'M' AND year(v.visit_date) = 2022 GROUP BY v.district "
        "ORDER BY patients DESC, v.district LIMIT 3",
        "top",
    ),
    # fewest
    B(
        "Which Moscow okrug had the lowest total Pediatrics spend in 2023?",
        "rows",
        "SELECT district, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Moscow' AND department = 'Pediatrics' "
        "AND year(visit_date) = 2023 GROUP BY district ORDER BY total_cost ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "least busy single day of 2024 across all clinics - which date and how many visits",
        "rows",
        "SELECT visit_date AS day, count(*) AS visits FROM visits WHERE year(visit_date) = 2024 "
        "GROUP BY day ORDER BY visits ASC, day LIMIT 1",
        "fewest",
    ),
    B(
        "Назови район Екатеринбурга с наименьшим числом стационарных случаев за 2023 год",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2023 GROUP BY district ORDER BY visits ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "В каком городе средняя стоимость визита в онкологию за 2023 год оказалась самой низкой?",
        "rows",
        "SELECT city, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE department = 'Oncology' "
        "AND year(visit_date) = 2023 GROUP BY city ORDER BY avg_cost ASC, city LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "What percent of all 2025 visits made by men went to Urology?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE v.department = 'Urology') / count(*), 1) FROM visits v "
        "JOIN patients p USING (patient_id) WHERE p.sex = 'M' AND year(v.visit_date) = 2025",
        "share",
    ),
    B(
        "Share of Kazan's 2022 visits that fell in the fourth quarter, in %",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE quarter(visit_date) = 4) / count(*), 1) FROM visits "
        "WHERE city = 'Kazan' AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "Какой процент расходов на кардиологию в 2024 году пришёлся на стационар?",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE visit_type = 'inpatient') / sum(cost_rub), 1) FROM visits "
        "WHERE department = 'Cardiology' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "Из всех пациентов с ожирением (E66) за 2023 год какой процент составляли женщины?",
        "number",
        "SELECT round(100.0 * count(DISTINCT v.patient_id) FILTER (WHERE p.sex = 'F') / count(DISTINCT v.patient_id), 1) "
        "FROM visits v JOIN patients p USING (patient_id) WHERE v.icd10_code = 'E66' AND year(v.visit_date) = 2023",
        "share",
    ),
    # comparison
    B(
        "Which was more expensive per visit on average in 2025, Pulmonology or Gastroenterology?",
        "rows",
        "SELECT department, round(avg(cost_rub), 2) AS avg_cost FROM visits "
        "WHERE department IN ('Pulmonology', 'Gastroenterology') AND year(visit_date) = 2025 GROUP BY department",
        "comparison",
        ordered=False,
    ),
    B(
        "Inpatient admissions in Saint Petersburg, first half of 2023 against first half of 2024",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' "
        "AND visit_type = 'inpatient' AND month(visit_date) <= 6 AND year(visit_date) IN (2023, 2024) "
        "GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "На сколько рублей средняя стоимость госпитализации в Казани за 2024 год выше или ниже, чем в Новосибирске?",
        "number",
        "SELECT round(avg(cost_rub) FILTER (WHERE city = 'Kazan') - avg(cost_rub) FILTER (WHERE city = 'Novosibirsk'), 2) "
        "FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2024",
        "comparison",
    ),
    B(
        "Сравни число визитов с ветрянкой (B01) у детей до 14 лет: 2022 год против 2023-го",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE icd10_code = 'B01' AND age_at_visit < 14 "
        "AND year(visit_date) IN (2022, 2023) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "Total inpatient spend in Saint Petersburg for 2022, excluding Cardiology and Neurology",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'inpatient' "
        "AND department NOT IN ('Cardiology', 'Neurology') AND year(visit_date) = 2022",
        "exclusion",
    ),
    B(
        "how many distinct kids (under 18) did we see in Moscow in 2024 outside of Pediatrics",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND age_at_visit < 18 "
        "AND department <> 'Pediatrics' AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Число госпитализаций в Новосибирске за 2025 год, исключая Ленинский и Кировский районы",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'inpatient' "
        "AND district NOT IN ('Leninsky', 'Kirovsky') AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Сколько визитов с болезнями органов дыхания (J00–J99) было в Екатеринбурге в 2024 году, если не считать грипп?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND icd10_code LIKE 'J%' "
        f"AND icd10_code NOT IN {_FLU} AND year(visit_date) = 2024",
        "exclusion",
    ),
    # age_range
    B(
        "Cardiology visits among 30-to-45-year-olds in Kazan, 2025 - how many?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'Cardiology' "
        "AND age_at_visit BETWEEN 30 AND 45 AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "average visit cost for patients aged 90 and older in 2024",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE age_at_visit >= 90 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Сколько уникальных пациентов в возрасте от 65 до 74 лет лечилось в пульмонологии в 2023 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE department = 'Pulmonology' "
        "AND age_at_visit BETWEEN 65 AND 74 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Количество экстренных визитов детей младше трёх лет в Санкт-Петербурге за 2025 год",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' AND age_at_visit < 3 "
        "AND year(visit_date) = 2025",
        "age_range",
    ),
    # colloquial
    B(
        "top 3 dx among kids under 5 in novosib 2023 pls",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND age_at_visit < 5 "
        "AND year(visit_date) = 2023 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 3",
        "colloquial",
    ),
    B(
        "how much did emergncy visits of pensioners 65+ cost us in kazan in 2024? total rub",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND visit_type = 'emergency' "
        "AND age_at_visit >= 65 AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "ск-ко визитов детей с гнойным отитом (H66) было у лора в казани в 2023",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'ENT' AND icd10_code = 'H66' "
        "AND age_at_visit < 18 AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "какой ср возраст у тех кто лежал с пневмонией в мск в 2025",
        "number",
        f"SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Moscow' AND visit_type = 'inpatient' "
        f"AND icd10_code IN {_PNEU} AND year(visit_date) = 2025",
        "colloquial",
    ),
    # money
    B(
        "Total cost of all general check-ups (Z00) across the network in 2025, in rubles",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE icd10_code = 'Z00' AND year(visit_date) = 2025",
        "money",
    ),
    B(
        "Средняя стоимость госпитализации в онкологию в Казани за 2024 год",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND department = 'Oncology' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2024",
        "money",
    ),
    # distinct_patients
    B(
        "How many different patients had at least one inpatient stay in Neurology in 2024?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE department = 'Neurology' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "Count of patients who were seen in both ENT and Pediatrics in Saint Petersburg in 2022",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2022 "
        "AND department IN ('ENT', 'Pediatrics') GROUP BY patient_id HAVING count(DISTINCT department) = 2)",
        "distinct_patients",
    ),
    B(
        "Сколько уникальных пациентов из Вахитовского района Казани обращались к нам за 2021–2023 годы?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND district = 'Vakhitovsky' "
        "AND year(visit_date) BETWEEN 2021 AND 2023",
        "distinct_patients",
    ),
    # per_patient
    B(
        "Average number of visits per distinct patient for Oncology in Moscow in 2024",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Moscow' "
        "AND department = 'Oncology' AND year(visit_date) = 2024",
        "per_patient",
    ),
    B(
        "Средние расходы на одного пациента стационара в Новосибирске за 2022 год",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2022",
        "per_patient",
    ),
    # breakdown
    B(
        "Визиты женщин за 2024 год с разбивкой по отделениям",
        "rows",
        "SELECT v.department, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE p.sex = 'F' AND year(v.visit_date) = 2024 GROUP BY v.department",
        "breakdown",
        ordered=False,
    ),
    B(
        "Сколько уникальных пациентов было по каждой главе МКБ-10 в 2021 году?",
        "rows",
        "SELECT d.chapter, count(DISTINCT v.patient_id) AS patients FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE year(v.visit_date) = 2021 GROUP BY d.chapter",
        "breakdown",
        ordered=False,
    ),
    # trend
    B(
        "Average patient age at Psychiatry visits by year, 2021-2025",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(age_at_visit), 1) AS avg_age FROM visits WHERE department = 'Psychiatry' "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "Как по годам менялось число визитов с болезнью Лайма (A69.2) по всей сети?",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE icd10_code = 'A69.2' "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    # average_age
    B(
        "Mean age of patients at Urology visits in Moscow's North-Eastern okrug in 2024",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Moscow' AND district = 'North-Eastern' "
        "AND department = 'Urology' AND year(visit_date) = 2024",
        "average_age",
    ),
    B(
        "Средний возраст пациентов, госпитализированных с острым инфарктом миокарда (I21), за все годы",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE icd10_code = 'I21' AND visit_type = 'inpatient'",
        "average_age",
    ),
    # date_range
    B(
        "Distinct patients seen in Kazan during the first ten days of January 2024 (Jan 1-10)",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' "
        "AND visit_date BETWEEN DATE '2024-01-01' AND DATE '2024-01-10'",
        "date_range",
    ),
    B(
        "Сколько визитов в неврологию было в Санкт-Петербурге с 10 по 25 марта 2023 года?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Neurology' "
        "AND visit_date BETWEEN DATE '2023-03-10' AND DATE '2023-03-25'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "Arthrosis visits (M15-M19) in Kazan for 2024, how many?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND icd10_code BETWEEN 'M15' AND 'M19' AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с расстройствами настроения (F30–F39) было в Москве за 2023 год?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code BETWEEN 'F30' AND 'F39' AND year(visit_date) = 2023",
        "diagnosis_group",
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "Inpatient admissions in 2023 broken down by city",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2023 GROUP BY city",
        "breakdown",
        ordered=False,
    ),
    B(
        "same thing but only patients over 80",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' AND age_at_visit > 80 "
        "AND year(visit_date) = 2023 GROUP BY city",
        "follow_up",
        ordered=False,
        follow_up_of="Inpatient admissions in 2023 broken down by city",
    ),
    B(
        "Monthly total spend in Kazan for 2022",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, round(sum(cost_rub), 2) AS total_cost FROM visits "
        "WHERE city = 'Kazan' AND year(visit_date) = 2022 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "now just Cardiology",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, round(sum(cost_rub), 2) AS total_cost FROM visits "
        "WHERE city = 'Kazan' AND department = 'Cardiology' AND year(visit_date) = 2022 GROUP BY month ORDER BY month",
        "follow_up",
        follow_up_of="Monthly total spend in Kazan for 2022",
    ),
    B(
        "Сколько в сумме стоили визиты с хронической ишемической болезнью сердца (I25) в Москве за 2023 год?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND icd10_code = 'I25' AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "а если посчитать в среднем на визит?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND icd10_code = 'I25' AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="Сколько в сумме стоили визиты с хронической ишемической болезнью сердца (I25) в Москве за 2023 год?",
    ),
    B(
        "Сколько визитов в среднем на одного пациента с сахарным диабетом 1 типа (E10) за 2022 год?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE icd10_code = 'E10' "
        "AND year(visit_date) = 2022",
        "per_patient",
    ),
    B(
        "а для второго типа?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE icd10_code = 'E11' "
        "AND year(visit_date) = 2022",
        "follow_up",
        follow_up_of="Сколько визитов в среднем на одного пациента с сахарным диабетом 1 типа (E10) за 2022 год?",
    ),
    # clarify
    B(
        "Top 3 departments by spend in the Sovetsky district, 2024",
        "clarify",
        "which city: Sovetsky district exists in both Kazan and Novosibirsk",
        "clarify",
    ),
    B(
        "Сколько визитов в кардиологию было в Казани в ноябре?",
        "clarify",
        "which year November refers to",
        "clarify",
    ),
    B(
        "Что было самым частым в Екатеринбурге в 2023 году?",
        "clarify",
        "most frequent what: diagnosis, department, visit type…",
        "clarify",
    ),
    # out_of_scope
    B(
        "What was the average ambulance response time in Kazan in 2024?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "How much did the Novosibirsk clinics pay for electricity in 2023?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Сколько плановых операций под общим наркозом провели в Казани в 2024 году?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # fresh set 17 (2026-12-08)
    # count
    B(
        "Gynecology visits in Yekaterinburg's Verkh-Isetsky district over the whole 2021-2025 period: how many in total?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND district = 'Verkh-Isetsky' AND department = 'Gynecology'",
        "count",
    ),
    B(
        "Кронштадтский район Петербурга: число визитов за 2023 год",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND district = 'Kronshtadtsky' AND year(visit_date) = 2023",
        "count",
    ),
    # top
    B(
        "Give me the 4 most frequent diagnoses seen by Traumatology in Saint Petersburg in 2024.",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND department = 'Traumatology' "
        "AND year(visit_date) = 2024 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 4",
        "top",
    ),
    B(
        "For every visit type (outpatient, inpatient, emergency), which two departments handled the most visits in 2022?",
        "rows",
        "SELECT visit_type, department, visits FROM (SELECT visit_type, department, count(*) AS visits, "
        "row_number() OVER (PARTITION BY visit_type ORDER BY count(*) DESC, department) AS rn FROM visits "
        "WHERE year(visit_date) = 2022 GROUP BY visit_type, department) WHERE rn <= 2 ORDER BY visit_type, visits DESC",
        "top",
        ordered=False,
    ),
    B(
        "Какие пять районов Новосибирска дали самую большую сумму затрат на визиты в 2025 году?",
        "rows",
        "SELECT district, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2025 "
        "GROUP BY district ORDER BY total_cost DESC, district LIMIT 5",
        "top",
    ),
    # fewest
    B(
        "Which Yekaterinburg district had the fewest distinct patients with essential hypertension (I10) in 2022?",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Yekaterinburg' AND icd10_code = 'I10' "
        "AND year(visit_date) = 2022 GROUP BY district ORDER BY patients ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "Which pair of Saint Petersburg districts saw the least Cardiology traffic in 2024?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND department = 'Cardiology' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY visits ASC, district LIMIT 2",
        "fewest",
    ),
    B(
        "Самый спокойный квартал 2022 года для Екатеринбурга по числу обращений — какой?",
        "rows",
        "SELECT year(visit_date) || '-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' "
        "AND year(visit_date) = 2022 GROUP BY quarter ORDER BY visits ASC, quarter LIMIT 1",
        "fewest",
    ),
    B(
        "Назови три города с наименьшими суммарными затратами на неврологию за 2021 год",
        "rows",
        "SELECT city, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE department = 'Neurology' AND year(visit_date) = 2021 "
        "GROUP BY city ORDER BY total_cost ASC, city LIMIT 3",
        "fewest",
    ),
    # share
    B(
        "Of all Endocrinology visits in 2024, what percentage were for type 2 diabetes (E11)?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE icd10_code = 'E11') / count(*), 1) FROM visits "
        "WHERE department = 'Endocrinology' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "novosibirsk 2023 pensioners 65+ as a % of all visits there",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit >= 65) / count(*), 1) FROM visits "
        "WHERE city = 'Novosibirsk' AND year(visit_date) = 2023",
        "share",
    ),
    B(
        "Какая доля всех затрат Москвы за 2022 год пришлась на Южный округ? Ответ в процентах",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE district = 'Southern') / sum(cost_rub), 1) FROM visits "
        "WHERE city = 'Moscow' AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "Женщины — это сколько процентов от всех обращений с мигренью (G43) за 2025 год?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE p.sex = 'F') / count(*), 1) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.icd10_code = 'G43' AND year(v.visit_date) = 2025",
        "share",
    ),
    # comparison
    B(
        "COVID-19 visits (U07.1 and U07.2 together): 2021 compared with 2022",
        "rows",
        f"SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE icd10_code IN {_COVID} "
        "AND year(visit_date) IN (2021, 2022) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Kazan versus Yekaterinburg - which city had more distinct Cardiology patients in 2023?",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE department = 'Cardiology' "
        "AND city IN ('Kazan', 'Yekaterinburg') AND year(visit_date) = 2023 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Экстренный визит подорожал или подешевел? Средний чек 2021 года против 2025-го",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE visit_type = 'emergency' "
        "AND year(visit_date) IN (2021, 2025) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Насколько больше визитов в педиатрию сделала Москва по сравнению с Петербургом в 2024 году?",
        "number",
        "SELECT count(*) FILTER (WHERE city = 'Moscow') - count(*) FILTER (WHERE city = 'Saint Petersburg') FROM visits "
        "WHERE department = 'Pediatrics' AND year(visit_date) = 2024",
        "comparison",
    ),
    # exclusion
    B(
        "Moscow, 2023 - female patients aged 40 through 60, every department except Endocrinology and Gynecology: how many visits?",
        "number",
        "SELECT count(*) FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Moscow' AND p.sex = 'F' "
        "AND v.age_at_visit BETWEEN 40 AND 60 AND v.department NOT IN ('Endocrinology', 'Gynecology') AND year(v.visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Could you count the distinct patients treated in Saint Petersburg in 2025, leaving out the Kurortny and Kronshtadtsky districts?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' "
        "AND district NOT IN ('Kurortny', 'Kronshtadtsky') AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Сколько в среднем стоил один приём в Екатеринбурге в 2022 году, если стационар не учитывать?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND visit_type <> 'inpatient' "
        "AND year(visit_date) = 2022",
        "exclusion",
    ),
    B(
        "Визиты по болезням системы кровообращения в Казани за 2024 год, но без эссенциальной гипертензии (I10) — сколько?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Kazan' "
        "AND d.chapter = 'IX. Diseases of the circulatory system' AND v.icd10_code <> 'I10' AND year(v.visit_date) = 2024",
        "exclusion",
    ),
    # age_range
    B(
        "Young adults 18 to 35: how many Neurology visits did they make in Novosibirsk in 2022?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND department = 'Neurology' "
        "AND age_at_visit BETWEEN 18 AND 35 AND year(visit_date) = 2022",
        "age_range",
    ),
    B(
        "How much money went on visits of babies under one year old across all cities in 2024?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE age_at_visit < 1 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Сколько человек в возрасте старше 75 лет хоть раз пришли в кардиологию Екатеринбурга в 2025 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Cardiology' "
        "AND age_at_visit > 75 AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "Визиты подростков 12–17 лет в дерматологию за 2023 год: сколько их набралось?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Dermatology' AND age_at_visit BETWEEN 12 AND 17 "
        "AND year(visit_date) = 2023",
        "age_range",
    ),
    # colloquial
    B(
        "any idea how many folks were hospitalised with an MI (I21) in piter in 2022?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'inpatient' "
        "AND icd10_code = 'I21' AND year(visit_date) = 2022",
        "colloquial",
    ),
    B(
        "avg check for a derm visit in ekb 2023, quick pls",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Dermatology' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "скок стоила вся онкология в нске за 2024",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND department = 'Oncology' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "чем чаще всего болеют деды 75+ в мск, топ 3 за 2024",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Moscow' "
        "AND p.sex = 'M' AND v.age_at_visit >= 75 AND year(v.visit_date) = 2024 "
        "GROUP BY v.icd10_code ORDER BY visits DESC, v.icd10_code LIMIT 3",
        "colloquial",
    ),
    # money
    B(
        "What was the most expensive single Surgery visit in 2023, in rubles?",
        "number",
        "SELECT round(max(cost_rub), 2) FROM visits WHERE department = 'Surgery' AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "Общая стоимость всех визитов в Приволжском районе Казани за 2022 год",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND district = 'Privolzhsky' AND year(visit_date) = 2022",
        "money",
    ),
    # distinct_patients
    B(
        "How many unique individuals had at least one Psychiatry appointment in Moscow during 2022?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND department = 'Psychiatry' AND year(visit_date) = 2022",
        "distinct_patients",
    ),
    B(
        "Сколько человек в 2024 году в Новосибирске были на приёме как у кардиолога, так и у эндокринолога?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2024 "
        "AND department IN ('Endocrinology', 'Cardiology') GROUP BY patient_id HAVING count(DISTINCT department) = 2)",
        "distinct_patients",
    ),
    B(
        "Число уникальных пациентов с астмой (J45) за все пять лет в базе",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code = 'J45'",
        "distinct_patients",
    ),
    # per_patient
    B(
        "Kazan Pediatrics 2023: visits per patient?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Kazan' AND department = 'Pediatrics' "
        "AND year(visit_date) = 2023",
        "per_patient",
    ),
    B(
        "Затраты на одного пациента неврологии в Москве за 2025 год — сколько выходит в среднем, руб.?",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Moscow' "
        "AND department = 'Neurology' AND year(visit_date) = 2025",
        "per_patient",
    ),
    # breakdown
    B(
        "Break down Saint Petersburg's 2022 emergency visits by district, please",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2022 GROUP BY district",
        "breakdown",
        ordered=False,
    ),
    B(
        "Распределение визитов пациентов старше 60 лет по типам визита за 2024 год",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE age_at_visit > 60 AND year(visit_date) = 2024 GROUP BY visit_type",
        "breakdown",
        ordered=False,
    ),
    # trend
    B(
        "Quarterly count of influenza visits (J09-J11) during 2023",
        "rows",
        f"SELECT year(visit_date) || '-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits "
        f"WHERE icd10_code IN {_FLU} AND year(visit_date) = 2023 GROUP BY quarter ORDER BY quarter",
        "trend",
    ),
    B(
        "Помесячная динамика визитов в эндокринологию в Екатеринбурге за 2024 год",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' "
        "AND department = 'Endocrinology' AND year(visit_date) = 2024 GROUP BY month ORDER BY month",
        "trend",
    ),
    # average_age
    B(
        "Mean age at visit for female osteoporosis (M81) patients, 2023",
        "number",
        "SELECT round(avg(v.age_at_visit), 1) FROM visits v JOIN patients p USING (patient_id) WHERE p.sex = 'F' "
        "AND v.icd10_code = 'M81' AND year(v.visit_date) = 2023",
        "average_age",
    ),
    B(
        "Каков средний возраст на приёме у травматолога в Новосибирске в 2021 году?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Novosibirsk' AND department = 'Traumatology' "
        "AND year(visit_date) = 2021",
        "average_age",
    ),
    # date_range
    B(
        "Emergency visits in Saint Petersburg between 24 December 2022 and 8 January 2023 inclusive",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' "
        "AND visit_date BETWEEN DATE '2022-12-24' AND DATE '2023-01-08'",
        "date_range",
    ),
    B(
        "Казань, первая половина мая 2025 (с 1-го по 15-е число): во что обошлись все визиты?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' "
        "AND visit_date BETWEEN DATE '2025-05-01' AND DATE '2025-05-15'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "Yekaterinburg, 2025: number of visits coded anywhere in C00-C97 (cancers)",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND icd10_code BETWEEN 'C00' AND 'C97' AND year(visit_date) = 2025",
        "diagnosis_group",
    ),
    B(
        "Сколько разных людей лечилось от болезней печени (K70–K77) в Москве в 2024 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND icd10_code BETWEEN 'K70' AND 'K77' "
        "AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "What did Pulmonology in Yekaterinburg cost us altogether in 2024?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Pulmonology' "
        "AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "now the 2025 figure",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Pulmonology' "
        "AND year(visit_date) = 2025",
        "follow_up",
        follow_up_of="What did Pulmonology in Yekaterinburg cost us altogether in 2024?",
    ),
    B(
        "How many different oncology patients did we treat each year from 2021 to 2025?",
        "rows",
        "SELECT year(visit_date) AS year, count(DISTINCT patient_id) AS patients FROM visits WHERE department = 'Oncology' "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "restrict that to Moscow only",
        "rows",
        "SELECT year(visit_date) AS year, count(DISTINCT patient_id) AS patients FROM visits WHERE department = 'Oncology' "
        "AND city = 'Moscow' GROUP BY year ORDER BY year",
        "follow_up",
        follow_up_of="How many different oncology patients did we treat each year from 2021 to 2025?",
    ),
    B(
        "Разбей визиты 2021 года по городам",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE year(visit_date) = 2021 GROUP BY city",
        "breakdown",
        ordered=False,
    ),
    B(
        "ок, а если оставить только мужчин?",
        "rows",
        "SELECT v.city, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) WHERE p.sex = 'M' "
        "AND year(v.visit_date) = 2021 GROUP BY v.city",
        "follow_up",
        ordered=False,
        follow_up_of="Разбей визиты 2021 года по городам",
    ),
    B(
        "Терапия, 2023 год: сколько визитов приходилось в среднем на одного пациента?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE department = 'Therapy' "
        "AND year(visit_date) = 2023",
        "per_patient",
    ),
    B(
        "а у кардиологов какой показатель?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE department = 'Cardiology' "
        "AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="Терапия, 2023 год: сколько визитов приходилось в среднем на одного пациента?",
    ),
    # clarify
    B(
        "Oktyabrsky district, 2023, visits total?",
        "clarify",
        "which city: Oktyabrsky district exists in both Novosibirsk and Yekaterinburg",
        "clarify",
    ),
    B(
        "Can you put Kazan and Novosibirsk side by side for 2023?",
        "clarify",
        "compare by what measure: visits, patients, cost…",
        "clarify",
    ),
    B(
        "Покажи топ-10 по Новосибирску за 2024 год",
        "clarify",
        "top 10 of what: diagnoses, departments, districts…",
        "clarify",
    ),
    # out_of_scope
    B(
        "How many nurses were on duty in Moscow clinics on average per shift in 2024?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какой средний срок ожидания записи к офтальмологу в Казани в 2023 году?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какова больничная летальность в стационарах Петербурга за 2022 год?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # fresh set 18 (2026-12-08)
    # count
    B(
        "How many Urology visits were logged in Moscow's Troitsky okrug in 2024?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND district = 'Troitsky' AND department = 'Urology' "
        "AND year(visit_date) = 2024",
        "count",
    ),
    B(
        "Сколько раз в 2023 году по всей сети госпитализировали с флегмоной (L03)?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code = 'L03' AND visit_type = 'inpatient' AND year(visit_date) = 2023",
        "count",
    ),
    # top
    B(
        "Emergency attendances by patients 60+ in Kazan, 2025: which three districts were the busiest?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND visit_type = 'emergency' "
        "AND age_at_visit >= 60 AND year(visit_date) = 2025 GROUP BY district ORDER BY visits DESC, district LIMIT 3",
        "top",
    ),
    B(
        "Для каждого из городов назовите по два лидирующих диагноза среди стационарных случаев 2023 года",
        "rows",
        "SELECT city, icd10_code, visits FROM (SELECT city, icd10_code, count(*) AS visits, "
        "row_number() OVER (PARTITION BY city ORDER BY count(*) DESC, icd10_code) AS rn FROM visits "
        "WHERE visit_type = 'inpatient' AND year(visit_date) = 2023 GROUP BY city, icd10_code) WHERE rn <= 2 "
        "ORDER BY city, visits DESC",
        "top",
        ordered=False,
    ),
    # fewest
    B(
        "In 2024, which calendar month saw the lowest number of Pediatrics visits across the network?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE department = 'Pediatrics' "
        "AND year(visit_date) = 2024 GROUP BY month ORDER BY visits ASC, month LIMIT 1",
        "fewest",
    ),
    B(
        "Of the Moscow okrugs, which three had the fewest distinct female patients in 2023?",
        "rows",
        "SELECT v.district, count(DISTINCT v.patient_id) AS patients FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Moscow' AND p.sex = 'F' AND year(v.visit_date) = 2023 GROUP BY v.district "
        "ORDER BY patients ASC, v.district LIMIT 3",
        "fewest",
    ),
    B(
        "Какое отделение в Санкт-Петербурге обслужило меньше всего уникальных пациентов за 2025 год?",
        "rows",
        "SELECT department, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Saint Petersburg' "
        "AND year(visit_date) = 2025 GROUP BY department ORDER BY patients ASC, department LIMIT 1",
        "fewest",
    ),
    B(
        "У какого типа визита в Казани за 2023 год самая низкая средняя стоимость?",
        "rows",
        "SELECT visit_type, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2023 "
        "GROUP BY visit_type ORDER BY avg_cost ASC, visit_type LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "Among inpatient stays in Novosibirsk in 2024, what percent were in Surgery?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE department = 'Surgery') / count(*), 1) FROM visits "
        "WHERE city = 'Novosibirsk' AND visit_type = 'inpatient' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "J06 (acute URI) as a percentage of all Pediatrics visits in 2022",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE icd10_code = 'J06') / count(*), 1) FROM visits "
        "WHERE department = 'Pediatrics' AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "Какую долю среди всех пациентов, лечившихся в Казани в 2025 году, составили мужчины (в %)?",
        "number",
        "SELECT round(100.0 * count(DISTINCT v.patient_id) FILTER (WHERE p.sex = 'M') / count(DISTINCT v.patient_id), 1) "
        "FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Kazan' AND year(v.visit_date) = 2025",
        "share",
    ),
    B(
        "сколько процентов всех расходов сети за 2023 год приходится на москву",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE city = 'Moscow') / sum(cost_rub), 1) FROM visits "
        "WHERE year(visit_date) = 2023",
        "share",
    ),
    # comparison
    B(
        "Dermatology: did 2023 bring more visits than 2022?",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE department = 'Dermatology' "
        "AND year(visit_date) IN (2022, 2023) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Mean outpatient visit cost in Kazan against Yekaterinburg, 2025",
        "rows",
        "SELECT city, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE visit_type = 'outpatient' "
        "AND city IN ('Kazan', 'Yekaterinburg') AND year(visit_date) = 2025 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Сопоставьте, пожалуйста, количество уникальных пациентов с депрессивным эпизодом (F32) в Москве в 2021 и в 2024 годах",
        "rows",
        "SELECT year(visit_date) AS year, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Moscow' "
        "AND icd10_code = 'F32' AND year(visit_date) IN (2021, 2024) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Чего в Новосибирске в 2022 году было больше: экстренных визитов или госпитализаций?",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_type IN ('emergency', 'inpatient') AND year(visit_date) = 2022 GROUP BY visit_type",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "Number of distinct patients aged 18-64 seen in Kazan in 2023 in any department other than Therapy",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND age_at_visit BETWEEN 18 AND 64 "
        "AND department <> 'Therapy' AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Total outpatient spend in 2024 for every city except Moscow and Saint Petersburg",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE visit_type = 'outpatient' "
        "AND city NOT IN ('Moscow', 'Saint Petersburg') AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Сколько визитов детей до 18 лет было в Екатеринбурге в 2025 году, если не считать ОРВИ (J06)?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND age_at_visit < 18 AND icd10_code <> 'J06' "
        "AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Средний возраст пациентов неврологии за 2022 год, экстренные визиты исключить",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE department = 'Neurology' AND visit_type <> 'emergency' "
        "AND year(visit_date) = 2022",
        "exclusion",
    ),
    # age_range
    B(
        "How many visits by people in their fifties (50-59) did Gastroenterology get in Saint Petersburg in 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Gastroenterology' "
        "AND age_at_visit BETWEEN 50 AND 59 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Moscow 2022: what did an average visit of an 80-plus patient cost?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND age_at_visit >= 80 AND year(visit_date) = 2022",
        "age_range",
    ),
    B(
        "Сколько пациентов моложе 25 лет обращались с угревой сыпью (L70) в 2024 году?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code = 'L70' AND age_at_visit < 25 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Число визитов в эндокринологию Новосибирска от пациентов 45–55 лет за 2021 год",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND department = 'Endocrinology' "
        "AND age_at_visit BETWEEN 45 AND 55 AND year(visit_date) = 2021",
        "age_range",
    ),
    # colloquial
    B(
        "traumatology visits kzn 2025 how many thx",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'Traumatology' AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "whats the total bill for cardiology inpatients in msk 2023",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND department = 'Cardiology' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "скока народу с ковидом было в питере в 21м",
        "number",
        f"SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code IN {_COVID} "
        "AND year(visit_date) = 2021",
        "colloquial",
    ),
    B(
        "ср чек гинекология екб 2024",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Gynecology' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    # money
    B(
        "Cheapest single inpatient visit on record for 2025 - what did it cost?",
        "number",
        "SELECT round(min(cost_rub), 2) FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2025",
        "money",
    ),
    B(
        "Во что в среднем обходился один визит с коксартрозом (M16) в 2023 году?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE icd10_code = 'M16' AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "Итоговая сумма по визитам в урологию Петербурга за 2025 год, руб.",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Urology' "
        "AND year(visit_date) = 2025",
        "money",
    ),
    # distinct_patients
    B(
        "How many distinct patients have ever been diagnosed with tick-borne viral encephalitis (A84)?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code = 'A84'",
        "distinct_patients",
    ),
    B(
        "Сколько пациентов за 2025 год приходили к нам три раза и больше?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE year(visit_date) = 2025 GROUP BY patient_id "
        "HAVING count(*) >= 3)",
        "distinct_patients",
    ),
    # per_patient
    B(
        "Average spend per patient in Ophthalmology across the network, 2024",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE department = 'Ophthalmology' "
        "AND year(visit_date) = 2024",
        "per_patient",
    ),
    B(
        "For Endocrinology in Saint Petersburg in 2025, what's the ratio of visits to unique patients?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Endocrinology' AND year(visit_date) = 2025",
        "per_patient",
    ),
    B(
        "Сколько визитов в среднем приходится на одного пациента в Зеленоградском округе Москвы за 2023 год?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Moscow' "
        "AND district = 'Zelenogradsky' AND year(visit_date) = 2023",
        "per_patient",
    ),
    # breakdown
    B(
        "Show 2023 visits in Yekaterinburg split out by department",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND year(visit_date) = 2023 "
        "GROUP BY department",
        "breakdown",
        ordered=False,
    ),
    B(
        "Сумма расходов Новосибирска за 2025 год в разрезе типов визита",
        "rows",
        "SELECT visit_type, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Novosibirsk' "
        "AND year(visit_date) = 2025 GROUP BY visit_type",
        "breakdown",
        ordered=False,
    ),
    # trend
    B(
        "Average cost of an Oncology visit, year by year from 2021 to 2025",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE department = 'Oncology' "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "Число визитов с острым бронхитом (J20) по месяцам 2022 года",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE icd10_code = 'J20' "
        "AND year(visit_date) = 2022 GROUP BY month ORDER BY month",
        "trend",
    ),
    # average_age
    B(
        "Average age of men hospitalised with heart failure (I50) in 2024",
        "number",
        "SELECT round(avg(v.age_at_visit), 1) FROM visits v JOIN patients p USING (patient_id) WHERE p.sex = 'M' "
        "AND v.visit_type = 'inpatient' AND v.icd10_code = 'I50' AND year(v.visit_date) = 2024",
        "average_age",
    ),
    B(
        "Средний возраст пациентов на визитах в Советском районе Казани за 2022 год",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Kazan' AND district = 'Sovetsky' AND year(visit_date) = 2022",
        "average_age",
    ),
    # date_range
    B(
        "Distinct influenza patients (J09-J11) between 15 January and 15 February 2024",
        "number",
        f"SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code IN {_FLU} "
        "AND visit_date BETWEEN DATE '2024-01-15' AND DATE '2024-02-15'",
        "date_range",
    ),
    B(
        "Сколько визитов в хирургию было в Москве с 1 сентября по 31 октября 2021 года?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND department = 'Surgery' "
        "AND visit_date BETWEEN DATE '2021-09-01' AND DATE '2021-10-31'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "Total cost of visits for head injuries (S00-S09) in 2025",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE icd10_code BETWEEN 'S00' AND 'S09' AND year(visit_date) = 2025",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с болезнями глаза и его придаточного аппарата (глава VII МКБ-10) было в Новосибирске за 2023 год?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Novosibirsk' "
        "AND d.chapter = 'VII. Diseases of the eye and adnexa' AND year(v.visit_date) = 2023",
        "diagnosis_group",
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "Назови четыре отделения с наибольшими расходами в Санкт-Петербурге за 2022 год",
        "rows",
        "SELECT department, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Saint Petersburg' "
        "AND year(visit_date) = 2022 GROUP BY department ORDER BY total_cost DESC, department LIMIT 4",
        "top",
    ),
    B(
        "а по Москве?",
        "rows",
        "SELECT department, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Moscow' "
        "AND year(visit_date) = 2022 GROUP BY department ORDER BY total_cost DESC, department LIMIT 4",
        "follow_up",
        follow_up_of="Назови четыре отделения с наибольшими расходами в Санкт-Петербурге за 2022 год",
    ),
    B(
        "How many different people came to Gastroenterology in Kazan in 2024?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'Gastroenterology' "
        "AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "of them, how many female?",
        "number",
        "SELECT count(DISTINCT v.patient_id) FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Kazan' "
        "AND v.department = 'Gastroenterology' AND p.sex = 'F' AND year(v.visit_date) = 2024",
        "follow_up",
        follow_up_of="How many different people came to Gastroenterology in Kazan in 2024?",
    ),
    B(
        "Госпитализации в Казани по годам, 2021–2025",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "теперь оставь только хирургию",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' "
        "AND department = 'Surgery' GROUP BY year ORDER BY year",
        "follow_up",
        follow_up_of="Госпитализации в Казани по годам, 2021–2025",
    ),
    B(
        "Emergency visits in 2024 split by patient sex",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.visit_type = 'emergency' AND year(v.visit_date) = 2024 GROUP BY p.sex",
        "breakdown",
        ordered=False,
    ),
    B(
        "ok now just Kazan",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.visit_type = 'emergency' AND v.city = 'Kazan' AND year(v.visit_date) = 2024 GROUP BY p.sex",
        "follow_up",
        ordered=False,
        follow_up_of="Emergency visits in 2024 split by patient sex",
    ),
    # clarify
    B(
        "Inpatient admissions in Saint Petersburg in July, please",
        "clarify",
        "which year July refers to",
        "clarify",
    ),
    B(
        "Ленинский район, 2024 год: число обращений",
        "clarify",
        "which city: Leninsky district exists in both Novosibirsk and Yekaterinburg",
        "clarify",
    ),
    B(
        "Выведи пять худших по Екатеринбургу за 2025 год",
        "clarify",
        "five worst what, and by which measure: diagnoses, departments, districts…",
        "clarify",
    ),
    # out_of_scope
    B(
        "How many ventilator beds were occupied by pneumonia patients in January 2024?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "How many MRI scans did the Yekaterinburg clinics perform in 2023?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какой процент пациентов поставил качеству обслуживания оценку «отлично» в 2024 году?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # fresh set 19 (2026-12-08)
    # count
    B(
        "Gout (M10) in Novosibirsk, all five years combined - visit count?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND icd10_code = 'M10'",
        "count",
    ),
    B(
        "Травматология Петербурга, 2022 год: сколько было экстренных визитов?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Traumatology' "
        "AND visit_type = 'emergency' AND year(visit_date) = 2022",
        "count",
    ),
    # top
    B(
        "List the four diagnoses that cost us the most in total among patients aged 65 and over in 2024",
        "rows",
        "SELECT icd10_code, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE age_at_visit >= 65 "
        "AND year(visit_date) = 2024 GROUP BY icd10_code ORDER BY total_cost DESC, icd10_code LIMIT 4",
        "top",
    ),
    B(
        "По каждому типу визита — три самых частых кода МКБ в Москве за 2022 год",
        "rows",
        "SELECT visit_type, icd10_code, visits FROM (SELECT visit_type, icd10_code, count(*) AS visits, "
        "row_number() OVER (PARTITION BY visit_type ORDER BY count(*) DESC, icd10_code) AS rn FROM visits "
        "WHERE city = 'Moscow' AND year(visit_date) = 2022 GROUP BY visit_type, icd10_code) WHERE rn <= 3 "
        "ORDER BY visit_type, visits DESC",
        "top",
        ordered=False,
    ),
    # fewest
    B(
        "Emergency visits in Yekaterinburg, 2025: which district ran up the smallest total cost?",
        "rows",
        "SELECT district, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Yekaterinburg' "
        "AND visit_type = 'emergency' AND year(visit_date) = 2025 GROUP BY district ORDER BY total_cost ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "In St Petersburg during 2023, which 3 departments had the cheapest visits on average?",
        "rows",
        "SELECT department, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Saint Petersburg' "
        "AND year(visit_date) = 2023 GROUP BY department ORDER BY avg_cost ASC, department LIMIT 3",
        "fewest",
    ),
    B(
        "Наименее загруженный по ОРВИ (J06) квартал 2023 года в Екатеринбурге — какой?",
        "rows",
        "SELECT strftime(visit_date, '%Y') || '-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits "
        "WHERE city = 'Yekaterinburg' AND icd10_code = 'J06' AND year(visit_date) = 2023 "
        "GROUP BY quarter ORDER BY visits ASC, quarter LIMIT 1",
        "fewest",
    ),
    B(
        "У какого города сети наименьшие суммарные расходы на визиты пациентов старше 70 лет за 2022 год?",
        "rows",
        "SELECT city, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE age_at_visit > 70 "
        "AND year(visit_date) = 2022 GROUP BY city ORDER BY total_cost ASC, city LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "What share of 2025 Cardiology visits in Saint Petersburg were emergencies (denominator: all Cardiology visits there that year)?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'emergency') / count(*), 1) FROM visits "
        "WHERE city = 'Saint Petersburg' AND department = 'Cardiology' AND year(visit_date) = 2025",
        "share",
    ),
    B(
        "Of all Therapy visits in Yekaterinburg during 2024, what percentage came from patients aged 75 or older?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit >= 75) / count(*), 1) FROM visits "
        "WHERE city = 'Yekaterinburg' AND department = 'Therapy' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "Доля женщин среди госпитализаций в Москве за 2022 год — в процентах от всех госпитализаций",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE p.sex = 'F') / count(*), 1) FROM visits v JOIN patients p "
        "USING (patient_id) WHERE v.city = 'Moscow' AND v.visit_type = 'inpatient' AND year(v.visit_date) = 2022",
        "share",
    ),
    B(
        "Казань, 2022: какая часть всех обращений (в %) приходится на ковид, коды U07.1 и U07.2 вместе?",
        "number",
        f"SELECT round(100.0 * count(*) FILTER (WHERE icd10_code IN {_COVID}) / count(*), 1) FROM visits "
        "WHERE city = 'Kazan' AND year(visit_date) = 2022",
        "share",
    ),
    # comparison
    B(
        "Migraine (G43), 2023: number of unique patients in Moscow compared with Saint Petersburg",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE icd10_code = 'G43' "
        "AND city IN ('Moscow', 'Saint Petersburg') AND year(visit_date) = 2023 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Was total Oncology spending higher in 2022 or in 2025?",
        "rows",
        "SELECT year(visit_date) AS year, round(sum(cost_rub), 2) AS total_cost FROM visits "
        "WHERE department = 'Oncology' AND year(visit_date) IN (2022, 2025) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Средний возраст неврологических пациентов: Казань vs Новосибирск, 2024 год — у кого выше?",
        "rows",
        "SELECT city, round(avg(age_at_visit), 1) AS avg_age FROM visits WHERE department = 'Neurology' "
        "AND city IN ('Kazan', 'Novosibirsk') AND year(visit_date) = 2024 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Грипп (J09–J11) по всей сети: январь 2024 против января 2025, сколько визитов",
        "rows",
        f"SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE icd10_code IN {_FLU} "
        "AND strftime(visit_date, '%Y-%m') IN ('2024-01', '2025-01') GROUP BY month ORDER BY month",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "Outpatient visits in Saint Petersburg in 2022, excluding Kolpinsky and Pushkinsky districts and excluding patients under 18",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'outpatient' "
        "AND district NOT IN ('Kolpinsky', 'Pushkinsky') AND age_at_visit >= 18 AND year(visit_date) = 2022",
        "exclusion",
    ),
    B(
        "avg cost of a Surgery visit in 2024 for the network, leaving Moscow out",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE department = 'Surgery' AND city <> 'Moscow' "
        "AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Без педиатрии и психиатрии: сколько человек лечилось в Казани за 2025 год (уникальных)?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' "
        "AND department NOT IN ('Pediatrics', 'Psychiatry') AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Три самых частых диагноза у женщин в Новосибирске за 2023 год, не считая J06 и Z00",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Novosibirsk' AND p.sex = 'F' AND v.icd10_code NOT IN ('J06', 'Z00') "
        "AND year(v.visit_date) = 2023 GROUP BY v.icd10_code ORDER BY visits DESC, v.icd10_code LIMIT 3",
        "exclusion",
    ),
    # age_range
    B(
        "Teen (13-17 y.o.) emergency attendances, Yekaterinburg, calendar 2021 - count?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'emergency' "
        "AND age_at_visit BETWEEN 13 AND 17 AND year(visit_date) = 2021",
        "age_range",
    ),
    B(
        "Kindly provide the number of distinct patients aged between 40 and 49 who were seen for essential hypertension (I10) in Kazan during 2024.",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND icd10_code = 'I10' "
        "AND age_at_visit BETWEEN 40 AND 49 AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Дерматология, 2023 год, пациенты 18–30 лет: средняя стоимость одного приёма",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE department = 'Dermatology' "
        "AND age_at_visit BETWEEN 18 AND 30 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Сколько было визитов малышей младше трёх лет в педиатрию Москвы в 2025 году?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND department = 'Pediatrics' AND age_at_visit < 3 "
        "AND year(visit_date) = 2025",
        "age_range",
    ),
    # colloquial
    B(
        "whats the avg age of ppl coming in w/ migraine in ekb 2023",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Yekaterinburg' AND icd10_code = 'G43' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "spb inpatient admits jan 2023 pls just the number",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'inpatient' "
        "AND visit_date BETWEEN DATE '2023-01-01' AND DATE '2023-01-31'",
        "colloquial",
    ),
    B(
        "пневмонии в нске 23й — скок человек госпитализировали?",
        "number",
        f"SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Novosibirsk' AND icd10_code IN {_PNEU} "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "сумма по глазному отделению казань 2021 год, в рублях плиз",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND department = 'Ophthalmology' "
        "AND year(visit_date) = 2021",
        "colloquial",
    ),
    # money
    B(
        "Highest single-visit charge recorded in Oncology in 2025, in rubles",
        "number",
        "SELECT round(max(cost_rub), 2) FROM visits WHERE department = 'Oncology' AND year(visit_date) = 2025",
        "money",
    ),
    B(
        "ЛОР, Новосибирск, 2024, пациенты до 18 лет: общая стоимость визитов?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND department = 'ENT' "
        "AND age_at_visit < 18 AND year(visit_date) = 2024",
        "money",
    ),
    # distinct_patients
    B(
        "In 2023, how many individual people attended Gastroenterology and also Surgery?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE year(visit_date) = 2023 "
        "AND department IN ('Gastroenterology', 'Surgery') GROUP BY patient_id HAVING count(DISTINCT department) = 2)",
        "distinct_patients",
    ),
    B(
        "Число уникальных пациентов-мужчин урологии, Москва, 2024",
        "number",
        "SELECT count(DISTINCT v.patient_id) FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Moscow' "
        "AND v.department = 'Urology' AND p.sex = 'M' AND year(v.visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "Скольким пациентам в 2022 году ставили хроническую болезнь почек (N18)?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code = 'N18' AND year(visit_date) = 2022",
        "distinct_patients",
    ),
    # per_patient
    B(
        "Psychiatry in Moscow, 2022: average number of visits per patient",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Moscow' "
        "AND department = 'Psychiatry' AND year(visit_date) = 2022",
        "per_patient",
    ),
    B(
        "Kazan 2024 - rubles spent per unique patient on emergency visits",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Kazan' "
        "AND visit_type = 'emergency' AND year(visit_date) = 2024",
        "per_patient",
    ),
    B(
        "Затраты в пересчёте на одного больного диабетом 2 типа (E11), 2025 год — сколько выходит?",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE icd10_code = 'E11' "
        "AND year(visit_date) = 2025",
        "per_patient",
    ),
    # breakdown
    B(
        "Visits by ICD-10 chapter for patients aged 80 and above in 2023",
        "rows",
        "SELECT d.chapter, count(*) AS visits FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE v.age_at_visit >= 80 AND year(v.visit_date) = 2023 GROUP BY d.chapter",
        "breakdown",
        ordered=False,
    ),
    B(
        "Стационар за 2021 год: количество госпитализаций в каждом городе",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2021 "
        "GROUP BY city",
        "breakdown",
        ordered=False,
    ),
    # trend
    B(
        "Quarterly emergency visit counts for Novosibirsk through 2023 and 2024",
        "rows",
        "SELECT strftime(visit_date, '%Y') || '-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits "
        "WHERE city = 'Novosibirsk' AND visit_type = 'emergency' AND year(visit_date) IN (2023, 2024) "
        "GROUP BY quarter ORDER BY quarter",
        "trend",
    ),
    B(
        "Динамика затрат на кардиологию в Екатеринбурге: суммы по каждому году с 2021 по 2025",
        "rows",
        "SELECT year(visit_date) AS year, round(sum(cost_rub), 2) AS total_cost FROM visits "
        "WHERE city = 'Yekaterinburg' AND department = 'Cardiology' GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "Конъюнктивит (H10), Москва: как распределялись визиты по месяцам в 2025-м?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Moscow' "
        "AND icd10_code = 'H10' AND year(visit_date) = 2025 GROUP BY month ORDER BY month",
        "trend",
    ),
    # average_age
    B(
        "SPb, 2021: mean age of patients across all Gynecology visits",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Gynecology' "
        "AND year(visit_date) = 2021",
        "average_age",
    ),
    B(
        "Каков средний возраст на визитах с рассеянным склерозом (G35) за все годы наблюдения?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE icd10_code = 'G35'",
        "average_age",
    ),
    # date_range
    B(
        "Cardiology visits in Kazan between 1 May and 14 June 2023 (both dates included)",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'Cardiology' "
        "AND visit_date BETWEEN DATE '2023-05-01' AND DATE '2023-06-14'",
        "date_range",
    ),
    B(
        "Расходы Новосибирска за период 01.03.2024–15.04.2024, рублей",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_date BETWEEN DATE '2024-03-01' AND DATE '2024-04-15'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "How many unique people carried a cancer diagnosis (ICD-10 C00-C97) at some visit during 2024?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE icd10_code BETWEEN 'C00' AND 'C97' AND year(visit_date) = 2024",
        "diagnosis_group",
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "Number of visits per department in Novosibirsk in 2024, largest first",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2024 "
        "GROUP BY department ORDER BY visits DESC, department",
        "breakdown",
    ),
    B(
        "ok just give me the top five of those",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' AND year(visit_date) = 2024 "
        "GROUP BY department ORDER BY visits DESC, department LIMIT 5",
        "follow_up",
        follow_up_of="Number of visits per department in Novosibirsk in 2024, largest first",
    ),
    B(
        "What did an inpatient stay in Yekaterinburg cost on average in 2023?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "and the year after?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2024",
        "follow_up",
        follow_up_of="What did an inpatient stay in Yekaterinburg cost on average in 2023?",
    ),
    B(
        "Где в Питере в 2025 году больше всего госпитализировали? Дай топ-3 района",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2025 GROUP BY district ORDER BY visits DESC, district LIMIT 3",
        "top",
    ),
    B(
        "а если считать не визиты, а уникальных пациентов?",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Saint Petersburg' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2025 GROUP BY district ORDER BY patients DESC, district LIMIT 3",
        "follow_up",
        follow_up_of="Где в Питере в 2025 году больше всего госпитализировали? Дай топ-3 района",
    ),
    B(
        "Болезни органов пищеварения (глава XI МКБ-10): сколько визитов в Казани за 2023 год?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Kazan' "
        "AND d.chapter = 'XI. Diseases of the digestive system' AND year(v.visit_date) = 2023",
        "diagnosis_group",
    ),
    B(
        "а какой код из этой главы встречался чаще всего?",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Kazan' "
        "AND d.chapter = 'XI. Diseases of the digestive system' AND year(v.visit_date) = 2023 "
        "GROUP BY v.icd10_code ORDER BY visits DESC, v.icd10_code LIMIT 1",
        "follow_up",
        follow_up_of="Болезни органов пищеварения (глава XI МКБ-10): сколько визитов в Казани за 2023 год?",
    ),
    # clarify
    B(
        "Show me Pediatrics in Moscow for 2024",
        "clarify",
        "which measure: visits, patients, cost…",
        "clarify",
    ),
    B(
        "Kirovsky district, emergency visits in 2023?",
        "clarify",
        "which city: Kirovsky district exists in Saint Petersburg, Novosibirsk, Kazan and Yekaterinburg",
        "clarify",
    ),
    B(
        "Средний чек педиатрии Новосибирска за второй квартал",
        "clarify",
        "which year the second quarter refers to",
        "clarify",
    ),
    # out_of_scope
    B(
        "What fraction of booked Therapy appointments in Novosibirsk were no-shows in 2024?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Сколько врачей-кардиологов работало в Казани в 2024 году?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какой средний уровень гемоглобина у пациентов с железодефицитной анемией (D50) за 2023 год?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # fresh set 20 (2026-12-08)
    # count
    B(
        "outpatient endocrinology appts in Ordzhonikidzevsky (Yekaterinburg) during 2022: how many",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND district = 'Ordzhonikidzevsky' "
        "AND department = 'Endocrinology' AND visit_type = 'outpatient' AND year(visit_date) = 2022",
        "count",
    ),
    B(
        "Опоясывающий лишай (B02) в Москве за 2025 год — сколько набралось визитов?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code = 'B02' AND year(visit_date) = 2025",
        "count",
    ),
    # top
    B(
        "Which five ICD-10 codes accounted for the most visits to the Emergency department in Moscow in 2023?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Moscow' AND department = 'Emergency' "
        "AND year(visit_date) = 2023 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 5",
        "top",
    ),
    B(
        "For every city, the single department with the biggest total spend in 2024",
        "rows",
        "SELECT city, department, total_cost FROM (SELECT city, department, round(sum(cost_rub), 2) AS total_cost, "
        "row_number() OVER (PARTITION BY city ORDER BY sum(cost_rub) DESC, department) AS rn FROM visits "
        "WHERE year(visit_date) = 2024 GROUP BY city, department) WHERE rn = 1 ORDER BY city",
        "top",
        ordered=False,
    ),
    # fewest
    B(
        "St Petersburg Traumatology, 2021: quietest month by visit count?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Traumatology' AND year(visit_date) = 2021 GROUP BY month ORDER BY visits ASC, month LIMIT 1",
        "fewest",
    ),
    B(
        "Children under 18 in Moscow, 2022: what visit type was least common for them?",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE city = 'Moscow' AND age_at_visit < 18 "
        "AND year(visit_date) = 2022 GROUP BY visit_type ORDER BY visits ASC, visit_type LIMIT 1",
        "fewest",
    ),
    B(
        "Меньше всего разных пациентов в 2024 году — у каких двух районов Екатеринбурга?",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Yekaterinburg' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY patients ASC, district LIMIT 2",
        "fewest",
    ),
    B(
        "онкология казани: в каком году у неё было меньше всего визитов",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Kazan' AND department = 'Oncology' "
        "GROUP BY year ORDER BY visits ASC, year LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "What percent of all 2023 inpatient admissions across the network took place in Moscow?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE city = 'Moscow') / count(*), 1) FROM visits "
        "WHERE visit_type = 'inpatient' AND year(visit_date) = 2023",
        "share",
    ),
    B(
        "Among 2022 visits carrying a pneumonia code (J12, J15, J18), what percentage were inpatient stays?",
        "number",
        f"SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'inpatient') / count(*), 1) FROM visits "
        f"WHERE icd10_code IN {_PNEU} AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "Какова доля детей младше 18 лет среди всех визитов в инфекционное отделение за 2025 год, %?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit < 18) / count(*), 1) FROM visits "
        "WHERE department = 'Infectious Diseases' AND year(visit_date) = 2025",
        "share",
    ),
    B(
        "Хирургия — какая у неё доля в общих затратах Казани за 2024 год (%)?",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE department = 'Surgery') / sum(cost_rub), 1) FROM visits "
        "WHERE city = 'Kazan' AND year(visit_date) = 2024",
        "share",
    ),
    # comparison
    B(
        "Kazan vs Novosibirsk - who admitted more inpatients in 2025 (count of inpatient visits)?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE city IN ('Kazan', 'Novosibirsk') AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2025 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Novosibirsk inpatient stays: average cost in 2021 compared with 2024",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_type = 'inpatient' AND year(visit_date) IN (2021, 2024) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Мужчины или женщины: у кого было больше визитов в кардиологию Москвы в 2023 году?",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Moscow' "
        "AND v.department = 'Cardiology' AND year(v.visit_date) = 2023 GROUP BY p.sex",
        "comparison",
        ordered=False,
    ),
    B(
        "Сопоставьте затраты на педиатрию в Санкт-Петербурге: 2022 год против 2024-го",
        "rows",
        "SELECT year(visit_date) AS year, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Saint Petersburg' "
        "AND department = 'Pediatrics' AND year(visit_date) IN (2022, 2024) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "Hypertension visits (I10 or I11) in 2025 outside of Moscow and Saint Petersburg - how many?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code IN ('I10', 'I11') AND city NOT IN ('Moscow', 'Saint Petersburg') "
        "AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "I need the total cost of Novosibirsk visits for 2023, excluding inpatient care and also excluding the Oncology department.",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND visit_type <> 'inpatient' "
        "AND department <> 'Oncology' AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Средний возраст на визитах в Екатеринбурге за 2024 год, педиатрию не учитываем",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Yekaterinburg' AND department <> 'Pediatrics' "
        "AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Назовите три ведущих диагноза в Казани за 2021 год, исключив всё, что относится к болезням органов дыхания (глава X)",
        "rows",
        "SELECT v.icd10_code, count(*) AS visits FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Kazan' "
        "AND d.chapter <> 'X. Diseases of the respiratory system' AND year(v.visit_date) = 2021 "
        "GROUP BY v.icd10_code ORDER BY visits DESC, v.icd10_code LIMIT 3",
        "exclusion",
    ),
    # age_range
    B(
        "How many women aged 20-35 came to Gynecology in Moscow in 2024? Unique patients please",
        "number",
        "SELECT count(DISTINCT v.patient_id) FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Moscow' "
        "AND v.department = 'Gynecology' AND p.sex = 'F' AND v.age_at_visit BETWEEN 20 AND 35 AND year(v.visit_date) = 2024",
        "age_range",
    ),
    B(
        "visits by nonagenarians (age 90 or older) in Saint Petersburg in 2022",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND age_at_visit >= 90 AND year(visit_date) = 2022",
        "age_range",
    ),
    B(
        "Сколько было визитов с фибрилляцией предсердий (I48) у пациентов в возрасте от 60 до 75 лет за 2023 год?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code = 'I48' AND age_at_visit BETWEEN 60 AND 75 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Во сколько обошлись визиты детей 5–12 лет с астмой (J45) за все пять лет?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE icd10_code = 'J45' AND age_at_visit BETWEEN 5 AND 12",
        "age_range",
    ),
    # colloquial
    B(
        "yo how many covid visits msk 2022 (both U07 codes)",
        "number",
        f"SELECT count(*) FROM visits WHERE city = 'Moscow' AND icd10_code IN {_COVID} AND year(visit_date) = 2022",
        "colloquial",
    ),
    B(
        "gimme avg cost per visit neuro nsk 2025",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND department = 'Neurology' "
        "AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "скока визитов у детишек (до 18) в травме казань 25 год",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'Traumatology' AND age_at_visit < 18 "
        "AND year(visit_date) = 2025",
        "colloquial",
    ),
    B(
        "кол-во уник. пац-тов с гастритом (K29) в спб за 2023",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'K29' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    # money
    B(
        "Самый дешёвый визит в хирургию в Москве за 2024 год — сколько он стоил?",
        "number",
        "SELECT round(min(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND department = 'Surgery' AND year(visit_date) = 2024",
        "money",
    ),
    B(
        "Во что обошлись сети все экстренные визиты 2021 года вместе взятые?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE visit_type = 'emergency' AND year(visit_date) = 2021",
        "money",
    ),
    # distinct_patients
    B(
        "Count of patients with at least five visits during 2024",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE year(visit_date) = 2024 GROUP BY patient_id "
        "HAVING count(*) >= 5)",
        "distinct_patients",
    ),
    B(
        "How many different people did the South-Western okrug of Moscow see in 2021?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND district = 'South-Western' "
        "AND year(visit_date) = 2021",
        "distinct_patients",
    ),
    B(
        "Эпилепсия (G40), Санкт-Петербург, 2024: число пациентов без повторов",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'G40' "
        "AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    # per_patient
    B(
        "Infectious Diseases, 2023, whole network: visits per distinct patient",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE department = 'Infectious Diseases' "
        "AND year(visit_date) = 2023",
        "per_patient",
    ),
    B(
        "Рублей на пациента в Екатеринбурге за 2023 год: посчитайте средние траты на одного человека",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Yekaterinburg' "
        "AND year(visit_date) = 2023",
        "per_patient",
    ),
    B(
        "Шизофрения (F20): сколько визитов в среднем набирает один пациент за весь период?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE icd10_code = 'F20'",
        "per_patient",
    ),
    # breakdown
    B(
        "2025 Cardiology: how do the visits split across outpatient, inpatient and emergency?",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE department = 'Cardiology' AND year(visit_date) = 2025 "
        "GROUP BY visit_type",
        "breakdown",
        ordered=False,
    ),
    B(
        "Сколько визитов сделали мужчины и сколько женщины среди пациентов старше 65 лет в 2024 году?",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) WHERE v.age_at_visit > 65 "
        "AND year(v.visit_date) = 2024 GROUP BY p.sex",
        "breakdown",
        ordered=False,
    ),
    # trend
    B(
        "Moscow Psychiatry: unique patients each year from 2021 to 2025",
        "rows",
        "SELECT year(visit_date) AS year, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Moscow' "
        "AND department = 'Psychiatry' GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "Казань, стационар, 2025 год: суммы затрат по кварталам",
        "rows",
        "SELECT strftime(visit_date, '%Y') || '-Q' || quarter(visit_date) AS quarter, round(sum(cost_rub), 2) AS total_cost "
        "FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' AND year(visit_date) = 2025 "
        "GROUP BY quarter ORDER BY quarter",
        "trend",
    ),
    # average_age
    B(
        "Average age of patients at Pulmonology visits coded COPD (J44) in 2022",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE department = 'Pulmonology' AND icd10_code = 'J44' "
        "AND year(visit_date) = 2022",
        "average_age",
    ),
    B(
        "Урология, 2024: сколько лет в среднем пациенткам-женщинам на приёме?",
        "number",
        "SELECT round(avg(v.age_at_visit), 1) FROM visits v JOIN patients p USING (patient_id) WHERE p.sex = 'F' "
        "AND v.department = 'Urology' AND year(v.visit_date) = 2024",
        "average_age",
    ),
    # date_range
    B(
        "Between 1 Nov 2023 and 29 Feb 2024, how many different people were seen by the ENT department in Moscow?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND department = 'ENT' "
        "AND visit_date BETWEEN DATE '2023-11-01' AND DATE '2024-02-29'",
        "date_range",
    ),
    B(
        "Число визитов с ОРВИ (J06) в Казани в период с 25 декабря 2024 по 8 января 2025 включительно",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND icd10_code = 'J06' "
        "AND visit_date BETWEEN DATE '2024-12-25' AND DATE '2025-01-08'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "Injury, poisoning and external causes (ICD-10 chapter XIX): visit count for Yekaterinburg in 2022",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Yekaterinburg' "
        "AND d.chapter = 'XIX. Injury, poisoning and certain other consequences of external causes' "
        "AND year(v.visit_date) = 2022",
        "diagnosis_group",
    ),
    B(
        "Психиатрические диагнозы (вся рубрика F00–F99) у молодёжи до 30 лет: сколько визитов за 2025 год?",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code BETWEEN 'F00' AND 'F99' AND age_at_visit < 30 "
        "AND year(visit_date) = 2025",
        "diagnosis_group",
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "Mean price of an Oncology visit, St Petersburg, 2022?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Oncology' "
        "AND year(visit_date) = 2022",
        "money",
    ),
    B(
        "what about Moscow?",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND department = 'Oncology' "
        "AND year(visit_date) = 2022",
        "follow_up",
        follow_up_of="Mean price of an Oncology visit, St Petersburg, 2022?",
    ),
    B(
        "Acute bronchitis (J20) in Saint Petersburg, 2024, month by month",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' "
        "AND icd10_code = 'J20' AND year(visit_date) = 2024 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "which of those months was the peak?",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' "
        "AND icd10_code = 'J20' AND year(visit_date) = 2024 GROUP BY month ORDER BY visits DESC, month LIMIT 1",
        "follow_up",
        follow_up_of="Acute bronchitis (J20) in Saint Petersburg, 2024, month by month",
    ),
    B(
        "Самая дорогая госпитализация в среднем — в каких трёх отделениях, 2025 год?",
        "rows",
        "SELECT department, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE visit_type = 'inpatient' "
        "AND year(visit_date) = 2025 GROUP BY department ORDER BY avg_cost DESC, department LIMIT 3",
        "top",
    ),
    B(
        "а среди амбулаторных приёмов?",
        "rows",
        "SELECT department, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE visit_type = 'outpatient' "
        "AND year(visit_date) = 2025 GROUP BY department ORDER BY avg_cost DESC, department LIMIT 3",
        "follow_up",
        follow_up_of="Самая дорогая госпитализация в среднем — в каких трёх отделениях, 2025 год?",
    ),
    B(
        "Разложи госпитализации Казани за 2023 год по районам",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2023 GROUP BY district",
        "breakdown",
        ordered=False,
    ),
    B(
        "а по пациентам 70+?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND visit_type = 'inpatient' "
        "AND age_at_visit >= 70 AND year(visit_date) = 2023 GROUP BY district",
        "follow_up",
        ordered=False,
        follow_up_of="Разложи госпитализации Казани за 2023 год по районам",
    ),
    # clarify
    B(
        "Give me the top ten for Kazan, 2022",
        "clarify",
        "top ten of what: diagnoses, departments, districts…, and by which measure",
        "clarify",
    ),
    B(
        "Железнодорожный район: число экстренных обращений за 2023 год",
        "clarify",
        "which city: Zheleznodorozhny district exists in both Novosibirsk and Yekaterinburg",
        "clarify",
    ),
    B(
        "Что у нас с эндокринологией в Новосибирске за 2023?",
        "clarify",
        "which measure: visits, patients, cost…",
        "clarify",
    ),
    # out_of_scope
    B(
        "Which Kazan doctors had the longest average consultation time in 2023?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "What was the average systolic blood pressure of hypertensive patients in Novosibirsk in 2024?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Сколько пациентов в Москве в 2023 году отказались от предложенной госпитализации?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # fresh set 21 (2026-12-08)
    # count
    B(
        "How many times was J01 (acute sinusitis) coded at ENT appointments in Novosibirsk in 2023?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND department = 'ENT' AND icd10_code = 'J01' "
        "AND year(visit_date) = 2023",
        "count",
    ),
    B(
        "G43 у женщин в СПб за 2022-й — количество обращений",
        "number",
        "SELECT count(*) FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Saint Petersburg' "
        "AND v.icd10_code = 'G43' AND p.sex = 'F' AND year(v.visit_date) = 2022",
        "count",
    ),
    # top
    B(
        "Which 4 districts of Novosibirsk brought in the most revenue in 2024?",
        "rows",
        "SELECT district, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Novosibirsk' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY total_cost DESC, district LIMIT 4",
        "top",
    ),
    B(
        "Три района Питера с наибольшим числом визитов по диабету 2 типа (E11) за 2025 год",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' "
        "AND icd10_code = 'E11' AND year(visit_date) = 2025 GROUP BY district ORDER BY visits DESC, district LIMIT 3",
        "top",
    ),
    # fewest
    B(
        "Least busy Kazan district for Neurology in 2022, by number of visits?",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND department = 'Neurology' "
        "AND year(visit_date) = 2022 GROUP BY district ORDER BY visits ASC, district LIMIT 1",
        "fewest",
    ),
    B(
        "Which two departments cost the least money in Yekaterinburg during 2021?",
        "rows",
        "SELECT department, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Yekaterinburg' "
        "AND year(visit_date) = 2021 GROUP BY department ORDER BY total_cost ASC, department LIMIT 2",
        "fewest",
    ),
    B(
        "Новосибирск, стационар, 2024: самый спокойный квартал по числу госпитализаций",
        "rows",
        "SELECT strftime(visit_date, '%Y') || '-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits "
        "WHERE city = 'Novosibirsk' AND visit_type = 'inpatient' AND year(visit_date) = 2024 "
        "GROUP BY quarter ORDER BY visits ASC, quarter LIMIT 1",
        "fewest",
    ),
    B(
        "Три московских округа, где за 2025 год было меньше всего пациентов старше 80 лет (считаем людей, а не визиты)",
        "rows",
        "SELECT district, count(DISTINCT patient_id) AS patients FROM visits WHERE city = 'Moscow' AND age_at_visit > 80 "
        "AND year(visit_date) = 2025 GROUP BY district ORDER BY patients ASC, district LIMIT 3",
        "fewest",
    ),
    # share
    B(
        "Of all Dermatology visits in 2024, what share (in %) were made by patients younger than 25?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE age_at_visit < 25) / count(*), 1) FROM visits "
        "WHERE department = 'Dermatology' AND year(visit_date) = 2024",
        "share",
    ),
    B(
        "emergency visits as a % of all Novosibirsk visits, calendar year 2022",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'emergency') / count(*), 1) FROM visits "
        "WHERE city = 'Novosibirsk' AND year(visit_date) = 2022",
        "share",
    ),
    B(
        "Мужчины — сколько процентов составляют в визитах с диагнозом I10 за 2023 год (знаменатель — все визиты с I10)?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE p.sex = 'M') / count(*), 1) FROM visits v "
        "JOIN patients p USING (patient_id) WHERE v.icd10_code = 'I10' AND year(v.visit_date) = 2023",
        "share",
    ),
    B(
        "Доля Казани в расходах всей сети на онкологическое отделение в 2025 году, в процентах",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE city = 'Kazan') / sum(cost_rub), 1) FROM visits "
        "WHERE department = 'Oncology' AND year(visit_date) = 2025",
        "share",
    ),
    # comparison
    B(
        "Type 2 diabetes (E11), 2022, unique patients: Kazan vs Yekaterinburg",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE city IN ('Yekaterinburg', 'Kazan') "
        "AND icd10_code = 'E11' AND year(visit_date) = 2022 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Influenza (J09, J10, J11) visits in the first quarter of 2023 versus the first quarter of 2024, please compare",
        "rows",
        f"SELECT strftime(visit_date, '%Y') || '-Q' || quarter(visit_date) AS quarter, count(*) AS visits FROM visits "
        f"WHERE icd10_code IN {_FLU} AND quarter(visit_date) = 1 AND year(visit_date) IN (2023, 2024) "
        f"GROUP BY quarter ORDER BY quarter",
        "comparison",
        ordered=False,
    ),
    B(
        "Средняя стоимость экстренного визита: Москва против Санкт-Петербурга, 2024 год",
        "rows",
        "SELECT city, round(avg(cost_rub), 2) AS avg_cost FROM visits WHERE city IN ('Moscow', 'Saint Petersburg') "
        "AND visit_type = 'emergency' AND year(visit_date) = 2024 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Офтальмология Новосибирска: во сколько раз изменилось число визитов между 2021 и 2025 годом? Дайте оба числа",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND department = 'Ophthalmology' AND year(visit_date) IN (2021, 2025) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "Moscow, 2024, patients aged 18 to 65: how many visits once you leave out the Therapy department and all emergency visits?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND age_at_visit BETWEEN 18 AND 65 AND department <> 'Therapy' "
        "AND visit_type <> 'emergency' AND year(visit_date) = 2024",
        "exclusion",
    ),
    B(
        "Top three departments by visits in Saint Petersburg for 2023 if Therapy is ignored",
        "rows",
        "SELECT department, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND department <> 'Therapy' "
        "AND year(visit_date) = 2023 GROUP BY department ORDER BY visits DESC, department LIMIT 3",
        "exclusion",
    ),
    B(
        "Новосибирск без Центрального и Кировского районов: уникальные пациенты за 2025 год",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Novosibirsk' "
        "AND district NOT IN ('Tsentralny', 'Kirovsky') AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Суммарная стоимость визитов женщин в Казани за 2022 год — всё, кроме гинекологии",
        "number",
        "SELECT round(sum(v.cost_rub), 2) FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Kazan' "
        "AND p.sex = 'F' AND v.department <> 'Gynecology' AND year(v.visit_date) = 2022",
        "exclusion",
    ),
    # age_range
    B(
        "Psychiatry 2024 - visits by adolescents 13-17 inclusive?",
        "number",
        "SELECT count(*) FROM visits WHERE department = 'Psychiatry' AND age_at_visit BETWEEN 13 AND 17 "
        "AND year(visit_date) = 2024",
        "age_range",
    ),
    B(
        "Novosibirsk cardiology 2023, patients aged 45–60: mean visit cost",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND department = 'Cardiology' "
        "AND age_at_visit BETWEEN 45 AND 60 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Число визитов малышей до трёх лет с острым бронхиолитом (J21) за все годы",
        "number",
        "SELECT count(*) FROM visits WHERE icd10_code = 'J21' AND age_at_visit < 3",
        "age_range",
    ),
    B(
        "Пациенты от 50 до 70 лет включительно, Екатеринбург, 2021 год: сколько было госпитализаций?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'inpatient' "
        "AND age_at_visit BETWEEN 50 AND 70 AND year(visit_date) = 2021",
        "age_range",
    ),
    # colloquial
    B(
        "hw many ppl w/ gout (M10) came in spb 2024?? unique pls",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'M10' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "tot spend uro msk 23",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Moscow' AND department = 'Urology' AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "чё там по пневмониям в екб за 22й год, скок визитов (J12 J15 J18)",
        "number",
        f"SELECT count(*) FROM visits WHERE city = 'Yekaterinburg' AND icd10_code IN {_PNEU} AND year(visit_date) = 2022",
        "colloquial",
    ),
    B(
        "сколко детских визитов (до 18) в лор казань 2021",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Kazan' AND department = 'ENT' AND age_at_visit < 18 "
        "AND year(visit_date) = 2021",
        "colloquial",
    ),
    # money
    B(
        "Single priciest visit in Kazan Surgery during 2023?",
        "number",
        "SELECT round(max(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND department = 'Surgery' AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "Средний чек стационарного визита в кардиологии Санкт-Петербурга, 2025",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Saint Petersburg' AND department = 'Cardiology' "
        "AND visit_type = 'inpatient' AND year(visit_date) = 2025",
        "money",
    ),
    # distinct_patients
    B(
        "Number of distinct patients seen by Pulmonology in Yekaterinburg in 2024",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Yekaterinburg' AND department = 'Pulmonology' "
        "AND year(visit_date) = 2024",
        "distinct_patients",
    ),
    B(
        "Неврология, 2023: число пациентов, у которых было не меньше трёх визитов",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE department = 'Neurology' AND year(visit_date) = 2023 "
        "GROUP BY patient_id HAVING count(*) >= 3)",
        "distinct_patients",
    ),
    # per_patient
    B(
        "Kazan 2021: visits-per-patient ratio",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Kazan' AND year(visit_date) = 2021",
        "per_patient",
    ),
    B(
        "Oncology spend per unique patient in Moscow for 2024, in rubles",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Moscow' "
        "AND department = 'Oncology' AND year(visit_date) = 2024",
        "per_patient",
    ),
    B(
        "Гастроэнтерология Новосибирска, 2025: среднее число визитов на человека",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Novosibirsk' "
        "AND department = 'Gastroenterology' AND year(visit_date) = 2025",
        "per_patient",
    ),
    # breakdown
    B(
        "Yekaterinburg 2025 visits broken down by ICD-10 chapter",
        "rows",
        "SELECT d.chapter, count(*) AS visits FROM visits v JOIN diagnoses d USING (icd10_code) "
        "WHERE v.city = 'Yekaterinburg' AND year(v.visit_date) = 2025 GROUP BY d.chapter",
        "breakdown",
        ordered=False,
    ),
    B(
        "Распределение визитов в педиатрию Санкт-Петербурга за 2023 год по типу визита",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND department = 'Pediatrics' "
        "AND year(visit_date) = 2023 GROUP BY visit_type",
        "breakdown",
        ordered=False,
    ),
    B(
        "Расходы Казани за 2024 год в разрезе отделений",
        "rows",
        "SELECT department, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Kazan' "
        "AND year(visit_date) = 2024 GROUP BY department",
        "breakdown",
        ordered=False,
    ),
    # trend
    B(
        "Monthly count of chickenpox (B01) visits across the network during 2023",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE icd10_code = 'B01' "
        "AND year(visit_date) = 2023 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "Как менялся средний возраст пациентов кардиологии по годам с 2021 по 2025?",
        "rows",
        "SELECT year(visit_date) AS year, round(avg(age_at_visit), 1) AS avg_age FROM visits WHERE department = 'Cardiology' "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    # average_age
    B(
        "Mean age at visit for Parkinson disease (G20), all cities and all years",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE icd10_code = 'G20'",
        "average_age",
    ),
    B(
        "Средний возраст мужчин на приёме у уролога в Казани в 2023 году",
        "number",
        "SELECT round(avg(v.age_at_visit), 1) FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Kazan' "
        "AND v.department = 'Urology' AND p.sex = 'M' AND year(v.visit_date) = 2023",
        "average_age",
    ),
    # date_range
    B(
        "Emergency visits in Saint Petersburg from 15 March 2022 through 10 April 2022",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND visit_type = 'emergency' "
        "AND visit_date BETWEEN DATE '2022-03-15' AND DATE '2022-04-10'",
        "date_range",
    ),
    B(
        "Затраты Екатеринбурга за первые две недели января 2024 года (1–14 января), руб.",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' "
        "AND visit_date BETWEEN DATE '2024-01-01' AND DATE '2024-01-14'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "How many visits fell into the Neoplasms chapter (II) in Kazan in 2024?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Kazan' "
        "AND d.chapter = 'II. Neoplasms' AND year(v.visit_date) = 2024",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов в Новосибирске за 2021 год пришлось на коды K00–K93 (пищеварение)?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND icd10_code BETWEEN 'K00' AND 'K93' "
        "AND year(visit_date) = 2021",
        "diagnosis_group",
    ),
    # follow_up (each follow-up right after the question it follows)
    B(
        "Novosibirsk inpatient visits per year, 2021-2025",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_type = 'inpatient' GROUP BY year ORDER BY year",
        "trend",
    ),
    B(
        "now emergency instead of inpatient",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND visit_type = 'emergency' GROUP BY year ORDER BY year",
        "follow_up",
        follow_up_of="Novosibirsk inpatient visits per year, 2021-2025",
    ),
    B(
        "Total billed by Infectious Diseases in Novosibirsk for 2021 and 2022 combined",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND department = 'Infectious Diseases' "
        "AND year(visit_date) IN (2021, 2022)",
        "money",
    ),
    B(
        "And how much of that was inpatient?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND department = 'Infectious Diseases' "
        "AND visit_type = 'inpatient' AND year(visit_date) IN (2021, 2022)",
        "follow_up",
        follow_up_of="Total billed by Infectious Diseases in Novosibirsk for 2021 and 2022 combined",
    ),
    B(
        "Число уникальных астматиков (J45) в Москве за 2023 год",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND icd10_code = 'J45' AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    B(
        "а по Казани какая цифра?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND icd10_code = 'J45' AND year(visit_date) = 2023",
        "follow_up",
        follow_up_of="Число уникальных астматиков (J45) в Москве за 2023 год",
    ),
    B(
        "Два самых частых МКБ-кода в травматологии Екатеринбурга за 2024 год",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND department = 'Traumatology' "
        "AND year(visit_date) = 2024 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 2",
        "top",
    ),
    B(
        "а если взять 2021-й?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Yekaterinburg' AND department = 'Traumatology' "
        "AND year(visit_date) = 2021 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 2",
        "follow_up",
        follow_up_of="Два самых частых МКБ-кода в травматологии Екатеринбурга за 2024 год",
    ),
    # clarify
    B(
        "Can you pull the 2024 emergency visit count for Oktyabrsky district?",
        "clarify",
        "which city: Oktyabrsky district exists in both Novosibirsk and Yekaterinburg",
        "clarify",
    ),
    B(
        "I'd like the ten biggest for Moscow in May",
        "clarify",
        "ten biggest what (diagnoses, departments, districts…) by which measure, and May of which year",
        "clarify",
    ),
    B(
        "Сравни Москву и Казань за 2023 год",
        "clarify",
        "which measure to compare: visits, patients, cost…",
        "clarify",
    ),
    # out_of_scope
    B(
        "Mean bed-days per inpatient admission, Moscow, 2023",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Топ лекарственных назначений при артериальной гипертензии за 2024 год",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какие страховые компании оплатили больше всего онкологических визитов в 2022 году?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    # fresh set 22 (2026-12-08)
    # count
    B(
        "Total number of Dermatology consultations in the Vasileostrovsky district of St Petersburg over 2021-2025",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Saint Petersburg' AND district = 'Vasileostrovsky' "
        "AND department = 'Dermatology'",
        "count",
    ),
    B(
        "сколько раз в 2024 году в Новосибирске обращались с ячменём или халязионом (H00)",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND icd10_code = 'H00' AND year(visit_date) = 2024",
        "count",
    ),
    # top
    B(
        "Name the three ICD-10 codes with the highest total cost in Novosibirsk in 2022",
        "rows",
        "SELECT icd10_code, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Novosibirsk' "
        "AND year(visit_date) = 2022 GROUP BY icd10_code ORDER BY total_cost DESC, icd10_code LIMIT 3",
        "top",
    ),
    B(
        "and by visit count instead of money?",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Novosibirsk' "
        "AND year(visit_date) = 2022 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 3",
        "follow_up",
        follow_up_of="Name the three ICD-10 codes with the highest total cost in Novosibirsk in 2022",
    ),
    B(
        "In 2023, what was the leading ICD-10 code among inpatient admissions in each of our cities?",
        "rows",
        "SELECT city, icd10_code, visits FROM (SELECT city, icd10_code, count(*) AS visits, "
        "row_number() OVER (PARTITION BY city ORDER BY count(*) DESC, icd10_code) AS rn FROM visits "
        "WHERE visit_type = 'inpatient' AND year(visit_date) = 2023 GROUP BY city, icd10_code) WHERE rn = 1 ORDER BY city",
        "top",
        ordered=False,
    ),
    B(
        "Казань, 2023, пациенты старше 75: назовите 4 лидирующих кода МКБ по числу визитов",
        "rows",
        "SELECT icd10_code, count(*) AS visits FROM visits WHERE city = 'Kazan' AND age_at_visit > 75 "
        "AND year(visit_date) = 2023 GROUP BY icd10_code ORDER BY visits DESC, icd10_code LIMIT 4",
        "top",
    ),
    # fewest
    B(
        "St. Petersburg pulmonology 2024 - outpatient, inpatient or emergency: which one occurred least?",
        "rows",
        "SELECT visit_type, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND department = 'Pulmonology' "
        "AND year(visit_date) = 2024 GROUP BY visit_type ORDER BY visits ASC, visit_type LIMIT 1",
        "fewest",
    ),
    B(
        "the 3 slowest months for emergency visits in Kazan in 2025",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Kazan' "
        "AND visit_type = 'emergency' AND year(visit_date) = 2025 GROUP BY month ORDER BY visits ASC, month LIMIT 3",
        "fewest",
    ),
    B(
        "Офтальмология, 2022 год: какой из пяти городов замыкает рейтинг по количеству визитов?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE department = 'Ophthalmology' AND year(visit_date) = 2022 "
        "GROUP BY city ORDER BY visits ASC, city LIMIT 1",
        "fewest",
    ),
    B(
        "В каком году Екатеринбург потратил на хирургию меньше всего денег?",
        "rows",
        "SELECT year(visit_date) AS year, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Yekaterinburg' "
        "AND department = 'Surgery' GROUP BY year ORDER BY total_cost ASC, year LIMIT 1",
        "fewest",
    ),
    # share
    B(
        "Out of all 2025 Pediatrics visits, how many percent ended up as inpatient admissions?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE visit_type = 'inpatient') / count(*), 1) FROM visits "
        "WHERE department = 'Pediatrics' AND year(visit_date) = 2025",
        "share",
    ),
    B(
        "Kazan Cardiology 2024: women as a percentage of the unique patients (denominator = all unique Cardiology patients there)",
        "number",
        "SELECT round(100.0 * count(DISTINCT v.patient_id) FILTER (WHERE p.sex = 'F') / count(DISTINCT v.patient_id), 1) "
        "FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Kazan' AND v.department = 'Cardiology' "
        "AND year(v.visit_date) = 2024",
        "share",
    ),
    B(
        "Какая доля визитов Санкт-Петербурга за 2021 год приходилась на Невский район, %?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE district = 'Nevsky') / count(*), 1) FROM visits "
        "WHERE city = 'Saint Petersburg' AND year(visit_date) = 2021",
        "share",
    ),
    B(
        "а Приморского?",
        "number",
        "SELECT round(100.0 * count(*) FILTER (WHERE district = 'Primorsky') / count(*), 1) FROM visits "
        "WHERE city = 'Saint Petersburg' AND year(visit_date) = 2021",
        "follow_up",
        follow_up_of="Какая доля визитов Санкт-Петербурга за 2021 год приходилась на Невский район, %?",
    ),
    B(
        "Стационар 2023 года: какой процент затрат приходится на пациентов 65 лет и старше?",
        "number",
        "SELECT round(100.0 * sum(cost_rub) FILTER (WHERE age_at_visit >= 65) / sum(cost_rub), 1) FROM visits "
        "WHERE visit_type = 'inpatient' AND year(visit_date) = 2023",
        "share",
    ),
    # comparison
    B(
        "Kazan Endocrinology visit counts, 2021 set against 2023",
        "rows",
        "SELECT year(visit_date) AS year, count(*) AS visits FROM visits WHERE city = 'Kazan' AND department = 'Endocrinology' "
        "AND year(visit_date) IN (2021, 2023) GROUP BY year ORDER BY year",
        "comparison",
        ordered=False,
    ),
    B(
        "Men versus women: average cost per Oncology visit in 2025",
        "rows",
        "SELECT p.sex, round(avg(v.cost_rub), 2) AS avg_cost FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.department = 'Oncology' AND year(v.visit_date) = 2025 GROUP BY p.sex",
        "comparison",
        ordered=False,
    ),
    B(
        "Где больше уникальных пациентов психиатрии за 2024 год — в Новосибирске или в Екатеринбурге?",
        "rows",
        "SELECT city, count(DISTINCT patient_id) AS patients FROM visits WHERE city IN ('Novosibirsk', 'Yekaterinburg') "
        "AND department = 'Psychiatry' AND year(visit_date) = 2024 GROUP BY city",
        "comparison",
        ordered=False,
    ),
    B(
        "Сравните экстренные визиты Вахитовского и Приволжского районов Казани за 2025 год",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Kazan' AND district IN ('Vakhitovsky', 'Privolzhsky') "
        "AND visit_type = 'emergency' AND year(visit_date) = 2025 GROUP BY district",
        "comparison",
        ordered=False,
    ),
    # exclusion
    B(
        "Children younger than ten in Moscow during 2022 - visit count with the whole respiratory chapter (X) taken out",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Moscow' AND v.age_at_visit < 10 "
        "AND d.chapter <> 'X. Diseases of the respiratory system' AND year(v.visit_date) = 2022",
        "exclusion",
    ),
    B(
        "Total spend in Yekaterinburg for 2025, not counting Oncology or Surgery and not counting inpatient visits",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND department NOT IN ('Oncology', 'Surgery') "
        "AND visit_type <> 'inpatient' AND year(visit_date) = 2025",
        "exclusion",
    ),
    B(
        "Сколько визитов было в Москве в 2023 году у пациентов 40–60 лет, если не считать гипертонию (I10 и I11)?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND age_at_visit BETWEEN 40 AND 60 "
        "AND icd10_code NOT IN ('I10', 'I11') AND year(visit_date) = 2023",
        "exclusion",
    ),
    B(
        "Пять самых загруженных районов Санкт-Петербурга за 2024 год без учёта экстренных визитов",
        "rows",
        "SELECT district, count(*) AS visits FROM visits WHERE city = 'Saint Petersburg' AND visit_type <> 'emergency' "
        "AND year(visit_date) = 2024 GROUP BY district ORDER BY visits DESC, district LIMIT 5",
        "exclusion",
    ),
    # age_range
    B(
        "How many inpatient visits were made by people aged 85 and older in Moscow in 2021?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Moscow' AND visit_type = 'inpatient' AND age_at_visit >= 85 "
        "AND year(visit_date) = 2021",
        "age_range",
    ),
    B(
        "Unique patients between 30 and 39 years old who came to Gastroenterology in 2025",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE department = 'Gastroenterology' "
        "AND age_at_visit BETWEEN 30 AND 39 AND year(visit_date) = 2025",
        "age_range",
    ),
    B(
        "Визиты молодёжи от 18 до 25 лет в терапию Новосибирска за 2023 год — сколько их?",
        "number",
        "SELECT count(*) FROM visits WHERE city = 'Novosibirsk' AND department = 'Therapy' "
        "AND age_at_visit BETWEEN 18 AND 25 AND year(visit_date) = 2023",
        "age_range",
    ),
    B(
        "Во сколько обошлись визиты пациентов старше 70 лет в неврологию Казани за 2024 год?",
        "number",
        "SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND department = 'Neurology' "
        "AND age_at_visit > 70 AND year(visit_date) = 2024",
        "age_range",
    ),
    # colloquial
    B(
        "avg rub per emergency visit in ekb for 2024 thx",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE city = 'Yekaterinburg' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2024",
        "colloquial",
    ),
    B(
        "no. of uniq pts w/ T1DM (E10) nsk 2023?",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Novosibirsk' AND icd10_code = 'E10' "
        "AND year(visit_date) = 2023",
        "colloquial",
    ),
    B(
        "скинь плз топ-3 отделения по деньгам в мск за 21й",
        "rows",
        "SELECT department, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE city = 'Moscow' "
        "AND year(visit_date) = 2021 GROUP BY department ORDER BY total_cost DESC, department LIMIT 3",
        "colloquial",
    ),
    B(
        "скок тёток было в гинекологии питер 2025, людей а не визитов",
        "number",
        "SELECT count(DISTINCT v.patient_id) FROM visits v JOIN patients p USING (patient_id) "
        "WHERE v.city = 'Saint Petersburg' AND v.department = 'Gynecology' AND p.sex = 'F' AND year(v.visit_date) = 2025",
        "colloquial",
    ),
    # money
    B(
        "Cheapest inpatient stay recorded in Novosibirsk in 2022?",
        "number",
        "SELECT round(min(cost_rub), 2) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2022",
        "money",
    ),
    B(
        "Казанские пневмонии (J12, J15, J18) в 2023 году — общая сумма расходов в рублях",
        "number",
        f"SELECT round(sum(cost_rub), 2) FROM visits WHERE city = 'Kazan' AND icd10_code IN {_PNEU} "
        f"AND year(visit_date) = 2023",
        "money",
    ),
    B(
        "Гастрит и дуоденит (K29): средняя стоимость визита по всей сети за все пять лет",
        "number",
        "SELECT round(avg(cost_rub), 2) FROM visits WHERE icd10_code = 'K29'",
        "money",
    ),
    # distinct_patients
    B(
        "Network-wide, 2024: count of people who had visits to Cardiology as well as to Endocrinology",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE year(visit_date) = 2024 "
        "AND department IN ('Cardiology', 'Endocrinology') GROUP BY patient_id HAVING count(DISTINCT department) = 2)",
        "distinct_patients",
    ),
    B(
        "Distinct people with at least one visit in Moscow's Zelenogradsky okrug in 2023",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Moscow' AND district = 'Zelenogradsky' "
        "AND year(visit_date) = 2023",
        "distinct_patients",
    ),
    B(
        "Сколько пациентов побывали у нас в Санкт-Петербурге пять раз и больше за 2022 год?",
        "number",
        "SELECT count(*) FROM (SELECT patient_id FROM visits WHERE city = 'Saint Petersburg' AND year(visit_date) = 2022 "
        "GROUP BY patient_id HAVING count(*) >= 5)",
        "distinct_patients",
    ),
    # per_patient
    B(
        "Yekaterinburg pediatrics 2022 - how often did a child come back on average (visits / unique children)?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Yekaterinburg' "
        "AND department = 'Pediatrics' AND year(visit_date) = 2022",
        "per_patient",
    ),
    B(
        "Травматология Новосибирска в 2024 году: сколько рублей пришлось в среднем на каждого пациента?",
        "number",
        "SELECT round(sum(cost_rub) / count(DISTINCT patient_id), 2) FROM visits WHERE city = 'Novosibirsk' "
        "AND department = 'Traumatology' AND year(visit_date) = 2024",
        "per_patient",
    ),
    B(
        "По сети за 2025 год: сколько визитов в среднем на одного пациента с диабетом 2 типа (E11)?",
        "number",
        "SELECT round(count(*) / count(DISTINCT patient_id), 2) FROM visits WHERE icd10_code = 'E11' AND year(visit_date) = 2025",
        "per_patient",
    ),
    # breakdown
    B(
        "How were the 2022 hospitalizations distributed among the five cities?",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2022 GROUP BY city",
        "breakdown",
        ordered=False,
    ),
    B(
        "and the same table for 2025",
        "rows",
        "SELECT city, count(*) AS visits FROM visits WHERE visit_type = 'inpatient' AND year(visit_date) = 2025 GROUP BY city",
        "follow_up",
        ordered=False,
        follow_up_of="How were the 2022 hospitalizations distributed among the five cities?",
    ),
    B(
        "Kazan Therapy visits in 2025, male vs female split",
        "rows",
        "SELECT p.sex, count(*) AS visits FROM visits v JOIN patients p USING (patient_id) WHERE v.city = 'Kazan' "
        "AND v.department = 'Therapy' AND year(v.visit_date) = 2025 GROUP BY p.sex",
        "breakdown",
        ordered=False,
    ),
    B(
        "Экстренные визиты 2023 года: сколько денег по каждому городу?",
        "rows",
        "SELECT city, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE visit_type = 'emergency' "
        "AND year(visit_date) = 2023 GROUP BY city",
        "breakdown",
        ordered=False,
    ),
    # trend
    B(
        "Quarterly unique patients for Dermatology in Moscow, 2024",
        "rows",
        "SELECT strftime(visit_date, '%Y') || '-Q' || quarter(visit_date) AS quarter, count(DISTINCT patient_id) AS patients "
        "FROM visits WHERE city = 'Moscow' AND department = 'Dermatology' AND year(visit_date) = 2024 "
        "GROUP BY quarter ORDER BY quarter",
        "trend",
    ),
    B(
        "ОРВИ (J06), Москва: число визитов в каждом месяце 2025 года",
        "rows",
        "SELECT strftime(visit_date, '%Y-%m') AS month, count(*) AS visits FROM visits WHERE city = 'Moscow' "
        "AND icd10_code = 'J06' AND year(visit_date) = 2025 GROUP BY month ORDER BY month",
        "trend",
    ),
    B(
        "Суммарные затраты на кардиологию по годам, с 2021 по 2025",
        "rows",
        "SELECT year(visit_date) AS year, round(sum(cost_rub), 2) AS total_cost FROM visits WHERE department = 'Cardiology' "
        "GROUP BY year ORDER BY year",
        "trend",
    ),
    # average_age
    B(
        "How old, on average, were St Petersburg glaucoma (H40) patients at their visits across all five years?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Saint Petersburg' AND icd10_code = 'H40'",
        "average_age",
    ),
    B(
        "Сколько в среднем лет пациентам экстренных визитов в Новосибирске в 2022 году?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'emergency' "
        "AND year(visit_date) = 2022",
        "average_age",
    ),
    B(
        "а у стационарных?",
        "number",
        "SELECT round(avg(age_at_visit), 1) FROM visits WHERE city = 'Novosibirsk' AND visit_type = 'inpatient' "
        "AND year(visit_date) = 2022",
        "follow_up",
        follow_up_of="Сколько в среднем лет пациентам экстренных визитов в Новосибирске в 2022 году?",
    ),
    # date_range
    B(
        "Influenza visits (J09, J10, J11) network-wide from December 1, 2022 to February 28, 2023",
        "number",
        f"SELECT count(*) FROM visits WHERE icd10_code IN {_FLU} "
        f"AND visit_date BETWEEN DATE '2022-12-01' AND DATE '2023-02-28'",
        "date_range",
    ),
    B(
        "Педиатрия Казани, период 01.09.2024–31.10.2024: число уникальных детей",
        "number",
        "SELECT count(DISTINCT patient_id) FROM visits WHERE city = 'Kazan' AND department = 'Pediatrics' "
        "AND visit_date BETWEEN DATE '2024-09-01' AND DATE '2024-10-31'",
        "date_range",
    ),
    # diagnosis_group
    B(
        "Circulatory system chapter (IX): what did those visits cost in Moscow in 2025 in total?",
        "number",
        "SELECT round(sum(v.cost_rub), 2) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.city = 'Moscow' "
        "AND d.chapter = 'IX. Diseases of the circulatory system' AND year(v.visit_date) = 2025",
        "diagnosis_group",
    ),
    B(
        "Сколько визитов с болезнями кожи и подкожной клетчатки (глава XII) пришлось на детей до 18 лет в 2022 году?",
        "number",
        "SELECT count(*) FROM visits v JOIN diagnoses d USING (icd10_code) WHERE v.age_at_visit < 18 "
        "AND d.chapter = 'XII. Diseases of the skin and subcutaneous tissue' AND year(v.visit_date) = 2022",
        "diagnosis_group",
    ),
    # clarify
    B(
        "Kazan cardiology visits in the third quarter?",
        "clarify",
        "Q3 of which year",
        "clarify",
    ),
    B(
        "Дай первую десятку по Екатеринбургу за 2021 год",
        "clarify",
        "десятка чего (диагнозы, отделения, районы…) и по какой мере",
        "clarify",
    ),
    B(
        "Калининский район, 2025 год — число госпитализаций?",
        "clarify",
        "which city: Kalininsky district exists in both Saint Petersburg and Novosibirsk",
        "clarify",
    ),
    # out_of_scope
    B(
        "How many Kazan patients got a flu shot in 2023?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "List the attending physicians with the best patient satisfaction scores in 2024",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
    B(
        "Какова была средняя занятость коек в стационарах Новосибирска в 2022 году?",
        "out_of_scope",
        "",
        "out_of_scope",
    ),
)
