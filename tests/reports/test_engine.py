"""The offline report engine: findings, red flags, recommendations and bilingual text."""

import re
from datetime import UTC, datetime
from typing import Any

import pytest
from medstream_reports.engine import OfflineReportEngine
from medstream_shared.events.models import Finding, ReportGenerated, ReportRequested

CREATED_AT = datetime(2025, 1, 15, 9, 30, tzinfo=UTC)
CYRILLIC = re.compile("[а-яА-ЯёЁ]")

NORMAL_ADULT: dict[str, Any] = {
    "patient": {"age": 35, "sex": "F", "height_cm": 168, "weight_kg": 62},
    "vitals": {
        "systolic_bp": 118,
        "diastolic_bp": 76,
        "heart_rate": 72,
        "temperature_c": 36.6,
        "respiratory_rate": 14,
        "spo2": 98,
    },
    "labs": [
        {"name": "glucose", "value": 5.0, "unit": "mmol/L"},
        {"name": "haemoglobin", "value": 135, "unit": "g/L"},
        {"name": "creatinine", "value": 0.8, "unit": "mg/dL"},
        {"name": "total cholesterol", "value": 180, "unit": "mg/dL"},
        {"name": "potassium", "value": 4.2, "unit": "mEq/L"},
        {"name": "sodium", "value": 140, "unit": "mmol/L"},
        {"name": "CRP", "value": 2, "unit": "mg/L"},
        {"name": "WBC", "value": 6.5, "unit": "10^9/L"},
        {"name": "platelets", "value": 250, "unit": "×10⁹/L"},
        {"name": "TSH", "value": 1.8, "unit": "mIU/L"},
        {"name": "eGFR", "value": 98, "unit": "mL/min/1.73 m²"},
    ],
}

EXAMPLE_PATIENT: dict[str, Any] = {
    "patient": {"age": 67, "sex": "M", "height_cm": 178, "weight_kg": 92},
    "complaints": ["shortness of breath"],
    "history": ["hypertension"],
    "vitals": {
        "systolic_bp": 190,
        "diastolic_bp": 120,
        "heart_rate": 118,
        "temperature_c": 39.8,
        "respiratory_rate": 28,
        "spo2": 88,
    },
    "labs": [{"name": "glucose", "value": 14.2, "unit": "mmol/L"}],
}


def _request(data: dict[str, Any], **changes: Any) -> ReportRequested:
    return ReportRequested.model_validate(
        {"request_id": "req-1", "user_id": "user-1", **data, **changes}
    )


def _generate(data: dict[str, Any], **changes: Any) -> ReportGenerated:
    request = _request(data, **changes)
    return OfflineReportEngine().generate(request, report_id="rep-1", created_at=CREATED_AT)


def _labs_only(*labs: dict[str, Any], sex: str = "M") -> ReportGenerated:
    return _generate({"patient": {"age": 50, "sex": sex}, "labs": list(labs)})


def _finding(report: ReportGenerated, name: str) -> Finding:
    return next(finding for finding in report.findings if finding.name == name)


def _flags(report: ReportGenerated) -> str:
    return " | ".join(report.red_flags).lower()


def test_normal_adult_has_no_red_flags_and_every_finding_in_range() -> None:
    report = _generate(NORMAL_ADULT)

    assert report.red_flags == []
    assert all(not finding.out_of_range for finding in report.findings)
    assert {finding.severity for finding in report.findings} == {"info"}
    assert "0 of" in report.summary
    assert report.engine == "offline-rules-v1"
    assert report.created_at == CREATED_AT


def test_example_patient_raises_the_expected_red_flags() -> None:
    flags = _flags(_generate(EXAMPLE_PATIENT))

    assert "hypertensive emergency" in flags
    assert "hypoxaemia" in flags
    assert "sepsis" in flags
    assert "190/120" in flags and "shortness of breath" in flags


def test_example_patient_findings_carry_values_ranges_and_critical_severity() -> None:
    report = _generate(EXAMPLE_PATIENT)
    bmi = _finding(report, "Body mass index")
    pressure = _finding(report, "Blood pressure")

    assert bmi.value == pytest.approx(29.0, abs=0.05)
    assert bmi.out_of_range and "overweight" in bmi.evidence
    assert pressure.value == "190/120" and pressure.severity == "critical"
    assert "ESC/ESH 2023" in pressure.evidence
    assert _finding(report, "Oxygen saturation (SpO2)").severity == "critical"
    assert _finding(report, "NEWS2 early warning score").value == 10
    assert "67-year-old man" in report.summary and "shortness of breath" in report.summary


def test_example_patient_recommendations_are_ordered_and_unique() -> None:
    recommendations = _generate(EXAMPLE_PATIENT).recommendations

    assert recommendations[0] == "Urgent emergency department assessment"
    assert "Review antihypertensive therapy and adherence" in recommendations
    assert "Check HbA1c" in recommendations
    assert len(recommendations) == len(set(recommendations))
    repeat_bp = next(i for i, text in enumerate(recommendations) if "Repeat blood pressure" in text)
    assert repeat_bp > recommendations.index("12-lead ECG")


def test_assessment_lists_concerns_from_most_to_least_severe() -> None:
    assessment = _generate(EXAMPLE_PATIENT).assessment

    positions = [assessment.index(word) for word in ("Red flags", "Critical:", "High:", "Low:")]
    assert positions == sorted(positions)
    assert assessment.index("hypoxaemia") < assessment.index("overweight")


def test_glucose_in_mg_dl_is_converted_to_mmol_per_litre() -> None:
    glucose = _finding(_labs_only({"name": "Glucose", "value": 252, "unit": "mg/dL"}), "Glucose")

    assert glucose.value == 14.0
    assert glucose.unit == "mmol/L"
    assert "252 mg/dL" in glucose.evidence and "14.0 mmol/L" in glucose.evidence
    assert glucose.severity == "high" and glucose.out_of_range


def test_known_lab_in_an_unknown_unit_is_not_interpreted() -> None:
    report = _labs_only({"name": "glucose", "value": 14.2, "unit": "furlongs"})
    glucose = report.findings[0]

    assert (glucose.severity, glucose.out_of_range) == ("info", False)
    assert "not recognised" in glucose.evidence and glucose.unit == "furlongs"
    assert report.red_flags == []


def test_value_implausible_for_its_unit_is_not_interpreted() -> None:
    creatinine = _labs_only({"name": "creatinine", "value": 1.1, "unit": "µmol/L"}).findings[0]

    assert (creatinine.severity, creatinine.out_of_range) == ("info", False)
    assert "check the unit" in creatinine.evidence


def test_unknown_lab_is_an_info_finding() -> None:
    finding = _labs_only({"name": "Lipase", "value": 40, "unit": "U/L"}).findings[0]

    assert finding.name == "Lipase"
    assert (finding.severity, finding.out_of_range) == ("info", False)
    assert "no reference range is known" in finding.evidence


def test_russian_request_is_written_in_russian() -> None:
    russian = {
        **EXAMPLE_PATIENT,
        "complaints": ["одышка", "головная боль"],
        "history": ["гипертоническая болезнь"],
    }
    report = _generate(russian, language="ru")

    assert report.language == "ru"
    assert CYRILLIC.search(report.summary) and CYRILLIC.search(report.disclaimer)
    assert CYRILLIC.search(report.assessment) and all(map(CYRILLIC.search, report.red_flags))
    assert "гипертонический криз" in _flags(report)
    assert "39,8 °C" in _finding(report, "Температура тела").evidence
    assert "Пересмотреть антигипертензивную терапию" in " ".join(report.recommendations)


def test_disclaimer_says_decision_support_not_a_replacement() -> None:
    disclaimer = _generate(NORMAL_ADULT).disclaimer

    assert "decision support" in disclaimer and "does not replace" in disclaimer


def test_same_request_gives_the_same_report() -> None:
    first, second = _generate(EXAMPLE_PATIENT), _generate(EXAMPLE_PATIENT)

    assert first.model_dump() == second.model_dump()


def test_haemoglobin_range_depends_on_sex() -> None:
    lab = {"name": "hemoglobin", "value": 125, "unit": "g/L"}
    woman = _finding(_labs_only(lab, sex="F"), "Haemoglobin")
    man = _finding(_labs_only(lab, sex="M"), "Haemoglobin")

    assert not woman.out_of_range and "for women" in woman.evidence
    assert man.out_of_range and "anaemia" in man.evidence and "for men" in man.evidence


def test_hba1c_is_not_mistaken_for_haemoglobin() -> None:
    finding = _labs_only({"name": "Hemoglobin A1c", "value": 53, "unit": "mmol/mol"}).findings[0]

    assert finding.name == "HbA1c"
    assert finding.value == 7.0 and "diabetes range" in finding.evidence


@pytest.mark.parametrize(
    ("lab", "flag"),
    [
        ({"name": "glucose", "value": 2.6, "unit": "mmol/L"}, "severe hypoglycaemia"),
        ({"name": "glucose", "value": 450, "unit": "mg/dL"}, "hyperglycaemic crisis"),
        ({"name": "калий", "value": 6.8, "unit": "ммоль/л"}, "hyperkalaemia"),
        ({"name": "K", "value": 2.3, "unit": "mEq/L"}, "hypokalaemia"),
        ({"name": "Na", "value": 121, "unit": "mmol/L"}, "hyponatraemia"),
        ({"name": "sodium", "value": 158, "unit": "mmol/L"}, "hypernatraemia"),
        ({"name": "Hb", "value": 6.5, "unit": "g/dL"}, "severe anaemia"),
        ({"name": "hs-TnT", "value": 40, "unit": "ng/L"}, "myocardial injury"),
    ],
)
def test_dangerous_lab_values_raise_red_flags(lab: dict[str, Any], flag: str) -> None:
    report = _labs_only(lab)

    assert flag in _flags(report)
    assert report.findings[0].out_of_range


def test_chest_pain_with_coronary_history_suggests_acute_coronary_syndrome() -> None:
    report = _generate(
        {
            "patient": {"age": 58, "sex": "M"},
            "complaints": ["боль в груди при нагрузке"],
            "history": ["ИБС, стент 2020"],
        }
    )

    assert "acute coronary syndrome" in _flags(report)
    assert "12-lead ECG" in report.recommendations


def test_denied_symptom_does_not_raise_a_red_flag() -> None:
    report = _generate(
        {
            "patient": {"age": 58, "sex": "M"},
            "complaints": ["no chest pain", "fatigue"],
            "history": ["coronary artery disease"],
            "vitals": {"heart_rate": 112},
        }
    )

    assert "coronary" not in _flags(report)


def test_drug_allergy_conflict_is_flagged() -> None:
    report = _generate(
        {
            "patient": {"age": 40, "sex": "F"},
            "medications": ["Amoxicillin 500 mg"],
            "allergies": ["penicillin"],
        }
    )

    assert "allergy" in _flags(report) and "amoxicillin" in _flags(report)


def test_child_gets_a_caveat_about_adult_ranges() -> None:
    report = _generate({"patient": {"age": 12, "sex": "F"}, "vitals": {"heart_rate": 95}})

    assert "under 18" in report.assessment
    assert "paediatric" in " ".join(report.recommendations)


def test_report_without_data_recommends_routine_follow_up() -> None:
    report = _generate({"patient": {"age": 30, "sex": "M"}})

    assert report.findings == [] and report.red_flags == []
    assert report.recommendations == [
        "No urgent action suggested by the data provided; routine follow-up"
    ]
