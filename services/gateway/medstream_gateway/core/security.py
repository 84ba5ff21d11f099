"""Who is calling: API keys (stored as SHA-256 hashes) and HS256 JWT bearer tokens.

Keys from ``MEDSTREAM_API_KEYS`` are hashed at start-up and kept only as hashes; the
plaintext never reaches a log or a database.
"""

import hashlib
import hmac
from dataclasses import dataclass
from typing import Protocol

import jwt

from medstream_gateway.core.config import GatewaySettings


@dataclass(frozen=True)
class Principal:
    user_id: str
    auth: str  # "api_key" | "jwt"


class InvalidApiKeysSetting(ValueError):
    pass


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def parse_api_keys(raw: str) -> dict[str, str]:
    """``user:key,user2:key2`` → {sha256(key): user}."""
    keys: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in raw.split(","))):
        user_id, sep, key = pair.partition(":")
        if not sep or not user_id.strip() or len(key.strip()) < 8:
            raise InvalidApiKeysSetting(
                "MEDSTREAM_API_KEYS must be comma-separated user_id:key pairs "
                "with keys of 8 or more characters"
            )
        keys[hash_key(key.strip())] = user_id.strip()
    return keys


class KeyLookup(Protocol):
    async def user_for(self, key: str) -> str | None: ...


class Authenticator:
    """Bootstrap keys from settings, then JWTs, then keys stored in MongoDB."""

    def __init__(self, settings: GatewaySettings, stored_keys: KeyLookup | None = None) -> None:
        self._key_hashes = parse_api_keys(settings.api_keys.get_secret_value())
        self._jwt_secret = settings.jwt_secret.get_secret_value()
        self._stored_keys = stored_keys

    async def authenticate(self, token: str) -> Principal | None:
        if self._jwt_secret and token.count(".") == 2:
            return self._from_jwt(token)
        digest = hash_key(token)
        for known, user_id in self._key_hashes.items():
            if hmac.compare_digest(known, digest):
                return Principal(user_id=user_id, auth="api_key")
        if self._stored_keys is not None and len(token) <= 200:
            stored_user = await self._stored_keys.user_for(token)
            if stored_user is not None:
                return Principal(user_id=stored_user, auth="api_key")
        return None

    def _from_jwt(self, token: str) -> Principal | None:
        try:
            claims = jwt.decode(
                token, self._jwt_secret, algorithms=["HS256"], options={"require": ["sub", "exp"]}
            )
        except jwt.PyJWTError:
            return None
        return Principal(user_id=str(claims["sub"]), auth="jwt")
