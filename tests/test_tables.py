"""Table stage rules: RAG from cell fill, initials and leads, and the Cabinet Office logs' coloured cells."""

from __future__ import annotations

import pytest

from agendaparse import tables
from agendaparse.pdf import read_document
from conftest import REAL, needs_shared


@pytest.mark.parametrize(
    ("colour", "rag"),
    [
        ((0.573, 0.816, 0.314), "Green"),  # the Cabinet Office log's green
        ((1.0, 0.753, 0.0), "Amber"),
        ((1.0, 0.0, 0.0), "Red"),
        ((0.0, 0.0, 1.0, 0.0), "Amber"),  # CMYK yellow
        ((0.3, 0.5, 0.9), None),  # blue: 'Complete' shading carries no RAG
        ((0.9, 0.9, 0.9), None),  # grey header
        ((0.5,), None),
        (None, None),
    ],
)
def test_rag_from_colour(colour, rag):
    assert tables.rag_from_colour(colour) == rag


def test_initials_resolve_only_when_all_are_known():
    known = {"AS": "Alan Smith", "NO": "Nick Oakhill"}
    assert tables.resolve_initials("AS", known) == "Alan Smith"
    assert tables.resolve_initials("AS/NO", known) == "Alan Smith, Nick Oakhill"
    assert tables.resolve_initials("AS/BB", known) == "AS/BB"


@pytest.mark.parametrize(
    ("action", "lead"),
    [
        ("Cabinet Office Transparency Team to publish the report", (None, "Cabinet Office Transparency Team")),
        ("Home Office team to release crime data", (None, "Home Office team")),
        ("Tim Kelsey to write to departments", ("Tim Kelsey", None)),
        ("Ongoing work on licensing", (None, None)),
        ("The Board noted progress", (None, None)),
    ],
)
def test_lead_from_the_action_subject(action, lead):
    assert tables.lead_from_subject(action) == lead


@needs_shared()
def test_cabinet_office_log_reads_rag_from_shaded_progress_cells():
    pdf = REAL / "cabinet-office" / "2011-03-02_transparency_board_action_log.pdf"
    read = read_document(pdf)
    found = tables.find_tables(pdf, read.pages, "doc")
    rows = tables.action_plan_rows(found, "doc", None)
    assert [row.rag for row in rows[:7]] == ["Green"] * 3 + ["Amber"] * 4
    assert all(row.rag is None for row in rows[7:])  # blue 'Complete' cells
    assert "rag-from-fill" in rows[0].provenance.method
    assert rows[0].lead_org == "Cabinet Office Transparency Team"
    assert rows[0].end_date.isoformat() == "2011-05-31"  # 'May‐2011' with a Unicode hyphen


@needs_shared()
def test_souldern_log_names_owners_from_the_members_initials():
    from agendaparse.extract import extract_document

    pdf = REAL / "souldern-pc" / "2023-08-31_spc_minutes_action_log.pdf"
    rows = extract_document(pdf, ocr="never").action_plan_rows
    first = next(row for row in rows if row.action_no == "Feb23.03")
    assert first.action == "AS to action 20mph limit"  # word spaces kept in tightly set cells
    assert first.named_lead == "Alan Smith"


# ---------------------------------------------------------------- unruled (stream) tables and turned grids

from agendaparse import stream_tables  # noqa: E402
from agendaparse.pdf import Line, PageLayout  # noqa: E402
from conftest import TABLES  # noqa: E402


def _page(texts: list[str], top: float = 100.0) -> PageLayout:
    lines = [Line(text, 50.0, top + 14 * i, 500.0, top + 14 * i + 10, size=10.0) for i, text in enumerate(texts)]
    return PageLayout(1, 595.0, 842.0, 0, lines)


@pytest.mark.parametrize(
    ("text", "numeric"),
    [("1,234", True), ("(12.5)", True), ("£14.00", True), ("31.6**", True), ("+6.0%", True)]
    + [("9th May 2012", False), ("Annual report", False), ("", False), ("Cllr Smith (SBC)", False)],
)
def test_numeric_cells(text, numeric):
    assert stream_tables.is_numeric(text) is numeric


def test_rows_of_aligned_figures_are_a_region():
    rows = ["Service   Budget   Forecast   Variance"] + [
        f"Area {i}   {100 + i}.0   {90 + i}.5   -{i}.5" for i in range(6)
    ]
    regions = stream_tables.flagged(_page(["Finance report", *rows, "The committee noted the figures."]))
    assert regions and regions[0].rows == 7


@pytest.mark.parametrize(
    "texts",
    [
        # an attendance list: names and initials in columns
        ["Present   Margaret Carey   MCa   Graham Dolan   GD"]
        + [f"Member {c}   M{c}   Other Member   O{c}" for c in "ABCDE"],
        # an agenda's contents: item, title, page
        [f"{i}.   Report number {i} on the work programme   {10 * i}" for i in range(1, 8)],
        # a signature block and two-column prose
        ["Signed   Chair   Date"] * 2 + ["The council agreed   to publish the plan"] * 5,
    ],
)
def test_names_contents_and_prose_are_not_regions(texts):
    assert stream_tables.flagged(_page(texts)) is None


def test_upright_rows_turn_a_grid_read_sideways():
    printed = [["c", "f"], ["b", "e"], ["a", "d"]]  # text running up the page: the first row is the left column
    assert tables.upright_rows(printed, 90) == [["a", "b", "c"], ["d", "e", "f"]]
    running_down = [["d", "a"], ["e", "b"], ["f", "c"]]  # text running down: the first row is the right column
    assert tables.upright_rows(running_down, -90) == [["a", "b", "c"], ["d", "e", "f"]]


@needs_shared(TABLES)
def test_unruled_table_is_read_with_camelot_stream():
    pdf = TABLES / "camelot__health.pdf"
    found = tables.find_tables(pdf, read_document(pdf).pages, "doc")
    assert len(found) == 1
    assert found[0].provenance.method == "camelot:stream"
    assert (found[0].n_rows, found[0].n_cols) == (28, 8)


@needs_shared(TABLES)
def test_sideways_ruled_table_is_turned_upright():
    pdf = TABLES / "camelot__clockwise_table_1.pdf"
    found = tables.find_tables(pdf, read_document(pdf).pages, "doc")
    assert [row[0] for row in found[0].rows[:2]] == ["State", "Kerala"]  # row labels down the left
    assert found[0].rows[1][:3] == ["Kerala", "5738", "6633"]
    assert "turned-upright" in found[0].provenance.method


@needs_shared()
@pytest.mark.parametrize(
    ("relative", "page"),
    [
        ("ayton-cc/2017-06-06_ayton_cc_minutes.pdf", 1),  # attendance list
        ("merton/2009-10-22_audit_committee_agenda_pack_excerpt.pdf", 2),  # agenda contents with page numbers
        ("souldern-pc/2012-06-28_spc_minutes.pdf", 2),  # minutes with a short payments list
    ],
)
def test_minutes_pages_are_not_flagged_as_unruled_tables(relative, page):
    layout = read_document(REAL / relative).pages[page - 1]
    assert stream_tables.flagged(layout) is None


@needs_shared()
def test_small_ruled_tables_are_not_replaced_by_one_unruled_table():
    pdf = REAL / "souldern-pc" / "2023-08-31_spc_minutes_action_log.pdf"
    found = tables.find_tables(pdf, read_document(pdf).pages, "doc")
    on_page_3 = [table for table in found if table.page_start == 3]
    assert len(on_page_3) >= 3
    assert all(table.provenance.method.startswith("pdfplumber") for table in on_page_3)
