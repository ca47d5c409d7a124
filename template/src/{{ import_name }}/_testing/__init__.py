"""Test doubles shared by every generated package: the fixture-backed mock transport,
failure injection and contract-test helpers. Copied verbatim; see ``testing.py``."""

from .backend import Behavior, Call, MockBackend, UnexpectedCallError
from .contract import (
    live_key_problem,
    markdown_report,
    response_schema,
    schema_errors,
    shape,
    shape_diff,
    to_json_schema,
)
from .failures import FAILURES, Reply, StreamReply, failure

__all__ = [
    "FAILURES",
    "Behavior",
    "Call",
    "MockBackend",
    "Reply",
    "StreamReply",
    "UnexpectedCallError",
    "failure",
    "live_key_problem",
    "markdown_report",
    "response_schema",
    "schema_errors",
    "shape",
    "shape_diff",
    "to_json_schema",
]
