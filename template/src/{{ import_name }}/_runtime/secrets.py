"""Secret values that never show up in ``repr``, ``str``, logs or exception messages."""

from __future__ import annotations

import hmac
import os
from urllib.parse import quote, quote_plus

from .errors import MissingCredentialError

__all__ = ["Secret", "require_env", "secret_forms"]


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


def secret_forms(value: str) -> tuple[str, ...]:
    """Every form a secret travels in: raw, percent-encoded (as a query value, as a path
    segment, with ``+`` for spaces); longest first, so no form is left half-replaced."""
    forms = {value, quote(value, safe=""), quote(value), quote_plus(value)}
    forms.add(quote(value, safe="!$'()*,;:@/?"))  # what httpx leaves unescaped in a query
    return tuple(sorted((f for f in forms if len(f) >= 4), key=len, reverse=True))
