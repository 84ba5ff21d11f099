"""One fault-injection scenario from start to count: load, fault, recovery, drain, ledger.

Timeline: start the load; after a seeded warm-up of a few seconds inject the fault (the
fault function blocks until the system is back); keep the load going for a while after
recovery; stop submitting; wait, bounded, until every request reached a final state (the
load keeps answering clarifications meanwhile); then count from the read model and read
what the scenario wrote to the result and dead-letter topics.
"""

import contextlib
import os
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from medstream_shared.constants import DEAD_LETTER_SUFFIX, Topic
from pymongo.errors import PyMongoError

from tests.reliability.faults import FaultContext
from tests.reliability.ledger import Ledger, Tally
from tests.reliability.load import LoadGenerator, LoadOptions, LoadRecord
from tests.reliability.topics import Message, mark, read_since
from tests.stack import Stack

SEED = int(os.environ.get("MEDSTREAM_RELIABILITY_SEED", "6"))
RATE = float(os.environ.get("MEDSTREAM_RELIABILITY_RATE", "3"))
WARM_UP = (3.0, 6.0)
LOAD_AFTER_RECOVERY = 12.0
DRAIN_SECONDS = 90.0

Fault = Callable[[FaultContext], None]


@dataclass
class ScenarioResult:
    name: str
    title: str
    tally: Tally
    record: LoadRecord
    messages: list[Message]
    duration: float
    notes: list[str] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)
    drained: bool = True
    outage: tuple[float, float] | None = None

    def failure_message(self) -> str:
        timeline = "\n  ".join(self.notes)
        return f"{self.title}: {self.tally.describe()}\n  crashes: {self.crashed}\n  {timeline}"


class ScenarioRunner:
    def __init__(self, stack: Stack, results: list[ScenarioResult]) -> None:
        self.stack = stack
        self.results = results

    def run(
        self,
        name: str,
        title: str,
        fault: Fault,
        options: LoadOptions | None = None,
    ) -> ScenarioResult:
        rng = random.Random(f"{SEED}-{name}")
        options = options or LoadOptions()
        options.seed, options.rate_per_second = rng.randrange(2**32), RATE
        options.mongo_database = self.stack.database("gateway")
        began = time.monotonic()
        marks = mark(self._watched_topics(), self.stack.kafka_bootstrap)
        load = LoadGenerator(self.stack.gateway_url, options)
        ledger = Ledger(self.stack)
        ctx = FaultContext(self.stack, rng, load, ledger)
        load.start()
        try:
            time.sleep(rng.uniform(*WARM_UP))
            fault(ctx)
            time.sleep(LOAD_AFTER_RECOVERY)
            load.stop_submitting()
            ctx.note("load stopped")
            drained = _drain(ledger, load.record)
            ctx.note("drained" if drained else f"not drained after {DRAIN_SECONDS:.0f} s")
            record = load.close()
            answers = Counter(s.status for s in record.submissions if not s.accepted)
            if answers:
                codes = ", ".join(f"{n}× {code or 'no answer'}" for code, n in answers.items())
                ctx.note(f"HTTP answers other than 202: {codes}")
            messages = read_since(marks, bootstrap=self.stack.kafka_bootstrap)
            tally = ledger.count(record, messages)
            ledger.forget(record)
        except BaseException:
            with contextlib.suppress(Exception):  # a failed fault must not leave load running
                load.close()
            raise
        finally:
            ledger.close()
        result = ScenarioResult(
            name,
            title,
            tally,
            record,
            messages,
            time.monotonic() - began,
            ctx.notes,
            ctx.crashed,
            drained,
            ctx.outage,
        )
        self.results.append(result)
        return result

    def _watched_topics(self) -> list[str]:
        """The result topics (raw duplicates) and every dead-letter topic."""
        prefix = self.stack.topic_prefix
        results = [f"{prefix}{Topic.RESULTS.value}", f"{prefix}{Topic.REPORTS.value}"]
        return results + [f"{prefix}{t.value}{DEAD_LETTER_SUFFIX}" for t in Topic]


def _drain(ledger: Ledger, record: LoadRecord) -> bool:
    deadline = time.monotonic() + DRAIN_SECONDS
    while time.monotonic() < deadline:
        try:
            if not ledger.unsettled(record):
                return True
        except PyMongoError:  # the read model may still be coming back
            pass
        time.sleep(1.0)
    return False
