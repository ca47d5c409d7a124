# mypy: disable-error-code="import-not-found"
"""Subprocess worker for the shared-quota proof: one process of several sharing a key.

Usage: python ik_quota_worker.py SERVER_URL MODE SECONDS [REDIS_URL PREFIX]
MODE is ``shared`` (SharedRateLimiter through Redis) or ``local`` (per-process limiter).
Calls GET /work in a loop for SECONDS and prints a JSON list of status codes / errors.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from template_packages import load_runtime

API_KEY = "sk_test_SHAREDQUOTAKEY_0001"


def main() -> None:
    server_url, mode, seconds = sys.argv[1:4]
    rt = load_runtime()
    limiter = None
    if mode == "shared":
        limiter = rt.SharedRateLimiter(sys.argv[4], API_KEY, prefix=sys.argv[5])
    config = rt.ClientConfig(
        server_url, max_attempts=1, breaker=None, rate_limiter=limiter, max_retry_wait=5.0
    )
    outcomes: list[str] = []
    end = time.time() + float(seconds)
    with rt.SyncAPIClient(config, rt.BearerAuth(rt.Secret(API_KEY))) as client:
        while time.time() < end:
            try:
                outcomes.append(str(client._request("GET", "/work").status_code))
            except rt.APIError as exc:
                outcomes.append(type(exc).__name__)
    print(json.dumps(outcomes))


if __name__ == "__main__":
    main()
