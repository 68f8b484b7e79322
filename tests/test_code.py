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


def test_each_furniture_pattern_searched_anywhere_is_one_search():
    """A line pattern written .*X.* is searched as X anywhere in the line (clean._ANYWHERE):
    an X holding a top-level | whose branch opens with .* again is searched in quadratic time
    (one such pattern made conversion half as slow again). Write two patterns instead."""
    from peninsula.clean import _ANYWHERE

    assert not [p for p in _ANYWHERE if "|.*" in p or p.startswith(".*")]
