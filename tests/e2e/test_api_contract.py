"""Schemathesis against the running gateway's /openapi.json: no 5xx, responses match."""

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.harness import USERS
from tests.stack import Stack

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def fuzzed_gateway(stack: Stack) -> Iterator[str]:
    """A replica with a generous rate limit, so the fuzzer is not told 429 for volume."""
    name = stack.add_replica(
        "gateway", {"MEDSTREAM_RATE_LIMIT_PER_SECOND": "1000", "MEDSTREAM_RATE_LIMIT_BURST": "1000"}
    )
    stack.start(name)
    stack.wait_ready(name)
    yield stack.services[name].url
    assert stack.stop(name) == 0


def test_every_operation_keeps_its_contract(fuzzed_gateway: str) -> None:
    schema = schemathesis.openapi.from_url(f"{fuzzed_gateway}/openapi.json")
    auth = {"Authorization": f"Bearer {USERS['alice']}"}
    checked = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=15,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        )
        def keeps_contract(case: schemathesis.Case) -> None:
            # A reused Idempotency-Key with another body is refused on purpose (422, as the
            # IETF draft says); tests/e2e/test_protection.py covers that behaviour.
            (case.headers or {}).pop("Idempotency-Key", None)
            case.call_and_validate(
                headers=auth,
                timeout=15,
                # Cursors are opaque: a made-up one is refused with a documented 400.
                excluded_checks=[positive_data_acceptance],
            )

        keeps_contract()
        checked.append(operation.label)
    assert len(checked) >= 10, checked
