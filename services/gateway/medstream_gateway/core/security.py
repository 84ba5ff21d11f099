"""Who is calling: API keys (stored as SHA-256 hashes) and HS256 JWT bearer tokens.

Keys from ``MEDSTREAM_API_KEYS`` are hashed at start-up and kept only as hashes; the
plaintext never reaches a log or a database. A principal may hold roles (``Role``): a key
is given them when it is made, a JWT in its ``roles`` claim.
"""

import hashlib
import hmac
from dataclasses import dataclass
from typing import Protocol

import jwt
from medstream_shared.constants import Role

from medstream_gateway.core.config import GatewaySettings


@dataclass(frozen=True)
class Principal:
    user_id: str
    auth: str  # "api_key" | "jwt"
    roles: frozenset[Role] = frozenset()


class InvalidApiKeysSetting(ValueError):
    pass


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def parse_roles(raw: str) -> frozenset[Role]:
    """``patient-data+…`` → roles; an unknown name is an error, never silently no role."""
    names = [name.strip() for name in raw.split("+") if name.strip()]
    known = {role.value for role in Role}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValueError(f"unknown role {unknown[0]!r}; roles are: {', '.join(sorted(known))}")
    return frozenset(Role(name) for name in names)


def parse_api_keys(raw: str) -> dict[str, tuple[str, frozenset[Role]]]:
    """``user:key[:role+role],…`` → {sha256(key): (user, roles)}."""
    keys: dict[str, tuple[str, frozenset[Role]]] = {}
    for entry in filter(None, (p.strip() for p in raw.split(","))):
        user_id, sep, rest = entry.partition(":")
        key, _, role_names = rest.partition(":")
        if not sep or not user_id.strip() or len(key.strip()) < 8:
            raise InvalidApiKeysSetting(
                "MEDSTREAM_API_KEYS must be comma-separated user_id:key pairs (optionally "
                "user_id:key:role) with keys of 8 or more characters"
            )
        try:
            roles = parse_roles(role_names)
        except ValueError as exc:
            raise InvalidApiKeysSetting(f"MEDSTREAM_API_KEYS: {exc}") from exc
        keys[hash_key(key.strip())] = (user_id.strip(), roles)
    return keys


class KeyLookup(Protocol):
    async def principal_for(self, key: str) -> Principal | None: ...


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
        for known, (user_id, roles) in self._key_hashes.items():
            if hmac.compare_digest(known, digest):
                return Principal(user_id=user_id, auth="api_key", roles=roles)
        if self._stored_keys is not None and len(token) <= 200:
            return await self._stored_keys.principal_for(token)
        return None

    def _from_jwt(self, token: str) -> Principal | None:
        try:
            claims = jwt.decode(
                token, self._jwt_secret, algorithms=["HS256"], options={"require": ["sub", "exp"]}
            )
            roles = claims.get("roles", [])
            granted = parse_roles("+".join(roles) if isinstance(roles, list) else "")
        except (jwt.PyJWTError, ValueError, TypeError):
            return None  # a token naming a role this API does not know is refused, not trimmed
        return Principal(user_id=str(claims["sub"]), auth="jwt", roles=granted)
