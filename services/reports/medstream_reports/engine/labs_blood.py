"""Adult reference ranges for blood count, inflammation, troponin, liver enzymes and TSH.

Conversions: haemoglobin g/dL × 10 (mmol/L × 16.11), CRP mg/dL × 10, cell counts per µL
÷ 1000 into ×10⁹/L, troponin ng/mL × 1000 into ng/L, enzymes µkat/L × 60 into U/L. Troponin
limits are assay-specific 99th percentiles; an unspecified "troponin" is judged against the
lowest common one (hs-cTnT, 14 ng/L) so that an elevation is not missed.
"""

from .bands import Band, LabSpec, ReferenceRange, above_uln, aliases
from .units import IDENTITY, Conversion

_PER_LITRE_E9 = {
    "10^3/ul": IDENTITY,
    "10^3/mm3": IDENTITY,
    "k/ul": IDENTITY,
    "giga/l": IDENTITY,
    "/nl": IDENTITY,
    "/ul": Conversion(0.001),
    "cells/ul": Conversion(0.001),
    "/mm3": Conversion(0.001),
}
_TROPONIN_UNITS = {"pg/ml": IDENTITY, "ng/ml": Conversion(1000.0), "ug/l": Conversion(1000.0)}
_ENZYME_UNITS = {"iu/l": IDENTITY, "ukat/l": Conversion(60.0)}


def _haemoglobin(low: float, high: float) -> ReferenceRange:
    return ReferenceRange(
        unit="g/L",
        source="WHO 2024",
        low=low,
        high=high,
        decimals=0,
        bands=(
            Band("<", low, "low", "mild_anaemia"),
            Band("<", 110, "moderate", "moderate_anaemia"),
            Band("<", 80, "high", "severe_anaemia"),
            Band("<", 70, "critical", "anaemia_transfusion_range"),
            Band(">", high, "low", "above_range"),
        ),
    )


def _enzyme(uln: float) -> ReferenceRange:
    labels = ("above_range", "transaminases_3x", "transaminases_10x")
    return ReferenceRange(
        unit="U/L", source="typical (IFCC)", high=uln, decimals=0, bands=above_uln(uln, labels)
    )


def _troponin(url: float, rule_in: float) -> ReferenceRange:
    return ReferenceRange(
        unit="ng/L",
        source="ESC 2023 ACS",
        high=url,
        decimals=0,
        bands=(
            Band(">", url, "high", "troponin_above_url"),
            Band(">=", rule_in, "critical", "troponin_rule_in"),
        ),
    )


HEMOGLOBIN = LabSpec(
    key="hemoglobin",
    aliases=aliases("haemoglobin; hb; hgb; гемоглобин"),
    male=_haemoglobin(130, 175),
    female=_haemoglobin(120, 155),
    units={"g/dl": Conversion(10.0), "mmol/l": Conversion(16.11)},
    plausible=(20.0, 260.0),
)

WBC = LabSpec(
    key="wbc",
    aliases=aliases(
        "white blood cells; white blood cell count; white cell count; leukocytes; leucocytes; "
        "лейкоциты"
    ),
    male=ReferenceRange(
        unit="×10⁹/L",
        source="typical",
        low=4.0,
        high=11.0,
        bands=(
            Band("<", 1.0, "high", "severe_leukopenia"),
            Band("<", 2.0, "moderate", "marked_leukopenia"),
            Band("<", 4.0, "low", "leukopenia"),
            Band(">", 11.0, "low", "leukocytosis"),
            Band(">=", 20.0, "moderate", "marked_leukocytosis"),
            Band(">=", 50.0, "high", "extreme_leukocytosis"),
        ),
    ),
    units=_PER_LITRE_E9,
    plausible=(0.05, 500.0),
)

PLATELETS = LabSpec(
    key="platelets",
    aliases=aliases("platelet count; plt; thrombocytes; тромбоциты"),
    male=ReferenceRange(
        unit="×10⁹/L",
        source="typical",
        low=150,
        high=400,
        decimals=0,
        bands=(
            Band("<", 20, "critical", "critical_thrombocytopenia"),
            Band("<", 50, "high", "severe_thrombocytopenia"),
            Band("<", 100, "moderate", "moderate_thrombocytopenia"),
            Band("<", 150, "low", "thrombocytopenia"),
            Band(">", 400, "low", "thrombocytosis"),
            Band(">=", 1000, "high", "extreme_thrombocytosis"),
        ),
    ),
    units=_PER_LITRE_E9,
    plausible=(1.0, 3000.0),
)

CRP = LabSpec(
    key="crp",
    aliases=aliases(
        "c-reactive protein; c reactive protein; hs-crp; hscrp; срб; с-реактивный белок; "
        "c-реактивный белок; с реактивный белок"
    ),
    male=ReferenceRange(
        unit="mg/L",
        source="typical",
        high=5.0,
        bands=(
            Band(">", 5.0, "low", "above_range"),
            Band(">=", 50, "moderate", "crp_marked"),
            Band(">=", 100, "high", "crp_very_high"),
        ),
    ),
    units={"mg/dl": Conversion(10.0)},
    plausible=(0.0, 700.0),
)

TROPONIN_T = LabSpec(
    key="troponin_t",
    aliases=aliases(
        "troponin; troponin t; hs-troponin; hs-troponin t; hs-tnt; hs-ctnt; tnt; ctnt; "
        "тропонин; тропонин t; тропонин т"
    ),
    male=_troponin(14, 52),
    units=_TROPONIN_UNITS,
    plausible=(0.0, 100_000.0),
)

TROPONIN_I = LabSpec(
    key="troponin_i",
    aliases=aliases("troponin i; hs-troponin i; hs-tni; hs-ctni; tni; ctni; тропонин i"),
    male=_troponin(26, 64),
    units=_TROPONIN_UNITS,
    plausible=(0.0, 100_000.0),
)

ALT = LabSpec(
    key="alt",
    aliases=aliases(
        "alat; alanine aminotransferase; alanine transaminase; sgpt; алт; алат; "
        "аланинаминотрансфераза"
    ),
    male=_enzyme(41),
    female=_enzyme(33),
    units=_ENZYME_UNITS,
    plausible=(0.0, 20_000.0),
)

AST = LabSpec(
    key="ast",
    aliases=aliases(
        "asat; aspartate aminotransferase; aspartate transaminase; sgot; аст; асат; "
        "аспартатаминотрансфераза"
    ),
    male=_enzyme(40),
    female=_enzyme(32),
    units=_ENZYME_UNITS,
    plausible=(0.0, 20_000.0),
)

TSH = LabSpec(
    key="tsh",
    aliases=aliases(
        "thyrotropin; thyroid stimulating hormone; thyroid-stimulating hormone; ттг; "
        "тиреотропный гормон"
    ),
    male=ReferenceRange(
        unit="mIU/L",
        source="typical; ETA 2013",
        low=0.4,
        high=4.0,
        decimals=2,
        bands=(
            Band("<", 0.1, "moderate", "suppressed_tsh"),
            Band("<", 0.4, "low", "low_tsh"),
            Band(">", 4.0, "low", "raised_tsh"),
            Band(">=", 10.0, "moderate", "markedly_raised_tsh"),
        ),
    ),
    units={"mu/l": IDENTITY, "uiu/ml": IDENTITY, "uu/ml": IDENTITY},
    plausible=(0.0, 500.0),
)

BLOOD_LABS: tuple[LabSpec, ...] = (
    HEMOGLOBIN,
    WBC,
    PLATELETS,
    CRP,
    TROPONIN_T,
    TROPONIN_I,
    ALT,
    AST,
    TSH,
)
