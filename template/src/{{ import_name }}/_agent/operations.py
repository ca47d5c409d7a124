"""Operations proposed from the provider's docs, for a project without an OpenAPI spec.

``python -m <package>._agent propose`` shows the model the documents of ``docs:`` and the
operations listed so far, and asks for the operations the docs describe that are not
listed yet: entries of the questionnaire's ``operations`` list (name, method, path,
path_params, query_params, json_body), each with a ``request_example`` and
``response_example`` taken from the docs. Each entry passes these checks, in this order,
or is refused with the reason and nothing is written:

1. ``shape``: the questionnaire's own rules (snake_case unique name, an HTTP method, a
   path starting with ``/`` whose ``{placeholders}`` are exactly ``path_params``, plain
   parameter names, ``json_body`` a boolean, examples JSON objects).
2. ``sourced``: the method and path appear together on one line of a document (a
   ``{placeholder}`` may be spelt ``{other}``, ``:other`` or ``<other>`` there), and every
   parameter and every field named in the examples appears in the documents as a word.
3. ``render``: the project re-rendered from its template (``copier copy``, the recorded
   answers and version, the listed operations plus this one) passes ``ruff check``,
   ``mypy --strict`` and ``pytest`` in a scratch directory.

The kept entries are written, with every operation listed so far, to
``.integration-kit/operations.yml`` — a copier data file: ``copier update --trust
--defaults --data-file .integration-kit/operations.yml`` applies them — and each gets a
provenance entry (model, prompt hash, the hash of every document).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from .apply import PROVENANCE_PATH, write_atomic
from .checks import CheckError, Sandbox
from .config import AgentConfig
from .llm import ChatClient, LLMError, Turn, request_hash
from .sources import Source, load_provenance, save_sources, sha256

__all__ = [
    "ANSWERS_PATH",
    "OPERATIONS_PATH",
    "CopierRender",
    "OperationOutcome",
    "OperationsReport",
    "ProjectError",
    "Renderer",
    "listed_operations",
    "propose_operations",
    "shape_problem",
    "unsourced",
]

ANSWERS_PATH = Path(".copier-answers.yml")
OPERATIONS_PATH = Path(".integration-kit") / "operations.yml"
REPORT_PATH = Path(".integration-kit") / "agent-report.json"
_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
_NAME = re.compile(r"[a-z_][a-z0-9_]*")
_PARAM = re.compile(r"[A-Za-z_][A-Za-z0-9_.\[\]-]*")
_PLACEHOLDER = re.compile(r"\{([^{}/]+)\}")
_FIELDS = ("name", "method", "path", "path_params", "query_params", "json_body")
_EXAMPLES = ("request_example", "response_example")
_ORIGIN = re.compile(r"https?://[^/\s`'\"<>]+")
_JSON_BLOCK = re.compile(r"```[ \t]*(?:json)?[ \t]*\n(.*?)```", re.DOTALL)


class ProjectError(Exception):
    """The project cannot take proposed operations (a spec-driven project, no answers)."""


def listed_operations(root: Path) -> list[dict[str, Any]]:
    """The hand-listed operations of the project's recorded answers (ProjectError if none)."""
    answers = _answers(root)
    if answers.get("spec_source"):
        raise ProjectError(
            "the project is generated from a spec; its operations come from the spec"
        )
    ops = answers.get("operations")
    if not isinstance(ops, list):
        raise ProjectError(f"{ANSWERS_PATH} lists no operations")
    kept = _read_yaml(root / OPERATIONS_PATH).get("operations")
    return [dict(op) for op in (kept if isinstance(kept, list) else ops) if isinstance(op, dict)]


def _read_yaml(path: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, yaml.YAMLError) as exc:
        raise ProjectError(f"{path.name} cannot be read: {exc}") from exc
    return dict(data) if isinstance(data, dict) else {}


def _answers(root: Path) -> dict[str, Any]:
    answers = _read_yaml(root / ANSWERS_PATH)
    if not answers:
        raise ProjectError(f"{ANSWERS_PATH} not found: is this a generated project?")
    return answers


def shape_problem(entry: object, taken: set[str]) -> str:
    """Why ``entry`` is not a usable ``operations`` entry ('' when it is)."""
    if not isinstance(entry, dict):
        return "not a mapping"
    unknown = sorted(set(map(str, entry)) - {*_FIELDS, *_EXAMPLES})
    if unknown:
        return f"unknown key(s) {', '.join(unknown)}"
    name = entry.get("name")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        return f"name {name!r} is not a snake_case identifier"
    if name in taken:
        return f"an operation named {name!r} is already listed"
    if str(entry.get("method", "")).upper() not in _METHODS or not isinstance(
        entry.get("method"), str
    ):
        return f"method {entry.get('method')!r} is not an HTTP method"
    path = entry.get("path")
    if not isinstance(path, str) or not path.startswith("/") or any(c.isspace() for c in path):
        return f"path {path!r} must start with '/' and contain no spaces"
    if any(part in {".", ".."} for part in path.split("/")):
        return f"path {path!r} has '.' or '..' segments"
    params, query = entry.get("path_params", []), entry.get("query_params", [])
    if not isinstance(params, list) or not isinstance(query, list):
        return "path_params and query_params must be lists"
    if set(_PLACEHOLDER.findall(path)) != {str(p) for p in params} or len(params) != len(
        set(map(str, params))
    ):
        return "path_params must name exactly the {placeholders} of the path"
    for param in [*params, *query]:
        if not isinstance(param, str) or not _PARAM.fullmatch(param):
            return f"parameter {param!r} is not a plain name"
    if not isinstance(entry.get("json_body", False), bool):
        return "json_body must be true or false"
    for key in _EXAMPLES:
        if entry.get(key) is not None and not isinstance(entry[key], dict | list):
            return f"{key} must be a JSON object or array"
    return ""


def _fields(value: object) -> Iterator[str]:
    """Every key of a JSON value, at any depth."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _fields(item)
    elif isinstance(value, list):
        for item in value:
            yield from _fields(item)


def _path_pattern(path: str) -> re.Pattern[str]:
    """``path`` as written in docs: a placeholder may be spelt {x}, :x or <x>."""
    parts = []
    for piece in re.split(r"(\{[^{}/]+\})", path):
        if _PLACEHOLDER.fullmatch(piece):
            parts.append(r"(?:\{[^{}/\s]+\}|:[A-Za-z_][\w-]*|<[^<>/\s]+>)")
        else:
            parts.append(re.escape(piece))
    return re.compile(r"(?<![\w/])" + "".join(parts) + r"(?![\w/{:<])")


def unsourced(entry: Mapping[str, Any], docs: Sequence[Source]) -> str:
    """What ``entry`` names that the documents do not ('' when everything is sourced)."""
    method, path = str(entry["method"]).upper(), str(entry["path"])
    pattern = _path_pattern(path)
    # a path may be written after its origin (``GET https://api.example.com/v1/things``)
    lines = (_ORIGIN.sub("", line) for doc in docs for line in doc.text.splitlines())
    if not any(pattern.search(line) and re.search(rf"\b{method}\b", line) for line in lines):
        return f"{method} {path} does not appear in the docs"
    text = "\n".join(doc.text for doc in docs)
    names = [*entry.get("path_params", []), *entry.get("query_params", [])]
    for key in _EXAMPLES:
        names += list(_fields(entry.get(key)))
    missing = [
        n
        for n in dict.fromkeys(names)
        if not re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)
    ]
    if missing:
        return f"not in the docs: {', '.join(missing)}"
    return ""


class Renderer(Protocol):
    """Re-renders the project with ``operations`` and checks it (CheckError when red)."""

    def __call__(self, operations: Sequence[Mapping[str, Any]]) -> None: ...


@dataclass
class CopierRender:
    """``copier copy`` of the project's template (its recorded version) with the recorded
    answers and ``operations`` into a scratch directory, then ruff, mypy --strict and
    pytest there (the :class:`checks.Sandbox`, scrubbed environment)."""

    root: Path
    python: str
    timeout: float = 600.0
    cache_dir: Path | None = None
    vcs_ref: str | None = None  # default: the version recorded in the answers (_commit)

    def __call__(self, operations: Sequence[Mapping[str, Any]]) -> None:
        answers = _answers(self.root)
        source = answers.get("_src_path")
        if not isinstance(source, str) or not source:
            raise CheckError("render", f"{ANSWERS_PATH} does not say which template made it")
        data = {k: v for k, v in answers.items() if not str(k).startswith("_")}
        data["operations"] = [{k: op[k] for k in _FIELDS if k in op} for op in operations]
        with tempfile.TemporaryDirectory(prefix="ik-render-") as tmp:
            data_file = Path(tmp) / "data.json"
            data_file.write_text(json.dumps(data), encoding="utf-8")
            target = Path(tmp) / "project"
            argv = [self.python, "-m", "copier", "copy", "--trust", "--defaults", "--quiet"]
            argv += ["--data-file", str(data_file)]
            commit = self.vcs_ref or answers.get("_commit")
            if isinstance(commit, str) and commit:
                argv += ["--vcs-ref", commit]
            argv += [source, str(target)]
            keep = ("PATH", "SYSTEMROOT", "LANG", "LC_ALL", "LC_CTYPE", "TZ")  # no secrets
            env = {k: v for k, v in os.environ.items() if k in keep}
            env.update(HOME=tmp, NO_COLOR="1")
            try:
                result = subprocess.run(  # noqa: S603 - fixed argv, no shell
                    argv,
                    capture_output=True,
                    text=True,
                    timeout=self.timeout,
                    check=False,
                    env=env,
                )
            except subprocess.TimeoutExpired as exc:
                raise CheckError("render", f"copier timed out after {self.timeout:g}s") from exc
            if result.returncode != 0:
                output = (result.stdout + result.stderr).strip()
                raise CheckError("render", output.splitlines()[-1] if output else "failed", output)
            with Sandbox(target, self.python, self.timeout, self.cache_dir) as sandbox:
                sandbox.check([])


@dataclass
class OperationOutcome:
    """One proposed operation: kept, or refused by ``step`` with ``reason``."""

    operation: str
    status: str  # kept | refused
    step: str = ""
    reason: str = ""
    detail: str = ""
    entry: dict[str, Any] = field(default_factory=dict)


@dataclass
class OperationsReport:
    model: str
    outcomes: list[OperationOutcome] = field(default_factory=list)
    stopped: str = ""

    @property
    def kept(self) -> int:
        return sum(o.status == "kept" for o in self.outcomes)

    def save(self, root: Path) -> None:
        data = {
            "model": self.model,
            "stopped": self.stopped,
            "operations": [o.__dict__ for o in self.outcomes],
        }
        path = root / REPORT_PATH
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, indent=2, default=str) + "\n")


def _system(provider: str) -> str:
    return f"""\
You read the documentation of the {provider} API and list the operations it describes \
that the project does not list yet, as entries of a JSON array in one ```json block:
{{"name": "snake_case", "method": "GET", "path": "/v1/things/{{thing_id}}", \
"path_params": ["thing_id"], "query_params": ["limit"], "json_body": false, \
"request_example": null, "response_example": {{...}}}}
Rules:
- Only operations the documentation shows: the method and path as it writes them (a path \
parameter in braces), the parameters it names, examples copied from it.
- Every path, parameter and field you name is checked against the documentation; an entry \
naming anything the documentation does not is refused.
- Each entry is kept only if the project, re-rendered with it, passes ruff, mypy --strict \
and its tests."""


def _user(listed: Sequence[Mapping[str, Any]], docs: Sequence[Source]) -> str:
    parts = ["Operations listed so far:\n```json\n" + json.dumps(list(listed), indent=2) + "\n```"]
    for doc in docs:
        parts.append(
            f"The provider's documentation, from {doc.name}:\n````text\n"
            + doc.text.rstrip("\n")
            + "\n````"
        )
    parts.append("List the documented operations that are missing, in one ```json block.")
    return "\n\n".join(parts)


def _entries(text: str) -> list[object]:
    blocks = _JSON_BLOCK.findall(text)
    if not blocks:
        raise ValueError("no ```json block in the answer")
    try:
        data = json.loads(blocks[0])
    except ValueError as exc:
        raise ValueError(f"the ```json block does not parse: {exc}") from exc
    if isinstance(data, dict) and isinstance(data.get("operations"), list):
        data = data["operations"]
    if not isinstance(data, list):
        raise ValueError("the ```json block is not a list of operations")
    return list(data)


def _record(
    root: Path,
    kept: Sequence[Mapping[str, Any]],
    listed: Sequence[Mapping[str, Any]],
    details: Mapping[str, Any],
) -> None:
    import yaml

    path = root / OPERATIONS_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "# Operations proposed by the agent from the provider's docs, checked (sourced,\n"
        "# re-rendered, ruff, mypy --strict, pytest). Apply them with:\n"
        "#   copier update --trust --defaults --data-file .integration-kit/operations.yml\n"
    )
    body = yaml.safe_dump({"operations": [dict(op) for op in listed]}, sort_keys=False)
    write_atomic(path, header + body)
    entries = load_provenance(root)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for op in kept:
        code = json.dumps(op, sort_keys=True)
        entries.append(
            {
                "place": f"operations.{op['name']}",
                "file": OPERATIONS_PATH.as_posix(),
                "code_sha256": sha256(code),
                "kept_at": now,
                **details,
            }
        )
    write_atomic(root / PROVENANCE_PATH, json.dumps({"entries": entries}, indent=2) + "\n")


def propose_operations(
    root: Path,
    config: AgentConfig,
    client: ChatClient,
    docs: Sequence[Source],
    render: Renderer,
    *,
    provider: str,
    say: Callable[[str], None] = print,
) -> OperationsReport:
    """Ask for the documented operations not listed yet; keep those that pass every check."""
    report = OperationsReport(model=config.model)
    listed = listed_operations(root)
    system, first = _system(provider), _user(listed, docs)
    prompt_sha = request_hash(client.request_body(system, [Turn("user", first)], []))
    say(f"integration-kit agent: proposing operations from {len(docs)} document(s)")
    try:
        reply = client.complete(system, [Turn("user", first)], [])
        proposed = _entries(reply.text)
    except LLMError as exc:
        report.stopped = str(exc)
        return report
    except ValueError as exc:
        report.outcomes.append(OperationOutcome("?", "refused", "extract", str(exc)))
        say(f"  refused by extract: {exc}")
        return report
    kept: list[dict[str, Any]] = []
    for index, entry in enumerate(proposed):
        name = entry.get("name") if isinstance(entry, dict) else None
        label = name if isinstance(name, str) and name else f"#{index + 1}"
        outcome = OperationOutcome(label, "refused")
        taken = {str(op.get("name")) for op in [*listed, *kept]}
        problem = shape_problem(entry, taken)
        if problem:
            outcome.step, outcome.reason = "shape", problem
        elif isinstance(entry, dict):
            outcome.entry = entry
            problem = unsourced(entry, docs)
            if problem:
                outcome.step, outcome.reason = "sourced", problem
            else:
                try:
                    render([*listed, *kept, entry])
                except CheckError as exc:
                    outcome.step, outcome.reason, outcome.detail = exc.step, str(exc), exc.detail
                else:
                    outcome.status = "kept"
                    kept.append(entry)
        report.outcomes.append(outcome)
        if outcome.status == "kept":
            say(f"  {label}: kept ({outcome.entry['method']} {outcome.entry['path']})")
        else:
            say(f"  {label}: refused by {outcome.step}: {outcome.reason}")
    if kept:
        _record(
            root,
            kept,
            [*listed, *kept],
            {
                "provider": config.provider,
                "model": config.model,
                "prompt_sha256": prompt_sha,
                "spec_sha256": "",
                "sources": {doc.name: doc.sha256 for doc in docs},
                "checks": ["shape", "sourced", "render", "ruff check", "mypy --strict", "pytest"],
                "attempt": 1,
            },
        )
        save_sources(root, docs)
    return report
