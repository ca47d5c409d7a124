"""Values the templates print, computed once per set of answers.

Templates only print: every decision (which env vars exist, what the API looks like,
what the spec snapshot holds) is made here or in ``ik_spec``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from keyword import iskeyword
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = ["EnvVar", "build", "parse_selection"]


@dataclass(frozen=True)
class EnvVar:
    """One environment variable the generated package reads (listed in .env.example)."""

    name: str
    comment: str
    placeholder: str


def parse_selection(text: str) -> tuple[str, list[str]]:
    """``"tags: a, b"`` → ``("tags", ["a", "b"])``; ``"all"`` → ``("all", [])``."""
    text = text.strip()
    if text == "all" or not text:
        return "all", []
    mode, _, rest = text.partition(":")
    return mode.strip(), [v.strip() for v in rest.split(",") if v.strip()]


def _env_vars(ctx: dict[str, Any], agent_key_env: str = "", webhook: Any = None) -> list[EnvVar]:
    prefix = ctx["env_prefix"]
    name = ctx["provider_name"]
    out: list[EnvVar] = []
    scheme = ctx["auth_scheme"]
    if scheme == "basic":
        out.append(EnvVar(ctx["basic_username_env"], f"{name} basic-auth user name", "your-user"))
    if scheme == "aws-sigv4":
        out += [
            EnvVar("AWS_ACCESS_KEY_ID", "AWS access key id", "replace-me"),
            EnvVar(ctx["api_key_env"], "AWS secret access key", "replace-me"),
            EnvVar("AWS_SESSION_TOKEN", "Optional: session token of temporary credentials", ""),
            EnvVar("AWS_REGION", f"Optional: override the region {ctx['aws_region']}", ""),
        ]
    elif scheme != "none":
        out.append(EnvVar(ctx["api_key_env"], f"{name} API key or token", "replace-me"))
    out.append(EnvVar(f"{prefix}_BASE_URL", f"Optional: override {ctx['base_url']}", ""))
    out.append(
        EnvVar(
            f"{prefix}_REDIS_URL",
            "Optional: redis:// URL; all processes then share one rate-limit quota per key",
            "",
        )
    )
    if webhook is not None:
        comment = f"{name} webhook {webhook.key_kind}; several, comma-separated, during rotation"
        out.append(EnvVar(ctx["webhook_secret_env"], comment, "replace-me"))
        if webhook.pins_url:
            out.append(
                EnvVar(
                    f"{prefix}_WEBHOOK_URL",
                    f"Optional: the notification URL exactly as registered with {name}"
                    " (default: the URL the request arrived at)",
                    "",
                )
            )
        out.append(
            EnvVar(
                f"{prefix}_WEBHOOK_INBOX",
                "Optional: webhook inbox, a SQLite file or a postgresql:// URL for many workers",
                "webhook-inbox.sqlite3",
            )
        )
    if agent_key_env:
        comment = "Optional: API key of the agent hook's LLM (python -m {}._agent fill)"
        out.append(EnvVar(agent_key_env, comment.format(ctx["import_name"]), ""))
    unique: dict[str, EnvVar] = {}
    for var in out:  # Twilio signs webhooks with the auth token: list it once
        unique.setdefault(var.name, var)
    return list(unique.values())


def _spec_path(ctx: dict[str, Any], kit_root: Path, answers: ModuleType) -> Path | None:
    """The spec to render from; the project's own snapshot when the source has gone."""
    source = str(ctx.get("spec_source") or "")
    if not source:
        return None
    try:
        path: Path | None = answers.resolve_spec_source(source, kit_root)
    except FileNotFoundError:
        dst = Path(str(ctx["_copier_conf"]["dst_path"]))
        snapshot = dst / "docs" / "external_api_specs" / f"{ctx['import_name']}.json"
        if not snapshot.is_file():
            raise
        path = snapshot
    return path


_PLAIN = (str, int, float, bool, list, dict, type(None))


_CONSTRUCTOR = frozenset(
    {
        "auth",
        "base_url",
        "timeout",
        "max_attempts",
        "breaker",
        "redis_url",
        "config",
        "http_client",
        "transport",
        "env_file",
        "self",
    }
)


def _credential_keywords(ctx: dict[str, Any]) -> dict[str, str]:
    """The constructor keywords of the credentials, named after the provider's variables.

    ``STRIPE_API_KEY`` -> ``api_key``, ``TWILIO_AUTH_TOKEN`` -> ``auth_token``,
    ``TWILIO_ACCOUNT_SID`` -> ``account_sid``, ``SLACK_BOT_TOKEN`` -> ``bot_token``.
    """
    prefix = f"{ctx.get('env_prefix', '')}_"

    def keyword(env: object, fallback: str) -> str:
        name = str(env or "").removeprefix(prefix).lower()
        ok = name.isidentifier() and not iskeyword(name) and name not in _CONSTRUCTOR
        return name if ok else fallback

    if ctx.get("auth_scheme") == "aws-sigv4":  # the names boto3 and the AWS CLI use
        return {"secret": "secret_access_key", "username": "access_key_id"}
    secret = keyword(ctx.get("api_key_env"), "api_key")
    username = keyword(ctx.get("basic_username_env"), "username")
    return {"secret": secret, "username": username if username != secret else "username"}


def _path_defaults(ctx: dict[str, Any]) -> dict[str, str]:
    """Path parameters the client fills itself: the basic-auth user name's concept.

    Twilio's ``TWILIO_ACCOUNT_SID`` user name is the ``AccountSid`` of its paths.
    """
    if ctx.get("auth_scheme") != "basic":
        return {}
    env = str(ctx.get("basic_username_env") or "")
    concept = env.removeprefix(f"{ctx.get('env_prefix', '')}_").replace("_", "").lower()
    return {"*" + concept: "_auth_username"} if concept else {}


def build(
    ctx: dict[str, Any],
    kit_root: Path,
    cache: dict[str, Any],
    load: Callable[[str], ModuleType],
    api_cache: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything the templates need, computed once per set of answers.

    Copier calls the context hook for every file it renders (about a thousand times for
    one project), so the whole result is cached on the answers and the destination.
    The API model is cached in ``api_cache`` (default: ``cache``) on the spec's content
    and the build's arguments: ``copier update`` renders the kit from two clones, and
    the caller shares one table between checkouts of the same kit code.
    """
    answers = {k: v for k, v in ctx.items() if not k.startswith("_") and isinstance(v, _PLAIN)}
    key = json.dumps([answers, str(ctx["_copier_conf"]["dst_path"])], sort_keys=True, default=str)
    if key not in cache:
        cache[key] = _build(ctx, kit_root, cache, load, cache if api_cache is None else api_cache)
    result: dict[str, Any] = cache[key]
    return result


def _build(
    ctx: dict[str, Any],
    kit_root: Path,
    cache: dict[str, Any],
    load: Callable[[str], ModuleType],
    api_cache: dict[str, Any],
) -> dict[str, Any]:
    answers = load("answers")
    ik_spec = load("ik_spec")
    webhooks = load("webhook_context")
    spec_path = _spec_path(ctx, kit_root, answers)
    mode, values = parse_selection(str(ctx.get("operation_selection") or "all"))
    if ctx.get("s3_api"):  # the S3 resources are verbatim code (_s3/), not operations
        hand_ops: list[Any] | None = []
    else:
        hand_ops = None if spec_path else list(ctx.get("operations") or [])
    preset = {
        "pagination": ctx.get("pagination", "none"),
        "idempotency_header": ctx.get("idempotency_header", ""),
        "provider_name": ctx["provider_name"],
        "path_defaults": _path_defaults(ctx),
    }
    webhook = webhooks.webhook_setup(ctx["webhook_scheme"]) if ctx.get("webhooks") else None
    # the snapshot keeps the payloads of the event types the starter handlers take
    events = [webhook.event_type] if webhook is not None else []
    key = json.dumps(
        [
            hashlib.sha256(spec_path.read_bytes()).hexdigest() if spec_path else "",
            mode,
            values,
            hand_ops,
            preset,
            events,
        ],
        default=str,
    )
    if key not in api_cache:
        api_cache[key] = ik_spec.build_api(
            spec_path if spec_path else {},
            selection=ik_spec.Selection(mode=mode, values=values),
            hand_operations=hand_ops,
            preset=preset,
            webhook_events=events,
        )
    api = api_cache[key]
    kit_version = _kit_version(kit_root)
    domain = load("domain_context").build(ctx, api, kit_root, answers, cache, load)
    agent = load("agent_places").build(ctx, api, kit_version, ik_spec.filters, domain["domain"])
    return {
        **domain,
        "api": api,
        "generation_report": ik_spec.build_report(api, domain["domain"].warnings),
        "snapshot_json": json.dumps(api.snapshot, indent=2, ensure_ascii=False),
        "credentials": _credential_keywords(ctx),
        "env_vars": _env_vars(ctx, agent["settings"].get("api_key_env", ""), webhook),
        "agent": agent,
        "webhook": webhook,
        "runtime_options": {
            "idempotency_header": ctx.get("idempotency_header") or None,
            "retry_hint_header": ctx.get("retry_hint_header") or None,
            "request_id_header": ctx.get("request_id_header") or "x-request-id",
            "query_array_style": ctx.get("query_array_style") or "repeat",
        },
        "kit_version": kit_version,
    }


def _kit_version(kit_root: Path) -> str:
    """The kit's version as written in its pyproject (shown in generated headers)."""
    for line in (kit_root / "pyproject.toml").read_text(encoding="utf-8").splitlines():
        if line.startswith("version = "):
            return line.split('"')[1]
    return "0"
