"""The open places of a generated project and the manifest that lists them (agent hook).

An *open place* is a region of a generated, user-owned file that the spec cannot
derive: it sits between ``# integration-kit: open <id>`` and ``# integration-kit: end
<id>`` and holds a working default that raises ``NotImplementedError``, so the project is
green before anything fills it. The manifest (``.integration-kit/agent-manifest.json``)
lists every place with what a filler needs: signature, operationId, wire and domain
types, the tests that must pass, the imports allowed. The agent in the generated package
(``_agent/``) reads it; it may change nothing outside the places.

Three kinds of places, whose blocks the templates print:

- operations listed by hand (their responses have no schema): a ``<name>.example`` place
  (a documented response body, in ``tests/test_open_places.py``) and a ``<name>.parse``
  place (the typed result, in ``src/<package>/open_places.py``);
- operations of a spec whose JSON response has no example: a ``<name>.example`` place,
  checked against the response schema of the snapshot (at most ``MAX_EXAMPLE_PLACES``,
  by method name);
- domain fields declared ``convert: place`` in the mapping (``domain_mapping``): a
  ``<Model>.<field>`` place in ``src/<package>/mapping.py`` (kind ``mapping_derive``),
  run by the generated domain test. Rendered with or without the hook: the mapper calls it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from types import ModuleType
from typing import Any

__all__ = [
    "ALLOWED_IMPORTS",
    "MANIFEST_FORMAT",
    "MARK_END",
    "MARK_OPEN",
    "OpPlaces",
    "Place",
    "build",
]

MANIFEST_FORMAT = "integration-kit/agent-manifest@1"
MARK_OPEN = "# integration-kit: open {id}"
MARK_END = "# integration-kit: end {id}"
LINE_LENGTH = 100
#: At most this many example places for a spec's example-less operations (by name).
MAX_EXAMPLE_PLACES = 20

#: Modules a pure place (no network, no process, no files) may import inside its code.
ALLOWED_IMPORTS = (
    "collections.abc",
    "dataclasses",
    "datetime",
    "decimal",
    "enum",
    "math",
    "msgspec",
    "re",
    "typing",
    "uuid",
)
#: Names that would reach the network from a place's file (its imports cannot: see above).
_NETWORK_NAMES = ("httpx", "SyncAPIClient", "AsyncAPIClient")

CHECKS = ["ast", "scope", "shape", "policy", "ruff format", "ruff check", "mypy --strict", "pytest"]

DEFAULTS = {
    "anthropic": ("claude-sonnet-4-5", "https://api.anthropic.com", "ANTHROPIC_API_KEY"),
    "openai-compatible": ("gpt-4.1", "https://api.openai.com/v1", ""),
}


@dataclass(frozen=True)
class Place:
    """One open place (a manifest entry)."""

    id: str
    kind: str
    file: str
    symbol: str
    signature: str
    parameters: list[str]
    returns: str | None
    operation_id: str
    http: str
    client_method: str
    wire_type: str
    domain_type: str
    tests: list[str]
    depends_on: list[str]
    network: bool
    allowed_imports: list[str]
    forbidden_names: list[str]
    task: str
    default: str
    block: str = field(repr=False)
    wire_fields: list[str] = field(default_factory=list)
    domain_field: str = ""


@dataclass(frozen=True)
class OpPlaces:
    """The two places of one hand-listed operation (what the templates print)."""

    method_name: str
    parse: Place
    example: Place


def _marked(place_id: str, code: str) -> str:
    """``code`` (a top-level definition) between the markers, formatted as ruff formats it."""
    return (
        MARK_OPEN.format(id=place_id)
        + "\n"
        + code.rstrip("\n")
        + "\n\n\n"
        + MARK_END.format(id=place_id)
        + "\n"
    )


def _raise(place_id: str, pystr: Any) -> str:
    message = pystr(f"integration-kit: open place {place_id!r} is not filled")
    line = f"    raise NotImplementedError({message})"
    if len(line) <= LINE_LENGTH:
        return line + "\n"
    return f"    raise NotImplementedError(\n        {message}\n    )\n"


def _doc(text: str, docstring: Any) -> str:
    return f'    """{docstring(text, 4)}"""\n'


def _op_places(op: Any, ctx: dict[str, Any], filters: ModuleType) -> OpPlaces:
    name = op.method_name
    package = ctx["import_name"]
    client = ctx["client_class_name"]
    http = f"{op.http_method} {op.path}"
    wire = op.return_type
    example_type = wire if "_wire." not in wire and "None" not in wire else "Any"
    src_file = f"src/{package}/open_places.py"
    test_file = "tests/test_open_places.py"
    round_trip = f"test_{name}_example_round_trips"
    parses = f"test_{name}_parses_its_example"
    forbidden = [*_NETWORK_NAMES, client, f"Async{client}"]
    pystr, docstring = filters.pystr, filters.docstring

    example_id = f"{name}.example"
    example_sig = f"def example_{name}() -> {example_type}"
    example_default = _raise(example_id, pystr)
    example_code = (
        f"{example_sig}:\n"
        + _doc(
            f"One response body of ``{name}`` (``{http}``), as the provider documents it.",
            docstring,
        )
        + example_default
    )
    args = [f"{p.py_name}={pystr('example')}" for p in op.path_params]
    if op.body is not None:
        args.append("body={}")
    tests = (
        f"\n\ndef {round_trip}(server: ScriptedServer) -> None:\n"
        + _doc("The example, served over HTTP, comes back from the client unchanged.", docstring)
        + f"    payload = _filled(example_{name})\n"
        + "    server.script = [Reply(body=payload)]\n"
        + f"    with {client}(base_url=server.url) as client:\n"
        + f"        assert client.{name}({', '.join(args)}) == payload\n"
        + f"\n\ndef {parses}() -> None:\n"
        + _doc(
            f"``parse_{name}`` accepts the example (skipped until both places are filled).",
            docstring,
        )
        + f"    payload = _filled(example_{name})\n"
        + f"    result = _filled(lambda: open_places.parse_{name}(payload))\n"
        + "    assert result is not None\n"
    )
    example_block = _marked(example_id, example_code) + tests
    example = Place(
        id=example_id,
        kind="example_payload",
        file=test_file,
        symbol=f"example_{name}",
        signature=example_sig,
        parameters=[],
        returns=example_type,
        operation_id=op.operation_id,
        http=http,
        client_method=f"{client}.{name}",
        wire_type=wire,
        domain_type=example_type,
        tests=[f"{test_file}::{round_trip}"],
        depends_on=[],
        network=False,
        allowed_imports=list(ALLOWED_IMPORTS),
        forbidden_names=forbidden,
        task=(
            f"Return one realistic, complete response body of {http} ({op.operation_id}) "
            f"exactly as the provider's API reference documents it, as a {example_type} "
            "literal (JSON-compatible values only: dict, list, str, int, float, bool, None)."
        ),
        default=example_default,
        block=example_block,
    )

    parse_id = f"{name}.parse"
    param = f"payload: {wire}"
    parse_sig = f"def parse_{name}({param}) -> Any"
    parse_default = _raise(parse_id, pystr)
    parse_code = (
        f"{parse_sig}:\n"
        + _doc(f"The typed result of ``{name}`` (``{http}``) from its decoded JSON.", docstring)
        + parse_default
    )
    parse = Place(
        id=parse_id,
        kind="response_parser",
        file=src_file,
        symbol=f"parse_{name}",
        signature=parse_sig,
        parameters=[param],
        returns=None,
        operation_id=op.operation_id,
        http=http,
        client_method=f"{client}.{name}",
        wire_type=wire,
        domain_type=(
            "yours to define inside the place: WireModel subclasses (msgspec Structs) for "
            "the documented response, returned through convert(payload, Type)"
        ),
        tests=[f"{test_file}::{parses}"],
        depends_on=[example_id],
        network=False,
        allowed_imports=list(ALLOWED_IMPORTS),
        forbidden_names=forbidden,
        task=(
            f"Define, inside the place, WireModel subclasses for the response of {http} "
            f"({op.operation_id}) as the provider documents it, and parse_{name}({param}) "
            "returning the typed value (use convert(payload, Type); unwrap envelopes such "
            "as {'order': {...}}). Keep the function name and its parameter."
        ),
        default=parse_default,
        block=_marked(parse_id, parse_code),
    )
    return OpPlaces(method_name=name, parse=parse, example=example)


def _signature(name: str, params: list[str], returns: str) -> str:
    """``def name(params) -> returns``, wrapped one parameter a line as ruff does when long."""
    line = f"def {name}({', '.join(params)}) -> {returns}"
    if len(line) + 1 <= LINE_LENGTH:
        return line
    inner = "".join(f"    {p},\n" for p in params)
    return f"def {name}(\n{inner}) -> {returns}"


def mapping_place(d: Any, ctx: dict[str, Any], filters: ModuleType) -> Place:
    """The ``mapping_derive`` place of a ``convert: place`` domain field (``DerivedField``)."""
    package = ctx["import_name"]
    client = ctx["client_class_name"]
    pystr, docstring = filters.pystr, filters.docstring
    sources = f"``{d.wire}``" + (f" and ``{d.needs}``" if d.needs else "")
    signature = _signature(d.symbol, d.params, d.returns)
    default = _raise(d.id, pystr)
    code = (
        f"{signature}:\n"
        + _doc(f"``{d.model}.{d.field}`` from the provider's {sources}.", docstring)
        + default
    )
    wire_fields = [d.wire, *([d.needs] if d.needs else [])]
    passed = f"the provider's {d.wire!r} value (never None: a missing or null value leaves "
    passed += f"the field at {d.unfilled})"
    if d.needs:
        passed += f" and its sibling {d.needs!r} (may be None)"
    return Place(
        id=d.id,
        kind="mapping_derive",
        file=f"src/{package}/mapping.py",
        symbol=d.symbol,
        signature=f"def {d.symbol}({', '.join(d.params)}) -> {d.returns}",
        parameters=list(d.params),
        returns=d.returns,
        operation_id=d.list_op,
        http="",
        client_method=f"{client}.domain.{d.resource}.list" if d.resource else "",
        wire_type=", ".join(f"{w}: {t}" for w, t in zip(wire_fields, d.wire_types, strict=True)),
        domain_type=d.returns,
        tests=[f"tests/test_domain.py::{d.test}"] if d.test else [],
        depends_on=[],
        network=False,
        allowed_imports=list(ALLOWED_IMPORTS),
        forbidden_names=[*_NETWORK_NAMES, client, f"Async{client}"],
        task=(
            f"Compute the domain field {d.model}.{d.field} ({d.hint}) from {passed}, "
            "as the provider's documentation and spec define their meaning. Keep the "
            f"function name, its parameters and its return type; use the names mapping.py "
            "already imports (domain, ...)."
        ),
        default=default,
        block=_marked(d.id, code),
        wire_fields=wire_fields,
        domain_field=f"{d.model}.{d.field}: {d.hint}",
    )


def _has_example(op: Any, snapshot: dict[str, Any]) -> bool:
    """Whether the first 2xx JSON response of ``op`` carries an example (or declares none)."""
    raw = snapshot.get("paths", {}).get(op.path, {}).get(op.http_method.lower(), {})
    for status in sorted(raw.get("responses") or {}):
        if not str(status).startswith("2"):
            continue
        for media_type, media in (raw["responses"][status].get("content") or {}).items():
            if "json" in media_type and isinstance(media, dict):
                return "example" in media or bool(media.get("examples"))
        return True
    return True


def example_operations(api: Any) -> list[Any]:
    """The spec's JSON operations without a response example, by name, at most the cap."""
    ops = [
        op
        for op in api.operations
        if op.response_kind == "json" and not _has_example(op, api.snapshot)
    ]
    return sorted(ops, key=lambda op: op.method_name)[:MAX_EXAMPLE_PLACES]


def _spec_example(op: Any, ctx: dict[str, Any], filters: ModuleType) -> Place:
    """``<name>.example`` of a spec operation without an example: checked by its schema."""
    name = op.method_name
    client = ctx["client_class_name"]
    http = f"{op.http_method} {op.path}"
    test_file = "tests/test_open_places.py"
    test = f"test_{name}_example_matches_the_schema"
    pystr, docstring = filters.pystr, filters.docstring
    place_id = f"{name}.example"
    signature = f"def example_{name}() -> Any"
    default = _raise(place_id, pystr)
    code = (
        f"{signature}:\n"
        + _doc(
            f"One response body of ``{name}`` (``{http}``), as the provider documents it.",
            docstring,
        )
        + default
    )
    tests = (
        f"\n\ndef {test}() -> None:\n"
        + _doc(f"The example is valid against the response schema of ``{http}``.", docstring)
        + f"    payload = _filled(example_{name})\n"
        + f"    assert _schema_errors(payload, {pystr(op.http_method)}, {pystr(op.path)}) == []\n"
    )
    return Place(
        id=place_id,
        kind="example_payload",
        file=test_file,
        symbol=f"example_{name}",
        signature=signature,
        parameters=[],
        returns="Any",
        operation_id=op.operation_id,
        http=http,
        client_method=f"{client}.{name}",
        wire_type=op.return_type,
        domain_type="Any",
        tests=[f"{test_file}::{test}"],
        depends_on=[],
        network=False,
        allowed_imports=list(ALLOWED_IMPORTS),
        forbidden_names=[*_NETWORK_NAMES, client, f"Async{client}"],
        task=(
            f"Return one realistic, complete response body of {http} ({op.operation_id}) "
            "exactly as the provider's API reference documents it, valid against the "
            "response schema of the spec snapshot (JSON-compatible values only: dict, list, "
            "str, int, float, bool, None)."
        ),
        default=default,
        block=_marked(place_id, code) + tests,
    )


def _manifest(ctx: dict[str, Any], places: list[Place], kit_version: str) -> str:
    package = ctx["import_name"]
    data = {
        "format": MANIFEST_FORMAT,
        "generated_by": f"integration-kit {kit_version}",
        "package": package,
        "provider": ctx["provider_name"],
        "client_class": ctx["client_class_name"],
        "client_module": f"src/{package}/_client.py",
        "spec": f"docs/external_api_specs/{package}.json",
        "markers": {"open": MARK_OPEN, "end": MARK_END},
        "checks": CHECKS,
        "places": [asdict(p) for p in places],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def settings(ctx: dict[str, Any]) -> dict[str, Any]:
    """The agent's connection settings from the answers (defaults when not asked)."""
    provider = str(ctx.get("agent_provider") or "anthropic")
    model, base_url, key_env = DEFAULTS.get(provider, DEFAULTS["anthropic"])
    return {
        "provider": provider,
        "model": str(ctx.get("agent_model") or model),
        "base_url": str(ctx.get("agent_base_url") or base_url),
        "api_key_env": str(
            ctx.get("agent_api_key_env") or key_env or f"{ctx['env_prefix']}_AGENT_API_KEY"
        ),
    }


def build(
    ctx: dict[str, Any], api: Any, kit_version: str, filters: ModuleType, domain: Any = None
) -> dict[str, Any]:
    """Everything the agent templates print. Without the hook only the mapping places
    (``mapping.py`` prints them: its mappers call them), and no manifest."""
    derived = list(getattr(domain, "derived", None) or [])
    mapping = [mapping_place(d, ctx, filters) for d in derived]
    if not ctx.get("agent_hook"):
        return {
            "enabled": False,
            "ops": [],
            "examples": [],
            "mapping_places": mapping,
            "places": [],
            "manifest_json": "",
            "settings": {},
        }
    hand_listed = not str(ctx.get("spec_source") or "")
    ops = [_op_places(op, ctx, filters) for op in api.operations] if hand_listed else []
    examples = (
        [] if hand_listed else [_spec_example(op, ctx, filters) for op in example_operations(api)]
    )
    places = [p for op in ops for p in (op.example, op.parse)] + examples + mapping
    return {
        "enabled": True,
        "ops": ops,
        "examples": examples,
        "mapping_places": mapping,
        "places": places,
        "parse_all": ["WireModel", "convert", *(op.parse.symbol for op in ops)],
        "manifest_json": _manifest(ctx, places, kit_version),
        "settings": settings(ctx),
    }
