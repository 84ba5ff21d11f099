"""Request bodies over the limit get a 413 problem, like every other error of the API.

FastAPI's own `max_body_size` answers a too-large *declared* Content-Length with plain text:
Starlette's limiter swaps any response for its own once it sees that header, outside the
app's exception handlers. So the declared length is checked here, first, and answered as
problem+json. A body that only turns out too large while it streams in (chunked) is still
cut off by Starlette's limiter; its error is raised inside the route and reaches the
app's handlers.
"""

from starlette.datastructures import Headers
from starlette.middleware.body_limit import RequestBodyLimitMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from medstream_gateway.core.errors import problem


class BodyLimit:
    def __init__(self, app: ASGIApp, max_body_size: int) -> None:
        self.max_body_size = max_body_size
        self.app = RequestBodyLimitMiddleware(app, max_body_size=max_body_size)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        declared = _declared_length(scope) if scope["type"] == "http" else None
        if declared is not None and declared > self.max_body_size:
            response = problem(
                413, f"the request body is {declared} bytes; the limit is {self.max_body_size}"
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _declared_length(scope: Scope) -> int | None:
    try:
        return int(Headers(scope=scope)["content-length"])
    except (KeyError, ValueError):
        return None
