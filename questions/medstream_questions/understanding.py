"""One object that reads questions and decides on them, configured with the data's dates."""

from datetime import date

from medstream_questions.decide import Decision, OutOfScope, Planned, Planner
from medstream_questions.parse import QuestionParser
from medstream_questions.plan import QueryPlan
from medstream_questions.slots import Slots
from medstream_questions.text import Language


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
        """A follow-up read against the question before it: «А в Москве?», "same for 2024".

        The previous question's slots stay; the follow-up changes only what it names. A
        grouping named alone ("and by department?") regroups the same numbers, so it drops
        the previous question's family (a count becomes a top list by department).
        """
        before = self.read(previous)
        after = self.read(question, before.language)
        said = after.said()
        if "dimension" in said and "family" not in said:
            before = before.model_copy(update={"family": None})
        return self.decide(before.merged(after), final=final)

    def plan(self, question: str, language: Language | None = None) -> QueryPlan:
        """A plan with no questions asked: open issues are settled by stated assumptions."""
        decision = self.decide(self.read(question, language), final=True)
        if isinstance(decision, OutOfScope):
            raise OutOfScopeQuestion(question)
        assert isinstance(decision, Planned)
        return decision.plan
