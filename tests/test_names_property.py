"""Green for any answers: rendered projects pass ruff (check, format) and mypy --strict.

Property-based (hypothesis) over provider display names, the package names derived from
them and operation ids. Each example is a whole render plus the checks, so the example
count is small and there is no per-example deadline.
"""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from extensions.hooks import load_sibling

from .helpers import check_project, failures, render

pytestmark = pytest.mark.slow

answers = load_sibling("answers")
WORD = st.text(string.ascii_letters + "ëøñ" + string.digits, min_size=1, max_size=14)
PROVIDERS = (
    st.lists(WORD, min_size=1, max_size=5)
    .map(" ".join)
    .map(lambda s: s[:60].strip() or "Acme")
    .filter(lambda s: answers.provider_name_error(s) == "")
)
OPERATION_IDS = st.lists(
    st.sampled_from(["list", "class", "get-item", "Ünïcode op", "x" * 40, "l", "import"]),
    min_size=1,
    max_size=3,
    unique=True,
)


@settings(
    max_examples=2,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],  # shrinking a render takes many minutes
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(provider=st.one_of(st.just("Acme Messaging"), PROVIDERS), op_ids=OPERATION_IDS)
def test_any_provider_name_renders_green(tmp_path: Path, provider: str, op_ids: list[str]) -> None:
    operations = [
        {
            "name": answers.snake_case(op)[:60] + f"_{index}",
            "method": "GET",
            "path": f"/v1/items{index}",
            "path_params": [],
            "query_params": ["limit"],
            "json_body": False,
        }
        for index, op in enumerate(op_ids)
    ]
    dst = tmp_path / answers.snake_case(provider)[:40]
    render({"provider_name": provider, "operations": operations}, dst)
    results = check_project(dst)
    results.pop("pytest")
    assert failures(results) == ""
