"""Pages whose paper is larger than what a viewer shows (a CropBox inside the MediaBox: a print designer's export
with bleed, crop marks and a slug line): the shown page is the page. pdfium reads text in the crop box's frame and
pdfplumber in the media box's, so without one frame the ruling of a table missed its words by the bleed; and a
slug line's text ("agenda_pack.indd  3  12/01/2025  10:31"), which no viewer shows, was read as the page's text
(a meeting date from it). `agendaparse eval --variant cropped` scores dev stored so (agendaparse.variants.cropped).

Pass before (HEAD a84dfb2): 3 of 7 (the variant's own checks).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from PIL import Image, ImageChops

from agendaparse import pdf, plumber_pages
from agendaparse.extract import extract_document
from agendaparse.variants import BLEED, write_variant
from conftest import REAL, needs_shared
from test_variants import ROWS, ruled_table_pdf


def _cropped(tmp_path: Path) -> tuple[Path, Path]:
    source = ruled_table_pdf(tmp_path / "ruled.pdf")
    return source, write_variant("cropped", source, tmp_path / "cropped.pdf")


def test_cropped_keeps_the_shown_page_and_adds_paper_round_it(tmp_path):
    source, target = _cropped(tmp_path)
    with pikepdf.open(target) as stored:
        page = stored.pages[0]
        assert [float(v) for v in page.cropbox] == [0, 0, 595.2756, 841.8898]
        assert [float(v) for v in page.mediabox] == [-BLEED, -BLEED, 595.2756 + BLEED, 841.8898 + BLEED]
    with pdfplumber.open(source) as original, pdfplumber.open(target) as cropped:
        assert "indd" not in original.pages[0].extract_text()
        assert "agenda_pack.indd" in cropped.pages[0].extract_text()  # the slug is on the paper, outside the page


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_cropped_shows_the_same_picture(tmp_path):
    source, target = _cropped(tmp_path)
    pictures = []
    for path in (source, target):
        subprocess.run(["pdftoppm", "-cropbox", "-r", "40", "-png", str(path), str(path.with_suffix(""))], check=True)
        pictures.append(Image.open(next(tmp_path.glob(f"{path.stem}-*.png"))).convert("L"))
    assert ImageChops.difference(*pictures).getbbox() is None


def test_text_outside_the_shown_page_is_not_read(tmp_path):
    _, target = _cropped(tmp_path)
    lines = [line.text for line in pdf.read_page(pdf.open_pdf(target), 0).lines]
    assert "Action Log 19 July 2013" in lines
    assert not any("indd" in line for line in lines)


def test_pdfplumber_pages_are_in_the_shown_page_frame(tmp_path):
    source, target = _cropped(tmp_path)
    frames = []
    for path in (source, target):
        with plumber_pages.open_pages(path, [1]) as (page,):
            frames.append(
                (
                    (page.width, page.height),
                    sorted((round(w["x0"], 1), round(w["top"], 1), w["text"]) for w in page.extract_words()),
                    sorted((round(r["x0"], 1), round(r["top"], 1)) for r in page.rects + page.lines),
                )
            )
    assert frames[1] == frames[0]


def test_the_table_of_a_cropped_page_is_read_as_the_original(tmp_path):
    source, target = _cropped(tmp_path)
    tables = [extract_document(path, ocr="never").tables for path in (source, target)]
    assert [t.rows for t in tables[1]] == [t.rows for t in tables[0]]
    assert tables[0] and tables[0][0].rows[-1][:2] == ROWS[-1][:2]


@needs_shared()
@pytest.mark.parametrize(
    "name",
    ["souldern-pc/2023-08-31_spc_minutes_action_log.pdf", "cabinet-office/2011_transparency_board_tb7_agenda.pdf"],
)
def test_real_documents_read_alike_when_cropped(tmp_path, name):
    source = REAL / name
    target = write_variant("cropped", source, tmp_path / "cropped.pdf")
    originals, croppeds = (extract_document(path, ocr="never") for path in (source, target))
    assert [t.rows for t in croppeds.tables] == [t.rows for t in originals.tables]
    assert croppeds.document.meeting_date == originals.document.meeting_date
    assert [a.text for a in croppeds.actions] == [a.text for a in originals.actions]
