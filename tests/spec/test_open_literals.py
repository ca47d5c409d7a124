"""String enums are ``Literal[...]`` for type checkers and any ``str`` at run time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .support import PYTHON, make_package, mypy_strict, ruff_check

DOC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/v1/jobs": {
            "get": {
                "operationId": "listJobs",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Job"},
                                }
                            }
                        },
                    }
                },
            },
            "post": {
                "operationId": "createJob",
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Job"}}
                    }
                },
                "responses": {"204": {"description": "ok"}},
            },
        },
        "/v1/jobs/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": {
                "operationId": "getJob",
                "parameters": [
                    {
                        "name": "view",
                        "in": "query",
                        "schema": {"type": "string", "enum": ["full", "brief"]},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Job"}}
                        },
                    }
                },
            },
        },
    },
    "components": {
        "schemas": {
            "Job": {
                "type": "object",
                "properties": {
                    "status": {
                        "type": "string",
                        "enum": ["queued", "done", 'say "hi"', "Job", "list"],
                    },
                    "either": {
                        "anyOf": [
                            {"type": "string", "enum": ["a"]},
                            {"type": "string", "enum": ["b"]},
                        ]
                    },
                    "loose": {"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "string"}]},
                },
            }
        }
    },
}


def _field(api: Any, name: str) -> str:
    job = next(m for m in api.models if m.class_name == "Job")
    return str(next(f.type_hint for f in job.fields if f.py_name == name))


def test_hints(ik: ModuleType) -> None:
    api = ik.build_api(DOC)
    assert _field(api, "status") == 'Literal["queued", "done", \'say "hi"\', "Job", "list"]'
    assert _field(api, "either") == 'Literal["a", "b"]'  # two enums merge
    assert _field(api, "loose") == "str"  # an enum beside any string is any string
    get_job = next(op for op in api.operations if op.operation_id == "getJob")
    view = next(p for p in get_job.query_params if p.wire_name == "view")
    assert view.type_hint == "str"
    assert any("of a parameter widened to str" in w for w in api.warnings)


def test_unknown_values_decode_and_mypy_checks_known_ones(ik: ModuleType, tmp_path: Path) -> None:
    package = make_package(ik.build_api(DOC), tmp_path, "lit_pkg")
    for check in (mypy_strict, ruff_check):
        result = check(package)
        assert result.returncode == 0, result.stdout + result.stderr
    # values that look like names stay values: no ``_wire.Job``, no ``builtins.list``
    jobs = (package / "resources" / "jobs.py").read_text(encoding="utf-8")
    assert '"Job", "list"]' in jobs, jobs
    user = tmp_path / "user.py"
    user.write_text(
        "from lit_pkg.types import Job\n"
        "def f(job: Job) -> bool:\n"
        '    return job.status == "queud"\n'  # a typo mypy must catch
        'Job(status="nope")\n',
        encoding="utf-8",
    )
    checked = subprocess.run(
        [PYTHON, "-m", "mypy", "--strict", "--no-incremental", str(user)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 1, checked.stdout
    assert "Non-overlapping equality check" in checked.stdout
    assert 'Argument "status" to "Job" has incompatible type' in checked.stdout
    code = (
        "import msgspec\n"
        "from lit_pkg.types import Job\n"
        'job = msgspec.json.decode(b\'{"status": "added_later"}\', type=Job)\n'
        "assert job.status == 'added_later'\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert ran.returncode == 0, ran.stderr
