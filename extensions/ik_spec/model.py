"""The code model handed to the templates (docs/contracts.md, section 2)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

_ANY = re.compile(r"\bAny\b")


def optional(hint: str) -> str:
    """``hint | None`` unless it already admits None."""
    if hint == "Any" or hint == "None" or hint.endswith("| None"):
        return hint
    return f"{hint} | None"


SelectionMode = Literal["all", "operation_ids", "tags", "paths"]


@dataclass(frozen=True)
class Selection:
    """Which operations to generate.

    ``mode="all"``; ``"operation_ids"`` (exact ids or fnmatch globs); ``"tags"`` (an
    operation with any listed tag); ``"paths"`` (fnmatch globs on the path template,
    optionally prefixed by a method: ``"GET /repos/*"``).
    """

    mode: SelectionMode = "all"
    values: tuple[str, ...] | list[str] = ()


@dataclass
class Param:
    py_name: str
    wire_name: str
    type_hint: str
    required: bool
    description: str = ""
    #: "path" | "query" | "header"
    location: str = "query"
    deprecated: bool = False

    @property
    def signature(self) -> str:
        """``name: type`` or ``name: type | None = None`` for the method signature."""
        if self.required:
            return f"{self.py_name}: {self.type_hint}"
        return f"{self.py_name}: {optional(self.type_hint)} = None"


@dataclass
class Body:
    #: "json" | "form" | "multipart"
    kind: str
    type_hint: str
    required: bool
    content_type: str = "application/json"
    description: str = ""
    #: multipart only: wire names of the file fields (sent as ``files=``)
    file_fields: list[str] = field(default_factory=list)

    @property
    def signature(self) -> str:
        if self.required:
            return f"body: {self.type_hint}"
        return f"body: {optional(self.type_hint)} = None"


@dataclass
class Pagination:
    #: "cursor" | "link_header" | "next_uri" | "page"
    style: str
    cursor_param: str | None = None
    items_field: str | None = None
    next_field: str | None = None


@dataclass
class Operation:
    method_name: str
    operation_id: str
    http_method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    path_params: list[Param]
    query_params: list[Param]
    header_params: list[Param]
    body: Body | None
    return_type: str
    pagination: Pagination | None = None
    idempotent: bool = False
    tags: list[str] = field(default_factory=list)
    #: "json" (decode to return_type) | "none" | "bytes" | "text"
    response_kind: str = "json"
    #: 2xx status codes documented without a body when response_kind is "json"
    #: (return_type then includes ``| None``)
    empty_statuses: list[int] = field(default_factory=list)

    @property
    def params(self) -> list[Param]:
        """Path, query then header parameters (method signature order)."""
        return [*self.path_params, *self.query_params, *self.header_params]


@dataclass
class Field:
    py_name: str
    wire_name: str
    type_hint: str
    required: bool
    description: str = ""

    @property
    def declaration(self) -> str:
        """The class-body line (without indentation) declaring this Struct field."""
        hint = self.type_hint if self.required else optional(self.type_hint)
        rename = self.py_name != self.wire_name
        if self.required and not rename:
            return f"{self.py_name}: {hint}"
        if not rename:
            return f"{self.py_name}: {hint} = None"
        args = [] if self.required else ["default=None"]
        args.append(f"name={self.wire_name!r}")
        return f"{self.py_name}: {hint} = msgspec.field({', '.join(args)})"


@dataclass
class Model:
    class_name: str
    description: str = ""
    fields: list[Field] = field(default_factory=list)
    #: set for a schema that is not an object: ``Name = <alias>``
    alias: str | None = None
    #: JSON pointer of the schema the model comes from
    source: str = ""


@dataclass
class ApiModel:
    operations: list[Operation]
    models: list[Model]
    snapshot: dict[str, Any]
    warnings: list[str]
    title: str = ""
    version: str = ""
    #: "2.0" | "3.0" | "3.1" (of the input document)
    spec_version: str = "3.0"
    servers: list[str] = field(default_factory=list)
    #: number of operations in the input document (before selection)
    total_operations: int = 0
    #: how many schemas/parameters were degraded to Any (each also has a warning)
    degraded: int = 0

    @property
    def struct_models(self) -> list[Model]:
        return [m for m in self.models if m.alias is None]

    @property
    def alias_models(self) -> list[Model]:
        return [m for m in self.models if m.alias is not None]

    @property
    def has_multipart(self) -> bool:
        return any(op.body is not None and op.body.kind == "multipart" for op in self.operations)

    @property
    def has_deprecated(self) -> bool:
        return any(op.deprecated for op in self.operations)

    @property
    def uses_any_in_client(self) -> bool:
        return any(_ANY.search(t) for t in self._client_hints())

    @property
    def uses_wire_in_client(self) -> bool:
        return any("_wire." in t for t in self._client_hints())

    @property
    def uses_form_body(self) -> bool:
        return any(op.body is not None and op.body.kind == "form" for op in self.operations)

    def _client_hints(self) -> list[str]:
        hints: list[str] = []
        for op in self.operations:
            hints.append(op.return_type)
            hints.extend(p.type_hint for p in op.params)
            if op.body is not None:
                hints.append(op.body.type_hint)
        return hints

    @property
    def uses_any_in_wire(self) -> bool:
        return any(
            _ANY.search(m.alias or "") or any(_ANY.search(f.type_hint) for f in m.fields)
            for m in self.models
        )
