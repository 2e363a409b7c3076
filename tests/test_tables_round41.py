# ruff: noqa: E501  (source addresses are kept one to a line)
"""Characters read by pypdfium2 carry their font's name, so the bold-based table rules fire (tables round 41).

``agendaparse.pdfium_objects`` builds pdfplumber's chars from pypdfium2 so that pdfminer never parses the page.
Until this round those chars had ``fontname=""``: every word a table reader extracted from such a page had no
font name, and the rules of ``tables/word_tables.py`` that ask whether words are bold (``_bold``: a header
wrapped onto a second bold line set close under it, a second header tier set as the header is) never fired.
Now each char takes its font's base name, read once per text object, as pdfminer names it: a standard font or
its stand-in by its metrics ('Arial,Bold' is 'Helvetica-Bold'), the subset tag ('ABCDEF+') dropped, since
pdfium keeps it on some fonts and not on others (two subsets of one font must not split a word).

Cases: drawn pages in standard and embedded fonts (names as pdfplumber's), real minutes with bold headings
(the names of the same chars agree with pdfplumber's), and a village hall committee's monthly checks register
printed as a table of words under a bold header wrapped onto two lines (read as one header, as pdfminer's
parse reads it), and the same register under a header whose second line is not bold (that line is a row).

Sources (layouts and wording learned from these pages; names, places and numbers changed):
- https://village-hall.org/sept_11.html (a village hall committee's minutes: matters arising on the stage curtains, kitchen tiles, the dishwasher)
- https://village-hall.org/aug-22.html (the same committee: monthly reports, a monthly checks register, a playpark's consolidated action list)
- https://www.prestoncapes.org.uk/village-hall/preston-capes-village-committee-minutes/ (a village hall management committee: cleaning schedule, toilet refurbishment, a new fridge, a bin to be replaced)
- https://shavingtononline.thrv.uk/?p=4580 (a parish council's village hall committee agenda: occupancy, roof repairs, cleaning services)
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from agendaparse import tables
from agendaparse.pdf import read_document
from agendaparse.pdfium_objects import fits, plumber_objects
from conftest import REAL, needs_shared

SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
BOLD = re.compile(r"bold|black|heavy", re.I)


def _names(path: Path, page_number: int) -> list[tuple[str, str, str]]:
    """(text, pdfplumber's font name without its subset tag, ours) of each char both read at one place."""
    with pdfplumber.open(path) as pdf, pdfium.PdfDocument(str(path)) as document:
        page, pdfium_page = pdf.pages[page_number - 1], document[page_number - 1]
        assert fits(pdfium_page, page)
        theirs: dict[tuple[str, int], list[tuple[float, str]]] = {}
        for char in page.chars:
            theirs.setdefault((char["text"], round(char["x0"])), []).append((char["top"], char["fontname"]))
        ours = plumber_objects(pdfium_page, page)["char"]
        pdfium_page.close()
    names = []
    for char in ours:  # the same glyph: the same text at the same x, its top within a point or two
        near = [name for top, name in theirs.get((char["text"], round(char["x0"])), []) if abs(top - char["top"]) < 2]
        if near:
            names.append((char["text"], SUBSET_TAG.sub("", near[0]), char["fontname"]))
    return names


def _standard_fonts_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    for y, font in zip((780, 750, 720, 690), ("Helvetica", "Helvetica-Bold", "Times-Italic", "Courier-Bold"), strict=True):
        pdf.setFont(font, 11)
        pdf.drawString(60, y, f"Item 4: Monthly checks register ({font})")
    pdf.save()
    return path


def test_standard_fonts_are_named_as_pdfplumber_names_them(tmp_path: Path) -> None:
    names = _names(_standard_fonts_pdf(tmp_path / "fonts.pdf"), 1)
    assert len(names) > 60
    assert all(theirs == ours for _, theirs, ours in names), {(t, o) for _, t, o in names if t != o}
    assert {ours for _, _, ours in names} == {"Helvetica", "Helvetica-Bold", "Times-Italic", "Courier-Bold"}


def test_an_embedded_subset_is_named_without_its_tag(tmp_path: Path) -> None:
    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("VeraRound41", str(fonts / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont("VeraBoldRound41", str(fonts / "VeraBd.ttf")))
    path = tmp_path / "embedded.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("VeraBoldRound41", 12)
    pdf.drawString(60, 780, "Minutes of the Hall Committee")
    pdf.setFont("VeraRound41", 10)
    pdf.drawString(60, 760, "The caretaker reported on the monthly checks.")
    pdf.save()
    names = _names(path, 1)
    assert len(names) > 40
    assert all(theirs == ours and not SUBSET_TAG.match(ours) for _, theirs, ours in names)
    assert {BOLD.search(ours) is not None for _, _, ours in names} == {True, False}


@needs_shared()
@pytest.mark.parametrize(
    "name, page, agreeing",
    [
        ("souldern-pc/2023-08-31_spc_minutes_action_log.pdf", 1, 1.0),  # Calibri-Bold and Arial-BoldMT headings
        ("suffolk-libraries/2015_agm_minutes.pdf", 2, 1.0),  # bold minute headings in Arial-BoldMT
        # 'Arial,Bold' not embedded: pdfminer names it by the metrics it stands in for ('Helvetica-Bold') when it is
        # a simple font, by its descriptor when it is a composite one, which pdfium does not tell apart: a few
        # composite 'Arial' chars are 'Helvetica' here (the weight is the same)
        ("suffolk-libraries/2013-09-26_board_minutes.pdf", 1, 0.98),
    ],
)
def test_real_minutes_name_fonts_as_pdfplumber(name: str, page: int, agreeing: float) -> None:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{name} is not in this corpus")
    names = _names(path, page)
    assert len(names) > 500
    assert any(BOLD.search(ours) for _, _, ours in names)
    assert all(bool(BOLD.search(theirs)) == bool(BOLD.search(ours)) for _, theirs, ours in names)
    assert sum(theirs == ours for _, theirs, ours in names) >= agreeing * len(names)


# ---------------------------------------------------------------- a table of words under a bold header on two lines

HEADER = [["Room or", "Equipment", "Condition", "Follow-up"], ["outside area", "looked at", "found", "agreed"]]
ROWS = [
    ["Main hall", "Stage curtains", "Torn at hem", "Curtain firm to refit"],
    ["Kitchen", "Dishwasher", "Working", "Instructions by sink"],
    ["Bar", "Bottle fridge", "Door seal worn", "New seal ordered"],
    ["Car park", "Security lights", "Two bulbs out", "Electrician booked"],
    ["Play area", "Swing chains", "Good", "Next look in spring"],
]
COLUMNS = [60, 170, 290, 400]


def _register_pdf(path: Path, second_line_font: str) -> Path:
    """A village hall committee's minute with its monthly checks register set in whitespace columns, no rules."""
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(60, 780, "Westcombe Village Hall Committee: Minutes of the meeting of 9 September 2024")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 750, "Present: B. Callow (Chair), H. Rogan, S. Webber, K. Ashdown and A. Sauro.")
    pdf.drawString(60, 730, "4. Monthly checks register. The register for August was received as follows:")
    y = 710.0
    for cells, font in zip(HEADER, ("Helvetica-Bold", second_line_font), strict=True):
        pdf.setFont(font, 10)
        for x, text in zip(COLUMNS, cells, strict=True):
            pdf.drawString(x, y, text)
        y -= 11
    y -= 8
    pdf.setFont("Helvetica", 10)
    for cells in ROWS:
        for x, text in zip(COLUMNS, cells, strict=True):
            pdf.drawString(x, y, text)
        y -= 16
    pdf.drawString(60, y - 10, "The Committee thanked the caretaker for the checks and noted the follow-up agreed.")
    pdf.save()
    return path


def _tables(path: Path) -> list:
    read = read_document(path)
    return tables.find_tables(read.data or path, read.pages, "register", None)


def test_a_bold_header_wrapped_onto_a_second_bold_line_is_one_header(tmp_path: Path) -> None:
    found = _tables(_register_pdf(tmp_path / "register.pdf", "Helvetica-Bold"))
    assert len(found) == 1
    assert found[0].header == ["Room or outside area", "Equipment looked at", "Condition found", "Follow-up agreed"]
    assert found[0].rows == ROWS


def test_a_plain_line_under_a_bold_header_is_a_row(tmp_path: Path) -> None:
    found = _tables(_register_pdf(tmp_path / "register.pdf", "Helvetica"))
    assert len(found) == 1
    assert found[0].header == HEADER[0]
    assert found[0].rows == [HEADER[1], *ROWS]


def test_pdfium_words_and_pdfminer_words_carry_the_same_font_names(tmp_path: Path) -> None:
    path = _register_pdf(tmp_path / "register.pdf", "Helvetica-Bold")
    with pdfplumber.open(path) as pdf, pdfium.PdfDocument(str(path)) as document:
        page = pdf.pages[0]
        native = page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname", "size"])
        page.flush_cache()
        pdfium_page = document[0]
        page._objects = plumber_objects(pdfium_page, page)
        ours = page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname", "size"])
        pdfium_page.close()
    assert [(w["text"], w["fontname"]) for w in ours] == [(w["text"], w["fontname"]) for w in native]
