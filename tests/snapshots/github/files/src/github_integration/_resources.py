"""Domain resources of the GitHub clients (generated; do not edit).

Their methods return your domain objects (`domain.py`).

Each resource decodes the response into a view of the wire model (`_views.py`) and maps
it with the mapper of the same name in `mapping.py`; the raw wire methods stay on the
client for everything else.
"""

from __future__ import annotations

__all__ = [
    "AsyncResources",
    "Resources",
]


class Resources:
    """The domain resources of the sync client."""


class AsyncResources:
    """The domain resources of the async client."""
