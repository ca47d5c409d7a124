"""A process SIGKILLed mid-handler loses no event; the drain/replay command line."""

from __future__ import annotations

import importlib
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

wh: Any = importlib.import_module("ik_webhooks")
cli: Any = importlib.import_module("ik_webhooks.cli")

SECRET = "whsec_crash_secret"
ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "template" / "src" / "{{ import_name }}" / "_webhooks"

CHILD = textwrap.dedent(
    """
    import importlib.util, json, pathlib, sys, time
    pkg = pathlib.Path(sys.argv[1])
    spec = importlib.util.spec_from_file_location(
        "ik_webhooks", pkg / "__init__.py", submodule_search_locations=[str(pkg)])
    wh = importlib.util.module_from_spec(spec)
    sys.modules["ik_webhooks"] = wh
    spec.loader.exec_module(wh)
    db, marker, secret = sys.argv[2], pathlib.Path(sys.argv[3]), sys.argv[4]
    router = wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [secret]), preset="stripe",
        inbox=wh.Inbox(wh.SQLiteStore(db), lease_seconds=1.0))

    @router.on("invoice.paid")
    def slow(event):
        marker.write_text(event.id)
        time.sleep(120)

    body = sys.stdin.buffer.read()
    headers = json.loads(sys.argv[5])
    router.handle(body, headers)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_handler_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "inbox.sqlite3"
    marker = tmp_path / "started"
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    body = json.dumps({"id": "evt_crash", "type": "invoice.paid"}).encode()
    headers = wh.sign_for_test("stripe-v1", body, SECRET)
    child = subprocess.Popen(
        [
            sys.executable,
            str(script),
            str(PACKAGE_DIR),
            str(db),
            str(marker),
            SECRET,
            json.dumps(headers),
        ],
        stdin=subprocess.PIPE,
    )
    assert child.stdin is not None
    child.stdin.write(body)
    child.stdin.close()
    deadline = time.monotonic() + 20
    while not marker.exists():
        assert child.poll() is None, "child exited before the handler started"
        assert time.monotonic() < deadline, "handler never started"
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=10) == -signal.SIGKILL

    store = wh.SQLiteStore(db)
    row = store.get("stripe", "evt_crash")
    assert row is not None and row.status == "processing" and row.attempts == 1

    calls: list[str] = []
    router = wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [SECRET]),
        preset="stripe",
        inbox=wh.Inbox(store, lease_seconds=1.0, clock=lambda: time.time() + 5),
    )
    router.on("invoice.paid")(lambda e: calls.append(e.id))
    # the provider got no 2xx and redelivers; both the redelivery and the drain run,
    # yet the handler runs exactly once more.
    assert router.handle(body, headers).status == 200
    assert router.drain().processed == 0
    assert calls == ["evt_crash"]
    row = store.get("stripe", "evt_crash")
    assert row is not None and row.status == "done" and row.attempts == 2
    store.close()


@pytest.fixture
def hooks_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    calls = tmp_path / "calls.txt"
    module = tmp_path / "wh_cli_hooks.py"
    module.write_text(
        textwrap.dedent(f"""
        import importlib
        wh = importlib.import_module("ik_webhooks")
        router = wh.WebhookRouter(wh.make_verifier("stripe-v1", ["{SECRET}"]), preset="stripe")
        FAIL = {{"on": False}}

        @router.on("invoice.paid")
        def paid(event):
            if FAIL["on"]:
                raise RuntimeError("still failing")
            with open({str(calls)!r}, "a") as fh:
                fh.write(event.id + "\\n")
    """)
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop("wh_cli_hooks", None)
    return calls


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(list(argv), out=out)
    return code, out.getvalue()


def test_cli_stats_list_drain_replay(tmp_path: Path, hooks_module: Path) -> None:
    db = str(tmp_path / "inbox.sqlite3")
    router = wh.WebhookRouter(
        wh.make_verifier("stripe-v1", [SECRET]),
        preset="stripe",
        inbox=wh.Inbox(wh.SQLiteStore(db)),
        process="deferred",
    )
    router.on("invoice.paid")(lambda e: None)
    for n in range(3):
        body = json.dumps({"id": f"evt_{n}", "type": "invoice.paid"}).encode()
        assert router.handle(body, wh.sign_for_test("stripe-v1", body, SECRET)).status == 200
    router.inbox.close()

    code, out = run_cli("stats", "--db", db)
    assert code == 0 and json.loads(out)["pending"] == 3
    code, out = run_cli("list", "--db", db, "--status", "pending")
    assert code == 0 and out.count("invoice.paid pending") == 3

    importlib.import_module("wh_cli_hooks").FAIL["on"] = True
    code, out = run_cli("drain", "--db", db, "--router", "wh_cli_hooks:router", "--limit", "1")
    assert code == 1 and "done=0 failed=1" in out and "still failing" in out
    importlib.import_module("wh_cli_hooks").FAIL["on"] = False
    code, out = run_cli("drain", "--db", db, "--router", "wh_cli_hooks:router")
    # the failed event waits for its backoff; the two pending ones run
    assert code == 0 and "done=2 failed=0" in out
    code, out = run_cli("list", "--db", db, "--status", "failed")
    assert out.count("evt_0 invoice.paid failed attempts=1") == 1 and "next_attempt=" in out
    code, out = run_cli("replay", "--db", db, "--router", "wh_cli_hooks:router", "evt_0")
    assert code == 0 and "done=1" in out
    assert sorted(hooks_module.read_text().split()) == ["evt_0", "evt_1", "evt_2"]
    code, out = run_cli("requeue", "--db", db, "--provider", "stripe", "evt_2")
    assert code == 0 and "requeued 1" in out
    code, out = run_cli("stats", "--db", db)
    assert json.loads(out) == {"dead": 0, "done": 2, "failed": 0, "pending": 1, "processing": 0}


def test_cli_usage_errors(tmp_path: Path) -> None:
    assert run_cli("drain", "--db", str(tmp_path / "x.db"), "--router", "nocolon")[0] == 2
    assert run_cli("stats")[0] == 2


def test_cli_runs_as_module(tmp_path: Path) -> None:
    package = tmp_path / "somepkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "_webhooks").symlink_to(PACKAGE_DIR, target_is_directory=True)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "somepkg._webhooks.cli",
            "stats",
            "--db",
            str(tmp_path / "new.sqlite3"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "dead": 0,
        "done": 0,
        "failed": 0,
        "pending": 0,
        "processing": 0,
    }
