"""OpenAPI -> code model for integration-kit templates (docs/contracts.md, section 2).

Loaded by file path under a unique module name: relative imports only.
"""

from __future__ import annotations

from .builder import build_api
from .check import check_spec
from .detect_pagination import detect_pagination
from .filters import docstring, pyrepr, register_filters
from .loader import SpecError
from .model import ApiModel, Body, Field, Model, Operation, Pagination, Param, Selection
from .names import RESERVED_METHOD_NAMES, RESERVED_PARAM_NAMES
from .report import Report, build_report

__all__ = [
    "RESERVED_METHOD_NAMES",
    "RESERVED_PARAM_NAMES",
    "ApiModel",
    "Body",
    "Field",
    "Model",
    "Operation",
    "Pagination",
    "Param",
    "Report",
    "Selection",
    "SpecError",
    "build_api",
    "build_report",
    "check_spec",
    "detect_pagination",
    "docstring",
    "pyrepr",
    "register_filters",
]
