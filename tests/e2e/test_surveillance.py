"""The surveillance service on the real broker: an influenza spike in one city raises exactly
one alert for its day, and a kill -9 mid-window neither double counts nor repeats the alert.

The service runs as a real process (faust-streaming, exactly-once) with its own topic prefix
and a small warehouse written by the test: twelve days of one city's influenza visits, the
baseline of EARS C2. The alert's expected count and threshold are computed here from that
history, independently of the service.
"""

import re
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from statistics import NormalDist

import httpx
import pytest
from medstream_shared.events.models import alert_id_for
from pymongo import MongoClient

from tests.harness import MONGO, running
from tests.surveillance.live import (
    SurveillanceRun,
    c2_expectation,
    new_run,
    new_seasonal_run,
    visit,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]


@contextmanager
def serving(surveillance: SurveillanceRun) -> Iterator[SurveillanceRun]:
    """The service running, the alert reader open; afterwards the topics, the databases."""
    try:
        with running(surveillance.stack, ["surveillance"]):
            surveillance.do(surveillance.start_reading())
            try:
                yield surveillance
            finally:
                surveillance.do(surveillance.stop_reading())
                surveillance.loop.close()
    finally:
        with MongoClient(MONGO) as client:  # the alert ledger
            client.drop_database(surveillance.stack.database("surveillance"))


@pytest.fixture
def live(infrastructure: None, tmp_path: Path) -> Iterator[SurveillanceRun]:
    with serving(new_run(tmp_path)) as surveillance:
        yield surveillance


def counted(surveillance: SurveillanceRun, group: str = "influenza_ari") -> float:
    text = httpx.get(f"{surveillance.process.url}/metrics", timeout=5).text
    match = re.search(
        rf'^medstream_surveillance_visits_counted_total{{group="{group}"}} (\S+)$', text, re.M
    )
    return float(match.group(1)) if match else 0.0


def wait_counted(surveillance: SurveillanceRun, expected: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while counted(surveillance) < expected:
        assert time.monotonic() < deadline, f"{counted(surveillance)} of {expected} counted"
        time.sleep(0.05)


def spike(surveillance: SurveillanceRun, ids: range) -> list:  # type: ignore[type-arg]
    return [visit(i, surveillance.city, surveillance.spike_day) for i in ids]


def assert_the_one_alert(surveillance: SurveillanceRun) -> None:
    alerts = [alert for _, alert in surveillance.received]
    day = surveillance.spike_day
    expected, threshold = c2_expectation(day)
    assert len(alerts) == 1, alerts
    alert = alerts[0]
    assert alert.alert_id == alert_id_for(
        surveillance.city, "influenza_ari", day, day + timedelta(days=1), "ears-c2"
    )
    assert (alert.city, alert.group, alert.method) == (
        surveillance.city,
        "influenza_ari",
        "ears-c2",
    )
    assert (alert.window_start, alert.window_end) == (day, day + timedelta(days=1))
    assert alert.observed == int(threshold) + 1  # the first count above the threshold
    assert alert.expected == pytest.approx(expected, rel=1e-9)
    assert alert.threshold == pytest.approx(threshold, rel=1e-9)


def test_an_influenza_spike_raises_exactly_one_alert_for_its_day(
    live: SurveillanceRun,
) -> None:
    _, threshold = c2_expectation(live.spike_day)
    below = int(threshold)  # 9 visits: at the threshold's floor, no alert
    other_city = [visit(900 + i, f"{live.city}-other", live.spike_day) for i in range(3)]
    not_watched = [visit(950 + i, live.city, live.spike_day, code="I10") for i in range(20)]
    live.do(live.publish(spike(live, range(1, below + 1)) + other_city + not_watched))
    wait_counted(live, below + 3)
    live.do(live.read_alerts(3))
    assert live.received == []

    sent = live.do(live.publish(spike(live, range(below + 1, below + 2))))
    live.do(live.read_alerts(30, until=1))
    assert live.received, "no alert within 30 s of the visit that crossed the threshold"
    print(f"alert delay: {live.received[0][0] - sent:.3f} s")

    # More of the same day, and visits sent again: the window has its alert already.
    live.do(live.publish(spike(live, range(below + 2, below + 8)) + spike(live, range(1, 4))))
    live.do(live.read_alerts(5))
    assert_the_one_alert(live)


def test_a_kill_9_mid_window_neither_double_counts_nor_repeats_the_alert(
    live: SurveillanceRun,
) -> None:
    _, threshold = c2_expectation(live.spike_day)
    below = int(threshold)
    live.do(live.publish(spike(live, range(1, 7))))
    wait_counted(live, 6)
    live.stack.stop("surveillance", signal.SIGKILL)  # as soon as they are counted: mid-transaction
    live.stack.start("surveillance")
    live.stack.wait_ready("surveillance", timeout=120)

    # The six again (a hospital system retrying) and three new: nine distinct, no alert yet.
    live.do(live.publish(spike(live, range(1, below + 1))))
    live.do(live.read_alerts(5))
    assert live.received == [], "the visits before the kill were counted twice"

    live.do(live.publish(spike(live, range(below + 1, below + 2))))
    live.do(live.read_alerts(30, until=1))
    live.stack.stop("surveillance", signal.SIGKILL)  # and once more after the alert
    live.stack.start("surveillance")
    live.stack.wait_ready("surveillance", timeout=120)
    live.do(live.publish(spike(live, range(below + 2, below + 5))))
    live.do(live.read_alerts(8))
    assert_the_one_alert(live)


def test_a_week_above_the_same_weeks_of_earlier_years_raises_one_alert_per_window(
    infrastructure: None, tmp_path: Path
) -> None:
    """Three years of 5 influenza visits a day, then 20 on one day. The 7-day windows of
    the day are compared with the same weeks (and the weeks around them) of earlier years:
    35 each, so expected 35 and threshold 35 + 3 · max(sd 0, floor 1) = 38. A window with k
    earlier days of history (5 each) crosses at the visit that makes 5k + c = 39: k = 6, 5, 4
    are reached with c = 9, 14, 19; the day itself (C2: 5 + 3.09) at c = 9."""
    per_day, on_the_day = 5, 20
    with serving(new_seasonal_run(tmp_path, per_day)) as live:
        day = live.spike_day
        live.do(live.publish(spike(live, range(1, on_the_day + 1))))
        wait_counted(live, on_the_day)
        live.do(live.read_alerts(30, until=4))
        live.do(live.publish(spike(live, range(1, on_the_day + 1))))  # all of them again
        live.do(live.read_alerts(5))

        alerts = sorted(
            (alert for _, alert in live.received), key=lambda a: (a.method, a.window_start)
        )
        z = NormalDist().inv_cdf(0.999)
        assert [(a.method, a.window_start, a.window_end, a.observed) for a in alerts] == [
            ("ears-c2", day, day + timedelta(days=1), 9),
            *(
                ("seasonal-mean-k-sd", day - timedelta(days=k), day + timedelta(days=7 - k), 39)
                for k in (6, 5, 4)
            ),
        ]
        assert (alerts[0].expected, alerts[0].threshold) == (5.0, pytest.approx(5 + z))
        for alert in alerts[1:]:
            assert (alert.expected, alert.threshold) == (35.0, 38.0)
        assert len({a.alert_id for a in alerts}) == 4
