"""Your domain models: the names and types your application uses for S3 data.

This file is yours. It is rendered once, on `copier copy`; `copier update` never
overwrites it (files whose names start with `_` are the kit's and are regenerated).
"""

from __future__ import annotations

__all__: list[str] = []
