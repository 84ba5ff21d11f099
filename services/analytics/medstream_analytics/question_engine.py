"""The question engine in analytics, built when the first question without a plan arrives.

The router plans every question and sends the plan with it; analytics reads a question
itself only for an event from another backend that carries none. Building the engine
stems every name in the catalog into its lexicon, which loads pymorphy3's Russian
dictionaries: ~18 MB of the RSS of an idle analytics process that had never read a
question. Until such an event comes, only the catalog is made active (plan checks, the
answers' labels and the model's prompt read the active catalog).

The engine's modules are imported then too, not at start-up: ``understanding`` and the
parser bring rapidfuzz (its compiled matchers) and the reading rules, ~3 MB of RSS that
answering planned questions never uses (``tests/analytics/test_question_engine.py``).
"""

from typing import TYPE_CHECKING

from medstream_questions.catalog import Catalog, use_catalog
from medstream_questions.plan import QueryPlan
from medstream_shared.language import Language

if TYPE_CHECKING:
    from medstream_questions.understanding import Understanding


class UnderstandingOnDemand:
    """What analytics needs of :class:`Understanding`: ``use`` a catalog, ``plan`` a question."""

    def __init__(self, catalog: Catalog) -> None:
        self._engine: Understanding | None = None
        self.use(catalog)

    @property
    def built(self) -> bool:
        """Whether a question has been read here (and the engine holds its lexicon)."""
        return self._engine is not None

    def use(self, catalog: Catalog) -> None:
        """Read later questions against ``catalog``; an engine already built is rebuilt now."""
        self.catalog = catalog
        if self._engine is None:
            use_catalog(catalog)
        else:
            self._engine.use(catalog)

    def plan(self, question: str, language: Language | None = None) -> QueryPlan:
        if self._engine is None:
            from medstream_questions.understanding import Understanding

            self._engine = Understanding(self.catalog)
        return self._engine.plan(question, language)
