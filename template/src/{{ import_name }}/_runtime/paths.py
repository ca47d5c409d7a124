"""Filling URL path templates safely."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote

from .errors import ConfigurationError
from .forms import scalar_to_str

__all__ = ["fill_path"]

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def _escape(value: object) -> str:
    if value is None:
        raise ConfigurationError("path parameters cannot be None")
    text = scalar_to_str(value)
    if text == "":
        raise ConfigurationError("path parameters cannot be empty")
    escaped = quote(text, safe="")
    # "." and ".." would be collapsed by URL normalisation and change the route.
    if escaped in (".", ".."):
        escaped = escaped.replace(".", "%2E")
    return escaped


def fill_path(template: str, values: Mapping[str, object]) -> str:
    """Replace every ``{name}`` with the percent-escaped value (``/`` becomes ``%2F``)."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise ConfigurationError(f"missing path parameter {name!r}")
        return _escape(values[name])

    return _PLACEHOLDER.sub(replace, template)
