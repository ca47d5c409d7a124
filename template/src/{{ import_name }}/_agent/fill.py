"""One agent run: for each open place, ask the model, validate, keep or discard, report.

A place is filled in a short conversation: the model may call its tools (at most
``max_tool_rounds`` rounds), then answers with code (or ``write_file``). A refused answer
is sent back with the reason, up to ``attempts_per_place`` answers. An LLM failure that
would repeat (no key accepted, unreachable, rate limited, circuit open) stops the run; a
timeout or a malformed answer only skips the place. Every place not kept keeps its
default, and the report says why.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .apply import keep, provenance_comment, write_atomic
from .checks import CheckError, Sandbox
from .config import AgentConfig
from .llm import ChatClient, LLMError, ToolResult, ToolSpec, Turn, request_hash
from .manifest import Located, Manifest, Place, place_states
from .prompt import retry_message, system_prompt, user_prompt
from .sources import Source, save_sources, source_diff, spec_source
from .tools import Toolbox, WriteProposal
from .validate import Proposal, RefusedError, candidate, extract_code, validate

__all__ = ["REPORT_PATH", "Attempt", "Outcome", "Report", "fill_places"]

REPORT_PATH = Path(".integration-kit") / "agent-report.json"
CHECKS = ["ast", "scope", "shape", "policy", "ruff format", "ruff check", "mypy --strict", "pytest"]


@dataclass
class Attempt:
    """One answer of the model and the check that refused it (``step`` empty: kept)."""

    attempt: int
    step: str = ""
    reason: str = ""
    detail: str = ""


@dataclass
class Outcome:
    """What became of one place; ``step``/``reason`` are the last refusal's, ``tries`` all."""

    place: str
    status: str  # kept | discarded | error | skipped
    reason: str = ""
    attempts: int = 0
    step: str = ""
    detail: str = ""
    tries: list[Attempt] = field(default_factory=list)

    def refused(self, attempt: int, step: str, reason: str, detail: str = "") -> None:
        self.step, self.reason, self.detail = step, reason, detail
        self.tries.append(Attempt(attempt, step, reason, detail))

    def line(self) -> str:
        """The console line: the status and, when not kept, which check refused it and why."""
        if self.status == "kept":
            tried = f" (attempt {self.attempts})" if self.attempts > 1 else ""
            return f"  {self.place}: kept{tried}"
        if not self.step:
            return f"  {self.place}: {self.status}{' - ' + self.reason if self.reason else ''}"
        return f"  {self.place}: {self.status} - refused by {self.step}: {self.reason}"


@dataclass
class Report:
    model: str
    outcomes: list[Outcome] = field(default_factory=list)
    stopped: str = ""

    @property
    def kept(self) -> int:
        return sum(o.status == "kept" for o in self.outcomes)

    def save(self, root: Path) -> None:
        data = {
            "model": self.model,
            "stopped": self.stopped,
            "outcomes": [asdict(o) for o in self.outcomes],
        }
        path = root / REPORT_PATH
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, indent=2) + "\n")


@dataclass(frozen=True)
class _Answer:
    proposal: Proposal | None
    problem: str = ""


class _Conversation:
    """The turns exchanged about one place, with tool rounds.

    Every tool call the model makes is answered in the next user turn (both formats
    require it): with the tool's result, or, for ``write_file`` and calls left over when
    the rounds run out, with the verdict sent by :meth:`refuse`.
    """

    def __init__(self, client: ChatClient, toolbox: Toolbox, system: str, first: str) -> None:
        self.client = client
        self.toolbox = toolbox
        self.system = system
        self.turns: list[Turn] = [Turn("user", first)]
        self._done: list[ToolResult] = []  # results to send with the verdict
        self._open_calls: list[str] = []  # calls still waiting for an answer

    def first_request_hash(self, max_rounds: int) -> str:
        """The prompt's hash: SHA-256 of the first request, exactly as it is sent."""
        first = self.client.request_body(self.system, self.turns[:1], self._tools(max_rounds))
        return request_hash(first)

    def _tools(self, max_rounds: int) -> list[ToolSpec]:
        return self.toolbox.specs if max_rounds > 0 else []

    def answer(self, place: Place, max_rounds: int) -> _Answer:
        rounds = 0
        while True:
            reply = self.client.complete(self.system, self.turns, self._tools(max_rounds))
            self.turns.append(reply.as_turn())
            if not reply.tool_calls:
                try:
                    return _Answer(Proposal(code=extract_code(reply.text, place)))
                except RefusedError as exc:
                    return _Answer(None, exc.reason)
            if rounds == max_rounds:
                self._done, self._open_calls = [], [c.id for c in reply.tool_calls]
                return _Answer(None, f"still calling tools after {max_rounds} rounds")
            results: list[ToolResult] = []
            proposal: WriteProposal | None = None
            for call in reply.tool_calls:
                result = (
                    ToolResult(call.id, "not run: a file was proposed", is_error=True)
                    if proposal is not None
                    else self.toolbox.run(call)
                )
                if isinstance(result, WriteProposal):
                    proposal = result
                else:
                    results.append(result)
            if proposal is not None:
                self._done, self._open_calls = results, [proposal.call_id]
                return _Answer(Proposal(file_text=proposal.content, path=proposal.path))
            self.turns.append(Turn("user", tool_results=tuple(results)))
            rounds += 1

    def refuse(self, reason: str, place: Place) -> None:
        """Tell the model why its answer was discarded (it may answer again)."""
        message = retry_message(reason, place)
        if self._open_calls:
            verdicts = [ToolResult(call, message, is_error=True) for call in self._open_calls]
            self.turns.append(Turn("user", tool_results=(*self._done, *verdicts)))
            self._done, self._open_calls = [], []
        else:
            self.turns.append(Turn("user", message))


_PROJECT_STEPS = ("ruff check", "mypy --strict", "pytest")


def _baseline(sandbox: Sandbox) -> tuple[str, str]:
    """('', '') when the copy, without the candidate, passes its checks; else why not."""
    try:
        sandbox.check([])
    except CheckError as exc:
        return f"the project fails {exc.step} before any change; fix that first", exc.detail
    return "", ""


def _targets(
    located: Iterable[Located], only: set[str] | None, refill: bool, stale: Collection[str]
) -> list[Located]:
    """The open places, the filled ones with ``refill``, and the ``stale`` ones to refresh."""
    chosen = []
    for item in located:
        if only is not None and item.place.id not in only:
            continue
        if item.state == "open" or item.place.id in stale or (refill and item.state == "filled"):
            chosen.append(item)
    return chosen


def fill_places(
    root: Path,
    manifest: Manifest,
    config: AgentConfig,
    client: ChatClient,
    sandbox: Sandbox,
    *,
    only: set[str] | None = None,
    refill: bool = False,
    docs: Sequence[Source] = (),
    refresh: Mapping[str, Mapping[str, str]] | None = None,
    say: Callable[[str], None] = print,
) -> Report:
    """Fill the open places of ``root`` (all, or ``only``); the report of what happened.

    ``docs`` are shown to the model and hashed into the provenance with the spec;
    ``refresh`` maps the stale places to refill to the sources they were made from (the
    model is sent how those changed). Filled places not in ``refresh`` are left alone
    unless ``refill``.
    """
    refresh = refresh or {}
    report = Report(model=config.model)
    states = place_states(root, manifest)
    for item in states:
        if item.state == "missing" and (only is None or item.place.id in only):
            report.outcomes.append(
                Outcome(item.place.id, "skipped", f"not in {item.place.file} (run sync)")
            )
    open_now = {i.place.id for i in states if i.state != "filled"}
    spec = spec_source(root, manifest)
    spec_sha = spec.sha256 if spec else ""
    sources = [*([spec] if spec else []), *docs]
    hashes = {source.name: source.sha256 for source in sources}
    unchanged: tuple[str, str] | None = None  # the project's own checks, run at most once
    for item in _targets(states, only, refill, refresh):
        place = item.place
        if report.stopped:
            report.outcomes.append(Outcome(place.id, "skipped", report.stopped))
            continue
        say(f"integration-kit agent: filling {place.id} ({place.kind}) with {config.model}")
        conversation = _Conversation(
            client,
            Toolbox(root, config, manifest, place),
            system_prompt(manifest, place, config),
            user_prompt(
                root,
                manifest,
                place,
                config,
                docs=docs,
                diff=source_diff(root, refresh[place.id], sources) if place.id in refresh else "",
            ),
        )
        prompt_sha = conversation.first_request_hash(config.max_tool_rounds)
        comment = provenance_comment(config.model, prompt_sha, spec_sha)
        outcome = Outcome(place.id, "discarded")
        for attempt in range(1, config.attempts_per_place + 1):
            outcome.attempts = attempt
            try:
                answer = conversation.answer(place, config.max_tool_rounds)
            except LLMError as exc:
                outcome.status = "error"
                outcome.refused(attempt, "llm", str(exc))
                if exc.fatal:
                    report.stopped = str(exc)
                break
            try:
                if answer.proposal is None:
                    raise RefusedError("extract", answer.problem)
                baseline = sandbox.read(place.file)  # = the project's file, unless edited since
                new = candidate(baseline, place, answer.proposal, comment)
                kept = validate(sandbox, place, new, is_open=open_now.__contains__)
            except RefusedError as exc:
                outcome.refused(attempt, exc.step, exc.reason, exc.detail)
                if exc.step in _PROJECT_STEPS and unchanged is None:
                    unchanged = _baseline(sandbox)
                if unchanged and unchanged[0]:
                    outcome.status, outcome.reason, outcome.detail = "error", *unchanged
                    outcome.step = "baseline"
                    outcome.tries[-1] = Attempt(attempt, "baseline", *unchanged)
                    report.stopped = unchanged[0]
                    break
                say(f"  {place.id} attempt {attempt}: refused by {exc.step}: {exc.reason}")
                if attempt < config.attempts_per_place:
                    feedback = f"{exc.step}: {exc.reason}\n{exc.detail}".rstrip()
                    conversation.refuse(feedback, place)
                continue
            try:
                keep(
                    root,
                    place_id=place.id,
                    file=place.file,
                    baseline=baseline,
                    text=kept,
                    details={
                        "provider": config.provider,
                        "model": config.model,
                        "prompt_sha256": prompt_sha,
                        "spec_sha256": spec_sha,
                        "sources": hashes,
                        "checks": CHECKS,
                        "attempt": attempt,
                    },
                )
            except (RuntimeError, OSError) as exc:
                outcome.status = "error"
                outcome.refused(attempt, "keep", str(exc))
                report.stopped = "the project changed during the run"
                break
            save_sources(root, sources)
            open_now.discard(place.id)
            outcome.status, outcome.reason, outcome.step, outcome.detail = "kept", "", "", ""
            outcome.tries.append(Attempt(attempt))
            break
        report.outcomes.append(outcome)
        say(outcome.line())
    return report
