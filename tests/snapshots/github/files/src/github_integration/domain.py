"""Your domain models: the names and types your application uses for GitHub data.

This file is yours. It is rendered once, on `copier copy`; `copier update` never
overwrites it (files whose names start with `_` are the kit's and are regenerated).
`mapping.py` (also yours) declares how GitHub's data fills these classes; the
generated `_resources.py` refers to the class names below, so keep them (or an alias).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = [
    "TrackedIssue",
]


@dataclass(slots=True, kw_only=True)
class TrackedIssue:
    """An issue (or pull request) of a repository."""

    id: str = ""
    number: int
    title: str
    state: str
    author: str | None = None
    created_at: datetime | None = None
