"""One backoff rule: exponential, capped, with equal jitter."""

from medstream_shared.backoff import backoff_delay


def test_the_wait_doubles_per_failure_within_its_jitter() -> None:
    for attempt, step in ((1, 0.1), (2, 0.2), (3, 0.4)):
        waits = [backoff_delay(attempt, 0.1, 10) for _ in range(200)]
        assert step / 2 <= min(waits) and max(waits) <= step
        assert max(waits) - min(waits) > step / 10  # jittered, not fixed


def test_the_wait_never_passes_the_ceiling() -> None:
    assert max(backoff_delay(30, 0.1, 2.0) for _ in range(100)) <= 2.0
