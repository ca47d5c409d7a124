"""The agent hook's command line.

    python -m <package>._agent status            # the open places and their state
    python -m <package>._agent fill [--place ID]  # ask the LLM, validate, keep or discard
    python -m <package>._agent sync              # add places missing from their files

``fill`` reads ``.integration-kit/agents.yml`` and the API key from the environment
variable it names. Exit status: 0 all done (or nothing to do), 1 some places are still
open after the run, 2 configuration or usage error, 3 the LLM or the checks are not
available (no key, no network, no ruff/mypy/pytest). ``--copier-task`` (how copier runs
it after a copy) prints one line and always exits 0: the copy must not fail for want of a
key or a network.
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
from .fill import REPORT_PATH, Report, fill_places
from .llm import make_client
from .manifest import MANIFEST_PATH, ManifestError, load_manifest, place_states, sync

__all__ = ["main"]

EXIT_OK, EXIT_OPEN, EXIT_USAGE, EXIT_UNAVAILABLE = 0, 1, 2, 3
PREFIX = "integration-kit agent:"
CACHE_ENV = "INTEGRATION_KIT_AGENT_CACHE"  # where mypy's cache is kept between runs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agent", description="integration-kit agent hook")
    parser.add_argument("--root", type=Path, help="the generated project (default: found from .)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("status", help="list the open places and their state")
    sub.add_parser("sync", help="append the default of places missing from their files")
    fill = sub.add_parser("fill", help="fill the open places with the LLM (validated)")
    fill.add_argument("--place", action="append", help="only this place id (repeatable)")
    fill.add_argument("--refill", action="store_true", help="also propose for filled places")
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
    for item in states:
        say(f"{item.state:8} {item.place.id:40} {item.place.file}")
    counts = {s: sum(i.state == s for i in states) for s in ("open", "filled", "missing")}
    say(", ".join(f"{n} {s}" for s, n in counts.items()))
    return EXIT_OK


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
    config = load_config(
        root, args.agent, {name: getattr(args, name) for name in OVERRIDABLE}
    )
    manifest = load_manifest(root)
    only = set(args.place) if args.place else None
    wanted = [
        i
        for i in place_states(root, manifest)
        if (only is None or i.place.id in only)
        and (i.state == "open" or (args.refill and i.state == "filled"))
    ]
    if not wanted:
        say(f"{PREFIX} no open places to fill")
        return EXIT_OK
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
                say=quiet if args.copier_task else say,
            )
    finally:
        client.close()
    report.save(root)
    say(_summary(report, count))
    if report.stopped and not report.kept:
        return EXIT_UNAVAILABLE
    return EXIT_OK if report.kept == count else EXIT_OPEN


def main(
    argv: Sequence[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    say: Callable[[str], None] = print,
    transport: httpx.BaseTransport | None = None,
) -> int:
    """Run a command; returns the exit status (see the module docstring)."""
    args = _parser().parse_args(argv)
    root = find_root(args.root)
    environ = os.environ if environ is None else environ
    copier_task = getattr(args, "copier_task", False)
    try:
        if args.command == "status":
            code = _status(root, say)
        elif args.command == "sync":
            code = _sync(root, say)
        else:
            code = _fill(root, args, environ, say, transport)
    except (ConfigError, ManifestError) as exc:
        say(f"{PREFIX} {exc}")
        code = EXIT_USAGE
    return EXIT_OK if copier_task else code
