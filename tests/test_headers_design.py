"""training/headers_design.jsonl: the design set of table headers the rules of stop 54 were written from.

Headers of action logs, trackers, risk registers and of tables a reader might take for them (status summaries,
scorecards, forward plans, legends, team grids), read from public repositories' templates and public pages and
labelled as the check set is: are its rows action-plan rows, and which canonical field each column of a plan is.
`python training/read_headers.py --design --misses` prints how the tables stage reads them. These tests keep the set
well formed and apart from the check set (training/headers_check.jsonl): none of its bodies, pages or tables.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from conftest import REAL, ROOT
from test_headers_check import check_well_formed

DESIGN = ROOT / "training" / "headers_design.jsonl"
CHECK = ROOT / "training" / "headers_check.jsonl"


def records(path: Path = DESIGN) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_records_are_well_formed() -> None:
    tables = records()
    for table in tables:
        check_well_formed(table)
    assert len({table["id"] for table in tables}) == len(tables) >= 50
    assert 0.4 <= sum(table["plan"] for table in tables) / len(tables) < 0.8


def test_apart_from_the_check_set() -> None:
    """No body, page or header of the check set (the rules were written from this set; the check set stays blind)."""
    design, check = records(), records(CHECK)
    assert not {table["body"] for table in design if table["body"]} & {table["body"] for table in check}
    assert not {table["source"] for table in design} & {table["source"] for table in check}
    assert not {tuple(table["header"]) for table in design} & {tuple(table["header"]) for table in check}
    assert not {table["id"] for table in design} & {table["id"] for table in check}


def test_bodies_are_not_of_the_real_corpus() -> None:
    folders = [path.name.replace("-", " ") for path in REAL.iterdir() if path.is_dir()] if REAL.is_dir() else []
    for table in records():
        assert not [name for name in folders if re.search(rf"\b{re.escape(name)}\b", table["body"].lower())]


def test_the_reader_prints_design_misses() -> None:
    spec = importlib.util.spec_from_file_location("read_headers", ROOT / "training" / "read_headers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lines = module.figures(records())
    assert len(lines) == 2 and all(line.lstrip().startswith(("plan tables:", "columns of")) for line in lines)
    assert all(isinstance(line, str) for line in module.misses(records()))
