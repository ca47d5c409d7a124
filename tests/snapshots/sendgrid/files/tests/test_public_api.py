"""The package's public surface: complete, sorted, typed."""

from __future__ import annotations

import inspect
from pathlib import Path

import sendgrid_integration
from sendgrid_integration import AsyncSendGridClient, SendGridClient, _wire, types


def test_all_names_exist() -> None:
    """Every name in ``__all__`` is importable from the package."""
    missing = [
        name for name in sendgrid_integration.__all__ if not hasattr(sendgrid_integration, name)
    ]
    assert missing == []


def test_py_typed_ships() -> None:
    """The PEP 561 marker is in the package, so users' type checkers read our hints."""
    assert (Path(sendgrid_integration.__file__).parent / "py.typed").is_file()


def _public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and name not in {"close", "aclose"}
    }


def test_sync_and_async_clients_have_the_same_methods() -> None:
    """The async client mirrors the sync one: same names, same parameters."""
    sync_methods = _public_methods(SendGridClient)
    async_methods = _public_methods(AsyncSendGridClient)
    assert sync_methods.keys() == async_methods.keys()
    for name, signature in sync_methods.items():
        assert list(signature.parameters) == list(async_methods[name].parameters), name


def test_types_are_one_namespace_split_by_resource() -> None:
    """``types`` re-exports every model from its resource module; ``_wire`` is the same."""
    package = Path(types.__file__).parent
    for name in _wire.__all__:
        model = getattr(types, name)
        assert getattr(_wire, name) is model
        if not isinstance(model, type) or not model.__module__.startswith(types.__name__):
            continue  # a type alias (``X: TypeAlias = dict[str, Any]``, a union)
        module = model.__module__.rpartition(".")[2]
        assert (package / f"{module}.py").is_file(), name
