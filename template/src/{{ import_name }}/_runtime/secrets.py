"""Secret values that never show up in ``repr``, ``str``, logs or exception messages."""

from __future__ import annotations

import hmac
import os
from pathlib import Path
from urllib.parse import quote, quote_plus

from .errors import MissingCredentialError

__all__ = ["Secret", "env_setting", "require_env", "resolve_credential", "secret_forms"]


class Secret:
    """Holds a credential. ``repr()`` and ``str()`` print ``Secret('***')``.

    Call :meth:`get_secret_value` at the single place the raw value is needed (the auth
    flow). Equality is constant-time.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("Secret expects a str value")
        self._value = value

    def get_secret_value(self) -> str:
        """The raw value. Do not log it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __format__(self, format_spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __bool__(self) -> bool:
        return bool(self._value)


def require_env(name: str) -> Secret:
    """Read a credential from the environment variable ``name``.

    Raises :class:`MissingCredentialError` naming the variable (never a value) when it
    is unset or blank.
    """
    value = os.environ.get(name)
    if value is None or not value.strip():
        raise MissingCredentialError(
            f"environment variable {name} is not set (or is empty); set it to the API credential",
            variable=name,
        )
    return Secret(value.strip())


def env_setting(name: str, env_file: str | Path | None = ".env") -> str | None:
    """``$name``, else ``name`` in ``env_file`` (stripped; ``None`` when unset or blank).

    The ``.env`` file is read with python-dotenv's ``dotenv_values``: ``os.environ`` is
    left unchanged. Used for credentials and for the other settings the client reads
    from the environment (``<PREFIX>_BASE_URL``, ``<PREFIX>_REDIS_URL``).
    """
    found = os.environ.get(name)
    if found is not None and found.strip():
        return found.strip()
    if env_file is not None and Path(env_file).is_file():
        from dotenv import dotenv_values  # a dependency of every generated package

        found = dotenv_values(env_file).get(name)
        if found is not None and found.strip():
            return found.strip()
    return None


def resolve_credential(
    name: str,
    value: str | Secret | None = None,
    *,
    keyword: str,
    env_file: str | Path | None = ".env",
) -> Secret:
    """The credential ``value`` passed in, else ``$name``, else ``name`` in ``env_file``.

    The ``.env`` file is read with python-dotenv's ``dotenv_values`` (``os.environ`` is
    left unchanged, so two clients can hold two keys). Raises
    :class:`MissingCredentialError` naming the variable and the keyword, never a value.
    """
    if isinstance(value, Secret):
        if value:
            return value
    elif value is not None:
        if not isinstance(value, str):
            raise TypeError(f"{keyword} must be a str or a Secret")
        if value.strip():
            return Secret(value.strip())
    found = env_setting(name, env_file)
    if found is not None:
        return Secret(found)
    raise MissingCredentialError(
        f"no credential: pass {keyword}=, or set the environment variable {name}"
        " (or put it in a .env file)",
        variable=name,
    )


def secret_forms(value: str) -> tuple[str, ...]:
    """Every form a secret travels in: raw, percent-encoded (as a query value, as a path
    segment, with ``+`` for spaces); longest first, so no form is left half-replaced."""
    forms = {value, quote(value, safe=""), quote(value), quote_plus(value)}
    forms.add(quote(value, safe="!$'()*,;:@/?"))  # what httpx leaves unescaped in a query
    return tuple(sorted((f for f in forms if len(f) >= 4), key=len, reverse=True))
