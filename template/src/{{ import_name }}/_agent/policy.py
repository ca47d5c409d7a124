"""What code in an open place may do, checked on its syntax tree (never by running it).

A place is pure unless its manifest entry says ``network: true``: it computes a value
from its arguments. So its code may import only the modules the manifest allows; it may
not reach processes, files, the environment or the network (``os``, ``subprocess``,
``socket``, ``httpx``…, the API clients), call ``eval``/``exec``/``open``/``getattr``…,
touch dunder attributes (the usual sandbox escapes), or run statements at import time.
And it must define the place's symbol with the manifest's parameters.

This is a static filter in front of the real checks (ruff, mypy, tests), which run the
code only in a subprocess on a scratch copy, with a scrubbed environment.
"""

from __future__ import annotations

import ast

from .manifest import Place

__all__ = ["check_policy", "check_shape"]

PROCESS_MODULES = frozenset(
    {
        "builtins", "code", "ctypes", "fcntl", "gc", "glob", "importlib", "inspect", "io",
        "marshal", "mmap", "multiprocessing", "os", "pathlib", "pickle", "posix", "pty",
        "resource", "runpy", "shelve", "shutil", "signal", "subprocess", "sys", "tempfile",
        "threading", "_thread", "winreg",
    }
)  # fmt: skip
NETWORK_MODULES = frozenset(
    {
        "aiohttp", "asyncio", "ftplib", "http", "httpx", "imaplib", "poplib", "requests",
        "select", "selectors", "smtplib", "socket", "socketserver", "ssl", "telnetlib",
        "urllib", "urllib3", "webbrowser", "websocket", "websockets", "xmlrpc",
    }
)  # fmt: skip
FORBIDDEN_CALLS = frozenset(
    {
        "__import__", "breakpoint", "compile", "delattr", "eval", "exec", "exit", "getattr",
        "globals", "help", "input", "locals", "open", "quit", "setattr", "vars",
    }
)  # fmt: skip
_TOP_LEVEL = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Assign,
    ast.AnnAssign,
    ast.Import,
    ast.ImportFrom,
)


def _allowed(module: str, allowed: list[str]) -> bool:
    return any(module == a or module.startswith(a + ".") for a in allowed)


def _import_problem(module: str, place: Place) -> str:
    if _allowed(module, place.allowed_imports):
        return ""
    root = module.split(".")[0]
    if root in NETWORK_MODULES and not place.network:
        return f"imports {module}: this place has no business reaching the network"
    if root in PROCESS_MODULES:
        return f"imports {module}: processes, files and the environment are off limits"
    return f"imports {module} (allowed here: {', '.join(place.allowed_imports) or 'nothing'})"


def check_policy(code: str, place: Place) -> list[str]:
    """Problems with the code of a place (empty when it may be kept for the real checks)."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError) as exc:
        return [f"does not parse: {exc}"]
    problems: list[str] = []
    forbidden_names = set(place.forbidden_names)
    for statement in tree.body:
        value = statement.value if isinstance(statement, ast.Expr) else None
        if not isinstance(statement, _TOP_LEVEL) and not isinstance(value, ast.Constant):
            kind = type(value or statement).__name__
            problems.append(f"line {statement.lineno}: runs a {kind} at import time")
    for node in ast.walk(tree):
        line = f"line {getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            problems += [
                f"{line}: {p}" for a in node.names if (p := _import_problem(a.name, place))
            ]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                problems.append(f"{line}: relative import (use the names the file imports)")
            elif problem := _import_problem(node.module or "", place):
                problems.append(f"{line}: {problem}")
        elif isinstance(node, ast.Global | ast.Nonlocal):
            problems.append(f"{line}: global/nonlocal state")
        elif isinstance(node, ast.Name):
            if node.id in FORBIDDEN_CALLS or (node.id.startswith("__") and node.id.endswith("__")):
                problems.append(f"{line}: uses {node.id}")
            elif node.id in forbidden_names:
                problems.append(f"{line}: uses {node.id}: this place has no business with it")
        elif isinstance(node, ast.Attribute):
            if node.attr.startswith("__") and node.attr.endswith("__"):
                problems.append(f"{line}: uses .{node.attr} (introspection is refused)")
            elif node.attr in forbidden_names or node.attr in ("_request", "_http"):
                problems.append(f"{line}: uses .{node.attr}: this place has no business with it")
    return list(dict.fromkeys(problems))


def _expected_params(parameters: list[str]) -> list[str]:
    """The manifest's parameters, normalised as ``_params`` prints them."""
    fn = ast.parse(f"def f({', '.join(parameters)}): pass").body[0]
    return _params(fn) if isinstance(fn, ast.FunctionDef) else parameters


def _params(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    args = fn.args
    if args.vararg or args.kwarg or args.kwonlyargs or args.defaults or args.posonlyargs:
        return ["<*args, **kwargs, keyword-only, positional-only or defaults>"]
    return [f"{a.arg}: {ast.unparse(a.annotation) if a.annotation else '?'}" for a in args.args]


def check_shape(code: str, place: Place) -> list[str]:
    """The place still defines its symbol, with the manifest's parameters (and return type)."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError) as exc:
        return [f"does not parse: {exc}"]
    defs = [
        n
        for n in tree.body
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == place.symbol
    ]
    if len(defs) != 1:
        return [f"must define the function {place.symbol} once (found {len(defs)})"]
    fn = defs[0]
    if isinstance(fn, ast.AsyncFunctionDef):
        return [f"{place.symbol} must not be async"]
    if _params(fn) != _expected_params(place.parameters):
        wanted, got = ", ".join(place.parameters), ast.unparse(fn.args)
        return [f"{place.symbol} must take ({wanted}), not ({got})"]
    if fn.returns is None:
        return [f"{place.symbol} needs a return annotation"]
    if place.returns is not None:
        wanted = ast.unparse(ast.parse(place.returns, mode="eval").body)
        if ast.unparse(fn.returns) != wanted:
            return [f"{place.symbol} must return {place.returns}"]
    return []
