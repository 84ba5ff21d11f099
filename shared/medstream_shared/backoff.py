"""How long to wait before trying again: one rule for every retry loop in the suite.

Exponential from ``base`` seconds, capped at ``ceiling``, with "equal jitter" (a random
half to whole of the step), so replicas that failed together do not retry together. The
Kafka consumer's retries of a failed handler and the LLM client's retries of a request
both wait by this rule.
"""

import random


def backoff_delay(attempt: int, base: float, ceiling: float) -> float:
    """The wait after failed ``attempt`` (1 is the first failure)."""
    step = min(ceiling, base * 2 ** max(attempt - 1, 0))
    return step * random.uniform(0.5, 1.0)
