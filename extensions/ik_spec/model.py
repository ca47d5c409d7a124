"""The code model handed to the templates (docs/contracts.md, section 2)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from .filters import pyrepr, pystr

_ANY = re.compile(r"\bAny\b")


def optional(hint: str) -> str:
    """``hint | None`` unless it already admits None."""
    if hint == "Any" or hint == "None" or hint.endswith("| None"):
        return hint
    return f"{hint} | None"


def _isort_key(name: str) -> tuple[int, list[object]]:
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    parts: list[object] = [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name) if t]
    return kind, [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in parts]


def import_key(name: str) -> tuple[int, list[object]]:
    """ruff's isort order of a name inside ``from x import (...)``."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    parts = [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", name) if t]
    return kind, [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in parts]


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
    #: the parameter's schema, resolved (its pattern picks the usage tests' sample)
    schema: dict[str, Any] = field(default_factory=dict)

    @property
    def signature(self) -> str:
        """``name: type`` or ``name: type | None = None`` for the method signature."""
        if self.required:
            return f"{self.py_name}: {self.type_hint}"
        return f"{self.py_name}: {optional(self.type_hint)} = None"


@dataclass
class Body:
    #: "json" | "form" | "multipart" | "binary" (``BinaryBody``) | "text" (``str``)
    kind: str
    type_hint: str
    required: bool
    content_type: str = "application/json"
    description: str = ""
    #: multipart only: wire names of the file fields (sent as ``files=``)
    file_fields: list[str] = field(default_factory=list)

    @property
    def files_literal(self) -> str:
        """The file field names as a Python tuple literal."""
        return pyrepr(tuple(self.file_fields))

    @property
    def is_raw(self) -> bool:
        """Sent as ``content=`` (bytes, a file, chunks, or text encoded as UTF-8)."""
        return self.kind in ("binary", "text")

    def content_expr(self, name: str) -> str:
        """What is passed as ``content=`` for the body argument ``name``."""
        if self.kind == "binary":
            return name
        if self.required:
            return f'{name}.encode("utf-8")'
        return f'None if {name} is None else {name}.encode("utf-8")'

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
    #: resolved once the models exist (``iter_<operation>()`` is generated only then)
    item_type: str = ""
    #: the cursor parameter's and the items field's Python names
    cursor_py_name: str = ""
    items_py_name: str = ""
    items_optional: bool = False


@dataclass
class Probe:
    """A response union of Structs decoded by probing one field (runtime ``Probed``)."""

    #: wire name of the probed field
    field: str
    #: (Python literal of the fixed value, class) of each member the field selects
    cases: list[tuple[str, str]]
    #: the member decoded when the field is absent or holds another value ('' for none:
    #: another value is then a decoding error)
    default: str
    #: the members in the schema's order (the return type)
    members: list[str]
    #: the ``_wire`` constant holding the runtime ``Probed`` (set by the builder)
    name: str = ""

    @property
    def hint(self) -> str:
        return " | ".join(self.members)

    @property
    def construct(self) -> str:
        """The ``Probed(...)`` call defining the constant (in ``_wire.py``)."""
        cases = "".join(f"({value}, {cls})," for value, cls in self.cases)
        default = f", {self.default}" if self.default else ""
        return f"Probed({pystr(self.field)}, ({cases}){default})"


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
    #: "json" (decode to return_type) | "none" | "bytes" | "text" | "stream" (only
    #: ``text/event-stream``: the method always returns a stream of ``stream_chunk``)
    response_kind: str = "json"
    #: the chunk type of a ``text/event-stream`` response ('' when there is none)
    stream_chunk: str = ""
    #: stream_chunk is a class usable directly as ``type[T]``
    stream_plain: bool = False
    #: 2xx status codes documented without a body when response_kind is "json"
    #: (return_type then includes ``| None``)
    empty_statuses: list[int] = field(default_factory=list)
    #: return_type is a class (Struct or builtin) usable directly as ``type[T]``
    decode_plain: bool = False
    #: the return type is a union decoded by probing one field (``_wire.<probe.name>``)
    probe: Probe | None = None
    #: where the operation lives on the client: ``customers.create`` (resources.py)
    resource_call: str = ""
    #: the ResourceMethod of ``resource_call``, and the class holding it (``Customers``)
    resource_method: Any = None
    resource_class: str = ""

    @property
    def resource_iter_call(self) -> str:
        """``customers.iter_list``: the resource's page iterator of this operation."""
        head, _, verb = self.resource_call.rpartition(".")
        return f"{head}.iter_{verb}"

    @property
    def params(self) -> list[Param]:
        """Path, query then header parameters (method signature order)."""
        return [*self.path_params, *self.query_params, *self.header_params]

    @property
    def signature(self) -> list[str]:
        """Keyword-only parameters of the generated method (after ``self, *``)."""
        items = [p.signature for p in self.path_params]
        if self.body is not None:
            items.append(self.body.signature)
        items += [p.signature for p in self.query_params]
        items += [p.signature for p in self.header_params]
        items.append("timeout: float | None = None")
        return items

    @property
    def iter_signature(self) -> list[str]:
        """Parameters of ``iter_<operation>()``: the method's, less the cursor."""
        cursor = self.pagination.cursor_py_name if self.pagination else ""
        return [item for item in self.signature if item.split(":")[0] != cursor]

    @property
    def iter_arguments(self) -> list[str]:
        """``name=name`` for every parameter ``iter_<operation>()`` passes on."""
        names = [p.py_name for p in self.path_params]
        if self.body is not None:
            names.append("body")
        cursor = self.pagination.cursor_py_name if self.pagination else ""
        names += [p.py_name for p in [*self.query_params, *self.header_params]]
        return [f"{n}={n}" for n in names if n != cursor]

    @property
    def doc(self) -> str:
        """Docstring text: summary, description and the HTTP call."""
        parts = [s.strip() for s in (self.summary, self.description) if s and s.strip()]
        if len(parts) == 2 and parts[1].startswith(parts[0]):
            parts = parts[1:]
        parts.append(f"``{self.http_method} {self.path}``")
        return "\n\n".join(parts)

    @property
    def empty_check(self) -> str:
        """Condition on ``_response`` for documented body-less 2xx statuses ('' if none)."""
        if not self.empty_statuses:
            return ""
        if len(self.empty_statuses) == 1:
            return f"_response.status_code == {self.empty_statuses[0]}"
        return f"_response.status_code in {tuple(self.empty_statuses)!r}"

    @property
    def decode_expr(self) -> str:
        """The type argument of ``self._decode``; ``cast`` keeps mypy happy on unions."""
        if self.probe is not None:
            return f"_wire.{self.probe.name}"
        if self.decode_plain:
            return self.return_type
        return f"cast({pystr('type[' + self.return_type + ']')}, {self.return_type})"


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
        args.append(f"name={pystr(self.wire_name)}")
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
    #: msgspec tagged union membership: the tag field's wire name and this class's value
    #: (the field itself is then not declared: msgspec reads and writes it from the tag)
    tag_field: str = ""
    tag: str = ""

    @property
    def struct_options(self) -> str:
        """The class keywords after ``WireModel``: ``kw_only=True`` plus any tag."""
        opts = ["kw_only=True"]
        if self.tag_field:
            opts += [f"tag_field={pystr(self.tag_field)}", f"tag={pystr(self.tag)}"]
        return ", ".join(opts)


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
    #: how many schema uses were turned into type hints (see ``degraded``)
    schema_uses: int = 0
    #: the operations grouped into resources (``resources.py``), sorted by name
    resources: list[Any] = field(default_factory=list)
    #: response unions decoded by probing one field, one per distinct union
    probes: list[Probe] = field(default_factory=list)

    @property
    def argless_calls(self) -> list[Any]:
        """``(call path, ResourceMethod)`` of every method that needs no argument."""
        out = []
        for root in self.resources:
            for res in root.walk():
                for m in res.methods:
                    if not m.positional and not any(
                        a.required and not a.default_from for a in m.keyword
                    ):
                        out.append((".".join(res.chain), m))
        return out

    @property
    def usage_calls(self) -> list[tuple[str, Any, list[str]]]:
        """``(call path, method, arguments)`` of every method callable with literals."""
        out = []
        for root in self.resources:
            for res in reversed(root.walk()):
                for m in res.methods:
                    args = m.sample_arguments()
                    if args is not None and m.op.response_kind == "json":
                        out.append((".".join(res.chain), m, args))
        return out

    @property
    def usage_needs_types(self) -> bool:
        return any("_wire." in m.op.return_type for _, m, _ in self.usage_calls)

    @property
    def usage_needs_any(self) -> bool:
        return any(_ANY.search(m.op.return_type) for _, m, _ in self.usage_calls)

    @property
    def resource_class_names(self) -> list[str]:
        """The top-level resource classes, sync and async, sorted."""
        names = [r.class_name for r in self.resources]
        return sorted(names + [f"Async{n}" for n in names], key=str.lower)

    @property
    def aliased_operations(self) -> list[Operation]:
        """Operations whose deprecated flat method still exists (no resource took its name)."""
        taken = {r.attr for r in self.resources}
        return [op for op in self.operations if op.method_name not in taken and op.resource_call]

    @cached_property
    def type_modules(self) -> list[Any]:
        """The ``types/`` modules (``typemodules.py``): per top-level resource, then shared."""
        from .typemodules import type_modules

        return type_modules(self)

    @property
    def body_runtime_types(self) -> list[str]:
        """The runtime's body types the flat methods' signatures name (``BinaryBody``)."""
        ops = self.aliased_operations
        binary = any(op.body is not None and op.body.kind == "binary" for op in ops)
        return ["BinaryBody"] if binary else []

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
    def client_needs_msgspec(self) -> bool:
        return any(
            op.body is not None and op.body.kind in ("form", "multipart") for op in self.operations
        )

    @property
    def client_stdlib_imports(self) -> list[str]:
        lines = ["import warnings"] if self.has_deprecated else []
        typing_names = []
        if self.uses_any_in_client or self.has_multipart:
            typing_names.append("Any")
        if any(
            op.response_kind == "json" and op.decode_expr.startswith("cast(")
            for op in self.operations
        ):
            typing_names.append("cast")
        if typing_names:
            lines.append(f"from typing import {', '.join(typing_names)}")
        if self.pagination_helpers:
            lines.append("from collections.abc import AsyncIterator, Iterator")
        return lines

    @property
    def pagination_helpers(self) -> list[str]:
        """The runtime's page iterators the client uses (sync and async names)."""
        styles = {op.pagination.style for op in self.operations if op.pagination is not None}
        names = {"cursor": "cursor", "link_header": "link_header", "next_uri": "next_uri"}
        return sorted(f"{p}iter_{names[s]}" for s in styles for p in ("", "a"))

    @property
    def types_all(self) -> list[str]:
        """``__all__`` of ``types/__init__``: the models and the runtime's public option types."""
        names = [m.class_name for m in self.models] + ["NOT_GIVEN", "NotGiven", "RawResponse"]
        return sorted(set(names), key=_isort_key)

    @property
    def wire_all(self) -> list[str]:
        """Model names in the order ruff's RUF022 (isort-style) expects."""
        return sorted((m.class_name for m in self.models), key=_isort_key)

    def _client_hints(self) -> list[str]:
        hints: list[str] = []
        for op in self.operations:
            hints.append(op.return_type)
            hints.extend(p.type_hint for p in op.params)
            if op.body is not None:
                hints.append(op.body.type_hint)
            if op.pagination is not None:
                hints.append(op.pagination.item_type)
        return hints
