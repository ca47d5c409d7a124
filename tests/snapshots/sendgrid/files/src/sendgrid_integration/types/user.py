"""Models of the SendGrid API used by ``client.user`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from .._runtime.models import WireModel

__all__ = [
    "GetUserWebhooksEventSettingsSignedResponse",
]


class GetUserWebhooksEventSettingsSignedResponse(WireModel, kw_only=True):
    public_key: str
