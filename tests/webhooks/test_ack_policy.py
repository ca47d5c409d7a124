"""ack="persisted" (default) acknowledges once committed; ack="handled" answers 500
until the event is done, and the provider's redelivery re-runs it once its retry is due."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")

SECRET = "whsec_ack_secret"
BODY = json.dumps({"id": "evt_a", "type": "invoice.paid"}).encode()


def router(tmp_path: Path, ack: str, broken: dict[str, bool], runs: list[str]) -> Any:
    clock = {"t": 1_000.0}
    inbox = wh.Inbox(
        wh.SQLiteStore(tmp_path / "inbox.sqlite3"),
        retry=wh.RetryPolicy(base_delay=30, jitter=0),
        clock=lambda: clock["t"],
    )
    r = wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [SECRET]), preset="stripe", inbox=inbox, ack=ack
    )

    def handler(event: Any) -> None:
        runs.append(event.id)
        if broken["on"]:
            raise ConnectionError("down")

    r.on("invoice.paid")(handler)
    r.clock = clock
    return r


def deliver(r: Any) -> int:
    return int(r.handle(BODY, wh.sign_for_test("stripe-v1", BODY, SECRET)).status)


def test_persisted_acknowledges_a_failing_handler(tmp_path: Path) -> None:
    broken: dict[str, bool] = {"on": True}
    runs: list[str] = []
    r = router(tmp_path, "persisted", broken, runs)
    assert deliver(r) == 200 and deliver(r) == 200
    assert runs == ["evt_a"]  # the redelivery is a duplicate; the worker retries it
    assert r.inbox.get("stripe", "evt_a").status == "failed"


def test_handled_answers_500_until_done(tmp_path: Path) -> None:
    broken: dict[str, bool] = {"on": True}
    runs: list[str] = []
    r = router(tmp_path, "handled", broken, runs)
    assert deliver(r) == 500
    assert r.inbox.get("stripe", "evt_a").status == "failed"  # still stored: not lost
    assert deliver(r) == 500 and runs == ["evt_a"]  # retry not due yet: not re-run
    r.clock["t"] += 30
    broken["on"] = False
    assert deliver(r) == 200 and runs == ["evt_a", "evt_a"]
    assert r.inbox.get("stripe", "evt_a").status == "done"
    assert deliver(r) == 200 and len(runs) == 2  # done: a duplicate is acknowledged


def test_handled_needs_inline_inbox() -> None:
    verifier = wh.make_verifier("stripe-v1", [SECRET])
    with pytest.raises(ValueError, match="handled"):
        wh.WebhookRouter(verifier, ack="handled")
    with pytest.raises(ValueError, match="ack"):
        wh.WebhookRouter(verifier, ack="sometimes")
