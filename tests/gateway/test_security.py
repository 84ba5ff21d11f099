"""API keys and JWTs map to principals; anything else is refused."""

import time

import jwt
import pytest
from medstream_gateway.core.config import GatewaySettings
from medstream_gateway.core.security import (
    Authenticator,
    InvalidApiKeysSetting,
    Principal,
    parse_api_keys,
)
from medstream_shared.constants import Role

SECRET = "x" * 40


def authenticator(**overrides: str) -> Authenticator:
    return Authenticator(GatewaySettings(api_keys="alice:alice-key-1,bob:bob-key-22", **overrides))


async def test_api_keys_map_to_their_users() -> None:
    auth = authenticator()

    alice = await auth.authenticate("alice-key-1")
    bob = await auth.authenticate("bob-key-22")

    assert alice is not None and alice.user_id == "alice"
    assert bob is not None and bob.user_id == "bob"
    assert await auth.authenticate("nobody-key") is None


def test_keys_are_kept_only_as_hashes() -> None:
    hashes = parse_api_keys("alice:alice-key-1")

    assert "alice-key-1" not in repr(hashes)
    assert list(hashes.values()) == [("alice", frozenset())]


@pytest.mark.parametrize("raw", ["alice", "alice:short", ":nokeyuser-123456"])
def test_malformed_key_settings_fail_clearly(raw: str) -> None:
    with pytest.raises(InvalidApiKeysSetting, match="user_id:key"):
        parse_api_keys(raw)


async def test_valid_jwt_is_accepted_and_expired_refused() -> None:
    auth = authenticator(jwt_secret=SECRET)
    valid = jwt.encode({"sub": "carol", "exp": int(time.time()) + 60}, SECRET, algorithm="HS256")
    expired = jwt.encode({"sub": "carol", "exp": int(time.time()) - 60}, SECRET, algorithm="HS256")
    forged = jwt.encode({"sub": "carol", "exp": int(time.time()) + 60}, "y" * 40, algorithm="HS256")

    principal = await auth.authenticate(valid)
    assert principal is not None and principal.user_id == "carol" and principal.auth == "jwt"
    assert await auth.authenticate(expired) is None
    assert await auth.authenticate(forged) is None


class FakeKeyStore:
    """Stands in for the MongoDB key store: one stored key."""

    async def principal_for(self, key: str) -> Principal | None:
        return Principal("dora", "api_key") if key == "msk_stored" else None


async def test_keys_stored_in_the_database_are_accepted() -> None:
    auth = Authenticator(GatewaySettings(api_keys=""), FakeKeyStore())

    principal = await auth.authenticate("msk_stored")

    assert principal is not None and principal.user_id == "dora"
    assert await auth.authenticate("msk_other") is None


async def test_a_key_may_carry_a_role_and_others_carry_none() -> None:
    auth = Authenticator(GatewaySettings(api_keys="ann:ann-key-123:patient-data,ben:ben-key-123"))

    ann, ben = await auth.authenticate("ann-key-123"), await auth.authenticate("ben-key-123")

    assert ann is not None and ann.roles == {Role.PATIENT_DATA}
    assert ben is not None and ben.roles == frozenset()


def test_an_unknown_role_in_the_key_setting_is_an_error() -> None:
    with pytest.raises(InvalidApiKeysSetting, match="unknown role 'admin'"):
        parse_api_keys("ann:ann-key-123:admin")


async def test_a_jwt_carries_its_roles_claim_and_an_unknown_role_is_refused() -> None:
    auth = authenticator(jwt_secret=SECRET)
    exp = int(time.time()) + 60
    granted = jwt.encode({"sub": "eve", "exp": exp, "roles": ["patient-data"]}, SECRET, "HS256")
    unknown = jwt.encode({"sub": "eve", "exp": exp, "roles": ["root"]}, SECRET, "HS256")

    principal = await auth.authenticate(granted)

    assert principal is not None and principal.roles == {Role.PATIENT_DATA}
    assert await auth.authenticate(unknown) is None
