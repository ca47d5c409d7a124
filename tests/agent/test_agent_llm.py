"""Both wire formats against the fake LLM: requests, replies, tools, retries, timeouts."""

from __future__ import annotations

import json
import time
from types import ModuleType
from typing import Any

import pytest

from .fake_llm import Answer, FakeLLM
from .project import agents_yml

KEY = "sk-test-0123456789abcdef"
PROVIDERS = ["anthropic", "openai-compatible"]


def _client(agent: ModuleType, url: str, provider: str, **settings: Any) -> Any:
    config = agent.config.parse_config(json.loads(agents_yml(url, provider, **settings)))
    return agent.llm.make_client(config, agent.config.Secret(KEY))


def _tools(agent: ModuleType) -> list[Any]:
    return [agent.tools.TOOL_SPECS["read_file"], agent.tools.TOOL_SPECS["write_file"]]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_text_and_tool_calls_round_trip(agent: ModuleType, llm: FakeLLM, provider: str) -> None:
    """A tool call, its result sent back in the format's own shape, then a text answer."""
    llm.push(
        Answer(text="Let me look.", tool_calls=(("read_file", {"path": "src/demo/_client.py"}),)),
        Answer(text="```python\nx = 1\n```"),
    )
    llm_mod = agent.llm
    client = _client(agent, llm.url, provider)
    turns = [llm_mod.Turn("user", "fill it")]
    first = client.complete("be careful", turns, _tools(agent))
    assert first.text == "Let me look."
    (call,) = first.tool_calls
    assert (call.name, dict(call.arguments), call.problem) == (
        "read_file",
        {"path": "src/demo/_client.py"},
        "",
    )
    turns += [
        first.as_turn(),
        llm_mod.Turn("user", tool_results=(llm_mod.ToolResult(call.id, "…"),)),
    ]
    second = client.complete("be careful", turns, _tools(agent))
    client.close()
    assert second.text == "```python\nx = 1\n```" and not second.tool_calls
    assert second.usage == {"input_tokens": 100, "output_tokens": 50}
    assert llm.problems == []  # both requests were valid for the format
    sent = llm.seen
    if provider == "anthropic":
        assert sent[0].path == "/v1/messages"
        assert sent[0].headers["x-api-key"] == KEY
        assert sent[0].headers["anthropic-version"] == "2023-06-01"
        assert sent[0].body["system"] == "be careful"
        assert sent[0].body["tools"][0]["input_schema"]["required"] == ["path"]
        assert sent[1].body["messages"][2]["content"][0]["type"] == "tool_result"
    else:
        assert sent[0].path == "/chat/completions"
        assert sent[0].headers["authorization"] == f"Bearer {KEY}"
        assert sent[0].body["messages"][0] == {"role": "system", "content": "be careful"}
        assert sent[0].body["tools"][0]["type"] == "function"
        assert sent[1].body["messages"][-1]["role"] == "tool"
    assert sent[0].body["model"] == "fake-model-1" and sent[0].body["temperature"] == 0.2


@pytest.mark.parametrize(
    ("provider", "header"),
    [("anthropic", ("Retry-After", "1")), ("openai-compatible", ("retry-after-ms", "600"))],
)
def test_429_waits_as_told_then_succeeds(
    agent: ModuleType, llm: FakeLLM, provider: str, header: tuple[str, str]
) -> None:
    """A completion is retried after a 429 (POST, yet side-effect free), honouring the hint."""
    llm.push(Answer(status=429, headers=(header,)), Answer(text="ok"))
    client = _client(agent, llm.url, provider)
    started = time.monotonic()
    reply = client.complete("s", [agent.llm.Turn("user", "u")], [])
    client.close()
    assert reply.text == "ok"
    seen = llm.seen
    assert len(seen) == 2
    assert (
        seen[1].at - seen[0].at
        >= float(header[1]) / (1 if header[0] == "Retry-After" else 1000) - 0.05
    )
    assert time.monotonic() - started < 5


def test_429_asking_too_long_a_wait_stops_the_run(agent: ModuleType, llm: FakeLLM) -> None:
    llm.push(Answer(status=429, headers=(("Retry-After", "120"),)))
    client = _client(agent, llm.url, "anthropic")
    with pytest.raises(agent.llm.LLMError, match=r"rate limiting.*retry after 120s") as caught:
        client.complete("s", [agent.llm.Turn("user", "u")], [])
    client.close()
    assert caught.value.fatal and len(llm.seen) == 1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_stalled_llm_times_out(agent: ModuleType, llm: FakeLLM, provider: str) -> None:
    """The per-attempt timeout applies; each attempt is retried once, then it gives up."""
    llm.push(Answer(stall=5.0), Answer(stall=5.0))
    client = _client(agent, llm.url, provider, timeout=0.3, max_attempts=2)
    started = time.monotonic()
    with pytest.raises(agent.llm.LLMError, match="timed out") as caught:
        client.complete("s", [agent.llm.Turn("user", "u")], [])
    client.close()
    assert not caught.value.fatal
    assert time.monotonic() - started < 3.0
    assert len(llm.seen) == 2


def test_a_refused_key_is_fatal_and_never_printed(agent: ModuleType, llm: FakeLLM) -> None:
    llm.push(Answer(status=401))
    client = _client(agent, llm.url, "openai-compatible")
    with pytest.raises(agent.llm.LLMError, match="refused the key in IK_TEST_AGENT_KEY") as caught:
        client.complete("s", [agent.llm.Turn("user", "u")], [])
    client.close()
    assert caught.value.fatal and KEY not in str(caught.value)


def test_an_unreachable_llm_is_fatal(agent: ModuleType) -> None:
    with FakeLLM() as gone:
        url = gone.url
    client = _client(agent, url, "anthropic", max_attempts=1)
    with pytest.raises(agent.llm.LLMError, match="cannot reach") as caught:
        client.complete("s", [agent.llm.Turn("user", "u")], [])
    client.close()
    assert caught.value.fatal


def test_repeated_server_errors_open_the_breaker(agent: ModuleType, llm: FakeLLM) -> None:
    """Three failed calls in a row open the circuit: the next call sends nothing."""
    llm.push(*[Answer(status=500, headers=(("x-should-retry", "false"),))] * 3)
    client = _client(agent, llm.url, "anthropic", max_attempts=1)
    turns = [agent.llm.Turn("user", "u")]
    for _ in range(3):
        with pytest.raises(agent.llm.LLMError, match="failed"):
            client.complete("s", turns, [])
    with pytest.raises(agent.llm.LLMError, match="circuit open") as caught:
        client.complete("s", turns, [])
    client.close()
    assert caught.value.fatal and len(llm.seen) == 3


def test_tool_arguments_that_are_not_json_are_reported(agent: ModuleType) -> None:
    assert agent.llm.decode_arguments('{"path": "a"}') == ({"path": "a"}, "")
    assert agent.llm.decode_arguments("{oops")[1].startswith("arguments are not valid JSON")
    assert agent.llm.decode_arguments("[1]")[1] == "arguments must be a JSON object"


def test_request_hash_is_canonical(agent: ModuleType) -> None:
    a = agent.llm.request_hash({"b": 1, "a": [1, 2]})
    assert a == agent.llm.request_hash({"a": [1, 2], "b": 1})
    assert a != agent.llm.request_hash({"a": [2, 1], "b": 1})
