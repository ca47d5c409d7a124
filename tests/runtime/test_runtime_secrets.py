# mypy: disable-error-code="import-not-found"
"""No secret value in logs, exception strings, reprs or events, whatever the scheme."""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from ik_rt_server import Recorded, Reset, Respond, ScriptedServer

Serve = Callable[..., ScriptedServer]
SECRET = "sk_test_SUPERSECRET_9f8e7d"


def echo(status: int) -> Callable[[int, Recorded], Respond]:
    """A hostile server that echoes every credential it received back in the body."""

    def behaviour(_index: int, request: Recorded) -> Respond:
        leaked = {
            "error": {
                "message": f"bad key {request.headers.get('authorization')} "
                f"{request.headers.get('x-api-key')} {request.target}"
            }
        }
        return Respond(status, leaked, {"request-id": "req_s"})

    return behaviour


@pytest.mark.parametrize("scheme", ["bearer", "basic", "header", "query"])
def test_secret_never_leaks(
    rt: ModuleType, serve: Serve, caplog: pytest.LogCaptureFixture, scheme: str
) -> None:
    auth = {
        "bearer": lambda: rt.BearerAuth(rt.Secret(SECRET)),
        "basic": lambda: rt.BasicAuth("acct_1", rt.Secret(SECRET)),
        "header": lambda: rt.HeaderKeyAuth("x-api-key", rt.Secret(SECRET)),
        "query": lambda: rt.QueryKeyAuth("api_key", rt.Secret(SECRET)),
    }[scheme]()
    events: list[Any] = []
    texts: list[str] = [repr(auth), str(auth)]
    with caplog.at_level(logging.DEBUG):
        for status in (401, 500):
            server = serve(echo(status))
            config = rt.ClientConfig(
                server.url, backoff_base=0.01, breaker=rt.BreakerConfig(), event_hook=events.append
            )
            client = rt.SyncAPIClient(config, auth)
            texts.append(repr(client))
            with pytest.raises(rt.APIStatusError) as info:
                client._request("GET", "/v1/me", params={"q": 1})
            texts += [
                str(info.value),
                repr(info.value),
                "".join(traceback.format_exception(info.value)),
            ]
            # the credential really was sent: the test would pass vacuously otherwise
            sent = server.requests[0]
            assert (
                SECRET
                in (
                    sent.headers.get("authorization", "")
                    + sent.target
                    + sent.headers.get("x-api-key", "")
                )
                or scheme == "basic"
            )
            garbage = serve(lambda _i, _r: Respond(200, f"not json {SECRET}".encode()))
            client2 = rt.SyncAPIClient(rt.ClientConfig(garbage.url, breaker=None), auth)
            with pytest.raises(rt.DecodingError) as decode_info:
                client2._decode(client2._request("GET", "/x"), dict)
            texts += [str(decode_info.value), decode_info.value.body]
        reset = serve(lambda _i, _r: Reset())
        client3 = rt.SyncAPIClient(rt.ClientConfig(reset.url, backoff_base=0.01), auth)
        with pytest.raises(rt.TransportError) as transport_info:
            client3._request("GET", "/x")
        texts.append(str(transport_info.value))
    texts += [record.getMessage() for record in caplog.records]
    texts += [event.format() for event in events]
    assert any("retry" in text for text in texts)  # logs were captured
    import base64

    basic_token = base64.b64encode(f"acct_1:{SECRET}".encode()).decode()
    for text in texts:
        assert SECRET not in text
        assert basic_token not in text


def test_missing_credential_names_variable_only(
    rt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IK_MISSING_KEY", raising=False)
    with pytest.raises(rt.MissingCredentialError) as info:
        rt.require_env("IK_MISSING_KEY")
    assert "IK_MISSING_KEY" in str(info.value)


def test_resolve_credential_prefers_argument_then_environment_then_dotenv(
    rt: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("IK_TEST_KEY=from-file\n", encoding="utf-8")
    monkeypatch.setenv("IK_TEST_KEY", "from-env")
    resolve = rt.resolve_credential
    assert resolve("IK_TEST_KEY", "passed", keyword="api_key", env_file=env_file) == rt.Secret(
        "passed"
    )
    assert resolve("IK_TEST_KEY", None, keyword="api_key", env_file=env_file) == rt.Secret(
        "from-env"
    )
    monkeypatch.delenv("IK_TEST_KEY")
    found = resolve("IK_TEST_KEY", "  ", keyword="api_key", env_file=env_file)
    assert found == rt.Secret("from-file")
    assert "IK_TEST_KEY" not in os.environ  # read, never exported
    with pytest.raises(rt.MissingCredentialError, match="pass api_key=") as caught:
        resolve("IK_TEST_KEY", None, keyword="api_key", env_file=tmp_path / "absent")
    assert "from-file" not in str(caught.value)
