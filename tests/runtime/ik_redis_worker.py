# mypy: disable-error-code="import-not-found"
"""Subprocess worker for the Redis breaker tests: one separate process per role.

Usage: python ik_redis_worker.py REDIS_URL PREFIX SERVER_URL CALLS
Makes CALLS GET requests through a client whose breaker lives in Redis and prints a
JSON list of outcomes (exception class names or status codes).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from template_packages import load_runtime


def main() -> None:
    redis_url, prefix, server_url, calls = sys.argv[1:5]
    rt = load_runtime()
    backend = rt.RedisBreakerBackend(redis_url, prefix=prefix, fail_open=False)
    config = rt.ClientConfig(
        server_url,
        max_attempts=1,
        timeout=2.0,
        breaker=rt.BreakerConfig(consecutive_failures=3, wait_duration=30.0, backend=backend),
    )
    outcomes: list[str] = []
    with rt.SyncAPIClient(config) as client:
        for _ in range(int(calls)):
            try:
                outcomes.append(str(client._request("GET", "/work").status_code))
            except rt.APIError as exc:
                outcomes.append(type(exc).__name__)
    print(json.dumps(outcomes))


if __name__ == "__main__":
    main()
