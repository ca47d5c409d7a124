"""The worker drains due events, and on SIGTERM/SIGINT finishes the event in hand,
claims no other and exits cleanly (importable function and ``cli work``)."""

from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")

SECRET = "whsec_worker_secret"
ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "template" / "src" / "{{ import_name }}" / "_webhooks"
needs_signals = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")


def seed(db: Path, count: int) -> None:
    router = wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [SECRET]),
        preset="stripe",
        inbox=wh.Inbox(wh.SQLiteStore(db)),
        process="deferred",
    )
    router.on("invoice.paid")(lambda e: None)
    for n in range(count):
        body = json.dumps({"id": f"evt_{n}", "type": "invoice.paid"}).encode()
        assert router.handle(body, wh.sign_for_test("stripe-v1", body, SECRET)).status == 200
        time.sleep(0.002)  # distinct received_at: oldest first is evt_0
    router.inbox.close()


def worker_router(db: Path) -> Any:
    return wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [SECRET]), preset="stripe", inbox=wh.Inbox.sqlite(db)
    )


@needs_signals
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_signal_finishes_event_in_hand_and_claims_no_more(tmp_path: Path, signum: int) -> None:
    db = tmp_path / "inbox.sqlite3"
    seed(db, 3)
    router = worker_router(db)
    seen: list[tuple[str, str]] = []

    async def handler(event: Any) -> None:
        os.kill(os.getpid(), signum)  # arrives while this event is in hand
        time.sleep(0.05)
        seen.append((event.id, router.inbox.get("stripe", event.id).status))

    router.on("invoice.paid")(handler)
    previous = signal.getsignal(signum)
    stats = wh.run_worker(router, poll_interval=0.01)
    assert signal.getsignal(signum) is previous  # handlers restored
    assert (stats.done, stats.failed) == (1, 0)
    assert seen == [("evt_0", "processing")]
    assert router.inbox.counts() == {
        "dead": 0,
        "done": 1,
        "failed": 0,
        "pending": 2,
        "processing": 0,
    }
    router.inbox.close()


def test_worker_drains_then_idles_until_stopped(tmp_path: Path) -> None:
    db = tmp_path / "inbox.sqlite3"
    seed(db, 5)
    router = worker_router(db)
    seen: list[str] = []
    stop = threading.Event()

    def handler(event: Any) -> None:
        seen.append(event.id)
        if len(seen) == 5:
            threading.Timer(0.05, stop.set).start()

    router.on("invoice.paid")(handler)
    stats = wh.run_worker(router, poll_interval=0.01, batch=2, stop=stop)
    assert sorted(seen) == [f"evt_{n}" for n in range(5)] and stats.done == 5
    assert stats.passes >= 3  # batch=2: at least three passes for five events
    assert wh.run_worker(router, max_passes=1, handle_signals=False).done == 0
    with pytest.raises(RuntimeError, match="inbox"):
        wh.run_worker(wh.WebhookRouter(wh.make_verifier("stripe-v1", [SECRET])), max_passes=1)
    router.inbox.close()


HOOKS = """
import time, pathlib
from somepkg._webhooks import Inbox, WebhookRouter, make_verifier

LOG = pathlib.Path({log!r})
router = WebhookRouter(make_verifier("stripe-v1", [{secret!r}]), preset="stripe")
FIRST = {{"slow": True}}

@router.on("invoice.paid")
async def paid(event):
    if FIRST["slow"]:
        FIRST["slow"] = False
        pathlib.Path({started!r}).write_text(event.id)
        time.sleep(0.5)
    with LOG.open("a") as fh:
        fh.write(event.id + "\\n")
"""


@needs_signals
def test_cli_work_stops_gracefully_on_sigterm(tmp_path: Path) -> None:
    db = tmp_path / "inbox.sqlite3"
    seed(db, 3)
    package = tmp_path / "somepkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "_webhooks").symlink_to(PACKAGE_DIR, target_is_directory=True)
    log, started = tmp_path / "log.txt", tmp_path / "started"
    (tmp_path / "hooks.py").write_text(
        textwrap.dedent(HOOKS.format(log=str(log), secret=SECRET, started=str(started)))
    )
    argv = [sys.executable, "-m", "somepkg._webhooks.cli", "work", "--db", str(db)]
    argv += ["--router", "hooks:router", "--poll", "0.05"]
    child = subprocess.Popen(
        argv, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while not started.exists():
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "worker never started an event"
            time.sleep(0.01)
        child.send_signal(signal.SIGTERM)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err
    assert "stopped done=1 failed=0" in out
    assert log.read_text().split() == ["evt_0"]  # the one in hand finished
    store = wh.SQLiteStore(db)
    assert store.counts()["done"] == 1 and store.counts()["pending"] == 2
    assert store.counts()["processing"] == 0
    store.close()
