"""Lists of payments printed without rules, as parish minutes set them (stop 44, issue #5).

Found on the dev souldern-pc 2025-11-27 minutes with their ruling removed (`agendaparse eval --variant unruled`,
cells of that document 100% as printed, 50% unruled): the line after a list ('Accounts to be approved', the caption
of the next list; 'The bank reconciliation and quarterly report were received') ran across the gutters between the
names and so joined the columns 'Payee' and 'Detail'; the 'VAT' figures, standing 8 points right of their name, made
a column of their own; and the first row of a list set tight under its header was read as the header's second line.
Each failing before this stop's change to `tables/unruled_words.py`.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from agendaparse.tables.unruled_words import _unnamed_columns_joined
from conftest import needs_shared
from test_variant_unruled_tables import _draw_table, _pdf, _tables, _variant

HEADER = ["Payee", "Detail", "Total £s", "VAT", "Comments"]


@needs_shared()
def test_souldern_payments_unruled_are_two_lists_in_their_columns(tmp_path):
    path = _variant(tmp_path, "souldern-pc/2025-11-27_spc_minutes.pdf")
    lists = [table for table in _tables(path) if table.page_start == 4 and table.header[0] == "Payee"]
    assert [table.header for table in lists] == [HEADER, ["Payee", "Detail", "Total £", "VAT", "Comments"]]
    assert lists[0].rows == [
        ["Cathy Fleet", "Clerk Salary Nov", "140.24", "0.0", ""],
        ["HMRC", "(re above)", "28.56", "0.0", ""],
    ]
    assert lists[1].rows == [
        ["Nigel Prickett Inv 2628", "Grasscutting", "463.20", "77.20", ""],
        ["Rob Large", "Reimbursement for materials for VH path", "142.75", "", ""],
    ]


LEFTS = [60.0, 150.0, 300.0, 370.0, 440.0]
PAID = [["Cathy Fleet", "Clerk Salary", "126.29", "0.0", ""], ["HMRC", "Tax on salary", "25.07", "0.0", ""]]


def test_a_line_of_text_after_the_rows_is_not_a_row(tmp_path):
    def draw(page):
        bottom = _draw_table(page, 100, LEFTS, HEADER, PAID, size=10.0, row_gap=2.0)
        page.setFont("Helvetica", 10)
        page.drawString(60, A4[1] - bottom - 6, "The bank reconciliation was received")

    [table] = _tables(_pdf(tmp_path / "after.pdf", draw))
    assert table.header == HEADER
    assert table.rows == PAID


def test_sums_with_no_pounds_under_a_money_name_are_not_clock_times(tmp_path):
    """'0.00' reads as a clock time (an agenda's running order is not a table of data) unless its column is named
    as money ('VAT')."""
    paid = [[*row[:3], "0.00", ""] for row in PAID]
    [table] = _tables(_pdf(tmp_path / "vat.pdf", lambda page: _draw_table(page, 100, LEFTS, HEADER, paid, size=10.0)))
    assert table.rows == paid


def test_figures_set_right_of_their_name_are_its_column(tmp_path):
    """'VAT' at 370, its figures at 400: a gutter wide enough to part columns, with no name over the second."""

    def draw(page):
        page.setFont("Helvetica", 10)
        top = A4[1] - 100
        for x, name in zip([60.0, 150.0, 300.0, 370.0, 460.0], HEADER, strict=True):
            page.drawString(x, top, name)
        rows = [["Cathy Fleet", "Clerk Salary", "126.29", "0.0"], ["HMRC", "Tax on salary", "25.07", "0.0"],
                ["Alan Smith", "Dog bins", "153.82", "25.64"]]  # fmt: skip
        for number, row in enumerate(rows, start=1):
            for x, text in zip([60.0, 150.0, 300.0, 400.0], row, strict=True):
                page.drawString(x, top - 16 * number, text)

    [table] = _tables(_pdf(tmp_path / "vat.pdf", draw))
    assert table.header == HEADER
    assert [row[3] for row in table.rows] == ["0.0", "0.0", "25.64"]


def test_a_sum_with_its_pence_is_never_a_wrapped_name(tmp_path):
    """Rows set as tight as the header's own lines would be: the first row is not the header's second line."""
    rows = [
        [["Nigel Prickett Inv", "2628"], "Grasscutting", "463.20", "77.20", ""],
        ["Rob Large", ["Reimbursement for", "materials"], "142.75", "", ""],
    ]
    draw = lambda page: _draw_table(page, 100, LEFTS, HEADER, rows, size=10.0, row_gap=0.0)  # noqa: E731
    [table] = _tables(_pdf(tmp_path / "tight.pdf", draw))
    assert table.header == HEADER
    assert table.rows == [
        ["Nigel Prickett Inv 2628", "Grasscutting", "463.20", "77.20", ""],
        ["Rob Large", "Reimbursement for materials", "142.75", "", ""],
    ]


def test_only_an_unnamed_column_between_names_and_close_to_one_is_joined():
    columns = [(60.0, 100.0), (150.0, 200.0), (300.0, 340.0), (348.0, 366.0), (375.0, 389.0), (426.0, 475.0)]
    joined = _unnamed_columns_joined(columns, ["Payee", "Detail", "Total", "VAT", "", "Comments"], 11.0)
    assert joined == [(60.0, 100.0), (150.0, 200.0), (300.0, 340.0), (348.0, 389.0), (426.0, 475.0)]
    # a first column of row numbers with no name stays a column
    assert _unnamed_columns_joined(columns, ["", "Payee", "Detail", "Total", "VAT", "Comments"], 11.0) == columns
    # as does one standing as far from the names on both sides
    evenly = [(60.0, 100.0), (112.0, 130.0), (142.0, 180.0)]
    assert _unnamed_columns_joined(evenly, ["Payee", "", "Total"], 11.0) == evenly


def test_camelots_unnamed_column_of_figures_joins_the_empty_named_one_beside_it():
    from agendaparse.stream_tables import _unnamed_figures_joined

    rows = [
        ["Payee", "Total", "VAT", "", "Comments"],
        ["HMRC", "28.56", "", "0.0", ""],
        ["Ann", "5.00", "", "1.00", ""],
    ]
    assert _unnamed_figures_joined(rows) == [
        ["Payee", "Total", "VAT", "Comments"],
        ["HMRC", "28.56", "0.0", ""],
        ["Ann", "5.00", "1.00", ""],
    ]
    # the named column on the right takes them when the left one holds figures of its own
    rows = [["Payee", "Total", "", "VAT"], ["HMRC", "28.56", "0.0", ""]]
    assert _unnamed_figures_joined(rows) == [["Payee", "Total", "VAT"], ["HMRC", "28.56", "0.0"]]
    # both neighbours hold figures: a column of its own (a '£' column, a second figure)
    rows = [["Payee", "Total", "", "VAT"], ["HMRC", "28.56", "£", "0.0"]]
    assert _unnamed_figures_joined(rows) == rows
