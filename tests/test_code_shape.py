"""Code shape: no function in the library, the DAGs or the plugins grows past MAX_FUNCTION_LINES unnoticed.

A longer one must say why on its ``def`` line or the line above (``# long: <reason>``), e.g. a migration that
spells out a schema. This is the one place the bound is named.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("outreach", "dags", "plugins")
MAX_FUNCTION_LINES = 60


def _long_functions() -> list[str]:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            lines = source.splitlines()
            for node in ast.walk(ast.parse(source)):
                if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                length = (node.end_lineno or node.lineno) - first + 1
                marked = any("# long:" in lines[i - 1] for i in (first - 1, node.lineno) if 0 < i <= len(lines))
                if length > MAX_FUNCTION_LINES and not marked:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_no_function_is_longer_than_the_bound_without_a_reason():
    assert _long_functions() == []


def test_the_check_sees_a_long_function(tmp_path, monkeypatch):
    # The walk is real: a 70-line function in a scanned package is reported, and a marked one is not.
    body = "\n".join(f"    x{i} = {i}" for i in range(70))
    pkg = tmp_path / "outreach"
    pkg.mkdir()
    (pkg / "big.py").write_text(f"def big():\n{body}\n\n\n# long: a table spelled out\ndef marked():\n{body}\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", tmp_path)
    for name in ("dags", "plugins"):
        (tmp_path / name).mkdir()
    assert _long_functions() == ["outreach/big.py:1 big (71 lines)"]
