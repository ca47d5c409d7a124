"""Every request and response model of the S3 API (generated; do not edit).

Annotate your code with these (``from s3_integration.types import ...``).
Request models are msgspec Structs: construct them with keywords and pass them to the
resource methods; responses decode into them. Each model lives in the module of the
resource that uses it (``types/<resource>.py``) or in ``types/shared.py``.
"""

from .._runtime import NOT_GIVEN, NotGiven, RawResponse

__all__ = [
    "NOT_GIVEN",
    "NotGiven",
    "RawResponse",
]
