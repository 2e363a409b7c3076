"""training/drawn_design.jsonl and drawn_second.jsonl: the design set of action sentences and a second reading.

Stop 54 drew 4,117 sentences from the published minutes of 266 bodies new to every gold, suite and earlier set
(English parish and town councils, UK principal councils' committees, NHS, police, fire and partnership boards,
Scottish, Welsh, Irish and Channel Islands councils, clubs and associations, and councils and boards of the US,
Canada, Australia and New Zealand), labelled ACTION or OTHER by reading only, with each ACTION's kind. Unlike the
check set (drawn_check.jsonl) it may be studied and trained on: `python training/cross_validate.py` trains on it by
body-grouped folds. drawn_second.jsonl holds a second reader's blind labels of 628 sentences of both sets
(`python training/read_drawn.py --agreement`), drawn_check_tiers.jsonl a third reader's core / borderline / none
reading of the check set (`--check` scores it without the arguable sentences) and drawn_design_tiers.jsonl the same
of the design set (`--design`). These tests keep them what they claim.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

from conftest import REAL, ROOT
from test_drawn_check import KINDS, check_set
from test_training_drawn import drawn

TRAINING = ROOT / "training"


def records(name: str) -> list[dict]:
    return [json.loads(line) for line in (TRAINING / f"{name}.jsonl").read_text().splitlines() if line.strip()]


def test_design_records_are_well_formed() -> None:
    design = records("drawn_design")
    for record in design:
        assert set(record) == {"id", "text", "label", "source", "body", "kind"}, record
        assert record["id"] == hashlib.sha1(record["text"].encode()).hexdigest()[:12], record
        assert (record["kind"] in KINDS) if record["label"] == "ACTION" else record["label"] == "OTHER", record
        assert record["kind"] is None or record["label"] == "ACTION", record
        assert record["source"].startswith(("http://", "https://")) and record["body"].strip(), record
    assert len({record["id"] for record in design}) == len(design)


def test_design_size_and_spread() -> None:
    design = records("drawn_design")
    per_body = Counter(record["body"] for record in design)
    assert len(design) >= 4000 and len(per_body) >= 250 and max(per_body.values()) <= 25
    assert 0.1 <= sum(record["label"] == "ACTION" for record in design) / len(design) <= 0.3
    assert len({record["kind"] for record in design if record["kind"]}) == len(KINDS)


def test_design_shares_nothing_with_the_check_set_or_drawn() -> None:
    """No sentence, page or body of the check set (so training on the design set never trains on the check set), and
    none of drawn.jsonl (so the two design sources are not counted twice)."""
    design = records("drawn_design")
    for other in (check_set(), drawn()):
        assert not {r["id"] for r in design} & {r["id"] for r in other}
        assert not {r["source"] for r in design} & {r["source"] for r in other}
        assert not {r["body"].lower() for r in design} & {r["body"].lower() for r in other}


def test_design_bodies_are_not_the_corpus_bodies() -> None:
    folders = [path.name.replace("-", " ") for path in REAL.iterdir() if path.is_dir()] if REAL.is_dir() else []
    for record in records("drawn_design"):
        assert not [name for name in folders if re.search(rf"\b{re.escape(name)}\b", record["body"].lower())], record


def test_second_reading_covers_both_sets() -> None:
    second = records("drawn_second")
    check_ids, design_ids = {r["id"] for r in check_set()}, {r["id"] for r in records("drawn_design")}
    assert len({r["id"] for r in second}) == len(second) >= 600
    assert all(r["id"] in check_ids | design_ids for r in second)
    assert sum(r["id"] in check_ids for r in second) >= 300 and sum(r["id"] in design_ids for r in second) >= 300
    for record in second:
        assert set(record) == {"id", "label", "kind"} and record["label"] in ("ACTION", "OTHER"), record
        assert (record["kind"] in KINDS) if record["label"] == "ACTION" else record["kind"] is None, record


def test_agreement_is_scored_on_the_shared_sentences() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("read_drawn", TRAINING / "read_drawn.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    first = [{"id": "a", "label": "ACTION"}, {"id": "b", "label": "OTHER"}, {"id": "c", "label": "ACTION"}]
    second = [{"id": "a", "label": "ACTION"}, {"id": "b", "label": "ACTION"}, {"id": "z", "label": "ACTION"}]
    assert module.agreement(first, second) == (
        "2 sentences both labelled: ACTION 1 by the first reader, 2 by the second, 1 by both; F1 66.7, same label 50.0%"
    )


def test_check_tiers_cover_the_check_set() -> None:
    """drawn_check_tiers.jsonl: a third reader's three-way reading (core, borderline, none) of every check sentence."""
    tiers = records("drawn_check_tiers")
    assert [record["id"] for record in tiers] == [record["id"] for record in check_set()]
    assert all(set(record) == {"id", "tier"} and record["tier"] in ("core", "borderline", "none") for record in tiers)
    counts = Counter(record["tier"] for record in tiers)
    assert counts["core"] and counts["borderline"] and counts["none"] > counts["core"]


def test_design_tiers_cover_the_design_set() -> None:
    """drawn_design_tiers.jsonl: four more readers' three-way reading of every design sentence, in the set's order."""
    tiers = records("drawn_design_tiers")
    assert [record["id"] for record in tiers] == [record["id"] for record in records("drawn_design")]
    assert all(set(record) == {"id", "tier"} and record["tier"] in ("core", "borderline", "none") for record in tiers)
