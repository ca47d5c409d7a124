"""The benchmarks' timing helper and server: the ratio is the median of per-round
ratios against the neighbouring baseline rounds, and the server is a child process
answering the same JSON body, gone once the block ends."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from _ab import Rounds, interleaved, summarize
from _local_server import BODY_1K, LocalServer


def _rounds(values: list[float]) -> Rounds:
    return Rounds(cpu=values, wall=[2 * v for v in values])


def test_the_ratio_is_the_median_of_per_round_ratios() -> None:
    # One wild round (a neighbour's burst) moves neither the median nor the ratio.
    pair = summarize(_rounds([1.0, 1.0, 1.0, 1.0, 1.0]), _rounds([1.1, 1.1, 9.0, 1.1]))
    assert pair.ratio == pytest.approx(1.1)
    assert pair.wall_ratio == pytest.approx(1.1)
    assert pair.baseline == 1.0 and pair.value == pytest.approx(1.1)


def test_each_round_is_compared_with_the_baseline_rounds_around_it() -> None:
    # Load rising steadily: B ran between A=1 and A=3, so it cost the same as A.
    pair = summarize(_rounds([1.0, 3.0, 5.0]), _rounds([2.0, 4.0]))
    assert pair.ratio == pytest.approx(1.0)


def test_the_baseline_needs_its_closing_round() -> None:
    with pytest.raises(ValueError, match="one round more"):
        summarize(_rounds([1.0, 1.0]), _rounds([1.0, 1.0]))


def test_interleaved_runs_the_baseline_once_more_at_the_end() -> None:
    calls: list[str] = []
    base, ours = interleaved(
        [lambda: calls.append("a"), lambda: calls.append("b")], rounds=3, calls=1
    )
    assert len(base.cpu) == 4 and len(ours.cpu) == 3
    assert "".join(calls).endswith("ababa")


def test_the_server_answers_json_and_is_stopped_by_pid() -> None:
    with LocalServer() as server:
        proc = server._proc
        assert proc is not None
        with httpx.Client() as client:
            assert client.get(server.url + "/v1/anything").content == BODY_1K
            assert client.post(server.url + "/v1/x", content=b"{}").content == BODY_1K
    assert proc.poll() is not None
