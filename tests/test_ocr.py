"""Pages without a text layer are read by Tesseract and become searchable."""

from __future__ import annotations

import os
import re
import shutil

import pytest
import sqlite_utils

from agendaparse.batch import import_paths
from agendaparse.extract import extract_document
from agendaparse.pdf import ocr_dpi, open_pdf, read_page, read_pages
from conftest import HOSTILE, REAL, manifest, needs_shared

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


# Words printed on the first page of every scanned PDF of the corpus, read from the rendered page by eye.
# (Nipissing 2025's struck-through item 2 is not read: Tesseract drops the line.)
WORDS_ON_FIRST_PAGE = {
    "milburn-pc/2019_milburn_pc_annual_return_scanned.pdf": ("Exemption", "Governance", "Accountability"),
    "nipissing-township/2024-03-19_council_agenda_package_scanned.pdf": ("Beach", "Newsletter", "Correspondence"),
    "nipissing-township/2025-09-02_council_agenda_package_scanned.pdf": ("Sudbury", "Newsletter", "Adjournment"),
    "omaha/1303a_city_council_agenda_scanned.pdf": ("Ordinance", "Religious", "rezoning"),
    "souldern-pc/2019-03-28_spc_minutes_scanned.pdf": ("Souldern", "Apologies", "Oakhill"),
    "souldern-pc/2020-11-25_spc_minutes_scanned.pdf": ("Apologies", "Playground", "Declarations"),
    "souldern-pc/2021-01-28_spc_agenda_scanned.pdf": ("Highways", "Planning", "Finance"),
    "souldern-pc/2026_spc_accounting_statements_scanned.pdf": ("Statements", "Balances", "borrowings"),
}


def test_every_scanned_pdf_of_the_corpus_is_covered():
    assert set(WORDS_ON_FIRST_PAGE) == {row["path"] for row in manifest(REAL) if row["text_layer"] == "n"}


@pytest.mark.parametrize("path", sorted(WORDS_ON_FIRST_PAGE))
def test_scanned_pdfs_read_the_words_visible_on_their_pages(path):
    """Each scan's first page (one page each: OCR takes seconds a page) gives its visible words."""
    pdf = open_pdf(REAL / path)
    try:
        page = read_page(pdf, 0, ocr=True)
    finally:
        pdf.close()
    assert page.method == "ocr"
    words = set(re.findall(r"\w+", page.text.lower()))  # as the search index splits them ("13.Correspondence.")
    for word in WORDS_ON_FIRST_PAGE[path]:
        assert word.lower() in words, (word, page.text[:300])


def test_tesseract_runs_one_thread_unless_the_user_sets_a_limit(monkeypatch):
    from agendaparse.tesseract import THREAD_LIMIT_VARIABLE, pytesseract_module

    monkeypatch.delenv(THREAD_LIMIT_VARIABLE, raising=False)
    pytesseract_module()
    assert os.environ[THREAD_LIMIT_VARIABLE] == "1"
    monkeypatch.setenv(THREAD_LIMIT_VARIABLE, "2")
    pytesseract_module()
    assert os.environ[THREAD_LIMIT_VARIABLE] == "2"


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract is not installed")
def test_images_read_in_one_tesseract_run_read_as_one_by_one():
    from PIL import Image, ImageDraw

    from agendaparse.tesseract import image_data_many, pytesseract_module

    pytesseract = pytesseract_module()
    images = []
    for text in ["Clerk to write to the Highways Authority", "", "31/03/2026", "Complete 12,345"]:
        image = Image.new("L", (420, 60), 255)
        ImageDraw.Draw(image).text((10, 22), text, fill=0)
        images.append(image.resize((1260, 180)))
    words = pytesseract.Output.DICT
    alone = [pytesseract.image_to_data(image, output_type=words, config="--psm 6") for image in images]
    together = image_data_many(images, config="--psm 6")
    assert [data["text"] for data in together] == [data["text"] for data in alone]
    assert together == alone
    assert any(word.strip() for word in together[2]["text"])
