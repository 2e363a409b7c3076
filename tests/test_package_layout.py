"""Each stage package's ``__init__`` lists its modules in an order where each imports only from those listed
before it (the README says so too): checked here against the modules' own imports, so the list cannot go stale."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGES = Path(__file__).resolve().parents[1] / "src" / "agendaparse"
LISTED_RE = re.compile(r":mod:`\.(\w+)`")


def listed_order(package: Path) -> list[str]:
    docstring = ast.get_docstring(ast.parse((package / "__init__.py").read_text())) or ""
    listing = docstring[docstring.index("listed before it") :]
    return list(dict.fromkeys(LISTED_RE.findall(listing)))


def sibling_imports(module: Path) -> set[str]:
    """The modules of its own package a module imports (``from .x import ...``), wherever the import stands."""
    return {
        node.module.split(".")[0]
        for node in ast.walk(ast.parse(module.read_text()))
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
    }


@pytest.mark.parametrize("name", ["segment", "tables", "nlp"])
def test_modules_import_only_those_listed_before_them(name):
    package = PACKAGES / name
    order = listed_order(package)
    modules = sorted(path.stem for path in package.glob("*.py") if path.stem != "__init__")
    assert sorted(order) == modules, "every module listed once in the package docstring"
    for index, module in enumerate(order):
        later = sibling_imports(package / f"{module}.py") - set(order[:index])
        assert not later, f"{name}.{module} imports {sorted(later)}, listed after it"


def test_a_module_importing_one_listed_after_it_is_caught(tmp_path):
    package = tmp_path / "stage"
    package.mkdir()
    (package / "__init__.py").write_text(
        '"""Modules, each importing only from those listed before it: :mod:`.a`, :mod:`.b`."""\n'
    )
    (package / "a.py").write_text("def f():\n    from .b import g\n")
    (package / "b.py").write_text("")
    order = listed_order(package)
    assert order == ["a", "b"]
    assert sibling_imports(package / "a.py") - set(order[:0]) == {"b"}
