"""The agent hook's command line.

    python -m <package>._agent status            # the places: open, filled, stale, missing
    python -m <package>._agent fill [--place ID]  # ask the LLM, validate, keep or discard
    python -m <package>._agent fill --stale      # also refresh fills whose sources changed
    python -m <package>._agent sync              # add places missing from their files
    python -m <package>._agent propose           # operations from the docs (no spec)

``fill`` reads ``.integration-kit/agents.yml`` and the API key from the environment
variable it names. Exit status: 0 all done (or nothing to do), 1 some places are still
open after the run, 2 configuration or usage error, 3 the LLM or the checks are not
available (no key, no network, no ruff/mypy/pytest). ``--copier-task`` (how copier runs
it after a copy) prints one line and always exits 0: the copy must not fail for want of a
key or a network. Exit 4: places are stale (their spec or docs changed since they were
filled) and were left alone (``status``, or ``fill`` without ``--stale``): for CI.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import httpx

from .checks import Sandbox, missing_tools
from .config import OVERRIDABLE, ConfigError, api_key, load_config
from .docs import DocsError, load_docs
from .fill import REPORT_PATH, Report, fill_places
from .llm import make_client
from .manifest import MANIFEST_PATH, ManifestError, load_manifest, place_states, sync
from .operations import (
    OPERATIONS_PATH,
    CopierRender,
    ProjectError,
    Renderer,
    listed_operations,
    propose_operations,
)
from .sources import is_url, stale_places

__all__ = ["main"]

EXIT_OK, EXIT_OPEN, EXIT_USAGE, EXIT_UNAVAILABLE, EXIT_STALE = 0, 1, 2, 3, 4
PREFIX = "integration-kit agent:"
CACHE_ENV = "INTEGRATION_KIT_AGENT_CACHE"  # where mypy's cache is kept between runs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agent", description="integration-kit agent hook")
    parser.add_argument("--root", type=Path, help="the generated project (default: found from .)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("status", help="list the places and their state (exit 4 if any is stale)")
    sub.add_parser("sync", help="append the default of places missing from their files")
    propose = sub.add_parser(
        "propose", help="propose the operations the docs describe (checked, then listed)"
    )
    propose.add_argument("--agent", default="integration", help="agents.<name> in agents.yml")
    propose.add_argument("--model", help="override the model of agents.yml")
    propose.add_argument("--base-url", help="override the base URL of agents.yml")
    propose.add_argument("--python", help="interpreter with copier, ruff, mypy, pytest")
    fill = sub.add_parser("fill", help="fill the open places with the LLM (validated)")
    fill.add_argument("--place", action="append", help="only this place id (repeatable)")
    fill.add_argument("--refill", action="store_true", help="also propose for filled places")
    fill.add_argument(
        "--stale", action="store_true", help="refresh fills whose spec or docs changed"
    )
    fill.add_argument("--agent", default="integration", help="agents.<name> in agents.yml")
    fill.add_argument("--model", help="override the model of agents.yml")
    fill.add_argument("--base-url", help="override the base URL of agents.yml")
    fill.add_argument("--python", help="interpreter with ruff, mypy, pytest (default: ours)")
    fill.add_argument("--copier-task", action="store_true", help=argparse.SUPPRESS)
    return parser


def find_root(start: Path | None) -> Path:
    if start is not None:
        return start.resolve()
    here = Path.cwd().resolve()
    for candidate in (here, *here.parents):
        if (candidate / MANIFEST_PATH).is_file():
            return candidate
    return Path(__file__).resolve().parents[3]  # <root>/src/<package>/_agent/cli.py


def _python(root: Path, chosen: str | None) -> str:
    if chosen:
        return chosen
    for venv in (root / ".venv" / "bin" / "python", root / ".venv" / "Scripts" / "python.exe"):
        if venv.is_file():
            return str(venv)
    return sys.executable


def _status(root: Path, say: Callable[[str], None]) -> int:
    manifest = load_manifest(root)
    states = place_states(root, manifest)
    stale = stale_places(root, manifest, states)
    shown: list[str] = []
    for item in states:
        state = "stale" if item.place.id in stale else item.state
        shown.append(state)
        why = f" (changed: {', '.join(stale[item.place.id][1])})" if state == "stale" else ""
        say(f"{state:8} {item.place.id:40} {item.place.file}{why}")
    names = ("open", "filled", "stale", "missing")
    say(", ".join(f"{shown.count(s)} {s}" for s in names))
    return EXIT_STALE if stale else EXIT_OK


def _left_alone(
    stale: Mapping[str, tuple[dict[str, str], list[str]]], say: Callable[[str], None]
) -> None:
    for place_id, (_, changed) in stale.items():
        say(
            f"{PREFIX} {place_id} is stale ({', '.join(changed)} changed since it was "
            "filled); left alone (refresh it with: fill --stale)"
        )


def _sync(root: Path, say: Callable[[str], None]) -> int:
    added, problems = sync(root, load_manifest(root))
    for place_id in added:
        say(f"{PREFIX} added the default of {place_id}")
    for problem in problems:
        say(f"{PREFIX} {problem}")
    if not added and not problems:
        say(f"{PREFIX} every place is in its file")
    return EXIT_USAGE if problems else EXIT_OK


def _summary(report: Report, open_count: int) -> str:
    if report.stopped and not report.kept:
        return f"{PREFIX} {report.stopped}; {open_count} open places keep their defaults"
    left = open_count - report.kept
    text = f"{PREFIX} {report.kept} of {open_count} open places filled by {report.model}"
    if left:
        steps: dict[str, int] = {}
        for outcome in report.outcomes:
            if outcome.status != "kept" and outcome.step:
                steps[outcome.step] = steps.get(outcome.step, 0) + 1
        refused = ", ".join(f"{step} {n}" for step, n in steps.items())
        why = f"refused by {refused}; " if refused else ""
        text += f"; {left} keep their defaults ({why}why: {REPORT_PATH})"
    return text


def _fill(
    root: Path,
    args: argparse.Namespace,
    environ: Mapping[str, str],
    say: Callable[[str], None],
    transport: httpx.BaseTransport | None,
) -> int:
    # Overrides are checked with the file, before anything is read or sent.
    config = load_config(root, args.agent, {name: getattr(args, name) for name in OVERRIDABLE})
    manifest = load_manifest(root)
    only = set(args.place) if args.place else None
    states = place_states(root, manifest)
    stale = {
        k: v for k, v in stale_places(root, manifest, states).items() if only is None or k in only
    }
    left_alone = {} if args.stale else stale
    wanted = [
        i
        for i in states
        if (only is None or i.place.id in only)
        and i.place.id not in left_alone
        and (i.state == "open" or i.place.id in stale or (args.refill and i.state == "filled"))
    ]
    _left_alone(left_alone, say)
    if not wanted:
        say(f"{PREFIX} no open places to fill")
        return EXIT_STALE if left_alone else EXIT_OK
    count = len(wanted)
    later = f"python -m {manifest.package}._agent fill"
    key = api_key(config, environ)
    if key is None:
        say(
            f"{PREFIX} {config.api_key_env} is not set; {count} open places keep their "
            f"defaults (set it, then run: {later})"
        )
        return EXIT_UNAVAILABLE
    python = _python(root, args.python)
    missing = missing_tools(python)
    if missing:
        say(
            f"{PREFIX} {', '.join(missing)} not importable by {python}; {count} open places "
            f"keep their defaults (install the dev extras, then run: {later})"
        )
        return EXIT_UNAVAILABLE
    quiet: Callable[[str], None] = lambda _line: None  # noqa: E731
    try:
        docs = load_docs(root, config, warn=lambda line: say(f"{PREFIX} {line}"))
    except DocsError as exc:
        say(f"{PREFIX} {exc}; {count} open places keep their defaults")
        return EXIT_UNAVAILABLE
    if any(is_url(doc.name) for doc in docs):  # fetched now: compare them too
        fetched = {doc.name: doc.sha256 for doc in docs}
        more = {
            k: v
            for k, v in stale_places(root, manifest, states, fetched).items()
            if k not in stale and (only is None or k in only)
        }
        stale.update(more)  # left_alone is stale itself without --stale
        if args.stale:
            count += len(more)
        else:
            _left_alone(more, say)
    refresh = {k: v[0] for k, v in stale.items()} if args.stale else {}
    client = make_client(config, key, transport=transport)
    try:
        cache = environ.get(CACHE_ENV) or root / ".integration-kit" / ".cache"
        with Sandbox(root, python, config.checks_timeout, Path(cache)) as sandbox:
            report = fill_places(
                root,
                manifest,
                config,
                client,
                sandbox,
                only=only,
                refill=args.refill,
                docs=docs,
                refresh=refresh,
                say=quiet if args.copier_task else say,
            )
    finally:
        client.close()
    report.save(root)
    say(_summary(report, count))
    if report.stopped and not report.kept:
        return EXIT_UNAVAILABLE
    if report.kept != count:
        return EXIT_OPEN
    return EXIT_STALE if left_alone else EXIT_OK


def _propose(
    root: Path,
    args: argparse.Namespace,
    environ: Mapping[str, str],
    say: Callable[[str], None],
    transport: httpx.BaseTransport | None,
    renderer: Renderer | None,
) -> int:
    config = load_config(root, args.agent, {name: getattr(args, name) for name in OVERRIDABLE})
    manifest = load_manifest(root)
    listed_operations(root)  # ProjectError before anything is sent
    if not config.docs:
        say(f"{PREFIX} no docs: in agents.yml; list the provider's documentation there first")
        return EXIT_USAGE
    key = api_key(config, environ)
    if key is None:
        say(
            f"{PREFIX} {config.api_key_env} is not set; no operations proposed (set it, then "
            f"run: python -m {manifest.package}._agent propose)"
        )
        return EXIT_UNAVAILABLE
    python = _python(root, args.python)
    missing = missing_tools(python, ("copier", "ruff", "mypy", "pytest"))
    if missing:
        say(f"{PREFIX} {', '.join(missing)} not importable by {python}; nothing proposed")
        return EXIT_UNAVAILABLE
    try:
        docs = load_docs(root, config, warn=lambda line: say(f"{PREFIX} {line}"))
    except DocsError as exc:
        say(f"{PREFIX} {exc}; nothing proposed")
        return EXIT_UNAVAILABLE
    if not docs:
        say(f"{PREFIX} the docs: of agents.yml match no document; nothing proposed")
        return EXIT_USAGE
    cache = environ.get(CACHE_ENV) or root / ".integration-kit" / ".cache"
    render = renderer or CopierRender(root, python, config.checks_timeout, Path(cache))
    client = make_client(config, key, transport=transport)
    try:
        report = propose_operations(
            root, config, client, docs, render, provider=manifest.provider, say=say
        )
    finally:
        client.close()
    report.save(root)
    if report.stopped:
        say(f"{PREFIX} {report.stopped}; nothing proposed")
        return EXIT_UNAVAILABLE
    refused = len(report.outcomes) - report.kept
    text = f"{PREFIX} {report.kept} of {len(report.outcomes)} proposed operations kept"
    if report.kept:
        text += f" in {OPERATIONS_PATH} (apply: copier update --trust --defaults --data-file"
        text += f" {OPERATIONS_PATH})"
    if refused:
        steps = sorted({o.step for o in report.outcomes if o.status != "kept"})
        text += f"; {refused} refused by {', '.join(steps)} (why: {REPORT_PATH})"
    say(text)
    return EXIT_OPEN if refused else EXIT_OK


def main(
    argv: Sequence[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    say: Callable[[str], None] = print,
    transport: httpx.BaseTransport | None = None,
    renderer: Renderer | None = None,
) -> int:
    """Run a command; returns the exit status (see the module docstring).

    ``renderer`` (``propose``): how the project is re-rendered and checked with the
    proposed operations (default: copier with the recorded template and answers).
    """
    args = _parser().parse_args(argv)
    root = find_root(args.root)
    environ = os.environ if environ is None else environ
    copier_task = getattr(args, "copier_task", False)
    try:
        if args.command == "status":
            code = _status(root, say)
        elif args.command == "sync":
            code = _sync(root, say)
        elif args.command == "propose":
            code = _propose(root, args, environ, say, transport, renderer)
        else:
            code = _fill(root, args, environ, say, transport)
    except (ConfigError, ManifestError, ProjectError) as exc:
        say(f"{PREFIX} {exc}")
        code = EXIT_USAGE
    return EXIT_OK if copier_task else code
