"""Tables on slides stored as pictures: the sides of shapes drawn behind them are not rules, and a speck at a
caption's end does not keep it from being the title (stop 44, issue #5).

Found on the dev Nipissing capital forecast slides stored as pictures (`agendaparse eval --variant rasterised`): grey
triangles drawn on the slide behind its reserves plans cross their right-hand columns, and a piece of a triangle's
slanted side one row tall was taken for a rule down ('FOR USE' read as 'FOR L' | 'ISE', a fifth column), while the
side crossing the caption row was read as ',' after it ('PUBLIC WORKS RESERVES PLAN ,'), so the caption, ending in a
stop, became the header and the column names a row. Cells of that document 60.2% -> 70.3%.
"""

from __future__ import annotations

import numpy as np

from agendaparse.tables.scan_rules import _slanted
from agendaparse.tables.scanned import _title_taken
from conftest import needs_ocr, needs_shared

HEIGHT, WIDTH = 80, 60


def _edge(slope: float) -> np.ndarray:
    """Grey (120) left of an edge, paper (255) right of it, the edge at x 30 at the top moving ``slope`` px a row."""
    pixels = np.full((HEIGHT, WIDTH), 255, np.uint8)
    for y in range(HEIGHT):
        pixels[y, : int(30 + slope * y)] = 120
    return pixels


def test_a_straight_edge_is_a_rule():
    assert not _slanted(np, _edge(0.0), (29, 0, 2, HEIGHT))


def test_a_slanted_side_is_not():
    assert _slanted(np, _edge(0.3), (33, 0, 2, HEIGHT))


def test_a_letter_beside_a_straight_edge_leaves_it_a_rule():
    pixels = _edge(0.0)
    pixels[2:12, 36:38] = 0  # a stroke of a letter set close to the edge, at the top of the run only
    assert not _slanted(np, pixels, (29, 0, 2, HEIGHT))


class _Row:
    def __init__(self, cells: list) -> None:
        self.cells = cells


def test_a_caption_ending_in_a_stray_mark_is_the_title():
    cut = [_Row([(0, 0, 500, 14), None, None, None]), _Row([(0, 14, 60, 30)] * 4), _Row([(0, 30, 60, 46)] * 4)]
    grid = [["PUBLIC WORKS RESERVES PLAN ,", "", "", ""], ["YEAR", "RESERVE", "AMOUNT", "FOR USE"]]
    grid.append(["2024", "Garage Reserve", "$25,000", "2025"])
    title, _, rows = _title_taken(cut, grid)
    assert title == "PUBLIC WORKS RESERVES PLAN"
    assert rows[0] == ["YEAR", "RESERVE", "AMOUNT", "FOR USE"]
    # a caption that ends in a stop of its own is a sentence, not a title
    grid[0][0] = "The plan is set out below."
    assert _title_taken(cut, grid)[0] is None


@needs_shared()
@needs_ocr
def test_the_public_works_reserves_plan_on_its_slide(tmp_path):
    from test_variant_rasterised import scanned_page_tables

    [table] = scanned_page_tables("nipissing-township/2024_capital_budget_2024-2034_forecast_slides.pdf", 8, tmp_path)
    assert table.title == "PUBLIC WORKS RESERVES PLAN"
    assert table.header[:3] == ["YEAR", "RESERVE DESCRIPTION", "AMOUNT"]
    assert len(table.header) == 4
    assert [row[0] for row in table.rows] == [str(year) for year in range(2024, 2035)]
