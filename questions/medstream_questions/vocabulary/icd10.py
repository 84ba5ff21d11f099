"""The ICD-10 chapters (МКБ-10 classes) with their code ranges and everyday names.

The warehouse stores a chapter as its English label (``X. Diseases of the respiratory
system``); the Russian title and the aliases are what questions use to name one.
"""

from typing import NamedTuple


class Chapter(NamedTuple):
    numeral: str
    title_en: str
    title_ru: str
    first_code: str
    last_code: str
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The value stored in ``diagnoses.chapter``, e.g. ``X. Diseases of the respiratory…``."""
        return f"{self.numeral}. {self.title_en}"

    def label_in(self, language: str) -> str:
        return f"{self.numeral}. {self.title_ru if language == 'ru' else self.title_en}"


CHAPTERS: tuple[Chapter, ...] = (
    Chapter(
        "I", "Certain infectious and parasitic diseases",
        "Некоторые инфекционные и паразитарные болезни", "A00", "B99",
        ("infectious diseases", "infections", "инфекционные болезни", "инфекционные заболевания",
         "инфекции"),
    ),
    Chapter(
        "II", "Neoplasms", "Новообразования", "C00", "D48",
        ("tumours", "tumors", "опухоли"),
    ),
    Chapter(
        "III",
        "Diseases of the blood and blood-forming organs and certain disorders involving "
        "the immune mechanism",
        "Болезни крови, кроветворных органов и отдельные нарушения, вовлекающие "
        "иммунный механизм",
        "D50", "D89",
        ("blood diseases", "болезни крови"),
    ),
    Chapter(
        "IV", "Endocrine, nutritional and metabolic diseases",
        "Болезни эндокринной системы, расстройства питания и нарушения обмена веществ",
        "E00", "E90",
        ("endocrine diseases", "metabolic diseases", "эндокринные заболевания",
         "эндокринные болезни", "болезни обмена веществ",
         "болезни эндокринной системы", "заболевания эндокринной системы",
         "diseases of the endocrine system", "endocrine system diseases"),
    ),
    Chapter(
        "V", "Mental and behavioural disorders",
        "Психические расстройства и расстройства поведения", "F00", "F99",
        ("mental disorders", "mental health", "психические расстройства",
         "психические заболевания"),
    ),
    Chapter(
        "VI", "Diseases of the nervous system", "Болезни нервной системы", "G00", "G99",
        ("neurological diseases", "nervous system diseases", "неврологические заболевания",
         "заболевания нервной системы"),
    ),
    Chapter(
        "VII", "Diseases of the eye and adnexa", "Болезни глаза и его придаточного аппарата",
        "H00", "H59",
        ("eye diseases", "болезни глаз", "глазные болезни"),
    ),
    Chapter(
        "VIII", "Diseases of the ear and mastoid process", "Болезни уха и сосцевидного отростка",
        "H60", "H95",
        ("ear diseases", "болезни уха", "болезни ушей"),
    ),
    Chapter(
        "IX", "Diseases of the circulatory system", "Болезни системы кровообращения", "I00", "I99",
        ("cardiovascular diseases", "circulatory diseases", "heart diseases",
         "сердечно-сосудистые заболевания", "сердечно-сосудистые болезни",
         "болезни сердца", "болезни кровообращения", "заболевания системы кровообращения"),
    ),
    Chapter(
        "X", "Diseases of the respiratory system", "Болезни органов дыхания", "J00", "J99",
        ("respiratory diseases", "respiratory illnesses", "respiratory infections",
         "респираторные заболевания", "респираторные инфекции", "болезни дыхательных путей",
         "заболевания органов дыхания"),
    ),
    Chapter(
        "XI", "Diseases of the digestive system", "Болезни органов пищеварения", "K00", "K93",
        ("digestive diseases", "gastrointestinal diseases", "болезни пищеварения",
         "желудочно-кишечные заболевания", "заболевания жкт", "болезни жкт",
         "заболевания органов пищеварения"),
    ),
    Chapter(
        "XII", "Diseases of the skin and subcutaneous tissue",
        "Болезни кожи и подкожной клетчатки", "L00", "L99",
        ("skin diseases", "кожные заболевания", "кожные болезни", "болезни кожи"),
    ),
    Chapter(
        "XIII", "Diseases of the musculoskeletal system and connective tissue",
        "Болезни костно-мышечной системы и соединительной ткани", "M00", "M99",
        ("musculoskeletal diseases", "musculoskeletal disorders",
         "болезни опорно-двигательного аппарата", "заболевания опорно-двигательного аппарата",
         "болезни костно-мышечной системы", "заболевания костно-мышечной системы"),
    ),
    Chapter(
        "XIV", "Diseases of the genitourinary system", "Болезни мочеполовой системы",
        "N00", "N99",
        ("genitourinary diseases", "urogenital diseases", "урологические заболевания",
         "болезни мочеполовой системы", "заболевания мочеполовой системы"),
    ),
    Chapter(
        "XV", "Pregnancy, childbirth and the puerperium",
        "Беременность, роды и послеродовой период", "O00", "O99",
        ("pregnancy", "pregnancies", "беременность", "беременность и роды"),
    ),
    Chapter(
        "XVI", "Certain conditions originating in the perinatal period",
        "Отдельные состояния, возникающие в перинатальном периоде", "P00", "P96",
        ("perinatal conditions", "перинатальные состояния"),
    ),
    Chapter(
        "XVII", "Congenital malformations, deformations and chromosomal abnormalities",
        "Врожденные аномалии [пороки развития], деформации и хромосомные нарушения",
        "Q00", "Q99",
        ("congenital malformations", "birth defects", "врожденные аномалии", "пороки развития"),
    ),
    Chapter(
        "XVIII",
        "Symptoms, signs and abnormal clinical and laboratory findings, not elsewhere classified",
        "Симптомы, признаки и отклонения от нормы, выявленные при клинических и лабораторных "
        "исследованиях, не классифицированные в других рубриках",
        "R00", "R99",
        ("symptoms", "симптомы"),
    ),
    Chapter(
        "XIX", "Injury, poisoning and certain other consequences of external causes",
        "Травмы, отравления и некоторые другие последствия воздействия внешних причин",
        "S00", "T98",
        ("injuries", "injury", "injuries and poisonings", "травмы", "травмы и отравления"),
    ),
    Chapter(
        "XX", "External causes of morbidity and mortality",
        "Внешние причины заболеваемости и смертности", "V01", "Y98",
        ("external causes", "внешние причины"),
    ),
    Chapter(
        "XXI", "Factors influencing health status and contact with health services",
        "Факторы, влияющие на состояние здоровья населения и обращения в учреждения "
        "здравоохранения",
        "Z00", "Z99",
        ("preventive visits", "профилактические обращения"),
    ),
    Chapter(
        "XXII", "Codes for special purposes", "Коды для особых целей", "U00", "U99",
        ("special purpose codes", "коды для особых целей"),
    ),
)  # fmt: skip

CHAPTERS_BY_LABEL: dict[str, Chapter] = {chapter.label: chapter for chapter in CHAPTERS}


def chapter_of(code: str) -> Chapter:
    """Chapter of a code, derived from its category so that it can never be mistyped."""
    category = code[:3]
    for chapter in CHAPTERS:
        if chapter.first_code <= category <= chapter.last_code:
            return chapter
    raise ValueError(f"{code!r} is outside every ICD-10 chapter")
