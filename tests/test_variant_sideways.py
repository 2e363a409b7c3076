"""Content set sideways on a page with no /Rotate to turn it back (a landscape table printed on a portrait page):
`agendaparse eval --variant sideways`. Each line came out as one tall box of single characters, so dev read
items 4.5, plan rows 0, actions core 34.9, cells 11.9. The pdf stage now measures which way a page's characters
run and reads a page whose characters mostly run sideways (or upside down) with the /Rotate that shows them upright,
on an in-memory copy that the table stage reads too; the file is untouched and the page says so
(``method`` "pypdfium2+turned90").

Pass before (HEAD 56c652c): 0 of 11.
"""

from __future__ import annotations

import glob

import pikepdf
import pytest

from agendaparse import pdf
from agendaparse.extract import extract_document
from agendaparse.variants import write_variant
from conftest import REAL, needs_shared
from test_variants import ruled_table_pdf


def test_sideways_turns_the_drawing_but_sets_no_rotate(tmp_path):
    target = write_variant("sideways", ruled_table_pdf(tmp_path / "ruled.pdf"), tmp_path / "sideways.pdf")
    with pikepdf.open(target) as stored:
        page = stored.pages[0]
        assert int(page.obj.get("/Rotate", 0)) == 0
        assert [float(v) for v in page.mediabox] == pytest.approx([0, 0, 841.89, 595.28], abs=0.01)


def _upright_rotation(path) -> int | None:
    document = pdf.open_pdf(path)
    try:
        return pdf.read_page(document, 0).upright_rotation
    finally:
        document.close()


@needs_shared()
def test_the_turn_that_shows_the_text_upright_is_measured(tmp_path):
    source = REAL / "souldern-pc/2023-08-31_spc_minutes_action_log.pdf"
    sideways = write_variant("sideways", source, tmp_path / "sideways.pdf")
    upside_down = write_variant("sideways", sideways, tmp_path / "upside-down.pdf")
    rotated = write_variant("rotated", source, tmp_path / "rotated.pdf")  # turned back by its /Rotate already
    assert _upright_rotation(source) is None
    assert _upright_rotation(rotated) is None
    assert _upright_rotation(sideways) == 90
    assert _upright_rotation(upside_down) == 180


def test_a_page_with_few_characters_is_left_as_stored(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "filler.pdf"
    page = canvas.Canvas(str(path))
    page.saveState()
    page.translate(300, 200)
    page.rotate(90)
    page.drawString(0, 0, "This page is intentionally left blank")
    page.restoreState()
    page.showPage()
    page.save()
    assert _upright_rotation(path) is None


def test_a_sideways_table_reads_as_the_upright_one(tmp_path):
    source = ruled_table_pdf(tmp_path / "ruled.pdf")
    target = write_variant("sideways", source, tmp_path / "sideways.pdf")
    original, turned = (extract_document(path, ocr="never") for path in (source, target))
    page = turned.pages[0]
    assert page.method == "pypdfium2+turned90" and page.rotation == 90
    assert page.text == original.pages[0].text
    assert (page.width, page.height) == (original.pages[0].width, original.pages[0].height)
    assert [t.rows for t in turned.tables] == [t.rows for t in original.tables] != []
    for turned_table, original_table in zip(turned.tables, original.tables, strict=True):
        assert turned_table.bbox == pytest.approx(original_table.bbox, abs=0.5)


@needs_shared()
@pytest.mark.parametrize(
    "name",
    [
        "souldern-pc/2023-08-31_spc_minutes_action_log.pdf",  # an action log across a page break
        "milburn-pc/2021-01-26_milburn_pc_minutes.pdf",
        "kent-cc/2025-01-30_cabinet_agenda_frontsheet.pdf",
    ],
)
def test_real_documents_read_alike_when_set_sideways(tmp_path, name):
    source = REAL / name
    target = write_variant("sideways", source, tmp_path / "sideways.pdf")
    original, turned = (extract_document(path, ocr="never") for path in (source, target))
    assert all(page.method.endswith("+turned90") for page in turned.pages)
    assert [p.text for p in turned.pages] == [p.text for p in original.pages]
    assert [(i.number, i.title) for i in turned.agenda_items] == [(i.number, i.title) for i in original.agenda_items]
    assert [t.rows for t in turned.tables] == [t.rows for t in original.tables]
    assert [a.text for a in turned.actions] == [a.text for a in original.actions]


@needs_shared()
def test_no_page_of_the_real_corpus_is_turned():
    """The turn is only for text that runs sideways: every real page reads as stored (a filler line or a "Page 3"
    printed up the margin is too little to turn a page)."""
    turned = []
    for path in sorted(glob.glob(str(REAL / "**" / "*.pdf"), recursive=True)):
        try:
            read = pdf.read_document(path)
        except Exception:  # the hostile files of the real corpus are other tests' business
            continue
        turned += [(path, page.number) for page in read.pages if page.turned]
    assert turned == []


def test_a_copy_that_cannot_be_written_leaves_the_pages_as_read(tmp_path, monkeypatch):
    """pdfium failing to write the turned copy costs the turn, not the document: a warning names the pages."""
    target = write_variant("sideways", ruled_table_pdf(tmp_path / "ruled.pdf"), tmp_path / "sideways.pdf")

    def refuse(*args, **kwargs):
        raise pdf.pdfium.PdfiumError("cannot save")

    monkeypatch.setattr(pdf.pdfium.PdfDocument, "save", refuse)
    read = pdf.read_document(target)
    assert read.data is None and read.pages[0].turned == 0 and read.pages[0].rotation == 0
    assert read.warnings == ["page 1: text set sideways could not be turned upright (cannot save)"]


@needs_shared()
@pytest.mark.parametrize("quarter_turns", [2, 3])
def test_an_action_log_upside_down_or_turned_back_reads_alike(tmp_path, quarter_turns):
    """Half and three quarters round: the same text, tables, actions and action-plan rows, RAG colours among them
    (the Cabinet Office log colours its status cells)."""
    source = REAL / "cabinet-office/2011-03-02_transparency_board_action_log.pdf"
    path = source
    for turn in range(quarter_turns):
        path = write_variant("sideways", path, tmp_path / f"turned{turn}.pdf")
    original, turned = (extract_document(p, ocr="never") for p in (source, path))
    assert {page.method for page in turned.pages} == {f"pypdfium2+turned{90 * quarter_turns}"}
    assert [p.text for p in turned.pages] == [p.text for p in original.pages]
    assert [t.rows for t in turned.tables] == [t.rows for t in original.tables]
    assert [t.status_colours for t in turned.tables] == [t.status_colours for t in original.tables]
    rows = [[r.model_dump(exclude={"provenance"}) for r in x.action_plan_rows] for x in (turned, original)]
    assert rows[0] == rows[1] != []
