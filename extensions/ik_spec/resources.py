"""Operations grouped into resources with verb methods (docs/design.md, "Resources").

The rules, applied to every operation of the document in the same way:

1. An operationId of the form ``area/verb-words`` (GitHub) gives the resource ``area``
   and the method ``verb_words``.
   A path that is one dotted segment (Slack's ``/chat.postMessage``) gives the
   resource ``chat`` and the method ``post_message``.
2. Otherwise the path decides. Leading version segments (``v1``, ``2010-04-01``,
   ``api``) and file extensions (``.json``) are dropped; the static segments that are
   left name the resource chain (``/v1/customers/{customer}/sources`` ->
   ``customers.sources``). A path parameter the client already knows (Twilio's
   ``AccountSid``, from the basic-auth user name) is dropped together with the segment
   before it.
3. The verb comes from the method and whether the path ends in a parameter: ``GET``
   collection -> ``list`` (``retrieve`` when it answers with one object, as Stripe's
   ``/v1/account``), ``POST`` collection -> ``create``, ``GET`` item -> ``retrieve``,
   ``POST``/``PUT``/``PATCH`` item -> ``update`` (``PUT`` is ``replace`` where the path
   also has ``PATCH``), ``DELETE`` -> ``delete``.
4. A last static segment that is the only operation on its path, has no deeper paths,
   and whose parent path is itself an operation path, is an *action* on the parent
   resource (``POST /v1/payment_intents/{intent}/confirm`` ->
   ``payment_intents.confirm``; ``GET /v1/customers/search`` -> ``customers.search``);
   ``DELETE``/``PUT``/``PATCH`` actions are prefixed ``delete_``/``update_``. A ``GET``
   whose operationId starts with ``list`` stays a sub-resource ``list``.
5. A method name already taken in its resource (or equal to a sub-resource, or
   reserved) falls back to the operation's flat method name; every such fallback is
   reported with the operation's location.
"""

from __future__ import annotations

import builtins
import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from .filters import STRING_LITERAL, pystr
from .loader import pointer
from .model import Field, Model, Operation, Param, optional
from .names import RESERVED_METHOD_NAMES, UniqueNames, pascal_case, snake_case
from .patterns import sample_string
from .typemap import FILE_TYPE

__all__ = ["CLIENT_ATTRIBUTES", "Argument", "Resource", "ResourceMethod", "build_resources"]

_VERSION = re.compile(r"^(v\d+([._]\d+)*([a-z]+\d*)?|\d{4}-\d{2}-\d{2}|api|rest)$", re.IGNORECASE)
_EXTENSION = re.compile(r"\.(json|xml|csv|txt)$", re.IGNORECASE)
#: Option keywords every method has; operation parameters are renamed away from them.
OPTION_NAMES = frozenset(
    {"extra_headers", "extra_query", "extra_body", "timeout", "max_retries", "idempotency_key"}
)
#: Attribute names a resource class itself uses.
RESOURCE_RESERVED = frozenset({"with_raw_response", "with_streaming_response", "with_options"})
_BUILTIN_NAMES = frozenset(dir(builtins))
#: Attribute names of the generated clients a top-level resource must not take.
CLIENT_ATTRIBUTES = RESERVED_METHOD_NAMES | {"aclose", "backend", "domain", "raw"}


def kwarg_name(wire: str) -> str:
    """A keyword-argument name for a wire name: snake case, keywords get ``_``."""
    name = snake_case(wire) or "value"
    if name[0].isdigit():
        name = f"p_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name == "self":
        name += "_"
    return name


@dataclass
class Argument:
    """One parameter of a resource method."""

    py_name: str
    wire_name: str
    type_hint: str
    required: bool
    #: "path" | "query" | "header" | "body"
    location: str
    #: a runtime method filling the value when it is not passed (``_auth_username``)
    default_from: str = ""
    #: a Python literal meeting the parameter's schema (pattern, enum, example) for the
    #: usage tests and the mock's account ('' when the schema constrains nothing)
    sample: str = ""

    @property
    def signature(self) -> str:
        if self.default_from:
            return f"{self.py_name}: {self.type_hint} | None = None"
        if self.required:
            return f"{self.py_name}: {self.type_hint}"
        if self.location == "body":
            hint = self.type_hint
            if hint.endswith(" | None"):  # ruff RUF036: None last
                bare = hint.removesuffix(" | None")
                return f"{self.py_name}: {bare} | NotGiven | None = NOT_GIVEN"
            return f"{self.py_name}: {hint} | NotGiven = NOT_GIVEN"
        return f"{self.py_name}: {optional(self.type_hint)} = None"

    @property
    def value(self) -> str:
        """The expression passed on the wire (the default filled in when needed)."""
        if self.default_from:
            return (
                f"{self.py_name} if {self.py_name} is not None"
                f" else self._client.{self.default_from}()"
            )
        return self.py_name


@dataclass
class ResourceMethod:
    name: str
    op: Operation
    #: path parameters passed positionally (the last one) or by keyword
    positional: list[Argument]
    keyword: list[Argument]
    #: "fields" (body flattened into keywords) | "whole" (one ``body`` keyword) |
    #: "content" (a binary or text body: one ``content`` keyword) | "none"
    body_mode: str
    body_args: list[Argument] = field(default_factory=list)
    idempotency: bool = False

    @property
    def content_type(self) -> str:
        """The ``content-type`` a binary or text body is sent with, when it is not the
        runtime's default (``application/octet-stream``)."""
        body = self.op.body
        if self.body_mode != "content" or body is None:
            return ""
        return "" if body.content_type == "application/octet-stream" else body.content_type

    @property
    def content_value(self) -> str:
        """The ``content=`` expression of a binary or text body."""
        assert self.op.body is not None
        return self.op.body.content_expr(self.body_args[0].py_name)

    @property
    def path_args(self) -> list[Argument]:
        return [a for a in [*self.positional, *self.keyword] if a.location == "path"]

    @property
    def query_args(self) -> list[Argument]:
        return [a for a in self.keyword if a.location == "query"]

    @property
    def header_args(self) -> list[Argument]:
        return [a for a in self.keyword if a.location == "header"]

    @property
    def signature(self) -> list[str]:
        """Parameters after ``self``: positional ones, ``*``, keywords, options."""
        items = [a.signature for a in self.positional]
        items.append("*")
        ordered = sorted(self.keyword, key=lambda a: not (a.required and not a.default_from))
        items += [a.signature for a in ordered]
        items += [
            "extra_headers: Headers | None = None",
            "extra_query: Query | None = None",
            "extra_body: Body | None = None",
            "timeout: float | httpx.Timeout | None = None",
            "max_retries: int | None = None",
        ]
        if self.idempotency:
            items.append("idempotency_key: str | None = None")
        return items

    @property
    def options(self) -> list[str]:
        names = ["extra_headers", "extra_query", "extra_body", "timeout", "max_retries"]
        if self.idempotency:
            names.append("idempotency_key")
        return [f"{n}={n}" for n in names]

    @property
    def call_arguments(self) -> list[str]:
        """``name=name`` for every parameter (iterators call the method with them)."""
        names = [a.py_name for a in [*self.positional, *self.keyword]]
        return [f"{n}={n}" for n in names]

    @property
    def cursor_arg(self) -> Argument | None:
        pag = self.op.pagination
        if pag is None or not pag.cursor_param:
            return None
        return next((a for a in self.query_args if a.wire_name == pag.cursor_param), None)

    @property
    def iter_signature(self) -> list[str]:
        """Parameters of ``iter_<name>()``: the method's, less the cursor."""
        cursor = self.cursor_arg
        skip = cursor.signature if cursor is not None else None
        return [item for item in self.signature if item != skip]

    @property
    def iter_arguments(self) -> list[str]:
        """What ``iter_<name>()`` passes on to the method (all but the cursor)."""
        cursor = self.cursor_arg
        names = [a.py_name for a in [*self.positional, *self.keyword] if a is not cursor]
        return [f"{n}={n}" for n in names] + self.options

    @property
    def stream_arg(self) -> Argument | None:
        """The body flag (``stream``) that turns the answer into an event stream."""
        if not self.op.stream_chunk or self.op.response_kind != "json":
            return None
        return next((a for a in self.body_args if a.wire_name == "stream"), None)

    @property
    def stream_mode(self) -> str:
        """ "flag" (overloads on ``stream=``), "always" (only an event stream) or ""."""
        if self.op.response_kind == "stream":
            return "always"
        return "flag" if self.stream_arg is not None else ""

    @property
    def stream_type(self) -> str:
        """The chunk type argument of ``_stream`` (a cast for unions)."""
        chunk = self.op.stream_chunk
        if self.op.stream_plain:
            return chunk
        return f"_cast({pystr('type[' + chunk + ']')}, {chunk})"

    def stream_hint(self, is_async: bool) -> str:
        return f"{'Async' if is_async else ''}Stream[{self.op.stream_chunk}]"

    def result_hint(self, is_async: bool) -> str:
        """What the method returns (the implementation's union for ``stream=`` overloads)."""
        if self.op.response_kind == "bytes":
            return f"{'Async' if is_async else ''}BinaryResponse"
        if self.stream_mode == "always":
            return self.stream_hint(is_async)
        if self.stream_mode == "flag":
            return f"{self.op.return_type} | {self.stream_hint(is_async)}"
        return self.op.return_type

    def signature_for(self, stream: str) -> list[str]:
        """``signature`` with the ``stream`` flag typed for one overload."""
        arg = self.stream_arg
        if arg is None:
            return self.signature
        kinds = {
            "false": f"{arg.py_name}: Literal[False] | NotGiven | None = NOT_GIVEN",
            "true": f"{arg.py_name}: Literal[True]",
        }
        return [
            kinds.get(stream, item) if item == arg.signature else item for item in self.signature
        ]

    @property
    def hints(self) -> list[str]:
        out = [a.type_hint for a in [*self.positional, *self.keyword]]
        out.append(self.op.return_type)
        if self.op.stream_chunk:
            out.append(self.op.stream_chunk)
        if self.op.pagination is not None:
            out.append(self.op.pagination.item_type)
        return out

    def sample_arguments(self) -> list[str] | None:
        """Literal arguments for the required parameters, or None if one is not simple."""
        out = []
        for a in self.positional:
            value = a.sample or _sample(a.type_hint)
            if value is None:
                return None
            out.append(value)
        for a in self.keyword:
            if a.required and not a.default_from:
                value = a.sample or _sample(a.type_hint)
                if value is None:
                    return None
                out.append(f"{a.py_name}={value}")
        return out

    def example_arguments(self) -> list[str]:
        """``sample_arguments`` plus one optional body keyword, for README examples."""
        args = self.sample_arguments() or []
        if not any(a.location == "body" and a.required for a in self.keyword):
            optional = next(
                (a for a in self.body_args if not a.required and a.type_hint == "str"), None
            )
            if optional is not None:
                args.append(f'{optional.py_name}="{optional.wire_name}-value"')
        return args

    @property
    def uses_parse(self) -> bool:
        """Whether the method body decodes a whole response (``parse``)."""
        return self.stream_mode != "always" and self.op.response_kind != "bytes"

    @property
    def parse(self) -> str:
        """The lambda turning the response into the result."""
        op = self.op
        if op.response_kind == "text":
            return "lambda _r: _r.text"
        if op.response_kind == "bytes":
            return "lambda _r: _r.content"
        if op.response_kind == "none":
            return "lambda _r: None"
        expr = op.decode_expr.replace("cast(", "_cast(", 1)
        decode = f"self._client._decode(_r, {expr})"
        check = op.empty_check.replace("_response.", "_r.")
        if check:
            return f"lambda _r: None if {check} else {decode}"
        return f"lambda _r: {decode}"


@dataclass
class Resource:
    attr: str
    chain: tuple[str, ...]
    methods: list[ResourceMethod] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)

    @property
    def class_name(self) -> str:
        return "".join(pascal_case(part) for part in self.chain)

    @property
    def module(self) -> str:
        """The module under ``resources/`` (top-level resources only)."""
        return self.chain[0]

    @property
    def username_sample(self) -> str:
        """The sample of a path parameter the client fills from the basic-auth user name
        (Twilio's ``AccountSid``) in this resource tree: the mock's account ('' if none)."""
        for res in self.walk():
            for m in res.methods:
                for a in m.path_args:
                    if a.default_from == "_auth_username" and a.sample:
                        return a.sample
        return ""

    @property
    def summary(self) -> str:
        verbs = ", ".join(f"``{m.name}()``" for m in self.methods)
        subs = ", ".join(f"``{c.attr}``" for c in self.children)
        parts = [p for p in (verbs, f"sub-resources {subs}" if subs else "") if p]
        return "; ".join(parts) + "."

    def fix(self, text: str) -> str:
        """``text`` with the builtins this class shadows qualified as ``builtins.X``."""
        for name in sorted(self.builtin_shadows):
            word = rf"(?<![\w.]){name}(?=\[|\b)(?!\s*=)(?!:)"
            text = re.sub(
                STRING_LITERAL + "|" + word,
                lambda m: m.group(0) if m.group(0)[0] in "'\"" else f"builtins.{m.group(0)}",
                text,
            )
        return text

    def _module_methods(self) -> list[ResourceMethod]:
        return [m for r in self.walk() for m in r.methods]

    @property
    def import_names(self) -> list[str]:
        """``all`` in the order ruff's isort wants inside ``from x import (...)``."""
        return sorted(self.all, key=str.lower)

    @property
    def all(self) -> list[str]:
        names = []
        for r in self.walk():
            for p in ("", "Async"):
                names += [f"{p}{r.class_name}", f"{p}{r.class_name}WithRawResponse"]
        return sorted(names)

    @property
    def uses_wire(self) -> bool:
        return any("_wire." in h for m in self._module_methods() for h in m.hints)

    @property
    def needs_builtins(self) -> bool:
        for r in self.walk():
            for m in r.methods:
                texts = [*m.signature, m.op.return_type]
                if m.op.pagination is not None:
                    texts.append(m.op.pagination.item_type)
                if any(r.fix(t) != t for t in texts):
                    return True
        return False

    @property
    def stdlib_imports(self) -> list[str]:
        methods = self._module_methods()
        lines = []
        if self.needs_builtins:
            lines.append("import builtins")
        if any(m.op.pagination for m in methods):
            lines.append("from collections.abc import AsyncIterator, Iterator")
        lines.append("from functools import cached_property")
        typing_names = []
        if any(re.search(r"\bAny\b", h) for m in methods for h in m.hints):
            typing_names.append("Any")
        if any(m.stream_mode == "flag" for m in methods) or any(
            re.search(r"\bLiteral\[", h) for m in methods for h in m.hints
        ):
            typing_names.append("Literal")
        if any(m.stream_mode == "flag" for m in methods):
            typing_names.append("overload")
        if typing_names:
            lines.append(f"from typing import {', '.join(typing_names)}")
        parsed = [m.parse for m in methods if m.uses_parse]
        streamed = [m.stream_type for m in methods if m.stream_mode]
        if any("_cast(" in text for text in parsed + streamed):
            lines.append("from typing import cast as _cast")
        return lines

    @property
    def runtime_imports(self) -> list[str]:
        methods = self._module_methods()
        names = {
            "NOT_GIVEN",
            "AsyncAPIClient",
            "Body",
            "Headers",
            "NotGiven",
            "Query",
            "SyncAPIClient",
            "async_to_raw_response_wrapper",
            "to_raw_response_wrapper",
        }
        if not any(a.location == "body" and not a.required for m in methods for a in m.keyword):
            names -= {"NOT_GIVEN", "NotGiven"}
        if any(m.stream_mode for m in methods):
            names |= {"Stream", "AsyncStream"}
        if any(m.op.response_kind == "bytes" for m in methods):
            names |= {"BinaryResponse", "AsyncBinaryResponse"}
        if any(FILE_INPUT in a.type_hint for m in methods for a in m.body_args):
            names.add(FILE_INPUT)
        if any(
            a.location == "content" and a.type_hint == BINARY for m in methods for a in m.body_args
        ):
            names.add(BINARY)
        for m in methods:
            pag = m.op.pagination
            if pag is not None:
                style = {"link_header": "link_header"}.get(pag.style, pag.style)
                names |= {f"iter_{style}", f"aiter_{style}"}
        order = {n: (0 if n.isupper() else 1 if n[0].isupper() else 2, n.lower()) for n in names}
        return sorted((n for n in names if " as " not in n), key=lambda n: order[n])

    @property
    def runtime_aliases(self) -> list[str]:
        """``given as _given``...: one ``from .._runtime import`` line each (isort style)."""
        methods = self._module_methods()
        out = []
        if any(
            m.body_mode == "fields" and m.op.body and m.op.body.kind != "multipart" for m in methods
        ):
            out.append("given as _given")
        if any(
            m.body_mode == "fields" and m.op.body and m.op.body.kind == "multipart" for m in methods
        ):
            out.append("split_multipart as _split_multipart")
        return out

    def walk(self) -> list[Resource]:
        """This resource and every sub-resource, children first (definition order)."""
        out: list[Resource] = []
        for child in self.children:
            out += child.walk()
        out.append(self)
        return out

    @property
    def builtin_shadows(self) -> set[str]:
        """Builtin names this class defines (hints in its body need ``builtins.``)."""
        names = {m.name for m in self.methods} | {c.attr for c in self.children}
        names |= {f"iter_{m.name}" for m in self.methods if m.op.pagination}
        return names & _BUILTIN_NAMES


FILE_INPUT = "FileInput"
BINARY = "BinaryBody"
"""The runtime's type of a file field: a path, an open binary file, bytes or a tuple."""

_SAMPLES = {"str": '"x"', "int": "1", "float": "1.0", "bool": "True", "list[str]": '["x"]'}
_LITERAL = re.compile(r"^Literal\[('[^']*'|\"[^\"]*\")")


def _sample(hint: str) -> str | None:
    """A literal of type ``hint`` for the generated usage tests (simple types only)."""
    hint = hint.removesuffix(" | None")
    if hint in _SAMPLES:
        return _SAMPLES[hint]
    match = _LITERAL.match(hint)
    return match.group(1) if match else None


def _path_sample(p: Param, where: str, warnings: list[str]) -> str:
    """A literal for path parameter ``p`` meeting its schema ('' when it constrains
    nothing or when no value does: then the usage tests keep ``"x"``, reported)."""
    schema = p.schema
    if p.type_hint.removesuffix(" | None") != "str" or not any(
        k in schema for k in ("pattern", "enum", "example")
    ):
        return ""
    value = sample_string(schema)
    if value is None:
        warnings.append(
            f"{where}: path parameter {p.wire_name!r}: no sample value meets its schema"
            f" (pattern {schema.get('pattern')!r}); the usage tests and the mock pass"
            " a placeholder a contract verifier rejects"
        )
        return ""
    return pystr(value)


def _default_for(wire: str, known: dict[str, str]) -> str:
    """The runtime method filling path parameter ``wire`` ('' if the caller must pass it).

    A key ``"*accountsid"`` matches any spelling (``AccountSid``, ``account_sid``).
    """
    squashed = "*" + wire.replace("_", "").lower()
    return known.get(wire) or known.get(squashed) or ""


def _segments(path: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for raw in path.split("/"):
        if not raw:
            continue
        seg = _EXTENSION.sub("", raw)
        if seg.startswith("{") and seg.endswith("}"):
            out.append((seg[1:-1], True))
        else:
            out.append((seg, False))
    while out and not out[0][1] and _VERSION.match(out[0][0]) and len(out) > 1:
        out.pop(0)
    return out


def _norm(path: str) -> str:
    return "/".join(("{}" if p else s) for s, p in _segments(path))


_ITEMS = frozenset({"data", "items", "result", "results", "entries", "records", "values"})


def _returns_collection(op: Operation, structs: dict[str, Model]) -> bool:
    """Whether a ``GET`` answers with many items (a list, a page) rather than one object."""
    if op.pagination is not None or op.operation_id.lower().startswith("list"):
        return True
    hint = op.return_type.removesuffix(" | None")
    if hint.startswith("list["):
        return True
    model = structs.get(hint.removeprefix("_wire."))
    if model is None:
        return not op.operation_id.lower().startswith(("fetch", "get", "retrieve"))
    return any(f.wire_name in _ITEMS and f.type_hint.startswith("list[") for f in model.fields)


def _place(
    op: Operation,
    shape: dict[str, set[str]],
    known_params: dict[str, str],
    structs: dict[str, Model],
) -> tuple[tuple[str, ...], str]:
    """The resource chain and verb of one operation."""
    op_id = op.operation_id
    if "/" in op_id and op_id.count("/") == 1:
        area, verb = op_id.split("/")
        return (kwarg_name(area),), kwarg_name(verb)
    segs = _segments(op.path)
    if len(segs) == 1 and not segs[0][1] and "." in segs[0][0].strip("."):
        # Slack: /chat.postMessage -> chat.post_message
        *areas, last = segs[0][0].split(".")
        return tuple(kwarg_name(a) for a in areas), kwarg_name(last)
    kept: list[tuple[str, bool]] = []
    for i, (name, is_param) in enumerate(segs):
        if (
            is_param
            and _default_for(name, known_params)
            and i + 1 < len(segs)
            and kept
            and not kept[-1][1]
        ):
            kept.pop()  # ".../Accounts/{AccountSid}/Messages" -> "Messages"
            continue
        kept.append((name, is_param))
    statics = [kwarg_name(name) for name, is_param in kept if not is_param]
    method = op.http_method
    ends_in_param = bool(kept) and kept[-1][1]
    norm = _norm(op.path)
    if kept and not ends_in_param and len(statics) >= 1:
        parent = norm.rsplit("/", 1)[0] if "/" in norm else ""
        deeper = any(other.startswith(norm + "/") for other in shape)
        single = len(shape.get(norm, set())) <= 1
        lists = method == "GET" and op_id.lower().startswith("list")
        if parent and parent in shape and single and not deeper and not lists:
            name = statics[-1]
            prefix = {"DELETE": "delete_", "PUT": "update_", "PATCH": "update_"}.get(method, "")
            return tuple(statics[:-1]) or ("root",), prefix + name
    methods = shape.get(norm, set())
    if method == "PUT" and "PATCH" in methods:
        verb = "replace"  # PATCH updates, PUT replaces the whole object
    elif ends_in_param:
        verb = {"GET": "retrieve", "DELETE": "delete", "HEAD": "exists"}.get(method, "update")
    elif method == "GET":
        many = f"{norm}/{{}}" in shape or _returns_collection(op, structs)
        verb = "list" if many else "retrieve"
    else:
        verb = {"POST": "create", "DELETE": "delete", "HEAD": "exists"}.get(method, "update")
    return tuple(statics) or ("root",), verb


def _struct_fields(hint: str, structs: dict[str, Model]) -> list[Field] | None:
    name = hint.removeprefix("_wire.")
    if name == hint or not name.isidentifier():
        return None
    model = structs.get(name)
    if model is None or model.tag_field:
        return None  # a tagged union member: its tag is sent by the Struct itself
    return model.fields


def _method(
    name: str,
    op: Operation,
    structs: dict[str, Model],
    known_params: dict[str, str],
    qualify: Any,
    idempotency: bool,
    warnings: list[str],
) -> ResourceMethod:
    where = _where(op)
    used = UniqueNames({"self", *OPTION_NAMES})

    def claim(wire: str, location: str) -> str:
        base = kwarg_name(wire)
        if base in OPTION_NAMES:
            base += "_"
        got = used.claim(base)
        if got != base:
            warnings.append(
                f"{where}: {location} parameter {wire!r} is the keyword {got!r} ({base!r} is taken)"
            )
        return got

    def arg(p: Param) -> Argument:
        default = _default_for(p.wire_name, known_params) if p.location == "path" else ""
        return Argument(
            claim(p.wire_name, p.location),
            p.wire_name,
            p.type_hint,
            p.required and not default,
            p.location,
            default,
            _path_sample(p, where, warnings) if p.location == "path" else "",
        )

    path_args = [arg(p) for p in op.path_params]
    explicit = [a for a in path_args if not a.default_from]
    positional = explicit[-1:]
    keyword = [a for a in path_args if a not in positional]
    keyword += [arg(p) for p in op.query_params]
    keyword += [arg(p) for p in op.header_params]
    body_mode = "none"
    body_args: list[Argument] = []
    if op.body is not None:
        fields = None if op.body.is_raw else _struct_fields(op.body.type_hint, structs)
        if fields is not None:
            body_mode = "fields"
            files = set(op.body.file_fields) if op.body.kind == "multipart" else set()
            for f in fields:
                hint = qualify(f.type_hint)
                if f.wire_name in files:
                    hint = hint.replace(FILE_TYPE, FILE_INPUT)  # streamed from disk
                body_args.append(
                    Argument(
                        claim(f.wire_name, "body"),
                        f.wire_name,
                        hint,
                        f.required and op.body.required,
                        "body",
                    )
                )
        elif op.http_method in ("GET", "HEAD", "DELETE") and not op.body.required:
            warnings.append(
                f"{where}: the {op.http_method} request body ({op.body.type_hint}) is not"
                " sent by the resource method (send fields with extra_body=)"
            )
        elif op.body.is_raw:
            body_mode = "content"
            body_args.append(
                Argument(
                    claim("content", "body"), "", op.body.type_hint, op.body.required, "content"
                )
            )
        else:
            body_mode = "whole"
            hint = op.body.type_hint
            body_args.append(Argument(claim("body", "body"), "", hint, op.body.required, "whole"))
    keyword += body_args
    if (
        op.stream_chunk
        and op.response_kind == "json"
        and not any(a.wire_name == "stream" for a in body_args)
    ):
        warnings.append(
            f"{where}: the text/event-stream response has no `stream` body field to ask"
            " for it; the method returns the JSON answer only"
        )
    return ResourceMethod(
        name=name,
        op=op,
        positional=positional,
        keyword=keyword,
        body_mode=body_mode,
        body_args=body_args,
        idempotency=idempotency and op.http_method not in ("GET", "HEAD", "OPTIONS"),
    )


def build_resources(
    operations: list[Operation],
    document_ops: list[tuple[str, str]],
    structs: dict[str, Model],
    qualify: Any,
    warnings: list[str],
    *,
    known_params: dict[str, str] | None = None,
    idempotency: bool = False,
    reserved: frozenset[str] = frozenset(),
) -> list[Resource]:
    """Top-level resources (sorted by name) holding every operation once.

    ``document_ops`` are the ``(path, method)`` pairs of the whole document: the shape
    of the API decides actions versus sub-resources, whatever the selection.
    """
    known = known_params or {}
    shape: dict[str, set[str]] = {}
    for path, method in document_ops:
        shape.setdefault(_norm(path), set()).add(method.upper())
    roots: dict[str, Resource] = {}
    placed: list[tuple[tuple[str, ...], str, Operation]] = []
    for op in operations:
        chain, verb = _place(op, shape, known, structs)
        if chain[0] in reserved:
            warnings.append(
                f"{_where(op)}: resource name {chain[0]!r} is a client attribute;"
                f" using {chain[0] + '_'!r}"
            )
            chain = (chain[0] + "_", *chain[1:])
        placed.append((chain, verb, op))
    for chain, _verb, _op in placed:
        node = roots.setdefault(chain[0], Resource(chain[0], chain[:1]))
        for depth in range(1, len(chain)):
            found = next((c for c in node.children if c.attr == chain[depth]), None)
            if found is None:
                found = Resource(chain[depth], chain[: depth + 1])
                node.children.append(found)
            node = found
    for chain, verb, op in placed:
        node = roots[chain[0]]
        for part in chain[1:]:
            node = next(c for c in node.children if c.attr == part)
        taken = {m.name for m in node.methods} | {c.attr for c in node.children}
        taken |= {f"iter_{m.name}" for m in node.methods if m.op.pagination}
        name = verb
        if (
            name in taken
            or name in RESOURCE_RESERVED
            or (op.pagination and f"iter_{name}" in taken)
        ):
            name = op.method_name
            warnings.append(
                f"{_where(op)}: {'.'.join(chain)}.{verb}() is taken; this operation is"
                f" {'.'.join(chain)}.{name}()"
            )
        node.methods.append(_method(name, op, structs, known, qualify, idempotency, warnings))
        op.resource_call = ".".join((*chain, name))
        op.resource_method = node.methods[-1]
        op.resource_class = node.class_name
    for root in roots.values():
        for res in root.walk():
            res.children.sort(key=lambda c: c.attr)
    return [roots[k] for k in sorted(roots)]


def _where(op: Operation) -> str:
    """The operation's JSON pointer, as the builder writes it in its warnings."""
    return pointer("paths", op.path, op.http_method.lower())
