"""Stop 60 (issue #5): short tables of figures, two rows under their names.

``tests/cell_variants.py`` (``--rows=2``) draws the same data tables as round 59 with two rows each: the kind a report
prints to sum a service up (two indicators against target, a budget's two lines, two risks). camelot, given so few
rows, finds no table, and the word reader's columns were the gutters between the words: names set at their cells' left
edge over figures set right leave a gutter between each name and its figures, so a name stood over an empty column and
its figures under none ('Target', '', 'Actual', '' ...), and the name of a period over two columns ('2023/24' over
'Target | Actual'), above the line the region was flagged from, was left off.

Cells over seeds 0-59 at b2e0dc9 (two rows each): 78.6; with the rules below: 99.1. Seeds 60-199, measured after the
rules were written from seeds 0-59: 77.5 -> 97.8; one of their misses was then looked at (seed 118: a schedule's
text set right, its last column holding cells of two columns) and the trigger widened from "a name over nothing and
cells under none" to "cells under no name": 98.2. Seeds 200-279 (the fixture below), first measured after that:
78.9 -> 98.8. Left: right-set cells that touch the next column's (pdfplumber reads '10Director' as one word, seed
163), and a period's name over columns the word reader cannot place (seeds 266, 273). Round 59's generator (seeds
0-199, tables of 4 to 35 rows), ``agendaparse eval-tables`` (94.3) and the dev headlines are unchanged.

- the word reader's columns are taken again from where the names start when the gutters leave cells under no name
  right of the first column's: each column runs from its name's start to the next name's, and the reading is kept
  only when no cell's words run across a name's start (beyond a cell's padding) and every column holds a cell
  (unruled_words._columns_at_name_starts);
- in an unruled log, a reference broken at its own separator over two lines of its cell ('Jan24.' over '01', 'AP/'
  over '12') goes on with its row rather than open one (word_tables._key_goes_on): ``python tests/table_variants.py
  100 --rows=1`` (logs of one row, the reference wrapping beside the row's other wrapped cells) F1 96.6 -> 97.6,
  held-out seeds 100-199 97.5 -> 98.0; full-length logs 99.7, plans 99.9 unchanged, long logs 99.6 -> 99.7. Left in
  one-row logs: a section heading over one row is no theme (plan_rows._lone_heading_rows wants three rows);
- the line just over a flagged region is read as names of groups of its columns ('2023/24' over 'Target | Actual')
  by the rule camelot's and the word reader's readings share (stream_tables.names_under_groups: no title, unit or
  name over one column; unruled_words._grouped_header).
"""

from __future__ import annotations

from collections import Counter

import pytest

import cell_variants as variants
import table_variants
from agendaparse.tables.unruled_words import _columns_at_name_starts, _grouped_header, _lines, _names_apart_from_cells
from agendaparse.tables.word_tables import _key_goes_on

SEEDS = range(200, 280)
SHORT = 2


@pytest.fixture(scope="module")
def generated() -> Counter:
    total: Counter = Counter()
    for seed in SEEDS:
        pdf, variant = variants.generate(seed, n_rows=SHORT)
        total += variants.score(variant, variants.extract_tables(pdf))
    return total


def test_short_tables_are_found(generated):
    figures = variants.summary(generated)
    assert (figures["recall"], figures["precision"]) == (100, 100), figures


def test_cells_of_short_tables(generated):
    assert variants.summary(generated)["cells"] >= 98, variants.summary(generated)


@pytest.mark.parametrize(
    ("seed", "case"),
    [
        (43, "rules between rows: names set left over figures set right"),
        (44, "shaded rows: each quarter's figures in the strip of the next quarter's name"),
        (35, "a risk's owner set right, into its cell's padding left of the name"),
        (39, "'2023/24' over Target | Actual, above the line of names"),
        (118, "a schedule's text set right: the last column held two columns' cells"),
    ],
)
def test_every_cell_of_a_short_table(seed, case):
    pdf, variant = variants.generate(seed, n_rows=SHORT)
    counts = variants.score(variant, variants.extract_tables(pdf))
    assert (counts["tp"], counts["fp"]) == (1, 0), case
    assert counts["cell_ok"] == counts["cell_n"], case


# ---------------------------------------------------------------- the rules behind the figures


def _word(text: str, x0: float, top: float, *, bold: bool = False, size: float = 10.0) -> dict:
    width = 0.5 * size * len(text)
    font = "Helvetica-Bold" if bold else "Helvetica"
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + size, "size": size, "fontname": font}


def _table(names: list[tuple[str, float]], rows: list[list[tuple[str, float]]]):
    words = [_word(text, x0, 100, bold=True) for text, x0 in names]
    words += [_word(text, x0, 120 + 15 * index) for index, row in enumerate(rows) for text, x0 in row]
    return _lines(words)


def test_names_at_their_cells_left_edge_give_the_columns():
    # 'Target' at 200 over '5,546' set right up to 258; 'Actual' at 270 over '16,599' up to 328
    lines = _table(
        [("Indicator", 40), ("Target", 200), ("Actual", 270), ("RAG", 340)],
        [
            [("Visits", 40), ("5,546", 233), ("16,599", 298), ("Green", 370)],
            [("Homes", 40), ("80%", 243), ("17%", 313), ("Red", 380)],
        ],
    )
    columns = _columns_at_name_starts(lines, 1, 10.0)
    assert columns is not None
    assert [start for start, _ in columns] == [40, 200, 270, 340]


def test_names_set_centred_over_cells_set_left_give_no_columns():
    # 'Target' centred at 215 over '5,546' set left from 200: the cell runs across the name's start
    lines = _table(
        [("Indicator", 40), ("Target", 215), ("Actual", 285), ("RAG", 350)],
        [
            [("Visits", 40), ("5,546", 200), ("16,599", 270), ("Green", 340)],
            [("Homes", 40), ("80%", 200), ("17%", 270), ("Red", 340)],
        ],
    )
    assert _columns_at_name_starts(lines, 1, 10.0) is None


def test_a_column_with_no_cell_gives_no_columns():
    lines = _table(
        [("Indicator", 40), ("Target", 200), ("Notes", 270), ("RAG", 340)],
        [[("Visits", 40), ("5,546", 233), ("Green", 370)], [("Homes", 40), ("80%", 243), ("Red", 380)]],
    )
    assert _columns_at_name_starts(lines, 1, 10.0) is None


def test_cells_under_no_name_are_names_apart_from_cells():
    assert _names_apart_from_cells(["Indicator", "Target", "", "Actual", ""], ["Visits", "", "5,546", "", "16,599"])
    assert not _names_apart_from_cells(["Indicator", "Target", "Actual"], ["Visits", "5,546", "16,599"])
    # a first column with no name (the rows' numbers) is no sign of names apart from their cells
    assert not _names_apart_from_cells(["", "Name", "Amount"], ["1", "Visits", "5,546"])


def test_a_period_over_two_columns_is_joined_to_their_names():
    columns = [(40.0, 190.0), (200.0, 260.0), (270.0, 330.0), (340.0, 400.0)]
    header = ["Indicator", "Target", "Actual", "RAG"]
    above = [_word("2023/24", 245, 85, bold=True)]
    assert _grouped_header(above, columns, header) == ["Indicator", "2023/24 Target", "2023/24 Actual", "RAG"]


def test_a_caption_or_a_unit_over_the_names_is_no_group():
    columns = [(40.0, 190.0), (200.0, 260.0), (270.0, 330.0), (340.0, 400.0)]
    header = ["Indicator", "Target", "Actual", "RAG"]
    caption = [_word("Table", 40, 85, bold=True), _word("2", 68, 85, bold=True)]
    assert _grouped_header(caption, columns, header) == header
    unit = [_word("(£000)", 245, 85)]
    assert _grouped_header(unit, columns, header) == header


# ---------------------------------------------------------------- a log of one row (table_variants --rows=1)


def test_a_one_row_logs_wrapped_key_goes_on_with_its_row():
    # an unruled log of one row whose reference wraps in its cell ('Jan24.' over '01'), with its other cells
    pdf, variant = table_variants.generate(9, "logs", 1)
    rows = table_variants.extract_rows(pdf)
    assert [row["action_no"] for row in rows] == ["Jan24.01"]
    assert rows[0]["action"] == variant.truth[0]["action"]


def _key_line(text: str, top: float) -> list[dict]:
    return [{"text": text, "x0": 100.0, "x1": 130.0, "top": top, "bottom": top + 10, "size": 10.0}]


@pytest.mark.parametrize(
    ("above", "below", "goes_on"),
    [
        ("Jan24.", "01", True),  # a reference broken at its own stop
        ("AP/", "12", True),
        ("23-", "004", True),
        ("1.", "2.", False),  # numbers alone: two rows' keys
        ("1.1.", "1.2", False),
        ("A.", "B.", False),  # lettered keys
        ("Jan24.", "Feb 24", False),  # words, not the reference's end
    ],
)
def test_a_reference_broken_at_its_separator_goes_on(above, below, goes_on):
    lefts = [40.0, 100.0, 200.0]
    assert _key_goes_on([_key_line(above, 100)], _key_line(below, 112), 1, lefts) is goes_on
