"""training/headers_check.jsonl: a blind-labelled check set of real tables' headers, never designed from.

Stop 54 recorded 28 published tables (the header row, the caption, two data rows) of 27 bodies new to every gold, suite
and training set, labelled by reading only: are its rows action-plan rows, and which canonical field each column of a
plan is. `python training/read_headers.py` prints how the tables stage reads them, figures only. These tests keep the
set what it claims: well formed, new, and never printed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

from conftest import REAL, ROOT

SET = ROOT / "training" / "headers_check.jsonl"
FIELDS = {"theme", "action_no", "action", "outcome", "named_lead", "lead_org", "start_date", "end_date",
          "supporting_orgs", "progress", "comment", "rag", "status"}  # fmt: skip


def records() -> list[dict]:
    return [json.loads(line) for line in SET.read_text().splitlines() if line.strip()]


def check_well_formed(table: dict) -> None:
    """One table record of a headers set (check or design): its fields, its id, rows as wide as the header, a plan's
    columns each one canonical field, and a plan's action named."""
    assert set(table) == {"id", "source", "body", "caption", "header", "rows", "plan", "fields"}, table["id"]
    key = json.dumps([table["source"], table["caption"], table["header"]])
    assert table["id"] == hashlib.sha1(key.encode()).hexdigest()[:12]
    assert table["source"].startswith(("https://", "http://")), table["id"]
    assert all(len(row) == len(table["header"]) for row in table["rows"]) and table["rows"], table["id"]
    assert set(table["fields"].values()) <= FIELDS and (table["plan"] or not table["fields"]), table["id"]
    assert all(0 <= int(index) < len(table["header"]) for index in table["fields"]), table["id"]
    assert len(set(table["fields"].values())) == len(table["fields"]), table["id"]
    assert not table["plan"] or "action" in table["fields"].values(), table["id"]


def test_records_are_well_formed() -> None:
    tables = records()
    for table in tables:
        check_well_formed(table)
    assert len({table["id"] for table in tables}) == len(tables) >= 25
    assert 0.5 <= sum(table["plan"] for table in tables) / len(tables) < 1


def test_bodies_are_new() -> None:
    """No body a suite names (a suite naming one would be designing from it), and no body of ../shared/corpus/real."""
    mine = Path(__file__).name
    suites = " ".join(path.read_text(errors="ignore") for path in (ROOT / "tests").glob("*.py") if path.name != mine)
    suites = re.sub(r"\s+", " ", suites)
    assert not {table["body"] for table in records() if table["body"] in suites}
    assert not {table["source"] for table in records() if table["source"] in suites}
    folders = [path.name.replace("-", " ") for path in REAL.iterdir() if path.is_dir()] if REAL.is_dir() else []
    for table in records():
        assert not [name for name in folders if re.search(rf"\b{re.escape(name)}\b", table["body"].lower())]


def test_the_reader_prints_figures_only(capsys) -> None:  # noqa: ANN001 (pytest's fixture)
    spec = importlib.util.spec_from_file_location("read_headers", ROOT / "training" / "read_headers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lines = module.figures(records())
    assert len(lines) == 2 and all(line.lstrip().startswith(("plan tables:", "columns of")) for line in lines)
    header_words = {cell for table in records() for cell in table["header"] if len(cell) > 6}
    assert not [word for word in header_words if word in "\n".join(lines)]
