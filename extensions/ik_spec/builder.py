"""build_api: spec document -> ApiModel."""

from __future__ import annotations

import re
from collections.abc import Iterable
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from . import swagger2
from .credentials import credential_names, is_credential
from .handops import synthesize
from .loader import (
    JSONDict,
    RefResolver,
    SpecError,
    escape_pointer_token,
    normalise,
    pointer,
    read_source,
    spec_version,
)
from .model import (
    ApiModel,
    Body,
    Model,
    Operation,
    Pagination,
    Param,
    Probe,
    Selection,
    optional,
)
from .names import (
    MAX_IDENTIFIER,
    RESERVED_METHOD_NAMES,
    RESERVED_PARAM_NAMES,
    UniqueNames,
    capped,
    pascal_case,
    safe_identifier,
    snake_case,
)
from .prose import docs_site, plain_text
from .resources import CLIENT_ATTRIBUTES, build_resources
from .snapshot import build_snapshot
from .typemap import TypeMapper, qualify

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_PLACEHOLDER = re.compile(r"\{([^{}/]+)\}")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PLAIN = frozenset({"str", "int", "float", "bool", "bytes"})


def _is_json(content_type: str) -> bool:
    base = content_type.split(";")[0].strip().lower()
    return (
        base in ("application/json", "text/json", "*/*", "application/*")
        or base.endswith("+json")
        or base.endswith("/json")
    )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


class _OpRef:
    __slots__ = ("item", "method", "op", "path")

    def __init__(self, path: str, method: str, op: JSONDict, item: JSONDict) -> None:
        self.path = path
        self.method = method
        self.op = op
        self.item = item


def _selected(sel: Selection, ref: _OpRef) -> bool:
    if sel.mode == "all":
        return True
    values = [str(v) for v in sel.values]
    if sel.mode == "operation_ids":
        op_id = _text(ref.op.get("operationId"))
        return any(op_id == v or fnmatchcase(op_id, v) for v in values)
    if sel.mode == "tags":
        tags = [str(t) for t in ref.op.get("tags") or [] if isinstance(t, str | int)]
        return any(t == v or fnmatchcase(t, v) for t in tags for v in values)
    if sel.mode == "paths":
        for v in values:
            method, _, glob = v.partition(" ") if " " in v.strip() else ("", "", v)
            if method and method.strip().lower() != ref.method:
                continue
            glob = glob.strip()
            if ref.path == glob or fnmatchcase(ref.path, glob):
                return True
        return False
    raise SpecError(f"unknown selection mode {sel.mode!r}")


class _Builder:
    def __init__(self, doc: JSONDict, version: str, warnings: list[str], preset: dict[str, Any]):
        self.doc = doc
        self.version = version
        self.warnings = warnings
        self.preset = preset
        self.resolver = RefResolver(doc)
        self.types = TypeMapper(self.resolver, warnings)

    def warn(self, where: str, message: str) -> None:
        self.warnings.append(f"{where}: {message}")

    # -- operations ---------------------------------------------------------------
    def all_operations(self) -> list[_OpRef]:
        paths = self.doc.get("paths")
        if paths is None:
            return []
        if not isinstance(paths, dict):
            raise SpecError("#/paths: not a mapping")
        out: list[_OpRef] = []
        for path, item in paths.items():
            if isinstance(item, dict) and isinstance(item.get("$ref"), str):
                try:
                    item = self.resolver.deref(item)
                except SpecError as exc:
                    self.warn(pointer("paths", path), f"{exc}; path skipped")
                    continue
            if not isinstance(item, dict):
                continue
            if any(seg in {".", ".."} for seg in str(path).split("/")):
                self.warn(pointer("paths", path), "a '.' or '..' segment; path skipped")
                continue
            for method in METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    out.append(_OpRef(path, method, op, item))
        return out

    def method_names(self, ops: list[_OpRef]) -> list[str]:
        used = UniqueNames(RESERVED_METHOD_NAMES)
        names: list[str] = []
        for ref in ops:
            op_id = _text(ref.op.get("operationId"))
            base = safe_identifier(
                op_id or f"{ref.method} {ref.path}", fallback=ref.method, digit_prefix="op"
            )
            if base in RESERVED_METHOD_NAMES:
                base += "_"
            name = used.claim(base)
            if name != base:
                self.warn(
                    pointer("paths", ref.path, ref.method),
                    f"method name {base!r} (operationId {op_id!r}) is already used;"
                    f" renamed to {name!r}",
                )
            names.append(name)
        return names

    def operation(self, ref: _OpRef, method_name: str) -> Operation:
        where = pointer("paths", ref.path, ref.method)
        op = ref.op
        op_id = _text(op.get("operationId"))
        if op_id and len(snake_case(op_id)) > MAX_IDENTIFIER:
            self.warn(
                where,
                f"operationId {op_id[:40] + '...'!r} ({len(op_id)} characters) is shortened"
                f" to the method name {method_name!r} (renamed: at most {MAX_IDENTIFIER})",
            )
        pascal = pascal_case(method_name)
        params = self._params(ref, where, pascal)
        body = self._body(op.get("requestBody"), f"{where}/requestBody", pascal)
        return_type, kind, empty = self._returns(op.get("responses"), f"{where}/responses", pascal)
        chunk = self._stream_chunk(op.get("responses"), f"{where}/responses", pascal)
        if chunk and kind == "text":  # only an event stream: the method always streams
            kind, return_type = "stream", "None"
        probe = next(
            (p for at, p in self.types.probes.items() if at.startswith(f"{where}/responses/")),
            None,
        )
        http_method = ref.method.upper()
        return Operation(
            method_name=method_name,
            operation_id=_text(op.get("operationId")),
            http_method=http_method,
            path=ref.path,
            summary=_text(op.get("summary")),
            description=_text(op.get("description")),
            deprecated=op.get("deprecated") is True,
            path_params=[p for p in params if p.location == "path"],
            query_params=[p for p in params if p.location == "query"],
            header_params=[p for p in params if p.location == "header"],
            body=body,
            return_type=return_type,
            idempotent=http_method in IDEMPOTENT,
            tags=[str(t) for t in op.get("tags") or [] if isinstance(t, str)],
            response_kind=kind,
            empty_statuses=empty,
            stream_chunk=chunk,
            probe=probe if kind == "json" else None,
        )

    def _stream_chunk(self, raw: Any, where: str, pascal: str) -> str:
        """The chunk type of a 2xx ``text/event-stream`` response ('' when none)."""
        if not isinstance(raw, dict):
            return ""
        for code in sorted(str(c) for c in raw if str(c).startswith("2")):
            try:
                resp = self.resolver.deref(raw[code])
            except SpecError:
                continue
            content = resp.get("content") if isinstance(resp, dict) else None
            if not isinstance(content, dict):
                continue
            media = next(
                (m for ct, m in content.items() if ct.lower().startswith("text/event-stream")),
                None,
            )
            if media is None:
                continue
            schema = media.get("schema") if isinstance(media, dict) else None
            if not isinstance(schema, dict) or not schema:
                return "Any"
            loc = f"{where}/{code}/content/text~1event-stream/schema"
            return self.types.hint(schema, loc, pascal + "StreamChunk", depth=0)
        return ""

    def _params(self, ref: _OpRef, where: str, pascal: str) -> list[Param]:
        merged: dict[tuple[str, str], tuple[JSONDict, str]] = {}
        for source, raw_list in (
            (pointer("paths", ref.path, "parameters"), ref.item.get("parameters")),
            (f"{where}/parameters", ref.op.get("parameters")),
        ):
            if not isinstance(raw_list, list):
                continue
            for i, raw in enumerate(raw_list):
                loc = f"{source}/{i}"
                try:
                    param = self.resolver.deref(raw)
                except SpecError as exc:
                    self.types.degrade(loc, f"{exc}; parameter skipped")
                    continue
                if not isinstance(param, dict) or not isinstance(param.get("name"), str):
                    self.warn(loc, "parameter without a name; skipped")
                    continue
                merged[(param["name"], str(param.get("in")))] = (param, loc)

        used = UniqueNames(RESERVED_PARAM_NAMES)
        out: list[Param] = []
        declared_path: set[str] = set()
        credentials = credential_names(ref.op, self.doc)
        placeholders = _PLACEHOLDER.findall(ref.path)
        for (wire, location), (param, loc) in merged.items():
            if location == "cookie":
                self.warn(loc, f"cookie parameter {wire!r} is not supported; skipped")
                continue
            if location not in ("path", "query", "header"):
                self.warn(loc, f"parameter {wire!r} has unknown location {location!r}; skipped")
                continue
            if location == "header" and wire.lower() in _IGNORED_HEADERS:
                continue
            if location == "path":
                if wire not in placeholders:
                    self.warn(loc, f"path parameter {wire!r} is not in the path; skipped")
                    continue
                declared_path.add(wire)
            schema = param.get("schema")
            if not isinstance(schema, dict) and isinstance(param.get("content"), dict):
                media: Any = next(iter(param["content"].values()), {})
                schema = media.get("schema") if isinstance(media, dict) else None
            hint = self.types.hint(
                schema if isinstance(schema, dict) else {},
                f"{loc}/schema",
                pascal + pascal_case(wire),
                depth=0,
                param=True,
            )
            base = safe_identifier(wire, fallback="param", digit_prefix="param")
            if base in RESERVED_PARAM_NAMES:
                base += "_"
            py = used.claim(base)
            required = location == "path" or param.get("required") is True
            if required and is_credential(wire, location, hint, credentials):
                required = False  # credentials.py: the client's auth sends it
                self.warn(
                    loc,
                    f"{wire!r} ({location}): optional, the client's auth sends the"
                    " credential (the spec requires it; passed only when given)",
                )
            out.append(
                Param(
                    py_name=py,
                    wire_name=wire,
                    type_hint=hint,
                    required=required,
                    description=_text(param.get("description")),
                    location=location,
                    deprecated=param.get("deprecated") is True,
                    schema=self._resolved(schema),
                )
            )
        for name in placeholders:
            if name not in declared_path:
                declared_path.add(name)
                self.warn(where, f"path placeholder {{{name}}} is not declared; typed as str")
                out.append(
                    Param(
                        py_name=used.claim(
                            safe_identifier(name, fallback="param", digit_prefix="param")
                        ),
                        wire_name=name,
                        type_hint="str",
                        required=True,
                        location="path",
                    )
                )
        # path parameters in path order first
        order = {name: i for i, name in enumerate(placeholders)}
        path_params = sorted(
            (p for p in out if p.location == "path"), key=lambda p: order[p.wire_name]
        )
        return path_params + [p for p in out if p.location != "path"]

    def _resolved(self, schema: Any) -> dict[str, Any]:
        """A parameter's schema with its ``$ref`` followed ({} when it has none)."""
        try:
            found = self.resolver.deref(schema) if isinstance(schema, dict) else {}
        except SpecError:
            return {}
        return found if isinstance(found, dict) else {}

    def _body(self, raw: Any, where: str, pascal: str) -> Body | None:
        if raw is None:
            return None
        try:
            body = self.resolver.deref(raw)
        except SpecError as exc:
            self.types.degrade(where, f"{exc}; request body typed as Any")
            return Body(kind="json", type_hint="Any", required=False)
        if not isinstance(body, dict) or not isinstance(body.get("content"), dict):
            return None
        content: JSONDict = body["content"]
        chosen: tuple[str, str] | None = None
        for ct in content:
            base = ct.split(";")[0].strip().lower()
            if _is_json(ct):
                chosen = ("json", ct)
                break
            if base == "application/x-www-form-urlencoded" and (
                chosen is None or chosen[0] == "multipart"
            ):
                chosen = ("form", ct)
            elif base == "multipart/form-data" and chosen is None:
                chosen = ("multipart", ct)
        if chosen is None:
            return self._raw_body(body, content, where) if content else None
        kind, ct = chosen
        media: JSONDict = content[ct] if isinstance(content[ct], dict) else {}
        schema: JSONDict = media["schema"] if isinstance(media.get("schema"), dict) else {}
        multipart = kind == "multipart"
        if multipart and isinstance(schema.get("$ref"), str):
            comp = self.types._component_name(schema["$ref"])
            if comp is not None:
                self.types.multipart_components.add(comp)
        hint = self.types.hint(
            schema, f"{where}/content/{ct}/schema", pascal + "Body", depth=0, multipart=multipart
        )
        file_fields: list[str] = []
        if multipart:
            file_fields = self._file_fields(schema)
        return Body(
            kind=kind,
            type_hint=hint,
            required=body.get("required") is True,
            content_type=ct,
            description=_text(body.get("description")),
            file_fields=file_fields,
        )

    def _raw_body(self, body: JSONDict, content: JSONDict, where: str) -> Body:
        """A body that is not JSON, a form or multipart: text (``str``) for ``text/*`` and
        XML media types, otherwise bytes taken from a path, a file, bytes or chunks."""
        ct = next(iter(content))
        base = ct.split(";")[0].strip().lower()
        text = base.startswith("text/") or base.endswith(("/xml", "+xml"))
        if len(content) > 1:
            self.warn(
                where,
                f"request body media types {sorted(content)}: sent as {ct!r}"
                " (pass extra_headers={'content-type': ...} for another)",
            )
        header = ct if "*" not in base else ("text/plain" if text else "application/octet-stream")
        if text and "charset=" not in header.lower():
            header += "; charset=utf-8"
        return Body(
            kind="text" if text else "binary",
            type_hint="str" if text else "BinaryBody",
            required=body.get("required") is True,
            content_type=header,
            description=_text(body.get("description")),
        )

    def _file_fields(self, schema: JSONDict) -> list[str]:
        try:
            target = self.resolver.deref(schema)
        except SpecError:
            return []
        if not isinstance(target, dict):
            return []
        merged = self.types.merged_object(target, "")
        if merged is None:
            return []
        out = []
        for wire, prop in merged["properties"].items():
            if isinstance(prop, dict) and (
                prop.get("format") == "binary"
                or prop.get("contentMediaType") == "application/octet-stream"
            ):
                out.append(str(wire))
        return out

    def _returns(self, raw: Any, where: str, pascal: str) -> tuple[str, str, list[int]]:
        if not isinstance(raw, dict):
            return "Any", "json", []
        codes = sorted(
            (str(c) for c in raw if str(c).startswith("2")),
            key=lambda c: (not c.isdigit(), c),
        )
        json_hint: str | None = None
        other_kind: str | None = None
        empty: list[int] = []
        for code in codes:
            loc = f"{where}/{code}"
            try:
                resp = self.resolver.deref(raw[code])
            except SpecError as exc:
                self.types.degrade(loc, f"{exc}; response typed as Any")
                json_hint = json_hint or "Any"
                continue
            content = resp.get("content") if isinstance(resp, dict) else None
            if not isinstance(content, dict) or not content:
                if code.isdigit():
                    empty.append(int(code))
                continue
            json_ct = next((ct for ct in content if _is_json(ct)), None)
            if json_ct is None:
                if other_kind is None:
                    text = all(ct.lower().startswith("text/") for ct in content)
                    other_kind = "text" if text else "bytes"
                continue
            if json_hint is not None:
                continue
            media = content[json_ct] if isinstance(content[json_ct], dict) else {}
            schema = media.get("schema")
            self.types.probe_at = f"{loc}/content/{json_ct}/schema"
            try:
                json_hint = self.types.hint(
                    schema if isinstance(schema, dict) else {},
                    self.types.probe_at,
                    pascal + "Response",
                    depth=0,
                )
            finally:
                self.types.probe_at = ""
        if json_hint is not None:
            if empty:
                return optional(json_hint), "json", empty
            return json_hint, "json", []
        if other_kind == "text":
            return "str", "text", []
        if other_kind == "bytes":
            return "bytes", "bytes", []
        if codes:
            return "None", "none", []
        return "Any", "json", []


_CURSOR_PARAMS = ("starting_after", "after", "cursor", "page_token")


def _pagination(preset: dict[str, Any], op: Operation) -> Pagination | None:
    """The preset's pagination style, where this operation can page (GET, cursor present)."""
    conf = preset.get("pagination")
    if isinstance(conf, str):
        conf = {"style": {"link": "link_header"}.get(conf, conf)}
    if not isinstance(conf, dict) or conf.get("style") not in {"cursor", "link_header", "next_uri"}:
        return None
    if op.http_method != "GET" or (op.body is not None and op.body.kind == "multipart"):
        return None
    wires = {p.wire_name: p for p in op.query_params}
    cursor = conf.get("cursor_param")
    candidates = [cursor] if isinstance(cursor, str) else list(_CURSOR_PARAMS)
    found = next((c for c in candidates if c in wires), None)
    if conf["style"] == "cursor" and found is None:
        return None
    return Pagination(
        style=conf["style"],
        cursor_param=found if conf["style"] == "cursor" else None,
        cursor_py_name=wires[found].py_name if conf["style"] == "cursor" and found else "",
        items_field=conf.get("items_field") if isinstance(conf.get("items_field"), str) else None,
        next_field=conf.get("next_field") if isinstance(conf.get("next_field"), str) else None,
    )


def _list_item(hint: str) -> str | None:
    hint = hint.removesuffix(" | None")
    if hint.startswith("list[") and hint.endswith("]"):
        return hint[5:-1]
    return None


_STYLE_NAMES = {"cursor": "cursor", "link_header": "Link-header", "next_uri": "next-page URI"}


def _pagination_dropped(op: Operation, why: str, warnings: list[str], hand: bool) -> None:
    """Drop ``op``'s pagination, reported at the operation's pointer (or its listing)."""
    style = _STYLE_NAMES.get(op.pagination.style, "") if op.pagination else ""
    op.pagination = None
    where = (
        f"operations entry {op.method_name} ({op.http_method} {op.path})"
        if hand
        else f"#/paths/{escape_pointer_token(op.path)}/{op.http_method.lower()}"
    )
    warnings.append(f"{where}: {style} pagination not generated: {why}")


def _looks_like_a_list(op: Operation) -> bool:
    """A GET whose last path segment is not a parameter (``/orders.json``, not ``/{id}``)."""
    last = op.path.rstrip("/").rsplit("/", 1)[-1]
    return "{" not in last


def _resolve_pagination(
    op: Operation, structs: dict[str, Model], warnings: list[str], *, hand: bool = False
) -> None:
    """Find the items (and their type) of a paged operation, or drop its pagination.

    A drop is reported where the operation meant to page: a cursor operation (it has the
    cursor parameter) or an untyped list-like operation, such as a hand-listed one.
    """
    pag = op.pagination
    if pag is None:
        return
    returned = op.return_type.removesuffix(" | None")
    untyped = returned in {"Any", "dict[str, Any]"}  # no schema (hand-listed operations)
    if pag.style == "link_header":
        item = _list_item(returned)
        if item is None:
            if untyped and _looks_like_a_list(op):
                fix = (
                    "a hand-listed operation has none"
                    if hand
                    else "give the operation a response schema"
                )
                why = (
                    f"the response has no schema, so a page's items are unknown ({fix}; "
                    "follow the Link header of the raw response yourself)"
                )
                _pagination_dropped(op, why, warnings, hand)
            op.pagination = None
            return
        pag.item_type = item
        return
    meant = pag.style == "cursor" or _looks_like_a_list(op)  # cursor: has the parameter
    model = structs.get(returned)
    if model is None:
        if meant:
            why = (
                "the response has no schema, so a page's items are unknown"
                if untyped
                else f"the response ({returned}) is not an object holding the items"
            )
            _pagination_dropped(op, why, warnings, hand)
        op.pagination = None
        return
    fields = [f for f in model.fields if _list_item(f.type_hint) is not None]
    wanted = [pag.items_field] if pag.items_field else ["data", "items"]
    chosen = next((f for f in fields if f.wire_name in wanted), None)
    chosen = chosen or (fields[0] if len(fields) == 1 else None)
    if chosen is None:  # no (unambiguous) list of items in the page
        if meant:
            names = ", ".join(f.wire_name for f in fields) or "none"
            why = f"no single list of items in {returned} (list fields: {names})"
            _pagination_dropped(op, why, warnings, hand)
        op.pagination = None
        return
    pag.items_field = chosen.wire_name
    pag.items_py_name = chosen.py_name
    pag.items_optional = not chosen.required or chosen.type_hint.endswith("| None")
    pag.item_type = _list_item(chosen.type_hint) or "Any"


def split_union(hint: str) -> list[str]:
    """Top-level ``|`` members of a hint (brackets respected)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(hint):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(hint[start:i].strip())
            start = i + 1
    parts.append(hint[start:].strip())
    return parts


def _is_plain(hint: str, structs: set[str], aliases: dict[str, str], depth: int = 0) -> bool:
    """Whether mypy accepts ``hint`` as a ``type[T]`` value (no cast needed)."""
    if depth > 20 or len(split_union(hint)) != 1:
        return False
    if hint in structs or hint in _PLAIN or hint.startswith(("list[", "dict[")):
        return True
    if hint in aliases:
        return _is_plain(aliases[hint], structs, aliases, depth + 1)
    return False


def _order_aliases(types: TypeMapper, warnings: list[str]) -> list[Model]:
    """Aliases are runtime expressions: define each after the aliases it uses."""
    aliases = types.aliases
    deps = {
        name: {t for t in _IDENT.findall(m.alias or "") if t in aliases and t != name}
        for name, m in aliases.items()
    }
    for name, m in aliases.items():
        if name in _IDENT.findall(m.alias or ""):
            warnings.append(f"{m.source}: schema {name} refers to itself; typed as Any")
            types.degraded += 1
            m.alias = "Any"
            deps[name] = set()
    ordered: list[Model] = []
    done: set[str] = set()
    pending = dict(deps)
    while pending:
        ready = [n for n, d in pending.items() if d <= done]
        if not ready:  # a cycle among aliases: break it
            name = next(iter(pending))
            m = aliases[name]
            warnings.append(f"{m.source}: schema {name} is part of an alias cycle; typed as Any")
            types.degraded += 1
            m.alias = "Any"
            ready = [name]
        for n in ready:
            ordered.append(aliases[n])
            done.add(n)
            del pending[n]
    return ordered


def _register_probe(probe: Probe, probes: dict[str, Probe], model_names: set[str]) -> Probe:
    """One ``_wire`` constant per distinct probed union (``CUSTOMER_OR_DELETED_CUSTOMER``)."""
    key = f"{probe.field} {probe.cases} {probe.default} {probe.members}"
    if key in probes:
        return probes[key]
    name = capped("_OR_".join(snake_case(m).upper() for m in probe.members))
    taken = {p.name for p in probes.values()}
    name = UniqueNames(taken | model_names).claim(name)
    probes[key] = Probe(probe.field, probe.cases, probe.default, probe.members, name)
    return probes[key]


def _apply_tags(types: TypeMapper) -> None:
    """Tagged Structs: the tag field moves from the fields to the class options."""
    for cls, (tag_field, tag) in types.tags.items():
        model = types.structs.get(cls)
        if model is None:
            continue
        model.tag_field, model.tag = tag_field, tag
        model.fields = [f for f in model.fields if f.wire_name != tag_field]


def _rename_class_shadows(
    structs: Iterable[Model], class_names: set[str], warnings: list[str]
) -> None:
    """Rename attributes named like a model class: they would shadow it in type hints."""
    for model in structs:
        taken = {f.py_name for f in model.fields} | class_names
        for f in model.fields:
            if f.py_name in class_names:
                f.py_name = UniqueNames(taken).claim(f.py_name + "_")
                taken.add(f.py_name)
                warnings.append(
                    f"{model.source}/properties/{escape_pointer_token(f.wire_name)}: field"
                    f" {f.wire_name!r} is the attribute {f.py_name!r} (a class has its name)"
                )


#: file (path, size, mtime) -> its normalised document and the warnings loading it gave;
#: the spec question's check and the render load the same file in one copier process
_LOADED: dict[tuple[str, int, int], tuple[JSONDict, tuple[str, ...]]] = {}


def _loaded(source: str | Path | dict[str, Any], warnings: list[str]) -> JSONDict:
    """``normalise(read_source(source))``, cached for files (the builder never mutates it)."""
    key = None
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source):
        try:
            stat = Path(source).stat()
            key = (str(Path(source).resolve()), stat.st_size, stat.st_mtime_ns)
        except (OSError, ValueError):
            key = None
    if key is not None and key in _LOADED:
        doc, noted = _LOADED[key]
        warnings.extend(noted)
        return doc
    own: list[str] = []
    raw, _origin = read_source(source, own)
    doc = normalise(raw, own)
    if key is not None:
        _LOADED[key] = (doc, tuple(own))
    warnings.extend(own)
    return doc


def build_api(
    source: str | Path | dict[str, Any],
    *,
    selection: Selection | None = None,
    hand_operations: list[dict[str, Any]] | None = None,
    preset: dict[str, Any] | None = None,
    webhook_events: list[str] | None = None,
) -> ApiModel:
    """Load ``source`` (or synthesise it from ``hand_operations``) into an ApiModel; the
    snapshot also keeps the webhook payloads of ``webhook_events`` (the handlers' types)."""
    selection = selection or Selection()
    preset = preset or {}
    warnings: list[str] = []
    if hand_operations is not None:
        raw: Any = synthesize(hand_operations, title=str(preset.get("title") or "API"))
        doc = normalise(raw, warnings)
    else:
        doc = _loaded(source, warnings)
    version = spec_version(doc)
    if version == "2.0":
        doc = swagger2.convert(doc, warnings)
    builder = _Builder(doc, version, warnings, preset)
    refs = builder.all_operations()
    names = builder.method_names(refs)
    chosen = [
        (ref, name) for ref, name in zip(refs, names, strict=True) if _selected(selection, ref)
    ]
    if selection.mode != "all":
        for value in selection.values:
            one = Selection(mode=selection.mode, values=[value])
            if not any(_selected(one, ref) for ref, _ in chosen):
                warnings.append(f"selection {selection.mode}={value!r} matched no operation")
    operations: list[Operation] = []
    for ref, name in chosen:
        op = builder.operation(ref, name)
        op.pagination = _pagination(preset, op)
        operations.append(op)
    builder.types.drain()
    _apply_tags(builder.types)
    aliases = _order_aliases(builder.types, warnings)
    models = [*builder.types.structs.values(), *aliases]
    model_names = {m.class_name for m in models}
    _rename_class_shadows(builder.types.structs.values(), model_names, warnings)
    struct_names = set(builder.types.structs)
    alias_exprs = {m.class_name: m.alias or "Any" for m in aliases}
    probes: dict[str, Probe] = {}
    for op in operations:
        _resolve_pagination(op, builder.types.structs, warnings, hand=hand_operations is not None)
        if op.pagination is not None:
            op.pagination.item_type = qualify(op.pagination.item_type, model_names)
        op.decode_plain = _is_plain(op.return_type, struct_names, alias_exprs)
        op.return_type = qualify(op.return_type, model_names)
        if op.probe is not None:
            op.probe = _register_probe(op.probe, probes, model_names)
        if op.stream_chunk:
            op.stream_plain = _is_plain(op.stream_chunk, struct_names, alias_exprs)
            op.stream_chunk = qualify(op.stream_chunk, model_names)
        for p in op.params:
            p.type_hint = qualify(p.type_hint, model_names)
        if op.body is not None:
            op.body.type_hint = qualify(op.body.type_hint, model_names)
    resources = build_resources(
        operations,
        [(r.path, r.method) for r in refs],
        builder.types.structs,
        lambda hint: qualify(hint, model_names),
        warnings,
        known_params=dict(preset.get("path_defaults") or {}),
        idempotency=bool(preset.get("idempotency_header")),
        reserved=CLIENT_ATTRIBUTES,
    )
    selected = [(r.path, r.method) for r, _ in chosen]
    snap = build_snapshot(doc, version, selected, warnings, webhook_events)
    _readable(operations, models, docs_site(str(preset.get("provider_name") or "")))
    info = doc.get("info") if isinstance(doc.get("info"), dict) else {}
    assert isinstance(info, dict)
    servers = [
        str(s["url"])
        for s in doc.get("servers") or []
        if isinstance(s, dict) and isinstance(s.get("url"), str)
    ]
    return ApiModel(
        operations=operations,
        models=models,
        snapshot=snap,
        warnings=warnings,
        title=_text(info.get("title")),
        version=str(info.get("version") or ""),
        spec_version=version,
        servers=servers,
        total_operations=len(refs),
        degraded=builder.types.degraded,
        resources=resources,
        schema_uses=builder.types.uses,
        probes=list(probes.values()),
    )


def _readable(operations: list[Operation], models: list[Model], base: str) -> None:
    """Descriptions as docstrings show them: no HTML, no site-relative links (prose.py)."""
    for op in operations:
        op.summary, op.description = plain_text(op.summary, base), plain_text(op.description, base)
        for param in op.params:
            param.description = plain_text(param.description, base)
        if op.body is not None:
            op.body.description = plain_text(op.body.description, base)
    for model in models:
        model.description = plain_text(model.description, base)
        for f in model.fields:
            f.description = plain_text(f.description, base)


__all__ = ["build_api"]
