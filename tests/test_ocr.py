"""Pages without a text layer are read by Tesseract and become searchable."""

from __future__ import annotations

import shutil

import pytest
import sqlite_utils

from agendaparse.batch import import_paths
from agendaparse.extract import extract_document
from agendaparse.pdf import ocr_dpi, read_pages
from conftest import HOSTILE, REAL, needs_shared

pytestmark = [
    needs_shared(),
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed (scripts/system-deps.sh)"),
]


def test_scanned_minutes_are_searchable_by_visible_words(db_path):
    scanned = REAL / "souldern-pc" / "2019-03-28_spc_minutes_scanned.pdf"
    summary = import_paths([str(scanned)], db_path, workers=1, progress=False, ocr="auto")
    assert summary.imported == 1
    db = sqlite_utils.Database(db_path)
    pages = list(db.query("select number, has_text_layer, method from pages order by number"))
    assert all(page["has_text_layer"] == 0 and page["method"] == "ocr" for page in pages)
    # words printed on page 1 of the scan (read from the image by eye)
    for word in ("Souldern", "Apologies", "Oakhill"):
        hits = list(db.query("select rowid from pages_fts where pages_fts match ?", [word]))
        assert hits, word
    document = next(db.query("select meeting_date, doc_type from documents"))
    assert document["meeting_date"] == "2019-03-28"
    assert document["doc_type"] == "minutes"


@pytest.mark.parametrize(
    "name", ["scanned-rotated__docling_ocr_test_rotated_90.pdf", "scanned-rotated__docling_ocr_test_rotated_180.pdf"]
)
def test_rotated_scans_are_read_upright(name):
    pages = read_pages(HOSTILE / name, ocr="auto")
    assert pages[0].text.splitlines()[0].startswith("Docling bundles PDF document conversion")


def test_ocr_never_leaves_scans_empty():
    pages = read_pages(REAL / "souldern-pc" / "2019-03-28_spc_minutes_scanned.pdf", ocr="never")
    assert all(not page.has_text_layer and page.text == "" for page in pages)


def test_cli_ocr_never_is_respected(db_path):
    from click.testing import CliRunner

    from agendaparse.cli import cli

    scanned = REAL / "souldern-pc" / "2019-03-28_spc_minutes_scanned.pdf"
    result = CliRunner().invoke(cli, ["import", str(scanned), "--db", str(db_path), "--ocr", "never", "--no-progress"])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    assert {row["method"] for row in db.query("select method from pages")} == {"pypdfium2"}


def test_small_pages_are_read_at_a_finer_resolution():
    assert ocr_dpi(595, 842) == ocr_dpi(842, 595) == ocr_dpi(612, 792) == 200  # A4 either way, US Letter
    assert ocr_dpi(419, 595) == 300  # A5


def test_a5_scanned_agenda_gives_every_item():
    extraction = extract_document(REAL / "souldern-pc/2021-01-28_spc_agenda_scanned.pdf")
    numbers = [item.number for item in extraction.agenda_items if "(" not in item.number]
    assert numbers == [str(n) for n in range(1, 12)]
