"""plumber_pages gives the pages pdfplumber's own walk gives, without walking every page."""

from __future__ import annotations

import random

import pdfplumber
import pypdfium2
import pytest
from pdfminer.pdfpage import PDFPage

from agendaparse import plumber_pages
from conftest import REAL, needs_shared


def signature(page: pdfplumber.page.Page) -> tuple:
    source = page.page_obj
    return (
        page.page_number,
        page.initial_doctop,
        page.bbox,
        source.pageid,
        source.rotate,
        source.label,
        source.mediabox,
        source.cropbox,
        sorted(map(str, source.attrs)),
        repr(source.resources),
        len(source.contents),
        len(page.chars),
    )


def same_as_pdfplumber(source, wanted: list[int]) -> None:
    with plumber_pages.open_pages(source, wanted, repair=False) as ours:
        mine = [signature(page) for page in ours]
    with pdfplumber.open(source, pages=wanted) as pdf:
        theirs = [signature(page) for page in pdf.pages]
    assert mine == theirs


def pdf_with_page_tree(leaves: list[int]) -> bytes:
    """A PDF whose root has one intermediate /Pages node per entry of ``leaves`` (that many
    pages under it). Each intermediate node sets MediaBox and Rotate for its pages to inherit;
    each page prints its number."""
    objects: dict[int, bytes] = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    font = 3
    objects[font] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    next_id = 4
    nodes = []
    number = 0
    for group, count in enumerate(leaves):
        node = next_id
        next_id += 1
        kids = []
        for _ in range(count):
            number += 1
            page, content = next_id, next_id + 1
            next_id += 2
            text = f"BT /F1 12 Tf 72 720 Td (Page {number}) Tj ET".encode()
            objects[content] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text)
            objects[page] = b"<< /Type /Page /Parent %d 0 R /Contents %d 0 R >>" % (node, content)
            kids.append(page)
        width = 612 + 10 * group
        objects[node] = b"<< /Type /Pages /Parent 2 0 R /Kids [%s] /Count %d /MediaBox [0 0 %d 792] /Rotate %d >>" % (
            b" ".join(b"%d 0 R" % kid for kid in kids),
            count,
            width,
            90 * (group % 2),
        )
        nodes.append(node)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d /Resources << /Font << /F1 %d 0 R >> >> >>" % (
        b" ".join(b"%d 0 R" % node for node in nodes),
        number,
        font,
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for objid in sorted(objects):
        offsets[objid] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (objid, objects[objid])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (max(objects) + 1)
    for objid in range(1, max(objects) + 1):
        out += b"%010d 00000 n \n" % offsets[objid]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (max(objects) + 1, xref)
    return bytes(out)


@pytest.mark.parametrize("wanted", [[1], [3], [4, 5], [1, 6, 12], [2, 7, 8, 9, 10, 11, 12]])
def test_nested_page_tree_with_inherited_attributes(tmp_path, wanted):
    path = tmp_path / "nested.pdf"
    path.write_bytes(pdf_with_page_tree([3, 1, 5, 3]))
    same_as_pdfplumber(str(path), wanted)
    with plumber_pages.open_pages(str(path), wanted) as pages:
        # each page prints its own number (rotated pages split the words over lines)
        assert ["".join(page.extract_text().split()) for page in pages] == [f"Page{n}" for n in wanted]


def test_flat_tree_reads_only_the_wanted_pages(tmp_path, monkeypatch):
    path = tmp_path / "flat.pdf"
    path.write_bytes(pdf_with_page_tree([40]))
    walked = []
    original = PDFPage.create_pages

    def counting(document):
        walked.append(document)
        return original(document)

    monkeypatch.setattr(PDFPage, "create_pages", counting)
    with plumber_pages.open_pages(str(path), [7, 33]) as pages:
        assert [page.extract_text() for page in pages] == ["Page 7", "Page 33"]
    assert walked == []  # neither opening nor closing walked the whole tree


def test_pages_beyond_the_end_fall_back_to_pdfplumber(tmp_path):
    path = tmp_path / "short.pdf"
    path.write_bytes(pdf_with_page_tree([2, 2]))
    with plumber_pages.open_pages(str(path), [3, 9]) as pages:
        assert [page.page_number for page in pages] == [3]


def test_pages_are_closed_on_leaving(tmp_path):
    path = tmp_path / "nested.pdf"
    path.write_bytes(pdf_with_page_tree([2, 2]))
    with plumber_pages.open_pages(str(path), [2, 4]) as pages:
        assert pages[0].chars
        assert "_objects" in pages[0].__dict__
    assert "_objects" not in pages[0].__dict__


@needs_shared()
@pytest.mark.parametrize(
    "name",
    [
        "cabinet-office/2013-10-31_ogp_uk_national_action_plan.pdf",  # nested page tree
        "kent-cc/2025-02-13_county_council_budget_amendments_pack.pdf",  # nested, 48 pages
        "rhondda-cynon-taf/polling_stations_and_uprns.pdf",  # two levels, 178 pages
        "kent-cc/2025-01-30_cabinet_agenda_frontsheet.pdf",
        "souldern-pc/2026_spc_accounting_statements_scanned.pdf",
    ],
)
def test_real_page_trees(name):
    path = str(REAL / name)
    count = len(pypdfium2.PdfDocument(path))
    rng = random.Random(name)
    for _ in range(3):
        same_as_pdfplumber(path, sorted(rng.sample(range(1, count + 1), min(count, 4))))
