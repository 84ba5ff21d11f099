"""One object that reads questions and decides on them, configured with the data's dates."""

import re
from datetime import date

from medstream_questions.decide import Decision, OutOfScope, Planned, Planner
from medstream_questions.parse import QuestionParser
from medstream_questions.plan import QueryPlan
from medstream_questions.slots import Slots
from medstream_questions.text import Language

FOLLOW_UP_OPENING = re.compile(
    r"^\s*(?:and|but|what\s+about|how\s+about|same|the\s+same|now|а|и|ну\s+а|а\s+что|"
    r"как\s+насч[её]т|то\s+же|тоже|теперь)(?!\w)",
    re.IGNORECASE,
)
FOLLOW_UP_WORDS = 6
"""A question this short that names no family of its own reads as a follow-up."""


class OutOfScopeQuestion(ValueError):
    """The question is not about the data the suite holds."""


class Understanding:
    def __init__(self, *, data_start: date, data_end: date) -> None:
        self.parser = QuestionParser(data_start=data_start, data_end=data_end)
        self.planner = Planner(data_start=data_start, data_end=data_end)

    def read(self, question: str, language: Language | None = None) -> Slots:
        return self.parser.parse(question, language)

    def decide(self, slots: Slots, *, final: bool = False) -> Decision:
        return self.planner.decide(slots, final=final)

    def follow_up(self, previous: str, question: str, *, final: bool = False) -> Decision:
        """A follow-up read against the question before it: «А в Москве?», "same for 2024"."""
        before = self.read(previous)
        return self.decide(continued(before, self.read(question, before.language)), final=final)

    def plan(self, question: str, language: Language | None = None) -> QueryPlan:
        """A plan with no questions asked: open issues are settled by stated assumptions."""
        decision = self.decide(self.read(question, language), final=True)
        if isinstance(decision, OutOfScope):
            raise OutOfScopeQuestion(question)
        assert isinstance(decision, Planned)
        return decision.plan


def is_follow_up(question: str, slots: Slots) -> bool:
    """Whether a question in a session continues the one before it.

    "And in Moscow?", «А по отделениям?», "same for 2024" open like a follow-up; a short
    question that says what to compute ("How many visits in Kazan?") is a question of its own.
    """
    if FOLLOW_UP_OPENING.match(question):
        return True
    short = len(question.split()) <= FOLLOW_UP_WORDS
    return short and not slots.said() & {"family", "cost"} and slots.on_topic


def continued(before: Slots, after: Slots) -> Slots:
    """The previous question's slots with only what the follow-up names changed.

    A grouping named alone ("and by department?") regroups the same numbers, so it drops
    the previous question's family (a count becomes a top list by department).
    """
    said = after.said()
    if "dimension" in said and "family" not in said:
        before = before.model_copy(update={"family": None, "limit": None})
    return before.merged(after)
