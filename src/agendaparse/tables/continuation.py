"""Tables continued across pages: merge_continuations joins a table to the one going on from it on
the next page (same columns, at the top, no heading between) and a row broken by the page break;
heading_above reads the heading printed over a table.
"""

from __future__ import annotations

import difflib
import re

from ..models import Table
from ..pdf import PageLayout
from .cells import BULLET_RE, _mark_spanning, join_cells, mark_merged_down, merged_down, spanning_rows
from .column_names import normalise_header
from .headers import first_row_is_data, holds_a_sentence, is_log, table_fields
from .payments import is_payments_list

MAX_TITLE_WORDS = 12


def heading_above(table: Table, page: PageLayout | None) -> str | None:
    """The line printed just above a table (within two line heights, over its columns), when it
    reads as a heading: short, capitalised, not the end of a sentence. On a page turned by /Rotate the
    page's lines and pdfplumber's grid are both in the turned (upright) frame; on a scanned one the
    lines come from an image read upright and need not match, so none is read there."""
    if page is None or (page.rotation and page.method == "ocr") or not table.bbox:
        return None
    x0, top, x1, _ = table.bbox
    above = [
        line
        for line in page.body_lines()
        if line.bottom <= top + 2
        and top - line.bottom <= 2 * max(line.size, 8.0)
        and min(line.x1, x1) - max(line.x0, x0) > 0
    ]
    if not above:
        return None
    text = " ".join(max(above, key=lambda line: line.bottom).text.split()).rstrip(":").strip()
    if not text or len(text.split()) > MAX_TITLE_WORDS or not text[0].isupper() or text[-1] in ".,;":
        return None
    if text.count(":") > 1 or "%" in text:
        return None  # a chart's caption of figures ('Latest: 94% Target: 90%'), not a heading
    return text


# a repeated header under a heading and a paragraph or a box of particulars heads another table of the same
# columns (the next commitment's milestones), not the rest of the one before; a running title is one or two lines
MAX_LINES_OVER_CONTINUATION = 2


UNRULED_WORDS = "rule:unruled-word-columns"


def merge_continuations(
    tables: list[Table], pages: list[PageLayout], first_row_colours: dict[int, str | None] | None = None
) -> list[Table]:
    """Join a table with the one that continues it on the next page. A row broken by the page
    break (its rest at the top of the next page) is joined back into one row.
    ``first_row_colours``: by ``id(table)``, the status shading of a table's first (header) row,
    which is a data row when the table continues one above without repeating its header."""
    first_row_colours = first_row_colours or {}
    layouts = {page.number: page for page in pages}
    heights = {page.number: page.height for page in pages}
    merged: list[Table] = []
    last_box: dict[int, tuple[float, ...]] = {}  # a merged table's box on its last page so far
    for table in tables:
        previous = merged[-1] if merged else None
        above = last_box.get(id(previous), previous.bbox) if previous is not None else None
        height = heights.get(previous.page_end, 842) if previous is not None else 842
        repeated_header = None if previous is None else _continuation(previous, above, table, layouts, height)
        if repeated_header is None and previous is not None and _printed_across(previous, above, table, layouts):
            _join_across(previous, table)
            last_box[id(previous)] = table.bbox
            continue
        if repeated_header is not None:
            above_box = above
            last_box[id(previous)] = table.bbox
            rows = table.rows
            below = table.status_colours or [None] * len(table.rows)
            if not repeated_header and table.header:
                rows = [table.header, *rows]  # no repeated header: the first row is data
                below = [first_row_colours.get(id(table)), *below]
            section = _section_caption(previous, table, repeated_header)
            if section:
                rows = [[section] + [""] * (table.n_cols - 1), *rows]
                below = [None, *below]
            above = previous.status_colours or [None] * len(previous.rows)
            if (
                rows
                and previous.rows
                and not _opens_with_key(table, previous.rows[-1], rows[0])
                and not _own_reference(previous, rows[0])
                and _continues_row(previous.rows[-1], rows[0], _at_foot(above_box, height))
            ):
                previous.rows[-1] = [
                    join_cells(upper, lower) for upper, lower in zip(previous.rows[-1], rows[0], strict=True)
                ]
                rows, below = rows[1:], below[1:]
            if any(above) or any(below):
                previous.status_colours = above + below
            shift = len(previous.rows) - (len(table.rows) - len(rows))
            _mark_spanning(
                previous,
                spanning_rows(previous)
                | {index + shift for index in spanning_rows(table) if index + shift >= len(previous.rows)}
                | ({len(previous.rows)} if section else set()),
            )
            # cells merged down on the continuing page, at their rows' places in the whole table
            mark_merged_down(
                previous,
                merged_down(previous)
                | {(row + shift, column) for row, column in merged_down(table) if row + shift >= len(previous.rows)},
            )
            previous.rows.extend(rows)
            previous.n_rows = len(previous.rows)
            previous.page_end = table.page_end
            previous.provenance.page_end = table.page_end
            if not previous.provenance.method.endswith("+continuation"):
                previous.provenance.method += "+continuation"
            continue
        merged.append(table)
    for table in merged:
        if _drop_header_repeats(table):
            _head_first_section(table, layouts.get(table.page_start))
        if is_payments_list(table):
            continue
        if is_log(table.header, table.rows) or (not table.header and _is_headerless_log(table.rows)):
            table.kind = "action_plan"
    return merged


def _drop_header_repeats(table: Table) -> bool:
    """A body row that prints the table's header again cell for cell is no row: a header repeated where a row
    too tall for a page was split (a log's 'Update' running over a page; reportlab and Word set the header again
    over the row's rest), on the same page or the next. True when every header dropped stood right under a band
    row set across the table (a theme's heading, then the header again: 'Our Patients' over 'What we will do |
    When'), so that the table is printed as sections, each a heading over the header and its rows."""
    if not table.header or len(table.header) < 2 or sum(bool(cell.strip()) for cell in table.header) < 2:
        return False
    repeats, firsts = _header_repeats(table)
    if not repeats:
        return False
    bands = spanning_rows(table)
    sectioned = all(index - 1 in bands and index - 1 > 0 and index - 1 not in repeats for index in firsts)
    table.rows = [row for index, row in enumerate(table.rows) if index not in repeats]
    if table.status_colours:
        table.status_colours = [colour for index, colour in enumerate(table.status_colours) if index not in repeats]
    spanning = spanning_rows(table)
    if spanning:
        _mark_spanning(table, {row - sum(r < row for r in repeats) for row in spanning if row not in repeats})
    merges = merged_down(table)
    if merges:  # a lead merged down keeps to its rows when a repeated header above them goes
        mark_merged_down(
            table, {(row - sum(r < row for r in repeats), column) for row, column in merges if row not in repeats}
        )
    table.n_rows = len(table.rows)
    return sectioned


def _header_repeats(table: Table) -> tuple[set[int], set[int]]:
    """The body rows that print the header again, and the first row of each repeat: one row, or two rows that
    together print a header joined from two lines ('Agreed' over 'action', ruled apart, joined as the table's
    header on its first page, read as two rows where it is repeated)."""

    def key(row: list[str]) -> list[str]:
        return [" ".join(cell.split()).lower() for cell in row]

    header = key(table.header)
    repeats: set[int] = set()
    firsts: set[int] = set()
    for index, row in enumerate(table.rows):
        if index in repeats:
            continue
        if key(row) == header:
            repeats.add(index)
            firsts.add(index)
        elif index + 1 < len(table.rows) and len(row) == len(table.rows[index + 1]) and any(row):
            joined = [join_cells(upper, lower) for upper, lower in zip(row, table.rows[index + 1], strict=True)]
            if key(joined) == header and any(table.rows[index + 1]):
                repeats |= {index, index + 1}
                firsts.add(index)
    return repeats, firsts


def _head_first_section(table: Table, page: PageLayout | None) -> None:
    """A table printed as sections, each a heading over the header and its rows (:func:`_drop_header_repeats`):
    the heading over its first header heads the first section as the band rows head the others ('Our People' over
    'What we will do | When'), a band row set across the table before its first row, unless one stands there."""
    if 0 in spanning_rows(table) or not table.rows:
        return
    heading = heading_above(table, page)
    if not heading or CONTINUED_RE.search(heading):
        return
    table.rows = [[heading] + [""] * (len(table.rows[0]) - 1), *table.rows]
    table.n_rows = len(table.rows)
    _mark_spanning(table, {0} | {row + 1 for row in spanning_rows(table)})
    if table.status_colours:
        table.status_colours = [None, *table.status_colours]
    merges = merged_down(table)
    if merges:
        mark_merged_down(table, {(row + 1, column) for row, column in merges})
    if table._period_bars:
        table._period_bars = {row + 1: bars for row, bars in table._period_bars.items()}


def _opens_with_key(table: Table, upper: list[str], row: list[str]) -> bool:
    """A row of an unruled table of words that fills its first column: the words' lines say a row opens there
    (they open rows at keys, a cell starting again or space), so it is not the rest of the row above, unless
    the first cell above stops mid-phrase or this one goes on in lower case."""
    if not _of_words(table) or not row[0]:
        return False
    return not (OPEN_END_RE.search(upper[0]) or row[0][0].islower())


def _section_caption(previous: Table, table: Table, repeated_header: bool) -> str | None:
    """The one-cell row a continuation without its header starts with, read as the grid's caption
    when the grid was found: on a page that carries on a table it is the first section row of the
    rest ('Report 2: School places planning'), unless it repeats the table's own caption."""
    if repeated_header or not table.title:
        return None
    caption = CONTINUED_RE.sub("", table.title).strip()
    own = CONTINUED_RE.sub("", previous.title or "").strip()
    return None if not caption or caption.casefold() == own.casefold() else caption


# (the spaces before the word are only the bracket's: a run of spaces tried from each of its starts was quadratic; the
# callers strip what is left)
CONTINUED_RE = re.compile(r"(?:\(\s*)?\b(?:cont(?:inued|'d|d)?\.?|contd)\s*\)?\s*$", re.I)


def _headed_apart(previous: Table, table: Table, layouts: dict[int, PageLayout]) -> bool:
    """Both tables carry a heading (their own title row, or a heading just above them) and the
    headings differ: the next page's grid is another table under the same column names (slides
    of one deck, '... ~ Public Health' then '... ~ Public Health Education'), not the rest of it."""

    def heading(of: Table) -> str:
        return of.title or heading_above(of, layouts.get(of.page_start)) or ""

    upper, lower = heading(previous), heading(table)
    if _heading_key(upper) and _heading_key(lower):
        if _heading_key(upper) == _heading_key(lower):
            return False
        read_by_ocr = any(_read_by_ocr(layouts.get(number)) for number in (previous.page_end, table.page_start))
        return not (read_by_ocr and _same_heading_read(upper, lower))
    # only the lower table has a heading: printed over it (its own caption row may be a section row)
    printed = heading_above(table, layouts.get(table.page_start)) or ""
    if _heading_key(upper) or not printed or CONTINUED_RE.search(printed):
        return False
    return not _printed_above(_heading_key(printed), previous, layouts.get(previous.page_start))


def _heading_key(text: str) -> str:
    return "".join(CONTINUED_RE.sub("", text).split()).casefold()


def _read_by_ocr(page: PageLayout | None) -> bool:
    return page is not None and page.method == "ocr"


MAX_MISREAD_RUN = 2  # characters: a run OCR reads otherwise in one heading than in the other (a mark, a letter)


def _same_heading_read(upper: str, lower: str) -> bool:
    """Two OCR readings of one heading: they differ only by runs of a character or two ('Wellbeing ~' read
    'Wellbeing -'), and one may stop inside a word where the rest of the line was lost ('... Wellbein'). A heading
    going on past the other's last whole word ('... Public Health' then '... Public Health Education') is another,
    and so is one with another figure ('Ward 1' then 'Ward 2', 'Budget 2024' then 'Budget 2025')."""
    upper, lower = (" ".join(CONTINUED_RE.sub("", text).split()).casefold() for text in (upper, lower))
    opcodes = difflib.SequenceMatcher(None, upper, lower, autojunk=False).get_opcodes()
    for index, (kind, upper_start, upper_end, lower_start, lower_end) in enumerate(opcodes):
        if kind == "equal":
            continue
        upper_run, lower_run = upper[upper_start:upper_end], lower[lower_start:lower_end]
        if any(char.isdigit() for char in upper_run) and any(char.isdigit() for char in lower_run):
            return False
        if max(len(upper_run), len(lower_run)) <= MAX_MISREAD_RUN:
            continue
        cut_off = index == len(opcodes) - 1 and not (upper_run and lower_run)
        rest = upper_run or lower_run
        if not (cut_off and upper_start > 0 and upper[upper_start - 1].isalnum() and rest[0].isalnum()):
            return False
    return True


def _printed_above(key: str, table: Table, page: PageLayout | None) -> bool:
    """A heading (by ``_heading_key``) is printed on the table's first page above it: the next page's
    heading over a grid of the same columns repeats the table's title further up ('Action log'), where
    a heading new to both pages ('Scrutiny committee action log') starts another table."""
    if page is None or not table.bbox:
        return True
    return any(_heading_key(line.text) == key for line in page.body_lines() if line.bottom <= table.bbox[1] + 2)


def _continuation(
    previous: Table, above: tuple[float, ...] | None, table: Table, layouts: dict[int, PageLayout], height: float
) -> bool | None:
    """None when ``table`` does not go on with ``previous`` (whose box on its last page is ``above``), else
    whether it repeats the header: at the top of the next page, or as the next box of a form on the same page."""
    if (
        table.n_cols != previous.n_cols
        or is_payments_list(previous)
        or is_payments_list(table)
        or table.bbox is None
        or above is None
        or not _same_columns_span(above, table.bbox, _of_words(previous) and _of_words(table))
    ):
        return None
    if table.page_start == previous.page_end:
        return False if _next_box(previous, above, table, layouts.get(table.page_start)) else None
    if table.page_start != previous.page_end + 1 or table.bbox[1] >= 0.25 * _page_height(layouts, table.page_start):
        return None
    if _headed_apart(previous, table, layouts):
        return None
    lines_above = _lines_above(table.bbox, layouts.get(table.page_start))
    if (
        bool(table.header)
        and _same_header(previous.header, table.header)
        and lines_above <= MAX_LINES_OVER_CONTINUATION
    ):
        return True
    repeated = bool(table.header) and _similar_header(previous.header, table.header)
    ran_on = above[3] > 0.6 * height or (
        _last_on_page(above, layouts.get(previous.page_end)) and _first_row_reads_as_data(table)
    )
    if (repeated or ran_on) and _nothing_above(table.bbox, layouts.get(table.page_start)):
        return repeated
    return None


def _page_height(layouts: dict[int, PageLayout], number: int) -> float:
    page = layouts.get(number)
    return page.height if page is not None else 842


# a short name of words only ('Yes', 'Not covered**', 'Total £s'): a column's name, not a data cell of a form's row
COLUMN_NAME_RE = re.compile(r"[^\W\d_]+(?:[ /'-][^\W\d_]+){0,2}\W{0,3}")
MAX_BOX_GAP = 15.0  # points between two ruled boxes of one table on a page (a form sets its rows in boxes)


def _next_box(previous: Table, above: tuple[float, ...], table: Table, page: PageLayout | None) -> bool:
    """``table`` is the next box of rows of ``previous`` on the same page, as a form sets a table's rows in
    boxes a little apart under one header (an annual return's rows 1-7 and 8-10): just below it, nothing
    printed between, and its first row data of the same columns rather than a header of its own."""
    gap = table.bbox[1] - above[3]
    if not previous.header or not -1 <= gap <= MAX_BOX_GAP or not _first_row_reads_as_data(table):
        return False
    if any(COLUMN_NAME_RE.fullmatch(cell) for cell in table.header):
        return False  # 'Yes' and 'No' over its own tick boxes: a box with a header of its own
    return page is None or not any(
        line.top >= above[3] - 1 and line.bottom <= table.bbox[1] + 1 for line in page.body_lines()
    )


def _is_headerless_log(rows: list[list[str]]) -> bool:
    fields = set(table_fields([], rows).values())
    return "action" in fields and bool(fields & {"named_lead", "status", "rag", "end_date"})


# A cell broken off mid-phrase: it ends on a word that needs more after it, a comma or a hyphen.
OPEN_END_RE = re.compile(
    r"(?:\b(?:of|the|a|an|and|or|to|for|in|on|with|by|from|at|as|such|including|e\.g\.|i\.e\.)|[,\-–(/&])$", re.I
)


OPENING_BULLET_RE = re.compile(r"[•●▪■◦]\s")


def _own_reference(previous: Table, row: list[str]) -> bool:
    """The row holds a reference of its own in the table's reference column ('23/004' under '23/003': a short key
    with a figure): a row of its own, not the rest of the one above (a row broken by the page break prints its
    reference once, above it)."""
    fields = table_fields(previous.header, previous.rows)
    column = next((index for index, field in fields.items() if field == "action_no"), None)
    if column is None or column >= len(row) or not previous.rows or column >= len(previous.rows[-1]):
        return False
    key = " ".join(row[column].split())
    return (
        0 < len(key.split()) <= 2
        and any(char.isdigit() for char in key)
        and key != " ".join(previous.rows[-1][column].split())
    )


def _continues_row(upper: list[str], lower: list[str], at_foot: bool = False) -> bool:
    """The first row on the new page is the rest of the last row above, broken by the page break:
    it only adds text to cells that already hold some, and a cell above stops mid-phrase or the
    text below carries on in lower case ('training' after '16-19 education and'). In a table with
    text in one column only, a row that ran to the foot of the page is broken by it (a word
    processor breaks a tall row at the page end unless told not to)."""
    filled = [index for index, cell in enumerate(lower) if cell]
    if not filled or len(filled) == len(lower) or len(upper) != len(lower):
        return False
    if any(not upper[index] for index in filled):
        return False
    if at_foot and len(filled) == 1 and sum(bool(cell) for cell in upper) == 1:
        return True
    return any(
        OPEN_END_RE.search(upper[index])
        or re.match(r"[a-z]{2,}", lower[index])
        or _list_goes_on(upper[index], lower[index], at_foot)
        for index in filled
    )


def _list_goes_on(upper: str, lower: str, at_foot: bool) -> bool:
    """The cell below opens with a bullet, and the cell above holds a bulleted list or ran to the page's foot: the
    list goes on over the break (the steps under an action's lead line)."""
    return bool(OPENING_BULLET_RE.match(lower) and (at_foot or BULLET_RE.search(upper)))


def _at_foot(box: tuple[float, ...] | None, height: float) -> bool:
    """A table's box on a page reaches the bottom tenth of the text area (the last eighth of the page)."""
    return box is not None and box[3] >= 0.85 * height


def _lines_above(box: tuple[float, ...], page: PageLayout | None) -> int:
    """Lines of text (three words or more) printed above the table on its page."""
    if page is None:
        return 0
    return sum(len(line.text.split()) >= 3 and line.bottom < box[1] - 1 for line in page.body_lines())


def _printed_across(
    previous: Table, above: tuple[float, ...] | None, table: Table, layouts: dict[int, PageLayout]
) -> bool:
    """A sheet too wide for its page printed across pages, as a spreadsheet prints one (its columns A-E on one page,
    F-I on the next): the next page opens with a table of as many rows (two or more) under a header naming no column
    of the one before, but its first when that column is printed again at the left with the same cells (Excel's
    'columns to repeat at left'); the table before is the last thing on its page and nothing stands over this one.
    Only a plan's: the actions on the first page, the second naming dates, a status or a lead and no action (a
    deck's slides of figures by year, each a table of its own, share a first column too)."""
    if table.page_start != previous.page_end + 1 or previous.page_start != previous.page_end:
        return False
    if not previous.header or not table.header or len(table.rows) < 2 or len(table.rows) != len(previous.rows):
        return False
    repeated = _repeated_first_column(previous, table)
    upper = {normalise_header(cell) for cell in previous.header} - {""}
    lower = {normalise_header(cell) for cell in table.header[int(repeated) :]} - {""}
    if not lower or upper & lower:
        return False
    # a plan's columns: the actions on the first page, their dates or progress (and no actions) on the next
    if "action" not in table_fields(previous.header, previous.rows).values():
        return False
    following = set(table_fields(table.header[int(repeated) :], [row[int(repeated) :] for row in table.rows]).values())
    if "action" in following or not following & ACROSS_FIELDS:
        return False
    box = above or previous.bbox
    return (
        box is not None
        and table.bbox is not None
        and _last_on_page(box, layouts.get(previous.page_end))
        and _nothing_above(table.bbox, layouts.get(table.page_start))
    )


ACROSS_FIELDS = {"start_date", "end_date", "status", "rag", "progress", "named_lead", "lead_org"}


def _repeated_first_column(previous: Table, table: Table) -> bool:
    return (
        normalise_header(previous.header[0]) == normalise_header(table.header[0])
        and [row[0] for row in previous.rows] == [row[0] for row in table.rows]
        and any(row[0] for row in table.rows)
    )


def _join_across(previous: Table, table: Table) -> None:
    """``table``'s columns set to the right of ``previous``'s, row by row (the first dropped when printed again)."""
    skip = int(_repeated_first_column(previous, table))
    width = previous.n_cols
    previous.header = [*previous.header, *table.header[skip:]]
    previous.rows = [[*upper, *lower[skip:]] for upper, lower in zip(previous.rows, table.rows, strict=True)]
    previous.n_cols = len(previous.header)
    if table.status_colours and not previous.status_colours:
        previous.status_colours = table.status_colours
    mark_merged_down(
        previous,
        merged_down(previous) | {(row, column - skip + width) for row, column in merged_down(table) if column >= skip},
    )
    previous.page_end = table.page_end
    previous.provenance.page_end = table.page_end
    previous.provenance.method += "+columns-across-pages"


def _nothing_above(box: tuple[float, ...], page: PageLayout | None) -> bool:
    """No heading or paragraph (three words or more, not a running head) above the table on its
    page: text there starts something new. Notes and footers under the table on the page before
    are common in a continued table, so only this side is checked."""
    if page is None:
        return True
    return not any(len(line.text.split()) >= 3 and line.bottom < box[1] - 1 for line in page.body_lines())


def _last_on_page(box: tuple[float, ...], page: PageLayout | None) -> bool:
    """Nothing but page furniture below the table on its page: the page broke early, before a block of rows
    that cannot split (a cell merged down several rows), and the table goes on over the page."""
    if page is None:
        return False
    return not any(line.top > box[3] + 1 for line in page.body_lines())


def _first_row_reads_as_data(table: Table) -> bool:
    """The table's first row is a row of data, not a header of its own: it holds what the rows below hold,
    or a sentence no column's name is; a table read as headerless starts with data."""
    if not table.header:
        return bool(table.rows)
    return holds_a_sentence(table.header) or first_row_is_data([table.header, *table.rows])


def _similar_header(above: list[str], below: list[str]) -> bool:
    """Most header words shared ('Strategies / plans in place' over 'Strategy / plan in place')."""
    words_above = set(normalise_header(" ".join(above)).split())
    words_below = set(normalise_header(" ".join(below)).split())
    union = words_above | words_below
    return len(union) >= 3 and len(words_above & words_below) >= 0.6 * len(union)


def _same_header(above: list[str], below: list[str]) -> bool:
    return [normalise_header(c) for c in above] == [normalise_header(c) for c in below]


def _same_columns_span(above: tuple[float, ...], below: tuple[float, ...], of_words: bool = False) -> bool:
    """A continuation sits under the same left and right edges (within a tenth of the width). Tables of words
    printed without rules end where their words do: the right edge may lie further right below (a last column's
    cells wider than its name), not further left than a tenth of the width."""
    width = max(above[2] - above[0], 1.0)
    if of_words:
        return abs(above[0] - below[0]) <= 0.1 * width and below[2] >= above[2] - 0.1 * width
    return abs(above[0] - below[0]) <= 0.1 * width and abs(above[2] - below[2]) <= 0.1 * width


def _of_words(table: Table) -> bool:
    """A table of words read under its header line, with no rules to give its edges."""
    return table.provenance.method.startswith(UNRULED_WORDS)
