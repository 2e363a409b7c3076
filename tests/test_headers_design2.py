"""training/headers_design2.jsonl: the second, wider design set of table headers (stop 65).

75 tables of 48 bodies or sources (action logs, actions-arising lists, recommendation and audit trackers, improvement
plans, risk and issue registers, milestone tables, and tables that are none: KPI and budget tables, attendance,
planning applications, grant and contact lists), read from public pages and repositories' templates that neither the
first design set nor the check set holds, and labelled before the tables stage read them.
`python training/read_headers.py --design2 --misses` prints how the stage reads them. These tests keep the set well
formed and apart from both other sets; of the check set they print nothing but a count.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from conftest import REAL, ROOT
from test_headers_check import check_well_formed

DESIGN2 = ROOT / "training" / "headers_design2.jsonl"
DESIGN = ROOT / "training" / "headers_design.jsonl"
CHECK = ROOT / "training" / "headers_check.jsonl"


def records(path: Path = DESIGN2) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_records_are_well_formed() -> None:
    tables = records()
    for table in tables:
        check_well_formed(table)
    assert len({table["id"] for table in tables}) == len(tables) >= 70
    assert len({table["body"] for table in tables}) >= 40
    assert 0.4 <= sum(table["plan"] for table in tables) / len(tables) < 0.8


def test_apart_from_the_first_design_set() -> None:
    design2, design = records(), records(DESIGN)
    assert not {table["source"] for table in design2} & {table["source"] for table in design}
    assert not {table["id"] for table in design2} & {table["id"] for table in design}


def shared_with_check(tables: list[dict]) -> int:
    """How many pages, bodies, headers and ids ``tables`` share with the check set (a count only: it stays blind)."""
    check = records(CHECK)
    return sum(
        [
            len({table["source"] for table in tables} & {table["source"] for table in check}),
            len({table["body"] for table in tables if table["body"]} & {table["body"] for table in check}),
            len({tuple(table["header"]) for table in tables} & {tuple(table["header"]) for table in check}),
            len({table["id"] for table in tables} & {table["id"] for table in check}),
        ]
    )


def assert_bodies_not_of_the_real_corpus(tables: list[dict]) -> None:
    folders = [path.name.replace("-", " ") for path in REAL.iterdir() if path.is_dir()] if REAL.is_dir() else []
    for table in tables:
        assert not [name for name in folders if re.search(rf"\b{re.escape(name)}\b", table["body"].lower())]


def test_apart_from_the_check_set() -> None:
    """No page, body, header or id of the check set; a failure names a count only (the check set stays blind)."""
    shared = shared_with_check(records())
    assert shared == 0, f"{shared} shared with the check set"


def test_bodies_are_not_of_the_real_corpus() -> None:
    assert_bodies_not_of_the_real_corpus(records())


def test_the_reader_prints_design2_figures_and_misses() -> None:
    spec = importlib.util.spec_from_file_location("read_headers", ROOT / "training" / "read_headers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.DESIGN2 == DESIGN2
    lines = module.figures(records())
    assert len(lines) == 2 and all(line.lstrip().startswith(("plan tables:", "columns of")) for line in lines)
    assert all(isinstance(line, str) for line in module.misses(records()))
