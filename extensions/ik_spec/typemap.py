"""JSON Schema -> Python type hints (msgspec-decodable) and wire models."""

from __future__ import annotations

import re
from typing import Any

from .filters import STRING_LITERAL, pystr
from .loader import JSONDict, RefResolver, SpecError, escape_pointer_token, unescape_pointer_token
from .model import Field, Model, Probe, optional
from .names import (
    HINT_NAMES,
    RESERVED_MODULE_NAMES,
    UniqueNames,
    faithful_field_name,
    pascal_case,
    safe_class_name,
    safe_identifier,
)

#: Deepest inline schema nesting turned into types; deeper subtrees become ``Any``.
MAX_TYPE_DEPTH = 64
FILE_TYPE = "bytes | tuple[str, bytes]"
_COMPONENT_PREFIX = "#/components/schemas/"
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_UNNAMEABLE = re.compile(r'["\\\x00-\x1f]')

# member kinds, following msgspec's union rules
OBJECT, ARRAY, STR, INT, FLOAT, BOOL, NONE, ANY = (
    "object",
    "array",
    "str",
    "int",
    "float",
    "bool",
    "none",
    "any",
)
_SINGLE_KINDS = {OBJECT, ARRAY, STR, INT, FLOAT, BOOL}
_PRIMITIVES = {
    "string": ("str", STR),
    "integer": ("int", INT),
    "number": ("float", FLOAT),
    "boolean": ("bool", BOOL),
    "null": ("None", NONE),
}
_ANNOTATION_KEYS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "readOnly",
        "writeOnly",
        "deprecated",
        "externalDocs",
        "default",
        "xml",
        "nullable",
        "$comment",
    }
)

Member = tuple[str, str]  # (hint, kind)


def _types_of(schema: JSONDict) -> list[str]:
    t = schema.get("type")
    if isinstance(t, str):
        return [t]
    if isinstance(t, list):
        return [x for x in t if isinstance(x, str)]
    return []


def _is_nullable(schema: JSONDict) -> bool:
    return schema.get("nullable") is True or "null" in _types_of(schema)


def _meaningful_keys(schema: JSONDict) -> set[str]:
    return {k for k in schema if k not in _ANNOTATION_KEYS and not k.startswith("x-")}


class TypeMapper:
    """Builds type hints; registers component and inline models as it meets them."""

    def __init__(self, resolver: RefResolver, warnings: list[str]) -> None:
        self.resolver = resolver
        self.warnings = warnings
        self.class_names = UniqueNames(RESERVED_MODULE_NAMES, sep="")
        self.structs: dict[str, Model] = {}
        self.aliases: dict[str, Model] = {}
        self.component_class: dict[str, str] = {}
        self.inline_class: dict[tuple[int, bool], str] = {}
        self.multipart_components: set[str] = set()
        self._queue: list[tuple[str, str, JSONDict]] = []
        self._active_refs: set[str] = set()
        #: ids of the enum schemas already reported as widened (once per schema)
        self._enums_seen: set[int] = set()
        self.degraded = 0
        #: schema uses turned into type hints (the denominator of the fallback share)
        self.uses = 0
        #: schema (and its pointer) of every Struct class, for finding union tags
        self.class_schema: dict[str, tuple[JSONDict, str]] = {}
        #: Struct class -> (tag field, tag value) of the msgspec tagged unions it is in
        self.tags: dict[str, tuple[str, str]] = {}
        #: the schema pointer where a union may be decoded by probing (a response root)
        self.probe_at = ""
        #: unions decoded by probing one field, by the pointer of their schema
        self.probes: dict[str, Probe] = {}

    # -- warnings -----------------------------------------------------------------
    def warn(self, where: str, message: str) -> None:
        self.warnings.append(f"{where}: {message}")

    def degrade(self, where: str, message: str) -> None:
        self.degraded += 1
        self.warn(where, message)

    # -- components ---------------------------------------------------------------
    def _component_name(self, ref: str) -> str | None:
        if not ref.startswith(_COMPONENT_PREFIX):
            return None
        rest = ref[len(_COMPONENT_PREFIX) :]
        if "/" in rest:
            return None
        return unescape_pointer_token(rest)

    def component(self, name: str, schema: JSONDict) -> str:
        cls = self.component_class.get(name)
        if cls is None:
            cls = self.class_names.claim(safe_class_name(name, fallback="Schema"))
            self.component_class[name] = cls
            self.class_schema[cls] = (schema, _COMPONENT_PREFIX + name)
            self._queue.append((cls, _COMPONENT_PREFIX + name, schema))
        return cls

    def drain(self) -> None:
        """Build every component model registered so far (and those they reach)."""
        while self._queue:
            cls, where, schema = self._queue.pop(0)
            self._build_named(cls, where, schema)

    def _build_named(self, cls: str, where: str, schema: JSONDict) -> None:
        name = where[len(_COMPONENT_PREFIX) :]
        multipart = unescape_pointer_token(name) in self.multipart_components
        merged = self.merged_object(schema, where)
        description = str(schema.get("description") or schema.get("title") or "")
        if merged is not None:
            self._build_struct(cls, where, merged, description, multipart=multipart, depth=0)
            return
        hint = self.hint(schema, where, cls, depth=0)
        self.aliases[cls] = Model(class_name=cls, description=description, alias=hint, source=where)

    # -- objects ------------------------------------------------------------------
    def _flatten_all_of(
        self, schema: JSONDict, where: str, seen: set[str], out: list[JSONDict]
    ) -> None:
        parts = schema.get("allOf")
        own = {k: v for k, v in schema.items() if k != "allOf"}
        if isinstance(parts, list):
            for i, part in enumerate(parts):
                if not isinstance(part, dict):
                    continue
                ref = part.get("$ref")
                if isinstance(ref, str):
                    if ref in seen:
                        continue
                    try:
                        target = self.resolver.lookup(ref)
                    except SpecError as exc:
                        self.degrade(f"{where}/allOf/{i}", f"{exc}; part ignored")
                        continue
                    if isinstance(target, dict):
                        self._flatten_all_of(target, ref, seen | {ref}, out)
                else:
                    self._flatten_all_of(part, f"{where}/allOf/{i}", seen, out)
        out.append(own)

    def merged_object(self, schema: JSONDict, where: str) -> JSONDict | None:
        """``{"properties", "required"}`` if the schema is a Struct, else None."""
        if "allOf" in schema:
            parts: list[JSONDict] = []
            self._flatten_all_of(schema, where, set(), parts)
        else:
            parts = [schema]
        props: JSONDict = {}
        required: list[str] = []
        for part in parts:
            p = part.get("properties")
            if isinstance(p, dict):
                props.update(p)
            r = part.get("required")
            if isinstance(r, list):
                required.extend(str(x) for x in r)
        if not props:
            return None
        types = {t for part in parts for t in _types_of(part)} - {"null", "object"}
        if types:
            return None
        return {"properties": props, "required": required}

    def _build_struct(
        self,
        cls: str,
        where: str,
        merged: JSONDict,
        description: str,
        *,
        multipart: bool,
        depth: int,
    ) -> None:
        model = Model(class_name=cls, description=description, source=where)
        self.structs[cls] = model  # registered first: recursive references are fine
        required = set(merged["required"])
        wanted: list[tuple[str, JSONDict, str | None]] = []
        for wire, prop in merged["properties"].items():
            if _UNNAMEABLE.search(wire):
                self.warn(
                    f"{where}/properties/{escape_pointer_token(wire)}",
                    "msgspec cannot rename a field to a name with a quote, backslash or"
                    " control character; field left out (ignored when decoding)",
                )
                continue
            wanted.append((wire, prop if isinstance(prop, dict) else {}, faithful_field_name(wire)))
        # wire names that are valid attributes are claimed first: they never get a suffix
        used = UniqueNames(HINT_NAMES)
        names = {wire: used.claim(py) for wire, _, py in wanted if py is not None}
        for wire, _, py in wanted:
            if py is None:
                names[wire] = used.claim(
                    safe_identifier(wire, fallback="field", digit_prefix="field")
                )
        for wire, prop, _ in wanted:
            loc = f"{where}/properties/{escape_pointer_token(wire)}"
            if multipart and _is_binary(prop):
                hint = FILE_TYPE
            else:
                hint = self.hint(prop, loc, cls + pascal_case(wire), depth=depth + 1)
            if names[wire] != wire:
                self.warn(loc, f"field {wire!r} is the attribute {names[wire]!r} (renamed)")
            model.fields.append(
                Field(
                    py_name=names[wire],
                    wire_name=wire,
                    type_hint=hint,
                    required=wire in required,
                    description=str(prop.get("description") or ""),
                )
            )

    # -- hints --------------------------------------------------------------------
    def hint(
        self,
        schema: Any,
        where: str,
        name: str,
        *,
        depth: int,
        param: bool = False,
        multipart: bool = False,
    ) -> str:
        self.uses += 1
        members = self.members(schema, where, name, depth=depth, param=param, multipart=multipart)
        return self.join(members, where)

    def join(self, members: list[Member], where: str, construct: str = "union") -> str:
        members = self.union(members, where, construct)
        hints = [h for h, k in members if k != NONE]
        nullable = len(hints) < len(members)
        if not hints:
            return "None" if nullable else "Any"
        hint = " | ".join(hints)
        return f"{hint} | None" if nullable else hint

    def union(
        self, members: list[Member], where: str, construct: str, discriminator: str = ""
    ) -> list[Member]:
        """Deduplicated members, or one degraded member where msgspec cannot decode them."""
        seen: dict[str, str] = {}
        for hint, kind in members:
            seen.setdefault(hint, kind)
        if not seen or any(kind == ANY for kind in seen.values()):
            return [("Any", ANY)]
        null: list[Member] = [("None", NONE)] if "None" in seen else []
        rest = _merge_strings([(h, k) for h, k in seen.items() if k != NONE])
        if len(rest) <= 1:
            return rest + null
        counts: dict[str, int] = {}
        for _, kind in rest:
            counts[kind] = counts.get(kind, 0) + 1
        clash = sorted(k for k, n in counts.items() if n > 1 or k == "alias")
        if not clash:
            return rest + null
        listed = " | ".join(h for h, _ in rest)
        all_objects = set(counts) == {OBJECT}
        objects = [h for h, k in rest if k == OBJECT]
        only_objects_clash = clash == [OBJECT]  # several Structs, at most one of each other kind
        if only_objects_clash and self._tag(objects, discriminator):
            return rest + null
        if all_objects and where == self.probe_at:
            probe = self._probe(objects)
            if probe is not None:
                self.probes[where] = probe
                return rest + null
        fallback = "dict[str, Any]" if all_objects else "Any"
        self.degrade(
            where,
            f"{construct} of {listed} is not a union msgspec can decode untagged"
            f" (several {', '.join(clash)} members); typed as {fallback}",
        )
        if all_objects:
            return [(fallback, OBJECT), *null]
        return [("Any", ANY)]

    def _report_enum(self, schema: JSONDict, members: list[Member], where: str) -> None:
        """Note once per schema that a parameter's string enum is typed ``str`` (the
        values are listed in the docstring; model fields get ``Literal[...]``)."""
        values = [v for v in schema["enum"] if isinstance(v, str)]
        if not values or members[:1] != [("str", STR)] or id(schema) in self._enums_seen:
            return
        self._enums_seen.add(id(schema))
        shown = ", ".join(repr(v) for v in values[:6]) + (", ..." if len(values) > 6 else "")
        folded = {v.casefold() for v in values}
        case = "; some differ only in case" if len(folded) < len(values) else ""
        self.warn(where, f"enum [{shown}] of a parameter widened to str{case}")

    def members(
        self,
        schema: Any,
        where: str,
        name: str,
        *,
        depth: int,
        param: bool = False,
        multipart: bool = False,
    ) -> list[Member]:
        if depth > MAX_TYPE_DEPTH:
            self.degrade(where, f"schema nested deeper than {MAX_TYPE_DEPTH} levels; typed as Any")
            return [("Any", ANY)]
        if not isinstance(schema, dict):
            return [("Any", ANY)]  # true/false/garbage schema
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self._ref_members(schema, ref, where, name, depth=depth, param=param)

        if _tuple_items(schema):  # Slack's objs_conversation: meant (and sent) as one
            union = {k: v for k, v in schema.items() if k != "items"}  # of its members,
            union["anyOf"] = schema["items"]  # as swagger2.py reads them
            return self.members(union, where, name, depth=depth, param=param, multipart=multipart)

        nullable = _is_nullable(schema)
        null: list[Member] = [("None", NONE)] if nullable else []

        if "allOf" in schema:
            parts = (
                [p for p in schema["allOf"] if isinstance(p, dict)]
                if isinstance(schema["allOf"], list)
                else []
            )
            own = _meaningful_keys(schema) - {"allOf", "type"}
            if len(parts) == 1 and not own:
                return (
                    self.members(parts[0], f"{where}/allOf/0", name, depth=depth + 1, param=param)
                    + null
                )
            merged = self.merged_object(schema, where)
            if merged is not None:
                struct = self._inline_struct(schema, merged, where, name, depth, param, multipart)
                return [struct, *null]
            # non-object allOf: use the first part that says something
            for i, part in enumerate(parts):
                m = self.members(part, f"{where}/allOf/{i}", name, depth=depth + 1, param=param)
                if m != [("Any", ANY)]:
                    return m + null
            return [("Any", ANY)]

        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if (
                isinstance(options, list)
                and options
                and not isinstance(schema.get("properties"), dict)
            ):
                out: list[Member] = []
                for i, option in enumerate(options):
                    out.extend(
                        self.members(
                            option,
                            f"{where}/{key}/{i}",
                            name,
                            depth=depth + 1,
                            param=param,
                            multipart=multipart,
                        )
                    )
                disc = schema.get("discriminator")
                prop = disc.get("propertyName") if isinstance(disc, dict) else None
                return self.union(out + null, where, key, prop if isinstance(prop, str) else "")

        if "enum" in schema and isinstance(schema["enum"], list):
            members = _enum_members(schema)
            if param or multipart:
                self._report_enum(schema, members, where)
            elif members[:1] == [("str", STR)]:
                members = _literal(schema) + members[1:]
            return members + null
        if "const" in schema:
            return _value_members([schema["const"]]) + null

        types = _types_of(schema)
        if not types:
            if isinstance(schema.get("properties"), dict) or "additionalProperties" in schema:
                types = ["object"]
            elif "items" in schema:
                types = ["array"]
            else:
                return [("Any", ANY)]
        out = []
        for t in types:
            if t in _PRIMITIVES:
                out.append(_PRIMITIVES[t])
            elif t == "array":
                items = schema.get("items")
                item_hint = (
                    self.hint(items, f"{where}/items", f"{name}Item", depth=depth + 1, param=param)
                    if isinstance(items, dict)
                    else "Any"
                )
                out.append((f"list[{item_hint}]", ARRAY))
            elif t == "object":
                out.append(self._object_member(schema, where, name, depth, param, multipart))
            else:
                out.append(("Any", ANY))
        return out + null

    def _object_member(
        self, schema: JSONDict, where: str, name: str, depth: int, param: bool, multipart: bool
    ) -> Member:
        merged = self.merged_object(schema, where)
        if merged is not None:
            return self._inline_struct(schema, merged, where, name, depth, param, multipart)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            value = self.hint(
                extra, f"{where}/additionalProperties", f"{name}Value", depth=depth + 1, param=param
            )
            return (f"dict[str, {value}]", OBJECT)
        return ("dict[str, Any]", OBJECT)

    def _inline_struct(
        self,
        schema: JSONDict,
        merged: JSONDict,
        where: str,
        name: str,
        depth: int,
        param: bool,
        multipart: bool,
    ) -> Member:
        if param:
            return ("dict[str, Any]", OBJECT)
        key = (id(schema), multipart)
        cls = self.inline_class.get(key)
        if cls is None:
            cls = self.class_names.claim(safe_class_name(name, fallback="Model"))
            self.inline_class[key] = cls
            self.class_schema[cls] = (schema, where)
            description = str(schema.get("description") or schema.get("title") or "")
            self._build_struct(cls, where, merged, description, multipart=multipart, depth=depth)
        return (cls, OBJECT)

    # -- tagged unions ------------------------------------------------------------
    def _single_values(self, cls: str) -> dict[str, str] | None:
        """Properties of Struct ``cls`` that allow exactly one string (enum or const)."""
        fixed = self._fixed_values(cls)
        if fixed is None:
            return None
        return {wire: value for wire, (value, _) in fixed.items() if isinstance(value, str)}

    def _fixed_values(self, cls: str) -> dict[str, tuple[object, bool]] | None:
        """Properties of Struct ``cls`` fixed to one JSON scalar: (value, required)."""
        found = self.class_schema.get(cls)
        if found is None:
            return None
        merged = self.merged_object(*found)
        if merged is None:
            return None
        required = merged.get("required")
        required = set(required) if isinstance(required, list) else set()
        out: dict[str, tuple[object, bool]] = {}
        for wire, prop in merged["properties"].items():
            if isinstance(prop, dict) and isinstance(prop.get("$ref"), str):
                try:
                    prop = self.resolver.lookup(prop["$ref"])
                except SpecError:
                    continue
            if not isinstance(prop, dict) or _UNNAMEABLE.search(wire):
                continue
            values = prop.get("enum") if "enum" in prop else [prop.get("const")]
            if (
                isinstance(values, list)
                and len(values) == 1
                and isinstance(values[0], str | bool | int)
            ):
                out[wire] = (values[0], wire in required)
        return out

    def _probe(self, classes: list[str]) -> Probe | None:
        """Decode ``classes`` by probing one field when no string tag tells them apart.

        The field must be required and fixed to a distinct scalar in every member but
        at most one, the default (Stripe: ``deleted: true`` only on ``DeletedCustomer``).
        Without a default, a value no member fixes is a decoding error (like a tag).
        """
        fixed = [self._fixed_values(c) for c in classes]
        if any(f is None for f in fixed):
            return None
        known = [f for f in fixed if f is not None]
        for field_name in sorted({name for f in known for name in f}):
            cases: list[tuple[object, str]] = []
            defaults: list[str] = []
            for cls, values in zip(classes, known, strict=True):
                value = values.get(field_name)
                if value is not None and value[1]:
                    cases.append((value[0], cls))
                else:
                    defaults.append(cls)
            keys = [(type(v), v) for v, _ in cases]
            if len(defaults) > 1 or len(set(keys)) != len(keys):
                continue
            default = defaults[0] if defaults else ""  # "": another value is an error
            return Probe(field_name, [(repr(v), c) for v, c in cases], default, list(classes))
        return None

    def _tag(self, classes: list[str], preferred: str) -> bool:
        """Make ``classes`` a msgspec tagged union (one shared tag field, distinct values).

        The tag field is the discriminator's ``propertyName`` when it qualifies, else
        the first property every member fixes to one string (Stripe's ``object``,
        OpenAI's ``type``/``role``).  A class keeps one tag for all its unions.
        """
        fixed = [self._single_values(c) for c in classes]
        if any(f is None for f in fixed):
            return False
        known = [f for f in fixed if f is not None]
        common = set.intersection(*(set(f) for f in known))
        for field_name in sorted(common, key=lambda n: (n != preferred, n)):
            values = [f[field_name] for f in known]
            if len(set(values)) != len(values):
                continue
            if any(
                self.tags.get(c, (field_name, v)) != (field_name, v)
                for c, v in zip(classes, values, strict=True)
            ):
                continue
            for c, v in zip(classes, values, strict=True):
                self.tags[c] = (field_name, v)
            return True
        return False

    def _ref_members(
        self, schema: JSONDict, ref: str, where: str, name: str, *, depth: int, param: bool
    ) -> list[Member]:
        try:
            target = self.resolver.lookup(ref)
        except SpecError as exc:
            self.degrade(where, f"{exc}; typed as Any")
            return [("Any", ANY)]
        if not isinstance(target, dict):
            return [("Any", ANY)]
        null: list[Member] = [("None", NONE)] if schema.get("nullable") is True else []
        comp = self._component_name(ref)
        if comp is not None and not param:
            cls = self.component(comp, target)
            kind = self._component_kind(target, ref)
            if kind == OBJECT and _is_nullable(target):  # GitHub's nullable-* components:
                null = [("None", NONE)]  # the Struct cannot hold null, its references can
            return [(cls, kind), *null]
        if ref in self._active_refs:
            self.degrade(where, f"recursive $ref {ref!r} outside components/schemas; typed as Any")
            return [("Any", ANY)]
        self._active_refs.add(ref)
        try:
            label = name
            if comp is not None:
                label = comp
            return self.members(target, ref, label, depth=depth + 1, param=param) + null
        finally:
            self._active_refs.discard(ref)

    def _component_kind(self, target: JSONDict, ref: str) -> str:
        """Union kind of a named component, without building it."""
        seen: set[str] = {ref}
        node: Any = target
        for _ in range(32):
            if not isinstance(node, dict):
                return ANY
            r = node.get("$ref")
            if isinstance(r, str):
                if r in seen:
                    return ANY
                seen.add(r)
                try:
                    node = self.resolver.lookup(r)
                except SpecError:
                    return ANY
                continue
            if self.merged_object(node, ref) is not None:
                return OBJECT
            if "oneOf" in node or "anyOf" in node or "allOf" in node:
                return "alias"  # a union alias: never combined with anything (see join)
            if "enum" in node and isinstance(node["enum"], list):
                kinds = {k for _, k in _enum_members(node)} - {NONE}
                return kinds.pop() if len(kinds) == 1 else "alias"
            types = [t for t in _types_of(node) if t != "null"]
            if not types:
                if isinstance(node.get("properties"), dict) or "additionalProperties" in node:
                    return OBJECT
                if _tuple_items(node):
                    return "alias"
                if "items" in node:
                    return ARRAY
                return ANY
            if len(types) > 1:
                return "alias"
            t = types[0]
            if t == "object":
                return OBJECT
            if t == "array":
                return ARRAY
            return _PRIMITIVES.get(t, ("Any", ANY))[1]
        return ANY


def _tuple_items(schema: JSONDict) -> bool:
    """Tuple-style ``items`` (a list, not OpenAPI 3.0) on a schema with no type or union."""
    items = schema.get("items")
    return (
        isinstance(items, list)
        and bool(items)
        and not _types_of(schema)
        and not any(k in schema for k in ("anyOf", "oneOf", "allOf", "properties"))
    )


def _is_binary(schema: JSONDict) -> bool:
    if schema.get("format") == "binary" and "string" in _types_of(schema):
        return True
    return schema.get("contentMediaType") == "application/octet-stream"


def _value_members(values: list[Any]) -> list[Member]:
    out: list[Member] = []
    for v in values:
        if v is None:
            out.append(("None", NONE))
        elif isinstance(v, bool):
            out.append(("bool", BOOL))
        elif isinstance(v, int):
            out.append(("int", INT))
        elif isinstance(v, float):
            out.append(("float", FLOAT))
        elif isinstance(v, str):
            out.append(("str", STR))
        else:
            out.append(("Any", ANY))
    return out


_QUALIFY = re.compile(STRING_LITERAL + "|" + _IDENT.pattern)


def _literal(schema: JSONDict) -> list[Member]:
    """``Literal["a", "b"]`` of a string enum (a str at run time: ``_runtime.models``)."""
    values = list(dict.fromkeys(v for v in schema["enum"] if isinstance(v, str)))
    if not values:
        return [("str", STR)]
    return [(f"Literal[{', '.join(pystr(v) for v in values)}]", STR)]


_LITERAL_VALUE = re.compile(STRING_LITERAL)


def _merge_strings(members: list[Member]) -> list[Member]:
    """One string member: ``str`` if any member is ``str``, else the Literals merged."""
    strings = [h for h, k in members if k == STR]
    if len(strings) <= 1:
        return members
    if "str" in strings:
        merged = "str"
    else:
        values = [v for h in strings for v in _LITERAL_VALUE.findall(h.removeprefix("Literal["))]
        merged = f"Literal[{', '.join(dict.fromkeys(values))}]"
    out: list[Member] = []
    for hint, kind in members:
        if kind != STR:
            out.append((hint, kind))
        elif (merged, STR) not in out:
            out.append((merged, STR))
    return out


def _enum_members(schema: JSONDict) -> list[Member]:
    members = _value_members(schema["enum"])
    types = _types_of(schema)
    base = [_PRIMITIVES[t] for t in types if t in _PRIMITIVES and t != "null"]
    if base and all(k in {m[1] for m in base} or k == NONE for _, k in members):
        members = base + [m for m in members if m[1] == NONE]
    elif base and not schema["enum"]:
        members = base
    if _is_nullable(schema):
        members.append(("None", NONE))
    # dedupe keeping order
    out: list[Member] = []
    for m in members:
        if m not in out:
            out.append(m)
    return out or [("Any", ANY)]


def qualify(hint: str, names: set[str], prefix: str = "_wire.") -> str:
    """Prefix every model name in a hint (``list[Pet]`` -> ``list[_wire.Pet]``)."""

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        return prefix + word if word in names else word

    # string literals (``Literal["Pet"]`` values) are matched whole and kept as they are
    return _QUALIFY.sub(lambda m: m.group(0) if m.group(0)[0] in "'\"" else one(m), hint)


__all__ = ["FILE_TYPE", "TypeMapper", "optional", "qualify"]
