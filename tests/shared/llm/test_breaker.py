"""The circuit breaker opens on consecutive failures and lets one probe through later."""

import pytest
from medstream_shared.llm import CircuitBreaker


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_it_opens_after_n_consecutive_failures_only(clock: Clock) -> None:
    breaker = CircuitBreaker(3, 10, clock=clock)

    breaker.record_failure()
    breaker.record_failure()
    breaker.record_success()
    breaker.record_failure()
    breaker.record_failure()
    assert breaker.state == "closed" and breaker.allow()

    breaker.record_failure()
    assert breaker.state == "open"
    assert not breaker.allow()


def test_after_the_cool_down_exactly_one_probe_goes_through(clock: Clock) -> None:
    breaker = CircuitBreaker(1, 10, clock=clock)
    breaker.record_failure()

    clock.now = 9.9
    assert not breaker.allow()
    clock.now = 10.0
    assert breaker.state == "half_open"
    assert breaker.allow()
    assert not breaker.allow()

    breaker.record_success()
    assert breaker.state == "closed"
    assert breaker.allow() and breaker.allow()


def test_a_failed_probe_opens_it_for_another_cool_down(clock: Clock) -> None:
    breaker = CircuitBreaker(2, 10, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    clock.now = 10
    assert breaker.allow()

    breaker.record_failure()

    assert breaker.state == "open"
    clock.now = 19.9
    assert not breaker.allow()
    clock.now = 20
    assert breaker.allow()


def test_an_abandoned_or_lost_probe_does_not_keep_it_half_open(clock: Clock) -> None:
    breaker = CircuitBreaker(1, 10, clock=clock)
    breaker.record_failure()
    clock.now = 10
    assert breaker.allow()

    breaker.abandon()
    assert breaker.allow()
    clock.now = 20
    assert breaker.allow(), "a probe that never reported is replaced after a cool-down"


@pytest.mark.parametrize(("failures", "cooldown"), [(0, 1.0), (1, 0.0)])
def test_nonsense_settings_are_refused(failures: int, cooldown: float) -> None:
    with pytest.raises(ValueError):
        CircuitBreaker(failures, cooldown)
