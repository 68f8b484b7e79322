"""Checks on the code itself that ruff does not make."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts" / "peninsula"


def _module_names(path: Path) -> Counter:
    names: Counter = Counter()
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_no_module_level_name_is_defined_twice():
    """A pattern defined again further down a module silently replaces the first one for
    every use of it (two _CLOCK patterns in text.py, two _MONTH_DAY in dates.py were)."""
    twice = {
        f"{path.relative_to(SCRIPTS)}: {name}"
        for path in SCRIPTS.rglob("*.py")
        for name, count in _module_names(path).items()
        if count > 1
    }
    assert not twice, sorted(twice)
