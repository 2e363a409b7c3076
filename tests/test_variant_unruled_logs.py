"""Action logs and trackers printed without ruling (Word tables with borders off, whitespace columns):
general synthetic logs in common UK forms, and the dev action logs stored with their rules removed
(``agendaparse.variants``, ``eval --variant unruled``).

Pass before (HEAD ac9c6d1): 6 of 15 (the synthetic numbered, RAG, themed, tight date-keyed, bottom-aligned and
next-page logs already passed; the headerless, centred-header and raised-ordinal cases and every dev log failed).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from agendaparse.variants import write_variant
from conftest import REAL, needs_shared
from table_variants import extract_rows

BODY = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=9, leading=11)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=14, leading=18)

ACTIONS = [
    "Clerk to write to the highways authority about the blocked drain on Church Lane and report back",
    "Review the grounds maintenance contract before renewal",
    "Obtain three quotes for repairs to the bus shelter roof and the noticeboard",
    "Publish the approved minutes on the website",
    "Arrange a site meeting with the tree surgeon about the oak on the green and the footpath",
    "Update the asset register with the new play equipment",
    "Circulate the draft budget to all members for comment",
    "Contact the district council about fly-tipping at the recycling point",
]
OWNERS = ["Clerk", "JS", "Cllr Brown", "RFO", "KK/HS", "Chair", "MT", "Clerk"]
DUES = ["30/09/2024", "October 2024", "Next meeting", "31/12/2024", "Ongoing", "15/11/2024", "TBC", "30/11/2024"]
STATUSES = ["Open", "Complete", "In progress", "Open", "Ongoing", "Complete", "Open", "In progress"]


def _pdf(story: list[Any]) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    doc.build(story)
    return buffer.getvalue()


def _cells(texts: list[str], style: ParagraphStyle = BODY) -> list[Any]:
    return [Paragraph(text, style) if text else "" for text in texts]


def _unruled(data: list[list[Any]], widths: list[float], extra: list[tuple] | None = None, **options: Any) -> Table:
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), *(extra or [])]
    return Table(data, colWidths=widths, style=TableStyle(style), **options)


def _actions(rows: list[dict[str, Any]]) -> list[str]:
    return [row["action"] for row in rows]


def test_numbered_log_no_action_owner_due_status():
    header = _cells(["No", "Action", "Owner", "Due", "Status"], HEAD)
    data = [header] + [_cells([str(n + 1), ACTIONS[n], OWNERS[n], DUES[n], STATUSES[n]]) for n in range(len(ACTIONS))]
    pdf = _pdf([Paragraph("Parish Council Action Log", TITLE), Spacer(1, 8), _unruled(data, [30, 230, 70, 75, 70])])
    rows = extract_rows(pdf)
    assert [row["action_no"] for row in rows] == [str(n + 1) for n in range(len(ACTIONS))]
    assert _actions(rows) == ACTIONS
    assert rows[0]["named_lead"] == "Clerk" and rows[1]["status"] == "complete"


def test_action_lead_timescale_rag_with_shaded_ratings():
    header = _cells(["Action", "Lead", "Timescale", "RAG"], HEAD)
    fills = ["#00B050", "#FFC000", "#FF0000", "#00B050", "#FFC000", "#00B050"]
    data = [header] + [_cells([ACTIONS[n], OWNERS[n], DUES[n], ""]) for n in range(len(fills))]
    shading = [("BACKGROUND", (3, n + 1), (3, n + 1), colors.HexColor(fill)) for n, fill in enumerate(fills)]
    pdf = _pdf([Paragraph("Recommendations Tracker", TITLE), _unruled(data, [250, 90, 90, 50], shading)])
    rows = extract_rows(pdf)
    assert _actions(rows) == ACTIONS[: len(fills)]
    assert [(row["rag"] or "").casefold() for row in rows] == ["green", "amber", "red", "green", "amber", "green"]


def test_themed_sections_give_the_theme():
    header = _cells(["Action", "Owner", "Deadline", "Status"], HEAD)
    data, spans = [header], []
    for theme, picks in (("Highways", [0, 2]), ("Open Spaces", [4, 1, 5]), ("Governance", [3, 6])):
        data.append(_cells([theme], HEAD) + ["", "", ""])
        spans.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        data += [_cells([ACTIONS[n], OWNERS[n], DUES[n], STATUSES[n]]) for n in picks]
    pdf = _pdf([Paragraph("Action Log", TITLE), _unruled(data, [260, 80, 80, 70], spans)])
    rows = extract_rows(pdf)
    assert [(row["theme"], row["action"]) for row in rows] == [
        ("Highways", ACTIONS[0]),
        ("Highways", ACTIONS[2]),
        ("Open Spaces", ACTIONS[4]),
        ("Open Spaces", ACTIONS[1]),
        ("Open Spaces", ACTIONS[5]),
        ("Governance", ACTIONS[3]),
        ("Governance", ACTIONS[6]),
    ]


def test_headerless_log_under_section_headings():
    """No header line at all: themed sections in bold, each over rows of action, initials and status."""
    story: list[Any] = [Paragraph("Working Group Action Log - 19 July 2024", TITLE), Spacer(1, 10)]
    initials = ["KK", "GS", "MT", "KK/HS", "DL", "JT", "CR", "KK"]
    status = ["New", "Ongoing", "New", "New", "Ongoing", "New", "Complete", "New"]
    truth = []
    for theme, picks in (("Secretariat", [0, 3]), ("Data Releases", [2, 4, 6]), ("Other", [1, 7])):
        story.append(Paragraph(theme, HEAD))
        data = [_cells([ACTIONS[n], initials[n], status[n]]) for n in picks]
        story += [_unruled(data, [300, 50, 60], hAlign="LEFT"), Spacer(1, 12)]
        truth += [(theme, ACTIONS[n], initials[n]) for n in picks]
    rows = extract_rows(_pdf(story))
    assert [(row["theme"], row["action"], row["named_lead"]) for row in rows] == truth


def test_wrapped_cells_tight_rows_keyed_by_date():
    """Rows set close with no space between them, each opening with its meeting date in the first column."""
    header = _cells(["Meeting date", "Action", "Deadline", "Progress"], HEAD)
    dates = ["11/01/2024", "19/11/2023", "08/02/2024", "02/03/2024", "02/03/2024", "19/05/2024"]
    data = [header] + [_cells([dates[n], ACTIONS[n], DUES[n], STATUSES[n]]) for n in range(len(dates))]
    padding = [("TOPPADDING", (0, 1), (-1, 2), 0), ("BOTTOMPADDING", (0, 1), (-1, 2), 0)]
    pdf = _pdf([Paragraph("Board Action Log", TITLE), _unruled(data, [70, 250, 80, 80], padding)])
    assert _actions(extract_rows(pdf)) == ACTIONS[: len(dates)]


def test_cells_set_at_the_bottom_of_their_rows():
    """Word's 'align bottom': the date, owner and status print on the last line of each wrapped action."""
    header = _cells(["Meeting date", "Action", "Deadline", "Progress"], HEAD)
    dates = ["11/01/2024", "08/02/2024", "08/02/2024", "11/01/2024", "02/03/2024"]
    data = [header] + [_cells([dates[n], ACTIONS[n], DUES[n], STATUSES[n]]) for n in range(len(dates))]
    style = [("VALIGN", (0, 1), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 1), (-1, -1), 8)]
    pdf = _pdf([Paragraph("Action Log", TITLE), _unruled(data, [70, 200, 80, 80], style)])
    assert _actions(extract_rows(pdf)) == ACTIONS[: len(dates)]


def test_log_running_onto_the_next_page_without_its_header():
    header = _cells(["Ref", "Action", "Owner", "Due", "Status"], HEAD)
    count = 40
    data = [header] + [
        _cells([f"A{n + 1}", ACTIONS[n % 8], OWNERS[n % 8], DUES[n % 8], STATUSES[n % 8]]) for n in range(count)
    ]
    pdf = _pdf([Paragraph("Committee Action Log", TITLE), _unruled(data, [35, 230, 70, 75, 70], repeatRows=0)])
    rows = extract_rows(pdf)
    assert [row["action_no"] for row in rows] == [f"A{n + 1}" for n in range(count)]


def test_header_names_centred_over_their_columns():
    """Word's centred header cells: the columns start where the body's lines start, left of the names."""
    centred = ParagraphStyle("centred", parent=HEAD, alignment=1)
    header = _cells(["No", "Action", "Owner", "Update"], centred)
    data = [header] + [_cells([f"Nov24.0{n + 1}", ACTIONS[n], OWNERS[n], STATUSES[n]]) for n in range(5)]
    pdf = _pdf([Paragraph("ACTION SUMMARY", TITLE), _unruled(data, [70, 260, 60, 90])])
    rows = extract_rows(pdf)
    assert [row["action_no"] for row in rows] == [f"Nov24.0{n + 1}" for n in range(5)]
    assert _actions(rows) == ACTIONS[:5]


def test_raised_ordinal_joins_its_figure_in_a_date_cell():
    header = _cells(["Ref", "Action", "Owner", "Due"], HEAD)
    dues = ["by 20<super>th</super> September 2024", "1<super>st</super> October 2024", "Ongoing", "TBC"]
    data = [header] + [_cells([f"A{n + 1}", ACTIONS[n], OWNERS[n], dues[n]]) for n in range(4)]
    pdf = _pdf([Paragraph("Action Log", TITLE), _unruled(data, [35, 260, 80, 110])])
    rows = extract_rows(pdf)
    assert [row["end_date"] for row in rows[:2]] == ["2024-09-20", "2024-10-01"]


# ---------------------------------------------------------------- the dev action logs without their rules

DEV_LOGS = [
    ("cabinet-office/2013-07_odug_action_log.pdf", 19),
    ("souldern-pc/2025-11-27_spc_minutes.pdf", 3),
    ("cabinet-office/2011_transparency_board_tb7_action_log.pdf", 29),
    ("cabinet-office/2011-03-02_transparency_board_action_log.pdf", 16),
]


def _variant_rows(tmp_path: Path, relative: str) -> list[dict[str, Any]]:
    target = tmp_path / Path(relative).name
    write_variant("unruled", REAL / relative, target)
    return extract_rows(target.read_bytes())


@needs_shared()
@pytest.mark.parametrize(("relative", "count"), DEV_LOGS)
def test_dev_log_rows_without_rules(tmp_path, relative, count):
    original = extract_rows((REAL / relative).read_bytes())
    unruled = _variant_rows(tmp_path, relative)
    assert len(original) == count
    assert len(unruled) == count
    assert _actions(unruled) == _actions(original)


@needs_shared()
def test_odug_themes_without_rules(tmp_path):
    rows = _variant_rows(tmp_path, "cabinet-office/2013-07_odug_action_log.pdf")
    assert rows and rows[0]["theme"] == "Secretariat"
    assert {row["theme"] for row in rows} >= {"Collaboration Space", "DVLA", "HMRC", "Other"}


@needs_shared()
def test_souldern_log_rows_not_doubled_without_rules(tmp_path):
    rows = _variant_rows(tmp_path, "souldern-pc/2023-08-31_spc_minutes_action_log.pdf")
    original = extract_rows((REAL / "souldern-pc/2023-08-31_spc_minutes_action_log.pdf").read_bytes())
    assert len(rows) <= len(original) + 3
    assert [row["action_no"] for row in rows] == [row["action_no"] for row in original]
