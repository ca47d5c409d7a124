"""The package's public surface: complete, sorted, typed."""

from __future__ import annotations

import inspect
from importlib import metadata
from pathlib import Path

import s3_integration
from s3_integration import AsyncS3Client, S3Client, _wire, types


def test_all_names_exist() -> None:
    """Every name in ``__all__`` is importable from the package."""
    missing = [name for name in s3_integration.__all__ if not hasattr(s3_integration, name)]
    assert missing == []


def test_version_is_the_installed_distributions() -> None:
    """``__version__`` is what pip installed (git tags), never a hard-coded string."""
    try:
        expected = metadata.version("s3-integration")
    except metadata.PackageNotFoundError:
        expected = "0.0.0+unknown"
    assert s3_integration.__version__ == expected


def test_py_typed_ships() -> None:
    """The PEP 561 marker is in the package, so users' type checkers read our hints."""
    assert (Path(s3_integration.__file__).parent / "py.typed").is_file()


def _public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and name not in {"close", "aclose"}
    }


def test_sync_and_async_clients_have_the_same_methods() -> None:
    """The async client mirrors the sync one: same names, same parameters."""
    sync_methods = _public_methods(S3Client)
    async_methods = _public_methods(AsyncS3Client)
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
