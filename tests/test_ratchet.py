"""The CI ratchet: gold figures must not fall more than 2 points below corpus/baseline.json.

When a capability change raises the figures (or gold files change), record them:
`.venv/bin/python scripts/ratchet.py --update`.
"""

from __future__ import annotations

import json

import pytest

from agendaparse.evaluate import EvalReport, baseline_record, measure_splits, ratchet_failures
from conftest import REAL, ROOT

GOLD = ROOT / "corpus" / "gold"
BASELINE = ROOT / "corpus" / "baseline.json"
UPDATE = "run .venv/bin/python scripts/ratchet.py --update"


def test_gold_figures_do_not_fall_below_the_baseline() -> None:
    if not REAL.is_dir():
        pytest.skip("../shared/corpus/real is absent: the gold files annotate PDFs there (CI has it)")
    if not any(GOLD.glob("*/*.json")):
        pytest.skip("no gold files in corpus/gold/dev or corpus/gold/test yet")
    assert BASELINE.is_file(), f"{BASELINE} is missing; {UPDATE}"
    baseline = json.loads(BASELINE.read_text())
    reports = measure_splits(GOLD, REAL, fast=baseline.get("fast", True))
    failures = ratchet_failures(baseline, reports)
    assert not failures, "gold figures fell below corpus/baseline.json:\n" + "\n".join(failures)
    unrecorded = sorted(split for split in reports if split not in baseline)
    assert not unrecorded, f"splits with gold files but no baseline: {unrecorded}; {UPDATE}"


def report_with(counts: dict) -> EvalReport:
    return EvalReport(gold_dir="dev", fast=True, documents=[{"gold": "a.json"}], counts=counts)


def test_ratchet_fails_on_a_drop_and_passes_on_a_rise() -> None:
    baseline = baseline_record({"dev": report_with({"people": {"tp": 8, "fp": 2, "fn": 2}})})
    assert baseline["dev"]["headline"] == {"people": pytest.approx(0.8)}
    assert ratchet_failures(baseline, {"dev": report_with({"people": {"tp": 9, "fp": 1, "fn": 1}})}) == []
    [failure] = ratchet_failures(baseline, {"dev": report_with({"people": {"tp": 7, "fp": 3, "fn": 3}})})
    assert failure.startswith("dev: people f1")
    crashed = report_with({"people": {"tp": 8, "fp": 2, "fn": 2}})
    crashed.errors.append("b.json: extraction crashed")
    assert ratchet_failures(baseline, {"dev": crashed}) == ["dev: b.json: extraction crashed"]
