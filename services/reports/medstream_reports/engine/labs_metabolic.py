"""Adult reference ranges for glucose, HbA1c, lipids, kidney function and electrolytes.

Canonical units are SI, as used in European and Russian practice. Conversions: glucose
mg/dL ÷ 18.016; cholesterol mg/dL ÷ 38.67; triglycerides mg/dL ÷ 88.57; creatinine mg/dL × 88.4;
HbA1c % = 0.09148 × mmol/mol + 2.152 (IFCC–NGSP master equation); potassium and sodium
mEq/L = mmol/L. A "typical" source means the reporting laboratory's own range takes precedence.
"""

from .bands import Band, LabSpec, ReferenceRange, aliases
from .units import IDENTITY, Conversion

_LIPID_MG_DL = {"mg/dl": Conversion(1 / 38.67)}


def _creatinine(low: float, high: float) -> ReferenceRange:
    return ReferenceRange(
        unit="µmol/L",
        source="typical; KDIGO 2012",
        low=low,
        high=high,
        decimals=0,
        bands=(
            Band("<", low, "low", "below_range"),
            Band(">", high, "low", "above_range"),
            Band(">=", 177, "moderate", "creatinine_markedly_raised"),
            Band(">=", 354, "high", "creatinine_very_high"),
        ),
    )


def _hdl(low: float) -> ReferenceRange:
    return ReferenceRange(
        unit="mmol/L", source="ESC/EAS 2019", low=low, bands=(Band("<", low, "low", "low_hdl"),)
    )


GLUCOSE = LabSpec(
    key="glucose",
    aliases=aliases(
        "blood glucose; plasma glucose; fasting glucose; fasting plasma glucose; glu; fpg; "
        "глюкоза; глюкоза крови; глюкоза плазмы; глюкоза натощак; сахар крови"
    ),
    male=ReferenceRange(
        unit="mmol/L",
        source="ADA 2024",
        low=3.9,
        high=5.5,
        bands=(
            Band("<", 3.0, "critical", "hypoglycaemia_level_2"),
            Band("<", 3.9, "moderate", "hypoglycaemia"),
            Band(">", 5.5, "low", "glucose_above_fasting"),
            Band(">=", 7.0, "moderate", "glucose_diabetic_range"),
            Band(">=", 11.1, "high", "marked_hyperglycaemia"),
            Band(">=", 16.7, "critical", "severe_hyperglycaemia"),
        ),
    ),
    units={"mg/dl": Conversion(1 / 18.016)},
    plausible=(0.5, 120.0),
)

HBA1C = LabSpec(
    key="hba1c",
    aliases=aliases(
        "hb a1c; a1c; hemoglobin a1c; haemoglobin a1c; glycated hemoglobin; glycated haemoglobin; "
        "glycosylated hemoglobin; glycosylated haemoglobin; гликированный гемоглобин; "
        "гликозилированный гемоглобин; гликогемоглобин"
    ),
    male=ReferenceRange(
        unit="%",
        source="ADA 2024",
        high=5.7,
        high_exclusive=True,
        bands=(
            Band(">=", 5.7, "low", "prediabetes_range"),
            Band(">=", 6.5, "moderate", "diabetes_range"),
            Band(">=", 9.0, "high", "hba1c_marked"),
        ),
    ),
    units={"mmol/mol": Conversion(0.09148, 2.152)},
    plausible=(3.0, 20.0),
)

CREATININE = LabSpec(
    key="creatinine",
    aliases=aliases("serum creatinine; creat; креатинин"),
    male=_creatinine(62, 106),
    female=_creatinine(44, 80),
    units={"mg/dl": Conversion(88.4), "mmol/l": Conversion(1000.0)},
    plausible=(10.0, 3000.0),
)

EGFR = LabSpec(
    key="egfr",
    aliases=aliases("gfr; estimated gfr; ckd-epi; скф; рскф"),
    male=ReferenceRange(
        unit="mL/min/1.73 m²",
        source="KDIGO 2024",
        low=60,
        decimals=0,
        bands=(
            Band("<", 90, "info", "egfr_g2", out_of_range=False),
            Band("<", 60, "moderate", "egfr_g3a"),
            Band("<", 45, "moderate", "egfr_g3b"),
            Band("<", 30, "high", "egfr_g4"),
            Band("<", 15, "critical", "egfr_g5"),
        ),
    ),
    units={"ml/min": IDENTITY},
    plausible=(1.0, 200.0),
)

TOTAL_CHOLESTEROL = LabSpec(
    key="total_cholesterol",
    aliases=aliases(
        "total cholesterol; cholesterol; chol; tc; холестерин; общий холестерин; "
        "холестерин общий; охс"
    ),
    male=ReferenceRange(
        unit="mmol/L",
        source="NCEP ATP III",
        high=5.2,
        high_exclusive=True,
        bands=(
            Band(">=", 5.2, "low", "borderline_high"),
            Band(">=", 6.2, "moderate", "high_cholesterol"),
            Band(">=", 7.5, "high", "very_high_cholesterol"),
        ),
    ),
    units=_LIPID_MG_DL,
    plausible=(1.0, 30.0),
)

LDL = LabSpec(
    key="ldl",
    aliases=aliases(
        "ldl-c; ldl c; ldl cholesterol; ldl-cholesterol; low-density lipoprotein; "
        "лпнп; хс лпнп; хс-лпнп; холестерин лпнп"
    ),
    male=ReferenceRange(
        unit="mmol/L",
        source="ESC/EAS 2019",
        high=3.0,
        high_exclusive=True,
        bands=(
            Band(">=", 3.0, "low", "ldl_above_target"),
            Band(">=", 4.1, "moderate", "high_ldl"),
            Band(">=", 4.9, "high", "very_high_ldl"),
        ),
    ),
    units=_LIPID_MG_DL,
    plausible=(0.1, 25.0),
)

HDL = LabSpec(
    key="hdl",
    aliases=aliases(
        "hdl-c; hdl c; hdl cholesterol; hdl-cholesterol; high-density lipoprotein; "
        "лпвп; хс лпвп; хс-лпвп; холестерин лпвп"
    ),
    male=_hdl(1.0),
    female=_hdl(1.2),
    units=_LIPID_MG_DL,
    plausible=(0.1, 6.0),
)

TRIGLYCERIDES = LabSpec(
    key="triglycerides",
    aliases=aliases("triglyceride; tg; trig; триглицериды; тг"),
    male=ReferenceRange(
        unit="mmol/L",
        source="ESC/EAS 2019",
        high=1.7,
        high_exclusive=True,
        bands=(
            Band(">=", 1.7, "low", "above_range"),
            Band(">=", 5.6, "moderate", "high_triglycerides"),
            Band(">=", 10.0, "high", "very_high_triglycerides"),
        ),
    ),
    units={"mg/dl": Conversion(1 / 88.57)},
    plausible=(0.1, 100.0),
)

POTASSIUM = LabSpec(
    key="potassium",
    aliases=aliases("k; k+; serum potassium; калий"),
    male=ReferenceRange(
        unit="mmol/L",
        source="typical; UKKA 2023",
        low=3.5,
        high=5.0,
        bands=(
            Band("<", 2.5, "critical", "severe_hypokalaemia"),
            Band("<", 3.0, "moderate", "moderate_hypokalaemia"),
            Band("<", 3.5, "low", "hypokalaemia"),
            Band(">", 5.0, "low", "above_range"),
            Band(">=", 5.5, "moderate", "mild_hyperkalaemia"),
            Band(">=", 6.0, "high", "moderate_hyperkalaemia"),
            Band(">=", 6.5, "critical", "severe_hyperkalaemia"),
        ),
    ),
    units={"meq/l": IDENTITY},
    plausible=(1.0, 12.0),
)

SODIUM = LabSpec(
    key="sodium",
    aliases=aliases("na; na+; serum sodium; натрий"),
    male=ReferenceRange(
        unit="mmol/L",
        source="typical; ESE 2014",
        low=135,
        high=145,
        decimals=0,
        bands=(
            Band("<", 125, "critical", "profound_hyponatraemia"),
            Band("<", 130, "moderate", "moderate_hyponatraemia"),
            Band("<", 135, "low", "mild_hyponatraemia"),
            Band(">", 145, "low", "hypernatraemia"),
            Band(">=", 150, "moderate", "moderate_hypernatraemia"),
            Band(">", 155, "critical", "severe_hypernatraemia"),
        ),
    ),
    units={"meq/l": IDENTITY},
    plausible=(90.0, 200.0),
)

METABOLIC_LABS: tuple[LabSpec, ...] = (
    GLUCOSE,
    HBA1C,
    CREATININE,
    EGFR,
    TOTAL_CHOLESTEROL,
    LDL,
    HDL,
    TRIGLYCERIDES,
    POTASSIUM,
    SODIUM,
)
