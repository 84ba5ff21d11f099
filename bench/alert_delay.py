"""Alert delay of the surveillance service: from the acknowledged publication of the visit
that takes a day's count over its EARS C2 threshold to the alert read from
``<prefix>alerts`` (read_committed, as the gateway reads it).

One real ``python -m medstream_surveillance`` process on the local broker (its own topic
prefix), a warehouse with twelve days of influenza history per city; each round is a new
city: nine visits of the spike day (below the threshold), a pause until they are counted,
then the tenth, timed.

    uv run --frozen python -m bench.alert_delay [--rounds 15]

Needs the infrastructure (bash deploy/local/infra.sh start kafka mongo redis).
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from tests.harness import running
from tests.surveillance.live import new_run, visit


def counted(url: str) -> float:
    for line in httpx.get(f"{url}/metrics", timeout=5).text.splitlines():
        if line.startswith('medstream_surveillance_visits_counted_total{group="influenza_ari"}'):
            return float(line.split()[-1])
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run = new_run(Path(tmp), cities=args.rounds)
        delays = []
        with running(run.stack, ["surveillance"]):
            run.do(run.start_reading())
            url = run.process.url
            next_id = 1
            for city in run.cities:
                before = counted(url)
                run.do(run.publish([visit(next_id + i, city, run.spike_day) for i in range(9)]))
                while counted(url) < before + 9:
                    time.sleep(0.02)
                sent = run.do(run.publish([visit(next_id + 9, city, run.spike_day)]))
                alerts = len(run.received)
                run.do(run.read_alerts(30, until=alerts + 1))
                assert len(run.received) == alerts + 1, f"no alert for {city}"
                received, alert = run.received[-1]
                assert alert.city == city and alert.observed == 10
                delays.append(received - sent)
                next_id += 10
            run.do(run.stop_reading())
        ms = sorted(d * 1000 for d in delays)
        print(
            f"alert delay over {len(ms)} rounds: median {statistics.median(ms):.1f} ms, "
            f"min {ms[0]:.1f} ms, max {ms[-1]:.1f} ms"
        )


if __name__ == "__main__":
    main()
