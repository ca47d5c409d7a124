"""Run ``@linear/sdk``'s ``LinearWebhookClient.verify`` through node (``linear_sdk.mjs``).

The SDK comes from the kit's package.json (``kit.py test`` runs ``npm ci``). Without
node or the installed SDK the oracle tests skip, and fail when ``CI=true``.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("linear_sdk.mjs")
SDK = ROOT / "node_modules" / "@linear" / "sdk" / "package.json"


@dataclass(frozen=True)
class Verdict:
    ok: bool
    error: str | None


def _node() -> str:
    node = shutil.which("node")
    reason = ""
    if node is None:
        reason = "node is not installed: the @linear/sdk oracle cannot run"
    elif not SDK.exists():
        reason = "@linear/sdk is not installed: run `npm ci` (kit.py test does it)"
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + " (CI=true: the oracle must run)")
        pytest.skip(reason)
    assert node is not None
    return node


def _run(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    node = _node()
    for case in cases:
        case["body"] = base64.b64encode(case["body"]).decode()
    proc = subprocess.run(
        [node, str(SCRIPT)],
        input=json.dumps({"cases": cases}),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    results: list[dict[str, Any]] = json.loads(proc.stdout)
    assert len(results) == len(cases)
    return results


def sdk_sign(secret: str, bodies: list[bytes]) -> list[str]:
    """Linear's documented signature (node's HMAC) for each body."""
    results = _run([{"op": "sign", "secret": secret, "body": b} for b in bodies])
    return [str(r["signature"]) for r in results]


def sdk_verify(cases: list[tuple[str, bytes, str, int]]) -> list[Verdict]:
    """``(secret, body, signature, now_ms)`` -> the SDK's verdict, with ``Date.now`` pinned."""
    results = _run(
        [
            {"op": "verify", "secret": s, "body": b, "signature": sig, "now_ms": now}
            for s, b, sig, now in cases
        ]
    )
    return [Verdict(bool(r["ok"]), r.get("error")) for r in results]
