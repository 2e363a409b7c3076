"""Nothing is lost: SIGKILL at random moments, database errors, readers during an import."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlite_utils

from agendaparse.batch import import_paths
from agendaparse.errors import DatabaseError
from agendaparse.extract import extract_document
from agendaparse.store import database_errors, open_db, save_extraction
from conftest import REAL, needs_shared
from test_scale import snapshot

pytestmark = needs_shared()
FILES = [
    "kent-cc/2025-01-30_cabinet_printed_minutes.pdf",
    "kent-cc/2025-01-09_county_council_item3_supplement_pack.pdf",
    "ayton-cc/2017-06-06_ayton_cc_minutes.pdf",
    "souldern-pc/2023-08-31_spc_minutes_action_log.pdf",
    "cabinet-office/2011-03-02_transparency_board_action_log.pdf",
    "milburn-pc/2021-01-26_milburn_pc_minutes.pdf",
]
KILLS = 52


def command(db_path) -> list[str]:
    paths = [str(REAL / path) for path in FILES]
    return [
        sys.executable,
        "-m",
        "agendaparse.cli",
        "import",
        *paths,
        "--db",
        str(db_path),
        "--workers",
        "1",
        "--ocr",
        "never",
        "--no-progress",
    ]


def per_document_counts(db_path) -> dict[str, tuple]:
    db = sqlite_utils.Database(db_path)
    if not db["documents"].exists():
        return {}
    return {
        row["id"]: (row["page_count"], row["pages"], row["items"], row["actions"], row["tables"])
        for row in db.query(
            "select id, page_count, "
            "(select count(*) from pages where document_id = documents.id) as pages, "
            "(select count(*) from agenda_items where document_id = documents.id) as items, "
            "(select count(*) from actions where document_id = documents.id) as actions, "
            "(select count(*) from tables where document_id = documents.id) as tables from documents"
        )
    }


def test_sigkill_at_random_moments_never_leaves_half_a_document(tmp_path):
    reference = tmp_path / "reference.db"
    import_paths([str(REAL / path) for path in FILES], reference, workers=1, progress=False, ocr="never")
    expected = per_document_counts(reference)
    rng = random.Random(42)
    kills = 0
    runs = 0
    db_path = tmp_path / "killed-0.db"
    while kills < KILLS:
        runs += 1
        process = subprocess.Popen(
            command(db_path), start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.2, 3.0))  # an uninterrupted run takes about 3 s: startup, then writes
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)  # the importer and its workers
            kills += 1
        else:  # it finished: a fresh database, so the next kills land mid-write again
            db_path = tmp_path / f"killed-{runs}.db"
        process.wait()
        if db_path.exists():
            with sqlite3.connect(db_path) as connection:
                assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
            for document, counts in per_document_counts(db_path).items():
                assert counts == expected[document], "a document is only partly present"
    print(f"{kills} kills in {runs} runs")
    finished = subprocess.run(command(db_path), capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    assert snapshot(db_path) == snapshot(reference)


def test_disk_full_is_a_clear_error_and_rolls_back(tmp_path):
    db = open_db(tmp_path / "full.db")
    db.execute("pragma max_page_count = " + str(db.execute("pragma page_count").fetchone()[0] + 2))
    extraction = extract_document(REAL / FILES[0], ocr="never")
    with pytest.raises(DatabaseError) as caught, database_errors(tmp_path / "full.db"):
        save_extraction(db, extraction, path="x.pdf", size=1, mtime=1.0)
    assert "disk is full" in str(caught.value) and "full.db" in str(caught.value)
    assert db["documents"].count == 0 and db["pages"].count == 0


def test_read_only_database_is_a_clear_error(tmp_path):
    path = tmp_path / "ro.db"
    open_db(path).close()
    readonly = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    extraction = extract_document(REAL / FILES[2], ocr="never")
    with pytest.raises(DatabaseError) as caught, database_errors(path):
        save_extraction(readonly, extraction, path="x.pdf", size=1, mtime=1.0)
    assert "read-only" in str(caught.value) and "permissions" in str(caught.value)


def test_locked_database_is_a_clear_error(tmp_path):
    path = tmp_path / "locked.db"
    open_db(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("begin exclusive")
    try:
        with pytest.raises(DatabaseError) as caught:
            import_paths([str(REAL / FILES[2])], path, workers=1, progress=False, ocr="never", lock_timeout=0.5)
    finally:
        holder.execute("rollback")
        holder.close()
    assert "locked" in str(caught.value) and "locked.db" in str(caught.value)


def test_cli_reports_database_errors_in_one_line(tmp_path):
    from click.testing import CliRunner

    from agendaparse.cli import cli

    missing_folder = tmp_path / "no-such-folder" / "x.db"
    result = CliRunner().invoke(cli, ["import", str(REAL / FILES[2]), "--db", str(missing_folder), "--no-progress"])
    assert result.exit_code == 1
    assert "cannot be opened" in result.output and "Traceback" not in result.output


def test_a_reader_during_an_import_sees_only_whole_documents(tmp_path):
    db_path = tmp_path / "live.db"
    open_db(db_path).close()
    process = subprocess.Popen(command(db_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = 0
    reader = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        while process.poll() is None:
            rows = reader.execute(
                "select page_count, (select count(*) from pages where document_id = documents.id) from documents"
            ).fetchall()
            assert all(expected == present for expected, present in rows)
            seen = max(seen, len(rows))
            time.sleep(0.02)
    finally:
        reader.close()
        process.wait()
    assert seen >= 1 and process.returncode == 0


def test_datasette_serves_the_database_immutable(tmp_path):
    from agendaparse.serve import datasette_app, datasette_command

    path = tmp_path / "served.db"
    open_db(path).close()
    database = datasette_app(path).get_database("served")
    assert database.is_mutable is False
    command = datasette_command(path, host="127.0.0.1", port=8001, metadata_path=tmp_path / "m.json")
    assert command[command.index("-i") + 1] == str(path)
    assert command[command.index("sql_time_limit_ms") + 1] == "3000"


def test_a_database_from_an_earlier_version_gains_new_columns_and_keeps_search(tmp_path):
    path = tmp_path / "old.db"
    db = open_db(path)
    db.execute("alter table action_plan_rows drop column end_date_precision")
    assert "end_date_precision" not in db["action_plan_rows"].columns_dict
    db.conn.close()
    db = open_db(path)  # what `agendaparse import` does with a database made before the column existed
    assert "end_date_precision" in db["action_plan_rows"].columns_dict
    assert {"pages_ai", "pages_ad", "pages_au"} <= {trigger.name for trigger in db["pages"].triggers}
