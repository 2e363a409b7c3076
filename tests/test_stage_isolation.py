"""A stage that raises on one document costs that stage's records, not the document (extract.StageRunner).

The failure is injected: a rule bug cannot be summoned on demand, and the point is what happens around it.
"""

from __future__ import annotations

import json

import pytest

from agendaparse import nlp as nlp_stage
from agendaparse import segment
from agendaparse.extract import extract_document
from agendaparse.store import save_extraction
from conftest import ROOT

MINUTES = ROOT / "tests" / "fixtures" / "office_minutes" / "district-committee-multilevel.pdf"


def _raise(*args, **kwargs):
    raise RuntimeError("rule met text it was not written for")


def test_a_failing_actions_stage_keeps_the_rest_and_says_so(monkeypatch):
    whole = extract_document(MINUTES, strict=False)
    assert whole.actions and whole.agenda_items and whole.tables  # the document has all of them
    monkeypatch.setattr(nlp_stage, "find_actions", _raise)
    degraded = extract_document(MINUTES, strict=False)
    assert degraded.agenda_items == whole.agenda_items
    assert degraded.tables == whole.tables
    assert degraded.people == whole.people
    assert degraded.action_plan_rows == whole.action_plan_rows == []
    assert degraded.actions == []  # its actions are all in prose
    (warning,) = [w for w in degraded.document.warnings if w.startswith("actions not extracted")]
    assert "RuntimeError: rule met text it was not written for" in warning
    assert "report this file" in warning


def test_a_failing_segmentation_stage_keeps_actions(monkeypatch):
    monkeypatch.setattr(segment, "minutes_items", _raise)
    degraded = extract_document(MINUTES, strict=False)
    assert degraded.agenda_items == []
    assert degraded.actions  # found without items: they carry no item number
    assert any(w.startswith("agenda items not extracted") for w in degraded.document.warnings)


def test_strict_raises_and_the_environment_sets_it(monkeypatch):
    monkeypatch.setattr(nlp_stage, "find_actions", _raise)
    with pytest.raises(RuntimeError):
        extract_document(MINUTES, strict=True)
    monkeypatch.setenv("AGENDAPARSE_STRICT", "1")
    with pytest.raises(RuntimeError):
        extract_document(MINUTES)
    monkeypatch.setenv("AGENDAPARSE_STRICT", "0")
    assert extract_document(MINUTES).agenda_items


def test_the_stage_warning_is_stored_with_the_document(monkeypatch, fresh_db):
    monkeypatch.setattr(nlp_stage, "find_mentions", _raise)
    extraction = extract_document(MINUTES, strict=False)
    save_extraction(fresh_db, extraction, path=str(MINUTES), size=MINUTES.stat().st_size, mtime=0.0)
    (row,) = fresh_db["documents"].rows
    assert any(w.startswith("people and organisations not extracted") for w in json.loads(row["warnings"]))
    assert fresh_db["agenda_items"].count == len(extraction.agenda_items) > 0
