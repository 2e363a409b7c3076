"""training/headers_design4.jsonl: the fourth design set of table headers (stop 68).

31 tables of 27 bodies or sources of kinds the other design sets hold few of: inspection improvement plans (Ofsted, a
care provider's CQC plan), serious case and multi-agency review action plans, governance statement and audit trackers,
corporate plan updates and milestones, board and committee action logs; and tables that are none: forward plans of key
decisions, budget monitors, scorecards with a corrective-action column, field definitions and an attendance list. Read
from public pages none of the other sets holds and labelled before the tables stage read them (the conventions in
training/read_headers.py). `python training/read_headers.py --design4 --misses` prints how the stage reads them. These
tests keep the set well formed and apart from the other sets; of the check set they print nothing but a count.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from conftest import ROOT
from test_headers_check import check_well_formed
from test_headers_design2 import assert_bodies_not_of_the_real_corpus, shared_with_check

DESIGN4 = ROOT / "training" / "headers_design4.jsonl"
OTHER_DESIGN_SETS = [ROOT / "training" / f"headers_design{suffix}.jsonl" for suffix in ("", "2", "3")]


def records(path: Path = DESIGN4) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_records_are_well_formed() -> None:
    tables = records()
    for table in tables:
        check_well_formed(table)
    assert len({table["id"] for table in tables}) == len(tables) >= 30
    assert len({table["body"] for table in tables}) >= 15
    assert 0.35 <= sum(table["plan"] for table in tables) / len(tables) < 0.65


def test_apart_from_the_other_design_sets() -> None:
    design4 = records()
    for other in map(records, OTHER_DESIGN_SETS):
        assert not {table["source"] for table in design4} & {table["source"] for table in other}
        assert not {table["body"] for table in design4} & {table["body"] for table in other}
        assert not {table["id"] for table in design4} & {table["id"] for table in other}


def test_apart_from_the_check_set() -> None:
    """No page, body, header or id of the check set; a failure names a count only (the check set stays blind)."""
    shared = shared_with_check(records())
    assert shared == 0, f"{shared} shared with the check set"


def test_bodies_are_not_of_the_real_corpus() -> None:
    assert_bodies_not_of_the_real_corpus(records())


def test_the_reader_prints_design4_figures_and_misses() -> None:
    spec = importlib.util.spec_from_file_location("read_headers", ROOT / "training" / "read_headers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.DESIGN4 == DESIGN4
    lines = module.figures(records())
    assert len(lines) == 2 and all(line.lstrip().startswith(("plan tables:", "columns of")) for line in lines)
    assert all(isinstance(line, str) for line in module.misses(records()))
