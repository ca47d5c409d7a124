"""Models of the OpenAI API used by ``client.files`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

import msgspec

from .._runtime.models import WireModel

__all__ = [
    "CreateFileRequest",
    "DeleteFileResponse",
    "FileExpirationAfter",
    "ListFilesResponse",
    "OpenAIFile",
]


class ListFilesResponse(WireModel, kw_only=True):
    object: str
    data: list[OpenAIFile]
    first_id: str
    last_id: str
    has_more: bool


class CreateFileRequest(WireModel, kw_only=True):
    file: bytes | tuple[str, bytes]
    purpose: str
    expires_after: FileExpirationAfter | None = None


class OpenAIFile(WireModel, kw_only=True):
    """The `File` object represents a document that has been uploaded to OpenAI."""

    id: str
    bytes_: int = msgspec.field(name="bytes")
    created_at: int
    expires_at: int | None = None
    filename: str
    object: str
    purpose: str
    status: str
    status_details: str | None = None


class DeleteFileResponse(WireModel, kw_only=True):
    id: str
    object: str
    deleted: bool


class FileExpirationAfter(WireModel, kw_only=True):
    """The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days
    and all other files are persisted until they are manually deleted.
    """

    anchor: str
    seconds: int
