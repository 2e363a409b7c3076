"""Bulk import: Dask executor, page de-duplication, resumability."""

from __future__ import annotations

import sys

import pypdfium2 as pdfium
import pytest
import sqlite_utils

from agendaparse.batch import import_paths
from conftest import REAL, ROOT, needs_shared

sys.path.insert(0, str(ROOT / "corpus"))
from generate import generate  # noqa: E402

VOLATILE = {"imported_at", "at"}
SAMPLE = [
    "ayton-cc/2017-06-06_ayton_cc_minutes.pdf",
    "cabinet-office/2011-03-02_transparency_board_action_log.pdf",
    "kent-cc/2025-01-30_cabinet_agenda_frontsheet.pdf",
    "souldern-pc/2023-08-31_spc_minutes_action_log.pdf",
    "milburn-pc/2021-01-26_milburn_pc_minutes.pdf",
]


def snapshot(db_path) -> dict[str, list[tuple]]:
    """Every table's rows, order-free, without timestamps."""
    db = sqlite_utils.Database(db_path)
    tables = {}
    for name in db.table_names():
        if name.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")):
            continue
        rows = [tuple(sorted((k, v) for k, v in row.items() if k not in VOLATILE)) for row in db[name].rows]
        tables[name] = sorted(rows, key=repr)
    return tables


@needs_shared()
def test_dask_executor_gives_the_same_database(tmp_path):
    distributed = pytest.importorskip("distributed")
    files = [str(REAL / path) for path in SAMPLE]
    import_paths(files, tmp_path / "local.db", workers=2, progress=False, ocr="never")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        summary = import_paths(files, tmp_path / "dask.db", progress=False, ocr="never", executor=address)
    assert summary.imported == len(files)
    assert snapshot(tmp_path / "dask.db") == snapshot(tmp_path / "local.db")


def _cut_pages(source, target, first: int, last: int) -> None:
    """An 'individual report': pages first..last (1-based) of a pack saved as their own PDF."""
    pack = pdfium.PdfDocument(str(source))
    report = pdfium.PdfDocument.new()
    report.import_pages(pack, list(range(first - 1, last)))
    report.save(str(target))


def pack_and_report(tmp_path) -> sqlite_utils.Database:
    """A generated pack and a 'report' of four of its pages, imported together."""
    pack = generate(tmp_path, count=1, pack_pages=30, seed=5)[0]
    _cut_pages(pack, tmp_path / "report.pdf", 5, 8)
    db_path = tmp_path / "pack-and-report.db"
    import_paths([str(pack), str(tmp_path / "report.pdf")], db_path, workers=1, progress=False, ocr="never")
    return sqlite_utils.Database(db_path)


def test_page_published_twice_is_stored_once_with_both_provenances(tmp_path):
    db = pack_and_report(tmp_path)
    copies = list(
        db.query(
            "select text_hash, count(*) as n, sum(text is not null) as with_text from pages "
            "where text_hash is not null group by text_hash having n > 1"
        )
    )
    assert len(copies) == 4  # the four report pages appear in both documents
    assert all(row["with_text"] == 1 for row in copies)
    duplicates = list(db.query("select id, duplicate_of from pages where duplicate_of is not null"))
    assert len(duplicates) == 4
    # searching finds each shared page once
    word = next(
        db.query(
            "select text from pages where text is not null and text_hash in "
            "(select text_hash from pages where duplicate_of is not null)"
        )
    )["text"].split()[3]
    hits = list(db.query("select rowid from pages_fts where pages_fts match ?", [f'"{word}"']))
    assert len(hits) >= 1


def test_deleting_the_copy_holding_the_text_hands_it_on(tmp_path):
    db = pack_and_report(tmp_path)
    holder = next(
        db.query(
            "select document_id from pages where text_hash is not null and duplicate_of is null "
            "and text_hash in (select text_hash from pages where duplicate_of is not null)"
        )
    )
    from agendaparse.store import delete_document

    with db.atomic():
        delete_document(db, holder["document_id"])
    orphans = list(db.query("select id from pages where text is null and text_hash is not null"))
    assert orphans == []


@needs_shared()
def test_interrupted_import_resumes_to_the_same_database(tmp_path):
    files = [str(REAL / path) for path in SAMPLE]
    import_paths(files, tmp_path / "full.db", workers=1, progress=False, ocr="never")
    import_paths(files[:2], tmp_path / "resumed.db", workers=1, progress=False, ocr="never")  # "stopped" here
    summary = import_paths(files, tmp_path / "resumed.db", workers=1, progress=False, ocr="never")
    assert summary.unchanged == 2 and summary.imported == len(files) - 2
    assert snapshot(tmp_path / "resumed.db") == snapshot(tmp_path / "full.db")


@needs_shared()
def test_killed_import_reruns_to_the_same_database(tmp_path):
    """SIGKILL the importer part-way, rerun it, and compare with an uninterrupted import."""
    import os
    import signal
    import subprocess
    import time

    files = [str(REAL / path) for path in SAMPLE]
    import_paths(files, tmp_path / "full.db", workers=1, progress=False, ocr="never")
    command = [
        sys.executable,
        "-m",
        "agendaparse.cli",
        "import",
        *files,
        "--db",
        str(tmp_path / "killed.db"),
        "--workers",
        "1",
        "--ocr",
        "never",
        "--no-progress",
    ]
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    db = tmp_path / "killed.db"
    while time.monotonic() < deadline:  # kill once at least one document is in
        if (
            db.exists()
            and sqlite_utils.Database(db)["documents"].exists()
            and sqlite_utils.Database(db)["documents"].count >= 1
        ):
            break
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    partial = sqlite_utils.Database(db)["documents"].count
    assert partial < len(files), "the import finished before it could be killed"
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(db) == snapshot(tmp_path / "full.db")
