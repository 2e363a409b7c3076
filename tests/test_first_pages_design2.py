"""training/first_pages_design2.jsonl (stop 65): a second design set of first pages of UK minutes and agendas, from
bodies no other labelled set, suite or real corpus folder holds, read by `python training/read_sets.py` as the split
"design2" (its misses are listed with --misses, as the design split's are).

These tests keep the set what it claims: well formed as first_pages.jsonl is, its items headed in its lines, and its
bodies and pages new to every other set, every suite and ../shared/corpus/real.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import re
from pathlib import Path

from conftest import REAL, ROOT

TRAINING = ROOT / "training"
DESIGN2 = TRAINING / "first_pages_design2.jsonl"
KEYS = {"id", "lines", "body", "committee", "meeting_date", "doc_type", "items", "source", "split"}


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def norm(body: str) -> str:
    return " ".join(re.sub(r"[^a-z ]", " ", body.lower()).split())


def other_labelled_records(own: Path) -> list[dict]:
    """Every record of every labelled set under training/ but ``own``."""
    return [
        record
        for path in TRAINING.glob("*.jsonl")
        if path != own
        for record in records(path)
        if isinstance(record, dict)
    ]


def shared_with_other_sets(found: list[dict], own: Path) -> list[str]:
    """The ids of ``found``'s records whose body or page another labelled set holds. Only those ids: a failure
    prints nothing of the other sets, whose check halves no session may read."""
    others = other_labelled_records(own)
    bodies = {norm(record["body"]) for record in others if record.get("body")}
    sources = {record["source"] for record in others if record.get("source")}
    return [record["id"] for record in found if norm(record["body"]) in bodies or record["source"] in sources]


def test_records_are_well_formed() -> None:
    found = records(DESIGN2)
    assert len(found) >= 80 and len({record["body"] for record in found}) >= 50
    assert len({record["id"] for record in found}) == len(found)
    for record in found:
        assert set(record) == KEYS and record["split"] == "design2", record.get("id")
        assert record["id"] == hashlib.sha1("\n".join(record["lines"]).encode()).hexdigest()[:12], record["id"]
        assert record["source"].startswith(("http://", "https://")), record["id"]
        assert record["doc_type"] in ("minutes", "agenda_pack", "report", "action_plan", "other"), record["id"]
        assert record["meeting_date"] is None or dt.date.fromisoformat(record["meeting_date"]), record["id"]
        assert record["lines"] and all(line.strip() for line in record["lines"]), record["id"]


def test_items_are_headed_in_their_lines() -> None:
    """Items for minutes and agendas only, each a number and a title the lines print (first 40 characters, wrapped
    lines joined by one space), as test_blind_sets checks first_pages.jsonl."""
    for record in records(DESIGN2):
        items = record["items"]
        assert (items is None) == (record["doc_type"] not in ("minutes", "agenda_pack")), record["id"]
        printed = " ".join(" ".join(record["lines"]).split()).lower()
        for item in items or []:
            assert set(item) == {"number", "title"} and item["number"] and item["title"].strip(), (record["id"], item)
            assert " ".join(item["title"].split()).lower()[:40] in printed, (record["id"], item)


def test_bodies_and_pages_are_new() -> None:
    """No body or page of design2 is in any other labelled set (either split), sources.txt, a suite or a real corpus
    folder: studying it shows nothing of the check halves."""
    found = records(DESIGN2)
    assert shared_with_other_sets(found, DESIGN2) == []
    listed = (TRAINING / "sources.txt").read_text().lower()
    mine = Path(__file__).name
    suites = " ".join(path.read_text(errors="ignore") for path in (ROOT / "tests").glob("*.py") if path.name != mine)
    folders = [path.name.replace("-", " ") for path in REAL.iterdir() if path.is_dir()] if REAL.is_dir() else []
    for record in found:
        assert record["source"].lower() not in listed and record["body"] not in suites, record["id"]
        assert not [folder for folder in folders if re.search(rf"\b{re.escape(folder)}\b", record["body"].lower())]


def test_read_sets_prints_design2(monkeypatch, capsys) -> None:  # noqa: ANN001 (pytest fixtures)
    spec = importlib.util.spec_from_file_location("read_sets", TRAINING / "read_sets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr("sys.argv", ["read_sets.py"])
    module.main()
    out = capsys.readouterr().out
    assert re.search(r"design2\s+first pages: \d+ first pages, body [\d.]+, committee", out)
    assert re.search(r"design2\s+first pages: items precision [\d.]+, recall", out)
