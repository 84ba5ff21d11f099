"""Transient outages are waited out; other failures are retried a bounded number of times."""

from medstream_shared.kafka.retry import RetryBudget, is_transient
from pymongo.errors import ServerSelectionTimeoutError


def test_outages_are_transient_and_bugs_are_not() -> None:
    assert is_transient(ServerSelectionTimeoutError("no primary"))
    assert is_transient(ConnectionRefusedError())
    assert not is_transient(KeyError("missing field"))


def test_permanent_failures_stop_after_the_configured_attempts() -> None:
    budget = RetryBudget(attempts=3, transient_seconds=60, base_delay=0)

    decisions = [budget.should_retry(ValueError("bad")) for _ in range(3)]

    assert decisions == [True, True, False]


def test_transient_failures_are_retried_until_the_time_budget_is_spent() -> None:
    waiting = RetryBudget(attempts=1, transient_seconds=60, base_delay=0)
    spent = RetryBudget(attempts=1, transient_seconds=0, base_delay=0)

    assert all(waiting.should_retry(ServerSelectionTimeoutError("down")) for _ in range(50))
    assert not spent.should_retry(ServerSelectionTimeoutError("down"))


def test_redis_outages_are_transient_once_redis_is_loaded() -> None:
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    assert is_transient(RedisConnectionError("refused"))
    assert is_transient(RedisTimeoutError("slow"))


def test_the_transient_errors_tuple_holds_redis_errors_for_code_that_catches_them() -> None:
    from medstream_shared.kafka.retry import TRANSIENT_ERRORS
    from redis.exceptions import ConnectionError as RedisConnectionError

    assert RedisConnectionError in TRANSIENT_ERRORS
    assert ServerSelectionTimeoutError in TRANSIENT_ERRORS
