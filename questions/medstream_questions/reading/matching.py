"""Finding the lexicon's phrases in a question: exact stems first, then fuzzy matches.

Exact matching is greedy and longest-first, so «инфекционное отделение» is a department
and not the chapter «инфекционные болезни» plus a word. Words left over are compared with
every name the lexicon knows (rapidfuzz ratio over stems); the score is the confidence.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

from medstream_questions.reading.lexicon import (
    ENTITY_SENSES,
    LONG_WORD,
    DepartmentSense,
    Lexicon,
    PlaceSense,
    Sense,
    Term,
)
from medstream_questions.text import Token

BARRIER = "|"
"""Marks text already read by a regex rule (a period, a code); phrases never span it."""

ACCEPT = 0.85
"""A fuzzy match this close is taken, and stated as an assumption ("Moskow" → Moscow)."""

SUGGEST = 0.70
SPELT = 0.88
"""How close a long word must be to a name as written to be taken for it."""
"""Closer than this but below ``ACCEPT``, the match is offered as a question instead."""


@dataclass(frozen=True, slots=True)
class Mention:
    senses: tuple[Sense, ...]
    first: int
    last: int
    text: str
    confidence: float = 1.0

    @property
    def exact(self) -> bool:
        return self.confidence >= 1.0


@dataclass(frozen=True, slots=True)
class FuzzyMatch:
    term: Term
    score: float


def _same(token: Token, stem: str, *, latin: bool = False) -> bool:
    return token.stem == stem or token.text == stem or (latin and token.latin == stem)


def _names(term: Term) -> bool:
    return any(isinstance(sense, ENTITY_SENSES) for sense in term.senses)


def _latin_named(term: Term) -> bool:
    """A place or department: the data may name it only in Latin letters («Алматы», Almaty)."""
    return all(isinstance(sense, PlaceSense | DepartmentSense) for sense in term.senses)


def adjacent(tokens: Sequence[Token], text: str, first: int, last: int) -> bool:
    """Tokens ``first..last`` follow each other with no barrier between them."""
    return all(BARRIER not in text[tokens[i].end : tokens[i + 1].start] for i in range(first, last))


def span_text(question: str, tokens: Sequence[Token], first: int, last: int) -> str:
    return question[tokens[first].start : tokens[last].end]


class PhraseMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def exact(
        self, question: str, text: str, tokens: Sequence[Token]
    ) -> tuple[list[Mention], list[int]]:
        """Mentions found, longest first from left to right, and the indices of other tokens."""
        mentions: list[Mention] = []
        leftover: list[int] = []
        i = 0
        while i < len(tokens):
            term = self._longest_at(text, tokens, i)
            if term is None:
                leftover.append(i)
                i += 1
                continue
            last = i + len(term.stems) - 1
            mentions.append(Mention(term.senses, i, last, span_text(question, tokens, i, last)))
            i = last + 1
        return mentions, leftover

    def _longest_at(self, text: str, tokens: Sequence[Token], i: int) -> Term | None:
        token = tokens[i]
        index = self.lexicon.by_first_stem
        candidates = [*index.get(token.stem, ()), *index.get(token.text, ())]
        romanized = (
            [t for t in index.get(token.latin, ()) if _latin_named(t)] if token.latin else []
        )
        for term in sorted([*candidates, *romanized], key=lambda t: len(t.stems), reverse=True):
            size = len(term.stems)
            if i + size > len(tokens) or not adjacent(tokens, text, i, i + size - 1):
                continue
            latin = _latin_named(term)
            if not all(_same(tokens[i + j], term.stems[j], latin=latin) for j in range(size)):
                continue
            if all(tokens[i + j].function for j in range(size)) and _names(term):
                continue  # «от» is a preposition, even if some name's stem is «от» too
            return term
        return None

    def misspelt_word(self, word: str) -> FuzzyMatch | None:
        """A long word one or two letters from a one-word name as written ("emergncy")."""
        if len(word) < LONG_WORD:
            return None
        found = process.extractOne(
            word, self.lexicon.spelt_words.keys(), scorer=fuzz.ratio, score_cutoff=SPELT * 100
        )
        if found is None:
            return None
        key, ratio, _ = found
        return FuzzyMatch(self.lexicon.spelt_words[key], ratio / 100)

    def fuzzy(self, stems: str, *, limit: int = 5, cutoff: float = 0.5) -> list[FuzzyMatch]:
        """The entity names closest to ``stems``, best first, scored 0–1.

        Candidates come from rapidfuzz's C ratio; the score blends it with Jaro–Winkler,
        which forgives a typo near the end of a name more than one at its start ("Moskow").
        """
        found = process.extract(
            stems,
            self.lexicon.fuzzy_keys,
            scorer=fuzz.ratio,
            limit=max(limit, 10),
            score_cutoff=cutoff * 80,
        )
        scored = [
            FuzzyMatch(
                self.lexicon.entity_terms[index],
                (ratio + JaroWinkler.normalized_similarity(stems, key) * 100) / 200,
            )
            for key, ratio, index in found
        ]
        scored.sort(key=lambda match: match.score, reverse=True)
        return [match for match in scored if match.score >= cutoff][:limit]
