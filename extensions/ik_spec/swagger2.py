"""Convert a (normalised) Swagger 2.0 document to the OpenAPI 3.0 shape."""

from __future__ import annotations

from .loader import JSONDict, RefResolver, SpecError, iter_nodes, pointer

_REF_PREFIXES = {
    "#/definitions/": "#/components/schemas/",
    "#/parameters/": "#/components/parameters/",
    "#/responses/": "#/components/responses/",
}
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_SCHEMA_KEYS = (
    "type",
    "format",
    "items",
    "enum",
    "default",
    "maximum",
    "minimum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "multipleOf",
)
_COLLECTION = {
    "csv": ("form", False),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "multi": ("form", True),
}


def _fix_schema_node(node: JSONDict) -> None:
    items = node.get("items")
    if isinstance(items, list):  # tuple-style items are not OpenAPI 3.0
        node["items"] = items[0] if len(items) == 1 else {"anyOf": items} if items else {}
    kinds = node.get("type")
    if isinstance(kinds, list):  # JSON Schema type arrays are not OpenAPI 3.0
        real = [k for k in kinds if k != "null"]
        if len(real) < len(kinds):
            node["nullable"] = True
        if len(real) == 1:
            node["type"] = real[0]
        else:
            del node["type"]
            if real:
                node["anyOf"] = [{"type": k} for k in real]
    if node.get("type") == "null":  # not a 3.0 type
        del node["type"]
        node["nullable"] = True
    if node.get("type") == "file":
        node["type"] = "string"
        node["format"] = "binary"
    if node.pop("x-nullable", False) is True:
        node["nullable"] = True
    disc = node.get("discriminator")
    if isinstance(disc, str):
        node["discriminator"] = {"propertyName": disc}


def _items_to_schema(obj: JSONDict) -> JSONDict:
    schema: JSONDict = {k: obj[k] for k in _SCHEMA_KEYS if k in obj}
    if isinstance(schema.get("items"), dict):
        schema["items"] = (
            _items_to_schema(schema["items"]) if "$ref" not in schema["items"] else schema["items"]
        )
    _fix_schema_node(schema)
    return schema


def _convert_param(param: JSONDict) -> JSONDict:
    out: JSONDict = {
        k: param[k]
        for k in ("name", "in", "description", "required", "deprecated", "allowEmptyValue")
        if k in param
    }
    if out.get("in") == "path":
        out["required"] = True
    schema = _items_to_schema(param)
    out["schema"] = schema
    fmt = param.get("collectionFormat")
    if param.get("type") == "array" and out.get("in") == "query":
        style, explode = _COLLECTION.get(str(fmt or "csv"), ("form", False))
        out["style"] = style
        out["explode"] = explode
    for k, v in param.items():
        if k.startswith("x-"):
            out[k] = v
    return out


def _form_schema(params: list[JSONDict]) -> JSONDict:
    props: JSONDict = {}
    required: list[str] = []
    for p in params:
        name = str(p.get("name", ""))
        prop = _items_to_schema(p)
        if "description" in p:
            prop["description"] = p["description"]
        props[name] = prop
        if p.get("required"):
            required.append(name)
    schema: JSONDict = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    return schema


def convert(doc: JSONDict, warnings: list[str]) -> JSONDict:
    # 1. rewrite refs and schema quirks everywhere
    for node in iter_nodes(doc):
        ref = node.get("$ref")
        if isinstance(ref, str):
            for old, new in _REF_PREFIXES.items():
                if ref.startswith(old):
                    node["$ref"] = new + ref[len(old) :]
                    break
        if "type" in node or "x-nullable" in node or "discriminator" in node or "items" in node:
            _fix_schema_node(node)

    resolver = RefResolver(doc)
    out: JSONDict = {"openapi": "3.0.3", "info": doc.get("info") or {}}
    for key in ("tags", "externalDocs", "security"):
        if key in doc:
            out[key] = doc[key]
    for key, value in doc.items():
        if key.startswith("x-"):
            out[key] = value

    host = doc.get("host")
    base = str(doc.get("basePath") or "")
    schemes = doc.get("schemes") or ["https"]
    if host:
        out["servers"] = [{"url": f"{s}://{host}{base}"} for s in schemes]
    elif base:
        out["servers"] = [{"url": base}]

    g_consumes = doc.get("consumes") or ["application/json"]
    g_produces = doc.get("produces") or ["application/json"]

    components: JSONDict = {}
    if isinstance(doc.get("definitions"), dict):
        components["schemas"] = doc["definitions"]
    g_params = doc.get("parameters") if isinstance(doc.get("parameters"), dict) else {}
    assert isinstance(g_params, dict)
    comp_params = {
        name: _convert_param(p)
        for name, p in g_params.items()
        if isinstance(p, dict) and p.get("in") not in ("body", "formData")
    }
    if comp_params:
        components["parameters"] = comp_params
    if isinstance(doc.get("responses"), dict):
        components["responses"] = {
            name: _convert_response(r, g_produces)
            for name, r in doc["responses"].items()
            if isinstance(r, dict)
        }
    sec = doc.get("securityDefinitions")
    if isinstance(sec, dict):
        components["securitySchemes"] = {
            name: _convert_security(s) for name, s in sec.items() if isinstance(s, dict)
        }

    paths: JSONDict = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        new_item: JSONDict = {}
        shared = [p for p in item.get("parameters") or [] if isinstance(p, dict)]
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            new_item[method] = _convert_operation(
                op, shared, resolver, g_consumes, g_produces, warnings, (path, method)
            )
        for key, value in item.items():
            if key.startswith("x-") or key in ("summary", "description"):
                new_item[key] = value
        paths[path] = new_item
    out["paths"] = paths
    if components:
        out["components"] = components
    return out


def _convert_security(s: JSONDict) -> JSONDict:
    kind = s.get("type")
    desc = {"description": s["description"]} if "description" in s else {}
    if kind == "basic":
        return {"type": "http", "scheme": "basic", **desc}
    if kind == "apiKey":
        return {"type": "apiKey", "name": s.get("name", ""), "in": s.get("in", "header"), **desc}
    if kind == "oauth2":
        flow = {
            "implicit": "implicit",
            "password": "password",
            "application": "clientCredentials",
            "accessCode": "authorizationCode",
        }.get(str(s.get("flow")), "implicit")
        f: JSONDict = {"scopes": s.get("scopes") or {}}
        if flow in ("implicit", "authorizationCode"):
            f["authorizationUrl"] = s.get("authorizationUrl", "")
        if flow != "implicit":
            f["tokenUrl"] = s.get("tokenUrl", "")
        return {"type": "oauth2", "flows": {flow: f}, **desc}
    return {"type": "http", "scheme": "bearer", **desc}


def _convert_response(resp: JSONDict, produces: list[str]) -> JSONDict:
    if "$ref" in resp:
        return resp
    out: JSONDict = {"description": str(resp.get("description") or "")}
    schema = resp.get("schema")
    if isinstance(schema, dict):
        out["content"] = {ct: {"schema": schema} for ct in produces}
    headers = resp.get("headers")
    if isinstance(headers, dict):
        out["headers"] = {
            name: {
                **({"description": h["description"]} if "description" in h else {}),
                "schema": _items_to_schema(h),
            }
            for name, h in headers.items()
            if isinstance(h, dict)
        }
    return out


def _convert_operation(
    op: JSONDict,
    shared: list[JSONDict],
    resolver: RefResolver,
    g_consumes: list[str],
    g_produces: list[str],
    warnings: list[str],
    where: tuple[str, str],
) -> JSONDict:
    consumes = op.get("consumes") or g_consumes
    produces = op.get("produces") or g_produces
    out: JSONDict = {
        k: op[k]
        for k in (
            "tags",
            "summary",
            "description",
            "operationId",
            "deprecated",
            "security",
            "externalDocs",
        )
        if k in op
    }
    for key, value in op.items():
        if key.startswith("x-"):
            out[key] = value

    # merge path-level and operation-level parameters (operation wins on name+in)
    merged: dict[tuple[str, str], JSONDict] = {}
    order: list[tuple[str, str]] = []
    for raw in [*shared, *(p for p in op.get("parameters") or [] if isinstance(p, dict))]:
        try:
            param = resolver.deref(raw)
        except SpecError as exc:
            warnings.append(f"{pointer('paths', *where, 'parameters')}: {exc}; parameter skipped")
            continue
        if not isinstance(param, dict):
            continue
        pkey = (str(param.get("name")), str(param.get("in")))
        if pkey not in merged:
            order.append(pkey)
        merged[pkey] = (
            raw if "$ref" in raw and param.get("in") not in ("body", "formData") else param
        )

    params: list[JSONDict] = []
    body_param: JSONDict | None = None
    form_params: list[JSONDict] = []
    for pkey in order:
        raw = merged[pkey]
        param = resolver.deref(raw)
        where_in = param.get("in")
        if where_in == "body":
            body_param = param
        elif where_in == "formData":
            form_params.append(param)
        elif "$ref" in raw:
            params.append(raw)
        else:
            params.append(_convert_param(param))
    if params:
        out["parameters"] = params

    if body_param is not None:
        schema = body_param.get("schema") if isinstance(body_param.get("schema"), dict) else {}
        types = [c for c in consumes if "form" not in c] or ["application/json"]
        body: JSONDict = {"content": {ct: {"schema": schema} for ct in types}}
        if body_param.get("required"):
            body["required"] = True
        if "description" in body_param:
            body["description"] = body_param["description"]
        out["requestBody"] = body
    elif form_params:
        schema = _form_schema(form_params)
        has_file = any(p.get("type") == "file" for p in form_params)
        types = [
            c for c in consumes if c in ("multipart/form-data", "application/x-www-form-urlencoded")
        ]
        if has_file:
            types = ["multipart/form-data"]
        elif not types:
            types = ["application/x-www-form-urlencoded"]
        out["requestBody"] = {
            "content": {ct: {"schema": schema} for ct in types},
            **({"required": True} if schema.get("required") else {}),
        }

    responses: JSONDict = {}
    for code, resp in (op.get("responses") or {}).items():
        if isinstance(resp, dict):
            responses[str(code)] = _convert_response(resp, produces)
    out["responses"] = responses or {"default": {"description": "response"}}
    return out
