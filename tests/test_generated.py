"""Extraction of generated ModernGov-style packs against the truth the generator wrote."""

from __future__ import annotations

import json
import sys

import pytest

from agendaparse.extract import extract_document
from conftest import ROOT

sys.path.insert(0, str(ROOT / "corpus"))
from generate import generate  # noqa: E402


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample")
    paths = generate(out, count=1, pack_pages=60, seed=11)
    return {path.stem: (path, json.loads(path.with_suffix(".truth.json").read_text())) for path in paths}


@pytest.fixture(scope="module")
def pack(sample):
    path, truth = sample["sample_pack_1"]
    return extract_document(path), truth


@pytest.fixture(scope="module")
def minutes(sample):
    path, truth = sample["sample_minutes_1"]
    return extract_document(path), truth


def test_generator_is_deterministic(tmp_path):
    first = generate(tmp_path / "a", count=1, pack_pages=30, seed=3)
    second = generate(tmp_path / "b", count=1, pack_pages=30, seed=3)
    for a, b in zip(first, second, strict=True):
        assert a.with_suffix(".truth.json").read_text() == b.with_suffix(".truth.json").read_text()


def test_printed_page_labels(pack):
    extraction, truth = pack
    labels = {page.number: page.label for page in extraction.pages}
    assert labels == {int(k): v for k, v in truth["page_labels"].items()}


def test_filler_pages_flagged_and_out_of_text(pack):
    extraction, truth = pack
    fillers = [page.number for page in extraction.pages if page.is_filler]
    assert fillers == truth["filler_pages"]
    assert all(page.text == "" for page in extraction.pages if page.is_filler)


def test_stamps_are_furniture_not_text(pack):
    extraction, _ = pack
    for page in extraction.pages:
        assert "Agenda Item" not in page.text
        assert not any(line.strip().startswith("Page ") for line in page.text.splitlines())


def test_action_plan_continues_across_pages(pack):
    extraction, truth = pack
    plans = [t for t in extraction.tables if t.kind == "action_plan"]
    assert len(plans) == 1
    expected = truth["tables"][0]
    assert (plans[0].page_start, plans[0].page_end) == (expected["page_start"], expected["page_end"])
    assert plans[0].rows == expected["rows"]


def test_action_plan_rows_fields(pack):
    extraction, truth = pack
    got = [row.model_dump(mode="json") for row in extraction.action_plan_rows]
    assert len(got) == len(truth["action_plan_rows"])
    for row, expected in zip(got, truth["action_plan_rows"], strict=True):
        for field in ("theme", "action_no", "action", "named_lead", "lead_org", "start_date", "end_date", "rag"):
            assert row[field] == expected[field], field


def test_document_facts(pack, minutes):
    for extraction, truth in (pack, minutes):
        document = extraction.document
        assert document.doc_type == truth["document"]["doc_type"]
        assert document.body == truth["document"]["body"]
        assert document.committee == truth["document"]["committee"]
        assert document.meeting_date.isoformat() == truth["document"]["meeting_date"]


def test_agenda_items_with_printed_pages(pack):
    extraction, truth = pack
    got = [(i.number, i.title, i.printed_pages) for i in extraction.agenda_items]
    assert got == [(i["number"], i["title"], i["printed_pages"]) for i in truth["agenda_items"]]


def test_every_pack_page_belongs_to_one_item_or_front_matter(pack):
    extraction, truth = pack
    got = {page.number: page.item for page in extraction.pages}
    assert got == {int(k): v for k, v in truth["page_items"].items()}


def test_minutes_items_and_actions(minutes):
    extraction, truth = minutes
    assert [(i.number, i.title) for i in extraction.agenda_items] == [
        (i["number"], i["title"]) for i in truth["agenda_items"]
    ]
    actions = [a for a in extraction.actions if a.kind == "action"]
    expected = [a for a in truth["actions"] if a["kind"] == "action"]
    assert [(a.owners, a.due.isoformat() if a.due else None) for a in actions] == [
        (a["owners"], a["due"]) for a in expected
    ]
