"""A chatty library's repeated lines are throttled; everyone else's pass untouched."""

import logging

import pytest
from medstream_shared import logging as medstream_logging
from medstream_shared.logging import RepeatThrottle


def record(name: str, msg: str = "Unable connect to node with id %s: %s") -> logging.LogRecord:
    return logging.LogRecord(name, logging.ERROR, __file__, 1, msg, (1, "refused"), None)


def test_repeats_within_the_window_are_dropped_then_counted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = iter([100.0, 100.1, 100.2, 111.0])
    monkeypatch.setattr(medstream_logging.time, "monotonic", lambda: next(clock))
    throttle = RepeatThrottle(("aiokafka",), seconds=10)

    kept = [throttle.filter(record("aiokafka")) for _ in range(4)]

    assert kept == [True, False, False, True]


def test_the_count_of_dropped_lines_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([0.0, 1.0, 2.0, 20.0])
    monkeypatch.setattr(medstream_logging.time, "monotonic", lambda: next(clock))
    throttle = RepeatThrottle(("aiokafka",), seconds=10)
    for _ in range(3):
        throttle.filter(record("aiokafka"))

    last = record("aiokafka")
    assert throttle.filter(last)
    assert "[2 more like this in the last 10 s]" in last.getMessage()


def test_other_loggers_and_other_messages_pass() -> None:
    throttle = RepeatThrottle(("aiokafka",), seconds=10)

    assert all(throttle.filter(record("medstream_gateway.live.feed")) for _ in range(5))
    assert throttle.filter(record("aiokafka", "one thing"))
    assert throttle.filter(record("aiokafka", "another thing"))
