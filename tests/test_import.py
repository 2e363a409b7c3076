"""Import behaviour on small files made in the test: bad files, changed files, duplicates."""

from __future__ import annotations

import shutil

import sqlite_utils
from click.testing import CliRunner

from agendaparse.batch import import_paths
from agendaparse.cli import cli
from conftest import REAL, needs_shared

MINUTES = REAL / "ayton-cc" / "2017-06-06_ayton_cc_minutes.pdf"
OTHER = REAL / "ayton-cc" / "2021-07-06_ayton_cc_minutes.pdf"


@needs_shared()
def test_bad_file_is_recorded_and_batch_goes_on(tmp_path, db_path):
    shutil.copy(MINUTES, tmp_path / "good.pdf")
    (tmp_path / "bad.pdf").write_bytes(b"<html>404 Not Found</html>")
    result = CliRunner().invoke(cli, ["import", str(tmp_path), "--db", str(db_path), "--no-progress"])
    assert result.exit_code == 1
    assert "bad.pdf" in result.output and "Traceback" not in result.output
    db = sqlite_utils.Database(db_path)
    assert db["documents"].count == 1
    errors = list(db["import_errors"].rows)
    assert len(errors) == 1 and errors[0]["kind"] == "corrupt"
    assert errors[0]["file"].endswith("bad.pdf")


@needs_shared()
def test_changed_file_replaces_its_rows(tmp_path, db_path):
    target = tmp_path / "minutes.pdf"
    shutil.copy(MINUTES, target)
    import_paths([str(target)], db_path, workers=1, progress=False)
    db = sqlite_utils.Database(db_path)
    first = db.execute("select id from documents").fetchall()
    shutil.copy(OTHER, target)
    summary = import_paths([str(target)], db_path, workers=1, progress=False)
    assert summary.imported == 1
    second = db.execute("select id from documents").fetchall()
    assert len(second) == 1 and second != first
    assert db.execute("select count(distinct document_id) from pages").fetchone()[0] == 1


@needs_shared()
def test_same_content_under_two_names_is_one_document(tmp_path, db_path):
    shutil.copy(MINUTES, tmp_path / "a.pdf")
    shutil.copy(MINUTES, tmp_path / "b.pdf")
    summary = import_paths([str(tmp_path)], db_path, workers=1, progress=False)
    assert summary.imported + summary.duplicates == 2
    db = sqlite_utils.Database(db_path)
    assert db["documents"].count == 1
    assert db["files"].count == 2


def test_usage_error_exits_2(db_path):
    result = CliRunner().invoke(cli, ["import", "--db", str(db_path)])
    assert result.exit_code == 2


def test_missing_file_is_an_error_row(tmp_path, db_path):
    summary = import_paths([str(tmp_path / "nope.pdf")], db_path, workers=1, progress=False)
    assert summary.failed == 1
    assert "nope.pdf" in summary.errors[0].message


def test_every_extracted_document_field_is_stored():
    """A field added to DocumentInfo must reach the documents table."""
    from agendaparse.models import DocumentInfo
    from agendaparse.store import SCHEMA

    assert set(DocumentInfo.model_fields) <= set(SCHEMA["documents"]["columns"])


def test_fts_index_left_without_triggers_is_rebuilt(db_path):
    """A run killed while creating the search index leaves no unsearchable database behind."""
    from agendaparse.store import open_db

    db = open_db(db_path)
    db["pages"].insert({"id": "p1", "document_id": "d", "number": 1, "text": "knife crime"})
    for suffix in ("_ai", "_ad", "_au"):
        db.execute(f"drop trigger pages{suffix}")
    db.close()
    db = open_db(db_path)
    assert list(db.query("select rowid from pages_fts where pages_fts match 'knife'"))
    db["pages"].insert({"id": "p2", "document_id": "d", "number": 2, "text": "speed limits"})
    assert list(db.query("select rowid from pages_fts where pages_fts match 'speed'"))
