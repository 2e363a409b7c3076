"""Runs of text become lines: side by side on one baseline, not stacked in a cell."""

from __future__ import annotations

from agendaparse.pdf import Line, group_lines


def test_runs_on_one_baseline_make_one_line() -> None:
    runs = [Line("(20 mins)", 73, 693, 117, 703), Line("Demonstration on Contract Finder", 159, 686, 361, 697)]
    assert [line.text for line in group_lines(runs)] == ["(20 mins)   Demonstration on Contract Finder"]


def test_lines_set_close_together_in_a_cell_stay_apart() -> None:
    runs = [
        Line("(20 mins)", 73, 693, 117, 703),
        Line("Demonstration on Contract Finder", 159, 686, 361, 697),
        Line("- discussion", 159, 699, 216, 707),
    ]
    assert [line.text for line in group_lines(runs)] == [
        "(20 mins)   Demonstration on Contract Finder",
        "- discussion",
    ]


def test_superscript_joins_its_word() -> None:
    runs = [Line("9", 100, 700, 106, 710), Line("th", 106.2, 698, 112, 704), Line("December", 115, 700, 160, 710)]
    assert [line.text for line in group_lines(runs)] == ["9th December"]
