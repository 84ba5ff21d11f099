"""Which model carries which event type, and on which topic it travels."""

from medstream_shared.constants import SCHEMA_BASE_URL, EventType, Topic
from medstream_shared.events import models

SCHEMA_VERSION = "v1"

MODELS: dict[EventType, type[models.EventData]] = {
    EventType.QUERY_SUBMITTED: models.QuerySubmitted,
    EventType.FEEDBACK_SUBMITTED: models.FeedbackSubmitted,
    EventType.REPORT_REQUESTED: models.ReportRequested,
    EventType.CLARIFICATION_REQUESTED: models.ClarificationRequested,
    EventType.QUERY_ROUTED: models.QueryRouted,
    EventType.QUERY_COMPLETED: models.QueryCompleted,
    EventType.QUERY_FAILED: models.QueryFailed,
    EventType.REPORT_GENERATED: models.ReportGenerated,
    EventType.REPORT_FAILED: models.ReportFailed,
    EventType.CATALOG_CHANGED: models.CatalogChanged,
    EventType.VISIT_RECORDED: models.VisitRecorded,
    EventType.SURVEILLANCE_ALERT: models.SurveillanceAlert,
}

TOPICS: dict[EventType, Topic] = {
    EventType.QUERY_SUBMITTED: Topic.REQUESTS,
    EventType.FEEDBACK_SUBMITTED: Topic.REQUESTS,
    EventType.REPORT_REQUESTED: Topic.REQUESTS,
    EventType.CLARIFICATION_REQUESTED: Topic.CLARIFICATIONS,
    EventType.QUERY_ROUTED: Topic.ANALYTICS_TASKS,
    EventType.QUERY_COMPLETED: Topic.RESULTS,
    EventType.QUERY_FAILED: Topic.RESULTS,
    EventType.REPORT_GENERATED: Topic.REPORTS,
    EventType.REPORT_FAILED: Topic.REPORTS,
    EventType.CATALOG_CHANGED: Topic.CATALOG,
    EventType.VISIT_RECORDED: Topic.VISITS,
    EventType.SURVEILLANCE_ALERT: Topic.ALERTS,
}

EVENT_TYPES: dict[type[models.EventData], EventType] = {m: t for t, m in MODELS.items()}


def schema_file_name(event_type: EventType) -> str:
    return f"{event_type.value}.{SCHEMA_VERSION}.json"


def schema_url(event_type: EventType) -> str:
    return f"{SCHEMA_BASE_URL}/{schema_file_name(event_type)}"
