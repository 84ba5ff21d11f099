"""The web console: static files under ``/console/`` and its page at ``/``.

Plain ES modules, no build step. Every response carries a strict Content-Security-Policy
(no inline scripts or styles, images only from the gateway or ``blob:`` URLs made from
chart responses), so nothing an answer contains can run as code in the page.
"""

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

CONSOLE_DIR = Path(__file__).resolve().parents[2] / "console"

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    # Revalidate every time (ETag makes that a cheap 304): a new gateway means a new console.
    "Cache-Control": "no-cache",
}


class ConsoleFiles(StaticFiles):
    """Static files with the console's security headers."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        response.headers.update(SECURITY_HEADERS)
        return response


router = APIRouter(tags=["console"], include_in_schema=False)
router.mount("/console", ConsoleFiles(directory=CONSOLE_DIR), name="console")


@router.get("/")
async def index() -> FileResponse:
    return FileResponse(CONSOLE_DIR / "index.html", headers=SECURITY_HEADERS)


@router.get("/console")
async def console_root() -> RedirectResponse:
    return RedirectResponse("/", status_code=308)
