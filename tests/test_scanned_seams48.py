"""Two grids set side by side on a scanned page are two tables, however the scan draws their column rules, and the
ends of one grid's rules poking into the other's cells are not read as text (stop 48, issue #5).

Found on the dev Nipissing capital forecast slides stored as pictures (`agendaparse eval --variant rasterised`):
page 5 sets the landfill capital forecast and the landfill reserves plan side by side, the one's right side on the
other's left. Rules across of the two grids that lie a point or two apart run together in the picture, so the seam
is told by the grids' feet (``ruled._seam_between_feet``): each grid's column rules end at one foot. Read from
pixels, one column rule comes as edges a point apart, and a piece of a side broken off at a row came as a column of
its own with a foot of its own: the feet never agreed, and the two grids were read as one table of eight columns.
Parted, the left grid's rules across, running a few points past the seam, were read at the start of the right
grid's first cells ('-2032', '(2034'): ``scanned._rule_stubs_cleared``.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from agendaparse.tables.ruled import _one_foot_a_column, _seam_between_feet
from agendaparse.tables.scanned import _rule_stubs_cleared
from conftest import needs_ocr, needs_shared


def _down(x: float, top: float, bottom: float) -> dict:
    return {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom}


def _across(x0: float, x1: float, y: float) -> dict:
    return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y}


def _two_grids(rule_width: float, broken_side: bool) -> list[dict]:
    """A grid of three columns on the left (foot 420) and one of three on the right (foot 410) sharing the rule at
    x 390; each column rule drawn as edges ``rule_width`` apart (0: one edge)."""
    edges = []
    for x, foot in ((10, 420), (60, 420), (230, 420), (390, 410), (440, 410), (640, 410), (720, 410)):
        edges += [_down(x + offset, 200, foot) for offset in {0.0, rule_width}]
    if broken_side:
        edges.append(_down(10.1, 200, 372))  # a piece of the left side, broken off a row above the foot
    edges += [_across(10, 393, y) for y in range(220, 421, 13)]
    edges += [_across(390, 720, y) for y in range(214, 411, 15)]
    return edges


def test_the_edges_of_one_scanned_rule_are_one_column():
    feet = _one_foot_a_column({10.6: 423.1, 10.7: 372.0, 52.4: 423.1, 53.5: 423.1, 389.8: 410.1, 390.8: 379.4})
    assert list(feet.values()) == [423.1, 423.1, 410.1]
    assert list(feet) == [10.6, 53.0, 390.3]


def test_a_grid_drawn_once_a_rule_keeps_its_columns():
    assert _one_foot_a_column({10.0: 400.0, 60.0: 400.0}) == {10.0: 400.0, 60.0: 400.0}


def test_two_grids_side_by_side_part_at_their_seam():
    assert _seam_between_feet(_two_grids(0.0, broken_side=False), 10, 720) == 390
    scanned = _seam_between_feet(_two_grids(1.0, broken_side=True), 10, 720)
    assert scanned is not None and 390 <= scanned <= 391


def test_one_grid_whose_feet_agree_is_not_parted():
    edges = [_down(x, 200, 420) for x in (10, 60, 230, 390, 440, 640, 720)]
    edges += [_across(10, 393, y) for y in range(220, 421, 13)]
    assert _seam_between_feet(edges, 10, 720) is None


def _cell(*strokes: tuple[int, int, int, int]) -> Image.Image:
    """A cell's picture (paper) with black boxes ``(x, y, w, h)`` of ink."""
    pixels = np.full((50, 200), 255, np.uint8)
    for x, y, w, h in strokes:
        pixels[y : y + h, x : x + w] = 0
    return Image.fromarray(pixels)


LETTER = (60, 10, 8, 30)  # a letter's stem standing inside the cell


def _ink(picture: Image.Image) -> int:
    return int((np.asarray(picture) < 150).sum())


def test_a_rules_end_poking_in_from_the_side_is_cleared():
    cleared = _rule_stubs_cleared(np, _cell((0, 20, 12, 3), LETTER, (190, 30, 10, 4)))
    assert _ink(cleared) == 8 * 30


def test_a_letter_touching_the_side_stays():
    kept = _cell((0, 10, 8, 30), LETTER)  # a stem set tight against the rule: taller than any rule's end
    assert _ink(_rule_stubs_cleared(np, kept)) == 2 * 8 * 30


def test_a_thin_letter_touching_the_top_stays():
    kept = _cell((40, 0, 4, 30), LETTER)  # an 'l' of a header set tight under the rule above
    assert _ink(_rule_stubs_cleared(np, kept)) == 4 * 30 + 8 * 30


@needs_shared()
@needs_ocr
def test_the_landfill_forecast_and_reserves_plan_side_by_side(tmp_path):
    from test_variant_rasterised import scanned_page_tables

    tables = scanned_page_tables("nipissing-township/2024_capital_budget_2024-2034_forecast_slides.pdf", 5, tmp_path)
    assert [len(table.header) for table in tables] == [4, 4]
    forecast, reserves = tables
    assert [row[0] for row in forecast.rows] == [str(year) for year in range(2024, 2035)]
    assert reserves.header[1:3] == ["RESERVE DESCRIPTION", "AMOUNT"]
    assert [row[0] for row in reserves.rows] == [str(year) for year in range(2024, 2035)]
    assert all(row[1] == "Closure/Rehabilitation Reserve" for row in reserves.rows)
