"""The NLP training data stays apart from the gold set, and the shipped model is the trained one."""

from __future__ import annotations

import json

from agendaparse.nlp import build_nlp, classifier_text, cue_tags
from conftest import ROOT

TRAINING = ROOT / "training"


def sources() -> set[str]:
    lines = (TRAINING / "sources.txt").read_text().splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_training_sources_are_not_dev_or_test_gold():
    """The tune split may annotate them (its actions figures then flatter the classifier); dev and test may not."""
    gold = {
        json.loads(p.read_text())["source"]["path"]
        for split in ("dev", "test")
        for p in (ROOT / "corpus" / "gold" / split).glob("*.json")
    }
    assert not sources() & gold


def test_annotations_are_references_not_text():
    allowed = {"id", "path", "sha256", "page", "start", "end", "label"}
    for line in (TRAINING / "annotations.jsonl").read_text().splitlines():
        note = json.loads(line)
        assert set(note) == allowed
        assert note["path"] in sources()
        assert note["label"] in {"action", "none"}
        assert 0 <= note["start"] < note["end"]


def test_metrics_match_the_annotations():
    metrics = json.loads((TRAINING / "metrics.json").read_text())
    notes = [json.loads(line) for line in (TRAINING / "annotations.jsonl").read_text().splitlines()]
    assert metrics["examples"] == len(notes)
    assert metrics["positives"] == sum(note["label"] == "action" for note in notes)


def test_pipeline_has_our_components_and_scores_actions():
    nlp = build_nlp()
    assert {"agendaparse_owner_ruler", "agendaparse_action_cues", "agendaparse_action_classifier"} <= set(
        nlp.pipe_names
    )
    action = nlp("It was agreed that the Clerk would write to the Highways Authority about the signs.")
    narrative = nlp("The weather was fine and the hall was full.")
    assert action._.action_score > narrative._.action_score


def test_classifier_text_carries_cues():
    assert cue_tags("KC agreed to contact the residents.")[:1]
    assert classifier_text("KC agreed to contact the residents.").startswith("cue_")
