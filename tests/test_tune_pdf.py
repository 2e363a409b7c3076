"""Tune round 2 (stop 24), pdf stage: page furniture and right-hand margin columns that real minutes of the tune split
(corpus/gold/tune, real PDFs outside dev and test) showed, one test per case named after it (as pdfplumber's
tests/test_issues.py), reading the real PDF by path from ../shared/corpus/real and skipped when it is absent; drawn
and constructed cases beside them show each rule's wider shape.

1. suffolk-libraries/2012-09-11 board minutes: the footer 'Registered Office: … registered number   9' prints its
   page number right-aligned, so pages 10 and 11 ('… registered number 10') set it a word space from the text, not a
   column gap: the footer differed in more than its numbers and stayed in the body text of the last pages.
   A running head or footer is now the same line whatever its numbers and spacing.
2. suffolk-libraries/2016-01-28 board minutes: initials in a right-hand Action column ('SS') printed ~10 pt after
   the justified text ('… the proposed cuts for SS') were joined with one space, so the margin-owner reader
   (nlp/paragraphs.py) never saw them as a column. A short right-margin cell set clearly wider than a word space
   from its line, at the x where other lines of the page start such cells (alone or after a column gap), is now
   set apart by a column gap ('   ').

Drawn cases are built for this suite in the Suffolk minutes' shape (names, places and numbers changed); no
further web sources were used. Regex timing: no new regular expression (the running-head key now splits on
whitespace).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse.pdf import Line, PageLayout, group_lines, mark_running_heads, read_pages
from conftest import REAL, needs_shared

SUFFOLK_2012 = REAL / "suffolk-libraries/2012-09-11_board_minutes.pdf"
SUFFOLK_2016 = REAL / "suffolk-libraries/2016-01-28_board_minutes.pdf"

WIDTH = 612.0


# --- 1. running footers that differ in their numbers and their spacing -------------------------------------------


@needs_shared()
def test_suffolk_2012_registered_office_footer_is_furniture_on_every_page() -> None:
    pages = read_pages(SUFFOLK_2012)
    for page in pages:
        footers = [line.text for line in page.lines if line.text.startswith("Registered Office")]
        assert footers and all(text in page.furniture for text in footers), page.number
        assert "Registered Office" not in page.text


def _footer_pages(footers: list[str]) -> list[PageLayout]:
    return [
        PageLayout(
            number,
            WIDTH,
            792.0,
            0,
            [Line(f"Minute {number} of the board was read.", 72, 300, 400, 310), Line(footer, 72, 727, 550, 736)],
        )
        for number, footer in enumerate(footers, start=1)
    ]


def test_footer_whose_page_number_closes_up_at_two_digits_is_one_running_footer() -> None:
    footers = [f"Lindsey Reading Trust · company no. 40211   {n}" for n in range(1, 10)]
    footers += [f"Lindsey Reading Trust · company no. 40211 {n}" for n in (10, 11)]
    pages = _footer_pages(footers)
    mark_running_heads(pages)
    assert all(page.lines[1].text in page.furniture for page in pages)
    assert all("Lindsey Reading Trust" not in page.text for page in pages)


def test_footer_with_different_words_is_not_merged_by_spacing() -> None:
    footers = [f"Lindsey Reading Trust   {n}" for n in range(1, 6)] + ["Lindsey Reading Trust minutes continue 6"]
    pages = _footer_pages(footers)
    mark_running_heads(pages)
    assert pages[-1].lines[1].text not in pages[-1].furniture


# --- 2. a right-hand Action column set close to the text ---------------------------------------------------------


@needs_shared()
def test_suffolk_2016_action_column_initials_set_apart_from_their_line() -> None:
    pages = read_pages(SUFFOLK_2016)
    texts = [line.text for page in pages for line in page.lines]
    assert any(text.endswith("not to accept the proposed cuts for   SS") for text in texts)
    assert any(text.endswith("some groups may wish to fund their   DH") for text in texts)
    assert not any(text.endswith(" cuts for SS") for text in texts)


def _minute_runs(token_gap: float, alone: bool = True) -> list[Line]:
    """A minute's lines ending at x 527 (justified), an owner's initials 'JT' ``token_gap`` points after the first
    one and, with ``alone``, another owner's 'RW' alone on a line of its own at the same x."""
    token_x = 527 + token_gap
    runs = [
        Line("accepted but the Trust had voted not to accept the proposed cuts for", 121, 209, 527, 219),
        Line("JT", token_x, 209, token_x + 11, 219),
        Line("2027/28.", 121, 222, 162, 232),
        Line("The Chair thanked Cllr Hale for her response and asked that serious", 121, 373, 527, 383),
    ]
    if alone:
        runs.append(Line("RW", token_x, 360, token_x + 14, 370))
    return runs


def test_initials_at_the_x_of_a_lone_action_cell_start_a_column() -> None:
    lines = group_lines(_minute_runs(10.5), WIDTH)
    assert lines[0].text == "accepted but the Trust had voted not to accept the proposed cuts for   JT"


def test_initials_without_a_column_on_the_page_stay_joined() -> None:
    lines = group_lines(_minute_runs(10.5, alone=False), WIDTH)
    assert lines[0].text == "accepted but the Trust had voted not to accept the proposed cuts for JT"


def test_a_word_space_before_initials_is_no_column() -> None:
    lines = group_lines(_minute_runs(3.5), WIDTH)
    assert lines[0].text == "accepted but the Trust had voted not to accept the proposed cuts for JT"


def test_without_the_page_width_lines_join_as_before() -> None:
    lines = group_lines(_minute_runs(10.5))
    assert lines[0].text == "accepted but the Trust had voted not to accept the proposed cuts for JT"


def test_a_long_run_at_the_right_is_no_margin_cell() -> None:
    runs = _minute_runs(10.5)
    runs[1] = Line("and the Board agreed", 537.5, 209, 600, 219)
    assert group_lines(runs, WIDTH)[0].text.endswith("cuts for and the Board agreed")


def test_a_justified_lines_last_word_inside_the_text_block_is_no_cell() -> None:
    """Omaha's agenda (tune split): justified lines whose last word stands ~10 pt off, in line with a short cell
    elsewhere on the page; the word ends at the text block's right edge, so it is running text."""
    runs = [
        Line("13. CLASS I – Rowan Tavern, LLC, 4410 Elm Street. Property", 73, 640, 506, 652),
        Line("New", 517, 640, 540, 652),
        Line("application, New location. Property posted: 10-03-12; notices sent", 108, 654, 540, 666),
        Line("Ward 4", 517, 700, 549, 710),
    ]
    assert group_lines(runs, WIDTH)[0].text == "13. CLASS I – Rowan Tavern, LLC, 4410 Elm Street. Property New"


def _drawn_action_column(path: Path, with_lone_cell: bool) -> list[str]:
    """Minutes drawn with initials ~10 pt after the text on the same baseline (one pdfium text line, not a
    separate cell), as a word processor's tab to a narrow Action column prints them."""
    body = "The Trust voted that the savings for next year would be accepted but not the cuts for"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 11)
    token_x = 70 + pdf.stringWidth(body, "Helvetica", 11) + 10
    pdf.drawString(70, 600, body)
    pdf.drawString(token_x, 600, "JT")
    pdf.drawString(70, 586, "2027/28.")
    if with_lone_cell:
        pdf.drawString(token_x, 572, "AW")
    pdf.drawString(70, 558, "The Chair thanked Cllr Hale for her response and asked that the questions be put")
    pdf.save()
    return [line.text for line in read_pages(path)[0].lines]


def test_drawn_initials_close_to_the_text_on_one_baseline_start_a_column(tmp_path: Path) -> None:
    texts = _drawn_action_column(tmp_path / "minutes.pdf", with_lone_cell=True)
    assert texts[0].endswith("but not the cuts for   JT")
    assert "AW" in texts


def test_drawn_initials_without_a_column_stay_in_the_sentence(tmp_path: Path) -> None:
    texts = _drawn_action_column(tmp_path / "minutes.pdf", with_lone_cell=False)
    assert texts[0].endswith("but not the cuts for JT")
