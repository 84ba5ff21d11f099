"""Live updates: blocking reads stay under the Redis client's socket timeout."""

import asyncio
from typing import Any

import pytest
from medstream_gateway.live import updates as live
from medstream_gateway.live.updates import LiveUpdates


class SlowRedis:
    """Answers XREAD after its whole block time, with scripted results."""

    def __init__(self, results: list[Any]) -> None:
        self.results = results
        self.blocks: list[int] = []

    async def xread(self, streams: dict[str, str], *, block: int, count: int) -> Any:
        self.blocks.append(block)
        await asyncio.sleep(block / 1000)
        return self.results.pop(0) if self.results else None


@pytest.fixture(autouse=True)
def short_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live, "BLOCK_SLICE_MS", 20)


async def test_a_quiet_stream_is_waited_for_in_short_slices() -> None:
    redis = SlowRedis([])

    entries = await LiveUpdates(redis).wait("s1", "0-0", block_ms=70)  # type: ignore[arg-type]

    assert entries == []
    assert redis.blocks and max(redis.blocks) <= 20
    assert sum(redis.blocks) >= 60


async def test_entries_arriving_in_a_later_slice_are_returned() -> None:
    view = b'{"status": "completed"}'
    redis = SlowRedis([None, [[b"key", [(b"5-0", {b"view": view})]]]])

    entries = await LiveUpdates(redis).wait("s1", "0-0", block_ms=1000)  # type: ignore[arg-type]

    assert entries == [("5-0", {"status": "completed"})]
    assert len(redis.blocks) == 2
