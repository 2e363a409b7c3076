"""training/actions_design3.jsonl (stop 67): a third design set of actions, runs of the printed committee minutes of UK
principal councils (cabinets, scrutiny, audit, planning and licensing committees, health and wellbeing boards), fire
authorities, a police and crime panel and a combined authority, of bodies no other labelled set, suite or rule was
written from; read by `python training/read_sets.py` as the split "design3" of the actions figures (its misses are
listed with --misses, as the other design splits' are).

These tests keep the set what it claims, with test_actions_design2's checks: well formed and self-contained, each
labelled action printed in its run, and its bodies and pages new to every other labelled set and suite.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import re
from pathlib import Path

from conftest import ROOT
from test_actions_design2 import ACTION_KEYS, KEYS, KINDS
from test_first_pages_design2 import norm, other_labelled_records, records

TRAINING = ROOT / "training"
DESIGN3 = TRAINING / "actions_design3.jsonl"


def test_records_are_well_formed() -> None:
    found = records(DESIGN3)
    assert len(found) >= 50 and len({record["body"] for record in found}) >= 25
    assert len({record["id"] for record in found}) == len(found)
    bodies_seen: list[str] = []
    for record in found:
        assert set(record) == KEYS, record.get("id")
        assert record["id"] == hashlib.sha1(record["text"].encode()).hexdigest()[:12], record["id"]
        assert record["source"].startswith(("http://", "https://")), record["id"]
        assert record["meeting_date"] is None or dt.date.fromisoformat(record["meeting_date"]), record["id"]
        assert record["text"] == " ".join(record["text"].split()) and record["text"], record["id"]
        if not bodies_seen or bodies_seen[-1] != record["body"]:
            assert record["body"] not in bodies_seen, record["id"]  # a body's runs together: one document each
            bodies_seen.append(record["body"])


def test_actions_are_printed_in_their_runs() -> None:
    for record in records(DESIGN3):
        for action in record["actions"]:
            assert set(action) == ACTION_KEYS, (record["id"], action)
            assert action["text"] in record["text"], (record["id"], action["text"])
            assert not re.match(r"(?i)action\s*:", action["text"]), (record["id"], action["text"])
            assert action["kind"] in KINDS and action["tier"] in ("core", "borderline"), (record["id"], action)
            assert all(not re.match(r"(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\b", owner) for owner in action["owners"])
            assert action["due_text"] is None or action["due_text"] in action["text"], (record["id"], action)


def test_bodies_and_pages_are_new() -> None:
    """No body of design3 is in any other labelled set (either split), no suite cites its page, and no suite but the
    name-recognition ones names it."""
    found = records(DESIGN3)
    others = other_labelled_records(DESIGN3)
    bodies = {norm(record["body"]) for record in others if record.get("body")}
    sources = {record["source"] for record in others if record.get("source")}
    mine = Path(__file__).name
    paths = [path for path in (ROOT / "tests").glob("*.py") if path.name != mine]
    suites = " ".join(path.read_text(errors="ignore") for path in paths)
    names = ("test_nlp_orgs", "test_nlp_mentions", "test_nlp_people", "test_nlp_names")
    rule_suites = " ".join(path.read_text(errors="ignore") for path in paths if not path.name.startswith(names))
    for record in found:
        assert norm(record["body"]) not in bodies and record["source"] not in sources, record["id"]
        assert record["source"] not in suites and record["body"] not in rule_suites, record["id"]


def test_read_sets_prints_design3_actions(capsys) -> None:  # noqa: ANN001 (pytest fixture)
    spec = importlib.util.spec_from_file_location("read_sets", TRAINING / "read_sets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.read_actions_design2(module.load(module.ACTIONS_DESIGN3), misses=False, split="design3")
    out = capsys.readouterr().out
    assert re.search(r"design3\s+actions: 50 runs, core precision [\d.]+, recall [\d.]+", out)
