"""The design sets of actions beside actions_check.jsonl's design split, read by `python training/read_sets.py` as
the splits "design2" and "design3" of the actions figures (their misses are listed with --misses):

- training/actions_design2.jsonl (stop 66): runs of UK local-government minutes (parish, town and community councils,
  their committees, a health and wellbeing board);
- training/actions_design3.jsonl (stop 67): runs of the printed committee minutes of UK principal councils
  (cabinets, scrutiny, audit, planning and licensing committees, health and wellbeing boards), fire authorities, a
  police and crime panel and a combined authority;

each of bodies no other labelled set, suite or rule was written from. These tests keep each set what it claims: well
formed and self-contained, each labelled action printed in its run, and its bodies and pages new to every other
labelled set and suite.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import re
from pathlib import Path

import pytest

from conftest import ROOT
from test_first_pages_design2 import records, shared_with_other_sets

TRAINING = ROOT / "training"
DESIGN2 = TRAINING / "actions_design2.jsonl"
DESIGN3 = TRAINING / "actions_design3.jsonl"
# each set, the runs and bodies it holds at least, and its split's name in read_sets.py
SETS = [(DESIGN2, 60, 25, "design2"), (DESIGN3, 50, 25, "design3")]
KEYS = {"id", "source", "body", "meeting_date", "text", "actions"}
ACTION_KEYS = {"text", "owners", "kind", "tier", "due_text"}
KINDS = {"action", "resolution", "request", "proposal", "decision", "commitment", "recommendation"}


@pytest.mark.parametrize(("path", "runs", "bodies", "split"), SETS)
def test_records_are_well_formed(path: Path, runs: int, bodies: int, split: str) -> None:
    found = records(path)
    assert len(found) >= runs and len({record["body"] for record in found}) >= bodies
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


@pytest.mark.parametrize("path", [set_[0] for set_ in SETS])
def test_actions_are_printed_in_their_runs(path: Path) -> None:
    """Each action's text as printed in its run (without an 'ACTION:' label), its kind and tier the golds' own, its
    owners without titles and its due words printed in the action."""
    for record in records(path):
        for action in record["actions"]:
            assert set(action) == ACTION_KEYS, (record["id"], action)
            assert action["text"] in record["text"], (record["id"], action["text"])
            assert not re.match(r"(?i)action\s*:", action["text"]), (record["id"], action["text"])
            assert action["kind"] in KINDS and action["tier"] in ("core", "borderline"), (record["id"], action)
            assert all(not re.match(r"(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\b", owner) for owner in action["owners"])
            assert action["due_text"] is None or action["due_text"] in action["text"], (record["id"], action)


@pytest.mark.parametrize("path", [set_[0] for set_ in SETS])
def test_bodies_and_pages_are_new(path: Path) -> None:
    """No body of the set is in any other labelled set (either split), no suite cites its page, and no suite but the
    name-recognition ones (organisations, people: one body is an organisation named on another of its pages there)
    names it: studying it shows nothing of the check halves, and no action rule was written from it."""
    found = records(path)
    assert shared_with_other_sets(found, path) == []
    mine = Path(__file__).name
    paths = [path for path in (ROOT / "tests").glob("*.py") if path.name != mine]
    suites = " ".join(path.read_text(errors="ignore") for path in paths)
    names = ("test_nlp_orgs", "test_nlp_mentions", "test_nlp_people", "test_nlp_names")
    rule_suites = " ".join(path.read_text(errors="ignore") for path in paths if not path.name.startswith(names))
    for record in found:
        assert record["source"] not in suites and record["body"] not in rule_suites, record["id"]


@pytest.mark.parametrize(("path", "runs", "bodies", "split"), SETS)
def test_read_sets_prints_the_actions_figures(path: Path, runs: int, bodies: int, split: str, capsys) -> None:  # noqa: ANN001 (pytest fixture)
    spec = importlib.util.spec_from_file_location("read_sets", TRAINING / "read_sets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.read_action_design_set(module.load(path), misses=False, split=split)
    out = capsys.readouterr().out
    assert re.search(rf"{split}\s+actions: {len(records(path))} runs, core precision [\d.]+, recall [\d.]+", out)
