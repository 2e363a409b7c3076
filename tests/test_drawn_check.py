"""training/drawn_check.jsonl: the check set of action sentences, labelled blind, never trained on, never designed from.

Stop 53 drew 535 sentences from the published minutes of 40 bodies that no gold, no suite and training/drawn.jsonl
hold, labelled ACTION or OTHER by reading only (the pass was never run on them while labelling; MODEL_CARD.md).
`python training/read_drawn.py --check` prints how the whole NLP pass reads them, figures only. These tests keep the
set what it claims to be: well formed, its bodies new to the suites and to the training data, and out of training.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from conftest import REAL, ROOT
from test_training_drawn import drawn

CHECK = ROOT / "training" / "drawn_check.jsonl"
KINDS = {"action", "resolution", "request", "proposal", "decision", "commitment", "recommendation"}


def check_set() -> list[dict]:
    return [json.loads(line) for line in CHECK.read_text().splitlines() if line.strip()]


def test_records_are_well_formed() -> None:
    records = check_set()
    for record in records:
        assert set(record) == {"id", "text", "label", "source", "body", "kind"}, record
        assert record["id"] == hashlib.sha1(record["text"].encode()).hexdigest()[:12], record
        assert record["label"] in ("ACTION", "OTHER"), record
        assert (record["kind"] in KINDS) if record["label"] == "ACTION" else record["kind"] is None, record
        assert record["source"].startswith(("http://", "https://")) and record["body"].strip(), record
    assert len({record["id"] for record in records}) == len(records)


def test_size_and_spread() -> None:
    records = check_set()
    per_body = Counter(record["body"] for record in records)
    assert len(records) >= 450 and len(per_body) >= 25 and max(per_body.values()) <= 30
    assert 0.1 <= sum(record["label"] == "ACTION" for record in records) / len(records) <= 0.5


def test_bodies_and_pages_are_new() -> None:
    """No body or page of drawn.jsonl, no body a suite names (a suite naming one would be designing from it), and
    no body of ../shared/corpus/real."""
    records = check_set()
    assert not {r["source"] for r in records} & {r["source"] for r in drawn()}
    assert not {r["body"].lower() for r in records} & {r["body"].lower() for r in drawn()}
    mine = Path(__file__).name
    suites = " ".join(path.read_text(errors="ignore") for path in (ROOT / "tests").glob("*.py") if path.name != mine)
    assert not {r["body"] for r in records if r["body"] in suites}
    folders = [path.name.replace("-", " ") for path in REAL.iterdir() if path.is_dir()] if REAL.is_dir() else []
    for record in records:
        assert not [name for name in folders if re.search(rf"\b{re.escape(name)}\b", record["body"].lower())], record


def test_never_a_training_source() -> None:
    train = (ROOT / "training" / "train.py").read_text()
    assert "drawn_check" not in train
    assert re.search(r'^SOURCES = \("annotations", "drawn"\)$', train, re.M)
