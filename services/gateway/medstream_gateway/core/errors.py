"""RFC 9457 problem details for every error the API returns."""

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from medstream_shared.kafka.retry import TRANSIENT_ERRORS
from medstream_shared.logging import get_logger
from starlette.exceptions import HTTPException as StarletteHTTPException

log = get_logger(__name__)

PROBLEM_JSON = "application/problem+json"


def problem(
    status: int, detail: str, *, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    body = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status}
    body["detail"] = detail
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _location(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p != "body"]
    return ".".join(parts) or "body"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem(exc.status_code, str(exc.detail), headers=dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"field": _location(tuple(e["loc"])), "message": e["msg"]} for e in exc.errors()]
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
        return problem(422, f"invalid request: {detail}", errors=errors)

    async def unavailable(_: Request, exc: Exception) -> JSONResponse:
        """MongoDB, Redis or Kafka out of reach: an outage to wait out, not a bug.

        A 503 with Retry-After tells clients and load balancers to come back; a 500 and a
        traceback per request would page as a bug and flood the logs for the whole outage.
        """
        log.warning("a backing service is unavailable", error=f"{type(exc).__name__}: {exc}")
        return problem(
            503, "a backing service is unavailable; try again shortly", headers={"Retry-After": "5"}
        )

    for transient in TRANSIENT_ERRORS:
        if issubclass(transient, Exception):
            app.add_exception_handler(transient, unavailable)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return problem(500, "internal error; the request was not completed")
