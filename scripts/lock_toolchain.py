"""Refresh the hash-locked toolchains every generated project ships (needs PyPI and uv).

    .venv/bin/python scripts/lock_toolchain.py

Renders the shopify preset with and without the agent hook and the s3 preset, runs in
each render the command a generated project documents (`uv pip compile ...`, written at
the top of each lock), and writes the results back as template/requirements/dev.txt.jinja
(packages only the agent hook or the S3 resources need wrapped in `{% if agent_hook %}` /
`{% if s3_api %}`) and update.txt.jinja. Pins already
in the template are kept unless `--upgrade` is given (uv prefers the pins of the `-o` file).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extensions.projects import preset_data, render  # noqa: E402

TEMPLATE = ROOT / "template" / "requirements"
PYTHON_MIN = "3.11"  # the lock is universal: resolved for >=3.11, valid on every newer Python
COMPILE = "uv pip compile --universal --python-version {py} --generate-hashes --no-annotate"
LOCKS = {
    "dev.txt": "pyproject.toml --extra dev",
    "update.txt": "requirements/update.in",
}


def command(lock: str, python: str) -> str:
    """The refresh command written at the top of ``requirements/<lock>``."""
    return f"{COMPILE.format(py=python)} {LOCKS[lock]} -o requirements/{lock}"


def _compile(project: Path, lock: str, upgrade: bool) -> str:
    uv = shutil.which("uv") or str(Path(sys.executable).with_name("uv"))
    cmd = command(lock, PYTHON_MIN)
    args = [uv, *cmd.split()[1:], "--custom-compile-command", cmd, "--quiet"]
    if upgrade:
        args.append("--upgrade")
    subprocess.run(args, cwd=project, check=True)
    return (project / "requirements" / lock).read_text(encoding="utf-8")


def _blocks(text: str) -> tuple[str, dict[str, str]]:
    """The header comment and one block per pinned package (name -> its lines)."""
    header: list[str] = []
    blocks: dict[str, str] = {}
    name = ""
    for line in text.splitlines(keepends=True):
        if line.startswith("#") and not blocks:
            header.append(line)
        elif re.match(r"[A-Za-z0-9]", line):
            name = re.split(r"[=;\s]", line, maxsplit=1)[0]
            blocks[name] = line
        elif name:
            blocks[name] += line
    return "".join(header), blocks


def _template(text: str) -> str:
    """A lock as a template: the header's Python version is the project's python_min."""
    return text.replace(f"--python-version {PYTHON_MIN}", "--python-version {{ python_min }}")


def main(argv: list[str]) -> int:
    upgrade = "--upgrade" in argv
    variants = {
        "plain": {**preset_data("shopify"), "agent_hook": False},
        "agent_hook": {**preset_data("shopify"), "agent_hook": True},
        "s3_api": {**preset_data("s3"), "agent_hook": False},
    }
    with tempfile.TemporaryDirectory() as tmp:
        locks: dict[str, dict[str, str]] = {}
        for variant, data in variants.items():
            project = render(data, Path(tmp) / variant)
            locks[variant] = {lock: _compile(project, lock, upgrade) for lock in LOCKS}
    header, _ = _blocks(locks["plain"]["dev.txt"])
    blocks = {variant: _blocks(lock["dev.txt"])[1] for variant, lock in locks.items()}
    out = [_template(header)]
    for name in sorted(set().union(*(b.keys() for b in blocks.values()))):
        texts = {blocks[v][name] for v in blocks if name in blocks[v]}
        if len(texts) != 1:
            raise SystemExit(f"{name} resolves differently between variants; lock by hand")
        if name in blocks["plain"]:
            out.append(texts.pop())
            continue
        condition = " or ".join(v for v in ("agent_hook", "s3_api") if name in blocks[v])
        out.append("{% if " + condition + " %}\n" + texts.pop() + "{% endif %}\n")
    (TEMPLATE / "dev.txt.jinja").write_text("".join(out), encoding="utf-8")
    (TEMPLATE / "update.txt.jinja").write_text(_template(locks["plain"]["update.txt"]), "utf-8")
    print(f"wrote {TEMPLATE.relative_to(ROOT)}/dev.txt.jinja and update.txt.jinja")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
