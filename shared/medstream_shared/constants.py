"""Names that are part of the public contract: topics, event types, session statuses.

Kept in one module so that a rename is one diff and every service agrees on spelling.
"""

from enum import StrEnum


class Topic(StrEnum):
    """Topic suffixes; the full name is ``<prefix><suffix>`` (see ``MedstreamSettings.topic``)."""

    REQUESTS = "requests"
    CLARIFICATIONS = "clarifications"
    ANALYTICS_TASKS = "tasks.analytics"
    RESULTS = "results"
    REPORTS = "reports"
    CATALOG = "catalog"
    VISITS = "visits"
    ALERTS = "alerts"


COMPACTED_TOPICS = frozenset({Topic.CATALOG, Topic.VISITS})
"""Topics where only the newest event per key matters: kept by key, not by time.

``visits`` is compacted by visit id, so the topic stays a complete, bounded copy of every
live visit: a new analytics replica rebuilds from the base warehouse plus the topic."""


DEAD_LETTER_SUFFIX = ".dlq"

SERVICE_TOPICS: dict[str, tuple[Topic, ...]] = {
    "gateway": (
        Topic.REQUESTS,
        Topic.CLARIFICATIONS,
        Topic.ANALYTICS_TASKS,
        Topic.RESULTS,
        Topic.REPORTS,
        Topic.ALERTS,
    ),
    "router": (Topic.REQUESTS,),
    "analytics": (Topic.ANALYTICS_TASKS,),
    "reports": (Topic.REQUESTS,),
    "surveillance": (Topic.VISITS,),
}
"""The topics each service's consumer group reads (its lag is measured on these)."""


class EventType(StrEnum):
    QUERY_SUBMITTED = "medstream.query.submitted"
    FEEDBACK_SUBMITTED = "medstream.feedback.submitted"
    REPORT_REQUESTED = "medstream.report.requested"
    CLARIFICATION_REQUESTED = "medstream.clarification.requested"
    QUERY_ROUTED = "medstream.query.routed"
    QUERY_COMPLETED = "medstream.query.completed"
    QUERY_FAILED = "medstream.query.failed"
    REPORT_GENERATED = "medstream.report.generated"
    REPORT_FAILED = "medstream.report.failed"
    CATALOG_CHANGED = "medstream.catalog.changed"
    VISIT_RECORDED = "medstream.visit.recorded"
    SURVEILLANCE_ALERT = "medstream.surveillance.alert"


class Role(StrEnum):
    """What an API key or token may do beyond asking for aggregates (docs/gateway.md)."""

    PATIENT_DATA = "patient-data"
    """May see columns that identify a patient and counts below the privacy threshold."""


class SessionStatus(StrEnum):
    CREATED = "created"
    ROUTER_PROCESSING = "router_processing"
    WAITING_FEEDBACK = "waiting_feedback"
    QUERY_PROCESSING = "query_processing"
    COMPLETED = "completed"
    ERROR = "error"


FINAL_STATUSES = frozenset({SessionStatus.COMPLETED, SessionStatus.ERROR})

SCHEMA_BASE_URL = "https://medstream.dev/schemas/events"
