"""A /Rotate that is no multiple of 90 (hostile or careless writers: 91, 45, 179.5). pdfium reads /Rotate 91 as 90
and pdfminer (pdfplumber) as no turn at all, so the words were read turned and the table grid not: the table's rows
came out wrong. The pages are now written again, in memory, with the turn pdfium shows, for both engines, and the
document says so.

Pass before (HEAD 8913aaa): 0 of 4 (45 read right already, pdfium showing it as 0 and the sideways text turning
it, but the document did not say so).
"""

from __future__ import annotations

import pikepdf
import pytest

from agendaparse.extract import extract_document
from agendaparse.variants import write_variant
from test_variants import ruled_table_pdf


@pytest.mark.parametrize(("written", "shown"), [(91, 90), (179.5, 90), (45, 0), (269, 180)])
def test_a_page_turned_by_an_odd_rotate_reads_as_shown(tmp_path, written, shown):
    source = ruled_table_pdf(tmp_path / "ruled.pdf")
    turned = write_variant("rotated", source, tmp_path / "rotated.pdf")
    with pikepdf.open(turned) as pdf:
        pdf.pages[0].obj.Rotate = written
        pdf.save(tmp_path / "odd.pdf")
    original, odd = (extract_document(path, ocr="never") for path in (source, tmp_path / "odd.pdf"))
    assert f"page 1: /Rotate {written} is no multiple of 90; read as {shown}" in odd.document.warnings
    assert [t.rows for t in odd.tables] == [t.rows for t in original.tables] != []
