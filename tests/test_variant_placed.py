"""Pages placed on the paper as one Form XObject, shrunk about the centre by the form's /Matrix (as tools that merge
documents into a pack, stamp them or fit them to a printable area place pages): `agendaparse eval --variant placed`.
A page whose writer had drawn it inside a form of its own is then three forms deep, and the ruling the pdf stage
counted two forms deep was lost (the ruled reader never ran: souldern's risk register read from its words); a listing
stopped at a fixed share of the page's height, which the wider margins moved its footer above.

Pass before (HEAD 6897249): 2 of 5 (the variant's own checks).
"""

from __future__ import annotations

import pikepdf
import pytest

from agendaparse import pdf
from agendaparse.extract import extract_document
from agendaparse.variants import PLACED_SCALE, write_variant
from conftest import REAL, needs_shared
from test_variants import ruled_table_pdf


def test_placed_draws_the_page_as_one_scaled_form(tmp_path):
    target = write_variant("placed", ruled_table_pdf(tmp_path / "ruled.pdf"), tmp_path / "placed.pdf")
    with pikepdf.open(target) as stored:
        page = stored.pages[0]
        assert page.obj.Contents.read_bytes() == b"q /PlacedPage Do Q"
        form = page.obj.Resources.XObject.PlacedPage
        assert float(form.Matrix[0]) == pytest.approx(PLACED_SCALE)


def test_placed_keeps_the_words_a_little_smaller(tmp_path):
    source = ruled_table_pdf(tmp_path / "ruled.pdf")
    target = write_variant("placed", source, tmp_path / "placed.pdf")
    lines = [pdf.read_page(pdf.open_pdf(path), 0).lines for path in (source, target)]
    assert [line.text for line in lines[1]] == [line.text for line in lines[0]]
    heights = [line.bottom - line.top for line in (lines[0][0], lines[1][0])]
    assert heights[1] == pytest.approx(PLACED_SCALE * heights[0], rel=0.05)


def test_ruling_three_forms_deep_counts(tmp_path):
    source = ruled_table_pdf(tmp_path / "ruled.pdf")
    once = write_variant("placed", source, tmp_path / "once.pdf")
    twice = write_variant("placed", once, tmp_path / "twice.pdf")
    thrice = write_variant("placed", twice, tmp_path / "thrice.pdf")
    grids = [pdf.read_page(pdf.open_pdf(path), 0).grid for path in (source, thrice)]
    assert grids[0] > 0 and grids[1] == grids[0]


@needs_shared()
@pytest.mark.parametrize(
    "name",
    [
        "souldern-pc/2023-11_spc_risk_assessment_register.pdf",
        "reading-bc/2015-03_polling_station_register_analysis.pdf",
    ],
)
def test_real_tables_read_alike_when_placed(tmp_path, name):
    source = REAL / name
    target = write_variant("placed", source, tmp_path / "placed.pdf")
    originals, placeds = (extract_document(path, ocr="never").tables for path in (source, target))
    assert [t.rows for t in placeds] == [t.rows for t in originals]
    assert [t.provenance.method for t in placeds] == [t.provenance.method for t in originals]
