"""Inspect the inbox and re-run events from the command line.

    python -m <package>._webhooks.cli stats   --db webhooks.sqlite3
    python -m <package>._webhooks.cli list    --db webhooks.sqlite3 --status dead
    python -m <package>._webhooks.cli drain   --db webhooks.sqlite3 --router app.hooks:router
    python -m <package>._webhooks.cli work    --db webhooks.sqlite3 --router app.hooks:router
    python -m <package>._webhooks.cli replay  --db webhooks.sqlite3 --router app.hooks:router ID..
    python -m <package>._webhooks.cli requeue --db webhooks.sqlite3 --provider stripe ID..

``--postgres DSN`` selects the PostgreSQL store instead of ``--db``. ``--router`` names
a ``WebhookRouter`` (or a function returning one) as ``module:attribute``; its handlers
run the events. Exit status: 0 ok, 1 some events failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Sequence
from typing import TextIO

from .inbox import STATUSES, Inbox, InboxStore, SQLiteStore
from .router import WebhookRouter
from .worker import run_worker

__all__ = ["main"]


def _store(args: argparse.Namespace) -> InboxStore | None:
    if args.postgres:
        from .pgstore import PostgresStore

        return PostgresStore(args.postgres, table=args.table)
    if args.db:
        return SQLiteStore(args.db, table=args.table)
    return None


def load_router(spec: str) -> WebhookRouter:
    module_name, sep, attr = spec.partition(":")
    if not sep or not module_name or not attr:
        raise ValueError("--router must look like package.module:attribute")
    obj: object = importlib.import_module(module_name)
    for part in attr.split("."):
        obj = getattr(obj, part)
    if not isinstance(obj, WebhookRouter) and callable(obj):
        obj = obj()
    if not isinstance(obj, WebhookRouter):
        raise ValueError(f"{spec} is not a WebhookRouter")
    return obj


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="webhooks", description="Webhook inbox tools")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, helptext in (
        ("stats", "count events per status"),
        ("list", "list events"),
        ("drain", "run pending, failed and lease-expired events"),
        ("work", "keep running due events until SIGTERM/SIGINT"),
        ("replay", "re-run the given events whatever their status (revives dead ones)"),
        ("requeue", "mark the given events pending, attempts reset (run by the next drain)"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--db", help="SQLite inbox file")
        p.add_argument("--postgres", help="PostgreSQL conninfo/DSN")
        p.add_argument("--table", default="webhook_inbox")
        p.add_argument("--provider", help="provider name (default: the router's)")
        if name in ("drain", "replay", "work"):
            p.add_argument("--router", required=True, help="module:attribute")
            p.add_argument("--lease", type=float, default=None, help="lease seconds")
        if name == "drain":
            p.add_argument("--limit", type=int, default=None)
            p.add_argument("--no-failed", action="store_true", help="skip failed events")
        if name == "work":
            p.add_argument("--poll", type=float, default=1.0, help="idle sleep seconds")
            p.add_argument("--batch", type=int, default=100, help="events per pass")
        if name == "list":
            p.add_argument("--status", choices=STATUSES, help="only events in this state")
            p.add_argument("--limit", type=int, default=100)
        if name in ("replay", "requeue"):
            p.add_argument("event_ids", nargs="+")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    stream = out or sys.stdout
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        store = _store(args)
        router = load_router(args.router) if getattr(args, "router", None) else None
    except (ValueError, ImportError, AttributeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    inbox: Inbox | None
    if store is not None:
        options = {} if args.__dict__.get("lease") is None else {"lease_seconds": args.lease}
        inbox = Inbox(store, **options)
    else:
        inbox = router.inbox if router is not None else None
    if inbox is None:
        print("error: give --db or --postgres (or a router with an inbox)", file=sys.stderr)
        return 2
    provider = args.provider or (router.provider if router is not None else None)
    try:
        if args.command == "stats":
            print(json.dumps(inbox.counts(provider), sort_keys=True), file=stream)
            return 0
        if args.command == "list":
            for ev in inbox.store.list_events(provider, args.status, args.limit):
                when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ev.received_at))
                error = f" error={ev.error!r}" if ev.error else ""
                if ev.next_attempt_at is not None and ev.status == "failed":
                    due = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ev.next_attempt_at))
                    error += f" next_attempt={due}"
                print(
                    f"{ev.provider} {ev.event_id} {ev.event_type} {ev.status} "
                    f"attempts={ev.attempts} received={when}{error}",
                    file=stream,
                )
            return 0
        if args.command == "requeue":
            if provider is None:
                print("error: requeue needs --provider", file=sys.stderr)
                return 2
            count = inbox.store.requeue(provider, args.event_ids, now=time.time())
            print(f"requeued {count}", file=stream)
            return 0
        if router is None:  # argparse requires --router for drain and replay
            print("error: drain, replay and work need --router", file=sys.stderr)
            return 2
        router.inbox = inbox
        if args.command == "work":
            stats = run_worker(router, poll_interval=args.poll, batch=args.batch)
            print(
                f"stopped done={stats.done} failed={stats.failed} dead={stats.dead}",
                file=stream,
            )
            return 0
        if args.command == "drain":
            result = router.drain(include_failed=not args.no_failed, limit=args.limit)
        else:
            result = router.replay(*args.event_ids)
        print(
            f"done={result.done} failed={result.failed} dead={result.dead} "
            f"skipped={result.skipped}",
            file=stream,
        )
        for line in result.errors:
            print(f"  failed {line}", file=stream)
        return 1 if result.failed else 0
    finally:
        inbox.close()


if __name__ == "__main__":
    raise SystemExit(main())
