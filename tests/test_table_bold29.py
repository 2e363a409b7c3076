# ruff: noqa: E501  (source addresses are kept one to a line)
"""Table words bold as their lines are: font name, ForceBold, a weight on the scale, else the font program (stop 29, helper "tablebold").

``agendaparse.pdfium_objects`` gives pdfplumber's chars their font's base name (tables round 41), and the table
stage calls a word bold when that name says so (``tables/word_tables._bold``: 'bold', 'black' or 'heavy'). Lines
(``agendaparse.pdf``) also take bold from the font's ForceBold flag, from pdfium's weight when it is 600 or more on
the 100-1,000 scale, and, when the weight is out of scale (composite ``CIDFont+F1``-style fonts report about
1,000-4,100), from the embedded font program's OS/2 weight class / bold bits (stop 29, fontweight). Fonts named
``CIDFont+F1`` say nothing by name, so in the three dev/tune PDFs that carry them (two Souldern parish papers and a
Nipissing township agenda) no table word was ever bold, while the page's lines were. A char whose font the
line reading calls bold, and whose name does not say so, now has ',Bold' after its font's name (as a standard
font's bold stand-in is named, 'Arial,Bold'), decided once per font and page by the line reading's own function.

Scanned for evidence: every character of the 59 dev and tune PDFs (1.15 million) -- the name and the line reading
differ only for the seven out-of-scale CIDFont+Fn fonts of those three PDFs (2,311 characters); no font there is
bold by ForceBold or an in-scale weight alone. The drawn cases below show those readings too.

Cases: a surf life saving club committee's action items list, set as a table of words (no rules) under a header
wrapped onto two lines, its rows grouped under bold topic headings alone in the first column (the table stage's
_bold_heading makes each a row of its own; a plain one runs on in the row above), drawn in reportlab's Vera fonts
and then renamed 'CIDFont+F1' (bold) and 'CIDFont+F2' (regular) with their ForceBold flag cleared and their stems
set: out of scale (a property over both stems: the table reads as with the fonts' own names), on the scale (the
weight decides; weights 940 and 600 make both faces bold, as for lines), ForceBold alone, and nothing bold (no word
bold, 'Patrols' runs on in row 2). Names that already say bold are left as pdfplumber gives them, and renaming
splits no word differently. In the three real PDFs (read by path from ../shared/corpus/real, skipped when it is
absent) every table word in a composite font is bold exactly when its font's embedded program, read by pikepdf,
says so, and the action tables' bold headers, references and action titles read bold, their notes regular (as
printed: checked on the rendered pages).

Sources (layouts and wording learned from these pages; names, places and numbers changed):
- https://paperzz.com/doc/7042553/best-practice-action-items-list---governance-institute-of... (Governance Institute of Australia's sample action items list: 'Item number | Minute number | Action item | Responsible person | Status | Proposed / actual date of completion', 'Complete', '80 per cent complete', 'Deferred to December meeting')
- https://www.manula.com/manuals/slsq-tom/slsq-governance-manual/1/en/topic/actions-accountability (Surf Life Saving Queensland's governance manual: a club committee's action items tracked in its minutes, an outstanding item 'carried forward until fully completed or resolved')

Regex timing: one new pattern, ``BOLD_NAME_RE`` ('bold|black|heavy', no quantifier).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pdfplumber
import pikepdf
import pypdfium2 as pdfium
import pytest
import reportlab
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from agendaparse import tables
from agendaparse.models import Table
from agendaparse.pdf import font_program_bold, read_document
from agendaparse.pdfium_objects import fits, plumber_objects
from conftest import REAL, needs_shared

BOLD = re.compile(r"bold|black|heavy", re.I)  # the table stage's reading of a word's font name
FORCE_BOLD = 1 << 18
VERA = Path(reportlab.__file__).parent / "fonts"
REGULAR_FONT, BOLD_FONT = "VeraTables29", "VeraBoldTables29"

SOULDERN_MINUTES = REAL / "souldern-pc/2025-11-27_spc_minutes.pdf"
SOULDERN_AGENDA = REAL / "souldern-pc/2026-06-25_spc_agenda.pdf"
NIPISSING_AGENDA = REAL / "nipissing-township/2024-03-19_amended_agenda.pdf"

# ---------------------------------------------------------------- the drawn action items list

TITLE = "Kerrawong Surf Life Saving Club: Management Committee, 12 March 2025"
INTRO = "6. Action items list. The Secretary presented the list; items outstanding are carried forward."
HEADER = [
    ["Item", "Minute", "Action", "Responsible", "Status or date"],
    ["number", "number", "item", "person", "of completion"],
]
# the list's rows under bold topic headings alone in the first column (a heading row: the topic, other cells empty)
SECTIONS = {
    "Finance": [
        ["1", "0325/04", "Ask auditors for a fee estimate", "Treasurer", "Complete"],
        ["2", "0325/05", "Move reserves to a term deposit", "Treasurer", "80 per cent complete"],
    ],
    "Patrols": [
        ["3", "0325/09", "Order a rescue board", "Club Captain", "Carried forward"],
        ["4", "0325/11", "Review the Easter patrol roster", "Chief Instructor", "Complete"],
    ],
    "Clubhouse": [["5", "0325/12", "Seek quotes for the roof", "President", "Deferred to May"]],
}
ROWS = [row for topic, rows in SECTIONS.items() for row in [[topic, "", "", "", ""], *rows]]
JOINED_HEADER = [f"{top} {bottom}" for top, bottom in zip(*HEADER, strict=True)]
COLUMNS = [50, 100, 160, 345, 450]
CLOSING = "The Committee noted the list and thanked the members who had completed their items."


def _drawn_pdf() -> bytes:
    """The action items list in Vera fonts named as registered (the bold one's name says bold)."""
    pdfmetrics.registerFont(TTFont(REGULAR_FONT, str(VERA / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD_FONT, str(VERA / "VeraBd.ttf")))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842))
    pdf.setFont(BOLD_FONT, 12)
    pdf.drawString(50, 780, TITLE)
    pdf.setFont(REGULAR_FONT, 10)
    pdf.drawString(50, 750, INTRO)
    y = 725.0
    for cells in HEADER:
        pdf.setFont(BOLD_FONT, 10)
        for x, text in zip(COLUMNS, cells, strict=True):
            pdf.drawString(x, y, text)
        y -= 11
    y -= 8
    for topic, rows in SECTIONS.items():
        pdf.setFont(BOLD_FONT, 10)
        pdf.drawString(COLUMNS[0], y, topic)
        y -= 16
        pdf.setFont(REGULAR_FONT, 10)
        for cells in rows:
            for x, text in zip(COLUMNS, cells, strict=True):
                pdf.drawString(x, y, text)
            y -= 16
    pdf.drawString(50, y - 10, CLOSING)
    pdf.save()
    return buffer.getvalue()


DRAWN = _drawn_pdf()


def _restyled(bold_stem: int, regular_stem: int, *, force_bold: bool = False) -> bytes:
    """The drawn page with its fonts renamed 'CIDFont+F1' (bold) and 'CIDFont+F2' (regular), the given stems, and
    ForceBold set on the bold one only when asked: nothing in a name tells the faces apart."""
    with pikepdf.open(io.BytesIO(DRAWN)) as document:
        for font in document.pages[0].Resources.Font.values():
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                continue
            bold = "Bold" in str(font.BaseFont)
            name = pikepdf.Name("/CIDFont+F1" if bold else "/CIDFont+F2")
            font.BaseFont = name
            descriptor.FontName = name
            flags = int(descriptor.Flags) & ~FORCE_BOLD
            descriptor.Flags = flags | FORCE_BOLD if bold and force_bold else flags
            descriptor.StemV = bold_stem if bold else regular_stem
        out = io.BytesIO()
        document.save(out)
    return out.getvalue()


def _tables(data: bytes, tmp_path: Path) -> list[Table]:
    path = tmp_path / "actions.pdf"
    path.write_bytes(data)
    read = read_document(path)
    return tables.find_tables(read.data or path, read.pages, "actions", None)


def _reading(found: list[Table]) -> list[tuple[list[str], list[list[str]]]]:
    return [(table.header, table.rows) for table in found]


def _words(data: bytes | Path, number: int = 1) -> list[dict]:
    """Page ``number``'s words as the table stage extracts them, from chars read by pypdfium2."""
    source = data if isinstance(data, Path) else io.BytesIO(data)
    with pdfplumber.open(source) as pdf, pdfium.PdfDocument(data if isinstance(data, bytes) else str(data)) as document:
        page, pdfium_page = pdf.pages[number - 1], document[number - 1]
        assert fits(pdfium_page, page)
        page._objects = plumber_objects(pdfium_page, page)
        pdfium_page.close()
        return page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname", "size"])


def _bold_words(words: list[dict]) -> set[str]:
    return {word["text"] for word in words if BOLD.search(word["fontname"])}


def test_the_drawn_list_in_named_fonts_reads_with_its_two_line_header(tmp_path: Path) -> None:
    """The reference reading: the fonts' own names say which is bold (as before this change)."""
    assert _reading(_tables(DRAWN, tmp_path)) == [(JOINED_HEADER, ROWS)]


OUT_OF_SCALE_STEMS = st.integers(min_value=250, max_value=5000)  # pdfium weights 1,140 to 20,140


@settings(max_examples=8)
@given(bold_stem=OUT_OF_SCALE_STEMS, regular_stem=OUT_OF_SCALE_STEMS)
def test_out_of_scale_weights_leave_it_to_the_font_program(tmp_path_factory, bold_stem: int, regular_stem: int) -> None:
    data = _restyled(bold_stem, regular_stem)
    assert _bold_words(_words(data)) == {*TITLE.split(), *" ".join(HEADER[0] + HEADER[1]).split(), *SECTIONS}
    assert _reading(_tables(data, tmp_path_factory.mktemp("stems"))) == [(JOINED_HEADER, ROWS)]


@pytest.mark.parametrize(
    "bold_stem, regular_stem, force_bold",
    [
        (165, 87, False),  # Vera's own stems: weights 800 and 435, bold by the weight on the scale
        (87, 87, True),  # both 435: bold by the ForceBold flag alone
    ],
)
def test_a_weight_on_the_scale_or_force_bold_makes_table_words_bold(
    tmp_path: Path, bold_stem: int, regular_stem: int, force_bold: bool
) -> None:
    data = _restyled(bold_stem, regular_stem, force_bold=force_bold)
    assert _reading(_tables(data, tmp_path)) == [(JOINED_HEADER, ROWS)]


def test_when_nothing_says_bold_no_table_word_is_bold(tmp_path: Path) -> None:
    """Both faces at weight 435 with no flag: the line reading calls nothing bold, nor do the table words, and a
    topic heading alone in the first column runs on in the row above it (as any plain short line there does)."""
    data = _restyled(87, 87)
    assert not _bold_words(_words(data))
    (header, rows), *_ = _reading(_tables(data, tmp_path))
    assert header == JOINED_HEADER
    assert ["Patrols", "", "", "", ""] not in rows
    assert ["2 Patrols", *SECTIONS["Finance"][1][1:]] in rows


def test_weights_on_the_scale_over_600_make_both_faces_bold() -> None:
    """Weights 940 and 600 are both bold to the line reading (as before stop 29), so to the table words too."""
    words = _words(_restyled(200, 120))
    assert {BOLD.search(word["fontname"]) is not None for word in words} == {True}


@settings(max_examples=6)
@given(bold_stem=st.integers(min_value=60, max_value=5000), regular_stem=st.integers(min_value=60, max_value=5000))
def test_renamed_fonts_split_words_as_the_named_ones(bold_stem: int, regular_stem: int) -> None:
    """Whatever the weights say, the words (text and place) are those of the page in named fonts."""
    place = lambda words: [(w["text"], round(w["x0"], 1), round(w["top"], 1)) for w in words]  # noqa: E731
    assert place(_words(_restyled(bold_stem, regular_stem))) == place(_words(DRAWN))


def test_names_that_say_bold_are_left_as_pdfplumber_gives_them() -> None:
    with pdfplumber.open(io.BytesIO(DRAWN)) as pdf:
        theirs = [
            (w["text"], re.sub(r"^[A-Z]{6}\+", "", w["fontname"]))
            for w in pdf.pages[0].extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname"])
        ]
    assert [(w["text"], w["fontname"]) for w in _words(DRAWN)] == theirs


# ---------------------------------------------------------------- the three real PDFs with CIDFont+Fn fonts


def _program_verdicts(path: Path) -> list[dict[str, bool]]:
    """Per page, each composite 'CIDFont+Fn' font's name and whether its embedded program says bold (read by
    pikepdf, not pdfium: the program's OS/2 and head tables through :func:`agendaparse.pdf.font_program_bold`)."""
    verdicts = []
    with pikepdf.open(path) as document:
        for page in document.pages:
            fonts = page.Resources.get("/Font", {})
            named = {}
            for font in fonts.values():
                name = re.sub(r"^[A-Z]{6}\+", "", str(font.get("/BaseFont", "/"))[1:])
                held = font.DescendantFonts[0] if font.get("/Subtype") == "/Type0" else font
                descriptor = held.get("/FontDescriptor", {})
                program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
                if name.startswith("CIDFont+") and program is not None:
                    named[name] = bool(font_program_bold(program.read_bytes()))
            verdicts.append(named)
    return verdicts


def _disagreements(path: Path) -> tuple[Counter[bool], list[tuple[int, str, str]]]:
    """(words checked by their program's verdict, [(page, word, font name) where the word's weight is not its font
    program's]) over the document's words in composite fonts."""
    checked: Counter[bool] = Counter()
    wrong = []
    for number, named in enumerate(_program_verdicts(path), start=1):
        for word in _words(path, number):
            base = word["fontname"].removesuffix(",Bold")
            if base not in named:
                continue
            checked[named[base]] += 1
            if bool(BOLD.search(word["fontname"])) != named[base]:
                wrong.append((number, word["text"], word["fontname"]))
    return checked, wrong


@needs_shared()
@pytest.mark.parametrize("path", [SOULDERN_MINUTES, SOULDERN_AGENDA, NIPISSING_AGENDA], ids=lambda p: p.name)
def test_real_table_words_are_bold_as_their_font_programs(path: Path) -> None:
    """Every weight in these PDFs is out of scale (1,044-4,140), so the line reading asks the font program; the
    table words, read by pdfium, agree with the programs read by pikepdf."""
    if not path.exists():
        pytest.skip(f"{path.name} is not in this corpus")
    checked, wrong = _disagreements(path)
    assert checked[True] > 30 and checked[False] > 100, checked
    assert not wrong, wrong[:10]


@needs_shared()
@pytest.mark.parametrize(
    "path, number, bold, regular",
    [
        # Book Antiqua Bold header; a reference, an owner and an action's title in bold, its note regular
        (
            SOULDERN_AGENDA,
            1,
            {"No", "Action", "Owner", "Update", "June(1)26.01", "Katy", "stile", "Finance"},
            {"KD", "OCC", "Summons", "quote"},
        ),
        # Calibri Bold header and references, Arial Bold action titles; Arial and Calibri text
        (
            SOULDERN_MINUTES,
            5,
            {"No", "Action", "Owner", "Update", "Nov25.01", "Lack", "Bicester"},
            {"Bovewell", "rectified", "Completed", "Carlisle"},
        ),
        (
            NIPISSING_AGENDA,
            1,
            {"AGENDA", "Township", "Nipissing"},
            {"Disclosure", "pecuniary", "Adjournment."},
        ),  # Cambria / Tahoma Bold
    ],
)
def test_real_table_headers_read_bold(path: Path, number: int, bold: set[str], regular: set[str]) -> None:
    if not path.exists():
        pytest.skip(f"{path.name} is not in this corpus")
    words = _words(path, number)
    texts = {word["text"] for word in words}
    assert bold | regular <= texts, (bold | regular) - texts
    bold_words = _bold_words(words)
    assert bold <= bold_words
    assert not regular & bold_words
