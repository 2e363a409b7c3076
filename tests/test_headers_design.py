"""training/headers_design.jsonl: the design set of table headers the rules of stop 54 were written from.

Headers of action logs, trackers, risk registers and of tables a reader might take for them (status summaries,
scorecards, forward plans, legends, team grids), read from public repositories' templates and public pages and
labelled as the check set is: are its rows action-plan rows, and which canonical field each column of a plan is.
`python training/read_headers.py --design --misses` prints how the tables stage reads them. These tests keep the set
well formed and apart from the check set (training/headers_check.jsonl): none of its bodies, pages or tables.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

from conftest import REAL, ROOT

DESIGN = ROOT / "training" / "headers_design.jsonl"
CHECK = ROOT / "training" / "headers_check.jsonl"
FIELDS = {"theme", "action_no", "action", "outcome", "named_lead", "lead_org", "start_date", "end_date",
          "supporting_orgs", "progress", "comment", "rag", "status"}  # fmt: skip


def records(path: Path = DESIGN) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_records_are_well_formed() -> None:
    tables = records()
    for table in tables:
        assert set(table) == {"id", "source", "body", "caption", "header", "rows", "plan", "fields"}, table["id"]
        key = json.dumps([table["source"], table["caption"], table["header"]])
        assert table["id"] == hashlib.sha1(key.encode()).hexdigest()[:12]
        assert all(len(row) == len(table["header"]) for row in table["rows"]) and table["rows"], table["id"]
        assert set(table["fields"].values()) <= FIELDS and (table["plan"] or not table["fields"]), table["id"]
        assert all(0 <= int(index) < len(table["header"]) for index in table["fields"]), table["id"]
        assert len(set(table["fields"].values())) == len(table["fields"]), table["id"]
        assert not table["plan"] or "action" in table["fields"].values(), table["id"]
        assert table["source"].startswith(("https://", "http://")), table["id"]
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
