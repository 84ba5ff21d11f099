"""Every documented route at its exact path: no redirect, no 5xx, HEAD and slashes as documented.

Walks the live gateway's /openapi.json. A documented operation is called with made-up ids
(so a 404 is the expected answer for most of them); a method the path does not document
answers 405 with ``Allow``; the same path with a trailing slash is a 404, not a redirect.
"""

import re

import httpx
import pytest

pytestmark = pytest.mark.integration

BODIES = {"post": {}}


def concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "no-such-id-0000", path)


def test_every_documented_route_answers_at_its_path_without_redirect(alice: httpx.Client) -> None:
    paths = alice.get("/openapi.json").json()["paths"]
    seen = []
    for template, operations in paths.items():
        path = concrete(template)
        for method in ("get", "head", "post"):
            response = alice.request(method.upper(), path, json=BODIES.get(method))
            seen.append((method, template, response.status_code))
            assert not response.is_redirect, (method, path, response.status_code)
            assert response.status_code < 500, (method, path, response.text)
            if method not in operations:
                assert response.status_code == 405, (method, path, response.status_code)
                # Starlette names the methods of the first route that matched the path.
                allowed = set(response.headers["allow"].replace(" ", "").split(","))
                assert allowed and allowed <= {m.upper() for m in operations}
        slashed = alice.get(path + "/")
        assert slashed.status_code == 404, (path, slashed.status_code)
    assert len(paths) >= 15 and len(seen) == 3 * len(paths)


def test_head_on_health_is_a_bodiless_get(alice: httpx.Client) -> None:
    get, head = alice.get("/health/live"), alice.head("/health/live")

    assert (head.status_code, head.content) == (get.status_code, b"")
    assert head.headers["content-type"] == get.headers["content-type"]


def test_metrics_is_served_at_its_exact_path(alice: httpx.Client) -> None:
    assert alice.get("/metrics").status_code == 200
    assert alice.get("/metrics/").status_code == 404
