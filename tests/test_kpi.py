"""Typed performance tables (agendaparse.kpi): the cell typer, the column pass, the store's
`table_cells` and RAG colour keys read from a key printed on the page."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse import colour_key, kpi, tables
from agendaparse.models import DocumentInfo, Extraction, Provenance, Table
from agendaparse.pdf import read_document
from conftest import REAL, needs_shared

# ---------------------------------------------------------------- the cell typer


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("85%", "percent", 85.0, "%"),
        ("85.2 %", "percent", 85.2, "%"),
        ("-3.5%", "percent", -3.5, "%"),
        ("(12.5%)", "percent", -12.5, "%"),
        ("85 per cent", "percent", 85.0, "%"),
        ("+2.1pp", "percent", 2.1, "pp"),
        ("£1.2m", "currency", 1_200_000.0, "GBP"),
        ("£12,500", "currency", 12_500.0, "GBP"),
        ("(£3,000)", "currency", -3_000.0, "GBP"),
        ("£(3,000)", "currency", -3_000.0, "GBP"),
        ("\u2212£3,000", "currency", -3_000.0, "GBP"),  # a Unicode minus
        ("£1.5bn", "currency", 1_500_000_000.0, "GBP"),
        ("£250k", "currency", 250_000.0, "GBP"),
        ("$2,500.0", "currency", 2_500.0, "USD"),
        ("1,234", "number", 1234.0, None),
        ("-5", "number", -5.0, None),
        ("12.5", "number", 12.5, None),
        ("1.2 million", "number", 1_200_000.0, None),
        ("12 days", "number", 12.0, "days"),
        ("83%*", "percent", 83.0, "%"),  # a footnote mark
        ("15/20", "ratio", 0.75, None),
        ("50 out of 73", "ratio", 50 / 73, None),
    ],
)
def test_figures(text, kind, value, unit):
    cell = kpi.type_cell(text)
    assert (cell.kind, cell.unit) == (kind, unit)
    assert cell.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("3/4", "text"),  # could be 3 April
        ("5m", "text"),  # metres or millions: not guessed without a currency
        ("Latest: 84%", "text"),
        ("Target: 92%, Floor 90%", "text"),
        ("n/a", "missing"),
        ("-", "missing"),
        ("\u2015", "missing"),
        ("TBC", "missing"),
        ("", "empty"),
        ("   ", "empty"),
        ("Report due 2025", "text"),
        ("1,23", "text"),
        ("£5%", "text"),
    ],
)
def test_not_figures(text, kind):
    assert kpi.type_cell(text).kind == kind


@pytest.mark.parametrize(
    ("text", "kind", "direction", "rag"),
    [
        ("↑", "direction", "up", None),
        ("▼", "direction", "down", None),
        ("↔", "direction", "level", None),
        ("Improving", "direction", "improving", None),
        ("no change", "direction", "level", None),
        ("10.5% ↓", "percent", "down", None),
        ("GREEN", "rag", None, "Green"),
        ("A", "rag", None, "Amber"),
        ("84% (Red)", "percent", None, "Red"),
        ("△525", "text", None, None),  # Japanese accounts' minus sign, not an arrow
    ],
)
def test_directions_and_ratings(text, kind, direction, rag):
    cell = kpi.type_cell(text)
    assert (cell.kind, cell.direction, cell.rag) == (kind, direction, rag)


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("31 March 2025", dt.date(2025, 3, 31), "day"),
        ("01/04/2024", dt.date(2024, 4, 1), "day"),
        ("Mar 2026", dt.date(2026, 3, 31), "month"),
        ("Q3 2024/25", dt.date(2024, 12, 31), "quarter"),
        ("2024/25", dt.date(2025, 3, 31), "year"),
    ],
)
def test_dates(text, date, precision):
    cell = kpi.type_cell(text)
    assert (cell.kind, cell.date, cell.unit) == ("date", date, precision)


@given(st.text(max_size=60))
def test_typer_never_raises(text):
    cell = kpi.type_cell(text)
    assert cell.kind in {
        "percent",
        "currency",
        "number",
        "ratio",
        "direction",
        "rag",
        "date",
        "missing",
        "text",
        "empty",
    }
    assert cell.value is None or math.isfinite(cell.value)


amounts = st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@given(amounts, st.booleans())
def test_numbers_round_trip(amount, separators):
    text = f"{amount:,.2f}" if separators else f"{amount:.2f}"
    cell = kpi.type_cell(text)
    assert cell.kind == "number"
    assert cell.value == pytest.approx(float(amount))


@given(amounts, st.sampled_from(["%", " %", " per cent"]))
def test_percentages_round_trip(amount, sign):
    cell = kpi.type_cell(f"{amount}{sign}")
    assert (cell.kind, cell.unit) == ("percent", "%")
    assert cell.value == pytest.approx(float(amount))


@given(
    st.decimals(min_value=0, max_value=10**6, places=1, allow_nan=False),
    st.sampled_from([("", 1.0), ("k", 1e3), ("m", 1e6), ("bn", 1e9)]),
    st.sampled_from(["minus", "brackets", "plain"]),
)
def test_amounts_round_trip(amount, scale, style):
    suffix, multiplier = scale
    text = f"£{amount:,}{suffix}"
    text = {"minus": "-" + text, "brackets": f"({text})", "plain": text}[style]
    cell = kpi.type_cell(text)
    assert (cell.kind, cell.unit) == ("currency", "GBP")
    expected = float(amount) * multiplier * (1 if style == "plain" else -1)
    assert cell.value == pytest.approx(expected)


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("£m", ("currency", 1e6, "GBP")),
        ("2025-26 £000's", ("currency", 1e3, "GBP")),
        ("All figures in £m", ("currency", 1e6, "GBP")),
        ("Budget (£k)", ("currency", 1e3, "GBP")),
        ("Rate (%)", ("percent", 1.0, "%")),
        ("% of calls answered", None),
        ("Budget", None),
    ],
)
def test_header_units(header, unit):
    assert kpi.header_unit(header) == unit


# ---------------------------------------------------------------- the table pass


def make_table(header: list[str], rows: list[list[str]], **fields) -> Table:
    return Table(
        n_rows=len(rows),
        n_cols=len(header),
        header=header,
        rows=rows,
        page_start=4,
        page_end=4,
        provenance=Provenance(document="doc", page=4, method="test"),
        **fields,
    )


def test_kpi_table_with_a_spanning_header():
    """Kent's layout: 'RAG rating' spans 'Latest' and 'Previous' on a second header row."""
    table = make_table(
        ["Customer Services KPIs", "RAG rating", "", "Actual", "DoT"],
        [
            ["", "Latest", "Previous", "", ""],
            ["% of phone calls answered", "GREEN", "AMBER", "85%", "↑"],
            ["% of complaints responded to in time", "RED", "RED", "72.5%", "↓"],
            ["Calls handled", "GREEN", "GREEN", "1,043,275", "↔"],
        ],
    )
    cells = kpi.typed_cells([table], "doc")
    assert kpi.column_kinds(table) == {1: "rag", 2: "rag", 3: "numeric", 4: "direction"}
    latest = [cell for cell in cells if cell.column == 1]
    assert [cell.column_header for cell in latest] == ["RAG rating / Latest"] * 3
    assert [cell.rag for cell in latest] == ["Green", "Red", "Green"]
    assert {cell.column_header for cell in cells if cell.column == 2} == {"RAG rating / Previous"}
    actual = {cell.row_label: cell.value for cell in cells if cell.column == 3}
    assert actual == {"% of phone calls answered": 85.0, "% of complaints responded to in time": 72.5,
                      "Calls handled": 1043275.0}  # fmt: skip
    assert [cell.direction for cell in cells if cell.column == 4] == ["up", "down", "level"]
    assert all(cell.row >= 1 for cell in cells)  # the sub-header row is not data
    assert kpi.is_performance(table)


def test_header_units_scale_plain_figures():
    table = make_table(
        ["Directorate", "Budget £m", "Forecast £m", "Variance (%)"],
        [["Adults", "12.5", "13.0", "4.0"], ["Children", "(1.2)", "-", "n/a"], ["Total", "11.3", "13.0", "-"]],
    )
    cells = {(cell.row, cell.column): cell for cell in kpi.typed_cells([table], "doc")}
    assert (cells[0, 1].kind, cells[0, 1].value, cells[0, 1].unit) == ("currency", 12_500_000.0, "GBP")
    assert cells[1, 1].value == pytest.approx(-1_200_000.0)
    assert cells[1, 2].kind == "missing" and cells[1, 2].value is None
    assert (cells[0, 3].kind, cells[0, 3].value) == ("percent", 4.0)


def test_header_rows_with_periods_and_units():
    """A budget plan's header runs over four rows: title, period, fund, unit."""
    table = make_table(
        ["", "Revenue plan", "", ""],
        [
            ["", "2024-25", "", "2025-26"],
            ["", "Core", "External", "Core"],
            ["", "£000s", "£000s", "£000s"],
            ["Original base budget", "1,429,506.8", "0.0", "1,530,923.8"],
            ["Internal adjustments", "-836.6", "836.6", "0.0"],
        ],
    )
    cells = kpi.typed_cells([table], "doc")
    assert {cell.row for cell in cells} == {3, 4}
    headers = {cell.column: cell.column_header for cell in cells}
    assert headers == {
        1: "Revenue plan / 2024-25 / Core / £000s",
        2: "Revenue plan / 2024-25 / External / £000s",
        3: "Revenue plan / 2025-26 / Core / £000s",
    }
    first = next(cell for cell in cells if (cell.row, cell.column) == (3, 1))
    assert (first.kind, first.unit, first.row_label) == ("currency", "GBP", "Original base budget")
    assert first.value == pytest.approx(1_429_506_800.0)


def test_row_numbers_and_prose_are_not_typed():
    table = make_table(
        ["No.", "Action", "Lead", "Count"],
        [
            ["1", "Publish the data", "Team A", "12"],
            ["2", "Review the licence", "Team B", "3"],
            ["3", "Report back", "Team C", "—"],
        ],
    )
    assert kpi.column_kinds(table) == {3: "numeric"}
    refs = make_table(["Row Ref", "Line", "Spend"], [["12", "Pay", "£1m"], ["15", "Prices", "£2m"]])
    assert kpi.column_kinds(refs) == {2: "numeric"}
    assert [cell.row_label for cell in kpi.typed_cells([refs], "doc")] == ["Pay", "Prices"]
    unnumbered = make_table(["", "Item"], [["1", "a"], ["2", "b"], ["3", "c"], ["4", "d"]])
    assert kpi.column_kinds(unnumbered) == {}  # 1, 2, 3, 4 down the column numbers the rows
    prose = make_table(["Action", "Update"], [["Do a thing", "Done in March"], ["Another", "Ongoing"]])
    assert kpi.typed_cells([prose], "doc") == []
    assert not kpi.is_performance(prose)


def test_a_mostly_text_column_is_not_typed():
    table = make_table(["Measure", "Comment"], [["A", "12"], ["B", "rising slowly"], ["C", "see note"], ["D", "ok"]])
    assert kpi.column_kinds(table) == {}


def test_timescale_years_are_dates():
    table = make_table(["Outcome", "Timescale"], [["Fewer admissions", "2028"], ["More jobs", "Mar 2026"]])
    cells = kpi.typed_cells([table], "doc")
    assert [(cell.kind, cell.date) for cell in cells] == [
        ("date", dt.date(2028, 12, 31)),
        ("date", dt.date(2026, 3, 31)),
    ]


def test_rag_from_the_status_fill():
    table = make_table(
        ["Action", "Owner", "Status"],
        [["Publish", "AB", "On track"], ["Review", "CD", "Behind"], ["Close", "EF", ""]],
        status_colours=["Green", "Red", None],
    )
    cells = kpi.typed_cells([table], "doc")
    assert [(cell.row, cell.rag) for cell in cells] == [(0, "Green"), (1, "Red")]
    assert all(cell.provenance.method.endswith("+rag-from-fill") for cell in cells)


# ---------------------------------------------------------------- the store


def extraction_with(*found: Table) -> Extraction:
    return Extraction(
        document=DocumentInfo(id="f" * 64, file="x.pdf", file_name="x.pdf", bytes=1, page_count=4),
        tables=list(found),
        table_cells=kpi.typed_cells(found, "f" * 64),
    )


def test_table_cells_are_stored_and_replaced(fresh_db):
    from agendaparse.store import save_extraction

    table = make_table(["Indicator", "Target", "Actual"], [["Calls answered", "90%", "85%"], ["Spend", "£1.2m", "£1m"]])
    save_extraction(fresh_db, extraction_with(table), path="x.pdf", size=1, mtime=0.0)
    rows = list(fresh_db.query("select * from table_cells order by row, col"))
    assert [(row["row_label"], row["column_header"], row["kind"], row["value"]) for row in rows] == [
        ("Calls answered", "Target", "percent", 90.0),
        ("Calls answered", "Actual", "percent", 85.0),
        ("Spend", "Target", "currency", 1_200_000.0),
        ("Spend", "Actual", "currency", 1_000_000.0),
    ]
    assert rows[0]["table_id"] == "ffffffffffff-t0" and rows[0]["page"] == 4
    assert fresh_db.execute("select count(*) from tables where id = ?", [rows[0]["table_id"]]).fetchone()[0] == 1
    save_extraction(fresh_db, extraction_with(), path="x.pdf", size=1, mtime=0.0)  # re-import: no tables now
    assert fresh_db["table_cells"].count == 0


def test_datasette_describes_every_table_cells_column():
    from agendaparse.serve import TABLES
    from agendaparse.store import SCHEMA

    assert set(TABLES["table_cells"]["columns"]) == set(SCHEMA["table_cells"]["columns"])


# ---------------------------------------------------------------- colour keys

PINK, PALE_GREEN, PALE_YELLOW, TEAL = (1.0, 0.78, 0.81), (0.78, 0.94, 0.81), (1.0, 0.92, 0.61), (0.0, 0.6, 0.6)


@pytest.fixture
def keyed_pdf(tmp_path: Path) -> Path:
    """A page with a key of pale swatches beside words (no colour named) and a ruled table
    whose Status cells are shaded with them; a second page names a teal 'Green'."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "keyed.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(60, height - 60, "Key to ratings")
    pdf.setFont("Helvetica", 10)
    for index, (colour, label) in enumerate([(PALE_GREEN, "On track"), (PALE_YELLOW, "At risk"), (PINK, "Off track")]):
        y = height - 90 - index * 20
        pdf.setFillColorRGB(*colour)
        pdf.rect(60, y, 24, 12, stroke=0, fill=1)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.drawString(92, y + 2, label)
    rows = [("Indicator", "Target", "Actual", "Status"), ("Calls answered", "90%", "91%", PALE_GREEN),
            ("Complaints on time", "85%", "60%", PINK), ("Repairs in 28 days", "90%", "87%", PALE_YELLOW)]  # fmt: skip
    widths, top = [180, 70, 70, 80], height - 200
    for r, row in enumerate(rows):
        x = 60
        for c, value in enumerate(row):
            y = top - r * 20
            if isinstance(value, tuple):
                pdf.setFillColorRGB(*value)
                pdf.rect(x, y - 20, widths[c], 20, stroke=1, fill=1)
            else:
                pdf.setFillColorRGB(0, 0, 0)
                pdf.rect(x, y - 20, widths[c], 20, stroke=1, fill=0)
                pdf.drawString(x + 4, y - 14, value)
            x += widths[c]
    pdf.showPage()
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, height - 60, "RAG key")
    pdf.setFillColorRGB(*TEAL)
    pdf.rect(60, height - 90, 24, 12, stroke=0, fill=1)
    pdf.setFillColorRGB(0, 0, 0)
    pdf.drawString(92, height - 88, "Green - target met")
    pdf.save()
    return path


def test_colour_key_from_swatches_beside_words(keyed_pdf):
    with pdfplumber.open(keyed_pdf) as pdf:
        first, second = (colour_key.page_colour_key(page) for page in pdf.pages)
        page = pdf.pages[0]
        fills = [rect for rect in page.rects if rect.get("fill")]
        status = [table for table in page.find_tables()][0]
        shades = []
        for row in status.rows[1:]:
            x0, top, x1, bottom = row.cells[3]
            cx, cy = (x0 + x1) / 2, (top + bottom) / 2
            rect = next(r for r in fills if r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"])
            shades.append(rect["non_stroking_color"])
    assert first == {
        colour_key.to_rgb(PALE_GREEN): "Green",
        colour_key.to_rgb(PALE_YELLOW): "Amber",
        colour_key.to_rgb(PINK): "Red",
    }
    assert [colour_key.rag_for_fill(shade, first) for shade in shades] == ["Green", "Red", "Amber"]
    # The fixed hue rule cannot read the pale shades: that is what the key is for.
    assert tables.rag_from_colour(PALE_GREEN) is None and tables.rag_from_colour(PINK) is None
    assert second == {colour_key.to_rgb(TEAL): "Green"}
    assert tables.rag_from_colour(TEAL) is None
    document = colour_key.merge_keys(first, second)
    assert colour_key.rag_for_fill((0.01, 0.61, 0.6), document) == "Green"  # within the tolerance
    assert colour_key.rag_for_fill((0.2, 0.2, 0.9), document) is None


def test_colour_key_needs_a_label_that_rates():
    swatch = {"x0": 10, "x1": 30, "top": 10, "bottom": 22, "non_stroking_color": (0.9, 0.2, 0.2)}
    label = [{"text": word, "x0": 36 + 30 * i, "x1": 60 + 30 * i, "top": 11, "bottom": 21}
             for i, word in enumerate(["Reduction", "green", "buildings"])]  # fmt: skip
    assert colour_key.colour_key(label, [swatch]) == {}  # 'green' inside prose names no rating
    on_track = [{**label[0], "text": "On"}, {**label[1], "text": "track"}]
    assert colour_key.colour_key(on_track, [swatch]) == {}  # no key or rating on the page
    cue = {"text": "Key", "x0": 10, "x1": 30, "top": 0, "bottom": 8}
    assert colour_key.colour_key([cue, *on_track], [swatch]) == {(0.9, 0.2, 0.2): "Green"}


def test_colour_key_from_swatch_glyphs():
    """'■ Off track' with the square printed in a colour (a pdfplumber char) is a swatch too."""
    glyph = {"text": "■", "x0": 10, "x1": 18, "top": 10, "bottom": 18, "non_stroking_color": (0.2, 0.4, 1.0)}
    words = [
        {"text": "Legend", "x0": 10, "x1": 40, "top": 0, "bottom": 8},
        {"text": "■", "x0": 10, "x1": 18, "top": 10, "bottom": 18},
        {"text": "Off", "x0": 22, "x1": 36, "top": 10, "bottom": 18},
        {"text": "track", "x0": 38, "x1": 60, "top": 10, "bottom": 18},
        {"text": "far", "x0": 300, "x1": 320, "top": 10, "bottom": 18},
    ]
    assert colour_key.colour_key(words, [glyph]) == {(0.2, 0.4, 1.0): "Red"}


@pytest.mark.parametrize(
    ("label", "rag"),
    [
        ("GREEN Target has been achieved or exceeded", "Green"),
        ("Amber - at risk", "Amber"),
        ("Red/Amber", None),
        ("Floor Standard achieved but Target has not been met", "Amber"),
        ("Target not met", "Red"),
        ("Slightly off track", "Amber"),
        ("Complete", None),
    ],
)
def test_label_rag(label, rag):
    assert colour_key.label_rag(label, cued=True) == rag


@given(st.one_of(st.none(), st.floats(), st.lists(st.floats(), max_size=5), st.text(max_size=3)))
def test_rag_for_fill_never_raises(colour):
    assert colour_key.rag_for_fill(colour, {(1.0, 0.0, 0.0): "Red"}) in (None, "Red")


# ---------------------------------------------------------------- real reports

KENT_QPR = REAL / "kent-cc" / "2025-03-04_quarterly_performance_report_q3.pdf"


@needs_shared()
def test_kent_key_and_kpi_table():
    """Kent's performance report prints its key on page 2 and RAG tables from page 4."""
    with pdfplumber.open(KENT_QPR, pages=[2, 4]) as pdf:
        key_page, kpi_page = pdf.pages
        key = colour_key.page_colour_key(key_page)
        grids = [found.extract() for found in kpi_page.find_tables()]
    assert set(key.values()) == {"Red", "Amber", "Green"}
    assert key[(0.0, 1.0, 0.0)] == "Green" and key[(0.75, 0.0, 0.0)] == "Red"
    found = [
        make_table([cell or "" for cell in grid[0]], [[cell or "" for cell in row] for row in grid[1:]])
        for grid in grids
    ]
    cells = kpi.typed_cells(found, "doc")
    first = [cell for cell in cells if cell.table == 0]
    assert {cell.column_header for cell in first} == {"RAG rating / Latest", "RAG rating / Previous"}
    calls = [cell.rag for cell in first if cell.row_label.startswith("% of phone calls")]
    assert calls == ["Green", "Amber"]
    assert all(kpi.is_performance(table) for table in found)


def test_find_tables_reads_pale_status_fills_through_the_key(keyed_pdf):
    found = tables.find_tables(keyed_pdf, read_document(keyed_pdf).pages, "doc")
    kpi.mark_performance(found)
    table = next(table for table in found if "Status" in table.header)
    assert table.status_colours == ["Green", "Red", "Amber"]
    assert table.kind == "performance"
