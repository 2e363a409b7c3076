# ruff: noqa: E501  (source addresses are kept one to a line)
"""Bold told from the font program when a PDF's font weights are out of scale (stop 29, helper "fontweight").

``agendaparse.pdf`` calls a character bold when its font's name says bold, its ForceBold flag is set or pdfium's
weight (``FPDFText_GetFontWeight``) is 600 or more. pdfium takes that weight from the font descriptor's StemV
(StemV × 5 under 140, else × 4 + 140), and some PDFs (composite ``CIDFont+F1``-style fonts named without a style)
carry stems of about 460 to 1,000, so their weights run from about 1,000 to 4,100 and every line read as bold.
Ranking the weights within the document does not mend it: in the three such PDFs of the dev and tune splits the
bold face of a family is the heavier one for Arial, Calibri and Tahoma, but the LIGHTER one for Book Antiqua
(3472 bold, 3920 regular), Times New Roman (3248 / 3696) and Calibri in the agenda (1044 / 2164). The fonts are
embedded whole, and their own OS/2 table says which face they are (usWeightClass 700 and the fsSelection bold
bit for 'Arial-BoldMT', 400 for 'ArialMT'). So a weight above the 100-1,000 scale no longer decides: the embedded
TrueType/OpenType program's OS/2 weight class (600 or more) or bold bit, or its head table's macStyle bold bit,
does, read once per font and page (since stop 30 once per font and document); a font whose program cannot be read is regular there. Weights on the scale
decide as before.

Cases: lines of the three real PDFs (read by path from ../shared/corpus/real, skipped when it is absent) that
are bold or regular as printed; drawn pages in reportlab's Vera fonts renamed 'CIDFont+F1'/'CIDFont+F2' with their
StemV set out of scale (a property: whatever the two stems, and whichever is heavier, the heading is bold and
the text regular, and a heading run ahead of regular text on one line keeps its bold end); the same page with
stems on the scale (weights still decide); the font program reader on built sfnt tables (a property over weight
classes, style bits and table order) and on bytes that are no font (never an error).

Sources of the drawn pages (layouts and wording learned from these pages; names, places and numbers changed):
- https://www.garsingtonvillagehall.com/minutes-of-meeting-30-3-2015/ (a village hall management committee: a numbered bold heading run into its text, 'Treasurer's Report– We are still in a healthy position.')
- http://community.eastbrentparishcouncil.org.uk/view/organisation-view-report/4/106 (a village hall management committee's monthly minutes: 'Item 5: Treasurer's Report:' on a line of its own over the text)

Regex timing: no new regular expression.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
import reportlab
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from agendaparse import pdf as pdf_stage
from agendaparse.pdf import Line, read_page, read_pages
from conftest import REAL, needs_shared

SOULDERN_MINUTES = REAL / "souldern-pc/2025-11-27_spc_minutes.pdf"
SOULDERN_AGENDA = REAL / "souldern-pc/2026-06-25_spc_agenda.pdf"
NIPISSING_AGENDA = REAL / "nipissing-township/2024-03-19_amended_agenda.pdf"

VERA = Path(reportlab.__file__).parent / "fonts"
FORCE_BOLD = 1 << 18


def _line(lines: list[Line], start: str) -> Line:
    found = [line for line in lines if line.text.startswith(start)]
    assert found, f"no line starts {start!r}"
    return found[0]


def _page_lines(path: Path, number: int) -> list[Line]:
    return read_pages(path)[number - 1].lines


# --- the three real PDFs whose fonts report weights of about 1,000-4,100 -----------------------------------------


@needs_shared()
@pytest.mark.parametrize(
    "start",
    [
        "MINUTES OF THE MEETING OF SOULDERN PARISH COUNCIL",  # Arial-BoldMT, weight 4140
        "11.25.01   Apologies for absence",
        "11.25.02   Declarations of Interests",
    ],
)
def test_souldern_minutes_headings_are_bold(start: str) -> None:
    assert _line(_page_lines(SOULDERN_MINUTES, 1), start).bold


@needs_shared()
@pytest.mark.parametrize(
    "start",
    [
        "checked for accuracy and content, agreed as a true record",  # ArialMT, weight 3912
        "There were no declarations of interest",
        "The minutes of the parish council meeting held on 30th October 2025",
        "P a g e | 1",  # Calibri regular, weight 3332
    ],
)
def test_souldern_minutes_text_is_regular(start: str) -> None:
    assert not _line(_page_lines(SOULDERN_MINUTES, 1), start).bold


@needs_shared()
def test_souldern_minutes_bold_face_lighter_than_regular_is_bold() -> None:
    """Times New Roman Bold reports 3248, its regular face 3696: the lighter weight is the bold one."""
    lines = [line for page in read_pages(SOULDERN_MINUTES) for line in page.lines]
    verdicts = [line for line in lines if line.text.strip() == "NO OBJECTION"]
    assert verdicts and all(line.bold for line in verdicts)


@needs_shared()
@pytest.mark.parametrize(
    "start, bold",
    [
        ("No   Action   Owner   Update", True),  # Book Antiqua Bold, weight 3472: a table header
        ("Agenda & Summons to Councillors", False),  # Book Antiqua, weight 3920: the heaviest on the page
        ("agenda, in accordance with the Council", False),  # ArialMT, weight 3472
        ("Variation of Order of Business may apply", False),
        ("5 Clerks Report and Actions from previous meeting", True),  # Arial-BoldMT, weight 3912
        ("12 Finance", True),
    ],
)
def test_souldern_agenda_lines(start: str, bold: bool) -> None:
    assert _line(_page_lines(SOULDERN_AGENDA, 1), start).bold is bold


@needs_shared()
@pytest.mark.parametrize(
    "start, bold",
    [
        ("The Corporation of the Township of Nipissing", True),  # Cambria Bold, weight 3984
        ("*** AGENDA ***", True),  # Tahoma Bold, weight 3952
        ("**START TIME 6:30 p.m.**", True),
        ("1. Disclosure of pecuniary interest.", False),  # Tahoma, weight 3496
        ("17 Adjournment.", False),
        ("Council meetings will be held in person", False),
    ],
)
def test_nipissing_amended_agenda_lines(start: str, bold: bool) -> None:
    assert _line(_page_lines(NIPISSING_AGENDA, 1), start).bold is bold


def _bold_part(line: Line) -> str:
    """The line's bold words: all of it, its opening words up to ``bold_end``, or nothing."""
    if not line.bold:
        return ""
    return line.text if line.bold_end is None else line.text[: line.bold_end].rstrip()


@needs_shared()
@pytest.mark.parametrize(
    "start, bold_words",
    [
        ("2 Declarations of Interest", "2 Declarations of Interest"),  # then '- to receive any declarations …'
        ("4 Public Participation", "4 Public Participation"),
        ("8 Highways", "8 Highways"),  # then 'To receive update'
        ("9 NBW ditch clearance", "9 NBW ditch clearance"),
    ],
)
def test_souldern_agenda_item_titles_end_their_bold_before_the_regular_text(start: str, bold_words: str) -> None:
    """A bold item title run into regular words: the bold end falls where the title does (bold_end), which the
    whole-bold reading of every line never gave."""
    line = _line(_page_lines(SOULDERN_AGENDA, 1), start)
    assert _bold_part(line) == bold_words
    assert len(line.text) > len(bold_words)


# --- drawn pages: Vera fonts renamed as composite fonts with out-of-scale stems --------------------------------

HEADING = "Item 6: Hall Bookings:"
TEXT = "Colin advised the Committee that casual bookings for the year were about £450 above last year."
RUN_IN_HEADING = "4. Treasurer’s Report"
RUN_IN_TEXT = "– The accounts remain in a sound position."


def _drawn_pdf() -> bytes:
    pdfmetrics.registerFont(TTFont("VeraFontWeights29", str(VERA / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont("VeraBoldFontWeights29", str(VERA / "VeraBd.ttf")))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(595, 842))
    page.setFont("VeraBoldFontWeights29", 11)
    page.drawString(72, 760, HEADING)
    page.setFont("VeraFontWeights29", 11)
    page.drawString(72, 744, TEXT)
    page.setFont("VeraBoldFontWeights29", 11)
    page.drawString(72, 720, RUN_IN_HEADING)
    width = pdfmetrics.stringWidth(RUN_IN_HEADING + " ", "VeraBoldFontWeights29", 11)
    page.setFont("VeraFontWeights29", 11)
    page.drawString(72 + width, 720, RUN_IN_TEXT)
    page.save()
    return buffer.getvalue()


DRAWN = _drawn_pdf()


def _restyled(bold_stem: int, regular_stem: int) -> bytes:
    """The drawn page with its fonts renamed 'CIDFont+F1' (bold) and 'CIDFont+F2' (regular), ForceBold cleared and
    the given stems, so that nothing but pdfium's weight and the embedded program tells the faces apart."""
    with pikepdf.open(io.BytesIO(DRAWN)) as document:
        for font in document.pages[0].Resources.Font.values():
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                continue
            bold = "Bold" in str(font.BaseFont)
            name = pikepdf.Name("/CIDFont+F1" if bold else "/CIDFont+F2")
            font.BaseFont = name
            descriptor.FontName = name
            descriptor.Flags = int(descriptor.Flags) & ~FORCE_BOLD
            descriptor.StemV = bold_stem if bold else regular_stem
        out = io.BytesIO()
        document.save(out)
    return out.getvalue()


def _drawn_lines(data: bytes) -> list[Line]:
    document = pdfium.PdfDocument(data)
    try:
        return read_page(document, 0).lines
    finally:
        document.close()


def _bold_reading(lines: list[Line]) -> tuple[bool, bool, bool, str]:
    run_in = _line(lines, RUN_IN_HEADING)
    end = run_in.text[: run_in.bold_end] if run_in.bold and run_in.bold_end is not None else ""
    return _line(lines, HEADING).bold, _line(lines, TEXT[:20]).bold, run_in.bold, end


OUT_OF_SCALE_STEMS = st.integers(min_value=250, max_value=5000)  # weights 1,140 to 20,140


@settings(max_examples=20)
@given(bold_stem=OUT_OF_SCALE_STEMS, regular_stem=OUT_OF_SCALE_STEMS)
def test_out_of_scale_weights_do_not_decide_whichever_face_is_heavier(bold_stem: int, regular_stem: int) -> None:
    lines = _drawn_lines(_restyled(bold_stem, regular_stem))
    assert _bold_reading(lines) == (True, False, True, RUN_IN_HEADING)


@settings(max_examples=10)
@given(stem=OUT_OF_SCALE_STEMS, factor=st.integers(min_value=1, max_value=4))
def test_scaling_every_weight_by_one_factor_changes_no_verdict(stem: int, factor: int) -> None:
    """As the souldern agenda's Book Antiqua pair: bold a little lighter than regular, then both scaled alike."""
    base = _bold_reading(_drawn_lines(_restyled(stem * 9 // 10, stem)))
    assert _bold_reading(_drawn_lines(_restyled(stem * 9 // 10 * factor, stem * factor))) == base
    assert base == (True, False, True, RUN_IN_HEADING)


@pytest.mark.parametrize(
    "bold_stem, regular_stem, expected",
    [
        (165, 87, (True, False, True, RUN_IN_HEADING)),  # Vera's own stems: weights 800 and 435
        (87, 87, (False, False, False, "")),  # on the scale the weight decides, whatever the program says
        (200, 120, (True, True, True, "")),  # weights 940 and 600: both bold by weight, as before
    ],
)
def test_weights_on_the_scale_decide_as_before(
    bold_stem: int, regular_stem: int, expected: tuple[bool, bool, bool, str]
) -> None:
    assert _bold_reading(_drawn_lines(_restyled(bold_stem, regular_stem))) == expected


# --- the font program reader ---------------------------------------------------------------------------------------


def _sfnt(tables: dict[bytes, bytes], order: list[int]) -> bytes:
    """A font file holding only ``tables`` (directory entries in ``order``), as far as the reader looks."""
    tags = sorted(tables)
    tags = [tags[index] for index in order]
    offset = 12 + 16 * len(tags)
    directory, bodies = b"", b""
    for tag in tags:
        body = tables[tag]
        directory += struct.pack(">4sIII", tag, 0, offset + len(bodies), len(body))
        bodies += body + b"\0" * (-len(body) % 4)
    return b"\x00\x01\x00\x00" + struct.pack(">HHHH", len(tags), 16, 0, 0) + directory + bodies


def _os2(weight_class: int, fs_selection: int) -> bytes:
    return struct.pack(">HhH", 3, 500, weight_class) + b"\0" * 56 + struct.pack(">H", fs_selection) + b"\0" * 32


def _head(mac_style: int) -> bytes:
    return b"\0" * 44 + struct.pack(">H", mac_style) + b"\0" * 8


@given(
    weight_class=st.integers(min_value=100, max_value=1000),
    bold_bit=st.booleans(),
    mac_bold=st.booleans(),
    with_head=st.booleans(),
    order=st.permutations([0, 1, 2]),
)
def test_program_reader_follows_os2_weight_class_and_bold_bits(
    weight_class: int, bold_bit: bool, mac_bold: bool, with_head: bool, order: list[int]
) -> None:
    tables = {b"OS/2": _os2(weight_class, 0x20 if bold_bit else 0x40), b"cmap": b"\0" * 20}
    tables[b"head" if with_head else b"glyf"] = _head(1 if mac_bold else 0)
    expected = weight_class >= 600 or bold_bit or (with_head and mac_bold)
    assert pdf_stage.font_program_bold(_sfnt(tables, list(order))) is expected


@given(mac_bold=st.booleans())
def test_program_reader_without_os2_reads_head_mac_style(mac_bold: bool) -> None:
    data = _sfnt({b"head": _head(1 if mac_bold else 0), b"glyf": b"\0" * 8}, [0, 1])
    assert pdf_stage.font_program_bold(data) is mac_bold


@given(st.binary(max_size=200))
def test_program_reader_never_fails_on_bytes_that_are_no_font(data: bytes) -> None:
    assert pdf_stage.font_program_bold(data) in (True, False, None)


def test_program_reader_on_truncated_and_foreign_programs() -> None:
    bold = (VERA / "VeraBd.ttf").read_bytes()
    assert pdf_stage.font_program_bold(bold) is True
    assert pdf_stage.font_program_bold((VERA / "Vera.ttf").read_bytes()) is False
    assert pdf_stage.font_program_bold(bold[:40]) is None  # the directory points past the end
    assert pdf_stage.font_program_bold(b"%!PS-AdobeFont-1.0: Helvetica-Bold") is None  # Type 1: not read
    assert pdf_stage.font_program_bold(b"") is None


# --- each font program is read once per document (stop 30) ------------------------------------------------------


@needs_shared()
def test_each_font_program_is_copied_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """The minutes' out-of-scale fonts recur on every page; their programs are copied out of pdfium once per
    document (they were once per page), and a second opening of the file reads them afresh."""
    copied: list[int] = []
    font_data = pdf_stage._font_data

    def counted(font: object, length: int = 0) -> bytes:
        data = font_data(font, length)
        copied.append(len(data))
        return data

    monkeypatch.setattr(pdf_stage, "_font_data", counted)
    first = read_pages(SOULDERN_MINUTES)
    once = len(copied)
    assert len(first) > 1 and 0 < once == len(set(copied))  # one copy per program, none twice
    second = read_pages(SOULDERN_MINUTES)
    assert len(copied) == 2 * once
    assert [line.bold for page in first for line in page.lines] == [line.bold for page in second for line in page.lines]
