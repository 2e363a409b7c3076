"""`agendaparse eval-tables`: the cell scorer can fail, pairs tables fairly, and runs on the table corpus."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from agendaparse.cli import cli
from agendaparse.evaluate_tables import (
    ExpectedTable,
    FoundTable,
    camelot_available,
    load_manifest,
    pair_tables,
    relations,
    score_table,
)
from conftest import TABLES, manifest, needs_shared

EXPECTED = [["Area", "2023", "2024"], ["North", "10", "12"], ["South", "7", ""]]


def test_a_table_scored_against_itself_is_perfect():
    score = score_table(EXPECTED, EXPECTED)
    assert (score.precision, score.recall, score.f1, score.relation_f1) == (1.0, 1.0, 1.0, 1.0)


def test_a_missed_table_scores_zero_recall():
    score = score_table(EXPECTED, None)
    assert score.recall == 0.0 and score.precision is None and score.f1 == 0.0


def test_a_wrong_cell_lowers_precision_and_recall():
    found = [row[:] for row in EXPECTED]
    found[1][2] = "13"
    score = score_table(EXPECTED, found)
    assert score.tp == 7 and score.n_expected == 8 and score.n_found == 8


def test_relations_see_structure_that_cells_do_not():
    swapped = [["Area", "2024", "2023"], ["North", "12", "10"], ["South", "", "7"]]
    assert score_table(EXPECTED, swapped).f1 == 1.0
    assert score_table(EXPECTED, swapped).relation_f1 < 1.0


def test_relations_skip_empty_cells():
    assert ("South", "7", "right") in relations(EXPECTED)
    assert ("10", "7", "below") in relations(EXPECTED)


def test_pairing_is_one_to_one_by_page():
    expected = [ExpectedTable("a.csv", (1,), EXPECTED), ExpectedTable("b.csv", (2,), [["x", "y"], ["1", "2"]])]
    found = [FoundTable((2,), [["x", "y"], ["1", "2"]]), FoundTable((1,), EXPECTED), FoundTable((1,), [["z"]])]
    scores, unpaired = pair_tables(expected, found)
    assert [s.f1 for s in scores] == [1.0, 1.0]
    assert unpaired == [2]


def test_a_table_spanning_pages_pairs_with_the_page_tables_joined():
    expected = [ExpectedTable("a.csv", (2, 3), EXPECTED)]
    found = [FoundTable((2,), EXPECTED[:2]), FoundTable((3,), EXPECTED[2:])]
    scores, unpaired = pair_tables(expected, found)
    assert scores[0].f1 == 1.0 and unpaired == []


@needs_shared(TABLES)
def test_manifest_lists_41_tables_with_pages():
    files = load_manifest(TABLES)
    tables = [table for item in files for table in item.expected]
    assert len(files) == len(manifest(TABLES))
    assert len(tables) == 41
    assert all(table.rows and table.pages for table in tables)
    assert {table.flavor for table in tables} <= {"ruled", "unruled", "lattice", "stream"}


@needs_shared(TABLES)
def test_eval_tables_prints_and_writes_figures(tmp_path):
    out = tmp_path / "tables.json"
    args = ["eval-tables", str(TABLES), "--json", str(out), "--verbose"]
    if not camelot_available():
        args.append("--no-camelot")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "overall cell F1" in result.output
    report = json.loads(out.read_text())
    assert report["tables_expected"] == 41 and len(report["tables"]) == 41
    ours = report["overall"]["agendaparse"]["cell_f1"]
    assert 0.0 < ours <= 1.0
    if camelot_available():
        assert 0.0 < report["overall"]["camelot"]["cell_f1"] <= 1.0


def test_eval_tables_names_a_folder_without_manifest(tmp_path):
    result = CliRunner().invoke(cli, ["eval-tables", str(tmp_path), "--no-camelot"])
    assert result.exit_code != 0
    assert "MANIFEST.tsv" in result.output


@pytest.mark.skipif(not camelot_available(), reason="camelot-py (the bench extra) is not installed")
@needs_shared(TABLES)
def test_camelot_reads_a_lattice_table():
    from agendaparse.evaluate_tables import camelot_tables

    item = next(item for item in load_manifest(TABLES) if item.pdf.name == "camelot__twotables_2.pdf")
    found = camelot_tables(item)
    scores, _ = pair_tables(item.expected, found)
    assert all(score.f1 > 0.9 for score in scores)


def test_a_table_merged_over_pages_pairs_with_the_page_tables_joined():
    second = [["North", "10", "12"], ["West", "3", "4"]]
    expected = [ExpectedTable("a.csv", (2,), EXPECTED), ExpectedTable("b.csv", (3,), second)]
    found = [FoundTable((2, 3), EXPECTED + second)]
    scores, unpaired = pair_tables(expected, found)
    assert unpaired == []
    assert scores[0].f1 == 1.0 and scores[0].n_expected == 14  # the joined score, counted once
    assert scores[1].n_expected == 0 and scores[1].f1 is None


@needs_shared(TABLES)
def test_agendaparse_finds_ruled_unruled_and_turned_tables():
    """Issue #5: overall cell F1 of 90% or more on the table corpus, not below camelot's."""
    from agendaparse.evaluate_tables import evaluate_tables

    report = evaluate_tables(TABLES, with_camelot=camelot_available())
    ours = report.totals["agendaparse"]
    assert ours.f1 >= 0.90 and ours.precision >= 0.90
    if camelot_available():
        assert ours.f1 >= report.totals["camelot"].f1
    by_name = {row["table"]: row["agendaparse"] for row in report.tables}
    assert by_name["camelot__health.table1.csv"]["cell_f1"] >= 0.95  # unruled
    assert by_name["camelot__clockwise_table_2.table1.csv"]["cell_f1"] >= 0.95  # unruled, set sideways
    assert by_name["camelot__clockwise_table_1.table1.csv"]["relation_f1"] >= 0.9  # ruled, turned upright
