"""Parameters that carry the credential the client's auth already sends.

Slack declares ``token`` as a required header of ``chat.postMessage`` although the
client sends the bot token as ``Authorization: Bearer`` (which Slack accepts). A
header or query parameter is such a credential when (docs/design.md, "Parameters"):

- the operation, or the document when the operation names none, has a security
  requirement (an empty ``security: []`` opts out);
- its name, case-insensitive, is ``token``, ``access_token``, ``api_key`` or
  ``apikey``, or is the ``name`` of an ``apiKey`` scheme of that requirement sent in
  the same place (``key`` only then);
- its schema is a plain string (type hint ``str``).

Such a required parameter becomes an optional keyword, sent only when given, and the
generation report says so with the parameter's JSON pointer.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CREDENTIAL_NAMES", "credential_names"]

#: Parameter names taken for a credential whatever the scheme (lower case).
CREDENTIAL_NAMES = frozenset({"token", "access_token", "api_key", "apikey"})


def _requirements(op: dict[str, Any], doc: dict[str, Any]) -> list[str]:
    """The scheme names the operation's effective security requirement lists."""
    security = op.get("security") if "security" in op else doc.get("security")
    if not isinstance(security, list):
        return []
    return [str(name) for req in security if isinstance(req, dict) for name in req]


def credential_names(op: dict[str, Any], doc: dict[str, Any]) -> set[tuple[str, str]]:
    """``(location, lower-case name)`` pairs that carry the credential ('*': anywhere).

    Empty when the operation has no security requirement.
    """
    names = _requirements(op, doc)
    if not names:
        return set()
    out = {("*", name) for name in CREDENTIAL_NAMES}
    components = doc.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    for name in names:
        scheme = schemes.get(name) if isinstance(schemes, dict) else None
        if (
            isinstance(scheme, dict)
            and scheme.get("type") == "apiKey"
            and isinstance(scheme.get("name"), str)
            and scheme.get("in") in ("header", "query")
        ):
            out.add((str(scheme["in"]), scheme["name"].lower()))
    return out


def is_credential(wire: str, location: str, hint: str, names: set[tuple[str, str]]) -> bool:
    """Whether parameter ``wire`` (in ``location``, typed ``hint``) is the credential."""
    if location not in ("header", "query") or hint != "str":
        return False
    key = wire.lower()
    return ("*", key) in names or (location, key) in names
