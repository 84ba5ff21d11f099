"""Structured JSON logs for every service (structlog), one line per event.

Every line carries the service name; handlers bind ``session_id``, ``event_type`` and
``event_id`` through context variables so they appear on all lines logged while handling,
and every line logged inside a span carries its ``trace_id`` and ``span_id``, the ids a
tracing backend shows, so one session's lines can be found across all services. Records
from the standard library (uvicorn, aiokafka, pymongo) go through the same renderer, so a
log file holds JSON only.

Secrets never reach a line: values under secret-sounding keys are redacted, and so are
credentials embedded in any string (``scheme://user:password@host``, ``Bearer …``), which
is how they usually leak, inside an exception message.

aiokafka logs every failed reconnect and metadata refresh: while a broker is down and
sends are pending that is thousands of identical lines a second. Its records are throttled
to one per message per ``THROTTLE_SECONDS``, with the count of those left out.
"""

import logging
import re
import sys
import time
from collections import Counter
from typing import Any

import structlog
from structlog.typing import EventDict

from medstream_shared.telemetry import current_trace_ids

SECRET_MARKERS = ("password", "secret", "token", "api_key", "authorization", "mongo_url")
_URL_CREDENTIALS = re.compile(r"(?<=://)[^/\s:@]*:[^/\s@]+@")
_AUTH_HEADER = re.compile(r"\b([Bb]earer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}")
_TOKEN_PARAMETER = re.compile(r"([?&](?:access_token|api_key|token)=)[^&\s\"']+", re.IGNORECASE)
THROTTLED_LOGGERS = ("aiokafka",)
THROTTLE_SECONDS = 10.0


class RepeatThrottle(logging.Filter):
    """Lets a chatty library's message through once per window, then says how often it recurred."""

    def __init__(self, prefixes: tuple[str, ...], seconds: float) -> None:
        super().__init__()
        self.prefixes = prefixes
        self.seconds = seconds
        self._last: dict[tuple[str, str], float] = {}
        self._dropped: Counter[tuple[str, str]] = Counter()

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith(self.prefixes):
            return True
        key = (record.name, str(record.msg))
        now = time.monotonic()
        if now - self._last.get(key, -self.seconds) < self.seconds:
            self._dropped[key] += 1
            return False
        self._last[key] = now
        if dropped := self._dropped.pop(key, 0):
            record.msg = f"{record.msg} [{dropped} more like this in the last {self.seconds:g} s]"
        return True


def _drop_secrets(_: Any, __: str, event_dict: EventDict) -> EventDict:
    for key, value in list(event_dict.items()):
        if any(marker in key.lower() for marker in SECRET_MARKERS) and not _is_count(value):
            event_dict[key] = "[redacted]"
        elif isinstance(value, str):
            event_dict[key] = _scrub(value)
    return event_dict


def _scrub(text: str) -> str:
    text = _URL_CREDENTIALS.sub("[redacted]@", text)
    text = _TOKEN_PARAMETER.sub(r"\1[redacted]", text)
    return _AUTH_HEADER.sub(r"\1 [redacted]", text)


def _is_count(value: Any) -> bool:
    """Numbers are not secrets: ``prompt_tokens=812`` stays readable."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _add_trace_ids(_: Any, __: str, event_dict: EventDict) -> EventDict:
    ids = current_trace_ids()
    if ids is not None:
        event_dict.setdefault("trace_id", ids[0])
        event_dict.setdefault("span_id", ids[1])
    return event_dict


def configure_logging(service: str, level: str = "INFO") -> None:
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _add_trace_ids,
    ]
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(sys.stdout)
    handler.addFilter(RepeatThrottle(THROTTLED_LOGGERS, THROTTLE_SECONDS))
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[structlog.stdlib.add_logger_name, *shared],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                _drop_secrets,  # last, so it sees rendered tracebacks too
                structlog.processors.JSONRenderer(ensure_ascii=False),
            ],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("aiokafka", "pymongo", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    structlog.contextvars.bind_contextvars(service=service)


def get_logger(name: str) -> Any:
    return structlog.get_logger(name)
