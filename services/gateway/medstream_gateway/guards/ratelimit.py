"""Per-principal token-bucket rate limiting in Redis, shared by every gateway replica.

The bucket is refilled continuously at ``rate`` tokens per second up to ``burst``; one
request takes one token. The check-and-take runs as one Lua script so concurrent
replicas cannot both spend the last token. If Redis is unreachable requests are allowed
(the limit degrades, the API does not).
"""

import math
import time
from dataclasses import dataclass

from medstream_shared.logging import get_logger
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = get_logger(__name__)

KEY = "medstream:gateway:ratelimit:{principal}"

TOKEN_BUCKET = """
local key, rate, burst, now = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local state = redis.call('HMGET', key, 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', key, 'tokens', tokens, 'at', now)
redis.call('EXPIRE', key, math.ceil(burst / rate) + 1)
return {allowed, tostring(tokens)}
"""


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: int
    retry_after_seconds: int


class RateLimiter:
    def __init__(self, redis: Redis, *, rate_per_second: float, burst: int) -> None:
        self.redis = redis
        self.rate = rate_per_second
        self.burst = burst
        self._script = redis.register_script(TOKEN_BUCKET)

    async def take(self, principal: str) -> Decision:
        try:
            allowed, tokens = await self._script(
                keys=[KEY.format(principal=principal)], args=[self.rate, self.burst, time.time()]
            )
        except RedisError as exc:
            log.warning("rate limiter unavailable, allowing the request", error=str(exc))
            return Decision(True, self.burst, 0)
        remaining = float(tokens)
        wait = 0 if allowed else math.ceil((1 - remaining) / self.rate)
        return Decision(bool(allowed), int(remaining), max(wait, 0 if allowed else 1))
