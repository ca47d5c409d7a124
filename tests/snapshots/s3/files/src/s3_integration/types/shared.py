"""Models of the S3 API shared by several resources, or by none (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

__all__: list[str] = []
