"""training/orgs_check.jsonl and headings_check.jsonl (stop 53) and first_pages.jsonl (stop 55): blind-labelled sets of
people, organisations, document headings and first pages from bodies no gold, suite or other training set holds, split
by body into a design half (may be studied) and a check half (figures only: `python training/read_sets.py` never lists
its misses).

These tests keep each set what it claims: well formed, split by body, its bodies new to the suites, to drawn.jsonl's
and the action check set's pages, and to ../shared/corpus/real; and read_sets.py reads a page as the stages do.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import re
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

from conftest import REAL, ROOT

TRAINING = ROOT / "training"
FACTS = {"lines", "body", "committee", "meeting_date", "doc_type"}
SETS = {"orgs_check": {"text", "people", "organisations"}, "headings_check": FACTS, "first_pages": FACTS | {"items"}}


def records(name: str) -> list[dict]:
    return [json.loads(line) for line in (TRAINING / f"{name}.jsonl").read_text().splitlines() if line.strip()]


def read_sets() -> ModuleType:
    spec = importlib.util.spec_from_file_location("read_sets", TRAINING / "read_sets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", SETS)
def test_records_are_well_formed_and_split_by_body(name: str) -> None:
    found = records(name)
    splits: dict[str, set[str]] = defaultdict(set)
    for record in found:
        assert set(record) == SETS[name] | {"id", "source", "body", "split"}, record
        text = record["text"] if "text" in record else "\n".join(record["lines"])
        assert record["id"] == hashlib.sha1(text.encode()).hexdigest()[:12], record
        assert record["source"].startswith(("http://", "https://")) and record["split"] in ("design", "check")
        splits[record["split"]].add(record["body"])
    assert len({record["id"] for record in found}) == len(found)
    assert not splits["design"] & splits["check"] and len(splits["design"]) >= 25 and len(splits["check"]) >= 25


def test_names_are_printed_in_their_text() -> None:
    for record in records("orgs_check"):
        for name in record["people"] + record["organisations"]:
            assert name in record["text"], (name, record["id"])


@pytest.mark.parametrize("name", ["headings_check", "first_pages"])
def test_headings_facts_are_of_their_kind(name: str) -> None:
    for record in records(name):
        assert record["doc_type"] in ("minutes", "agenda_pack", "report", "action_plan", "other"), record
        assert record["meeting_date"] is None or dt.date.fromisoformat(record["meeting_date"]), record
        assert record["lines"] and all(line.strip() for line in record["lines"]), record


def test_first_pages_items_are_headed_in_their_lines() -> None:
    """Items are labelled for minutes and agendas only, each a number and a title the page's lines print (a title
    wrapped over lines joined with one space)."""
    for record in records("first_pages"):
        items = record["items"]
        assert (items is None) == (record["doc_type"] not in ("minutes", "agenda_pack")), record["id"]
        printed = " ".join(" ".join(record["lines"]).split()).lower()
        for item in items or []:
            assert set(item) == {"number", "title"} and item["title"].strip(), (record["id"], item)
            assert " ".join(item["title"].split()).lower()[:40] in printed, (record["id"], item)


@pytest.mark.parametrize("name", SETS)
def test_bodies_and_pages_are_new(name: str) -> None:
    found = records(name)
    used = [json.loads(line) for path in ("drawn.jsonl", "drawn_check.jsonl") for line in
            (TRAINING / path).read_text().splitlines() if line.strip()]  # fmt: skip
    assert not {r["source"] for r in found} & {r["source"] for r in used}
    mine = Path(__file__).name
    suites = " ".join(path.read_text(errors="ignore") for path in (ROOT / "tests").glob("*.py") if path.name != mine)
    assert not {r["body"] for r in found if r["body"] in suites}
    folders = [path.name.replace("-", " ") for path in REAL.iterdir() if path.is_dir()] if REAL.is_dir() else []
    for record in found:
        assert not [folder for folder in folders if re.search(rf"\b{re.escape(folder)}\b", record["body"].lower())]


def test_first_pages_bodies_are_new_to_every_other_set() -> None:
    """No body or page of the first pages is in any other labelled set (design or check): their check half stays
    unseen by every round that studied another set."""
    others = [
        json.loads(line)
        for path in TRAINING.glob("*.jsonl")
        if not path.name.startswith("first_pages")
        for line in path.read_text().splitlines()
        if line.strip()
    ]
    bodies = {norm(record["body"]) for record in others if record.get("body")}
    sources = {record["source"] for record in others if record.get("source")}
    shared = [
        record["id"]
        for record in records("first_pages")
        if norm(record["body"]) in bodies or record["source"] in sources
    ]
    assert shared == []  # the ids alone: a failure prints nothing of the other sets


def norm(body: str) -> str:
    return " ".join(re.sub(r"[^a-z ]", " ", body.lower()).split())


def test_never_a_training_source() -> None:
    train = (TRAINING / "train.py").read_text()
    assert "orgs_check" not in train and "headings_check" not in train


def test_reader_finds_names_and_facts() -> None:
    module = read_sets()
    people, organisations = module.names_found(
        "Present: Cllr Jane Hill (Chair), Mr Tom Reed. The Clerk had written to the Environment Agency."
    )
    assert people == {"jane hill", "tom reed"} and organisations == {"environment agency"}
    facts = module.document_facts(
        [module.page_of_lines(["KESTON PARISH COUNCIL", "Minutes of the meeting held on Tuesday 4 March 2025"])]
    )
    assert facts.meeting_date == dt.date(2025, 3, 4)
    assert module.body_printed({"body": "Keston Parish Council", "lines": ["KESTON PARISH COUNCIL"]})
    assert not module.body_printed({"body": "Town of Prospect", "lines": ["Town Council", "July 1, 2003"]})
    page = module.page_of_lines(
        ["UPTON PARISH COUNCIL", "Minutes of the meeting held on Tuesday 4 March 2025", "1. Apologies for absence",
         "None were received.", "2. Minutes of the last meeting", "The minutes were approved."]
    )  # fmt: skip
    assert module.items_found(page, "minutes") == [
        {"number": "1", "title": "Apologies for absence"},
        {"number": "2", "title": "Minutes of the last meeting"},
    ]
    assert module.items_found(page, "report") == []


def test_check_split_misses_are_never_listed(monkeypatch, capsys) -> None:  # noqa: ANN001 (pytest fixtures)
    monkeypatch.setattr("sys.argv", ["read_sets.py", "--misses"])
    read_sets().main()
    out = capsys.readouterr().out
    check_ids = {r["id"] for name in SETS for r in records(name) if r["split"] == "check"}
    check_texts = [r["text"][:60] for r in records("orgs_check") if r["id"] in check_ids]
    check_texts += [" / ".join(r["lines"][:2]) for r in records("first_pages") if r["id"] in check_ids]
    assert not [text for text in check_texts if text in out]
    assert re.search(r"check\s+organisations: 126 records, precision", out)


def test_a_body_in_both_sets_is_in_one_split() -> None:
    """A body whose minutes give records to both sets sits in the same split in each (studying one set's design
    half shows none of the other's check half)."""
    orgs = {record["body"].lower(): record["split"] for record in records("orgs_check")}
    for record in records("headings_check"):
        assert orgs.get(record["body"].lower(), record["split"]) == record["split"], record["body"]


def test_second_reader_labels_pages_of_the_set() -> None:
    """first_pages_second.jsonl: a second reader's labels of 80 of the first pages, given only their lines and
    address (`read_sets.py --agreement`)."""
    second = records("first_pages_second")
    first = {record["id"]: record for record in records("first_pages")}
    assert len(second) == len({record["id"] for record in second}) == 80
    for record in second:
        assert set(record) == {"id", "body", "committee", "meeting_date", "doc_type", "items"}, record
        assert record["id"] in first and record["doc_type"] in ("minutes", "agenda_pack", "report", "other"), record
        assert record["meeting_date"] is None or dt.date.fromisoformat(record["meeting_date"]), record


def test_agreement_is_printed(monkeypatch, capsys) -> None:  # noqa: ANN001 (pytest fixtures)
    monkeypatch.setattr("sys.argv", ["read_sets.py", "--agreement"])
    read_sets().main()
    out = capsys.readouterr().out
    assert re.search(r"second reader: 80 first pages, same body [\d.]+, committee", out)
    assert re.search(r"second reader: items precision [\d.]+, recall", out)
