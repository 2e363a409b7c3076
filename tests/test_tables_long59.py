"""Tables round 59 (issue #5): action logs whose updates run to paragraphs.

A board's running log prints, beside each action, an update of several sentences, often several dated entries one
under another. ``tests/table_variants.py`` drew updates of one short sentence; its "long" family
(:func:`table_variants.draw_long`) draws the logs family's tables with the update column always printed and two to
eight sentences in each update, dated entries now and then, and an action of two or three sentences now and then. A
row moves whole to the next page, so such a log runs over three to eight pages and leaves gaps at page feet.

Measured over seeds 0-99 of the family (``python tests/table_variants.py 100 --long``), at c360c43: rows F1 87.2
(P 99.9, R 77.4); whole logs were lost. After this round: 99.5 (P 99.5, R 99.5). Seeds 100-129 (the fixture below,
never looked at while the rules were written): 92.4 (R 86.2) before, 99.5 (P 100, R 99.0) after. The logs and plans
families: 99.7 and 99.9 before and after. The rules, in the order the misses showed them:

- a header row repeated at the top of three pages or more is no running head: the page reader marks a line repeated in
  the top band of most pages as furniture, so the log's header line left the page's text and no log was found on any
  page (seeds 33, 6, 45, 40). The table stage now reads a furniture line that names a log's columns, and the lines its
  wrapped names run on to just under it ('Responsibi' over 'lity', seed 9), as content
  (word_tables.repeated_header_texts);
- a ruled page read as headerless starts with data, so it goes on from the table above even where that one ended
  short of the page's foot (continuation._first_row_reads_as_data; seed 4);
- a log without a grid goes on over the page's foot when nothing but furniture is printed below it, though it ends
  above four fifths of the page: the next row, too tall for the space left, went whole to the next page
  (word_tables._runs_to_foot; seeds 27, 38);
- a ruled header row with nothing but the page's footer under it is the header of rows printed on the next page,
  wherever on the page it stands, as one at the page's foot was (ruled._header_at_foot; seed 32);
- a headerless page takes its status column from the nearest header of the pages before, not only from the page
  just before, whose first row may have been read as its header until the pages are joined (seed 32, its fill
  colours on the third page and after);
- a header in two tiers printed again over the rest of the table is dropped as a one-row header repeat is
  (continuation._header_repeats).
Dev, tune and test headlines, fast and with OCR: identical to stop 58's.
"""

from __future__ import annotations

from collections import Counter

import pytest

import table_variants as variants
from agendaparse.models import Provenance, Table
from agendaparse.pdf import Line, PageLayout
from agendaparse.tables.continuation import _first_row_reads_as_data, _header_repeats
from agendaparse.tables.word_tables import _runs_to_foot, content_lines, repeated_header_texts

SEEDS = range(100, 130)


@pytest.fixture(scope="module")
def long_logs() -> Counter:
    total: Counter = Counter()
    for seed in SEEDS:
        pdf, variant = variants.generate(seed, "long")
        total += variants.score(variant.truth, variants.extract_rows(pdf))
    return total


def test_rows_of_logs_with_long_updates_are_found(long_logs):
    figures = variants.summary(long_logs)
    assert figures["precision"] >= 98, figures
    assert figures["recall"] >= 97, figures


@pytest.mark.parametrize("name", ["named_lead", "end_date", "status"])
def test_fields_of_logs_with_long_updates(long_logs, name):
    assert variants.summary(long_logs)[name] >= 95


def test_the_long_family_is_the_logs_family_with_long_updates():
    log = variants.draw(7)
    long = variants.draw_long(7)
    assert long.long_text and not log.long_text and "progress" in long.fields
    assert [name for name in long.fields if name != "progress"] == [name for name in log.fields if name != "progress"]
    pdf, variant = variants.generate(7, "long")
    assert any(len(row["action"]) > 0 for row in variant.truth)


@pytest.mark.parametrize(
    ("seed", "case"),
    [
        (33, "rules between rows, the header repeated on six pages: taken for a running head"),
        (6, "the same with a theme column"),
        (45, "no rules, the header repeated on every page"),
        (40, "rules between rows, four pages, header repeated"),
        (9, "the header's names wrapped mid-word ('Responsibi' over 'lity'), repeated on every page"),
        (4, "a grid, no header repeated: a page read as headerless after a page that ended short"),
        (27, "rules between rows, sections: the table ends above four fifths of the page"),
        (38, "the same, landscape"),
        (32, "a grid whose header row stands alone on the first page, its rows on the next four"),
    ],
)
def test_long_logs_keep_every_row(seed, case):
    pdf, variant = variants.generate(seed, "long")
    counts = variants.score(variant.truth, variants.extract_rows(pdf))
    assert counts["tp"] == len(variant.truth), case
    assert counts["fp"] <= 1, case  # seed 9: its last page's one row read as two (left)


def test_fill_colours_of_a_log_over_five_pages():
    pdf, variant = variants.generate(32, "long")
    figures = variants.summary(variants.score(variant.truth, variants.extract_rows(pdf)))
    assert figures["rag"] == 100


# ---------------------------------------------------------------- the rules behind the figures

HEADER = "Ref   Action   Owner   Due date   Update"


def _page(*lines: tuple[str, float], furniture: tuple[str, ...] = ()) -> PageLayout:
    return PageLayout(
        number=2,
        width=595,
        height=842,
        rotation=0,
        lines=[Line(text, 40, top, 550, top + 9, size=9) for text, top in lines],
        furniture=list(furniture),
    )


def test_a_repeated_header_row_is_content_not_a_running_head():
    page = _page(
        ("Resources Committee", 20),
        (HEADER, 50),
        ("1   Publish the data   KK   May 2024   Done", 70),
        furniture=("Resources Committee", HEADER),
    )
    assert repeated_header_texts(page) == {HEADER}
    assert [line.text for line in content_lines(page)] == [HEADER, "1   Publish the data   KK   May 2024   Done"]


def test_a_repeated_header_keeps_the_names_wrapped_under_it():
    wrapped = "Ref   Action   Responsibi   Target   Update"
    page = _page(
        (wrapped, 50), ("lity   date", 61), ("1   Publish   KK   May   Done", 80), furniture=(wrapped, "lity   date")
    )
    assert repeated_header_texts(page) == {wrapped, "lity   date"}


def test_a_running_head_stays_furniture():
    # guards: a running head naming no columns, and a line of furniture well below a header
    page = _page(
        ("Resources Committee   Action Log", 20),
        (HEADER, 50),
        ("Page 3", 800),
        furniture=("Resources Committee   Action Log", HEADER, "Page 3"),
    )
    assert repeated_header_texts(page) == {HEADER}


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(
        n_rows=len(rows),
        n_cols=len(header),
        header=header,
        rows=rows,
        page_start=1,
        page_end=2,
        provenance=Provenance(document="doc", page=1, method="pdfplumber:find_tables"),
    )


def test_a_header_in_two_tiers_repeated_is_dropped():
    table = _table(
        ["Agreed action", "Target date"],
        [["Publish the data", "May 2024"], ["Agreed", "Target"], ["action", "date"], ["Chase the reply", "June 2024"]],
    )
    repeats, firsts = _header_repeats(table)
    assert repeats == {1, 2} and firsts == {1}
    # guard: two rows of data that happen to join into something else stay
    assert _header_repeats(_table(["Action", "Due"], [["Publish", "May"], ["the data", "2024"]])) == (set(), set())


def test_a_headerless_page_starts_with_data():
    assert _first_row_reads_as_data(_table([], [["Publish the data", "May 2024"]]))
    assert not _first_row_reads_as_data(_table([], []))


def test_a_table_runs_to_the_foot_when_nothing_is_printed_under_it():
    page = _page(("1   Publish the data   KK", 60), ("Page 4", 810), furniture=("Page 4",))
    assert _runs_to_foot((40, 50, 550, 500), page, 842)
    assert _runs_to_foot((40, 50, 550, 700), None, 842)  # at the foot
    busy = _page(("1   Publish the data   KK", 60), ("Notes: the log is updated monthly.", 560))
    assert not _runs_to_foot((40, 50, 550, 500), busy, 842)
    # stop 65: a row of most of a page moved to the next leaves more than half this one empty, and the table goes on
    # (tests/test_tables_continued65.py); rows ending above three tenths of the page end their table
    assert _runs_to_foot((40, 50, 550, 300), page, 842)
    assert not _runs_to_foot((40, 50, 550, 200), page, 842)
