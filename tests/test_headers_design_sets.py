"""The later design sets of table headers, each read from public pages no other set holds and labelled before the
tables stage read them (the conventions in training/read_headers.py); `python training/read_headers.py --designN
--misses` prints how the stage reads one. These tests keep each set well formed and apart from the other sets; of the
check set they print nothing but a count.

- training/headers_design3.jsonl (stop 66): 43 tables of 31 bodies or sources (parish and town councils' action plans
  and risk schedules, school governors' plans, a CAPA register, templates' action logs and registers, and tables that
  are none: budgets, scorecards, decision and event logs, status definitions, committee roles).
- training/headers_design4.jsonl (stop 68): 28 tables of 24 bodies or sources of kinds the other sets hold few of
  (inspection improvement plans, serious case and multi-agency review plans, governance statement and audit trackers,
  corporate plan updates and milestones, board and committee action logs; and tables that are none: forward plans of
  key decisions, budget monitors, scorecards with a corrective-action column, field definitions, an attendance list).
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import ROOT
from test_headers_check import check_well_formed
from test_headers_design2 import assert_bodies_not_of_the_real_corpus, shared_with_check

TRAINING = ROOT / "training"
# each set: its reader's constant in read_headers.py, and at least how many tables and bodies it holds
SETS = {"DESIGN3": (40, 25), "DESIGN4": (28, 15)}
ALL_DESIGN_SETS = {
    "DESIGN": "headers_design.jsonl",
    "DESIGN2": "headers_design2.jsonl",
    "DESIGN3": "headers_design3.jsonl",
    "DESIGN4": "headers_design4.jsonl",
}


def records(name: str) -> list[dict]:
    path = TRAINING / ALL_DESIGN_SETS[name]
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("name", SETS)
def test_records_are_well_formed(name: str) -> None:
    tables = records(name)
    for table in tables:
        check_well_formed(table)
    least_tables, least_bodies = SETS[name]
    assert len({table["id"] for table in tables}) == len(tables) >= least_tables
    assert len({table["body"] for table in tables}) >= least_bodies
    assert 0.35 <= sum(table["plan"] for table in tables) / len(tables) < 0.65


@pytest.mark.parametrize("name", SETS)
def test_apart_from_the_other_design_sets(name: str) -> None:
    tables = records(name)
    for other in map(records, set(ALL_DESIGN_SETS) - {name}):
        assert not {table["source"] for table in tables} & {table["source"] for table in other}
        assert not {table["body"] for table in tables} & {table["body"] for table in other}
        assert not {table["id"] for table in tables} & {table["id"] for table in other}


@pytest.mark.parametrize("name", SETS)
def test_apart_from_the_check_set(name: str) -> None:
    """No page, body, header or id of the check set; a failure names a count only (the check set stays blind)."""
    shared = shared_with_check(records(name))
    assert shared == 0, f"{shared} shared with the check set"


@pytest.mark.parametrize("name", SETS)
def test_bodies_are_not_of_the_real_corpus(name: str) -> None:
    assert_bodies_not_of_the_real_corpus(records(name))


@pytest.mark.parametrize("name", SETS)
def test_the_reader_prints_the_sets_figures_and_misses(name: str) -> None:
    spec = importlib.util.spec_from_file_location("read_headers", TRAINING / "read_headers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert getattr(module, name) == TRAINING / ALL_DESIGN_SETS[name]
    lines = module.figures(records(name))
    assert len(lines) == 2 and all(line.lstrip().startswith(("plan tables:", "columns of")) for line in lines)
    assert all(isinstance(line, str) for line in module.misses(records(name)))
