"""Text → slots: what an English or Russian question says, and what it leaves open.

The parser reads in passes, each consuming what it understood: regexes for codes, chapter
numerals, ages, periods and "top N"; then exact phrases by stems; then fuzzy matches for
the words left over. It decides nothing about defaults: that is ``planning``'s job, so an
answer to a clarification can be parsed by the same code and merged in.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from rapidfuzz.distance import Levenshtein

from medstream_questions import issues
from medstream_questions.catalog import Catalog
from medstream_questions.labels import department_label, diagnosis_label, place_label
from medstream_questions.plan import Dimension, Family, Place
from medstream_questions.reading.assembly import SlotsBuilder
from medstream_questions.reading.cues import CUES
from medstream_questions.reading.exclusions import (
    ages_left_out,
    complement_of_ages,
    excluded_chapters,
    find_exclusions,
    without_all_but,
)
from medstream_questions.reading.extractors import (
    AgeRange,
    CodeReading,
    names_every_one,
    names_people_by_age,
    nearest_codes,
    read_age_bands,
    read_age_groups,
    read_age_range,
    read_chapters,
    read_codes,
    read_limit,
    read_per_qualified_patient,
    read_visit_cap,
    read_visit_frequency,
)
from medstream_questions.reading.lexicon import (
    ChapterSense,
    DepartmentSense,
    DiagnosisSense,
    PlaceSense,
    Sense,
    VisitTypeSense,
    lexicon,
)
from medstream_questions.reading.matching import (
    ACCEPT,
    BARRIER,
    SUGGEST,
    Mention,
    PhraseMatcher,
    adjacent,
)
from medstream_questions.reading.periods import (
    PeriodReader,
    PeriodReading,
    read_year_shift,
    without_restated_days,
)
from medstream_questions.reading.share_parts import (
    diagnosis_is_the_whole,
    part_named_after_copula,
)
from medstream_questions.reading.stopwords import STOPWORDS, Stems
from medstream_questions.reading.vague_periods import read_vague_period, vague_period_issue
from medstream_questions.slots import Issue, Note, Slots
from medstream_questions.text import (
    NUMBER,
    Language,
    Token,
    detect_language,
    has_cyrillic,
    is_known_word,
    normalize,
    stems_of,
    to_latin,
)
from medstream_questions.text import stem as stem_word
from medstream_questions.text import tokenize as tokenize_text
from medstream_questions.vocabulary.care import VISIT_TYPES_BY_NAME
from medstream_questions.vocabulary.icd10 import CHAPTERS

COUNTED_STEMS = Stems("visits cases patients визитов случаев пациентов обращений посещений")
"""Words after which a word names a diagnosis ("ulcer visits")."""
PLACE_CONTEXT = frozenset({"in", "at", "в", "во", "из", "around", "near"})
DIAGNOSIS_CONTEXT = frozenset({"with", "for", "of", "from", "с", "со", "от"})
DISEASE_ENDINGS = ("itis", "osis", "oma", "emia", "pathy", "ит", "ита", "итом", "оз", "оза",
                   "озом", "ома", "омы", "емия", "емии", "патия", "патии", "алгия")  # fmt: skip


@dataclass
class _Reading:
    """What the passes found, before it becomes slots."""

    question: str
    tokens: list[Token]
    mentions: list[Mention] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    chapters: list[str] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    on_topic: bool = False
    ignored: list[str] = field(default_factory=list)
    """Content words that fit nothing: stated in the answer, never dropped silently."""


class QuestionParser:
    """Parses questions against a catalog: its places and departments are the names known,
    and relative periods («в прошлом году») are read against its newest visit."""

    def __init__(self, catalog: Catalog) -> None:
        self.data_start = catalog.first_date
        self.data_end = catalog.last_date
        self.lexicon = lexicon(catalog)
        self.matcher = PhraseMatcher(self.lexicon)
        self.periods = PeriodReader(catalog.last_date)
        self.catalog = catalog
        self.city_names = _city_names(catalog)
        self.cue_words = _cue_words()

    def parse(self, question: str, language: Language | None = None) -> Slots:
        normalized = text = normalize(question)  # read once: the passes below blank `text`
        code_readings, text = read_codes(text)
        chapters, text = read_chapters(text)
        read = text
        unkept_ages: AgeRange | None = None
        age_bands, text = read_age_bands(text)  # "by age group: under 18, 18–64, 65+"
        ages, text = read_age_groups(text)
        age_start = _first_change(read, text) if ages else None
        if ages and ages_left_out(read, _first_change(read, text)):  # "excluding those 65+"
            first, last = complement_of_ages(*ages[0].ages)
            ages, text = [], text
            age_range: AgeRange | None = AgeRange(first, last, "")
        else:
            age_range = None
        people_by_age = names_people_by_age(text)  # «сколько подростков…» counts patients
        if age_range is None:
            read = text
            age_range, text = read_age_range(text)
            if age_range is not None:
                age_start = _first_change(read, text)
            if age_range is not None and ages_left_out(read, _first_change(read, text)):
                first, last = complement_of_ages(age_range.first, age_range.last)
                closed = (first, last) == (age_range.first, age_range.last)
                # a closed range left out ("excluding teenagers") has no one-range complement:
                # it is left to the exclusion of the group named with it, and said
                if closed:
                    unkept_ages = age_range
                age_range = None if closed else AgeRange(first, last, age_range.text)
        least_visits, max_visits, text = read_visit_cap(text)
        min_visits, text = read_visit_frequency(text)
        min_visits = min_visits or least_visits
        per_patient, text = read_per_qualified_patient(text)
        year_shift, text = read_year_shift(text)
        periods, text = self.periods.read(without_restated_days(text))
        vague, text = read_vague_period(text)
        periods = [replace(r, text=question[r.start : r.end]) for r in periods]
        ranked_unit = RANKED_PERIODS.search(text)  # «в какие три месяца…»: months, ranked
        if ranked_unit is not None:
            unit = ranked_unit.group(1)
            reading_unit = (
                Dimension.QUARTER if unit.startswith(("квартал", "quarter")) else (Dimension.MONTH)
            )
        limit, top_said, text = read_limit(text)
        text = without_all_but(text)
        text = ONCE.sub(lambda match: BARRIER * len(match.group(0)), text)
        text = NOT_THIS_BUT.sub(lambda match: BARRIER * len(match.group(0)), text)
        tokens, glued = self._negations_written_in(tokenize_text(text))
        mentions, leftover = self.matcher.exact(question, text, tokens)
        excluded = find_exclusions(text, tokens, mentions, code_readings, glued)
        chapters, excluded_numerals = excluded_chapters(normalized, chapters)
        left_out = (*excluded.mentions, *excluded.glossed, *excluded.absorbed)
        mentions = [m for m in mentions if m not in left_out]
        code_readings = [c for c in code_readings if c not in excluded.codes]
        reading = _Reading(question, tokens, mentions, chapters=chapters)
        if unkept_ages is not None:
            unkept_note = _unkept_ages_note(unkept_ages)
            reading.notes.append(unkept_note)
        if diagnosis_is_the_whole(text, tokens, mentions, code_readings):
            reading.fields["diagnosis_is_the_whole"] = True
        named_periods = [r for r in periods if not r.all_time]
        one_period = named_periods[0].start if len(named_periods) == 1 else None
        share_part = part_named_after_copula(text, tokens, mentions, age_start, one_period)
        if share_part is not None:
            reading.fields["share_part"] = share_part
        if share_part == "period":  # "of all COVID visits over the whole period, … in 2022"
            periods = named_periods
        self._codes(reading, code_readings)
        self._leftovers(reading, text, _unglossed(leftover, reading.tokens, text, code_readings))
        if reading.ignored:
            reading.notes.append(_ignored_note(reading.ignored))
        reading.on_topic = bool(
            code_readings or chapters or ages or age_range or periods or limit or excluded.codes
        )
        if limit is not None:
            reading.fields["limit"] = limit
            if ranked_unit is not None:
                reading.fields["dimension"] = reading_unit
        reading.fields.update(_baseline(normalized, tokens, reading.mentions, periods))
        if min_visits is not None:
            reading.fields["min_visits"] = min_visits
        if max_visits is not None:
            reading.fields["max_visits"] = max_visits
        if per_patient:
            reading.fields["per_patient"] = True
        if age_bands is not None:
            reading.fields.update(age_bands=age_bands, dimension=Dimension.AGE_GROUP)
        if names_every_one(normalized):
            reading.fields["every_department"] = True
        if year_shift is not None:
            reading.fields["year_shift"] = year_shift
        dearest = DEAREST_ONE.search(normalized)
        if dearest is not None:
            dearer = dearest["max"] or dearest["charge"]
            reading.fields.update(family=Family.COST, extreme="max" if dearer else "min")
        if COST_TOGETHER.search(normalized):
            reading.fields["cost"] = "total"
        if SHARE_SIGN.search(normalized):  # "What % of visits…"
            reading.fields["family"] = Family.SHARE
        builder = SlotsBuilder(
            reading.fields, reading.issues, reading.notes, self.data_start, self.data_end
        )
        builder.add_periods(periods)
        period = builder.fields.get("period")
        dated = period is not None and (
            period.start.day != 1 or (period.end + timedelta(days=1)).day != 1
        )  # "the May holidays, 1 to 10 May 2025": the days are said, nothing to ask
        if vague is not None and not dated:  # "the 2023 flu season": which dates?
            kind, words = vague
            reading.issues.append(
                vague_period_issue(kind, words, period, self.data_start, self.data_end)
            )
        builder.add_mentions(
            reading.mentions,
            top_said=top_said,
            people_named=people_by_age,
            tokens=tokens,
            written=normalized,
        )
        builder.add_diagnoses(reading.codes, reading.chapters)
        builder.add_ages(ages)
        if age_range is not None:
            builder.add_age_range(age_range.first, age_range.last)
        builder.add_exclusions(
            excluded.mentions,
            [code for found in excluded.codes for code in found.codes],
            chapters=excluded_numerals,
            tokens=tokens,
        )
        unnamed = UNNAMED_PLACES.search(normalized)
        if unnamed is not None and not builder.fields.get("places"):
            reading.issues.append(issues.unnamed_places(question[unnamed.start() : unnamed.end()]))
        slots = builder.build(
            language or detect_language(question), on_topic=reading.on_topic or builder.on_topic
        )
        if unkept_ages is not None and _ages_already_out(slots, unkept_ages):
            slots.notes[:] = [n for n in slots.notes if n != unkept_note]
        return self._department_written_as_a_name(question, slots)

    def _department_written_as_a_name(self, question: str, slots: Slots) -> Slots:
        """ "Total billed by Infectious Diseases": a department's name in title case, where
        the lower-case words are the ICD-10 chapter (two blind oracles read it so)."""
        named = TITLE_CASE_DEPARTMENT.search(question)
        chapter = CHAPTERS[0].label  # I. Certain infectious and parasitic diseases
        if named is None or slots.chapter != chapter or slots.department is not None:
            return slots
        if self.catalog.department(named.group(0)) is None:
            return slots
        return slots.model_copy(update={"chapter": None, "department": named.group(0)})

    def _negations_written_in(self, tokens: list[Token]) -> tuple[list[Token], list[int]]:
        """«неэкстренных», «нестационарные»: «не» written into a word the lexicon knows
        without it is an exclusion of that word's sense; the token becomes the word."""
        glued: list[int] = []
        index = self.lexicon.by_first_stem
        for i, token in enumerate(tokens):
            rest = token.text[len(NEGATION) :]
            if not token.text.startswith(NEGATION) or len(rest) < 4 or token.stem in index:
                continue
            rest_stem = stem_word(rest)
            senses = [s for t in index.get(rest_stem, ()) if len(t.stems) == 1 for s in t.senses]
            if any(isinstance(s, NEGATABLE) for s in senses):
                start = token.start + len(NEGATION)
                tokens[i] = replace(token, text=rest, stem=rest_stem, start=start)
                glued.append(start)
        return tokens, glued

    def _codes(self, reading: _Reading, code_readings: list[CodeReading]) -> None:
        for found in code_readings:
            if found.codes:
                reading.codes.extend(found.codes)
                continue
            suggestions = [((code,), 0.5) for code in nearest_codes(found.text)]
            reading.issues.append(issues.unknown_diagnosis(found.text, suggestions))

    def _leftovers(self, reading: _Reading, text: str, leftover: list[int]) -> None:
        tokens = reading.tokens
        reading.ignored += [
            reading.question[tokens[i].start : tokens[i].end]
            for i in leftover
            if tokens[i].text.isdigit()
        ]  # a number nothing read ("between 45 and 60" unread) is named, never dropped
        content = [i for i in leftover if _is_content(tokens[i])]
        position = 0
        while position < len(content):
            index = content[position]
            for size in (3, 2, 1):
                run = content[position : position + size]
                if run != list(range(index, index + size)):
                    continue
                if not adjacent(tokens, text, index, index + size - 1):
                    continue
                if size == 1 and len(tokens[index].text) < 4:
                    continue
                if self._accept_fuzzy(reading, index, index + size - 1):
                    position += size
                    break
            else:
                if not self._misspelt_cue(reading, index):
                    self._unmatched(reading, index)
                position += 1

    def _accept_fuzzy(self, reading: _Reading, first: int, last: int) -> bool:
        tokens = reading.tokens
        stems = " ".join(token.stem for token in tokens[first : last + 1])
        matches = self.matcher.fuzzy(stems, limit=1)
        if not matches or matches[0].score < ACCEPT:
            spelt = self.matcher.misspelt_word(tokens[first].text) if first == last else None
            if spelt is None:
                return False
            matches = [spelt]
        match = matches[0]
        words = reading.question[tokens[first].start : tokens[last].end]
        reading.mentions.append(Mention(match.term.senses, first, last, words, match.score))
        label_en, label_ru = _labels(match.term.senses[0])
        reading.notes.append(
            Note(
                slot=_slot_of(match.term.senses[0]),
                text_en=f"“{words}” was read as {label_en}.",
                text_ru=f"«{words}» понято как {label_ru}.",
            )
        )
        return True

    def _misspelt_cue(self, reading: _Reading, index: int) -> bool:
        """A word one letter away from a word that says what to compute («стоимасть»,
        "avrage"), taken for it and stated. Never a word the dictionary knows, a function
        word or a short one: "cost" and "most" are both words, and so are «мест» and «мяс»."""
        token = reading.tokens[index]
        if len(token.text) < TYPO_MIN_LENGTH or token.function or is_known_word(token.text):
            return False
        russian = has_cyrillic(token.text)
        close = [
            (word, stem)
            for stem, word in self.cue_words.items()
            if stem[0] == token.stem[0] and _one_slip(token.stem, stem, substitution=russian)
        ]
        if len(close) != 1:
            return False
        word, stem = close[0]
        term = next(t for t in self.lexicon.by_first_stem[stem] if len(t.stems) == 1)
        words = reading.question[token.start : token.end]
        reading.mentions.append(Mention(term.senses, index, index, words, 0.9))
        reading.notes.append(
            Note(
                slot="typo",
                text_en=f"“{words}” was read as “{word}”.",
                text_ru=f"«{words}» понято как «{word}».",
            )
        )
        return True

    def _clipped_city(self, reading: _Reading, index: int, words: str) -> bool:
        """A city said by the start of its name ("yekat", «новосиб»), when only one fits."""
        token = reading.tokens[index]
        if len(token.text) < CLIPPED_MIN_LENGTH:
            return False
        fits = {place for name, place in self.city_names if name.startswith(token.text)}
        if len(fits) != 1 or "/" in next(iter(fits)):  # a district fits too: asked
            return False
        city = fits.pop()
        place = Place(city=city)
        reading.mentions.append(Mention((PlaceSense(city),), index, index, words, 0.9))
        reading.notes.append(
            Note(
                slot="places",
                text_en=f"“{words}” was read as {place_label(place, 'en')}.",
                text_ru=f"«{words}» понято как {place_label(place, 'ru')}.",
            )
        )
        return True

    def _unmatched(self, reading: _Reading, index: int) -> None:
        """An unknown word becomes an issue only where a place or a diagnosis is expected.

        "in Tokyo" and «в Самаре» stand where places do, "ulcer visits" and «с язвой»
        where diagnoses do; a stray word elsewhere is not asked about but is named in the
        answer as not used, so a misreading shows.
        """
        tokens = reading.tokens
        token = tokens[index]
        words = reading.question[token.start : token.end]
        previous = tokens[index - 1].text if index > 0 else ""
        following = tokens[index + 1].stem if index + 1 < len(tokens) else ""
        sentence_start = re.search(r"[.!?]\s*$", reading.question[: token.start]) is not None
        place_slot = previous in PLACE_CONTEXT or (
            index > 0 and words[:1].isupper() and not sentence_start
        )
        diagnosis_slot = (
            previous in DIAGNOSIS_CONTEXT
            or following in COUNTED_STEMS
            or token.text.endswith(DISEASE_ENDINGS)
        )
        if diagnosis_slot:
            self._unknown_diagnosis(reading, index, words)
        elif place_slot and self._clipped_city(reading, index, words):
            return
        elif place_slot:
            suggestions = [m for m in self.matcher.fuzzy(token.stem, limit=6) if m.score >= SUGGEST]
            places = [
                (Place(city=s.city, district=s.district), m.score)
                for m in suggestions
                for s in m.term.senses
                if isinstance(s, PlaceSense)
            ]
            reading.issues.append(issues.unknown_place(words, places[:3]))
        else:
            reading.ignored.append(words)

    def _unknown_diagnosis(self, reading: _Reading, index: int, words: str) -> None:
        token = reading.tokens[index]
        codes = self.lexicon.title_words.get(token.stem, frozenset())
        if len(codes) == 1:
            reading.mentions.append(
                Mention((_title_sense(next(iter(codes))),), index, index, words, 0.8)
            )
            return
        if 1 < len(codes) <= 6:
            reading.issues.append(issues.ambiguous_diagnosis(words, [[c] for c in sorted(codes)]))
            return
        close = [
            (s, m.score)
            for m in self.matcher.fuzzy(token.stem, limit=8, cutoff=0.3)
            for s in m.term.senses
            if _is_dx(s)
        ]
        reading.issues.append(issues.unknown_diagnosis(words, _dx_suggestions(close)))


NOT_THIS_BUT = re.compile(
    r"(?<!\w)(?:не|not)\s+(?:визит\w*|обращени\w*|пациент\w*|людей|visits|patients|people)"
    r"\s*,?\s+(?:а|but)(?!\w)"
)
"""«считать не визиты, а уникальных пациентов», "not visits but patients": only what follows
counts (the measure named first would win)."""
TITLE_CASE_DEPARTMENT = re.compile(r"\bInfectious Diseases\b(?!\s+(?:chapter|\())")
ONCE = re.compile(r"(?<!\w)once(?!\w)")
""" "once you drop…": its stem is "onc", Oncology's short name ("more than once" is read
before, as a number of visits)."""
DEAREST_ONE = re.compile(
    r"(?<!\w)(?:(?P<max>most\s+expensive|priciest|costliest|dearest|самый\s+дорогой|"
    r"самого\s+дорогого)|(?P<min>cheapest|least\s+expensive|самый\s+дешевый|самого\s+дешевого))"
    r"\s+(?:single\s+|one\s+)?(?:[\w-]+\s+){0,2}?(?:visit|appointment|admission|визит|визита|"
    r"прием|приема)(?!\w)"
    r"|(?<!\w)(?P<charge>highest|largest|biggest|max(?:imum)?)\s+single[\s-]visit\s+"
    r"(?:charge|cost|bill|price)(?!\w)"
)
""""the most expensive single Surgery visit": one visit's cost, the dearest (or cheapest)."""
COST_TOGETHER = re.compile(
    r"(?<!\w)(?:сколько|во\s+сколько)\s+(?:стоили|обошлись)\s+(?:все\s+)?(?:[\w-]+\s+)?"
    r"(?:визиты|обращения|госпитализации|приемы|посещения|случаи)(?!\w)"
    r"|(?<!\w)how\s+much\s+did\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:visits|admissions|appointments|hospitali[sz]ations|stays)\s+(?:\w+\s+){0,4}?cost(?!\w)"
)
"""«Сколько стоили визиты…», "how much did visits to Therapy cost": what they cost together
(the lemma matcher cannot tell «стоили» from «стоил визит», one visit's cost)."""
SHARE_SIGN = re.compile(
    r"(?<!\w)(?:what|which|wat|wot|wht|how\s+many|какой|какая|какую|скока|сколько)\s+%"
    r"|(?<!\w)as\s+an?\s+%\s+of"
)
""""What % of visits were…": the sign said for the word "percent"."""
RANKED_PERIODS = re.compile(
    r"(?<!\w)(?:какие|каких|which|what|the)\s+"
    + NUMBER
    + r"\s+(месяц\w*|квартал\w*|months|quarters)"
)
"""A number of months or quarters asked for, ranked: «в какие три месяца», "which 3 months"."""
UNNAMED_PLACES = re.compile(
    r"(?<!\w)(?:(?:the|these|those)\s+(?:two|2|three|3)\s+|both\s+)(?:cities|districts)(?!\w)"
    r"(?!\s+(?:with|that|which|where)\s)|"  # "the two cities with the fewest…" are a top 2
    r"(?<!\w)(?:эти|этих|оба|обоих|обе|обеих)\s+(?:(?:два|двух|три|трех)\s+)?"
    r"(?:город\w*|район\w*)"
)
"""Places referred to but not named ("the two cities", «эти два города»): asked which."""
NEGATION = "не"
NEGATABLE = (VisitTypeSense, DepartmentSense)
COMPARED_WITH = re.compile(
    r"(?<!\w)(?:than|compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?|"
    r"against|relative\s+to|чем|по\s+сравнению\s+со?|в\s+сравнении\s+со?|относительно|"
    r"против)(?!\w)"
)
"""What precedes the side another is measured against ("than Kazan", «по сравнению с 2021»)."""


def _baseline(
    text: str, tokens: list[Token], mentions: list[Mention], periods: list[PeriodReading]
) -> dict[str, bool]:
    """Which of two sides is the baseline, when a marker says so (else the defaults: the
    second named, or the earlier period)."""
    marker = COMPARED_WITH.search(text)
    if marker is None:
        return {}
    found: dict[str, bool] = {}
    named = [p for p in periods if p.period is not None]
    after = [p for p in named if p.start >= marker.end()]
    if len(named) == 2 and after and after[0].period is not None:
        found["baseline_later"] = after[0].period.start == max(
            p.period.start for p in named if p.period is not None
        )
    sides = sorted(
        (m for m in mentions if isinstance(m.senses[0], PlaceSense | DepartmentSense)),
        key=lambda m: m.first,
    )
    if len(sides) >= 2:
        found["baseline_first"] = tokens[sides[0].first].start >= marker.end()
    return found


TYPO_MIN_LENGTH = 5
CLIPPED_MIN_LENGTH = 5


def _one_slip(typed: str, meant: str, *, substitution: bool) -> bool:
    """One letter left out, added or swapped with its neighbour; one letter replaced only
    where a dictionary has ruled out a real word (Russian): "leaving" is not "leading"."""
    if Levenshtein.distance(typed, meant) == 1:
        return substitution or len(typed) != len(meant)
    if len(typed) != len(meant) or sorted(typed) != sorted(meant):
        return False
    differ = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    return len(differ) == 2 and differ[1] == differ[0] + 1


def _city_names(catalog: Catalog) -> list[tuple[str, str]]:
    """Every name of every city and district, lower case, in both scripts: (name, place);
    a district's place is "city/district", so a clipped name that fits one is not a city."""
    names = []
    for city in catalog.cities:
        places = [(city.value, (city.value, city.name_en, city.name_ru, *city.aliases))]
        places += [
            (f"{city.value}/{d.value}", (d.value, d.name_en, d.name_ru, *d.aliases))
            for d in city.districts
        ]
        for place, spellings in places:
            for name in spellings:
                lowered = normalize(name)
                names += [(lowered, place), (to_latin(lowered).lower(), place)]
    return names


def _cue_words() -> dict[str, str]:
    """Stems of the one-word phrases that say what to compute, with a phrase for each."""
    words: dict[str, str] = {}
    for phrases, cues in CUES:
        if any(cue.kind in ("off_topic", "absent") for cue in cues):
            continue
        for phrase in phrases:
            stems = stems_of(phrase)
            if len(stems) == 1 and len(stems[0]) >= TYPO_MIN_LENGTH - 1:
                words.setdefault(stems[0], phrase)
    return words


def _ignored_note(words: list[str]) -> Note:
    en = ", ".join(f"“{word}”" for word in words)
    ru = ", ".join(f"«{word}»" for word in words)
    return Note(slot="ignored", text_en=f"Not used: {en}.", text_ru=f"Не учтено: {ru}.")


def _is_content(token: Token) -> bool:
    return (
        not token.text.isdigit()
        and not token.function
        and token.stem not in STOPWORDS
        and len(token.text) > 1
    )


def _is_dx(sense: Sense) -> bool:
    return isinstance(sense, DiagnosisSense)


def _dx_suggestions(found: list[tuple[Sense, float]]) -> list[tuple[list[str], float]]:
    seen: list[tuple[list[str], float]] = []
    for sense, score in found:
        assert isinstance(sense, DiagnosisSense)
        if all(codes != list(sense.codes) for codes, _ in seen):
            seen.append((list(sense.codes), score))
    return seen[:3]


def _title_sense(code: str) -> DiagnosisSense:
    return DiagnosisSense((code,), code, code)


def _slot_of(sense: Sense) -> str:
    if isinstance(sense, PlaceSense):
        return "places"
    if isinstance(sense, DiagnosisSense):
        return "codes"
    if isinstance(sense, ChapterSense):
        return "chapter"
    if isinstance(sense, VisitTypeSense):
        return "visit_type"
    return "department"


def _labels(sense: Sense) -> tuple[str, str]:
    """How a fuzzily matched name is stated back; only entity senses are matched fuzzily."""
    if isinstance(sense, PlaceSense):
        place = Place(city=sense.city, district=sense.district)
        return place_label(place, "en"), place_label(place, "ru")
    if isinstance(sense, DiagnosisSense):
        return diagnosis_label(sense.codes, None, "en"), diagnosis_label(sense.codes, None, "ru")
    if isinstance(sense, ChapterSense):
        return diagnosis_label((), sense.label, "en"), diagnosis_label((), sense.label, "ru")
    if isinstance(sense, DepartmentSense):
        return sense.name, department_label(sense.name, "ru")
    if isinstance(sense, VisitTypeSense):
        entry = VISIT_TYPES_BY_NAME[sense.name]
        return f"{entry.name} visits", f"{entry.name_ru} визиты"
    raise TypeError(f"{sense!r} is not matched fuzzily")


GLOSS_OPENING = re.compile(r"\s*\($")


def _unglossed(
    leftover: list[int], tokens: Sequence[Token], text: str, codes: Sequence[CodeReading]
) -> list[int]:
    """The words left over but those naming a code written after them in brackets: «с
    воспалительными полиартропатиями (M05–M14)» needs no question about the words."""
    named: set[int] = set()
    for code in codes:
        before = [i for i in leftover if tokens[i].end <= code.start]
        if not before or not GLOSS_OPENING.fullmatch(text[tokens[before[-1]].end : code.start]):
            continue
        run = [before[-1]]
        while len(run) < 3 and run[-1] - 1 in before:
            run.append(run[-1] - 1)
        named.update(run)
    return [i for i in leftover if i not in named]


def _first_change(before: str, after: str) -> int:
    """Where a reader blanked ``before`` into ``after``: the start of what it read."""
    return next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), 0)


def _ages_already_out(slots: Slots, ages: AgeRange) -> bool:
    """«исключая детей и подростков»: the teenagers are out with the children."""
    assert ages.first is not None and ages.last is not None
    return (slots.age_min is not None and slots.age_min > ages.last) or (
        slots.age_max is not None and slots.age_max < ages.first
    )


def _unkept_ages_note(ages: AgeRange) -> Note:
    """Ages left out from the middle ("excluding teenagers") cannot be one range: said."""
    span = f"{ages.first}–{ages.last}"
    return Note(
        slot="age",
        text_en=f"Leaving out ages {span} alone is not possible here; those ages are counted.",
        text_ru=f"Исключить только возраст {span} нельзя; эти возрасты учтены.",
    )
