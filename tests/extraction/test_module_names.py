"""No engine module binds a top-level name twice.

The engine keeps hundreds of module-level patterns; a second `_THE_BEFORE = ...` far down
grammar.py once replaced the first, so the rule written above it ran with the other rule's
pattern and nothing failed. Python (and ruff, for plain assignments) says nothing of it.
"""
import ast
import collections
import pathlib

import pytest

ENGINE = pathlib.Path(__file__).resolve().parents[2] / "timeline" / "extraction"


def top_level_names(tree):
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        yield name.id
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name


@pytest.mark.parametrize("path", sorted(ENGINE.glob("*.py")), ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path):
    counts = collections.Counter(top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []
