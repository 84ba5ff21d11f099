"""Regex readers for what word stems cannot carry: codes, chapter numerals, ages, "top N".

Each reader returns what it found with its span and the text with that span replaced by
barriers, so the phrase matcher neither reads it again nor joins words across it.
"""

import re
from dataclasses import dataclass

from medstream_questions.plan import AgeGroup
from medstream_questions.reading.matching import BARRIER
from medstream_questions.text import NUMBER, NUMBER_WORDS, number_value
from medstream_questions.vocabulary.diagnoses import DIAGNOSES_BY_CODE
from medstream_questions.vocabulary.icd10 import CHAPTERS

_LOOKALIKES = str.maketrans("авекмнорстухі", "abekmhopctyxi")
_LETTER = r"([a-zавекмнорстух])"
_CODE = _LETTER + r"(\d{2})(?:\.(\d{1,2}))?"
CODE = re.compile(r"(?<![\w.])" + _CODE + r"(?:\s*-\s*" + _CODE + r")?(?![\w])")
CHAPTER = re.compile(
    r"(?<!\w)(?:chapter|глав[аеуы]?|класс[аеуы]?|раздел[аеуы]?)\s+\(?([ivxх]{1,5}|\d{1,2})\)?(?!\w)"
)
_AGED = r"(?:(?:aged|ages?|в\s+возрасте|возраст(?:ом|а)?)\s+)?"
_NOT_NEGATED = r"(?<!не\s)(?<!not\s)(?<!no\s)"
"""«не старше 65», "no older than 18": the bound turns round (see ``AGE_NOT_OVER``)."""
AGE_RANGE = re.compile(
    _AGED + r"(?<![\d.])(?:0\s*-\s*17|18\s*-\s*39|40\s*-\s*64)(?!\d)"
    r"(?:\s+(?:лет|года|year[\s-]olds?|years?(?:\s+old)?)(?!\w))?"
)
"""One of the warehouse's age groups written as its bounds: "0-17", «18-39 лет»."""
ELDERLY = re.compile(
    _AGED + r"(?:(?<![\d.])65\s*\+|(?<![\d.])65\s+(?:лет\s+)?(?:и\s+старше|and\s+(?:over|older)|"
    r"or\s+older|plus)|(?<!\w)over[\s-]65s(?!\w))"
)
"""65 and over. "over 65" and «старше 65» are 66 and over, as "over 60" is 61 and over."""
CHILDREN = re.compile(
    _AGED
    + _NOT_NEGATED
    + r"(?:under|younger\s+th[ae]n|below|младше|моложе)[\s-]+18(?:s\b|\s+лет)?(?!\d)"
)
TOP_N = re.compile(r"(?<!\w)(?:top|топ|bottom)\s*-?\s*(" + NUMBER + r")(?!\w)")
WHICH_N = re.compile(
    r"(?<!\w)(?:which|what|name|list|show|какие|каких|назови|назовите|перечисли|покажи)\s+"
    r"(?:the\s+)?(" + NUMBER + r")(?!\w)"
)
N_MOST = re.compile(
    r"(?<![\w.])(?<!all\s)(?<!всех\s)(?<!всем\s)(?<!все\s)("
    + NUMBER
    + r")\s+(?=most\b|least\b|fewest\b|сам|наиболее|наименее|ведущ|"
    r"leading|top\b|главн|част|"
    r"распространен|largest|biggest|крупнейш|diagnos|disease|condition|chapter|department|"
    r"cities\b|districts\b|диагноз|заболеван|болезн|класс|отделени|город|район)"
)
EACH_N = re.compile(
    r"(?<!\w)по\s+(" + NUMBER + r")(?=\s+(?:[\w-]+\s+){0,2}?(?:диагноз|отделени|город|район))"
)
"""«назовите по два лидирующих диагноза»: two in each group."""
A_PAIR = re.compile(
    r"(?<!\w)(?:(?:which|what|the|a)\s+)?(?:pair|couple)\s+of(?=\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cities|districts|okrugs|departments|depts|diagnoses|months|quarters)\b)"
    r"|(?<!\w)(?:какая|какую|какие)\s+пар[аyу]\b"
)
""""which pair of districts", "a couple of departments": two."""
THE_N_THINGS = re.compile(
    r"(?<!\w)(?:the|give\s+me|get\s+me|gimme|list|show\s+me)\s+("
    + NUMBER
    + r")\s+(?=(?:[\w-]+\s+){0,3}?"
    r"(?:cities|districts|okrugs|departments|depts|diagnoses|codes|conditions|diseases|chapters|"
    r"months|quarters|visit\s+types)\b)"
)
""""the four Saint Petersburg districts with the most…": N things, a word or three apart."""
_ROMAN = {"i": 1, "v": 5, "x": 10}

_AGE = r"(\d{1,3})"
_YEARS = r"(?:[\s-]*(?:year[\s-]olds?|years?(?:\s+old)?|y\.?o\.?|лет|года|год)(?!\w))"
_AGED_WORD = r"(?:aged|ages?|age\s+of|в\s+возрасте|возрастом|возраста|возраст)"
_TO = r"\s*(?:-to-|-|to|and|until|through|thru|до|по|и)\s*"
AGE_BETWEEN = re.compile(
    r"(?<!\w)(?:"
    + _AGED_WORD
    + r"\s+)(?:between\s+|from\s+|от\s+|с\s+)?"
    + _AGE
    + _TO
    + _AGE
    + _YEARS
    + r"?(?!\d)"
    + r"|(?<![\w.])(?:between\s+|from\s+|от\s+|с\s+)?"
    + _AGE
    + _TO
    + _AGE
    + _YEARS
)
AGE_BELOW = re.compile(
    r"(?<!\w)(?:"
    + _AGED_WORD
    + r"\s+)?(?:under|below|younger\s+th[ae]n|младше|моложе)[\s-]+"
    + _AGE
    + r"(?:s\b)?"
    + _YEARS
    + r"?(?![\d.])"
    + r"|(?<!\w)(?:less\s+than|до)\s+"
    + _AGE
    + _YEARS
)
CHILDREN_UNDER = re.compile(
    r"(?<!\w)(?:дет\w*|ребен\w*|малыш\w*)\s+\(?(до\s+(\d{1,2}))(?![\d.])(?!\s*(?:г\b|год|числа|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря))"
)
"""«по детям до 14»: under 14, without «лет» (the children stay to be read)."""
AGE_BETWEEN_PEOPLE = re.compile(
    r"(?<!\w)(?:patients?|people|persons|individuals|adults|those|pts|ppl|women|men|females|"
    r"males|girls|boys|kids|children|пациент\w*|люд\w*|человек|женщин\w*|мужчин\w*|дет\w*|"
    r"лиц)\s+((?:aged\s+|в\s+возрасте\s+)?(?:(?:between|from|от|с)\s+)?(\d{1,3})\s*"
    r"(?:-|to|and|through|thru|до|и|по)\s*(\d{1,3}))(?![\d.])"
)
"""Ages without "years" after people: "patients between 45 and 60", «людей от 30 до 40»."""
AGE_AT_MOST = re.compile(
    r"(?<![\w.])" + _AGE + _YEARS + r"?\s+(?:or|and|и)\s+(?:younger|under|below|младше|моложе)"
)
AGE_ABOVE = re.compile(
    r"(?<!\w)(?:"
    + _AGED_WORD
    + r"\s+)?(?:over|above|older\s+th[ae]n|старше)\s+"
    + _AGE
    + _YEARS
    + r"?(?![\d.])"
    + r"|(?<!\w)more\s+than\s+"
    + _AGE
    + _YEARS
    + r"|(?<!\w)за\s+(\d{2})"
    + r"(?!-?(?:м|й|ый|ой|ом)?\s*(?:дн|дня|дней|месяц|недел|минут|час|раз|%|г\b|г\.|год))"
    + r"(?!-?(?:м|й|ый|ой|ом)(?!\w))"  # «за 22й» is a year
    + r"(?![\d.])"
)  # «людей за 60» is people over 60
AGE_EXACT = re.compile(
    r"(?<!\w)(?:aged|в\s+возрасте)\s+(\d{1,3})(?!\s*(?:-|to|and|до|и|\+|or|plus|\d))"
    r"|(?<!\w)(?:пациент\w*|люд\w*|человек|дет\w*|мужчин\w*|женщин\w*)\s+(\d{1,3})\s+"
    r"(?:лет|года|год)(?!\w)"
    r"|(?<![\w.-])(\d{1,3})[\s-]year[\s-]olds?(?!\w)"
)
"""One age: "aged 30", «пациентов 30 лет»."""
AGE_WORDS: tuple[tuple[re.Pattern[str], int, int | None], ...] = (
    (re.compile(r"(?<!\w)(?<!young )(?<!молодых )(?<!молодые )"
                r"(?:adults?|grown-?ups?|взросл\w*)(?!\w)"), 18, None),
    (re.compile(r"(?<!\w)(?:teen(?:ager)?s?|adolescents?|подрост\w*)(?!\w)"), 13, 17),
    (re.compile(r"(?<!\w)(?:newborns?|neonates?|infants?|babies|новорожденн\w*|младенц\w*|"
                r"грудн\w+\s+дет\w*|до\s+(?:одного\s+|1\s+)?года|младше\s+(?:одного\s+)?года|"
                r"under\s+(?:one|1)\s+year(?:\s+old)?)(?!\w)"), 0, 0),
    (re.compile(r"(?<!\w)under[\s-]fives?(?!\w)"), 0, 4),
)  # fmt: skip
"""People named by an age: adults are 18 and over, teenagers 13–17, newborns and infants
are under one."""


AGE_COMPARED = re.compile(
    r"(?<!\w)(?:pts|patients?|people|ppl|aged|age|пациент\w*|люд\w*|возраст\w*)\s*"
    r"(>=|≥|<=|≤|>|<)\s*(\d{1,3})(?!\d)"
)
""""pts >65", «пациенты <18»: an age bound written as a sign."""
AGE_SPANS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<!\w)between\s+(?:the\s+)?ages?\s+(?:of\s+)?(\d{1,3})\s+and\s+(\d{1,3})(?!\d)"),
    re.compile(r"(?<!\w)in\s+(?:their|his|her)\s+(\d)0s(?!\w)"),
    re.compile(
        r"(?<!\w)in\s+(?:their|his|her)\s+(twent|thirt|fort|fift|sixt|sevent|eight|ninet)"
        r"ies(?:\s*\(\s*\d{1,3}\s*[-–]\s*\d{1,3}\s*\))?(?!\w)"
    ),
)
""""between the ages of 20 and 30"; "in their 30s" is 30–39."""


_DECADES = ("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet")


def names_people_by_age(text: str) -> bool:
    """Whether the question names people by their age ("teenagers", «младенцев»)."""
    return any(pattern.search(text) for pattern, _, _ in AGE_WORDS)


AGE_NOT_OVER = re.compile(
    r"(?<!\w)(?:(?:no|not)\s+(?:older\s+th[ae]n|over|above)|не\s+старше|(?:aged\s+)?at\s+most|"
    r"не\s+более)\s+" + _AGE + r"(?:" + _YEARS + r"|(?!\s*(?:times|раз|visits|визит)))(?![\d.])"
)
"""«не старше 25», "no older than 30", "at most 40": that age is the last one included."""
AGE_NOT_UNDER = re.compile(
    r"(?<!\w)(?:(?:no|not)\s+(?:younger\s+th[ae]n|under|below)|не\s+(?:младше|моложе)|"
    r"(?:aged|age[ds]?|patients?|people)\s+at\s+least)\s+" + _AGE + _YEARS + r"?(?![\d.])"
    r"|(?<!\w)at\s+least\s+" + _AGE + _YEARS + r"(?![\d.])"
)
"""«не младше 60», "no younger than 18", "aged at least 75": that age is the first included."""
AGE_AT_LEAST = re.compile(
    r"(?:(?<!\w)aged\s+)?(?<![\w.])"
    + _AGE
    + _YEARS
    + r"?[\s-]*(?:\+|plus|(?:or|and|и)\s+(?:older|over|above|старше))"
    r"|(?<!\w)(?:от|from)\s+" + _AGE + _YEARS + r"(?!\s*(?:-|to|до))"
    r"|(?<!\w)(?:" + _AGED_WORD + r")\s+" + _AGE + r"\s*\+"
)


@dataclass(frozen=True, slots=True)
class AgeRange:
    """Inclusive bounds on the age at the visit; ``None`` is open."""

    first: int | None
    last: int | None
    text: str


@dataclass(frozen=True, slots=True)
class CodeReading:
    start: int
    end: int
    text: str
    codes: tuple[str, ...]
    """The catalogue codes meant; empty when the code is not in the catalogue."""


def blank(text: str, start: int, end: int) -> str:
    return text[:start] + BARRIER * (end - start) + text[end:]


def _code(letter: str, digits: str, decimal: str | None) -> str:
    code = letter.translate(_LOOKALIKES).upper() + digits
    return f"{code}.{decimal}" if decimal else code


def _resolve(code: str) -> tuple[str, ...]:
    if code in DIAGNOSES_BY_CODE:
        return (code,)
    category = code.split(".")[0]
    if category in DIAGNOSES_BY_CODE:
        return (category,)
    return tuple(known for known in DIAGNOSES_BY_CODE if known.split(".")[0] == category)


def nearest_codes(code: str, count: int = 3) -> list[str]:
    """Catalogue codes of the same letter closest by number, for "did you mean" options."""
    same = [known for known in DIAGNOSES_BY_CODE if known[0] == code[0]]
    number = int(code[1:3])
    return sorted(same, key=lambda known: (abs(int(known[1:3]) - number), known))[:count]


def _chapter_of_range(first: str, last: str) -> str | None:
    """ "S00–T98", «(I00–I99)»: a range written as a chapter's bounds is that chapter."""
    return next((c.label for c in CHAPTERS if (c.first_code, c.last_code) == (first, last)), None)


def read_codes(text: str) -> tuple[list[CodeReading], str]:
    readings = []
    for match in CODE.finditer(text):
        first = _code(*match.group(1, 2, 3))
        if match.group(4):
            last = _code(*match.group(4, 5, 6))
            if _chapter_of_range(first, last) is not None:
                continue  # read by ``read_chapters``
            codes = tuple(
                known
                for known in DIAGNOSES_BY_CODE
                if first.split(".")[0] <= known.split(".")[0] <= last.split(".")[0]
            )
            shown = f"{first}–{last}"
        else:
            codes, shown = _resolve(first), first
        readings.append(CodeReading(match.start(), match.end(), shown, codes))
        text = blank(text, match.start(), match.end())
    return readings, text


def _chapter_number(numeral: str) -> int:
    if numeral.isdigit():
        return int(numeral)
    values = [_ROMAN[ch] for ch in numeral.translate(_LOOKALIKES)]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


CODE_LETTER = re.compile(
    r"(?<!\w)(?:([a-zа-я])[-\s]codes|codes?\s+(?:starting|beginning)\s+with\s+(?:an?\s+)?([a-zа-я])"
    r"|(?:код\w*\s+(?:мкб\S*\s+)?)?на\s+букву\s+([a-zа-я]))(?!\w)"
)
""""J-codes", "codes starting with I", «коды МКБ на букву E»: a chapter, when one letter is
exactly one chapter (J is X, I is IX, E is IV); A–B, C–D, H, S–T and V–Y are not."""


def _chapter_of_letter(letter: str) -> str | None:
    letter = letter.translate(_LOOKALIKES).upper()
    exact = [c for c in CHAPTERS if c.first_code[0] == c.last_code[0] == letter]
    shared = [c for c in CHAPTERS if c.first_code[0] <= letter <= c.last_code[0]]
    return exact[0].label if len(exact) == 1 and len(shared) == 1 else None


def read_chapters(text: str) -> tuple[list[str], str]:
    """Chapters named by numeral ("chapter X", «класс IX») or by their codes' letter, as
    their warehouse labels."""
    labels = []
    for match in CHAPTER.finditer(text):
        number = _chapter_number(match.group(1))
        if 1 <= number <= len(CHAPTERS):
            labels.append(CHAPTERS[number - 1].label)
            text = blank(text, match.start(), match.end())
    for match in CODE.finditer(text):
        if match.group(4):
            label = _chapter_of_range(_code(*match.group(1, 2, 3)), _code(*match.group(4, 5, 6)))
            if label is not None:
                labels.append(label)
                text = blank(text, match.start(), match.end())
    for match in CODE_LETTER.finditer(text):
        label = _chapter_of_letter(next(g for g in match.groups() if g))
        if label is not None:
            labels.append(label)
            text = blank(text, match.start(), match.end())
    return labels, text


def read_age_groups(text: str) -> tuple[list[AgeGroup], str]:
    groups = []
    for match in AGE_RANGE.finditer(text):
        bounds = re.findall(r"\d+", match.group(0))
        groups.append(AgeGroup(f"{bounds[0]}-{bounds[1]}"))
        text = blank(text, match.start(), match.end())
    for pattern, group in ((ELDERLY, AgeGroup.ELDERLY), (CHILDREN, AgeGroup.CHILDREN)):
        for match in pattern.finditer(text):
            groups.append(group)
            text = blank(text, match.start(), match.end())
    return groups, text


def _number_in(match: re.Match[str]) -> int:
    return int(next(group for group in match.groups() if group is not None))


NUMERAL_ENDING = re.compile(
    r"(?<![\w.])(\d{1,3})(-?(?:х|ти|ми|ух|ех|ёх|и))"
    r"(?=\s+(?:лет|года|год|до|по|и)\b|\s*[-–]\s*\d)"
)
"""«до 3х лет», «с 5-ти лет»: a written case ending on a number of years (kept the same
length, so positions in the text still match the question's)."""


_WORD_NUMBER = "|".join(
    sorted((w for w in NUMBER_WORDS if not w.endswith(("ка", "ку", "ке"))), key=len, reverse=True)
)
AGE_IN_WORDS = re.compile(
    r"(?<!\w)((?:under|below|over|above|than|aged|младше|моложе|старше|до|от|возрасте)\s+)"
    r"(" + _WORD_NUMBER + r")(?=[\s-]+(?:years?|year-olds?|лет|года|год|до|to|and|и)(?!\w))"
    r"|(?<!\w)((?:over|under|older\s+than|younger\s+than|aged|старше|младше|моложе)\s+)"
    r"(" + _WORD_NUMBER + r")(?![\w-])(?!\s+(?:visits?|times|раз|визит\w*|patients?|пациент\w*|"
    r"people|человек|обращени\w*|days|дней|months|месяц\w*|percent|процент\w*)(?!\w)|\s*%)"
)
"""«младше трёх лет», "over sixty years": an age in words, written as digits (padded to the
same length, so positions in the text still match the question's)."""


def _digits_for_words(match: re.Match[str]) -> str:
    before, word = (match.group(1), match.group(2)) if match.group(2) else match.group(3, 4)
    return before + str(NUMBER_WORDS[word]).ljust(len(word))


def read_age_range(text: str) -> tuple[AgeRange | None, str]:
    """An age range in words or digits: "aged 30 to 40", «младше 14 лет», "80 or older".

    Bounds are read as people say them: "30 to 40" and «от 18 до 35» include both ends,
    "under 5" and «младше 14» exclude theirs, "over 60" and «старше 60» too, while "60 and
    older" and «60 лет и старше» include 60. Four-digit numbers are years, never ages.
    """
    text = NUMERAL_ENDING.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    text = AGE_IN_WORDS.sub(_digits_for_words, text)
    for pattern, first, last in AGE_WORDS:
        match = pattern.search(text)
        if match is not None and AGE_BETWEEN.search(text) is None:
            found = AgeRange(first, last, match.group(0))
            return found, blank(text, match.start(), match.end())
    compared = AGE_COMPARED.search(text)
    if compared is not None and int(compared.group(2)) <= 150:
        sign, age = compared.group(1), int(compared.group(2))
        by_sign: dict[str, tuple[int | None, int | None]] = {
            ">": (age + 1, None),
            ">=": (age, None),
            "≥": (age, None),
            "<": (None, age - 1),
            "<=": (None, age),
            "≤": (None, age),
        }
        found = AgeRange(*by_sign[sign], compared.group(0))
        return found, blank(text, compared.start(1), compared.end())  # keeps "pts"
    for span in AGE_SPANS:
        match = span.search(text)
        if match is None:
            continue
        if match.lastindex == 1:  # "in their 30s", "in their seventies"
            decade = match.group(1)
            first = 10 * (int(decade) if decade.isdigit() else _DECADES.index(decade) + 2)
            found = AgeRange(first, first + 9, match.group(0))
        else:
            found = AgeRange(int(match.group(1)), int(match.group(2)), match.group(0))
        if found.first is not None and found.last is not None and found.first <= found.last:
            return found, blank(text, match.start(), match.end())
    match = AGE_BETWEEN_PEOPLE.search(text)
    if match is not None and int(match.group(2)) <= int(match.group(3)) <= 150:
        found = AgeRange(int(match.group(2)), int(match.group(3)), match.group(1).strip())
        return found, blank(text, match.start(1), match.end())  # keeps "patients"
    match = AGE_BETWEEN.search(text)
    if match is not None:
        first, last = (int(g) for g in match.groups() if g is not None)
        if first <= last <= 150:
            found = AgeRange(first, last, match.group(0).strip())
            return found, blank(text, match.start(), match.end())
    for pattern, bound in (
        (AGE_NOT_OVER, "at_most"),
        (AGE_NOT_UNDER, "at_least"),
        (AGE_AT_MOST, "at_most"),
        (AGE_BELOW, "below"),
        (AGE_AT_LEAST, "at_least"),
        (AGE_ABOVE, "above"),
    ):
        match = pattern.search(text)
        if match is None or _number_in(match) > 150:
            continue
        age = _number_in(match)
        if bound == "below" and age == 0:
            continue
        bounds: dict[str, tuple[int | None, int | None]] = {
            "at_most": (None, age),
            "below": (None, age - 1),
            "at_least": (age, None),
            "above": (age + 1, None),
        }
        low, high = bounds[bound]
        found = AgeRange(low, high, match.group(0).strip())
        return found, blank(text, match.start(), match.end())
    match = CHILDREN_UNDER.search(text)
    if match is not None and int(match.group(2)) >= 1:
        found = AgeRange(None, int(match.group(2)) - 1, match.group(1))
        return found, blank(text, match.start(1), match.end(1))
    match = AGE_EXACT.search(text)
    if match is not None and _number_in(match) <= 150:
        age = _number_in(match)
        start = match.start(2) if match.group(2) else match.start()  # keep «пациентов»
        return AgeRange(age, age, match.group(0).strip()), blank(text, start, match.end())
    return None, text


CLASSIFICATION = re.compile(r"(?:icd|мкб)\s*-?\s*$")
""""ICD-10 chapters": the 10 belongs to the classification's name, it is not a count."""


def read_limit(text: str) -> tuple[int | None, bool, str]:
    """The N of "top N" (``top_said`` tells whether "top"/«топ» carried it)."""
    pair = A_PAIR.search(text)
    if pair is not None:
        return 2, False, blank(text, pair.start(), pair.end())
    each = EACH_N.search(text)
    if each is not None and 1 <= number_value(each.group(1)) <= 100:
        return number_value(each.group(1)), True, blank(text, each.start(), each.end())
    for pattern, top_said in (
        (TOP_N, True),
        (N_MOST, False),
        (WHICH_N, False),
        (THE_N_THINGS, False),
    ):
        for match in pattern.finditer(text):
            if CLASSIFICATION.search(text[: match.start(1)]):
                continue
            if pattern is WHICH_N and match.group(1) in ("one", "один", "одна", "одно"):
                continue  # "which one spent more?": a pronoun, not a count
            value = number_value(match.group(1))
            if 1 <= value <= 100:
                return value, top_said, blank(text, match.start(1), match.end(1))
    return None, False, text


_TIMES = r"(?:times|раз|раза)"  # not "visits": «больше 1000 визитов» is a total
_ONCE = r"(?:once|одного\s+раза|1\s+раза)"
_MORE = r"(?<!\w)(?:more\s+than|over|больше|более|чаще|свыше)\s+"
_LEAST = (
    r"(?<!\w)(?:at\s+least|не\s+менее|не\s+меньше|не\s+реже|как\s+минимум|минимум|от|"
    r"no\s+fewer\s+than|no\s+less\s+than)\s+"
)
_OR_MORE = r"\s+(?:or\s+more|и\s+более|и\s+больше|или\s+более)\s+"
_WHOSE = r"(?<!\w)(?:with|had|having|made|making|у\s+которых\s+было|у\s+которых|имевших|с)\s+"
_VISITS = r"(?:visits|appointments|визит\w*|обращени\w*|посещени\w*)(?!\w)"
VISITS_AT_LEAST = [
    # (pattern, the number when the pattern has none, whether the count must exceed it)
    (re.compile(rf"{_MORE}{_ONCE}(?!\w)"), 1, True),
    (re.compile(rf"{_MORE}({NUMBER})\s+{_TIMES}(?!\w)"), None, True),
    (re.compile(rf"{_LEAST}({NUMBER})\s+{_TIMES}(?!\w)"), None, False),
    (re.compile(rf"(?<!\w)({NUMBER}){_OR_MORE}{_TIMES}(?!\w)"), None, False),
    (re.compile(rf"(?<!\w)({NUMBER})\s+{_TIMES}\s+or\s+more(?!\w)"), None, False),
    (re.compile(rf"(?<!\w)({NUMBER})\s+{_TIMES}\s+(?:и|или)\s+(?:больше|более|чаще)(?!\w)"),
     None, False),
    (re.compile(r"(?<!\w)(?:repeat|returning|came\s+back|come\s+back|returned|неоднократно|"
                r"повторно|вернулись|возвращались)(?!\w)"), 1, True),
    # a patient's own visits: "patients with at least 3 visits", «у которых более 5 визитов»
    (re.compile(rf"{_WHOSE}(?:at\s+least|не\s+менее|не\s+меньше|как\s+минимум|минимум)\s+({NUMBER})"
                rf"\s+(?P<between>(?:[\w-]+\s+){{0,2}}?){_VISITS}"), None, False),
    (re.compile(rf"{_WHOSE}(?:more\s+than|over|больше|более|свыше)\s+({NUMBER})"
                rf"\s+(?P<between>(?:[\w-]+\s+){{0,2}}?){_VISITS}"), None, True),
    (re.compile(rf"{_WHOSE}({NUMBER})\s*(?:\+|or\s+more|и\s+более|или\s+более|и\s+больше)"
                rf"\s+{_VISITS}"), None, False),
]  # fmt: skip
"""How often patients came: "more than once", «чаще трёх раз», "at least 3 times"."""


def read_visit_frequency(text: str) -> tuple[int | None, str]:
    """The fewest visits a patient must have ("more than once" → 2), and the text without it."""
    for pattern, count, exceeds in VISITS_AT_LEAST:
        match = pattern.search(text)
        if match is None:
            continue
        value = count if count is not None else number_value(match.group(1))
        least = value + 1 if exceeds else value
        if 2 <= least <= 1000:
            between = match.groupdict().get("between")
            if between:  # "at least three Cardiology visits": the department stays to be read
                start, end = match.span("between")
                return least, blank(blank(text, match.start(), start), end, match.end())
            return least, blank(text, match.start(), match.end())
    return None, text


PER_QUALIFIED_PATIENT = re.compile(
    r"(?<!\w)(each|every|per|на\s+одного|на\s+каждого|в\s+расч[её]те\s+на\s+одного)\s+"
    r"(?:(?!of\b|the\b)[\w-]+\s+){1,2}?(patient|пациента)(?!\w)"
)
PER_INPATIENT = re.compile(
    r"(?<!\w)(per|each|every)\s+(?:distinct\s+|unique\s+|single\s+)?(?=(?:inpatient|outpatient)"
    r"(?!\s+(?:visit|stay|admission|case)))"
)
""""per distinct inpatient": per patient, of inpatient visits (the word stays to be read)."""
"""Per patient with a word between: "each Cardiology patient", «на одного экстренного
пациента». The words between stay to be read (a department, a visit type)."""


PER_CHILD = re.compile(
    r"(?<!\w)(на\s+одного|на\s+каждого|per|for\s+each)\s+(?=(?:ребенка|ребёнка|child|kid)(?!\w))"
)
"""«на одного ребёнка», "per child": per patient, the children kept as the people counted."""


def read_per_qualified_patient(text: str) -> tuple[bool, str]:
    """Whether the question divides by such patients, and the text without the marker and
    the noun (the plain "per patient" is a phrase of the lexicon)."""
    child = PER_CHILD.search(text) or PER_INPATIENT.search(text)
    if child is not None:
        return True, blank(text, child.start(), child.end())
    match = PER_QUALIFIED_PATIENT.search(text)
    if match is None:
        return False, text
    text = blank(text, match.start(1), match.end(1))
    return True, blank(text, match.start(2), match.end(2))


EVERY_ONE_NAMED = re.compile(
    r"(?<!\w)(?:both|оба|обоих|обеих)(?!\w)"
    r"|(?<!\w)(?:and\s+also|as\s+well\s+as|а\s+также|и\s+также|и\s+ещ[её])\s+"
    r"(?:(?:in|by|at|в|у)\s)?"
    r"|(?<!\w)и\s+(?:в|у)\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s+и\s+(?:в|у)\s"
    r"|(?<!\w)как\s+(?:в|у)\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s+так\s+и\s"
)
"""Every one of the names is required: "seen by both Cardiology and Therapy", «и в
кардиологии, и в терапии», «как в X, так и в Y»."""
ONE_OR_OTHER = re.compile(
    r"(?<!\w)(?:compare|compared|vs|versus|which|more|fewer|сравн\w*|больше|меньше|какое|какой)(?!\w)"
)


def names_every_one(text: str) -> bool:
    """Whether the names are all required together, not compared side by side."""
    return EVERY_ONE_NAMED.search(text) is not None and ONE_OR_OTHER.search(text) is None


_BAND_ITEM = re.compile(
    r"(?:under|below|younger\s+than|до|младше|<)\s*(\d{1,3})(?:\s*(?:years?|лет|года))?"
    r"|(\d{1,3})\s*(?:-|–|to|до)\s*(\d{1,3})(?:\s*(?:years?|лет|года))?"
    r"|(\d{1,3})\s*(?:\+|plus|(?:years?\s+)?(?:and|or)\s+(?:over|older|above)|(?:лет\s+)?и\s+старше)"
    r"|(?:over|older\s+than|above|старше)\s*(\d{1,3})"
)
_BAND_SEPARATOR = re.compile(r"^\s*(?:,|;|/|\|)?\s*(?:and|и)?\s*$")
AGE_BANDS_SAID = re.compile(
    r"(?:(?:by|in)\s+)?age(?:\s+(?:groups?|bands?|brackets?|ranges?|categories))?"
    r"|(?:по\s+)?(?:возрастн\w+\s+(?:групп\w*|категори\w*|диапазон\w*|интервал\w*)|возрасту)"
)
"""Where a list of age bands may follow: "by age group:", «по возрастным группам:»."""
_BANDS_OPENING = re.compile(r"\s*[:(\-—–]?\s*")


def read_age_bands(text: str) -> tuple[list[int] | None, str]:
    """Age bands listed ("by age group: under 18, 18–64, 65 and over"): the first age of each
    band, when they follow one another; the list is then blanked for the other age readers."""
    for said in AGE_BANDS_SAID.finditer(text):
        opening = _BANDS_OPENING.match(text, said.end())
        assert opening is not None  # every part of it is optional
        starts, end = _bands_from(text, opening.end())
        if len(starts) >= 2:
            return starts, blank(text, opening.end(), end)
    for under in re.finditer(r"(?<!\w)(?:under|below|до|младше)\s*\d", text):
        starts, end = _bands_from(text, under.start())
        if len(starts) >= 3:  # "patients under 18, 18 to 64 and 65 plus": bands, unnamed
            return starts, blank(text, under.start(), end)
    return None, text


def _bands_from(text: str, position: int) -> tuple[list[int], int]:
    """The first ages of the bands listed from ``position`` on, and where the list ends."""
    starts: list[int] = []
    next_start: int | None = None
    end = position
    for match in _BAND_ITEM.finditer(text, position):
        if not _BAND_SEPARATOR.match(text[end : match.start()]):
            break
        under, first, last, open_from, over = match.groups()
        if under is not None:
            start, following = 0, int(under)
        elif first is not None:
            start, following = int(first), int(last) + 1
        else:
            start = int(open_from) if open_from is not None else int(over) + 1
            following = None
        if next_start is not None and start != next_start:
            break
        starts.append(start)
        next_start, end = following, match.end()
        if following is None:
            break
    return starts, end


_EXACTLY = r"(?:exactly|only|just|ровно|только|лишь)"
_A_VISIT = r"(?:visits?|appointments?|визит\w*|обращени\w*|посещени\w*)"
VISITS_AT_MOST = [
    # (pattern, the fewest visits (None: any), the most visits (None: the number read))
    (re.compile(r"(?<!\w)(?:(?:" + _EXACTLY + r")\s+once|once\s+only|just\s+the\s+once|"
                r"(?:" + _EXACTLY + r")\s+(?:один|1)\s+раз|один\s+единственный\s+раз)(?!\w)"),
     None, 1),
    (re.compile(r"(?<!\w)(?:" + _EXACTLY + r")\s+(?:one|a\s+single|1|один|одним|одного)\s+"
                + _A_VISIT), None, 1),
    (re.compile(r"(?<!\w)(?:a\s+single|one)\s+visit\s+only(?!\w)|(?<!\w)one-time\s+patients"
                r"|(?<!\w)единственн\w+\s+(?:визит\w*|обращени\w*)|разов\w+\s+пациент\w*"),
     None, 1),
    (re.compile(r"(?<!\w)(?:exactly|ровно)\s+(" + NUMBER + r")\s+(?:" + _TIMES + r"|"
                + _A_VISIT + r")"), "same", None),
    (re.compile(r"(?<!\w)(?:at\s+most|no\s+more\s+than|не\s+более|не\s+больше|максимум)\s+("
                + NUMBER + r")\s+(?:" + _TIMES + r"|" + _A_VISIT + r")"),
     None, None),
]  # fmt: skip
"""Patients seen at most so often: "only once", «ровно один визит», "exactly 3 visits",
"no more than 2 visits"."""


def read_visit_cap(text: str) -> tuple[int | None, int | None, str]:
    """The fewest and the most visits a patient may have ("seen only once" → at most 1), and
    the text without the words."""
    found: tuple[int | None, int] | None = None
    for pattern, fewest, most in VISITS_AT_MOST:
        for match in pattern.finditer(text):  # "only once, i.e. exactly one visit": both read
            value = most if most is not None else number_value(match.group(1))
            if not 1 <= value <= 1000:
                continue
            least = value if fewest == "same" and value >= 2 else None
            found = found or (least, value)
            text = blank(text, match.start(), match.end())
    return (*found, text) if found is not None else (None, None, text)
