# mypy: disable-error-code="import-not-found,name-defined,misc"
"""OpenTelemetry spans, read back through the real SDK's in-memory exporter."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from ik_rt_server import Reset, Respond, ScriptedServer, always, first_n

trace_sdk = pytest.importorskip("opentelemetry.sdk.trace", reason="opentelemetry-sdk")
from opentelemetry.sdk.trace.export import SimpleSpanProcessor  # noqa: E402
from opentelemetry.sdk.trace.export.in_memory_span_exporter import (  # noqa: E402
    InMemorySpanExporter,
)
from opentelemetry.trace import SpanKind, StatusCode  # noqa: E402

Serve = Callable[..., ScriptedServer]
SECRET = "sk_test_TRACEDSECRET_41b2"


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


def _provider(exporter: InMemorySpanExporter) -> Any:
    provider = trace_sdk.TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider


def _config(rt: ModuleType, server: ScriptedServer, exporter: Any, **overrides: Any) -> Any:
    options: dict[str, Any] = {
        "timeout": 2.0,
        "deadline": 5.0,
        "backoff_base": 0.01,
        "backoff_cap": 0.02,
        "request_id_headers": ("request-id",),
        "tracer_provider": _provider(exporter),
    }
    options.update(overrides)
    return rt.ClientConfig(server.url, **options)


def test_a_retried_call_is_one_client_span_with_attempts_and_retry_events(
    rt: ModuleType, serve: Serve, exporter: InMemorySpanExporter
) -> None:
    server = serve(first_n(2, Respond(503, {"error": "busy"})))
    auth = rt.BearerAuth(rt.Secret(SECRET))
    with rt.SyncAPIClient(_config(rt, server, exporter), auth) as client:
        client._request("GET", "/v1/things/th_1", params={"expand": SECRET})
    (span,) = exporter.get_finished_spans()
    assert span.name == "GET /v1/things/th_1"
    assert span.kind is SpanKind.CLIENT
    attributes = dict(span.attributes or {})
    assert attributes["http.request.method"] == "GET"
    assert attributes["url.path"] == "/v1/things/th_1"
    assert attributes["server.address"] == "127.0.0.1"
    assert attributes["http.response.status_code"] == 200
    assert attributes["integration.attempts"] == 3
    assert attributes["http.request.resend_count"] == 2
    assert attributes["integration.breaker.state"] == "closed"
    retries = [event for event in span.events if event.name == "retry"]
    assert [event.attributes["attempt"] for event in retries] == [1, 2]  # type: ignore[index]
    assert {event.attributes["reason"] for event in retries} == {"HTTP 503"}  # type: ignore[index]
    assert span.status.status_code is not StatusCode.ERROR
    assert SECRET not in repr(span.to_json())  # neither the token nor the query string


def test_a_failed_call_records_error_type_and_status(
    rt: ModuleType, serve: Serve, exporter: InMemorySpanExporter
) -> None:
    server = serve(always(Respond(404, {"error": {"message": "no such thing"}})))
    with (
        rt.SyncAPIClient(_config(rt, server, exporter)) as client,
        pytest.raises(rt.NotFoundError),
    ):
        client._request("GET", "/v1/things/missing")
    (span,) = exporter.get_finished_spans()
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "NotFoundError"
    assert attributes["http.response.status_code"] == 404
    assert attributes["integration.attempts"] == 1
    assert span.status.status_code is StatusCode.ERROR


def test_breaker_states_appear_on_spans_and_an_open_breaker_sends_nothing(
    rt: ModuleType, serve: Serve, exporter: InMemorySpanExporter
) -> None:
    server = serve(always(Reset()))
    breaker = rt.BreakerConfig(
        window_size=4, minimum_calls=2, consecutive_failures=2, wait_duration=30
    )
    config = _config(rt, server, exporter, breaker=breaker, max_attempts=1)
    with rt.SyncAPIClient(config) as client:
        for _ in range(2):
            with pytest.raises(rt.TransportError):
                client._request("GET", "/x")
        sent = server.count
        with pytest.raises(rt.CircuitOpenError):
            client._request("GET", "/x")
    assert server.count == sent == 2
    spans = exporter.get_finished_spans()
    states = [dict(s.attributes or {})["integration.breaker.state"] for s in spans]
    assert states == ["closed", "closed", "open"]
    assert dict(spans[-1].attributes or {})["error.type"] == "CircuitOpenError"


def test_async_spans_nest_under_the_callers_span(
    rt: ModuleType, serve: Serve, exporter: InMemorySpanExporter
) -> None:
    server = serve(first_n(1, Respond(502)))
    config = _config(rt, server, exporter, idempotency_header="Idempotency-Key")
    tracer = config.tracer_provider.get_tracer("test")

    async def main() -> None:
        async with rt.AsyncAPIClient(config) as client:
            with tracer.start_as_current_span("handler"):
                await client._request("POST", "/v1/things", json={"a": 1})

    asyncio.run(main())
    inner, outer = exporter.get_finished_spans()
    assert outer.name == "handler" and inner.name == "POST /v1/things"
    assert inner.parent is not None and inner.parent.span_id == outer.context.span_id
    assert dict(inner.attributes or {})["integration.attempts"] == 2  # keyed POST: retried


def test_no_provider_means_no_tracing_work(rt: ModuleType) -> None:
    """Installed but unconfigured OpenTelemetry (the global proxy) is skipped entirely."""
    telemetry = __import__(f"{rt.__name__}.telemetry", fromlist=["tracer"])
    assert telemetry.tracer(None) is None
    provider = trace_sdk.TracerProvider()
    assert telemetry.tracer(provider) is telemetry.tracer(provider)  # cached per provider


def test_span_names_use_the_route_template(
    rt: ModuleType, serve: Serve, exporter: InMemorySpanExporter
) -> None:
    server = serve(always(Respond(200)))
    with rt.SyncAPIClient(_config(rt, server, exporter)) as client:
        for ident in ("cus_1", "cus_2"):
            client._request("GET", client._path("/v1/customers/{customer}", {"customer": ident}))
    names = {span.name for span in exporter.get_finished_spans()}
    assert names == {"GET /v1/customers/{customer}"}  # bounded: no ids in span names
    paths = {dict(span.attributes or {})["url.path"] for span in exporter.get_finished_spans()}
    assert paths == {"/v1/customers/cus_1", "/v1/customers/cus_2"}
    templates = {dict(s.attributes or {})["url.template"] for s in exporter.get_finished_spans()}
    assert templates == {"/v1/customers/{customer}"}
