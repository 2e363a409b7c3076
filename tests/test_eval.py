"""The scorer behind `agendaparse eval`: pure functions on gold / predicted dicts, proven able to fail."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.cli import cli
from agendaparse.evaluate import (
    EvalReport,
    add_counts,
    all_figures,
    bootstrap_intervals,
    evaluate,
    format_report,
    headline,
    iter_headline_drops,
    jaccard,
    merge_continuations,
    norm_name,
    norm_text,
    score_document,
)
from agendaparse.pdf import file_sha256
from conftest import REAL, manifest, needs_shared

GOLD: dict = {
    "source": {"path": "x/minutes.pdf", "sha256": "0" * 64},
    "document": {
        "body": "Kent County Council",
        "committee": "Cabinet",
        "meeting_date": "2025-01-30",
        "doc_type": "minutes",
    },
    "agenda_items": [
        {"number": "1", "title": "Introduction", "printed_pages": None},
        {"number": "4", "title": "Cabinet Member Updates", "printed_pages": "5-12"},
        {"number": None, "title": "Any other business raised by members", "printed_pages": None},
    ],
    "tables": [
        {
            "title": "Action log",
            "page_start": 1,
            "page_end": 2,
            "header": ["No", "Action", "Owner", "Status"],
            "rows": [["1", "Publish data", "Cabinet Office", "Complete"], ["2", "Review spend", "HM Treasury", "Open"]],
        }
    ],
    "action_plan_rows": [
        {
            "theme": None,
            "action_no": "1",
            "action": "Publish data",
            "named_lead": "Jane Smith",
            "lead_org": "Cabinet Office",
            "start_date": "2010-04-01",
            "end_date": "2011-03-31",
            "rag": "Green",
            "status": "complete",
        },
        {
            "theme": None,
            "action_no": "2",
            "action": "Review spend",
            "named_lead": "Joe Bloggs",
            "lead_org": "HM Treasury",
            "start_date": "2010-06-01",
            "end_date": "2011-06-30",
            "rag": "Amber",
            "status": "ongoing",
        },
    ],  # fmt: skip
    "actions": [
        {
            "text": "Penny Pyke to set up meeting dates for the rest of the year",
            "owners": ["Penny Pyke"],
            "due": None,
            "tier": "core",
        },
        {
            "text": "The Clerk to write to the highways department about the potholes",
            "owners": ["Clerk"],
            "due": "2025-02-28",
            "tier": "core",
        },
        {
            "text": "Members agreed to consider the footpath survey at a later date",
            "owners": ["Members"],
            "due": None,
            "tier": "borderline",
        },
    ],  # fmt: skip
    "people": ["Penny Pyke", "Roger Gough"],
    "organisations": ["Kent County Council", "Cabinet Office"],
}


def score(gold: dict, predicted: dict) -> dict:
    return all_figures(score_document(gold, predicted))


def headline_values(figures: dict) -> list[float]:
    return [value for section in figures.values() for value in section.values() if value is not None]


def test_gold_against_itself_scores_one_everywhere() -> None:
    figures = score(GOLD, copy.deepcopy(GOLD))
    assert set(figures) == {"agenda_items", "action_plan_rows", "actions", "tables", "people", "organisations",
                            "document"}  # fmt: skip
    assert headline_values(figures) and all(value == 1.0 for value in headline_values(figures)), figures


def test_perturbations_lower_exactly_the_fields_they_touch() -> None:
    predicted = copy.deepcopy(GOLD)
    del predicted["action_plan_rows"][1]  # a dropped row
    predicted["actions"][1]["owners"] = ["Roger Gough"]  # a wrong owner
    predicted["actions"][1]["due"] = "2025-03-07"  # a shifted date
    predicted["action_plan_rows"][0]["end_date"] = "2011-04-30"  # a shifted date in a plan row
    predicted["action_plan_rows"][0]["status"] = "ongoing"  # a wrong status
    perfect, figures = score(GOLD, GOLD), score(GOLD, predicted)
    lowered = {
        (section, name)
        for section, values in figures.items()
        for name, value in values.items()
        if value != perfect[section][name]
    }
    assert lowered == {
        ("action_plan_rows", "recall"),
        ("action_plan_rows", "f1"),
        ("action_plan_rows", "end_date_accuracy"),
        ("action_plan_rows", "status_accuracy"),
        ("actions", "owner_accuracy"),
        ("actions", "due_accuracy"),
    }, figures
    assert figures["action_plan_rows"]["recall"] == 0.5
    assert figures["action_plan_rows"]["precision"] == 1.0
    assert figures["action_plan_rows"]["end_date_accuracy"] == 0.0
    assert figures["action_plan_rows"]["status_accuracy"] == 0.0
    assert figures["actions"]["owner_accuracy"] == pytest.approx(2 / 3)
    assert figures["actions"]["due_accuracy"] == 0.0


def test_core_and_all_are_scored_separately() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["actions"] = [
        GOLD["actions"][2],  # borderline: neither TP nor FP for core
        {"text": "Something nobody asked for at all", "owners": []},
    ]
    figures = score(GOLD, predicted)["actions"]
    assert figures["core_recall"] == 0.0 and figures["core_precision"] == 0.0  # the one FP, no TP
    assert figures["recall"] == pytest.approx(1 / 3) and figures["precision"] == 0.5


def test_agenda_items_pair_by_number_then_title() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["agenda_items"] = [
        {"number": "1.", "title": "Introduction.", "printed_pages": None},
        {"number": "5", "title": "Cabinet Member Updates", "printed_pages": "5 – 12"},  # wrong number: no pair
        {"number": "9", "title": "Any other business raised by members", "printed_pages": "3"},
    ]
    figures = score(GOLD, predicted)["agenda_items"]
    assert figures["recall"] == pytest.approx(2 / 3)
    assert figures["title_accuracy"] == 1.0
    assert figures["pages_accuracy"] == 0.0  # only the AOB pair has pages, and gold says none


def test_unannotated_sections_are_not_scored() -> None:
    gold = {"source": GOLD["source"], "people": [], "tables": None}
    assert set(score_document(gold, {"people": ["A Person"], "tables": [{"page_start": 1}]})) == {"people"}
    assert score(gold, {"people": ["A Person"]})["people"]["precision"] == 0.0


def test_table_cells_after_header_alignment_and_continuations() -> None:
    table = GOLD["tables"][0]
    reordered = {
        "page_start": 1,
        "page_end": 1,
        "header": ["Owner", "No", "Action", "Status"],
        "rows": [["Cabinet Office", "1", "Publish data", "Complete"]],
    }
    continued = {"page_start": 2, "page_end": 2, "header": reordered["header"], "rows": [reordered["header"],
                 ["HM Treasury", "2", "Review spend", "Closed"]]}  # fmt: skip
    assert len(merge_continuations([reordered, continued])) == 1
    figures = score({"tables": [table]}, {"tables": [reordered, continued]})["tables"]
    assert figures["cell_accuracy"] == pytest.approx(7 / 8)
    assert figures["f1"] == 1.0


def test_names_are_normalised() -> None:
    assert norm_name("Cllr. Roger Gough OBE") == norm_name("roger gough")
    assert norm_name("The Cabinet Office") == norm_name("Cabinet Office")
    assert norm_name("Suffolk\u2019s Libraries") == norm_name("Suffolk's Libraries") == "suffolks libraries"
    # an ampersand between words is "and": one body's name however it joins its parts
    assert norm_name("Crathes, Drumoak & Durris Community Council") == "crathes drumoak and durris community council"
    assert norm_name("Tyne & Wear Fire and Rescue Service") == norm_name("Tyne and Wear Fire and Rescue Service")
    figures = score({"people": ["Roger Gough"]}, {"people": ["Mr Roger Gough", "Dr Jane Smith"]})["people"]
    assert (figures["precision"], figures["recall"]) == (0.5, 1.0)


@given(st.text(max_size=40), st.text(max_size=40))
def test_jaccard_is_symmetric_and_bounded(a: str, b: str) -> None:
    assert jaccard(a, b) == jaccard(b, a)
    assert 0.0 <= jaccard(a, b) <= 1.0


def test_ratchet_flags_only_drops_beyond_tolerance() -> None:
    baseline = {"actions": 0.50, "people": 0.80, "tables": None}
    assert list(iter_headline_drops(baseline, {"actions": 0.485, "people": 0.90})) == []
    drops = list(iter_headline_drops(baseline, {"actions": 0.47, "people": None}))
    assert len(drops) == 2 and drops[0].startswith("actions")


def write_gold(folder: Path, gold: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / (gold["source"]["path"].replace("/", "__").replace(".pdf", ".json"))).write_text(json.dumps(gold))


def test_sha256_mismatch_and_missing_pdf_are_reported(tmp_path: Path) -> None:
    pdf_root = tmp_path / "pdfs"
    (pdf_root / "x").mkdir(parents=True)
    (pdf_root / "x" / "minutes.pdf").write_bytes(b"%PDF-1.4 not what was annotated")
    write_gold(tmp_path / "gold", GOLD)
    write_gold(tmp_path / "gold", GOLD | {"source": {"path": "x/gone.pdf", "sha256": "1" * 64}})
    report = evaluate(tmp_path / "gold", pdf_root, extract=lambda pdf: pytest.fail("must not extract"))
    assert len(report.errors) == 2
    assert any("sha256" in error and "minutes.pdf" in error for error in report.errors)
    assert any("not found" in error and "--pdf-root" in error for error in report.errors)


def test_evaluate_scores_through_the_extract_callable(tmp_path: Path) -> None:
    pdf_root = tmp_path / "pdfs"
    (pdf_root / "x").mkdir(parents=True)
    pdf = pdf_root / "x" / "minutes.pdf"
    pdf.write_bytes(b"%PDF-1.4 annotated bytes")
    write_gold(tmp_path / "gold", GOLD | {"source": {"path": "x/minutes.pdf", "sha256": file_sha256(str(pdf))}})
    report = evaluate(tmp_path / "gold", pdf_root, extract=lambda _: copy.deepcopy(GOLD))
    assert report.errors == [] and len(report.documents) == 1
    assert all(value == 1.0 for value in headline_values(report.figures))


@needs_shared()
def test_cli_eval_on_a_real_pdf_writes_json(tmp_path: Path) -> None:
    row = next(r for r in manifest(REAL) if r["path"].startswith("ayton-cc/"))
    gold = {"source": {"path": row["path"], "sha256": row["sha256"]}, "document": {"doc_type": "minutes"}}
    write_gold(tmp_path / "gold", gold)
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(
        cli, ["eval", "--gold", str(tmp_path / "gold"), "--pdf-root", str(REAL), "--json", str(out), "--fast"]
    )
    assert result.exit_code == 0, result.output
    assert "document" in result.output and "1 documents scored" in result.output
    data = json.loads(out.read_text())
    assert data["documents_scored"] == 1 and data["figures"]["document"]["doc_type_accuracy"] in (0.0, 1.0)


def test_cli_eval_names_a_missing_gold_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path / "nope")])
    assert result.exit_code != 0 and "gold folder not found" in result.output


def test_tables_on_other_pages_do_not_pair() -> None:
    elsewhere = copy.deepcopy(GOLD["tables"][0]) | {"page_start": 5, "page_end": None}
    figures = score({"tables": GOLD["tables"]}, {"tables": [elsewhere]})["tables"]
    assert (figures["f1"], figures["cell_accuracy"]) == (0.0, 0.0)


def _people_counts(tp: int, fp: int, fn: int) -> dict[str, dict[str, int]]:
    return {"people": {"tp": tp, "fp": fp, "fn": fn}}


def test_bootstrap_interval_is_a_point_when_every_document_scores_alike() -> None:
    intervals = bootstrap_intervals([_people_counts(3, 1, 0)] * 5, resamples=200)
    assert intervals["people"] == pytest.approx((6 / 7, 6 / 7))


def test_bootstrap_interval_widens_with_documents_that_disagree_and_is_reproducible() -> None:
    documents = [_people_counts(10, 0, 0)] * 4 + [_people_counts(0, 10, 10)]
    low, high = bootstrap_intervals(documents, resamples=500)["people"]
    point = headline(all_figures({"people": {"tp": 40, "fp": 10, "fn": 10}}))["people"]
    assert low < point < high and high == 1.0 and low < 0.7
    assert bootstrap_intervals(documents, resamples=500) == {"people": (low, high)}
    assert bootstrap_intervals(documents, resamples=0) == {} and bootstrap_intervals([]) == {}


def test_report_prints_each_headline_figure_with_its_interval(tmp_path: Path) -> None:
    report = EvalReport(gold_dir="gold", fast=True)
    for counts in [_people_counts(10, 0, 0)] * 3 + [_people_counts(2, 5, 5)]:
        add_counts(report.counts, counts)
        report.documents.append({"gold": "g.json", "path": "p.pdf", "figures": all_figures(counts), "counts": counts})
    text = format_report(report, resamples=300)
    line = next(line for line in text.splitlines() if line.strip().startswith("people f1"))
    assert "[" in line and ".." in line
    assert "interval" not in format_report(report, resamples=0)
    assert report.to_json_dict()["headline_interval_95"]["people"][1] == 1.0


def test_typed_quotes_and_dashes_equal_typographic_ones():
    """Gold typed on a keyboard has ' and - where the PDF, or OCR, has ’ and –."""
    assert norm_text("Children’s Services – “Update”") == norm_text("children's services - \"update\"")
    assert norm_text("Children’s Services") != norm_text("Childrens Services")


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"])
def test_every_printed_hyphen_and_dash_equals_a_typed_one(dash: str) -> None:
    """A text layer's hyphen (U+2010 in 'mar‐2011' of a Cabinet Office action log) reads '-' from the same page as a
    picture: the same text (stop 43: that log stored as pictures scored 79.7% of cells on the deadline column)."""
    assert norm_text(f"mar{dash}2011") == norm_text("mar-2011")
    assert norm_text(f"mar{dash}2011") != norm_text("mar 2011")
