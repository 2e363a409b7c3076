"""Logs whose rows run over many pages without their header printed again (stop 65): a row too tall for the space
left moves whole to the next page, alone there or leaving the page it left mostly blank, and the table goes on.

Each PDF is drawn here with reportlab, as a word processor sets such a log; the rows come back through the real
table stage (``table_variants.extract_rows``). The seeded cases at the end are the generator's long logs
(``python tests/table_variants.py 200 --long``) that lost pages before this stop.
"""

from __future__ import annotations

import dataclasses
import io
import signal

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

import table_variants as variants
from agendaparse.pdf import read_document
from agendaparse.tables.broken_words import two_words
from agendaparse.tables.cells import _last_word_broken, broken_inside_word
from agendaparse.tables.status import normalise_status
from agendaparse.tables.word_tables import header_anchors, text_tables
from drawn_pdfs import pdf_file

CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=9, leading=11)
SENTENCE = "Officers met the partners and agreed the next steps, and a note of the meeting will follow. "
OWNERS = ["Jane Smith", "Tom Brown", "Priya Patel", "Amir Khan", "Laura Hughes", "Sarah Jones"]
ACTIONS = [
    "Publish the revised parking strategy",
    "Review the allotment tenancy agreements",
    "Report back on the hedge cutting contract",
    "Consult residents on the play area plans",
    "Draft the grant application to the lottery",
    "Circulate the risk register to members",
]
DATES = ["31/03/2024", "30/04/2024", "31/05/2024", "30/06/2024", "31/07/2024", "31/08/2024"]
HEADER = ["Ref", "Action", "Owner", "Deadline", "Update"]


def _log(
    updates: list[int], *, grid: bool, blank_second_header_row: bool = False, wide: bool = False, after: list = ()
) -> bytes:
    """A log of one row per entry of ``updates`` (its update cell that many sentences long), its header printed once;
    ``grid``: ruled all over, else rules between rows only; ``after``: what the document prints after the log."""
    page = landscape(A4) if wide else A4
    data: list[list] = [[Paragraph(name, HEAD) for name in HEADER]]
    if blank_second_header_row:
        data.append([""] * len(HEADER))
    for index, sentences in enumerate(updates):
        data.append(
            [
                Paragraph(f"{index + 1}", CELL),
                Paragraph(ACTIONS[index % len(ACTIONS)], CELL),
                Paragraph(OWNERS[index % len(OWNERS)], CELL),
                Paragraph(DATES[index % len(DATES)], CELL),
                Paragraph(SENTENCE * sentences, CELL),
            ]
        )
    usable = page[0] - 80
    widths = [0.07 * usable, 0.33 * usable, 0.15 * usable, 0.13 * usable, 0.32 * usable]
    rules = (
        [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
        if grid
        else [("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]
    )
    table = Table(
        data,
        colWidths=widths,
        repeatRows=0,
        splitInRow=0,
        style=TableStyle([*rules, ("VALIGN", (0, 0), (-1, -1), "TOP")]),
    )
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=page, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40).build(
        [Paragraph("Resources Committee - Action Log", HEAD), table, *after]
    )
    return buffer.getvalue()


def _owners(pdf: bytes) -> list[str | None]:
    return [row["named_lead"] for row in variants.extract_rows(pdf)]


def _expected(n: int) -> list[str]:
    return [OWNERS[index % len(OWNERS)] for index in range(n)]


def test_a_ruled_row_alone_on_its_page_joins_the_table_before_it():
    # the third row's update fills most of a page: it moves to page 2 alone, the rest print on page 3
    updates = [6, 6, 24, 6, 2, 2]
    assert _owners(_log(updates, grid=True)) == _expected(len(updates))


def test_a_box_alone_on_the_next_page_set_on_other_columns_is_no_row_of_the_log():
    # the log fills page 1 to its foot; page 2 opens with a one-row box of five cells set on other columns
    box = Table(
        [[Paragraph(text, CELL) for text in ["Note", "Tom Brown", "Clerk", "12/02/2024", "Added after the meeting"]]],
        colWidths=[60, 120, 80, 80, 175],
        style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]),
    )
    rows = variants.extract_rows(_log([10, 10, 10, 10, 12], grid=True, after=[PageBreak(), box]))
    assert [row["named_lead"] for row in rows] == _expected(5)


def test_a_log_ruled_between_rows_is_read_over_every_page_it_runs_on():
    # rows of most of a page each: pages whose rows end high, leaving the rest blank, and the table goes on
    updates = [3, 6, 20, 2, 19, 2, 2]
    assert _owners(_log(updates, grid=False, wide=True)) == _expected(len(updates))


def test_an_empty_second_header_row_does_not_end_the_log():
    updates = [2, 2, 2, 2]
    assert _owners(_log(updates, grid=False, blank_second_header_row=True)) == _expected(len(updates))


@pytest.mark.parametrize("seed", [155, 158, 174, 187, 198])
def test_long_logs_that_lost_pages(seed):
    pdf, variant = variants.generate(seed, "long")
    figures = variants.summary(variants.score(variant.truth, variants.extract_rows(pdf)))
    assert figures["recall"] == 100
    assert figures["precision"] == 100


# ---------------------------------------------------------------- a narrow column's words wrapped and joined wrong


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("Behindschedule", "ongoing"),
        ("In prog ress", "ongoing"),
        ("Not yetstarted", "not started"),
        ("Ong oing", "ongoing"),
        ("Behind", "overdue"),
    ],
)
def test_a_status_cell_wrapped_and_joined_wrong_still_reads(cell, status):
    assert normalise_status(cell)[0] == status


def test_a_sentence_is_no_squeezed_status():
    assert normalise_status("Inprogress of the report the chair asked questions")[0] is None


@pytest.mark.parametrize(
    ("line", "after", "apart"),
    [
        ("Behind", "schedule", True),
        ("Finance", "and", True),
        ("Target", "completion", True),
        ("Consul", "tation", False),  # one word broken
        ("Timescal", "e", False),
        ("Work", "shop", False),  # may be one word: left to the room the line leaves
    ],
)
def test_two_english_words_that_join_into_none_were_wrapped_at_a_space(line, after, apart):
    assert two_words(line, after) is apart


# ---------------------------------------------------------------- the rows of a log's later pages


FILLS = {"Red": colors.HexColor("#FF0000"), "Amber": colors.HexColor("#FFC000"), "Green": colors.HexColor("#00B050")}


def _shaded_log(ratings: list[str], actions: list[str], *, grid: bool = True) -> bytes:
    """A ruled log whose 'RAG' column is shaded and holds no word, its header printed once, three rows a page;
    ``grid``: ruled all over, else rules between rows only."""
    data: list[list] = [[Paragraph(name, HEAD) for name in ["Ref", "Action", "Owner", "RAG", "Progress"]]]
    rules = (
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black) if grid else ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)
    )
    style = [rules, ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for index, (rating, action) in enumerate(zip(ratings, actions, strict=True)):
        data.append(
            [
                Paragraph(f"{index + 1}", CELL),
                Paragraph(action, CELL),
                Paragraph(OWNERS[index % len(OWNERS)], CELL),
                "",
                Paragraph(SENTENCE * 9, CELL),
            ]
        )
        style.append(("BACKGROUND", (3, index + 1), (3, index + 1), FILLS[rating]))
    table = Table(data, colWidths=[30, 170, 90, 40, 185], repeatRows=0, splitInRow=0, style=TableStyle(style))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40).build(
        [Paragraph("Action Log", HEAD), table]
    )
    return buffer.getvalue()


def test_a_later_page_opening_with_an_update_verb_keeps_the_shaded_column():
    # page 2 opens with 'Update the website …': read as that page's header it names an 'Update' column, yet the
    # shading is the RAG column's, as on page 1
    ratings = ["Red", "Amber", "Green", "Green", "Amber", "Red", "Amber", "Green", "Red"]
    actions = [f"Update the website page {n} so that residents can comment on the plans" for n in range(9)]
    rows = variants.extract_rows(_shaded_log(ratings, actions))
    assert [row["rag"] for row in rows] == ratings


def test_a_row_with_its_own_reference_on_the_next_page_is_no_rest_of_the_row_above():
    pdf, variant = variants.generate(99, "long")  # '23/004' at the top of page 2, under the repeated header
    rows = variants.extract_rows(pdf)
    assert [row["action_no"] for row in rows] == [row["action_no"] for row in variant.truth]


@pytest.mark.parametrize("seed", [29, 60, 144, 173])
def test_long_logs_that_lost_their_shading_after_page_one(seed):
    pdf, variant = variants.generate(seed, "long")
    rows = variants.extract_rows(pdf)
    assert [row["rag"] for row in rows] == [row["rag"] for row in variant.truth]


def _alarm(signum, frame):  # pragma: no cover - only when the reader loops
    raise TimeoutError("text_tables still reading after 60 s")


def test_logs_are_read_to_the_end_when_the_file_gives_fewer_pages_than_its_layouts():
    # a file whose pages pdfplumber cannot give (a broken page tree: 0 pages) left the page-order reading waiting for
    # them for ever (the hostile corpus's prefilled 1040 timed out)
    with pdf_file(_log([2, 2], grid=False)) as path:
        page = read_document(path, ocr="never").pages[0]
        ghost = dataclasses.replace(page, number=2)
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(60)
        try:
            found = text_tables(
                str(path), {1: header_anchors(page), 2: header_anchors(ghost)}, {1: page, 2: ghost}, "d", None
            )
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
    assert [table.page_start for table in found] == [1]


def test_a_scanned_log_goes_on_over_pages_without_its_header():
    # a log ruled between rows only, its header printed once, printed and scanned: the rows on the pages after the
    # first are read in the first page's columns (they were read as no table, or as grids of run-together cells)
    import scan_cases

    actions = [f"Review the hedge cutting contract for ward {n} and report back" for n in range(7)]
    log = _shaded_log(["Red", "Amber", "Green", "Green", "Amber", "Red", "Amber"], actions, grid=False)
    scanned = scan_cases.scanned_document(log, scan_cases.PaperLook())
    assert _owners_read_by_ocr(scanned) == _expected(len(actions))


def _owners_read_by_ocr(pdf: bytes) -> list[str | None]:
    return [row["named_lead"] for row in variants.extract_rows(pdf, ocr=True)]


def test_a_word_broken_under_a_whole_word_is_read_as_its_own_word():
    # 'Target' / 'comple' / 'tion date' in a narrow header cell: 'Target' fills the line, yet the next word is
    # 'completion' once its own break is joined, and 'Target completion' are two words
    assert not broken_inside_word("Target", "comple", gap=0.5, letter=5.0, slack=1, below="tion date")
    assert broken_inside_word("comple", "tion date", gap=0.5, letter=4.0, slack=1)
    assert broken_inside_word("Timescal", "e", gap=0.5, letter=5.0, slack=1, below="Ongoing")


def test_a_long_log_with_a_header_word_broken_twice_reads_its_deadlines():
    pdf, variant = variants.generate(61, "long")  # 'Target' / 'comple' / 'tion' / 'date' over the deadlines
    rows = variants.extract_rows(pdf)
    assert [row["end_date"] for row in rows] == [row["end_date"] for row in variant.truth]


def test_a_table_of_figures_on_the_next_page_is_no_rest_of_the_log():
    # the log ends short of its page's foot with nothing under it (a log going on would leave such a gap); the next
    # page opens with a table of indicators set on other columns: its rows are none of the log's
    indicators = [[Paragraph(name, HEAD) for name in ["Indicator", "Target", "Actual", "Trend", "Comment"]]]
    for n in range(6):
        cells = [f"Calls answered within {n + 2} minutes", "95%", f"{80 + n}%", "Up", "Vacancies filled in the quarter"]
        indicators.append([Paragraph(text, CELL) for text in cells])
    figures = Table(
        indicators,
        colWidths=[180, 50, 50, 50, 185],
        style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]),
    )
    rows = variants.extract_rows(_log([6, 9], grid=False, after=[PageBreak(), figures]))
    assert [row["named_lead"] for row in rows] == _expected(2)


def test_the_last_word_of_a_line_broken_in_a_narrow_column_is_joined():
    # 'Finance and Res' / 'ources': the line fills the cell and the halves join into a word the list holds
    assert _last_word_broken("Finance and Res", "ources", gap=0.5, letter=5.0)
    assert _last_word_broken("Community Engag", "ement", gap=0.5, letter=5.0)
    assert not _last_word_broken("Finance and Res", "ources", gap=20.0, letter=5.0)  # room left: set down at a space
    assert not _last_word_broken("Report to the", "committee", gap=0.5, letter=5.0)  # two words


@pytest.mark.parametrize("seed", [18, 87, 94, 137])
def test_long_logs_whose_theme_words_a_narrow_column_broke(seed):
    pdf, variant = variants.generate(seed, "long")
    rows = variants.extract_rows(pdf)
    assert [row["theme"] for row in rows] == [row["theme"] for row in variant.truth]
