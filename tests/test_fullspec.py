"""Full provider specs through the spec model and templates (the heaviest checks).

Every operation of Stripe, GitHub, Twilio 2010 and OpenAI is generated; the output must
pass ``ruff check``, ``mypy --strict`` and an import test.  The four pipelines run two at
a time (a 2-core machine); ``pytest -m fullspec -s`` prints the timings.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.spec.support import (
    SPECS,
    import_check,
    load_ik,
    make_package,
    mypy_strict,
    ruff_check,
    ruff_format,
)

pytestmark = pytest.mark.fullspec

FULL_SPECS = {
    "stripe": "stripe_spec3_2024-04-10.json",
    "github": "github_api.github.com.json",
    "twilio": "twilio_api_v2010.json",
    "openai": "openai_openapi.yaml",
}


@dataclass
class Outcome:
    name: str
    operations: int = 0
    total: int = 0
    models: int = 0
    degraded: int = 0
    warnings: list[str] = field(default_factory=list)
    method_count: int = 0
    #: (lines, file) of the largest generated module
    largest: tuple[int, str] = (0, "")
    checks: dict[str, tuple[int, str]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def _pipeline(name: str, spec: Path, out: Path) -> Outcome:
    ik = load_ik()
    outcome = Outcome(name)
    start = time.perf_counter()
    api = ik.build_api(spec, selection=ik.Selection(mode="all"))
    outcome.seconds["build"] = time.perf_counter() - start
    outcome.operations, outcome.total = len(api.operations), api.total_operations
    outcome.models, outcome.degraded, outcome.warnings = len(api.models), api.degraded, api.warnings
    start = time.perf_counter()
    package = make_package(api, out, f"full_{name}")
    outcome.seconds["render"] = time.perf_counter() - start
    resources = "".join(p.read_text(encoding="utf-8") for p in package.glob("resources/*.py"))
    # every operation once on the sync and once on the async resource tree
    # (typed ``@overload`` stubs of streaming methods are not methods of their own)
    defs = resources.count("\n    async def ") - resources.count("@overload\n    async def ")
    outcome.method_count = defs * 2
    outcome.largest = max(
        (len(p.read_text(encoding="utf-8").splitlines()), p.relative_to(package).as_posix())
        for p in package.rglob("*.py")
        if "_runtime" not in p.parts
    )
    for check in (ruff_format, ruff_check, mypy_strict, import_check):
        start = time.perf_counter()
        result = check(package)
        outcome.seconds[check.__name__] = time.perf_counter() - start
        outcome.checks[check.__name__] = (
            result.returncode,
            (result.stdout + result.stderr)[-4000:],
        )
    return outcome


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    present = {n: SPECS / f for n, f in FULL_SPECS.items() if (SPECS / f).is_file()}
    if not present:
        pytest.skip(f"no full specs under {SPECS}")
    root = tmp_path_factory.mktemp("fullspec")
    load_ik()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {n: pool.submit(_pipeline, n, p, root / n) for n, p in present.items()}
        results = {n: f.result() for n, f in futures.items()}
    wall = time.perf_counter() - start
    print(f"\n[fullspec] wall time for {len(results)} specs: {wall:.1f} s")
    for r in results.values():
        timing = ", ".join(f"{k} {v:.1f}s" for k, v in r.seconds.items())
        print(
            f"[fullspec] {r.name}: {r.operations}/{r.total} ops, {r.models} models,"
            f" {r.degraded} Any degradations, {len(r.warnings)} warnings;"
            f" largest module {r.largest[1]} ({r.largest[0]} lines); {timing}"
        )
    return results


def _outcome(outcomes: dict[str, Outcome], name: str) -> Outcome:
    if name not in outcomes:
        pytest.skip(f"{FULL_SPECS[name]} not present in {SPECS}")
    return outcomes[name]


@pytest.mark.parametrize("name", sorted(FULL_SPECS))
def test_every_operation_generated(outcomes: dict[str, Outcome], name: str) -> None:
    r = _outcome(outcomes, name)
    assert r.total > 0
    assert r.operations == r.total
    assert r.method_count == 2 * r.total  # sync + async


@pytest.mark.parametrize("name", sorted(FULL_SPECS))
@pytest.mark.parametrize("check", ["ruff_format", "ruff_check", "mypy_strict", "import_check"])
def test_generated_code_passes(outcomes: dict[str, Outcome], name: str, check: str) -> None:
    code, output = _outcome(outcomes, name).checks[check]
    assert code == 0, output


def test_degradations_are_bounded(outcomes: dict[str, Outcome]) -> None:
    for r in outcomes.values():
        assert r.degraded <= 0.2 * max(r.models, 1), (r.name, r.degraded, r.warnings[:20])
