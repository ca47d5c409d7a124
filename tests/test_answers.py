"""Each questionnaire check accepts good answers and refuses bad ones with a clear message."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("check", "value", "message"),
    [
        ("import_name_error", "class", "keyword"),
        ("import_name_error", "list", "builtin"),
        ("import_name_error", "9lives", "not a valid import name"),
        ("import_name_error", "Acme", "not a valid import name"),
        ("import_name_error", "acme-client", "not a valid import name"),
        ("class_name_error", "acmeClient", "PascalCase"),
        ("class_name_error", "Acme Client", "PascalCase"),
        ("class_name_error", "None", "keyword"),
        ("distribution_name_error", "Acme Client", "not a valid distribution name"),
        ("base_url_error", "http://api.acme.com", "https"),
        ("base_url_error", "ftp://api.acme.com", "http(s)"),
        ("base_url_error", "api.acme.com", "http(s)"),
        ("base_url_error", "https://api.acme.com/?q=1", "query"),
        ("env_var_error", "acme_api_key", "environment variable"),
        ("env_var_error", "ACME API KEY", "environment variable"),
        ("env_var_error", "1ACME", "environment variable"),
        ("timeout_error", -1, "positive"),
        ("timeout_error", 0, "positive"),
        ("timeout_error", float("inf"), "positive"),
        ("timeout_error", "soon", "not a number"),
        ("timeout_error", 301, "at most 300"),
        ("max_attempts_error", 0, "1 (no retries) to 10"),
        ("max_attempts_error", 11, "1 (no retries) to 10"),
        ("max_attempts_error", "2.5", "whole number"),
        ("max_response_mib_error", 0, "1 to 1024 MiB"),
        ("max_response_mib_error", 1025, "1 to 1024 MiB"),
        ("max_response_mib_error", "2.5", "whole number"),
        ("import_name_error", "stripe", "provider's SDK"),
        ("import_name_error", "slack_sdk", "provider's SDK"),
        ("import_name_error", "json", "stdlib"),
        ("import_name_error", "asyncio", "stdlib"),
        ("provider_name_error", "", "empty"),
        ("provider_name_error", 'Acme "Pay"', "quotes"),
        ("header_name_error", "X Api Key", "header"),
        ("selection_error", "some", "'all'"),
        ("agent_model_error", "claude 4", "model name"),
        ("mapping_file_error", "mapping.json", ".yml or .yaml"),
        ("live_key_prefixes_error", "sk live_", "space"),
        ("email_error", "nobody", "e-mail"),
        ("webhook_scheme_error", "linear", "not a supported webhook scheme"),
        ("webhook_scheme_error", "linear", "Did you mean linear-hmac-sha256?"),
        ("webhook_scheme_error", "discord", "discord-ed25519"),
        ("webhook_scheme_error", "square-hmac-sha1", "square-hmac-sha256"),
        ("webhook_scheme_error", "", "not a supported webhook scheme"),
    ],
    ids=lambda v: str(v),
)
def test_bad_answers_are_refused(
    answers: ModuleType, check: str, value: object, message: str
) -> None:
    """A wrong answer gets a message that says what is wrong."""
    assert message in getattr(answers, check)(value)


@pytest.mark.parametrize(
    ("check", "value"),
    [
        ("import_name_error", "stripe_integration"),
        ("class_name_error", "StripeClient"),
        ("distribution_name_error", "stripe-integration"),
        ("base_url_error", "https://api.stripe.com"),
        ("base_url_error", "http://127.0.0.1:4010"),
        ("env_var_error", "STRIPE_API_KEY"),
        ("timeout_error", 5.0),
        ("max_attempts_error", 3),
        ("provider_name_error", "Acme Pay"),
        ("selection_error", "all"),
        ("selection_error", "tags: Customers, Refunds"),
        ("selection_error", "paths: /v1/customers*"),
        ("email_error", "dev@example.com"),
        ("webhook_scheme_error", "square-hmac-sha256"),
        ("webhook_scheme_error", "discord-ed25519"),
        ("webhook_scheme_error", "linear-hmac-sha256"),
        ("webhook_scheme_error", "generic-hmac-sha256"),
    ],
    ids=lambda v: str(v),
)
def test_good_answers_pass(answers: ModuleType, check: str, value: object) -> None:
    """A valid answer produces no message."""
    assert getattr(answers, check)(value) == ""


@pytest.mark.parametrize(
    ("operations", "message"),
    [
        ([], "at least one"),
        ([{"name": "class", "method": "GET", "path": "/x"}], "keyword"),
        ([{"name": "get-x", "method": "GET", "path": "/x"}], "snake_case"),
        ([{"name": "x", "method": "FETCH", "path": "/x"}], "method"),
        ([{"name": "x", "method": "GET", "path": "x"}], "start with '/'"),
        ([{"name": "x", "method": "GET", "path": "/files/../admin"}], "'..' segments"),
        ([{"name": "x", "method": "GET", "path": "/x/{id}"}], "placeholders"),
        (
            [
                {"name": "x", "method": "GET", "path": "/x"},
                {"name": "x", "method": "GET", "path": "/y"},
            ],
            "twice",
        ),
        ([{"name": "x", "method": "GET", "path": "/x", "query_params": ["a'b"]}], "plain name"),
    ],
    ids=[
        "empty",
        "keyword",
        "dash",
        "method",
        "relative",
        "dot-segment",
        "placeholder",
        "duplicate",
        "quote",
    ],
)
def test_bad_operation_lists_are_refused(
    answers: ModuleType, operations: list[dict[str, object]], message: str
) -> None:
    """Hand-listed operations are checked before anything is rendered."""
    assert message in answers.operations_error(operations)


def test_names_derive_from_the_provider(answers: ModuleType) -> None:
    """Derived defaults are valid identifiers even for odd display names."""
    assert answers.snake_case("Acme Pay-2") == "acme_pay_2"
    assert answers.pascal_case("acme pay") == "AcmePay"
    assert answers.snake_case("3D Secure") == "p_3d_secure"
    assert answers.upper_snake_case("Zoë Mail") == "ZOE_MAIL"


def test_spec_source_must_exist(answers: ModuleType, tmp_path: Path) -> None:
    """A spec path that does not exist is refused, naming where it looked."""
    missing = answers.spec_source_error("missing.json", tmp_path)
    assert "No OpenAPI document" in missing
    assert str(tmp_path / "missing.json") in "".join(missing.split())  # wrapped at 80
    (tmp_path / "spec.txt").write_text("{}")
    assert ".json/.yaml" in answers.spec_source_error(str(tmp_path / "spec.txt"), tmp_path)
    assert answers.spec_source_error("", tmp_path) == ""


def test_webhook_schemes_match_the_questionnaire_and_the_templates(answers: ModuleType) -> None:
    """copier.yml offers exactly the checked schemes, and each one renders its wiring."""
    import yaml

    from extensions.webhook_context import webhook_setup
    from tests.template_packages import load_package

    runtime = load_package("_webhooks", "ik_webhooks")
    questions = yaml.safe_load((ROOT / "copier.yml").read_text(encoding="utf-8"))
    assert tuple(questions["webhook_scheme"]["choices"].values()) == answers.WEBHOOK_SCHEMES
    assert "ik_webhook_scheme_error" in questions["webhook_scheme"]["validator"]
    for scheme in answers.WEBHOOK_SCHEMES:
        setup = webhook_setup(scheme)
        assert setup.scheme in runtime.SCHEMES and setup.preset in runtime.PRESETS, scheme
