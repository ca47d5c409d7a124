"""Filling URL path templates safely."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote

from .errors import ConfigurationError
from .forms import scalar_to_str

__all__ = ["RoutePath", "fill_path", "route_of"]

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def _escape(value: object) -> str:
    if value is None:
        raise ConfigurationError("path parameters cannot be None")
    text = scalar_to_str(value)
    if text == "":
        raise ConfigurationError("path parameters cannot be empty")
    if text in (".", ".."):
        # A dot segment changes the route: "/v1/customers/.." is "/v1/", and escaping
        # does not help, since "%2E" is a dot to RFC 3986 normalisation and to servers
        # and proxies that apply it (Prism routes "/intents/%2E/cancel" to "/intents/cancel").
        raise ConfigurationError(f"path parameters cannot be {text!r}: it would change the route")
    return quote(text, safe="")


class RoutePath(str):
    """A filled path that remembers its route template (``/v1/customers/{customer}``).

    It is a ``str`` in every other respect; the runtime reads ``template`` to key the
    circuit breaker and name spans by route, so ids never make either unbounded.
    """

    template: str

    def __new__(cls, value: str, template: str) -> RoutePath:
        made = super().__new__(cls, value)
        made.template = template
        return made


def route_of(path: str, concrete: str) -> str:
    """The route template of ``path`` when it came from :func:`fill_path`, else ``concrete``."""
    return path.template if isinstance(path, RoutePath) else concrete


def fill_path(template: str, values: Mapping[str, object]) -> RoutePath:
    """Replace every ``{name}`` with the percent-escaped value (``/`` becomes ``%2F``)."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise ConfigurationError(f"missing path parameter {name!r}")
        return _escape(values[name])

    return RoutePath(_PLACEHOLDER.sub(replace, template), template)
