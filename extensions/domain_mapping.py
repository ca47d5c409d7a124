"""The domain layer a render prints: domain classes, mappers, views and resources.

Input: a mapping file (``presets/<name>/mapping.yml``, named by the ``domain_mapping``
answer) or, when there is none and the operations were listed by hand, a starter
mapping derived from those operations. Output: the values ``domain.py``, ``mapping.py``,
``_views.py`` and ``_resources.py`` print (docs/mapping.md); ``_resources.py`` gets plain
data only, its code shape lives in the template.
Declarations that do not fit the API (a missing operation or wire model) are dropped
with a warning rather than failing the render.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "CONVERTERS",
    "DerivedField",
    "DomainLayer",
    "build_domain",
    "load_mapping_file",
    "resource_context",
    "starter_mapping",
]

CONVERTERS = frozenset(
    {
        "unix_time",
        "iso_datetime",
        "timestamp",
        "iso_date",
        "decimal_str",
        "as_str",
        "as_int",
        "expandable_id",
        "currency_code",
        "upper",
        "lower",
        "minor_units",
    }
)
_WORD = re.compile(r"[A-Za-z_]\w*")
#: ``convert: place``: the field is computed by an open place of mapping.py
PLACE = "place"
#: Wire types a place's parameter keeps as they are (anything else is passed as Any)
_PLAIN_TYPES = frozenset({"str", "int", "float", "bool", "None", "list", "dict", "Any"})
_TYPE_IMPORTS = {
    "Decimal": "from decimal import Decimal",
    "Any": "from typing import Any",
}


@dataclass
class DerivedField:
    """A domain field computed by an open place of ``mapping.py`` (``convert: place``).

    ``params``/``returns`` are the place function's signature as mapping.py spells it;
    ``wire``/``needs`` the provider fields the mapper passes it (value, then sibling);
    ``unfilled`` the field's value (a Python expression) while the place is open;
    ``resource``/``test`` the list resource and the generated domain test that exercise it.
    """

    model: str
    field: str
    hint: str
    wire: str
    needs: str
    params: list[str]
    returns: str
    unfilled: str
    wire_types: list[str]
    resource: str = ""
    list_op: str = ""
    test: str = ""

    @property
    def id(self) -> str:
        return f"{self.model}.{self.field}"

    @property
    def symbol(self) -> str:
        return f"derive_{_constant(self.model).lower()}_{self.field}"


@dataclass
class Method:
    """One resource method (list/get/create) bound to an operation."""

    kind: str
    op: Any
    items: str = ""
    envelope: str = ""


@dataclass
class Resource:
    attribute: str
    class_name: str
    model: str
    mapper: str
    view: str | None
    page_view: str | None
    methods: dict[str, Method] = field(default_factory=dict)


@dataclass
class DomainLayer:
    """Everything the domain templates print."""

    enums: list[dict[str, Any]] = field(default_factory=list)
    classes: list[dict[str, Any]] = field(default_factory=list)
    domain_imports: list[str] = field(default_factory=list)
    mappers: list[dict[str, Any]] = field(default_factory=list)
    mapping_imports: list[str] = field(default_factory=list)
    views: list[dict[str, Any]] = field(default_factory=list)
    view_wire_names: list[str] = field(default_factory=list)
    view_needs_msgspec: bool = False
    view_needs_any: bool = False
    view_needs_literal: bool = False
    resources: list[Resource] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    starter: bool = False
    derived: list[DerivedField] = field(default_factory=list)
    #: what mapping.py imports for its places' signatures (``from decimal import Decimal``)
    place_imports: list[str] = field(default_factory=list)

    @property
    def resources_need_any(self) -> bool:
        return any(r.view is None for r in self.resources)

    @property
    def resources_need_views(self) -> bool:
        return any(r.view is not None for r in self.resources)


def load_mapping_file(value: str, kit_root: Path) -> dict[str, Any] | None:
    """The mapping declared by the ``domain_mapping`` answer (kit-relative or absolute)."""
    if not value:
        return None
    path = Path(value)
    if not path.is_absolute():
        path = kit_root / path
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{value}: a mapping file must be a YAML mapping")
    return data


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ses"):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _pascal(word: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^A-Za-z0-9]+", word) if p)


def starter_mapping(api: Any) -> dict[str, Any] | None:
    """A first mapping for hand-listed operations: the first list operation's resource."""
    ops = list(api.operations)
    for op in ops:
        if op.http_method != "GET" or op.path_params:
            continue
        segment = op.path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".json")
        attribute = re.sub(r"\W", "_", segment).lower()
        if not attribute.isidentifier() or keyword.iskeyword(attribute):
            continue
        model = _pascal(_singular(attribute)) or "Item"
        resource: dict[str, Any] = {"model": model, "list": {"operation": op.method_name}}
        resource["list"]["items"] = segment
        base = op.path.rstrip("/").removesuffix(".json")
        for other in ops:
            if len(other.path_params) == 1 and other.path.startswith(base + "/"):
                if other.http_method == "GET" and "get" not in resource:
                    resource["get"] = {"operation": other.method_name}
            elif other.path == op.path and other.http_method == "POST" and other.body:
                resource.setdefault("create", {"operation": other.method_name})
        fields = {
            "id": {
                "type": "str",
                "convert": "as_str",
                "read_only": True,
                "required": True,
                "default": "",
            }
        }
        return {
            "models": {model: {"doc": f"One of {segment}.", "fields": fields}},
            "resources": {attribute: resource},
        }
    return None


def _find_op(api: Any, name: str) -> Any:
    for op in api.operations:
        if name in (op.method_name, op.operation_id):
            return op
    return None


def _type_names(hint: str) -> set[str]:
    """Names a hint mentions, not the words inside its ``Literal["..."]`` values."""
    return set(_WORD.findall(re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", "", hint)))


def _field_decl(name: str, spec: dict[str, Any], enums: set[str]) -> str:
    hint = str(spec.get("type") or "str")
    if "default" not in spec:
        return f"{name}: {hint}" + (" = None" if hint.endswith("| None") else "")
    default = spec["default"]
    if isinstance(default, list | dict):
        factory = "list" if isinstance(default, list) else "dict"
        return f"{name}: {hint} = field(default_factory={factory})"
    if isinstance(default, str) and hint in enums and default.isupper():
        return f"{name}: {hint} = {hint}.{default}"
    return f"{name}: {hint} = {default!r}"


def _field_expr(
    name: str, spec: dict[str, Any], enums: dict[str, dict[str, Any]], mappers: dict[str, str]
) -> tuple[str | None, set[str]]:
    """``Field(...)`` for a declared field (None when the default rule suffices)."""
    args: list[str] = []
    used: set[str] = set()
    if spec.get("wire"):
        args.append(repr(str(spec["wire"])))
    convert = spec.get("convert")
    hint = str(spec.get("type") or "")
    if convert == PLACE:
        return None, used  # see _derived
    if convert:
        if convert not in CONVERTERS:
            raise ValueError(f"field {name}: unknown converter {convert!r}")
        if convert == "minor_units":
            args.append(f"convert=minor_units({str(spec.get('currency', 'currency'))!r})")
        else:
            args.append(f"convert={convert}")
        used.add(convert)
    elif hint.removesuffix(" | None") in enums:
        enum_name = hint.removesuffix(" | None")
        used.add("enum_map")
        table = enums[enum_name].get("table") or {}
        if table:
            entries = ", ".join(
                f"{wire!r}: domain.{enum_name}.{_member(value)}" for wire, value in table.items()
            )
            args.append(f"convert=enum_map(domain.{enum_name}, {{{entries}}})")
        else:
            args.append(f"convert=enum_map(domain.{enum_name})")
    if spec.get("nested"):
        args.append(f"nested={mappers[str(spec['nested'])]}")
        if hint.startswith("list["):
            args.append("many=True")
    if spec.get("read_only"):
        args.append("read_only=True")
    if spec.get("required"):
        args.append("required=True")
    if not args:
        return None, used
    return f"Field({', '.join(args)})", used


def _member(value: Any) -> str:
    name = re.sub(r"\W+", "_", str(value)).strip("_").upper() or "EMPTY"
    return f"_{name}" if name[0].isdigit() else name


def _constant(model: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", model).upper()


def _view_fields(wire_model: Any, wire_names: set[str]) -> list[Any]:
    return [f for f in wire_model.fields if f.wire_name in wire_names]


def build_domain(api: Any, data: dict[str, Any] | None, *, starter: bool = False) -> DomainLayer:
    """Turn a mapping declaration into the values the domain templates print."""
    layer = DomainLayer(starter=starter)
    if not data:
        return layer
    enums: dict[str, dict[str, Any]] = dict(data.get("enums") or {})
    models: dict[str, dict[str, Any]] = dict(data.get("models") or {})
    wire_models = {m.class_name: m for m in api.models if not getattr(m, "alias", None)}
    for name, spec in enums.items():
        members = [(_member(v), str(v)) for v in spec.get("members") or []]
        members.append(("UNKNOWN", "unknown"))
        layer.enums.append({"name": name, "doc": spec.get("doc") or name, "members": members})
    dropped: set[str] = set()
    for name, spec in models.items():
        wire = spec.get("wire")
        if wire and wire not in wire_models:
            layer.warnings.append(f"domain model {name}: wire model {wire} is not generated")
            dropped.add(name)
    mapper_names = {name: _constant(name) for name in models if name not in dropped}
    needs_field = False
    hints: set[str] = set()
    converters: set[str] = set()
    view_wire_names: set[str] = set()
    for name, spec in models.items():
        if name in dropped:
            continue
        fields = dict(spec.get("fields") or {})
        decls, exprs = [], []
        for fname, fspec in fields.items():
            fspec = dict(fspec or {})
            decl = _field_decl(fname, fspec, set(enums))
            needs_field = needs_field or "field(" in decl
            hints |= _type_names(str(fspec.get("type") or "str"))
            decls.append(decl)
            expr, used = _field_expr(fname, fspec, enums, mapper_names)
            if fspec.get("convert") == PLACE:
                derived = _derived(name, fname, fspec, spec, enums, models, wire_models, layer)
                if derived is not None:
                    layer.derived.append(derived)
                    used = {"derived"}
                    expr = _derived_expr(derived)
            converters |= used
            if expr:
                exprs.append((fname, expr))
        layer.classes.append({"name": name, "doc": spec.get("doc") or name, "fields": decls})
        layer.mappers.append(
            {
                "const": mapper_names[name],
                "model": name,
                "fields": exprs,
                "case": str(spec.get("case") or "snake"),
            }
        )
        wire = spec.get("wire")
        if wire:
            used_wire = set()
            for fname, fspec in fields.items():
                fspec = dict(fspec or {})
                used_wire.add(str(fspec.get("wire") or fname).split(".")[0])
                if fspec.get("convert") == "minor_units":
                    used_wire.add(str(fspec.get("currency", "currency")))
                if fspec.get("convert") == PLACE and fspec.get("needs"):
                    used_wire.add(str(fspec["needs"]).split(".")[0])
            view_fields = _view_fields(wire_models[wire], used_wire)
            for f in view_fields:
                view_wire_names |= _type_names(f.type_hint) & set(wire_models)
                layer.view_needs_msgspec |= "msgspec." in f.declaration
                layer.view_needs_any |= bool(re.search(r"\bAny\b", f.type_hint))
                layer.view_needs_literal |= "Literal[" in f.type_hint
            layer.views.append(
                {
                    "name": f"{name}View",
                    "doc": f"The {wire} fields that {name} reads.",
                    "fields": [f.declaration for f in view_fields],
                }
            )
    layer.view_wire_names = sorted(view_wire_names)
    imports = []
    if "datetime" in hints or "date" in hints:
        imports.append("from datetime import date, datetime")
    if layer.enums:
        imports.append("import enum")
    if needs_field or layer.classes:
        imports.append(
            "from dataclasses import dataclass, field"
            if needs_field
            else "from dataclasses import dataclass"
        )
    if "Decimal" in hints:
        imports.append("from decimal import Decimal")
    if "Any" in hints:
        imports.append("from typing import Any")
    layer.domain_imports = _import_lines(imports, hints)
    layer.mapping_imports = sorted(
        converters | {"Field", "Mapper"} if layer.mappers else set(),
        key=lambda s: (not s[0].isupper(), s),
    )
    for attribute, rspec in dict(data.get("resources") or {}).items():
        resource = _resource(api, str(attribute), dict(rspec or {}), models, mapper_names, layer)
        if resource is not None:
            layer.resources.append(resource)
    _derived_tests(layer)
    return layer


def _case(name: str, case: str) -> str:
    """The mapper's default wire name of a domain field (``_mapping.convert_case``)."""
    parts = [p for p in name.split("_") if p]
    if case == "camel" and parts:
        return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if case == "pascal":
        return "".join(p[:1].upper() + p[1:] for p in parts)
    return "-".join(parts) if case == "kebab" else name


def _param_name(wire: str, fallback: str) -> str:
    last = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", wire.split(".")[-1])
    name = re.sub(r"\W+", "_", last).strip("_").lower()
    ok = name.isidentifier() and not keyword.iskeyword(name) and name not in {"domain", "self"}
    return name if ok else fallback


def _wire_hint(wire_model: Any, wire: str, *, optional: bool) -> str:
    """The type a place's parameter gets: the wire field's, when it is plain JSON."""
    if wire_model is None or "." in wire:
        return "Any"
    found = next((f for f in wire_model.fields if f.wire_name == wire), None)
    if found is None:
        return "Any"
    hint = str(found.type_hint)
    if not _type_names(hint) <= _PLAIN_TYPES or "Literal[" in hint:
        return "Any"
    if not found.required and "None" not in _type_names(hint):
        hint = f"{hint} | None"
    if not optional:
        parts = [p.strip() for p in hint.split("|") if p.strip() != "None"]
        hint = " | ".join(parts) or "Any"
    return hint


def _derived(
    model: str,
    fname: str,
    fspec: dict[str, Any],
    mspec: dict[str, Any],
    enums: dict[str, dict[str, Any]],
    models: dict[str, dict[str, Any]],
    wire_models: dict[str, Any],
    layer: DomainLayer,
) -> DerivedField | None:
    """The place of a ``convert: place`` field (None, with a warning, if it cannot be one)."""
    hint = str(fspec.get("type") or "str")
    where = f"domain field {model}.{fname} (convert: place)"
    if "default" in fspec:
        default = fspec["default"]
        if isinstance(default, list | dict):
            layer.warnings.append(f"{where}: a list or dict default cannot be its unfilled value")
            return None
        is_member = isinstance(default, str) and hint in enums and default.isupper()
        unfilled = f"domain.{hint}.{default}" if is_member else repr(default)
    elif re.search(r"\|\s*None$", hint):
        unfilled = "None"
    else:
        layer.warnings.append(f"{where}: needs a default or an optional type (X | None)")
        return None
    wire = str(fspec.get("wire") or _case(fname, str(mspec.get("case") or "snake")))
    needs = str(fspec.get("needs") or "")
    wire_model = wire_models.get(str(mspec.get("wire") or ""))
    value = _param_name(wire, "value")
    params = [f"{value}: {_wire_hint(wire_model, wire, optional=False)}"]
    if needs:
        sibling = _param_name(needs, "sibling")
        sibling = f"{sibling}_" if sibling == value else sibling
        params.append(f"{sibling}: {_wire_hint(wire_model, needs, optional=True)}")
    local = set(enums) | set(models)
    returns = re.sub(
        r"(?<![\w.'\"])([A-Za-z_]\w*)",
        lambda m: f"domain.{m.group(1)}" if m.group(1) in local else m.group(1),
        hint,
    )
    return DerivedField(
        model=model,
        field=fname,
        hint=hint,
        wire=wire,
        needs=needs,
        params=params,
        returns=returns,
        unfilled=unfilled,
        wire_types=[p.partition(": ")[2] for p in params],
    )


def _derived_expr(d: DerivedField) -> str:
    args = [d.symbol]
    if d.needs:
        args.append(f"needs={d.needs!r}")
    if d.unfilled != "None":
        args.append(f"unfilled={d.unfilled}")
    return f"Field({d.wire!r}, convert=derived({', '.join(args)}), read_only=True)"


def _derived_tests(layer: DomainLayer) -> None:
    """Bind each place to the first list resource of its model (its domain test)."""
    layer.derived.sort(key=lambda d: d.id)
    names: set[str] = set()
    for d in layer.derived:
        names |= _type_names(" ".join([d.returns, *d.params]))
        resource = next(
            (r for r in layer.resources if r.model == d.model and "list" in r.methods), None
        )
        if resource is None:
            layer.warnings.append(
                f"open place {d.id}: no list resource of {d.model}, so no domain test runs it"
            )
            continue
        d.resource = resource.attribute
        d.list_op = resource.methods["list"].op.method_name
        d.test = f"test_{resource.attribute}_{d.field}_is_derived_by_its_place"
    dates = [n for n in ("date", "datetime") if n in names]
    lines = [_TYPE_IMPORTS[n] for n in ("Decimal", "Any") if n in names]
    if dates:
        lines.append(f"from datetime import {', '.join(dates)}")
    layer.place_imports = sorted(lines)


def _import_lines(imports: list[str], hints: set[str]) -> list[str]:
    out = []
    for line in imports:
        if line.startswith("from datetime import"):
            names = [n for n in ("date", "datetime") if n in hints]
            line = f"from datetime import {', '.join(names)}"
        out.append(line)
    stdlib_order = {
        "import enum": 0,
        "from dataclasses": 1,
        "from datetime": 2,
        "from decimal": 3,
        "from typing": 4,
    }
    return sorted(
        out, key=lambda line: next(v for k, v in stdlib_order.items() if line.startswith(k))
    )


def _resource(
    api: Any,
    attribute: str,
    spec: dict[str, Any],
    models: dict[str, dict[str, Any]],
    mapper_names: dict[str, str],
    layer: DomainLayer,
) -> Resource | None:
    model = str(spec.get("model") or "")
    if model not in mapper_names:
        layer.warnings.append(f"resource {attribute}: model {model!r} is not rendered")
        return None
    if attribute in {op.method_name for op in api.operations} or not attribute.isidentifier():
        attribute = f"{attribute}_domain"
    wire = models[model].get("wire")
    resource = Resource(
        attribute=attribute,
        class_name=_pascal(attribute) + "Resource",
        model=model,
        mapper=mapper_names[model],
        view=f"{model}View" if wire else None,
        page_view=None,
    )
    for kind in ("list", "get", "create"):
        mspec = spec.get(kind)
        if not mspec:
            continue
        op = _find_op(api, str(mspec.get("operation") or ""))
        if op is None:
            layer.warnings.append(f"resource {attribute}.{kind}: operation not generated")
            continue
        if kind == "get" and len(op.path_params) != 1:
            layer.warnings.append(f"resource {attribute}.get: needs exactly one path parameter")
            continue
        if kind == "create" and (op.body is None or op.body.kind == "multipart"):
            layer.warnings.append(f"resource {attribute}.create: needs a JSON or form body")
            continue
        resource.methods[kind] = Method(
            kind, op, items=str(mspec.get("items") or ""), envelope=str(mspec.get("envelope") or "")
        )
        if kind == "list" and wire:
            items = str(mspec.get("items") or "")
            if not items.isidentifier() or keyword.iskeyword(items):
                layer.warnings.append(f"resource {attribute}.list: items {items!r} unusable")
                del resource.methods[kind]
                continue
            resource.page_view = f"{model}Page"
            layer.views.append(
                {
                    "name": resource.page_view,
                    "doc": f"A page of {model} items.",
                    "fields": [f"{items}: list[{model}View]"],
                }
            )
    return resource if resource.methods else None


@dataclass
class ResourceMethod:
    """What ``_resources.py`` prints for one resource method (list/get/create)."""

    kind: str
    route: str  # ``GET /v1/items``, for the docstring
    key: str  # get: the positional path parameter (``item_id: str``)
    params: list[str]  # keyword-only parameter signatures before ``timeout``
    http_method: str
    path: str
    path_args: list[tuple[str, str]]  # (wire name, Python name) of the path parameters
    query_args: list[tuple[str, str]]  # list: (wire name, Python name) of the query
    body: str  # create: the request keyword ("json" or "form"); otherwise ""
    envelope: str  # the key the object is wrapped in, request and response ("" = none)
    items: str  # list: the key of the items in the page ("" = the body is the list)
    result: str  # how the response is mapped (see ``_result``)
    decode: str  # the type the response is decoded into
    #: list of a paginated operation: ``iter_list()`` walks the wire resource's page
    #: iterator (``iter_call``, e.g. ``Customers(self._client).iter_list``) with
    #: ``iter_args`` and maps each item; ``iter_params`` is its signature (no cursor)
    iter_module: str = ""
    iter_class: str = ""
    iter_method: str = ""
    iter_params: list[str] = field(default_factory=list)
    iter_args: list[str] = field(default_factory=list)

    @property
    def iter_call_path(self) -> str:
        """``customers.iter_list``: where the wire iterator is on the client."""
        return f"{self.iter_path}.{self.iter_method}"

    iter_path: str = ""


@dataclass
class ResourceClass:
    """What ``_resources.py`` prints for one resource (both flavours)."""

    attribute: str
    class_name: str
    model: str
    mapper: str
    methods: list[ResourceMethod]


def _result(resource: Resource, method: Method) -> tuple[str, str]:
    """How a method maps its response, and the type it decodes the response into.

    list: ``page_view`` (a page view), ``page`` (a dict holding the items) or ``items``
    (the body is the list); get/create: ``view`` (the model's view), ``envelope`` (a dict
    wrapping the object) or ``data`` (the body is the object, as a dict).
    """
    if method.kind == "list":
        if resource.page_view:
            return "page_view", f"_views.{resource.page_view}"
        if method.items:
            return "page", "dict[str, Any]"
        return "items", "builtins.list[Any]"
    if resource.view and not method.envelope:
        return "view", f"_views.{resource.view}"
    return ("envelope" if method.envelope else "data"), "dict[str, Any]"


def _iterator(op: Any, params: list[Any]) -> dict[str, Any]:
    """How ``iter_list()`` calls the wire resource's page iterator ({} when it has none)."""
    wire = op.resource_method
    if op.pagination is None or wire is None or not op.resource_class:
        return {}
    cursor = wire.cursor_arg
    by_wire = {(a.wire_name, a.location): a for a in [*wire.positional, *wire.keyword]}
    passed = {(p.wire_name, p.location) for p in params}
    missing = [
        a for k, a in by_wire.items() if k not in passed and a.required and not a.default_from
    ]
    if missing:
        return {}
    kept = [
        p
        for p in params
        if cursor is None or (p.wire_name, p.location) != (cursor.wire_name, cursor.location)
    ]
    args = [
        f"{by_wire[(p.wire_name, p.location)].py_name}={p.py_name}"
        for p in kept
        if (p.wire_name, p.location) in by_wire
    ]
    if len(args) != len(kept):
        return {}
    return {
        "iter_module": op.resource_call.split(".")[0],
        "iter_path": op.resource_call.rpartition(".")[0],
        "iter_class": op.resource_class,
        "iter_method": f"iter_{wire.name}",
        # after ``def list`` in the class body, a bare ``list[...]`` would name the method
        "iter_params": [re.sub(r"(?<![\w.])list\[", "builtins.list[", p.signature) for p in kept],
        "iter_args": args,
    }


def _resource_method(resource: Resource, method: Method) -> ResourceMethod:
    op = method.op
    result, decode = _result(resource, method)
    key = op.path_params[0] if method.kind == "get" else None
    if method.kind == "list":
        params = [p.signature for p in [*op.path_params, *op.query_params]]
    elif method.kind == "create":
        params = [p.signature for p in op.path_params]
    else:
        params = []
    return ResourceMethod(
        kind=method.kind,
        route=f"{op.http_method} {op.path}",
        key=f"{key.py_name}: {key.type_hint}" if key is not None else "",
        params=params,
        http_method=op.http_method,
        path=op.path,
        path_args=[(p.wire_name, p.py_name) for p in op.path_params],
        query_args=(
            [(p.wire_name, p.py_name) for p in op.query_params] if method.kind == "list" else []
        ),
        body=("form" if op.body.kind == "form" else "json") if method.kind == "create" else "",
        envelope=method.envelope,
        items=method.items,
        result=result,
        decode=decode,
        **(_iterator(op, [*op.path_params, *op.query_params]) if method.kind == "list" else {}),
    )


def resource_context(layer: DomainLayer) -> dict[str, Any]:
    """The values ``_resources.py`` prints: classes, ``__all__`` and what it imports."""
    classes = [
        ResourceClass(
            attribute=r.attribute,
            class_name=r.class_name,
            model=r.model,
            mapper=r.mapper,
            methods=[_resource_method(r, m) for m in r.methods.values()],
        )
        for r in layer.resources
    ]
    methods = [m for c in classes for m in c.methods]
    printed = [
        *(s for c in classes for s in (c.attribute, c.model, c.mapper)),
        *(s for m in methods for s in (m.route, m.key, m.decode, m.items, m.envelope)),
        *(s for m in methods for s in m.params),
    ]
    return {
        "classes": classes,
        "all": sorted(
            ["AsyncResources", "Resources"]
            + [f"{p}{c.class_name}" for c in classes for p in ("", "Async")]
        ),
        "needs_builtins": any(
            m.kind == "list" or "builtins." in " ".join(m.params) for m in methods
        ),
        "needs_any": any(re.search(r"\bAny\b", s) for s in printed),
        "needs_views": layer.resources_need_views,
        "needs_iterators": any(m.iter_method for m in methods),
        "wire_imports": {
            module: sorted(
                {
                    n
                    for m in methods
                    if m.iter_module == module
                    for n in (m.iter_class, "Async" + m.iter_class)
                }
            )
            for module in sorted({m.iter_module for m in methods if m.iter_module})
        },
    }
