"""Reading periods in questions: years, quarters, months, date ranges and relative words.

Relative words ("last year", «за последние 3 месяца») are resolved against the newest
visit in the warehouse (its catalog's last date), never ``today()``: an imported history
that ends in 2022 is asked about as if it were early 2023, and a question about "last year"
means the same thing tomorrow as today. "Last year", "last quarter" and "last month" are the
newest complete ones (data that end on 31 December 2022 make 2022 "last year"; data that end
in June 2022 make it 2021); "this year" is the year of the newest visit, up to that day;
"the last 12 months" is a rolling window ending on the last date; "today" is the newest day
of data and "yesterday" the day before it. A month or quarter without
a year is a partial period: the parser asks which year is meant.
"""

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from medstream_questions.plan import Period
from medstream_questions.reading.dates import (
    PartialPeriod,
    half_period,
    month_end,
    month_period,
    months_back,
    quarter_period,
    season_period,
    year_period,
)
from medstream_questions.text import NUMBER, number_value


@dataclass(frozen=True, slots=True)
class PeriodReading:
    start: int
    end: int
    text: str
    period: Period | None = None
    partial: PartialPeriod | None = None
    relative: bool = False

    @property
    def all_time(self) -> bool:
        """ "the whole period", «за всё время»."""
        return self.period is not None and self.period.start == ALL_TIME_START


ALL_TIME_START = date(1900, 1, 1)


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12, "янв": 1, "фев": 2, "мар": 3, "апр": 4, "ма": 5,
    "июн": 6, "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "перв": 1, "втор": 2, "трет": 3, "четверт": 4,
}  # fmt: skip

Y = r"((?:19|20)\d{2})"
YS = r"(?:\s*(?:год[ауе]?\b|гг?\.?(?!\w)|year(?![\w-])(?!\s+(?:over|on|to)\b)(?!\s+by\s+year)))?"
MONTH_FULL = (
    r"(january|february|march|april|june|july|august|september|october|november|december|"
    r"январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|"
    r"август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])"
)
MONTH = (
    r"(" + MONTH_FULL[1:-1] + r"|may|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|"
    r"янв|фев|мар|апр|июн|июл|авг|сент|сен|окт|ноя|дек)\.?"
)
FROM = r"(?:(?:from|between|с|со|между)\s+)?"
TO = r"\s*(?:to|and|till|until|through|по|до|и|-)\s*"
DATE = r"(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})"
DAY = r"([0-3]?\d)(?:st|nd|rd|th|-?го|-?е)?"
SEASON = (
    r"(winter|spring|summer|autumn|fall|зим(?:а|ой|у|ы|н\w*)|весн(?:а|ой|у|ы)|весенн\w*|"
    r"лет(?:о|ом|а)|летн\w*|осен(?:ь|ью|и|н\w*))"
)
ORDINAL = r"(first|second|third|fourth|1st|2nd|3rd|4th)"
RU_ORDINAL = r"([1-4]|iv|i{1,3}|перв\w*|втор\w*|трет\w*|четверт\w*)(?:-?(?:й|ый|ой|ом|го|м))?"
LAST = r"(?:last|past|previous|recent)"


def _b(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + pattern + r"(?![\w])")


def _month(word: str) -> int:
    return _MONTHS[word[:3]] if word[:3] in _MONTHS else _MONTHS[word[:2]]


def _ordinal(word: str) -> int:
    for prefix, value in _ORDINALS.items():
        if word == prefix or (len(prefix) > 2 and word.startswith(prefix)):
            return value
    return int(word)


def _season(word: str) -> int:
    for index, stems in enumerate((("wint", "зим"), ("spr", "весн", "весен"),
                                   ("sum", "лет"), ("aut", "fall", "осен")), start=1):  # fmt: skip
        if word.startswith(stems):
            return index
    raise ValueError(f"not a season: {word!r}")


def _days(year1: int, month1: int, day1: int, year2: int, month2: int, day2: int) -> Period | None:
    """The days from the first to the last, both included; None for an impossible date."""
    try:
        start, end = date(year1, month1, day1), date(year2, month2, day2)
    except ValueError:
        return None
    return Period(start=start, end=end) if start <= end else None


def _listed(match: re.Match[str]) -> bool:
    """ "2021 and 2024" names two years; "between 2021 and 2024" and "2021 to 2024" a range."""
    if _LIST_JOINER.search(match.group()) is None:
        return False
    # "the difference between 2021 and 2023" compares two years; it is not the span
    return not _BETWEEN.match(match.group()) or bool(
        _DIFFERENCE.search(match.string[: match.start()])
    )


_LIST_JOINER = re.compile(r"\s(?:and|и)\s")
_DIFFERENCE = re.compile(r"(?:difference|differ|gap|разниц\w*|отлича\w*)\s+(?:in\s+\w+\s+)?$")
_BETWEEN = re.compile(r"(?:between|между)\s")


def _date(text: str) -> date:
    if "-" in text:
        return date.fromisoformat(text)
    day, month, year = (int(part) for part in text.split("."))
    return date(year, month, day)


Handler = Callable[[re.Match[str]], tuple[Period | None, PartialPeriod | None]]


class PeriodReader:
    """Finds every period in a normalised question; each rule consumes the text it read."""

    def __init__(self, data_end: date) -> None:
        self.data_end = data_end
        self.now = data_end + timedelta(days=1)
        """The day after the newest visit: what "last year" and "last month" count back from."""
        rules: list[tuple[str, Handler, bool]] = [
            (FROM + DATE + TO + DATE, self._date_range, False),
            (DATE, self._single_date, False),
            (FROM + DAY + r"\s+" + MONTH + r"(?:\s+" + Y + YS + r")?" + TO + DAY + r"\s+" + MONTH
             + r"\s+(?:of\s+)?" + Y + YS, self._day_month_range, False),
            (FROM + MONTH + r"\s+" + DAY + r"(?:,?\s+" + Y + r")?" + TO + MONTH + r"\s+" + DAY
             + r",?\s+" + Y, self._month_day_range, False),
            (FROM + DAY + TO + DAY + r"\s+" + MONTH + r"\s+(?:of\s+)?" + Y + YS, self._day_range,
             False),
            # "January 1-10, 2024", "Jan 1-10 2024": the month first, then the days
            (MONTH + r"\s+" + DAY + r"\s*(?:-|to|through|till)\s*" + DAY + r",?\s+" + Y,
             self._month_days, False),
            # "the first half of May 2025", «первая половина мая 2025»: days 1–15 or 16–end
            (r"(?:the\s+)?(first|second|перв\w*|втор\w*)\s+(?:half|половин\w*)\s+(?:of\s+)?"
             + MONTH + r"\s+(?:of\s+)?" + Y + YS, self._half_month, False),
            # "the first two weeks of January 2024", «первые две недели января 2024»
            (r"(?:the\s+)?(?:first|перв\w*)\s+(" + NUMBER + r")\s+(?:weeks|недел\w*)\s+(?:of\s+)?"
             + MONTH + r"\s+(?:of\s+)?" + Y + YS, self._first_weeks, False),
            # "the first ten days of January 2024", «первые 10 дней января 2024»
            (r"(?:the\s+)?(?:first|перв\w*)\s+(" + NUMBER + r")\s+(?:days|дн\w*)\s+(?:of\s+)?"
             + MONTH + r"\s+(?:of\s+)?" + Y + YS, self._first_days, False),
            (DAY + r"\s+" + MONTH + r"\s+(?:of\s+)?" + Y + YS, self._day, False),
            (MONTH + r"\s+" + DAY + r",?\s+" + Y, self._month_day, False),
            (FROM + MONTH + r"(?:\s+" + Y + r")?" + TO + MONTH + r"\s+(?:of\s+)?" + Y + YS,
             self._month_range, False),
            # "the first and second quarter of 2024", «в первом и втором квартале»: the
            # first ordinal is a quarter too, completed by the year said after the second
            (ORDINAL + r"(?=\s+(?:and|or|vs\.?|,)\s+" + ORDINAL + r"\s+quarters?)",
             self._partial_quarter, False),
            (r"q([1-4])(?=\s*(?:and|or|vs\.?|,|-)\s*q[1-4])", self._partial_quarter, False),
            (RU_ORDINAL + r"(?=\s+(?:и|или|,)\s+" + RU_ORDINAL + r"\s+квартал)",
             self._partial_quarter, False),
            (r"q([1-4])\s*(?:of\s+)?" + Y, self._quarter_q, False),
            (Y + r"\s*-?\s*q([1-4])", self._year_q, False),
            (ORDINAL + r"\s+quarters?\s+(?:of\s+)?" + Y, self._quarter_q, False),
            (RU_ORDINAL + r"\s+квартал\w*\s+" + Y + YS, self._quarter_q, False),
            (r"(first|second)\s+half\s+(?:of\s+)?" + Y, self._half, False),
            (r"h([12])\s*" + Y, self._half, False),
            (r"(перв\w*|втор\w*|1|2)(?:-?[ео]?е|-?м)?\s+полугоди\w*\s+" + Y + YS, self._half,
             False),
            (MONTH + r"\s+(?:of\s+)?" + Y + YS, self._month_year, False),
            # «в янв 25го», "jan '25": a month with its year in two digits
            (MONTH + r"\s+'?(\d{2})(?:-?(?:го|г|й|ого))?(?![\d.])", self._month_short_year, False),
            (SEASON + r"\s+(?:of\s+)?" + Y + YS, self._season_year, True),
            (Y + r"-(0[1-9]|1[0-2])", self._iso_month, False),
            (FROM + Y + YS + TO + Y + YS, self._year_range, False),
            # «с 2021 года» is since 2021, but «(по сравнению) с 2021 годом» names that year
            (r"(?<!сравнению )(?:since|starting(?:\s+from)?|с|со|начиная\s+с)\s+" + Y
             + r"(?!\s*годом)" + YS,
             self._since, False),
            # "the last 3 months of 2024", «первые два месяца 2025 года»: months of that year
            (r"(?:the\s+)?(last|first|последн\w*|перв\w*)\s+(" + NUMBER + r")\s+(?:months|месяц\w*)"
             r"\s+(?:of\s+)?" + Y + YS, self._months_of_year, False),
            (r"(?:all\s+time|all\s+(?:(?:the|five|four|5|4)\s+)?years|(?:the\s+)?(?:whole|entire)\s+"
             r"period|за\s+вс[её]\s+время|за\s+весь\s+период|за\s+все\s+(?:(?:пять|5)\s+лет|годы))",
             self._all_time, True),
            (r"(?:(?:in|over|during|for)\s+the\s+)?" + LAST + r"\s+(?:(" + NUMBER + r")\s+)?"
             r"(year|yr|month|week|day)s?(?!\w)(?<!last year)(?<!previous year)(?<!last yr)"
             r"(?!\s+of\s+(?:19|20)\d{2})",  # "the last week of 2023" is in 2023
             self._rolling_en, True),
            (r"(?:in|over|during|for)\s+the\s+" + LAST + r"\s+(?:year|yr)", self._rolling_year,
             True),
            (r"за\s+(?:последн\w*\s+)(?:(" + NUMBER + r")\s+)?(год\w*|лет|месяц\w*|недел\w*|"
             r"дн\w*|день)", self._rolling_ru, True),
            # «за последние полгода», "the last six months" said as half a year
            (r"(?:за\s+)?(?:последн\w*\s+)полгода|(?:the\s+)?" + LAST
             + r"\s+half[\s-]+(?:a\s+)?year", self._rolling_half_year, True),
            (r"(?:year\s+before\s+last|позапрошл\w*\s+год\w*)", self._two_years_ago, True),
            (r"(?:last|previous)\s+(?:year|yr)|(?:прошл|предыдущ)\w*\s+год\w*", self._last_year,
             True),
            (r"(?:this|current)\s+(?:year|yr)|(?:эт|текущ)\w*\s+год\w*|сего\s+года",
             self._this_year, True),
            (r"(?:last|previous)\s+quarter|(?:прошл|предыдущ)\w*\s+квартал\w*",
             self._last_quarter, True),
            (r"(?:this|current)\s+quarter|(?:эт|текущ)\w*\s+квартал\w*", self._this_quarter,
             True),
            (r"(?:last|previous)\s+month|(?:прошл|предыдущ)\w*\s+месяц\w*", self._last_month,
             True),
            (r"(?:this|current)\s+month|(?:эт|текущ)\w*\s+месяц\w*", self._this_month, True),
            # the newest day of data is "today": a live feed's newest visits are today's
            (r"(?:the\s+)?day\s+before\s+yesterday|позавчера(?:шн\w*)?", self._days_ago(2),
             True),
            (r"yesterday|вчера(?:шн\w*)?", self._days_ago(1), True),
            (r"today|сегодня(?:шн\w*)?", self._days_ago(0), True),
            (r"q([1-4])", self._partial_quarter, False),
            (ORDINAL + r"\s+quarter", self._partial_quarter, False),
            (RU_ORDINAL + r"\s+квартал\w*", self._partial_quarter, False),
            (r"(first|second)\s+half(?:\s+of\s+the\s+year)?", self._partial_half, False),
            (r"(перв\w*|втор\w*)\s+полугоди\w*", self._partial_half, False),
            (MONTH_FULL, self._partial_month, False),
            (SEASON.replace("|fall", ""), self._partial_season, True),
            (r"(?:in|of)\s+(may)", self._partial_month, False),
            (Y + YS, self._year, False),
            # «в 24 году», «за 23 г.»: a year in two digits, only with the word for year
            (r"(?<![\d.])(\d{2})(?:-?(?:м|й|ый|ой|ом))?\s*(?:год[ауе]?(?!\w)|г\.)",
             self._short_year, False),
            # "top dx nsk 23", «в мск в 24»: two digits closing a texted question are a year
            (r"(?<!top )(?<!топ )(?<!top-)(?<!топ-)(?<!bottom )(?<!first )(?<!last )"
             r"(?<!than )(?<!over )(?<!under )(?<!чем )(?<!первые )(?<!последние )"
             r"(?:(?:в|во|за|in|for)\s+)?(\d{2})(?=\s*[?!.]*\s*$)", self._texted_year, False),
            # «за 22й», «в 23-м»: an ordinal of two digits after за/в is a year, too
            (r"(?:(?<=за\s)|(?<=в\s))(\d{2})-?(?:й|ый|ой|ом|м)(?!\w)(?!\s*(?:дн|месяц|недел|квартал|"
             r"раз|лет|час|минут|мест|%))", self._short_year, False),
            # «пневмонии в нске 23й»: a texted year of 20–29 with an ordinal ending, anywhere
            (r"(?<![\d.])(2\d)-?(?:й|ый|ом|м)(?!\w)(?!\s*(?:дн|день|месяц|недел|квартал|раз|лет|"
             r"час|минут|мест|визит|пациент|числ|%))", self._short_year, False),
        ]  # fmt: skip
        self._rules = [(_b(pattern), handler, relative) for pattern, handler, relative in rules]

    def read(self, text: str) -> tuple[list[PeriodReading], str]:
        """The periods found, in order, and the text with their spans blanked out."""
        readings: list[PeriodReading] = []
        for pattern, handler, relative in self._rules:
            for match in pattern.finditer(text):
                period, partial = handler(match)
                if period is None and partial is None:
                    continue
                readings.append(
                    PeriodReading(
                        match.start(), match.end(), match.group(), period, partial, relative
                    )
                )
                text = (
                    text[: match.start()]
                    + "|" * (match.end() - match.start())
                    + text[match.end() :]
                )
        return sorted(readings, key=lambda reading: reading.start), text

    # Explicit dates --------------------------------------------------------------------

    def _date_range(self, match: re.Match[str]) -> tuple[Period | None, None]:
        if _listed(match):
            return None, None
        try:
            start, end = _date(match.group(1)), _date(match.group(2))
        except ValueError:
            return None, None
        return (Period(start=start, end=end) if start <= end else None), None

    def _single_date(self, match: re.Match[str]) -> tuple[Period | None, None]:
        try:
            day = _date(match.group(1))
        except ValueError:
            return None, None
        return Period(start=day, end=day), None

    def _month_range(self, match: re.Match[str]) -> tuple[Period | None, None]:
        if _listed(match):
            return None, None
        first, first_year, last, last_year = match.groups()
        end_year = int(last_year)
        start_month, end_month = _month(first), _month(last)
        if first_year is not None:
            start_year = int(first_year)
        else:
            start_year = end_year if start_month <= end_month else end_year - 1
        start = date(start_year, start_month, 1)
        end = month_end(end_year, end_month)
        return (Period(start=start, end=end) if start <= end else None), None

    def _quarter_q(self, match: re.Match[str]) -> tuple[Period, None]:
        quarter, year = match.groups()
        return quarter_period(int(year), _ordinal(quarter)), None

    def _year_q(self, match: re.Match[str]) -> tuple[Period, None]:
        year, quarter = match.groups()
        return quarter_period(int(year), int(quarter)), None

    def _half(self, match: re.Match[str]) -> tuple[Period, None]:
        half, year = match.groups()
        return half_period(int(year), _ordinal(half)), None

    def _day_month_range(self, match: re.Match[str]) -> tuple[Period | None, None]:
        """ "from 1 March to 15 April 2024", «с 1 марта по 15 апреля 2024 года»."""
        if _listed(match):
            return None, None
        day1, month1, year1, day2, month2, year2 = match.groups()
        return _days(int(year1 or year2), _month(month1), int(day1),
                     int(year2), _month(month2), int(day2)), None  # fmt: skip

    def _month_day_range(self, match: re.Match[str]) -> tuple[Period | None, None]:
        """ "between March 1 and May 31, 2022", "from Jan 5, 2023 to Feb 2, 2024"."""
        if _listed(match):
            return None, None
        month1, day1, year1, month2, day2, year2 = match.groups()
        return _days(int(year1 or year2), _month(month1), int(day1),
                     int(year2), _month(month2), int(day2)), None  # fmt: skip

    def _day_range(self, match: re.Match[str]) -> tuple[Period | None, None]:
        """ "1-10 January 2025", «с 1 по 10 января 2025 года», "between 10 and 20 February"."""
        if _listed(match):
            return None, None
        day1, day2, month, year = match.groups()
        number = _month(month)
        return _days(int(year), number, int(day1), int(year), number, int(day2)), None

    def _month_days(self, match: re.Match[str]) -> tuple[Period | None, None]:
        month, day1, day2, year = match.groups()
        number = _month(month)
        return _days(int(year), number, int(day1), int(year), number, int(day2)), None

    def _half_month(self, match: re.Match[str]) -> tuple[Period | None, None]:
        half, month, year = match.groups()
        number = _month(month)
        last = calendar.monthrange(int(year), number)[1]
        first_half = half.startswith(("first", "перв"))
        start, end = (1, 15) if first_half else (16, last)
        return _days(int(year), number, start, int(year), number, end), None

    def _first_weeks(self, match: re.Match[str]) -> tuple[Period | None, None]:
        count, month, year = match.groups()
        number = _month(month)
        last = min(7 * number_value(count), calendar.monthrange(int(year), number)[1])
        return _days(int(year), number, 1, int(year), number, last), None

    def _first_days(self, match: re.Match[str]) -> tuple[Period | None, None]:
        count, month, year = match.groups()
        number = _month(month)
        return _days(int(year), number, 1, int(year), number, number_value(count)), None

    def _day(self, match: re.Match[str]) -> tuple[Period | None, None]:
        day, month, year = match.groups()
        return _days(int(year), _month(month), int(day), int(year), _month(month), int(day)), None

    def _month_day(self, match: re.Match[str]) -> tuple[Period | None, None]:
        month, day, year = match.groups()
        return _days(int(year), _month(month), int(day), int(year), _month(month), int(day)), None

    def _month_year(self, match: re.Match[str]) -> tuple[Period, None]:
        month, year = match.groups()
        return month_period(int(year), _month(month)), None

    def _months_of_year(self, match: re.Match[str]) -> tuple[Period | None, None]:
        end_or_start, count, year = match.groups()
        months = number_value(count)
        if not 1 <= months <= 12:
            return None, None
        if end_or_start.startswith(("last", "последн")):
            first = month_period(int(year), 13 - months)
            return Period(start=first.start, end=date(int(year), 12, 31)), None
        last = month_period(int(year), months)
        return Period(start=date(int(year), 1, 1), end=last.end), None

    def _month_short_year(self, match: re.Match[str]) -> tuple[Period, None]:
        month, year = match.groups()
        return month_period(2000 + int(year), _month(month)), None

    def _season_year(self, match: re.Match[str]) -> tuple[Period, None]:
        season, year = match.groups()
        return season_period(int(year), _season(season)), None

    def _iso_month(self, match: re.Match[str]) -> tuple[Period, None]:
        year, month = match.groups()
        return month_period(int(year), int(month)), None

    def _year_range(self, match: re.Match[str]) -> tuple[Period | None, None]:
        first, last = int(match.group(1)), int(match.group(2))
        if first >= last or _listed(match):
            return None, None
        return Period(start=date(first, 1, 1), end=date(last, 12, 31)), None

    def _since(self, match: re.Match[str]) -> tuple[Period | None, None]:
        start = date(int(match.group(1)), 1, 1)
        return (Period(start=start, end=self.data_end) if start <= self.data_end else None), None

    def _year(self, match: re.Match[str]) -> tuple[Period, None]:
        return year_period(int(match.group(1))), None

    def _texted_year(self, match: re.Match[str]) -> tuple[Period | None, None]:
        year = 2000 + int(match.group(1))
        if not 2000 < year <= self.data_end.year:  # "visits over 65"-like numbers stay numbers
            return None, None
        return year_period(year), None

    def _short_year(self, match: re.Match[str]) -> tuple[Period, None]:
        return year_period(2000 + int(match.group(1))), None

    # Relative to the data's last date ---------------------------------------------------

    def _all_time(self, _: re.Match[str]) -> tuple[Period, None]:
        return Period(start=ALL_TIME_START, end=self.data_end), None

    def _rolling(self, count: int, unit: str) -> tuple[Period | None, None]:
        end = self.data_end
        if count < 1:
            return None, None
        if unit.startswith(("year", "год", "лет")):
            start = months_back(end, 12 * count) + timedelta(days=1)
        elif unit.startswith(("month", "месяц")):
            start = months_back(end, count) + timedelta(days=1)
        elif unit.startswith(("week", "недел")):
            start = end - timedelta(days=7 * count - 1)
        else:
            start = end - timedelta(days=count - 1)
        return Period(start=start, end=end), None

    def _rolling_en(self, match: re.Match[str]) -> tuple[Period | None, None]:
        count, unit = match.groups()
        unit = "year" if unit == "yr" else unit  # texting: "last 2 yrs"
        if count is None and unit == "year":
            return None, None
        return self._rolling(number_value(count) if count else 1, unit)

    def _rolling_half_year(self, _: re.Match[str]) -> tuple[Period | None, None]:
        return self._rolling(6, "month")

    def _rolling_year(self, _: re.Match[str]) -> tuple[Period | None, None]:
        return self._rolling(1, "year")

    def _rolling_ru(self, match: re.Match[str]) -> tuple[Period | None, None]:
        count, unit = match.groups()
        return self._rolling(number_value(count) if count else 1, unit)

    def _two_years_ago(self, _: re.Match[str]) -> tuple[Period, None]:
        return year_period(self.now.year - 2), None

    def _last_year(self, _: re.Match[str]) -> tuple[Period, None]:
        return year_period(self.now.year - 1), None

    def _this_year(self, _: re.Match[str]) -> tuple[Period, None]:
        return Period(start=date(self.data_end.year, 1, 1), end=self.data_end), None

    def _last_quarter(self, _: re.Match[str]) -> tuple[Period, None]:
        current = (self.now.month - 1) // 3
        year, quarter = divmod(self.now.year * 4 + current - 1, 4)
        return quarter_period(year, quarter + 1), None

    def _this_quarter(self, _: re.Match[str]) -> tuple[Period, None]:
        quarter = (self.data_end.month - 1) // 3 + 1
        start = date(self.data_end.year, quarter * 3 - 2, 1)
        return Period(start=start, end=self.data_end), None

    def _last_month(self, _: re.Match[str]) -> tuple[Period, None]:
        previous = months_back(self.now.replace(day=1), 1)
        return month_period(previous.year, previous.month), None

    def _this_month(self, _: re.Match[str]) -> tuple[Period, None]:
        return Period(start=self.data_end.replace(day=1), end=self.data_end), None

    def _days_ago(self, days: int) -> Handler:
        """ "Today" is the newest day of data, "yesterday" the one before (a live feed's
        newest visits are today's; a history's last day stands in for today)."""
        day = self.data_end - timedelta(days=days)
        return lambda _: (Period(start=day, end=day), None)

    # Without a year ----------------------------------------------------------------------

    def _partial_quarter(self, match: re.Match[str]) -> tuple[None, PartialPeriod]:
        return None, PartialPeriod("quarter", _ordinal(match.group(1)))

    def _partial_half(self, match: re.Match[str]) -> tuple[None, PartialPeriod]:
        return None, PartialPeriod("half", _ordinal(match.group(1)))

    def _partial_season(self, match: re.Match[str]) -> tuple[None, PartialPeriod]:
        return None, PartialPeriod("season", _season(match.group(1)))

    def _partial_month(self, match: re.Match[str]) -> tuple[None, PartialPeriod]:
        return None, PartialPeriod("month", _month(match.group(1)))


YEAR_SHIFT = re.compile(
    r"(?<!\w)(?:(?P<before>the\s+year\s+before|a\s+year\s+(?:before|earlier)|one\s+year\s+earlier|"
    r"the\s+prior\s+year|годом\s+(?:раньше|ранее)|на\s+год\s+раньше|за\s+год\s+до\s+этого|"
    r"в\s+предыдущем\s+году|в\s+предыдущий\s+год|за\s+предыдущий\s+год)"
    r"|(?P<after>the\s+year\s+after|a\s+year\s+later|one\s+year\s+later|the\s+following\s+year|"
    r"the\s+next\s+year|годом\s+(?:позже|позднее)|на\s+год\s+позже|год\s+спустя|через\s+год|"
    r"в\s+следующем\s+году|в\s+следующий\s+год|за\s+следующий\s+год|на\s+следующий\s+год))"
    r"(?!\w)"
)
"""A year before or after the one the question before named: "the year before", «годом позже»."""


def read_year_shift(text: str) -> tuple[int | None, str]:
    """-1 or +1 years from the previous question's period, and the text without the words."""
    match = YEAR_SHIFT.search(text)
    if match is None:
        return None, text
    shift = -1 if match.group("before") else 1
    return shift, text[: match.start()] + "|" * (match.end() - match.start()) + text[match.end() :]


RESTATED_DAYS = re.compile(
    r"\(\s*" + MONTH + r"\s+[0-3]?\d\s*-\s*[0-3]?\d\s*\)"
    r"|\(\s*(?:с\s+)?[0-3]?\d(?:-?го)?\s*(?:по|-|до)\s*[0-3]?\d(?:-?е|-?го)?(?:\s+числ\w*)?\s*\)"
    r"|\(\s*[0-3]?\d\s*-\s*[0-3]?\d\s+" + MONTH + r"\s*\)"
)
""""(Jan 1-10)" after "the first ten days of January 2024": the same days said again."""


def without_restated_days(text: str) -> str:
    """The text with a bracketed month and days blanked when a year is said elsewhere."""
    if not re.search(r"(?:19|20)\d{2}", text):
        return text
    return RESTATED_DAYS.sub(lambda match: "|" * len(match.group(0)), text)
