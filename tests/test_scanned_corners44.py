"""A scanned grid's rule across broken short of its corner is carried on to it (stop 44, issue #5).

Found on the dev Kent ICS priorities appendix stored as pictures (`agendaparse eval --variant rasterised`): its
pages' titles are printed touching the dark header band under them, so the band's top edge was found only from where
the title's letters end (x 74 to 941; the band's side at x 30 runs from its top down). The header's first cell had no
top and was lost ('What we have committed to' read ''), and with it the header the evaluator joins a table's pages
by: the action plan of pages 7 to 11 came out in three pieces. Cells of that document 68.5% -> 81.6%.
"""

from __future__ import annotations

from agendaparse.tables.scan_rules import _cornered_rules
from conftest import needs_ocr, needs_shared


def _across(x0: float, x1: float, y: float) -> dict:
    return {"x0": x0, "top": y, "x1": x1, "bottom": y}


def _down(x: float, top: float, bottom: float) -> dict:
    return {"x0": x, "top": top, "x1": x, "bottom": bottom}


# the ICS band as found: sides down from its top, its foot whole, its top only from x 74
BAND = [_down(30.2, 24.7, 56.4), _down(938.8, 24.5, 56.4), _across(73.9, 532.7, 25.0), _across(533.2, 940.9, 24.8)]
FOOT = _across(28.6, 940.9, 56.2)


def test_a_rule_across_is_carried_to_the_corner_its_box_closes():
    assert _cornered_rules([*BAND, FOOT]) == [_across(30.2, 73.9, 25.0)]


def test_a_rule_across_stopping_short_of_a_side_on_the_right_is_carried_too():
    band = [_down(30.2, 24.7, 56.4), _down(938.8, 24.5, 56.4), _across(28.6, 880.0, 25.0)]
    assert _cornered_rules([*band, FOOT]) == [_across(880.0, 938.8, 25.0)]


def test_no_rule_is_drawn_where_the_box_is_not_closed_below_the_gap():
    foot = _across(60.0, 940.9, 56.2)  # the foot does not run under the gap either
    assert _cornered_rules([*BAND, foot]) == []


def test_no_rule_is_drawn_over_a_gap_longer_than_the_rule_left():
    band = [_down(30.2, 24.7, 56.4), _down(938.8, 24.5, 56.4), _across(700.0, 940.9, 25.0)]
    assert _cornered_rules([*band, FOOT]) == []


def test_a_whole_grid_gains_no_rule():
    grid = [_across(30.0, 500.0, 20.0), _across(30.0, 500.0, 60.0), _across(30.0, 500.0, 100.0)]
    grid += [_down(x, 20.0, 100.0) for x in (30.0, 200.0, 500.0)]
    assert _cornered_rules(grid) == []


@needs_shared()
@needs_ocr
def test_the_ics_header_under_a_touching_title_keeps_its_first_cell(tmp_path):
    from test_variant_rasterised import scanned_page_tables

    [table] = scanned_page_tables("kent-cc/2025-01-30_appendix_b_ics_priorities_measures.pdf", 9, tmp_path)
    assert table.header == ["What we have committed to", "Led by", "Timescale", "Measure", "Shared Outcome"]
