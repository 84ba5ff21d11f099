"""The offline, rule-based report engine.

It needs no network and no model, so a report can always be produced, and it is a pure
function of the request: the same request gives the same report, which makes reports
reproducible and cacheable. Analysis (numbers and keys) is kept apart from composition (text
in the request's language) so that both languages say exactly the same thing.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from medstream_shared.events.models import Patient, ReportGenerated, ReportRequested

from . import concepts
from .allergies import allergy_conflicts
from .bands import SEVERITY_ORDER
from .findings import Observation, evaluate_bmi, evaluate_lab, evaluate_vitals
from .news2 import News2, news2
from .phrases import ACTIONS, RED_FLAGS, SEVERITIES, TEXT, Language, say, years
from .recommendations import recommend
from .red_flags import Context, RedFlag, red_flags
from .render import Rendered, render_flag, render_news2, render_observation

_MAX_LISTED = 5


@dataclass(frozen=True, slots=True)
class Analysis:
    """The language-neutral result of applying the rules to one request."""

    vitals: tuple[Observation, ...]
    others: tuple[Observation, ...]
    news2: News2 | None
    flags: tuple[RedFlag, ...]
    actions: tuple[str, ...]


def _most_severe_by_key(observations: Sequence[Observation]) -> dict[str, Observation]:
    chosen: dict[str, Observation] = {}
    for observation in observations:
        current = chosen.get(observation.key)
        if observation.interpreted and (
            current is None or observation.status.rank > current.status.rank
        ):
            chosen[observation.key] = observation
    return chosen


def analyse(request: ReportRequested) -> Analysis:
    """Evaluate findings, NEWS2, red flags and recommended actions for ``request``."""
    vitals = tuple(evaluate_vitals(request.vitals))
    bmi = evaluate_bmi(request.patient)
    labs = tuple(evaluate_lab(lab, request.patient.sex) for lab in request.labs)
    others = (bmi, *labs) if bmi is not None else labs
    symptoms = concepts.find(request.complaints, concepts.SYMPTOMS)
    history = concepts.find(request.history, concepts.HISTORY)
    medications = concepts.find(request.medications, concepts.MEDICATIONS)
    score = news2(request.vitals, new_confusion="confusion" in symptoms)
    context = Context(
        vitals=request.vitals,
        labs=_most_severe_by_key(labs),
        symptoms=symptoms,
        history=history,
        news2=score,
        allergy_conflicts=allergy_conflicts(request.allergies, request.medications),
    )
    flags = red_flags(context)
    actions = recommend(
        flags,
        (*vitals, *others),
        news2=score,
        treated_hypertension="antihypertensive" in medications or "hypertension" in history,
        has_hba1c=any(o.key == "hba1c" and o.interpreted for o in labs),
        adult=request.patient.age >= 18,
    )
    return Analysis(vitals, others, score, flags, actions)


def _listing(items: Sequence[str], language: Language) -> str:
    listed = ", ".join(items[:_MAX_LISTED])
    hidden = len(items) - _MAX_LISTED
    return f"{listed}, {say(TEXT, 'more_items', language, count=hidden)}" if hidden > 0 else listed


def _person(patient: Patient, language: Language) -> str:
    adult = patient.age >= 18
    noun = ("man" if adult else "boy") if patient.sex == "M" else ("woman" if adult else "girl")
    return say(
        TEXT,
        "person",
        language,
        age=patient.age,
        noun=say(TEXT, noun, language),
        years=years(patient.age, language),
    )


def _summary(request: ReportRequested, rendered: Sequence[Rendered], flags: int) -> str:
    language = request.language
    person = _person(request.patient, language)
    complaints = _listing(request.complaints, language)
    key = "with_complaints" if complaints else "no_complaints"
    sentences = [say(TEXT, key, language, person=person, items=complaints)]
    if request.history:
        sentences.append(say(TEXT, "history", language, items=_listing(request.history, language)))
    abnormal = sum(item.finding.out_of_range for item in rendered)
    counts = say(TEXT, "counts", language, abnormal=abnormal, total=len(rendered), flags=flags)
    return " ".join([*sentences, counts])


def _by_severity(items: Sequence[Rendered], language: Language) -> list[str]:
    """One sentence per severity level, most severe first: "Critical: A; B. High: C."."""
    sentences = []
    for severity in reversed(SEVERITY_ORDER):
        briefs = [item.brief for item in items if item.finding.severity == severity]
        if briefs:
            heading = say(SEVERITIES, severity, language)
            sentences.append(
                say(TEXT, "severity_group", language, severity=heading, items="; ".join(briefs))
            )
    return sentences


def _assessment(
    analysis: Analysis, rendered: Sequence[Rendered], language: Language, *, adult: bool
) -> str:
    """Red flags, then abnormal findings from most to least severe, then what was not read."""
    sentences = []
    titles = list(dict.fromkeys(say(RED_FLAGS, flag.key, language) for flag in analysis.flags))
    if titles:
        sentences.append(say(TEXT, "assessment_flags", language, items="; ".join(titles)))
    abnormal = [item for item in rendered if item.finding.out_of_range]
    if abnormal:
        sentences.append(say(TEXT, "assessment_findings", language))
        sentences.extend(_by_severity(abnormal, language))
    if not titles and not abnormal:
        sentences.append(say(TEXT, "assessment_normal", language))
    skipped = [item.finding.name for item in rendered if not item.interpreted]
    if skipped:
        sentences.append(say(TEXT, "assessment_uninterpreted", language, items=", ".join(skipped)))
    if not adult:
        sentences.append(say(TEXT, "assessment_paediatric", language))
    return " ".join(sentences)


class OfflineReportEngine:
    """Deterministic rule-based report engine: reference ranges, red-flag rules, NEWS2."""

    name = "offline-rules-v1"

    def generate(
        self, request: ReportRequested, *, report_id: str, created_at: datetime
    ) -> ReportGenerated:
        """Build the report for ``request``; a pure function of its arguments."""
        language = request.language
        analysis = analyse(request)
        patient = request.patient
        rendered = [render_observation(o, language, patient) for o in analysis.vitals]
        if analysis.news2 is not None:
            rendered.append(render_news2(analysis.news2, language))
        rendered.extend(render_observation(o, language, patient) for o in analysis.others)
        return ReportGenerated(
            report_id=report_id,
            request_id=request.request_id,
            user_id=request.user_id,
            language=language,
            created_at=created_at,
            summary=_summary(request, rendered, len(analysis.flags)),
            findings=[item.finding for item in rendered],
            assessment=_assessment(analysis, rendered, language, adult=patient.age >= 18),
            recommendations=[say(ACTIONS, action, language) for action in analysis.actions],
            red_flags=[render_flag(flag, language) for flag in analysis.flags],
            disclaimer=say(TEXT, "disclaimer", language),
            engine=self.name,
        )
