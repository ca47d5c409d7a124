"""How S3 data becomes your domain objects (and back): one Mapper per class.

This file is yours: rendered once, never overwritten by `copier update`. A mapper lists
only what differs from the default rule (same field name, converted to the provider's
case); unknown provider fields are ignored, a missing required field or a wrong type
raises MappingError with the JSON path, unknown enum values become UNKNOWN (and are
logged). The generated `_resources.py` uses the constants below by name.

This is a starter: add the fields your application needs to `domain.py`, then map any
whose provider name or type differs here (see the converters in `_mapping`).
"""

from __future__ import annotations

__all__: list[str] = []
