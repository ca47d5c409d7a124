# mypy: disable-error-code="import-not-found,name-defined,misc"
"""Pure pieces of the runtime: forms, paths, retry maths, header parsing, config, decode."""

from __future__ import annotations

import math
import time
from email.utils import formatdate
from types import ModuleType
from urllib.parse import parse_qsl, unquote

import httpx
import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# -- forms -------------------------------------------------------------------------


def test_form_encoding_matches_stripe_style(rt: ModuleType) -> None:
    data = {
        "amount": 100,
        "capture": False,
        "metadata": {"order": "42", "note": None},
        "expand": ["customer", "invoice"],
        "items": [{"price": "p_1", "quantity": 2}, {"price": "p_2"}],
        "skip": None,
    }
    assert rt.encode_form(data) == [
        ("amount", "100"),
        ("capture", "false"),
        ("metadata[order]", "42"),
        ("expand[]", "customer"),
        ("expand[]", "invoice"),
        ("items[0][price]", "p_1"),
        ("items[0][quantity]", "2"),
        ("items[1][price]", "p_2"),
    ]


def test_form_encoding_accepts_structs(rt: ModuleType) -> None:
    class Item(rt.WireModel):
        price: str
        quantity: int | None = None

    class Body(rt.WireModel):
        items: list[Item]
        live: bool = True

    assert rt.encode_form(Body(items=[Item(price="p")], live=False)) == [
        ("items[0][price]", "p"),
        ("live", "false"),
    ]


def test_query_array_styles(rt: ModuleType) -> None:
    params = {"ids": ["a", "b"], "limit": 3, "gone": None, "created": {"gte": 5}, "x": True}
    assert rt.encode_query(params, "repeat") == [
        ("ids", "a"),
        ("ids", "b"),
        ("limit", "3"),
        ("created[gte]", "5"),
        ("x", "true"),
    ]
    assert rt.encode_query(params, "brackets")[:2] == [("ids[]", "a"), ("ids[]", "b")]


_chars = st.characters(blacklist_characters="[]", codec="utf-8", min_codepoint=48)
_keys = st.text(alphabet=_chars, min_size=1, max_size=8)
_scalars = st.one_of(
    st.integers(), st.booleans(), st.text(st.characters(codec="utf-8"), max_size=10)
)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        _keys, st.one_of(_scalars, st.dictionaries(_keys, _scalars, max_size=3)), max_size=5
    )
)
def test_form_encoding_roundtrips(rt: ModuleType, data: dict[str, object]) -> None:
    pairs = parse_qsl(rt.forms.form_body(data).decode(), keep_blank_values=True)
    expected = []
    for key, value in data.items():
        if isinstance(value, dict):
            expected += [(f"{key}[{k}]", v) for k, v in value.items()]
        else:
            expected.append((key, value))
    rendered = [
        (k, "true" if v is True else "false" if v is False else str(v)) for k, v in expected
    ]
    assert pairs == rendered


# -- paths -------------------------------------------------------------------------


def test_path_escapes_slashes_and_dots(rt: ModuleType) -> None:
    fill = rt.SyncAPIClient._path
    assert fill("/v1/customers/{id}", {"id": "cus_1"}) == "/v1/customers/cus_1"
    assert fill("/repos/{owner}/{repo}", {"owner": "a/b", "repo": "c d?e#f"}) == (
        "/repos/a%2Fb/c%20d%3Fe%23f"
    )
    for dots in (".", ".."):
        with pytest.raises(rt.ConfigurationError, match="would change the route"):
            fill("/x/{id}", {"id": dots})
    assert fill("/x/{id}", {"id": "..."}) == "/x/..."  # not a dot segment
    assert fill("/x/{id}", {"id": "%2E"}) == "/x/%252E"  # a literal percent stays one
    assert fill("/x/{flag}", {"flag": True}) == "/x/true"
    with pytest.raises(rt.ConfigurationError, match="missing path parameter 'id'"):
        fill("/x/{id}", {})
    with pytest.raises(rt.ConfigurationError):
        fill("/x/{id}", {"id": ""})


@given(st.text(st.characters(codec="utf-8"), min_size=1, max_size=30))
def test_path_values_never_add_segments(rt: ModuleType, value: str) -> None:
    if value in (".", ".."):
        with pytest.raises(rt.ConfigurationError):
            rt.fill_path("/a/{v}/b", {"v": value})
        return
    filled = rt.fill_path("/a/{v}/b", {"v": value})
    assert filled.count("/") == 3
    assert unquote(filled.split("/")[2]) == value


# -- retry maths -------------------------------------------------------------------


def test_backoff_is_full_jitter_capped_exponential(rt: ModuleType) -> None:
    top = [rt.backoff_delay(n, 0.5, 8.0, rng=lambda: 1.0) for n in range(1, 8)]
    assert top == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert rt.backoff_delay(3, 0.5, 8.0, rng=lambda: 0.0) == 0.0
    assert rt.backoff_delay(10_000, 0.5, 8.0, rng=lambda: 1.0) == 8.0


@given(st.integers(min_value=1, max_value=200), st.floats(0.001, 5), st.floats(0.001, 60))
def test_backoff_bounds(rt: ModuleType, n: int, base: float, cap: float) -> None:
    delay = rt.backoff_delay(n, base, cap)
    assert 0.0 <= delay <= min(cap, base * 2 ** min(n - 1, 62)) + 1e-9


def test_backoff_grows_on_average(rt: ModuleType) -> None:
    means = [sum(rt.backoff_delay(n, 1.0, 100.0) for _ in range(4000)) / 4000 for n in (1, 2, 3)]
    assert means[0] < means[1] < means[2]
    assert abs(means[2] / means[0] - 4.0) < 0.6


def test_parse_retry_after_forms(rt: ModuleType) -> None:
    parse = rt.parse_retry_after
    assert parse(httpx.Headers({"Retry-After": "7"})) == 7.0
    assert parse(httpx.Headers({"Retry-After": "0.25"})) == 0.25
    assert parse(httpx.Headers({"retry-after-ms": "1500", "Retry-After": "9"})) == 1.5
    now = time.time()
    date = formatdate(now + 30, usegmt=True)
    assert 28.0 <= parse(httpx.Headers({"Retry-After": date}), now=now) <= 30.0
    assert parse(httpx.Headers({"Retry-After": formatdate(now - 30, usegmt=True)})) == 0.0
    for bad in ("-1", "soon", "inf", "nan", ""):
        assert parse(httpx.Headers({"Retry-After": bad})) is None
    assert parse(httpx.Headers({})) is None


def test_retry_budget_token_bucket(rt: ModuleType) -> None:
    budget = rt.RetryBudget(ratio=0.5, max_tokens=2.0)
    assert budget.try_withdraw() and budget.try_withdraw()
    assert not budget.try_withdraw()
    budget.deposit()
    assert not budget.try_withdraw()
    budget.deposit()
    assert budget.try_withdraw()
    for _ in range(100):
        budget.deposit()
    assert budget.tokens == 2.0


# -- rate-limit headers --------------------------------------------------------------


def test_rate_limit_header_formats(rt: ModuleType) -> None:
    parse_rate_limit = rt.ratelimit.parse_rate_limit
    now = 1_700_000_000.0
    github = {"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(now + 42))}
    assert parse_rate_limit(github, now) == (0, 42.0)
    assert parse_rate_limit({"x-ratelimit-remaining": "5", "x-ratelimit-reset": "3"}, now) == (
        5,
        3.0,
    )
    assert parse_rate_limit({"ratelimit-remaining": "1", "ratelimit-reset": "9"}, now) == (1, 9.0)
    assert parse_rate_limit({"ratelimit": '"default";r=0;t=30'}, now) == (0, 30.0)
    assert parse_rate_limit({}, now) == (None, None)


def test_rate_limiter_waits_for_reset(rt: ModuleType) -> None:
    clock = [100.0]
    limiter = rt.RateLimiter(clock=lambda: clock[0])
    limiter.update(200, {"x-ratelimit-remaining": "1", "x-ratelimit-reset": "10"})
    assert limiter.acquire() == 0.0
    assert limiter.acquire() == pytest.approx(10.0)
    clock[0] = 111.0
    assert limiter.acquire() == 0.0
    limiter.update(429, {"retry-after": "3"})
    assert limiter.acquire() == pytest.approx(3.0)


# -- config ------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, 0, -1, math.inf, math.nan, "5", True])
def test_config_refuses_unbounded_timeouts(rt: ModuleType, bad: object) -> None:
    with pytest.raises(rt.ConfigurationError):
        rt.ClientConfig("https://api.example.com", timeout=bad)
    with pytest.raises(rt.ConfigurationError):
        rt.ClientConfig("https://api.example.com", deadline=bad)
    with pytest.raises(rt.ConfigurationError):
        rt.ClientConfig("https://api.example.com", connect_timeout=bad)


def test_config_defaults_and_validation(rt: ModuleType) -> None:
    config = rt.ClientConfig("https://api.example.com/v1")
    assert (config.timeout, config.max_attempts, config.backoff_base, config.backoff_cap) == (
        5.0,
        3,
        0.5,
        8.0,
    )
    assert config.max_retry_wait == 60.0 and config.max_response_bytes == 10 * 1024 * 1024
    assert config.breaker == rt.BreakerConfig()
    timeout = config.httpx_timeout()
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (5.0, 5.0, 5.0, 5.0)
    for kwargs in ({"max_attempts": 0}, {"query_array_style": "commas"}):
        with pytest.raises(rt.ConfigurationError):
            rt.ClientConfig("https://api.example.com", **kwargs)
    for url in ("api.example.com", "ftp://x", ""):
        with pytest.raises(rt.ConfigurationError):
            rt.ClientConfig(url)
    with pytest.raises(rt.ConfigurationError):
        rt.BreakerConfig(failure_rate_threshold=0)
    with pytest.raises(rt.ConfigurationError, match="tracer_provider"):
        rt.ClientConfig("https://api.example.com", tracer_provider="jaeger")


# -- decoding ----------------------------------------------------------------------


class _Customer(msgspec.Struct):
    email: str


class _Charge(msgspec.Struct):
    customer: _Customer


class _Page(msgspec.Struct):
    data: list[_Charge]


def test_decode_reports_json_path(rt: ModuleType) -> None:
    good = {"customer": {"email": "a@b.c"}}
    bad = {"data": [good, good, good, {"customer": {"email": 5}}]}
    response = httpx.Response(
        200, content=msgspec.json.encode(bad), headers={"request-id": "req_9"}
    )
    with pytest.raises(rt.DecodingError) as info:
        rt.decode_response(response, _Page, request_id_headers=("request-id",))
    assert info.value.path == "$.data[3].customer.email"
    assert info.value.status_code == 200 and info.value.request_id == "req_9"
    assert "$.data[3].customer.email" in str(info.value) and "req_9" in str(info.value)
    ok = rt.decode_response(httpx.Response(200, json={"data": [good]}), _Page)
    assert ok.data[0].customer.email == "a@b.c"


def test_decode_garbage_truncates_body(rt: ModuleType) -> None:
    response = httpx.Response(502, content=b"<html>" + b"z" * 5000)
    with pytest.raises(rt.DecodingError) as info:
        rt.decode_response(response, dict)
    assert info.value.status_code == 502 and info.value.path is None
    assert len(info.value.body) <= 501 and info.value.body.startswith("<html>")
    assert len(str(info.value)) < 800


class _Live(msgspec.Struct, kw_only=True):
    id: str
    object: str
    email: str


class _Deleted(msgspec.Struct, kw_only=True):
    id: str
    object: str
    deleted: bool


def test_probed_union_decodes_the_member_its_field_selects(rt: ModuleType) -> None:
    union = rt.Probed("deleted", ((True, _Deleted),), _Live)
    live = httpx.Response(200, json={"id": "cus_1", "object": "customer", "email": "a@b.c"})
    gone = httpx.Response(200, json={"id": "cus_1", "object": "customer", "deleted": True})
    assert rt.decode_response(live, union) == _Live(id="cus_1", object="customer", email="a@b.c")
    assert rt.decode_response(gone, union) == _Deleted(id="cus_1", object="customer", deleted=True)
    # exact match: 1 is not true, and an unknown value falls back to the default member
    assert union.member(1) is _Live and union.member(True) is _Deleted
    assert union.member(None) is _Live and union.member("true") is _Live
    # a body matching neither member is a DecodingError naming the union, not a crash
    bad = httpx.Response(200, json={"id": "cus_1", "object": "customer", "deleted": False})
    with pytest.raises(rt.DecodingError, match=r"Probed\(_Deleted \| _Live, by 'deleted'\)"):
        rt.decode_response(bad, union)
    with pytest.raises(rt.DecodingError, match="Expected `object`"):
        rt.decode_response(httpx.Response(200, json=[1]), union)
    # without a default member, a value no member fixes is an error naming the field
    strict = rt.Probed("object", (("live", _Live), ("deleted", _Deleted)))
    other = httpx.Response(200, json={"id": "x", "object": "archived", "email": "a@b.c"})
    with pytest.raises(rt.DecodingError) as info:
        rt.decode_response(other, strict)
    assert info.value.path == "$.object" and "'archived'" in str(info.value)


def test_wire_model_ignores_unknown_and_omits_defaults(rt: ModuleType) -> None:
    class Thing(rt.WireModel):
        id: str
        note: str | None = None

    assert msgspec.json.decode(b'{"id": "a", "new_field": 1}', type=Thing) == Thing(id="a")
    assert msgspec.json.encode(Thing(id="a")) == b'{"id":"a"}'


# -- secrets -----------------------------------------------------------------------


def test_secret_repr_and_require_env(rt: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = rt.Secret("sk_live_abcdef")
    assert repr(secret) == "Secret('***')" and str(secret) == "Secret('***')"
    assert f"{secret}" == "Secret('***')" and secret == rt.Secret("sk_live_abcdef")
    monkeypatch.setenv("IK_TEST_KEY", "sk_live_abcdef")
    assert rt.require_env("IK_TEST_KEY").get_secret_value() == "sk_live_abcdef"
    monkeypatch.setenv("IK_TEST_KEY", "  ")
    with pytest.raises(rt.MissingCredentialError, match="IK_TEST_KEY") as info:
        rt.require_env("IK_TEST_KEY")
    assert info.value.variable == "IK_TEST_KEY"
    monkeypatch.delenv("IK_TEST_KEY")
    with pytest.raises(rt.MissingCredentialError, match="IK_TEST_KEY"):
        rt.require_env("IK_TEST_KEY")
    for auth in (
        rt.BearerAuth(secret),
        rt.BasicAuth("acct", secret),
        rt.HeaderKeyAuth("x-api-key", secret),
        rt.QueryKeyAuth("key", secret),
    ):
        assert "sk_live_abcdef" not in repr(auth)


def test_error_hierarchy(rt: ModuleType) -> None:
    assert issubclass(rt.BadRequestError, rt.APIStatusError)
    assert issubclass(rt.APIStatusError, rt.APIError)
    assert issubclass(rt.APIError, rt.IntegrationError)
    assert issubclass(rt.APITimeoutError, rt.TransportError)
    assert issubclass(rt.TransportError, rt.APIError)
    status_error_class = rt.errors.status_error_class
    expected = {
        400: rt.BadRequestError,
        401: rt.AuthenticationError,
        403: rt.PermissionDeniedError,
        404: rt.NotFoundError,
        409: rt.ConflictError,
        422: rt.UnprocessableEntityError,
        429: rt.RateLimitError,
        500: rt.ServerError,
        503: rt.ServerError,
        418: rt.APIStatusError,
    }
    for status, cls in expected.items():
        assert status_error_class(status) is cls
    assert rt.NoAuth is None


def test_link_header_parsing(rt: ModuleType) -> None:
    header = (
        '<https://api.github.com/user/repos?page=3&per_page=100>; rel="next", '
        '<https://api.github.com/user/repos?page=50&per_page=100>; rel="last"'
    )
    assert rt.parse_link_header(header) == {
        "next": "https://api.github.com/user/repos?page=3&per_page=100",
        "last": "https://api.github.com/user/repos?page=50&per_page=100",
    }
    assert rt.parse_link_header(None) == {}


def test_default_deadline_is_never_shorter_than_the_per_attempt_timeout(rt: ModuleType) -> None:
    assert rt.ClientConfig("https://api.example.com").effective_deadline == rt.DEFAULT_DEADLINE
    long_reads = rt.ClientConfig("https://api.example.com", timeout=120.0)
    assert long_reads.effective_deadline == 120.0
    slow_connect = rt.ClientConfig("https://api.example.com", connect_timeout=90.0)
    assert slow_connect.effective_deadline == 90.0
    explicit = rt.ClientConfig("https://api.example.com", timeout=2.0, deadline=0.5)
    assert explicit.effective_deadline == 0.5  # an explicit deadline is the caller's choice
    client = rt.SyncAPIClient(long_reads)
    call = client._prepare(
        "GET", "/x", params=None, json=None, form=None, files=None, headers=None, timeout=None
    )
    assert call.budget_seconds == 120.0 and call.deadline - time.monotonic() > 119.0
    client.close()
