"""The spine on the real council PDFs of ../shared/corpus/real."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pytest
import sqlite_utils
from click.testing import CliRunner

from agendaparse.cli import cli
from conftest import REAL, ROOT, manifest, needs_shared

pytestmark = needs_shared()
SCHEMA = json.loads((ROOT / "schemas" / "extraction.schema.json").read_text())
FILES = [row["path"] for row in manifest(REAL)] if REAL.is_dir() else []


@pytest.mark.parametrize("path", FILES)
def test_extract_prints_json_valid_against_schema(path):
    result = CliRunner().invoke(cli, ["extract", str(REAL / path), "--no-page-text", "--ocr", "never"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, SCHEMA)
    for key in ("document", "agenda_items", "tables", "action_plan_rows", "actions", "people", "organisations"):
        assert key in data
    for key in ("file", "body", "committee", "meeting_date", "doc_type", "title"):
        assert key in data["document"]


def test_import_accounts_for_every_file(real_db):
    db = sqlite_utils.Database(real_db)
    imported = {row["path"] for row in db.query("select path from files")}
    failed = {row["file"]: row["message"] for row in db.query("select * from import_errors")}
    for path in FILES:
        full = str(REAL / path)
        assert full in imported or full in failed, path
    for message in failed.values():
        assert "Traceback" not in message and message.strip()


def test_scanned_pages_are_flagged_without_text_layer(real_db):
    db = sqlite_utils.Database(real_db)
    scanned = [row["path"] for row in manifest(REAL) if row["text_layer"] == "n"]
    for path in scanned:
        rows = list(
            db.query(
                "select pages.has_text_layer from pages join files on files.document_id = pages.document_id "
                "where files.path = ?",
                [str(REAL / path)],
            )
        )
        assert rows, path
        assert sum(r["has_text_layer"] for r in rows) < len(rows), path


def test_reimport_is_a_no_op(real_db, tmp_path):
    copy = tmp_path / "real.db"  # the session's database is shared read-only between workers
    shutil.copy(real_db, copy)
    db = sqlite_utils.Database(copy)
    before = {name: db[name].count for name in db.table_names()}
    result = CliRunner().invoke(cli, ["import", str(REAL), "--db", str(copy), "--no-progress", "--ocr", "never"])
    assert result.exit_code == 0, result.output
    assert f"{len(FILES)} unchanged" in result.output
    after = {name: db[name].count for name in db.table_names()}
    assert before == after


def test_filler_pages_never_in_search_text(real_db):
    db = sqlite_utils.Database(real_db)
    leaked = list(db.query("select id from pages where text like '%intentionally left blank%'"))
    assert leaked == []
    assert db.execute("select count(*) from pages where is_filler = 1").fetchone()[0] > 0


def test_section_heading_rows_are_stored_with_their_table(real_db):
    """Rows printed as one cell across an action plan (Kent ICS priorities appendix) are kept as
    spanning rows in the database; the themes of the plan rows are read from them (an introduction
    printed the same way, ending 'Key priorities include:-', is a spanning row but not a theme)."""
    db = sqlite_utils.Database(real_db)
    tables = list(
        db.query(
            "select t.id, t.rows, t.spanning_rows from tables t join documents d on d.id = t.document_id "
            "where d.file_name = '2025-01-30_appendix_b_ics_priorities_measures.pdf' and t.spanning_rows != '[]'"
        )
    )
    assert len(tables) >= 3, "the ICS appendix's plans lost their spanning rows"
    headings, themes = set(), set()
    for table in tables:
        rows, spanning = json.loads(table["rows"]), json.loads(table["spanning_rows"])
        headings |= {rows[index][0] for index in spanning}
        plan_rows = db.query("select theme from action_plan_rows where table_id = ?", [table["id"]])
        themes |= {row["theme"] for row in plan_rows if row["theme"]}
    assert len(themes) >= 5
    assert themes <= headings
