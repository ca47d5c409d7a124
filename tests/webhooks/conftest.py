"""Load the template's verbatim ``_webhooks`` package under a fixed module name."""

from __future__ import annotations

from types import ModuleType

from tests.template_packages import load_package

MODULE_NAME = "ik_webhooks"


def load_webhooks() -> ModuleType:
    return load_package("_webhooks", MODULE_NAME)


load_webhooks()
