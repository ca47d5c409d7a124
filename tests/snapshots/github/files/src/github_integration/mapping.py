"""How GitHub data becomes your domain objects (and back): one Mapper per class.

This file is yours: rendered once, never overwritten by `copier update`. A mapper lists
only what differs from the default rule (same field name, converted to the provider's
case); unknown provider fields are ignored, a missing required field or a wrong type
raises MappingError with the JSON path, unknown enum values become UNKNOWN (and are
logged). The generated `_resources.py` uses the constants below by name.
"""

from __future__ import annotations

from . import domain
from ._mapping import Field, Mapper, as_str, iso_datetime

__all__ = [
    "TRACKED_ISSUE",
]

TRACKED_ISSUE = Mapper(
    domain.TrackedIssue,
    {
        "id": Field(convert=as_str, read_only=True, required=True),
        "author": Field("user.login"),
        "created_at": Field(convert=iso_datetime, read_only=True),
    },
)
