"""The CI ratchet: gold figures must not fall more than 2 points below corpus/baseline.json.

When a capability change raises the figures (or gold files change), record them:
`.venv/bin/python scripts/ratchet.py --update`.
"""

from __future__ import annotations

import json

import pytest

from agendaparse.evaluate import (
    EvalReport,
    baseline_record,
    measure_report,
    ratchet_failures,
    ratchet_report_names,
)
from conftest import REAL, ROOT

GOLD = ROOT / "corpus" / "gold"
BASELINE = ROOT / "corpus" / "baseline.json"
UPDATE = "run .venv/bin/python scripts/ratchet.py --update"
# one test a report, so that the test run's workers share the reports (each a whole split or variant read again)
REPORTS = ratchet_report_names(GOLD)


def baseline() -> dict:
    assert BASELINE.is_file(), f"{BASELINE} is missing; {UPDATE}"
    return json.loads(BASELINE.read_text())


@pytest.mark.parametrize("name", REPORTS)
def test_gold_figures_do_not_fall_below_the_baseline(name: str) -> None:
    if not REAL.is_dir():
        pytest.skip("../shared/corpus/real is absent: the gold files annotate PDFs there (CI has it)")
    recorded = baseline()
    assert name in recorded, f"{name} has gold files but no baseline; {UPDATE}"
    report = measure_report(name, GOLD, REAL, fast=recorded.get("fast", True))
    failures = ratchet_failures(recorded, {name: report})
    assert not failures, "gold figures fell below corpus/baseline.json:\n" + "\n".join(failures)


def test_every_report_the_ratchet_measures_has_a_baseline() -> None:
    assert REPORTS, "no gold files in corpus/gold/dev, test or tune"
    assert set(REPORTS) <= set(baseline()), UPDATE


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
