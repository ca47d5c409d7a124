"""Checks and derived values for the questionnaire's answers.

Each ``*_error`` function returns an empty string for a valid answer and a readable
message otherwise: copier shows that message and writes nothing.  A message is a short
first line (copier prints it after ``Validation error for question '<name>': ``, and
the two together fit 80 columns) and, where useful, indented details on the next lines,
wrapped to 80 columns; the user's value is shown shortened (:func:`shown`).
"""

from __future__ import annotations

import builtins
import keyword
import math
import os
import re
import sys
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "AUTH_SCHEMES",
    "WEBHOOK_SCHEMES",
    "agent_model_error",
    "auth_scheme_error",
    "aws_region_error",
    "aws_service_error",
    "base_url_error",
    "class_name_error",
    "distribution_name_error",
    "email_error",
    "env_var_error",
    "header_name_error",
    "import_name_error",
    "live_key_prefixes_error",
    "mapping_file_error",
    "max_attempts_error",
    "max_response_mib_error",
    "operations_error",
    "optional_header_error",
    "pascal_case",
    "problem",
    "provider_name_error",
    "recorded_spec_source",
    "resolve_spec_source",
    "s3_api_error",
    "selection_error",
    "shown",
    "snake_case",
    "sort_all",
    "spec_source_error",
    "timeout_error",
    "upper_snake_case",
    "webhook_scheme_error",
]

_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
WEBHOOK_SCHEMES = (
    "stripe-v1",
    "github-sha256",
    "slack-v0",
    "twilio-hmac-sha1",
    "shopify-hmac-sha256",
    "standard-webhooks-v1",
    "svix-v1",
    "sendgrid-ecdsa-p256",
    "square-hmac-sha256",
    "discord-ed25519",
    "linear-hmac-sha256",
    "generic-hmac-sha256",
)
"""The questionnaire's ``webhook_scheme`` answers (copier.yml lists the same choices)."""
AUTH_SCHEMES = ("bearer", "basic", "header", "query", "aws-sigv4", "none")
"""The questionnaire's ``auth_scheme`` answers (copier.yml lists the same choices)."""
_AWS_REGION_RE = re.compile(r"^[a-z]{2}(-[a-z]+)+-\d+$|^auto$")
_AWS_SERVICE_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
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


WIDTH = 80


def shown(value: object, limit: int = 40) -> str:
    """``value`` quoted for a message, shortened to ``limit`` characters with an ellipsis."""
    text = repr(str(value)) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 2] + "…" + text[0]


def problem(summary: str, *details: str) -> str:
    """A validator message: ``summary`` on the first line, each detail wrapped below it."""
    lines = [summary]
    for detail in details:
        lines += textwrap.wrap(
            detail, width=WIDTH - 2, initial_indent="  ", subsequent_indent="    "
        ) or [""]
    return "\n".join(lines)


def provider_name_error(value: str) -> str:
    """The provider's display name: letters, digits, spaces and ``.&+-``."""
    if not value.strip():
        return problem("must not be empty.")
    if len(value) > 60:
        return problem("too long.", f"{shown(value)}: use at most 60 characters.")
    if not _PROVIDER_RE.match(value):
        return problem(
            "unusable characters.",
            f"{shown(value)}: use letters, digits, spaces and . & + - only (no quotes or slashes).",
        )
    return ""


def distribution_name_error(value: str) -> str:
    """A PEP 503 normalised distribution name."""
    if not _DIST_RE.match(value):
        return problem(
            "not a distribution name.",
            f"{shown(value)} is not a valid distribution name: use lower-case letters,"
            " digits, '-', '_' or '.', starting and ending with a letter or digit.",
        )
    return ""


def _identifier_problem(value: str) -> str:
    if keyword.iskeyword(value) or keyword.issoftkeyword(value):
        return problem("a Python keyword.", f"{shown(value)} is a Python keyword.")
    if value in dir(builtins):
        return problem(
            "shadows a builtin.",
            f"{shown(value)} would shadow the Python builtin of the same name.",
        )
    return ""


# Import names a user's package must not take: the provider SDKs the presets integrate
# (a package called ``stripe`` would hide the real one from the user's own code and tests)
# and the standard library's top-level modules.
PROVIDER_SDKS = frozenset(
    {
        "anthropic",
        "github",
        "openai",
        "sendgrid",
        "shopify",
        "slack",
        "slack_bolt",
        "slack_sdk",
        "stripe",
        "twilio",
    }
)


def import_name_error(value: str) -> str:
    """A lower-case Python package name that is no keyword, builtin, SDK or stdlib module."""
    if len(value) > MAX_IMPORT_NAME:
        return problem("too long.", f"{shown(value)}: use at most {MAX_IMPORT_NAME} characters.")
    if not _IMPORT_RE.match(value):
        return problem(
            "not a valid import name.",
            f"{shown(value)}: use lower-case letters, digits and '_', not starting with a digit.",
        )
    if value in PROVIDER_SDKS:
        return problem(
            "shadows the provider's SDK.",
            f"{shown(value)} is the import name of a provider's own SDK; your package"
            f" would hide it. Try {value}_integration.",
        )
    if value in sys.stdlib_module_names:
        return problem(
            "shadows a stdlib module.",
            f"{shown(value)} is a module of Python's standard library; your package"
            f" would hide it. Try {value}_integration.",
        )
    return _identifier_problem(value)


# Long enough for the names derived from a 60-character provider name; short enough that
# the generated lines that print them stay within ruff's 100 columns.
MAX_CLASS_NAME = 70
MAX_IMPORT_NAME = 80


def class_name_error(value: str) -> str:
    """A PascalCase Python class name, at most MAX_CLASS_NAME characters."""
    if len(value) > MAX_CLASS_NAME:
        return problem("too long.", f"{shown(value)}: use at most {MAX_CLASS_NAME} characters.")
    if not _CLASS_RE.match(value):
        return problem(
            "not a PascalCase class name.",
            f"{shown(value)}: use letters and digits, a capital first.",
        )
    return _identifier_problem(value)


def base_url_error(value: str) -> str:
    """An absolute https URL; plain http only for a server on this machine."""
    try:
        parts = urlsplit(value)
    except ValueError as exc:
        return problem("not a URL.", f"{shown(value)}: {exc}.")
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return problem(
            "not an absolute http(s) URL.",
            f"{shown(value)}: give one such as https://api.example.com.",
        )
    if parts.scheme == "http" and parts.hostname not in _LOCAL_HOSTS:
        return problem("use https://.", "Plain http:// is only allowed for localhost.")
    if parts.query or parts.fragment:
        return problem("no query or fragment.", "The base URL must not carry either.")
    if any(ch.isspace() for ch in value) or '"' in value or "\\" in value:
        return problem(
            "unusable characters.",
            "The base URL must not contain spaces, quotes or backslashes.",
        )
    return ""


def env_var_error(value: str) -> str:
    """An environment variable name: upper-case letters, digits and underscores."""
    if not _ENV_RE.match(value):
        return problem(
            "not an env variable name.",
            f"{shown(value)} is not a valid environment variable name: use upper-case"
            " letters, digits and '_', starting with a letter.",
        )
    return ""


def header_name_error(value: str) -> str:
    """An HTTP header (or query parameter) name."""
    if not value or not _HEADER_RE.match(value):
        return problem("not an HTTP header name.", f"{shown(value)} is not a valid name.")
    return ""


def timeout_error(value: Any) -> str:
    """A finite, positive number of seconds, at most 300."""
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return problem("not a number of seconds.", f"{shown(value)} is not a number.")
    if not math.isfinite(seconds) or seconds <= 0:
        return problem(
            "must be positive.",
            "The timeout must be a positive number of seconds (never unbounded).",
        )
    if seconds > 300:
        return problem("at most 300 seconds.", "The timeout must be at most 300 seconds.")
    return ""


def max_attempts_error(value: Any) -> str:
    """Between 1 (no retry) and 10 attempts."""
    try:
        attempts = int(value)
    except (TypeError, ValueError):
        return problem("not a whole number.", f"{shown(value)} is not a whole number.")
    if str(value).strip() != str(attempts) or not 1 <= attempts <= 10:
        return problem("1 (no retries) to 10.", "Max attempts must be a whole number.")
    return ""


def max_response_mib_error(value: Any) -> str:
    """A whole number of MiB between 1 and 1024: a response cap is never unbounded."""
    try:
        mib = int(value)
    except (TypeError, ValueError):
        return problem("not a whole number.", f"{shown(value)} is not a whole number of MiB.")
    if str(value).strip() != str(mib) or not 1 <= mib <= 1024:
        return problem(
            "1 to 1024 MiB.", "The response size cap must be a whole number of MiB, 1 to 1024."
        )
    return ""


def selection_error(value: str) -> str:
    """``all``, or ``operation_ids: a, b``, ``tags: x``, ``paths: /v1/customers*``."""
    if not _SELECTION_RE.match(value.strip()):
        return problem(
            "not a selection.",
            "Use 'all', or 'operation_ids: id1, id2', 'tags: tag1, tag2' "
            "or 'paths: /v1/customers*, /v1/refunds*'.",
        )
    return ""


def operations_error(value: Any) -> str:
    """A list of hand-written operations (used when there is no OpenAPI document)."""
    if not isinstance(value, list) or not value:
        return problem("no operations.", "List at least one operation (name, method, path).")
    seen: set[str] = set()
    for index, op in enumerate(value):
        where = f"operations[{index}]"
        summary = f"{where} is wrong."
        if not isinstance(op, dict):
            return problem(summary, f"{where} must be a mapping with name, method and path.")
        name = op.get("name")
        if not isinstance(name, str) or not re.match(r"^[a-z_][a-z0-9_]*$", name):
            return problem(summary, f"{where}.name must be a snake_case identifier.")
        if bad := _identifier_problem(name):
            return problem(summary, f"{where}.name: {bad.splitlines()[-1].strip()}")
        if name in seen:
            return problem(summary, f"{where}.name {shown(name)} is listed twice.")
        seen.add(name)
        method = str(op.get("method", "")).upper()
        if method not in _HTTP_METHODS:
            return problem(
                summary, f"{where}.method must be one of {', '.join(sorted(_HTTP_METHODS))}."
            )
        path = op.get("path")
        if not isinstance(path, str) or not path.startswith("/") or any(c.isspace() for c in path):
            return problem(summary, f"{where}.path must start with '/' and contain no spaces.")
        if any(seg in {".", ".."} for seg in path.split("/")):
            return problem(summary, f"{where}.path must not contain '.' or '..' segments.")
        declared = op.get("path_params", [])
        query = op.get("query_params", [])
        if not isinstance(declared, list) or not isinstance(query, list):
            return problem(summary, f"{where}: path_params and query_params must be lists.")
        if set(_PATH_PARAM_RE.findall(path)) != {str(p) for p in declared}:
            return problem(
                summary, f"{where}: path_params must name exactly the {{placeholders}} in the path."
            )
        for param in [*declared, *query]:
            if not isinstance(param, str) or not re.match(r"^[A-Za-z_][A-Za-z0-9_.\[\]-]*$", param):
                return problem(
                    summary, f"{where}: parameter name {shown(param)} is not a plain name."
                )
        if not isinstance(op.get("json_body", False), bool):
            return problem(summary, f"{where}.json_body must be true or false.")
    return ""


def optional_header_error(value: str) -> str:
    """Empty, or an HTTP header name."""
    return header_name_error(value) if value else ""


def email_error(value: str) -> str:
    """A plausible e-mail address (one '@', no spaces or quotes)."""
    if not re.match(r"^[^@\s\"'<>]+@[^@\s\"'<>]+\.[^@\s\"'<>]+$", value):
        return problem("not an e-mail address.", f"{shown(value)} is not an e-mail address.")
    return ""


_MODEL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}$")


def agent_model_error(value: str) -> str:
    """An LLM model name as its provider spells it."""
    if not _MODEL_RE.match(value):
        return problem(
            "not a model name.",
            f"{shown(value)}: use the model name as the provider spells it"
            " (letters, digits, . _ : / @ + -).",
        )
    return ""


def webhook_scheme_error(value: str) -> str:
    """One of :data:`WEBHOOK_SCHEMES` (an answers file or ``--data`` can hold anything)."""
    if value in WEBHOOK_SCHEMES:
        return ""
    close = [s for s in WEBHOOK_SCHEMES if s.split("-")[0] == str(value).split("-")[0]]
    return problem(
        "not a supported webhook scheme.",
        f"{shown(value)} is not one of: {', '.join(WEBHOOK_SCHEMES)}."
        + (f" Did you mean {close[0]}?" if close else ""),
    )


def auth_scheme_error(value: str) -> str:
    """One of :data:`AUTH_SCHEMES`."""
    if value not in AUTH_SCHEMES:
        return problem(
            f"unknown auth scheme {shown(value, 12)}.", f"Use one of: {', '.join(AUTH_SCHEMES)}."
        )
    return ""


def aws_region_error(value: str) -> str:
    """An AWS region name (``us-east-1``, ``eu-central-1``) or ``auto`` (Cloudflare R2)."""
    if not isinstance(value, str) or not _AWS_REGION_RE.match(value):
        return problem(
            f"not an AWS region: {shown(value, 12)}.",
            "Use a region name such as us-east-1 or eu-west-3 (or auto for Cloudflare R2).",
        )
    return ""


def aws_service_error(value: str) -> str:
    """The SigV4 service name: lower case letters, digits and dashes (``s3``)."""
    if not isinstance(value, str) or not _AWS_SERVICE_RE.match(value):
        return problem(
            f"not an AWS service: {shown(value, 12)}.",
            "Use the signing name of the service in lower case, such as s3 or execute-api.",
        )
    return ""


def s3_api_error(value: Any, auth_scheme: str = "", spec_source: str = "") -> str:
    """The S3 resources sign with SigV4 and replace the operations of a spec."""
    if value is True:
        if auth_scheme != "aws-sigv4":
            return problem(
                "the S3 resources need SigV4.", "Set auth_scheme to aws-sigv4 with s3_api."
            )
        if spec_source:
            return problem(
                "s3_api takes no OpenAPI document.",
                "Leave spec_source empty: the S3 operations come with the kit.",
            )
    elif value is not False:
        return problem(f"not true or false: {shown(value, 12)}.")
    return ""


def mapping_file_error(value: str) -> str:
    """Empty, or a ``.yml``/``.yaml`` domain mapping file."""
    if value and not value.endswith((".yml", ".yaml")):
        return problem("not a .yml or .yaml file.", f"{shown(value)} must be a YAML file.")
    return ""


def live_key_prefixes_error(value: str) -> str:
    """Comma-separated credential prefixes, no spaces inside one."""
    if " " in value.replace(", ", ",").strip():
        return problem("a space inside a prefix.", "Separate prefixes with commas only.")
    return ""


def resolve_spec_source(value: str, template_root: Path, *, cwd: Path | None = None) -> Path | None:
    """Find the spec file: absolute, relative to the kit (``presets/…``), or to ``cwd``.

    ``cwd`` is the directory copier was run in (``copier update`` runs in the project,
    where :func:`recorded_spec_source` left a path relative to the project).
    """
    if not value:
        return None
    if value.startswith(("http://", "https://")):
        raise ValueError(
            problem(
                "download it first.",
                "Give the path of a downloaded copy (the render is offline).",
            )
        )
    path = Path(value).expanduser()
    here = cwd or Path.cwd()
    candidates = [path] if path.is_absolute() else [template_root / path, here / path]
    for candidate in candidates:
        try:
            if candidate.is_file():
                return candidate.resolve()
        except OSError:  # a name too long for the file system, say
            continue
    raise FileNotFoundError(
        problem(
            "no such file.",
            f"No OpenAPI document at {shown(value, 50)}; looked in:",
            *(f"- {c}" for c in candidates),
        )
    )


def recorded_spec_source(value: str, template_root: Path, dst_path: Path | str) -> str:
    """The spec path to record in ``.copier-answers.yml`` so ``copier update`` finds it.

    Kit paths and absolute paths are kept as given; a path relative to where copier ran
    is rewritten relative to the project, where ``copier update`` runs.
    """
    if not value or Path(value).expanduser().is_absolute():
        return value
    try:
        path = resolve_spec_source(value, template_root)
    except (ValueError, FileNotFoundError):
        return value
    if path is None or path.is_relative_to(template_root.resolve()):
        return value
    project = (Path.cwd() / dst_path).resolve()
    return Path(os.path.relpath(path, project)).as_posix()


def spec_source_error(
    value: str, template_root: Path, check: Callable[[Path], list[str]] | None = None
) -> str:
    """Empty (hand-listed operations) or a usable OpenAPI/Swagger file.

    ``check`` loads the document and returns its problem as lines (summary first), or
    ``[]``; the copier filter passes ``ik_spec.check_spec``.
    """
    try:
        path = resolve_spec_source(value, template_root)
    except (ValueError, FileNotFoundError) as exc:
        return str(exc)
    if path is None:
        return ""
    if path.suffix.lower() not in {".json", ".yaml", ".yml"}:
        return problem("not a .json/.yaml/.yml file.", f"{shown(value, 60)} must be one.")
    if check is not None and (lines := check(path)):
        return problem(*lines)
    return ""


def _kind(name: str) -> int:
    if name.isupper() and len(name) > 1:
        return 0  # CONSTANT
    return 1 if name[:1].isupper() else 2  # Class, then variable


def sort_all(names: list[str]) -> list[str]:
    """The order ruff's RUF022 wants for ``__all__`` (case-sensitive by kind); imports need
    no such filter: the ``ruff_format`` filter sorts them."""
    return sorted(names, key=lambda n: (_kind(n), n))
