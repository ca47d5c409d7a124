"""Views of S3 wire models (generated; do not edit).

Each holds only the fields a mapper reads.

The domain resources decode responses into these, so a change to a field you do not
map can never break them, and decoding skips everything else. ``gc=False``: views hold
plain JSON values only (no reference cycles), so the garbage collector can skip them.
"""

from __future__ import annotations

__all__: list[str] = []
