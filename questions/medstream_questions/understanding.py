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

    def plan(self, question: str, language: Language | None = None) -> QueryPlan:
        """A plan with no questions asked: open issues are settled by stated assumptions."""
        decision = self.decide(self.read(question, language), final=True)
        if isinstance(decision, OutOfScope):
            raise OutOfScopeQuestion(question)
        assert isinstance(decision, Planned)
        return decision.plan
