"""The gold files are well formed, name their PDF by path and sha256, and cover both splits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import REAL, ROOT, manifest, needs_shared

GOLD = ROOT / "corpus" / "gold"
FILES = sorted(GOLD.glob("*/*.json"))
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SECTIONS = ("document", "agenda_items", "tables", "action_plan_rows", "actions", "people", "organisations", "notes")
KINDS = {"action", "resolution", "request", "proposal", "decision", "commitment", "recommendation"}
DOC_TYPES = {"agenda_pack", "minutes", "report", "action_plan", "other"}


def test_both_splits_hold_at_least_24_files_between_them():
    dev, test = list((GOLD / "dev").glob("*.json")), list((GOLD / "test").glob("*.json"))
    assert dev and test and len(dev) + len(test) >= 24


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_shape(path: Path):
    gold = json.loads(path.read_text())
    assert path.name == gold["source"]["path"].replace("/", "__").replace(".pdf", ".json")
    assert all(section in gold for section in SECTIONS), "every section present (null = not annotated)"
    assert gold["document"]["doc_type"] in DOC_TYPES
    assert gold["document"]["meeting_date"] is None or ISO.match(gold["document"]["meeting_date"])
    for action in gold["actions"] or []:
        assert action["text"].strip() and action["kind"] in KINDS and action["tier"] in ("core", "borderline")
        assert isinstance(action["owners"], list)
        assert action["due"] is None or ISO.match(action["due"]), action
    for row in gold["action_plan_rows"] or []:
        for field in ("start_date", "end_date"):
            assert row.get(field) is None or ISO.match(row[field]), row
        assert row.get("rag") in (None, "Red", "Amber", "Green")
    for table in gold["tables"] or []:
        assert 1 <= table["page_start"] <= table["page_end"]
        assert all(isinstance(row, list) for row in table["rows"])


@needs_shared()
@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_source_matches_the_manifest(path: Path):
    gold = json.loads(path.read_text())
    sha = {row["path"]: row["sha256"] for row in manifest(REAL)}
    assert gold["source"]["sha256"] == sha[gold["source"]["path"]], "the PDF changed since it was annotated"
