"""Checks and derived values for the questionnaire's answers.

Each ``*_error`` function returns an empty string for a valid answer and a short,
readable message otherwise: copier shows that message and writes nothing.
"""

from __future__ import annotations

import builtins
import keyword
import math
import re
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "base_url_error",
    "class_name_error",
    "distribution_name_error",
    "email_error",
    "env_var_error",
    "header_name_error",
    "import_name_error",
    "max_attempts_error",
    "operations_error",
    "optional_header_error",
    "pascal_case",
    "provider_name_error",
    "resolve_spec_source",
    "selection_error",
    "snake_case",
    "sort_all",
    "spec_source_error",
    "timeout_error",
    "upper_snake_case",
]

_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
_HTTP_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
_ENV_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
_DIST_RE = re.compile(r"^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$")
_IMPORT_RE = re.compile(r"^[a-z_][a-z0-9_]*$")
_CLASS_RE = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_HEADER_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$")
_PROVIDER_RE = re.compile(r"^[\w][\w .&+-]*$")
_SELECTION_RE = re.compile(r"^(all|(operation_ids|tags|paths):\s*\S.*)$")
_PATH_PARAM_RE = re.compile(r"\{([^{}]+)\}")


def _words(text: str) -> list[str]:
    """Split any display name into lower-case ASCII words (``"Acme Pay-2"`` → acme, pay, 2)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", ascii_text)
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", spaced) if w]


def snake_case(text: str) -> str:
    """``"Acme Pay"`` → ``"acme_pay"``; never empty, never starts with a digit."""
    name = "_".join(_words(text)) or "provider"
    return f"p_{name}" if name[0].isdigit() else name


def pascal_case(text: str) -> str:
    """``"acme pay"`` → ``"AcmePay"``; never empty, never starts with a digit."""
    name = "".join(w.capitalize() for w in _words(text)) or "Provider"
    return f"P{name}" if name[0].isdigit() else name


def upper_snake_case(text: str) -> str:
    """``"Acme Pay"`` → ``"ACME_PAY"`` (for environment variable prefixes)."""
    return snake_case(text).upper()


def provider_name_error(value: str) -> str:
    """The provider's display name: letters, digits, spaces and ``.&+-``."""
    if not value.strip():
        return "The provider name must not be empty."
    if len(value) > 60:
        return "The provider name must be at most 60 characters."
    if not _PROVIDER_RE.match(value):
        return "Use letters, digits, spaces and . & + - only (no quotes or slashes)."
    return ""


def distribution_name_error(value: str) -> str:
    """A PEP 503 normalised distribution name."""
    if not _DIST_RE.match(value):
        return (
            f"'{value}' is not a valid distribution name: use lower-case letters, digits, "
            "'-', '_' or '.', starting and ending with a letter or digit."
        )
    return ""


def _identifier_problem(value: str) -> str:
    if keyword.iskeyword(value) or keyword.issoftkeyword(value):
        return f"'{value}' is a Python keyword."
    if value in dir(builtins):
        return f"'{value}' would shadow the Python builtin of the same name."
    return ""


def import_name_error(value: str) -> str:
    """A lower-case Python package name that is not a keyword or builtin."""
    if not _IMPORT_RE.match(value):
        return (
            f"'{value}' is not a valid import name: use lower-case letters, digits and '_', "
            "not starting with a digit."
        )
    return _identifier_problem(value)


def class_name_error(value: str) -> str:
    """A PascalCase Python class name."""
    if not _CLASS_RE.match(value):
        return f"'{value}' is not a PascalCase class name (letters and digits, capital first)."
    return _identifier_problem(value)


def base_url_error(value: str) -> str:
    """An absolute https URL; plain http only for a server on this machine."""
    try:
        parts = urlsplit(value)
    except ValueError as exc:
        return f"'{value}' is not a URL: {exc}."
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return f"'{value}' must be an absolute http(s) URL such as https://api.example.com."
    if parts.scheme == "http" and parts.hostname not in _LOCAL_HOSTS:
        return "Use https:// (plain http:// is only allowed for localhost)."
    if parts.query or parts.fragment:
        return "The base URL must not carry a query string or a fragment."
    if any(ch.isspace() for ch in value) or '"' in value or "\\" in value:
        return "The base URL must not contain spaces, quotes or backslashes."
    return ""


def env_var_error(value: str) -> str:
    """An environment variable name: upper-case letters, digits and underscores."""
    if not _ENV_RE.match(value):
        return (
            f"'{value}' is not a valid environment variable name: use upper-case letters, "
            "digits and '_', starting with a letter."
        )
    return ""


def header_name_error(value: str) -> str:
    """An HTTP header (or query parameter) name."""
    if not value or not _HEADER_RE.match(value):
        return f"'{value}' is not a valid HTTP header name."
    return ""


def timeout_error(value: Any) -> str:
    """A finite, positive number of seconds, at most 300."""
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return f"'{value}' is not a number of seconds."
    if not math.isfinite(seconds) or seconds <= 0:
        return "The timeout must be a positive number of seconds (never unbounded)."
    if seconds > 300:
        return "The timeout must be at most 300 seconds."
    return ""


def max_attempts_error(value: Any) -> str:
    """Between 1 (no retry) and 10 attempts."""
    try:
        attempts = int(value)
    except (TypeError, ValueError):
        return f"'{value}' is not a whole number."
    if str(value).strip() != str(attempts) or not 1 <= attempts <= 10:
        return "Max attempts must be a whole number from 1 (no retries) to 10."
    return ""


def selection_error(value: str) -> str:
    """``all``, or ``operation_ids: a, b``, ``tags: x``, ``paths: /v1/customers*``."""
    if not _SELECTION_RE.match(value.strip()):
        return (
            "Use 'all', or 'operation_ids: id1, id2', 'tags: tag1, tag2' "
            "or 'paths: /v1/customers*, /v1/refunds*'."
        )
    return ""


def operations_error(value: Any) -> str:
    """A list of hand-written operations (used when there is no OpenAPI document)."""
    if not isinstance(value, list) or not value:
        return "List at least one operation (name, method, path)."
    seen: set[str] = set()
    for index, op in enumerate(value):
        where = f"operations[{index}]"
        if not isinstance(op, dict):
            return f"{where} must be a mapping with name, method and path."
        name = op.get("name")
        if not isinstance(name, str) or not re.match(r"^[a-z_][a-z0-9_]*$", name):
            return f"{where}.name must be a snake_case identifier."
        if problem := _identifier_problem(name):
            return f"{where}.name: {problem}"
        if name in seen:
            return f"{where}.name '{name}' is listed twice."
        seen.add(name)
        method = str(op.get("method", "")).upper()
        if method not in _HTTP_METHODS:
            return f"{where}.method must be one of {', '.join(sorted(_HTTP_METHODS))}."
        path = op.get("path")
        if not isinstance(path, str) or not path.startswith("/") or any(c.isspace() for c in path):
            return f"{where}.path must start with '/' and contain no spaces."
        declared = op.get("path_params", [])
        query = op.get("query_params", [])
        if not isinstance(declared, list) or not isinstance(query, list):
            return f"{where}: path_params and query_params must be lists of names."
        if set(_PATH_PARAM_RE.findall(path)) != {str(p) for p in declared}:
            return f"{where}: path_params must name exactly the {{placeholders}} in the path."
        for param in [*declared, *query]:
            if not isinstance(param, str) or not re.match(r"^[A-Za-z_][A-Za-z0-9_.\[\]-]*$", param):
                return f"{where}: parameter name {param!r} is not a plain name."
        if not isinstance(op.get("json_body", False), bool):
            return f"{where}.json_body must be true or false."
    return ""


def optional_header_error(value: str) -> str:
    """Empty, or an HTTP header name."""
    return header_name_error(value) if value else ""


def email_error(value: str) -> str:
    """A plausible e-mail address (one '@', no spaces or quotes)."""
    if not re.match(r"^[^@\s\"'<>]+@[^@\s\"'<>]+\.[^@\s\"'<>]+$", value):
        return f"'{value}' is not an e-mail address."
    return ""


def resolve_spec_source(value: str, template_root: Path) -> Path | None:
    """Find the spec file: absolute, or relative to the kit (``presets/…``), or to the cwd."""
    if not value:
        return None
    if value.startswith(("http://", "https://")):
        raise ValueError("Download the document first and give its path (the render is offline).")
    path = Path(value).expanduser()
    candidates = [path] if path.is_absolute() else [template_root / path, Path.cwd() / path]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve()
    looked = ", ".join(map(str, candidates))
    raise FileNotFoundError(f"No OpenAPI document at '{value}' (looked in: {looked}).")


def spec_source_error(value: str, template_root: Path) -> str:
    """Empty (hand-listed operations) or a readable JSON/YAML file."""
    try:
        path = resolve_spec_source(value, template_root)
    except (ValueError, FileNotFoundError) as exc:
        return str(exc)
    if path is not None and path.suffix.lower() not in {".json", ".yaml", ".yml"}:
        return f"'{value}' must be a .json, .yaml or .yml file."
    return ""


def _kind(name: str) -> int:
    if name.isupper() and len(name) > 1:
        return 0  # CONSTANT
    return 1 if name[:1].isupper() else 2  # Class, then variable


def sort_all(names: list[str]) -> list[str]:
    """The order ruff's RUF022 wants for ``__all__`` (case-sensitive by kind); imports need
    no such filter: the ``ruff_format`` filter sorts them."""
    return sorted(names, key=lambda n: (_kind(n), n))
