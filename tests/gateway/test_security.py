"""API keys and JWTs map to principals; anything else is refused."""

import time

import jwt
import pytest
from medstream_gateway.core.config import GatewaySettings
from medstream_gateway.core.security import Authenticator, InvalidApiKeysSetting, parse_api_keys

SECRET = "x" * 40


def authenticator(**overrides: str) -> Authenticator:
    return Authenticator(GatewaySettings(api_keys="alice:alice-key-1,bob:bob-key-22", **overrides))


def test_api_keys_map_to_their_users() -> None:
    auth = authenticator()

    assert auth.authenticate("alice-key-1").user_id == "alice"
    assert auth.authenticate("bob-key-22").user_id == "bob"
    assert auth.authenticate("nobody-key") is None


def test_keys_are_kept_only_as_hashes() -> None:
    hashes = parse_api_keys("alice:alice-key-1")

    assert "alice-key-1" not in repr(hashes)
    assert list(hashes.values()) == ["alice"]


@pytest.mark.parametrize("raw", ["alice", "alice:short", ":nokeyuser-123456"])
def test_malformed_key_settings_fail_clearly(raw: str) -> None:
    with pytest.raises(InvalidApiKeysSetting, match="user_id:key"):
        parse_api_keys(raw)


def test_valid_jwt_is_accepted_and_expired_refused() -> None:
    auth = authenticator(jwt_secret=SECRET)
    valid = jwt.encode({"sub": "carol", "exp": int(time.time()) + 60}, SECRET, algorithm="HS256")
    expired = jwt.encode({"sub": "carol", "exp": int(time.time()) - 60}, SECRET, algorithm="HS256")
    forged = jwt.encode({"sub": "carol", "exp": int(time.time()) + 60}, "y" * 40, algorithm="HS256")

    principal = auth.authenticate(valid)
    assert principal is not None and principal.user_id == "carol" and principal.auth == "jwt"
    assert auth.authenticate(expired) is None
    assert auth.authenticate(forged) is None
