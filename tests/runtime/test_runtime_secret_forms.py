# mypy: disable-error-code="import-not-found"
"""A secret in every form it travels in (raw, URL-encoded, in the query, in headers,
echoed in an error body) never reaches httpx/httpcore DEBUG logs or APIError."""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import ModuleType
from typing import Any
from urllib.parse import quote, quote_plus

import pytest
from ik_rt_server import Recorded, Respond, ScriptedServer

Serve = Callable[..., ScriptedServer]
SECRET = "sk_live_Q+B/C=D&E:9z"  # characters that URL-encoding changes


def forms(value: str) -> list[str]:
    return [value, quote(value, safe=""), quote(value), quote_plus(value)]


def echo(_index: int, request: Recorded) -> Respond:
    """Echoes the credential back in the body and in a response header, as some do."""
    said = f"{request.headers.get('authorization')} {request.headers.get('x-api-key')}"
    return Respond(
        401,
        {"error": {"message": f"bad key {said} {request.target}"}, "echo": [said, request.target]},
        {"x-echo": said.replace("\r", "").replace("\n", "")[:200], "x-target": request.target},
    )


@pytest.mark.parametrize("scheme", ["bearer", "basic", "header", "query"])
def test_secret_forms_never_reach_debug_logs_or_errors(
    rt: ModuleType, serve: Serve, caplog: pytest.LogCaptureFixture, scheme: str
) -> None:
    auth: Any = {
        "bearer": lambda: rt.BearerAuth(rt.Secret(SECRET)),
        "basic": lambda: rt.BasicAuth("acct_1", rt.Secret(SECRET)),
        "header": lambda: rt.HeaderKeyAuth("x-api-key", rt.Secret(SECRET)),
        "query": lambda: rt.QueryKeyAuth("api_key", rt.Secret(SECRET)),
    }[scheme]()
    server = serve(echo)
    config = rt.ClientConfig(server.url, breaker=None, max_attempts=1)
    with (
        caplog.at_level(logging.DEBUG),
        rt.SyncAPIClient(config, auth) as client,
        pytest.raises(rt.APIError) as info,
    ):
        client._request("GET", "/v1/x", params={"q": "1"})
    seen = server.requests[0]
    carried = seen.target + " " + " ".join(seen.headers.values())
    assert any(form in carried for form in forms(SECRET)) or scheme == "basic"  # it travelled
    httpcore_lines = [r for r in caplog.records if r.name.startswith("httpcore")]
    assert httpcore_lines, "httpcore DEBUG logs were not captured"
    assert any(r.name == "httpx" for r in caplog.records)
    error = info.value
    everything = "\n".join(
        [caplog.text, str(error), repr(error.body), repr(getattr(error, "response", None))]
    )
    for form in forms(SECRET):
        assert form not in everything, form
    if scheme == "basic":
        token = auth._token()
        assert token not in everything
