"""Tables printed without ruling that the unruled readers of stop 37 still missed: a table going on over the
next page with no header printed again, tables set side by side on one page, annual-return style figures in two
columns; and the layouts that must stay non-tables (a page of prose after a table that ends at the foot, two-column
prose). Synthetic cases are drawn with reportlab; real cases are dev documents with their ruling removed
(``agendaparse.variants``, written to tmp_path).

Pass before (HEAD 14684e7): 4 of 8 (the two decoys, the annual-return figures and the original's ruled reading
held; every table going on over a page without its header printed again lost its later pages, and the two tables
side by side were read as one of eight columns by camelot). The two cases added after 487ee38 (a table of years
beside a slide's text, some years with nothing planned; a second table under the first with its first column name
printed again) and the one added after them (rows going on after a blank band) failed there: 8 of 11. The
payment batches under their header printed again, added after 654b7a8, failed there: 11 of 12.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from conftest import REAL, needs_shared
from test_variant_unruled_tables import (
    PROSE_TEXT,
    RISK_HEADER,
    RISK_LEFTS,
    _draw_table,
    _pdf,
    _tables,
    _variant,
    draw_two_column_prose,
)


def _risk_rows(first: int, last: int) -> list[list]:
    return [[f"R{n}", f"Risk number {n}", "Low", "High", "Clerk", f"Review {n}"] for n in range(first, last + 1)]


def _headerless(page, top: float, rows: list[list]) -> None:
    """Rows set in the risk register's columns, with no header over them (a page going on with a table)."""
    y = A4[1] - top
    page.setFont("Helvetica", 9)
    for row in rows:
        lines = [cell if isinstance(cell, list) else [cell] for cell in row]
        for left, cell_lines in zip(RISK_LEFTS, lines, strict=True):
            for number, text in enumerate(cell_lines):
                page.drawString(left, y - number * 11.25, text)
        y -= max(len(cell_lines) for cell_lines in lines) * 11.25 + 12.0


def test_table_going_on_without_its_header_joins_the_table_above(tmp_path):
    def draw(page):
        _draw_table(page, 80, RISK_LEFTS, RISK_HEADER, _risk_rows(1, 30), row_gap=12.0)
        page.showPage()
        _headerless(page, 60, _risk_rows(31, 40))

    found = _tables(_pdf(tmp_path / "going_on.pdf", draw))
    assert len(found) == 1
    table = found[0]
    assert (table.page_start, table.page_end) == (1, 2)
    assert table.header == RISK_HEADER
    assert [row[0] for row in table.rows] == [f"R{n}" for n in range(1, 41)]


def test_wrapped_cells_of_a_headerless_continuation_stay_in_their_rows(tmp_path):
    wrapped = [
        [
            "R31",
            ["Loss of key staff in the", "finance team"],
            "Medium",
            "High",
            "Clerk",
            ["Cross-training", "and notes"],
        ],
        ["R32", "Precept not received", "Low", "High", "RFO", "Confirm receipt"],
        ["R33", ["Damage to the play", "equipment"], "Low", "Medium", "Clerk", ["Monthly inspection", "by a member"]],
    ]

    def draw(page):
        _draw_table(page, 80, RISK_LEFTS, RISK_HEADER, _risk_rows(1, 30), row_gap=12.0)
        page.showPage()
        _headerless(page, 60, wrapped)

    found = _tables(_pdf(tmp_path / "wrapped.pdf", draw))
    assert len(found) == 1
    rows = found[0].rows
    assert rows[30] == ["R31", "Loss of key staff in the finance team", "Medium", "High", "Clerk",
                        "Cross-training and notes"]  # fmt: skip
    assert rows[-1][0] == "R33" and rows[-1][1] == "Damage to the play equipment"


def test_prose_page_after_a_table_at_the_foot_is_no_continuation(tmp_path):
    def draw(page):
        _draw_table(page, 80, RISK_LEFTS, RISK_HEADER, _risk_rows(1, 30), row_gap=12.0)
        page.showPage()
        page.setFont("Helvetica", 10)
        words = PROSE_TEXT.split() * 3
        y = A4[1] - 60
        line: list[str] = []
        for word in words:
            if len(" ".join([*line, word])) > 95:
                page.drawString(40, y, " ".join(line))
                y, line = y - 12.5, []
            line.append(word)
        page.drawString(40, y, " ".join(line))

    found = _tables(_pdf(tmp_path / "prose_after.pdf", draw))
    assert len(found) == 1
    assert found[0].page_end == 1 and len(found[0].rows) == 30


def test_two_column_prose_after_a_table_at_the_foot_is_no_continuation(tmp_path):
    def draw(page):
        _draw_table(page, 80, RISK_LEFTS, RISK_HEADER, _risk_rows(1, 30), row_gap=12.0)
        page.showPage()
        draw_two_column_prose(page, A4[1] - 60)

    found = _tables(_pdf(tmp_path / "columns_after.pdf", draw))
    assert len(found) == 1
    assert found[0].page_end == 1 and len(found[0].rows) == 30


def test_two_tables_side_by_side_are_read_apart(tmp_path):
    header = ["Year", "Project", "Estimate", "Method"]
    rows = [[str(2024 + n), f"Road works {n}", f"{(n + 1) * 1000:,}", "Reserve"] for n in range(8)]
    header2 = ["Year", "Reserve", "Amount", "Use"]
    rows2 = [[str(2024 + n), f"Fleet fund {n}", f"{(n + 2) * 500:,}", "Trucks"] for n in range(8)]

    def draw(page):
        _draw_table(page, 80, [30.0, 70.0, 160.0, 215.0], header, rows, row_gap=6.0)
        _draw_table(page, 80, [330.0, 370.0, 460.0, 515.0], header2, rows2, row_gap=6.0)

    found = _tables(_pdf(tmp_path / "side_by_side.pdf", draw))
    assert len(found) == 2
    assert [table.header for table in found] == [header, header2]
    assert all(len(table.rows) == 8 for table in found)


def test_annual_return_figures_in_two_columns(tmp_path):
    header = ["Section", "Year ending 2016", "Year ending 2017", "Notes"]
    labels = ["Balances brought forward", "Annual precept", "Total other receipts", "Staff costs",
              "Loan repayments", "Other payments"]  # fmt: skip
    rows = [[label, f"{(n + 3) * 1234:,}", f"{(n + 4) * 1111:,}", "See note"] for n, label in enumerate(labels)]

    def draw(page):
        _draw_table(page, 80, [40.0, 220.0, 320.0, 420.0], header, rows, row_gap=6.0)

    found = _tables(_pdf(tmp_path / "annual_return.pdf", draw))
    assert len(found) == 1
    assert found[0].rows[1][:3] == ["Annual precept", "4,936", "5,555"]


@needs_shared()
def test_souldern_risk_register_unruled_goes_on_over_three_pages(tmp_path):
    path = _variant(tmp_path, "souldern-pc/2023-11_spc_risk_assessment_register.pdf")
    found = _tables(path)
    assert len(found) == 1
    table = found[0]
    assert (table.page_start, table.page_end) == (1, 3)
    assert len(table.rows) >= 30
    keys = [row[0] for row in table.rows]
    assert "1.9" in keys and "2.1" in keys and "4.5" in keys


@needs_shared()
def test_souldern_risk_register_original_keeps_its_ruled_reading(tmp_path):
    found = _tables(REAL / "souldern-pc/2023-11_spc_risk_assessment_register.pdf")
    assert len(found) == 1 and found[0].provenance.method.startswith("pdfplumber")
    assert (found[0].page_start, found[0].page_end, len(found[0].rows)) == (1, 3, 38)


YEAR_HEADER = ["YEAR", "PROJECT DESCRIPTION", "ESTIMATE", "METHOD"]
YEAR_LEFTS = [300.0, 345.0, 470.0, 530.0]


def _year_rows(planned: dict[int, list[str]]) -> list[list[str]]:
    return [[str(year), *planned.get(year, ["", "", ""])] for year in range(2024, 2035)]


def test_years_with_nothing_planned_are_rows_of_a_table_beside_slide_text(tmp_path):
    planned = {2024: ["Foundation repair", "$110,000", "Grant"], 2026: ["Window repair", "$20,000", "Taxes"]}

    def draw(page):
        _draw_table(page, 90, YEAR_LEFTS, YEAR_HEADER, _year_rows(planned), row_gap=10.0)
        page.setFont("Helvetica-Bold", 14)
        for number, text in enumerate(["RECREATION FORECAST", "PROJECTS WILL BE SET", "AS GRANTS ARE MADE.",
                                       "COSTS ARE FACTORED", "IN ALL DECISIONS."]):  # fmt: skip
            page.drawString(40, A4[1] - 150 - number * 31, text)

    found = _tables(_pdf(tmp_path / "beside_text.pdf", draw))
    assert len(found) == 1
    table = found[0]
    assert table.header == YEAR_HEADER
    assert [row[0] for row in table.rows] == [str(year) for year in range(2024, 2035)]
    assert table.rows[2] == ["2026", "Window repair", "$20,000", "Taxes"]
    assert not any("FORECAST" in cell or "GRANTS" in cell for row in table.rows for cell in row)


def test_second_table_under_the_first_with_its_first_name_again(tmp_path):
    planned = {2024: ["Foundation repair", "$110,000", "Grant"], 2025: ["Window repair", "$20,000", "Taxes"]}
    reserves = ["YEAR", "RESERVE DESCRIPTION", "AMOUNT", "FOR USE"]
    rows = [[str(year), "Building reserve", f"${3500 + 500 * (year % 3)}.00", ""] for year in range(2024, 2035)]

    def draw(page):
        bottom = _draw_table(
            page, 90, [60.0, 105.0, 260.0, 330.0], YEAR_HEADER, _year_rows(planned), bold_header=True, row_gap=3.0
        )
        page.setFont("Helvetica", 9)
        page.drawString(330, A4[1] - bottom - 16, "MUSEUM RESERVES PLAN")
        _draw_table(page, bottom + 30, [220.0, 265.0, 400.0, 470.0], reserves, rows, bold_header=True, row_gap=4.0)

    found = _tables(_pdf(tmp_path / "stacked.pdf", draw))
    assert [table.header for table in found] == [YEAR_HEADER, reserves]
    assert all(len(table.rows) == 11 for table in found)


def test_rows_after_a_blank_band_stay_in_the_table(tmp_path):
    def draw(page):
        bottom = _draw_table(page, 80, RISK_LEFTS, RISK_HEADER, _risk_rows(1, 6), row_gap=4.0)
        _headerless(page, bottom + 40, _risk_rows(7, 10))  # a section band left blank, then more rows

    found = _tables(_pdf(tmp_path / "blank_band.pdf", draw))
    assert len(found) == 1
    assert [row[0] for row in found[0].rows] == [f"R{n}" for n in range(1, 11)]


def test_payment_batches_under_their_header_printed_again_are_tables_apart(tmp_path):
    header = ["Payee", "Detail", "Total £s", "VAT"]
    lefts = [60.0, 170.0, 300.0, 370.0]

    def draw(page):
        page.setFont("Helvetica", 10)
        page.drawString(60, A4[1] - 70, "08.23.11 Finance - The following accounts were approved for payment:")
        page.drawString(80, A4[1] - 90, "Paid by standing order")
        paid = [["Cathy Fleet", "Clerk Salary", "126.29", "0.00"], ["HMRC", "Tax on salary", "25.07", "0.00"]]
        bottom = _draw_table(page, 105, lefts, header, paid, row_gap=3.0)
        page.setFont("Helvetica", 10)
        page.drawString(60, A4[1] - bottom - 14, "Invoices to be approved")
        rows = [["Alan Smith", "New Dog Bins", "153.82", "25.64"], ["Alan Smith", "Bin clips", "5.20", "0.87"],
                ["Nigel Prickett", "Grass cut", "414.00", "69.00"]]  # fmt: skip
        _draw_table(page, bottom + 28, lefts, header, rows, row_gap=3.0)

    found = _tables(_pdf(tmp_path / "batches.pdf", draw))
    assert [table.header for table in found] == [header, header]
    assert [len(table.rows) for table in found] == [2, 3]
    assert found[1].rows[0] == ["Alan Smith", "New Dog Bins", "153.82", "25.64"]
