"""Which ``types/`` module holds each wire model (issue 12, item 9).

A model reached (through its fields, transitively) from the operations of one top-level
resource only lives in ``types/<resource>.py``; every other model — reached from two
resources, from none (webhook events, schemas kept for the domain layer), or from a
model that is itself shared — lives in ``types/shared.py``. So a resource module imports
from ``shared`` only, ``shared`` imports from nothing, and no import cycle can form.
The order of models inside a module is the builder's order: renders stay byte-stable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .filters import STRING_LITERAL
from .model import _isort_key, import_key

if TYPE_CHECKING:
    from .model import ApiModel, Model

__all__ = ["TypeModule", "type_modules"]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ANY = re.compile(r"\bAny\b")


@dataclass
class TypeModule:
    #: module name under ``types/``
    module: str
    #: the top-level resource it belongs to ("" for the shared module)
    resource: str
    models: list[Model] = field(default_factory=list)
    #: ``{module: [names]}`` this module imports from its siblings
    imports: dict[str, list[str]] = field(default_factory=dict)

    @property
    def struct_models(self) -> list[Model]:
        return [m for m in self.models if m.alias is None]

    @property
    def alias_models(self) -> list[Model]:
        return [m for m in self.models if m.alias is not None]

    @property
    def names(self) -> list[str]:
        return [m.class_name for m in self.models]

    @property
    def import_order(self) -> list[str]:
        return sorted(self.names, key=import_key)

    @property
    def all(self) -> list[str]:
        return sorted(self.names, key=_isort_key)

    @property
    def typing_imports(self) -> list[str]:
        names = []
        if any(
            _ANY.search(m.alias or "") or any(_ANY.search(f.type_hint) for f in m.fields)
            for m in self.models
        ):
            names.append("Any")
        if self.alias_models:
            names.append("TypeAlias")
        return names

    @property
    def runtime_imports(self) -> list[str]:
        """What the module imports from ``_runtime.models``."""
        names = []
        if any(
            "Literal[" in (m.alias or "") or any("Literal[" in f.type_hint for f in m.fields)
            for m in self.models
        ):
            names.append("Literal")
        if self.struct_models:
            names.append("WireModel")
        return names

    @property
    def needs_msgspec(self) -> bool:
        return any(f.py_name != f.wire_name for m in self.models for f in m.fields)


_STRING = re.compile(STRING_LITERAL)


def _refs(text: str, known: dict[str, Model]) -> set[str]:
    """Model names a hint mentions (not the words inside its ``Literal["..."]`` values)."""
    code = _STRING.sub("", text.replace("_wire.", ""))
    return {n for n in _NAME.findall(code) if n in known}


def _model_refs(model: Model, known: dict[str, Model]) -> set[str]:
    found = _refs(model.alias or "", known)
    for f in model.fields:
        found |= _refs(f.type_hint, known)
    found.discard(model.class_name)
    return found


def _method_hints(method: Any) -> list[str]:
    hints = list(method.hints)
    op = method.op
    if op.body is not None:
        hints.append(op.body.type_hint)
    hints.extend(a.type_hint for a in method.body_args)
    return hints


def type_modules(api: ApiModel) -> list[TypeModule]:
    """The ``types/`` modules: one per top-level resource that owns a model, then shared."""
    known = {m.class_name: m for m in api.models}
    refs = {name: _model_refs(m, known) for name, m in known.items()}
    owners: dict[str, set[str]] = {name: set() for name in known}
    for root in api.resources:
        seen: set[str] = set()
        todo = [
            n
            for res in root.walk()
            for m in res.methods
            for h in _method_hints(m)
            for n in _refs(h, known)
        ]
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(refs[name])
        for name in seen:
            owners[name].add(root.module)
    shared = {name for name, owned in owners.items() if len(owned) != 1}
    todo = list(shared)
    while todo:
        for ref in refs[todo.pop()]:
            if ref not in shared:
                shared.add(ref)
                todo.append(ref)
    resources = {r.module for r in api.resources}
    shared_name = "shared" if "shared" not in resources else "shared_models"
    modules: dict[str, TypeModule] = {
        r.module: TypeModule(r.module, r.module) for r in api.resources
    }
    modules[shared_name] = TypeModule(shared_name, "")
    home: dict[str, str] = {}
    for model in api.models:
        name = model.class_name
        where = shared_name if name in shared else next(iter(owners[name]))
        modules[where].models.append(model)
        home[name] = where
    for mod in modules.values():
        wanted: dict[str, set[str]] = {}
        for model in mod.models:
            for ref in refs[model.class_name]:
                if home[ref] != mod.module:
                    wanted.setdefault(home[ref], set()).add(ref)
        mod.imports = {k: sorted(v, key=import_key) for k, v in sorted(wanted.items())}
    ordered = [modules[r.module] for r in api.resources if modules[r.module].models]
    return [*ordered, modules[shared_name]]
