"""Tables read from a page's words, without a grid: action logs under a header line naming log
columns (header_anchors, read_text_table), tables of words under a bold or ruled header line
(grid_anchors, is_word_grid), such a table going on at the top of the next page, and listings
whose records print on two lines under a two-line header (stacked_tables).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace

from .. import plumber_pages, stream_tables
from ..models import Provenance, Table
from ..pdf import Line, PageLayout
from .cells import BULLET_RE, SECTION_WORDS, _mark_spanning, clean_cell, join_broken_name
from .headers import ROW_NUMBER_RE, _field_column, _is_column_name, cell_kind, header_fields, is_action_plan, is_log
from .layout_grids import ATTENDANCE_HEADERS, BLANK_LINE_RE, _is_minutes_grid, _not_a_data_table
from .owner_date_cells import deadline
from .page_objects import _pdfium_document, _read_objects_with_pdfium, _visible, with_turned_words
from .status import _cell_colour, icon_fills, shape_fills

# A line that may head an unruled action log: it names an action column (cheap test first).
ACTION_WORD_RE = re.compile(
    r"\b(?:actions?|recommendations?|tasks?|description|commitments?|what we will do|next steps|matters? arising)\b",
    re.I,
)


def header_anchors(page: PageLayout) -> list[Line]:
    """Lines whose wide-gap segments name an action column and an owner, date or status column:
    the header of an action log printed without a grid (whitespace columns, or rules between rows);
    and the first row of a log printed with no header at all (see :func:`_headerless_rows`)."""
    lines = content_lines(page)
    found = [line for line in lines if _names_log_columns(line.text)]
    rows = _headerless_rows(lines)
    if not found and len(rows) >= MIN_HEADERLESS_ROWS:
        found.append(rows[0])
    return found


def content_lines(page: PageLayout) -> list[Line]:
    """The page's body lines and a log's header row repeated at the top of its pages (a word processor's repeated
    header row), which the running-head rule takes for furniture once the log runs to three pages or more."""
    furniture = set(page.furniture) - repeated_header_texts(page)
    return [line for line in page.lines if line.text not in furniture]


HEADER_WRAP_GAP = 1.5  # line heights between a header line and the next line of its wrapped names


def repeated_header_texts(page: PageLayout) -> set[str]:
    """The furniture lines that are a log's header repeated on every page: a line naming the log's columns, and the
    lines its wrapped names run on to just under it ('Responsibi' over 'lity')."""
    furniture = set(page.furniture)
    if not furniture:
        return set()
    kept: set[str] = set()
    last: Line | None = None
    for line in page.lines:
        wrapped = last is not None and line.top - last.bottom <= HEADER_WRAP_GAP * max(last.size, line.size, 8.0)
        if line.text in furniture and (_names_log_columns(line.text) or wrapped):
            kept.add(line.text)
            last = line
        else:
            last = None
    return kept


MIN_HEADERLESS_ROWS = 3
TRAILING_KINDS = {"initials", "status", "date"}


def _headerless_row(text: str) -> bool:
    """A line of a log with no header: an action (three words or more) and, apart by wide gaps, two or three short
    cells of initials, status words or dates, one of them initials or a status ('Publish the note   KK   New'); one
    cell of initials alone is the action margin of minutes, not a log."""
    parts = [part.strip() for part in text.split("   ") if part.strip()]
    if not 3 <= len(parts) <= 4 or len(parts[0].split()) < 3:
        return False
    kinds = [cell_kind(part) for part in parts[1:]]
    return set(kinds) <= TRAILING_KINDS and bool({"initials", "status"} & set(kinds))


def _headerless_rows(lines: list[Line]) -> list[Line]:
    return [line for line in lines if _headerless_row(line.text)]


MIN_GRID_COLUMNS = 3
MIN_GRID_ROWS = 3
MAX_GRID_HEADER_WORDS = 4  # words of one column name
GRID_LOOKAHEAD = 12  # lines under a header line looked at for rows split into columns
GRID_FILLED = 0.6  # share of rows a column is filled in, for MIN_GRID_COLUMNS columns of a table of words
MAX_GRID_NUMERIC = 0.5  # a table mostly of figures is the stream reader's


# what no column name holds: an e-mail or web address, a telephone number ('03000 410 066')
CONTACT_CELL_RE = re.compile(r"@|\bwww\.|https?://|(?:\+|\b0)\d[\d ]{8,}\d")


def _grid_header(cells: list[str]) -> bool:
    """Column names: a few words each, no sentence, label ('Signed:') or bullet point, one at least in
    letters, no contact details (the first row of a contacts box under a rule) and no 'PRESENT' before
    the names of an attendance block."""
    cells = [cell.strip() for cell in cells if cell.strip()]
    return (
        len(cells) >= MIN_GRID_COLUMNS
        and cells[0].lower() not in ATTENDANCE_HEADERS
        and not any(BULLET_RE.match(cell) or cell[0] in "-–" for cell in cells)
        and all(len(cell.split()) <= MAX_GRID_HEADER_WORDS and not cell.endswith((":", ",", ";")) for cell in cells)
        and any(cell[0].isalpha() for cell in cells)
        and not any(BLANK_LINE_RE.search(cell) or CONTACT_CELL_RE.search(cell) for cell in cells)
    )


def grid_anchors(page: PageLayout, *, scanned: bool = False) -> list[Line]:
    """Cheap test on a page's lines for the header of a table of words set in whitespace columns
    (no grid, no log column names): a line of three or more phrases apart by wide gaps, each a column
    name of a few words, in bold (or on a page with drawn rules, that may rule under it; on a
    ``scanned`` page, whose weight OCR does not read, any), over three or more lines split at wide gaps
    that start at or right of it."""
    lines = page.body_lines()
    found: list[Line] = []
    for index, line in enumerate(lines):
        if not (line.bold or page.n_paths or scanned) or line.text.count("   ") < MIN_GRID_COLUMNS - 1:
            continue
        if _names_log_columns(line.text) or not _grid_header(line.text.split("   ")):
            continue
        split = 0
        for below in lines[index + 1 : index + 1 + GRID_LOOKAHEAD]:
            if below.x0 < line.x0 - 5 or below.top - line.bottom > GRID_LOOKAHEAD * max(line.size, 8.0) * 1.5:
                break
            split += "   " in below.text and not below.bold
        if split >= MIN_GRID_ROWS:
            found.append(line)
    return found


def is_word_grid(header: list[str], rows: list[list[str]], *, figures: bool = False) -> bool:
    """Rows read under a header of column names make a table of words: three rows or more, three
    columns (or all, when fewer) filled in most rows, every column used, few rows that are one
    cell alone, words more than figures (unless ``figures``: a scanned page, which the stream reader
    of figures cannot read), and not a layout (contents, agenda, form, attendance box)."""
    if len(rows) < MIN_GRID_ROWS or len(header) < MIN_GRID_COLUMNS:
        return False
    filled = [sum(bool(row[column]) for row in rows) for column in range(len(header))]
    if not all(filled) or sum(count >= GRID_FILLED * len(rows) for count in filled) < MIN_GRID_COLUMNS:
        return False
    if sum(sum(bool(cell) for cell in row) <= 1 for row in rows) > len(rows) / 3:
        return False
    if not figures and stream_tables.numeric_share(rows) > MAX_GRID_NUMERIC:
        return False
    return not _not_a_data_table([header, *rows])


def _names_log_columns(text: str) -> bool:
    """A header line of an action log: phrases set apart by wide gaps naming an action column and
    an owner, date or status column; a line of two phrases only if it holds nothing but the names."""
    gaps = text.count("   ")
    if gaps >= 2 and _owner_and_date_header(text.split("   ")):
        return True
    if not gaps or not (ACTION_WORD_RE.search(text) or any(_names_actions_alone(part) for part in text.split("   "))):
        return False
    if gaps >= 2:
        return is_action_plan(text.split("   "))
    parts = [part for part in text.split("   ") if part.strip()]
    return (
        gaps == 1
        and len(parts) == 2
        and len(text.split()) <= MAX_TWO_NAME_WORDS
        and len(header_fields(parts)) == 2
        and is_action_plan(parts)
    )


def _names_actions_alone(cell: str) -> bool:
    """A column name that is the actions' by itself ('How we will do it'); not 'Item', the actions' only beside a
    column of numbers."""
    return bool(cell.strip()) and header_fields([cell]) == {0: "action"}


MAX_TWO_NAME_WORDS = 5
MIN_UNNAMED_LOG_COLUMNS = 4


def _owner_and_date_header(header: list[str]) -> bool:
    """A header of four or more columns naming a person responsible and a date, status or rating, and one
    column more ('Decision', 'Matter'): a log whose action column goes by a name of its own."""
    cells = [cell for cell in header if cell.strip()]
    fields = set(header_fields(cells).values())
    return (
        len(cells) >= MIN_UNNAMED_LOG_COLUMNS
        and "named_lead" in fields
        and bool(fields & {"end_date", "status", "rag"})
        and len(fields) < len(cells)
    )


def text_tables(
    source,
    anchors: dict[int, list[Line]],
    layouts: dict[int, PageLayout],
    document_id: str,
    password: str | None,
    grid_ids: set[int] | None = None,
) -> list[Table]:
    """Action logs printed without a grid, read from the words under a header line that names their
    columns (see :func:`read_text_table`), and tables of words under a bold or ruled header line
    whose phrases start the columns (``grid_ids``: the ids of those header lines; see
    :func:`grid_anchors`)."""
    grid_ids = grid_ids or set()
    found: list[Table] = []
    geometry = _pdfium_document(source, password)
    wanted = [number for number, lines in anchors.items() if lines]
    numbers = sorted({*wanted, *(number + 1 for number in wanted if number + 1 in layouts)})
    # by page number, the columns of a table that ran over the foot of the page before (and that page's number)
    running_on: dict[int, tuple[TextColumns, float]] = {}
    pending = set(numbers)
    while pending:
        # pages are read in order, so a page is read once and after any page whose table ran on to it: a batch stops
        # where a table runs on to a page outside it, and the next batch opens from there
        batch = sorted(pending)
        with plumber_pages.open_pages(source, batch, password) as pages:
            pending -= set(batch) - {page.page_number for page in pages}  # pages the file does not give: none to read
            for page in pages:
                number = page.page_number
                pending.discard(number)
                continuing = running_on.pop(number, None)
                starts = anchors.get(number, [])
                goes_on = None
                if starts or continuing is not None:  # else opened in case a table above ran on to it, and none did
                    tables, goes_on = _text_tables_on(
                        page, starts, continuing, geometry, layouts, grid_ids, document_id
                    )
                    found += tables
                page.close()
                # a table with no header repeated, run over the foot of a page with no header line on it: read the next
                if goes_on is not None and number + 1 in layouts:
                    running_on[number + 1] = goes_on
                    if number + 1 not in batch:
                        pending.add(number + 1)
                        break
    if geometry is not None:
        geometry.close()
    return found


def _text_tables_on(
    page,
    starts: list[Line],
    continuing: tuple[TextColumns, float] | None,
    geometry,
    layouts: dict[int, PageLayout],
    grid_ids: set[int],
    document_id: str,
) -> tuple[list[Table], tuple[TextColumns, float] | None]:
    """The tables of :func:`text_tables` on one page, and the columns of the one running on over its foot."""
    if geometry is not None:
        _read_objects_with_pdfium(geometry, page)
    view = _visible(page)
    words = _without_furniture(_page_words(view), layouts.get(page.page_number))
    rules = _row_rules([*view.lines, *view.rects], float(page.width))
    fills = [rect for rect in view.rects if rect.get("fill")] + icon_fills(view.curves) + shape_fills(view.curves)
    height = float(page.height)
    found: list[Table] = []
    taken: list[tuple[float, float]] = []
    running_on: tuple[TextColumns, float] | None = None
    if continuing is not None:
        layout = layouts[page.page_number]
        table = _continued_text_table(words, continuing[0], layout, starts, rules, fills, document_id)
        if table is not None:
            found.append(table)
            taken += [(table.bbox[1], table.bbox[3])] if table.bbox else []  # its rows start no table
            if _runs_to_foot(table.bbox, layouts.get(page.page_number), height):
                running_on = (continuing[0], page.page_number)  # on over this page's foot as well
    for line in starts:
        if any(top - 2 <= line.top <= bottom for top, bottom in taken):
            continue  # a line inside a table already read from a header above it
        if _headerless_row(line.text) and not _names_log_columns(line.text):
            sections = read_headerless_log(words, line, height, page.page_number, document_id)
            found += sections
            taken += [(table.bbox[1], table.bbox[3]) for table in sections if table.bbox]
            continue
        grid = id(line) in grid_ids
        read = read_text_table(words, line, height, rules, fills, page.page_number, document_id, grid=grid)
        if read is None and not grid:
            # a log's column names over no column of actions ('Issue | Who | When'): a table of words
            read = read_text_table(words, line, height, rules, fills, page.page_number, document_id, grid=True)
        if read is not None:
            if read[0].bbox:
                taken.append((read[0].bbox[1], read[0].bbox[3]))
            if _is_minutes_grid([read[0].header, *read[0].rows]):
                continue  # 'Item | Minute | Action | Due': minutes with their margin, read as minutes
            found.append(read[0])
            if _runs_to_foot(read[0].bbox, layouts.get(page.page_number), height):
                # the rest spans the columns as far as the rows above did (a continuation's box matches)
                running_on = (replace(read[1], right=max(read[1].right, read[0].bbox[2])), page.page_number)
    return found, running_on


SHORTEST_PAGE_OF_ROWS = 0.3  # a page whose rows end above this share of its height ends its table


def _runs_to_foot(bbox: tuple[float, ...] | None, layout: PageLayout | None, height: float) -> bool:
    """The table may go on over the page's foot: it reaches the foot, or nothing but furniture is printed below it
    (a row too tall for the space left was set on the next page, leaving a gap of up to a row's height: a log's
    updates of several paragraphs make rows of most of a page)."""
    if not bbox:
        return False
    if bbox[3] > 0.8 * height:
        return True
    return (
        layout is not None
        and bbox[3] > SHORTEST_PAGE_OF_ROWS * height
        and not any(line.top > bbox[3] + 1 for line in layout.body_lines())
    )


def _without_furniture(words: list[dict], layout: PageLayout | None) -> list[dict]:
    """A page's words less those of its furniture (running heads and footers: a clerk's address printed in the foot
    of every page), which a log running to the foot would otherwise take for a row."""
    if layout is None or not layout.furniture:
        return words
    furniture = set(layout.furniture) - repeated_header_texts(layout)
    # (a lone figure is furniture too, a page number, but a year wrapped in a date cell reads the same)
    bands = [(line.top - 2, line.bottom + 2) for line in layout.lines if line.text in furniture and " " in line.text]
    return [word for word in words if not any(top <= _middle(word) <= bottom for top, bottom in bands)]


def _middle(word: dict) -> float:
    return (word["top"] + word["bottom"]) / 2


def _page_words(view) -> list[dict]:
    """A page's words, each with the right edge of its last glyph mended (see :func:`_mended_end`), a turned header
    name one word on its header's line (:func:`.page_objects.with_turned_words`)."""
    words = view.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname", "size"], return_chars=True)
    for word in words:
        word["x1"] = _mended_end(word.pop("chars", []), word["x1"])
    return _ordinals_joined(with_turned_words(words, view.chars))


ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
SUPERSCRIPT = 0.85  # of the figure's type size: a suffix this small or smaller is set raised


def _ordinals_joined(words: list[dict]) -> list[dict]:
    """A raised ordinal suffix ('20' + small 'th') joined to its figure, as one word ('20th'): apart, the date in a
    log's cell ('on 20 th September') is no date."""
    suffixes = [word for word in words if word["text"] in ORDINAL_SUFFIXES]
    if not suffixes:
        return words
    joined: set[int] = set()
    for suffix in suffixes:
        figure = next(
            (
                word
                for word in words
                if word["text"][-1:].isdigit()
                and abs(suffix["x0"] - word["x1"]) <= 1.5
                and suffix["size"] <= SUPERSCRIPT * word["size"]
                and suffix["bottom"] > word["top"]
                and suffix["top"] < word["bottom"]
            ),
            None,
        )
        if figure is not None:
            figure["text"] += suffix["text"]
            figure["x1"] = max(figure["x1"], suffix["x1"])
            joined.add(id(suffix))
    return [word for word in words if id(word) not in joined]


NARROW_GLYPH = 0.25  # of the word's other glyphs' median width: a last glyph this narrow is a box cut short


def _mended_end(chars: list[dict], x1: float) -> float:
    """A word's right edge where a font gives its last glyph a box cut to a sliver (some Calibri subsets: 'n' 0.6 pt
    wide), which opens a gap as wide as a column's after every word: the last glyph is given its fellows' width."""
    if len(chars) < 2:
        return x1
    widths = sorted(char["x1"] - char["x0"] for char in chars[:-1])
    median = widths[len(widths) // 2]
    last = chars[-1]
    if median > 0 and last["x1"] - last["x0"] < NARROW_GLYPH * median:
        return max(x1, last["x0"] + median)
    return x1


MIN_STACKED_RECORDS = 3
TIER_INDENT = 15.0  # pt: the second header line (and each record's second line) starts this far right or more


def _stacked_header_at(lines: list[Line]) -> int | None:
    """Cheap test on a page's lines for a listing whose records print on two lines under a header
    of two lines (a system report: 'Polling Station   Polling Place' over, indented under the
    second column, 'District Reference   District Name'): the index of the header's first line."""
    for index in range(len(lines) - 2 * MIN_STACKED_RECORDS - 1):
        first, second = lines[index], lines[index + 1]
        size = max(first.size, 8.0)
        if (
            first.text.count("   ") >= 1
            and second.text.count("   ") >= 1
            and second.x0 >= first.x0 + TIER_INDENT
            and 0 <= second.top - first.bottom <= 1.5 * size
            and len(first.text.split()) <= 12
            and len(second.text.split()) <= 12
        ):
            records = 0
            following = lines[index + 2 :]
            for upper, lower in zip(following, following[1:], strict=False):
                if abs(upper.x0 - first.x0) <= 3 and abs(lower.x0 - second.x0) <= 3 and "   " in upper.text:
                    records += 1
            if records >= MIN_STACKED_RECORDS:
                return index
    return None


def stacked_tables(source, numbers: list[int], document_id: str, password: str | None) -> list[Table]:
    """Listings without a grid whose records print over two lines under a two-line header; each
    record is a row of the first line's columns and then the second line's (see
    :func:`read_stacked_table`)."""
    found: list[Table] = []
    geometry = _pdfium_document(source, password)
    with plumber_pages.open_pages(source, numbers, password) as pages:
        for page in pages:
            if geometry is not None:
                _read_objects_with_pdfium(geometry, page)
            words = page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname", "size"])
            table = read_stacked_table(_text_lines(words), float(page.height), page.page_number, document_id)
            previous = found[-1] if found else None
            if (
                table is not None
                and previous
                and previous.page_end + 1 == table.page_start
                and previous.header == table.header
            ):
                previous.rows.extend(table.rows)  # the listing goes on under its header repeated
                previous.n_rows, previous.page_end = len(previous.rows), table.page_end
                previous.provenance.page_end = table.page_end
            elif table is not None:
                found.append(table)
            page.close()
    if geometry is not None:
        geometry.close()
    return found


def read_stacked_table(lines: list[list[dict]], height: float, number: int, document_id: str) -> Table | None:
    """The header's two lines give two tiers of columns (each phrase's left edge); a line at the
    first tier's left edge opens a record, the line under it (at the second tier's) fills the
    second tier's cells; a further second-tier line is a row of its own with the first tier's
    cells empty (a record with two entries below: the value is given once, in its first row)."""
    for index in range(len(lines) - 1):
        upper, lower = _phrases(lines[index]), _phrases(lines[index + 1])
        if len(upper) < 2 or len(lower) < 2 or lower[0][0]["x0"] < upper[0][0]["x0"] + TIER_INDENT:
            continue
        size = max(word["size"] for word in lines[index])
        if lines[index + 1][0]["top"] - lines[index][0]["bottom"] > 1.5 * size:
            continue
        if any(len(phrase) > 4 for phrase in upper + lower):
            continue  # headers name columns in a few words
        tiers = [phrase[0]["x0"] for phrase in upper], [phrase[0]["x0"] for phrase in lower]
        header = [" ".join(word["text"] for word in phrase) for phrase in upper + lower]
        table = _stacked_rows(lines[index + 2 :], tiers, header, height, number, document_id)
        if table is not None:
            table.bbox = (round(upper[0][0]["x0"], 1), round(lines[index][0]["top"], 1), *table.bbox[2:])
            table.provenance.bbox = table.bbox
            return table
    return None


def _stacked_rows(
    lines: list[list[dict]],
    tiers: tuple[list[float], list[float]],
    header: list[str],
    height: float,
    number: int,
    document_id: str,
) -> Table | None:
    first, second = tiers
    rows: list[list[str]] = []
    records = 0
    tier = 0  # the tier the last line filled
    right = bottom = 0.0
    previous_bottom = None
    for line in lines:
        x0, top = line[0]["x0"], line[0]["top"]
        if top > 0.94 * height:
            break
        if previous_bottom is not None and top - previous_bottom > 4 * line[0]["size"]:
            break
        if abs(x0 - first[0]) <= 3:
            cells = [""] * len(header)
            for phrase in _phrases(line):
                cells[_column_of(phrase[0]["x0"], first)] += " ".join(word["text"] for word in phrase)
            rows.append(cells)
            records += 1
            tier = 1
        elif rows and any(abs(x0 - column) <= 3 for column in second):
            if tier == 2:
                rows.append([""] * len(header))
            for phrase in _phrases(line):
                column = len(first) + _column_of(phrase[0]["x0"], second)
                rows[-1][column] = clean_cell(f"{rows[-1][column]}\n{' '.join(word['text'] for word in phrase)}")
            tier = 2
        else:
            break
        right = max(right, line[-1]["x1"])
        bottom = previous_bottom = max(word["bottom"] for word in line)
    if records < MIN_STACKED_RECORDS or sum(any(row[len(first) :]) for row in rows) < MIN_STACKED_RECORDS:
        return None
    bbox = (round(first[0], 1), 0.0, round(right, 1), round(bottom, 1))
    return Table(
        n_rows=len(rows),
        n_cols=len(header),
        header=header,
        rows=[[clean_cell(cell) for cell in row] for row in rows],
        page_start=number,
        page_end=number,
        bbox=bbox,
        provenance=Provenance(document=document_id, page=number, bbox=bbox, method="rule:stacked-records"),
    )


def _row_rules(edges: list[dict], width: float) -> list[float]:
    """The heights of horizontal rules across a third of the page or more, drawn whole or as one
    segment per cell."""
    lengths: Counter = Counter()
    for edge in edges:
        if edge["bottom"] - edge["top"] <= 2.5:
            lengths[round((edge["top"] + edge["bottom"]) / 2)] += edge["x1"] - edge["x0"]
    return sorted(float(y) for y, length in lengths.items() if length >= 0.3 * width)


def _continued_text_table(
    words: list[dict],
    columns: TextColumns,
    layout: PageLayout,
    anchors: list[Line],
    rules: list[float],
    fills: list,
    document_id: str,
) -> Table | None:
    """The rest of a table without a grid that ran to the foot of the page before, at the top of
    this page without its header: the first body lines, read in the same columns."""
    body_tops = [line.top for line in content_lines(layout)]
    if not body_tops:
        return None
    first = min(body_tops)
    text_lines = _text_lines(words)
    anchors = [anchor for anchor in anchors if not _row_in_columns(anchor, text_lines, columns)]
    stop = min((line.top for line in anchors), default=float(layout.height))
    lines = [line for line in text_lines if first - 2 <= line[0]["top"] < stop - 2]
    if not lines or lines[0][0]["top"] > 0.25 * layout.height:
        return None
    top = lines[0][0]["top"]
    repeated = False
    while lines and _repeats_header(lines[0], columns):
        lines, repeated = lines[1:], True  # the header repeated over the rest (its rows go on from the page before)
    if not lines:
        return None
    if not _in_columns(lines[0], columns) and not _left_lines_over_row(lines, columns):
        return None  # text at the left only: a paragraph or heading, not the table going on
    table = _text_table_body(
        lines,
        columns,
        lines[0][0]["top"],
        top,
        float(layout.height),
        rules,
        fills,
        layout.number,
        document_id,
    )
    if table is None or table.n_rows == 0:
        return None
    # merge_continuations joins it to the table above: by the repeated header, or with none as the rest of it
    table.header = list(columns.header) if repeated else []
    return table


def _in_columns(line: list[dict], columns: TextColumns) -> bool:
    return any(_column_of(word["x0"], columns.lefts) > 0 for word in line)


def _left_lines_over_row(lines: list[list[dict]], columns: TextColumns) -> bool:
    """Lines first on the page inside the first column only (a section's heading row, 'Governance'; the rest of a row
    the page break split), closely over a row of the table starting in its first column: the table going on, not a
    heading or a paragraph over something else."""
    first_right = columns.lefts[1] if len(columns.lefts) > 1 else float("inf")
    for above, line in zip(lines[:MAX_LEFT_LINES], lines[1 : MAX_LEFT_LINES + 1], strict=False):
        size = max(word["size"] for word in above)
        if line[0]["top"] - above[0]["bottom"] > 2.5 * size or max(word["x1"] for word in above) > first_right:
            return False
        if _in_columns(line, columns):
            return abs(line[0]["x0"] - columns.lefts[0]) <= ALIGNED + 0.5
    return False


MAX_LEFT_LINES = 4  # lines of a split row's first cell, or a section's heading, over the next row


def _repeats_header(line: list[dict], columns: TextColumns) -> bool:
    """A line of two or more phrases each printed in (starting or going on with) the header cell of its column."""
    phrases = _phrases(line)
    if len(phrases) < 2:
        return False
    for phrase in phrases:
        cell = columns.header[_column_of(phrase[0]["x0"], columns.lefts)].casefold()
        if " ".join(word["text"] for word in phrase).casefold() not in cell:
            return False
    return True


def _text_lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into lines (sharing a vertical middle), top to bottom, left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        rise = word.get("rise", 0.4 * word["size"])  # an OCR word gives its own, see :func:`ocr_words`
        if lines and abs(middle - (lines[-1][0]["top"] + lines[-1][0]["bottom"]) / 2) <= rise:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _row_in_columns(anchor: Line, lines: list[list[dict]], columns: TextColumns) -> bool:
    """A line taken for a table's header (short phrases apart by wide gaps) that is a row of the table going on
    from the page before: not bold, three phrases or more, each starting where one of its columns starts."""
    if anchor.bold:
        return False
    line = next((line for line in lines if abs(line[0]["top"] - anchor.top) <= 2), None)
    phrases = _phrases(line) if line else []
    return len(phrases) >= MIN_GRID_COLUMNS and all(
        any(abs(phrase[0]["x0"] - left) <= 3 for left in columns.lefts) for phrase in phrases
    )


def _phrases(line: list[dict]) -> list[list[dict]]:
    """A line's words in phrases: split where the gap is wider than a word space (an OCR word gives its
    own, see :func:`ocr_words`)."""
    phrases: list[list[dict]] = []
    for word in line:
        if phrases and word["x0"] - phrases[-1][-1]["x1"] <= word.get("space", 0.45 * word["size"]):
            phrases[-1].append(word)
        else:
            phrases.append([word])
    return phrases


def _bold_heading(line: list[dict], lefts: list[float]) -> bool:
    return (
        len(line) <= SECTION_WORDS
        and {_column_of(word["x0"], lefts) for word in line} == {0}
        and line[0]["x0"] <= lefts[0] + 3
        and _bold(line)
    )


# a date in figures, read either way round ('10/15/2025' in a US plan, '15/10/2025' in a UK one)
FIGURE_DATE_RE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})")


# a timescale that is whole with no date in it ('Ongoing', 'Annually', 'TBC', a season, a plan's 'Year 2',
# 'Short term'): a row's whole deadline cell too
OPEN_TIMESCALE_RE = re.compile(
    r"(?:on-?\s?going|continuous|continual|annually|monthly|quarterly|weekly|tbc|tba|tbd|n/a|as required"
    r"|(?:spring|summer|autumn|winter)(?: term)?(?: (?:19|20)\d{2}(?:[/-]\d{2,4})?)?|year [1-9]"
    r"|(?:short|medium|long)[- ]term)",
    re.I,
)


# a day of a month with no year ('April 1st', '1 April'): whole unless a year alone follows it on the next line
MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DAY_MONTH_RE = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s{MONTH_WORD}|{MONTH_WORD}\s\d{{1,2}}(?:st|nd|rd|th)?", re.I)
YEAR_ALONE_RE = re.compile(r"(?:19|20)\d{2}[.,]?")


def _whole_date(text: str, below: str = "") -> bool:
    """Whether a date cell already holds a whole date (so a second date beside more words opens a row); a day
    of a month is whole unless the date cell's next line (``below``) is a year alone (the date wrapped)."""
    stripped = text.strip()
    return (
        deadline(text, None).date is not None
        or bool(FIGURE_DATE_RE.fullmatch(stripped))
        or bool(OPEN_TIMESCALE_RE.fullmatch(stripped))
        or (bool(DAY_MONTH_RE.fullmatch(stripped)) and not YEAR_ALONE_RE.fullmatch(below.strip()))
    )


def _band_under(line: list[dict], lefts: list[float], fills: list[dict]) -> frozenset[tuple[int, int]]:
    """The shading set across every column under a line (one rectangle over the row or one to each cell), as the
    tops and bottoms of the rectangles that start at the table's left (a page's background is under every line
    alike); empty when the line lies on none."""
    middle = (line[0]["top"] + line[0]["bottom"]) / 2
    under = [
        rect
        for rect in fills
        if not rect.get("shape") and rect["top"] <= middle <= rect["bottom"] and rect["x1"] > lefts[0]
    ]
    if not under or max(rect["x1"] for rect in under) < lefts[-1] + 1:
        return frozenset()  # none, or a shaded cell or two (a RAG rating), not the row
    return frozenset((round(rect["top"]), round(rect["bottom"])) for rect in under if rect["x0"] <= lefts[0] + 3)


def _bold(words: list[dict]) -> bool:
    return all(re.search(r"bold|black|heavy", word.get("fontname", ""), re.I) for word in words)


def _wrapped_names(parts: dict[int, list[str]], n_columns: int) -> bool:
    """Whether a line set close under a scanned header, whose weight OCR does not read, is the header's names
    wrapped ('year' under 'Previous'): words alone, in fewer than half the columns and none in the first (a section's
    name stands there, over its rows)."""
    return (
        0 not in parts
        and 2 * len(parts) < n_columns
        and all(word.isalpha() for words in parts.values() for word in words)
    )


def read_text_table(
    words: list[dict],
    anchor: Line,
    height: float,
    rules: list[float],
    fills: list[dict],
    number: int,
    document_id: str,
    *,
    grid: bool = False,
    scanned: bool = False,
) -> tuple[Table, TextColumns] | None:
    """An action log without a grid (or with ``grid``, a table of words under a bold or ruled
    header, see :func:`is_word_grid`), from the header line down: the header's cells (phrases
    apart by more than a word space, with header lines wrapped under them) give the columns, each
    starting at its header's left edge; the lines below, until a paragraph across the columns, a
    wide gap or the page foot, are its rows. A row starts at a rule between rows, where a reference
    column has a new entry, or after a gap wider than the lines of a cell; a short line alone at
    the left, across the columns, heads a section. On a ``scanned`` page (OCR words) a table of words
    needs no bold header, and may be of figures."""
    lines = _text_lines(words)
    middle = (anchor.top + anchor.bottom) / 2
    start = next((i for i, line in enumerate(lines) if line[0]["top"] - 2 <= middle <= line[0]["bottom"] + 2), None)
    if start is None:
        return None
    phrases = _phrases(lines[start])
    header = [" ".join(word["text"] for word in phrase) for phrase in phrases]
    size = max(word["size"] for word in lines[start])
    bold = _bold(lines[start])
    if grid:
        bottom = max(word["bottom"] for word in lines[start])
        ruled = any(bottom <= rule <= bottom + size for rule in rules)
        if len(phrases) < MIN_GRID_COLUMNS or not (bold or ruled or scanned) or not _grid_header(header):
            return None
    elif not is_action_plan(header) and not _owner_and_date_header(header):
        return None
    lefts = [phrase[0]["x0"] for phrase in phrases]
    first_tier = list(header)
    below = start + 1
    tiers = False
    while below < len(lines) and below <= start + 2:  # header cells wrapped onto more lines
        line = lines[below]
        gap = line[0]["top"] - lines[below - 1][0]["bottom"]
        if gap > 2 * size:
            break
        if not tiers and gap <= 1.5 * size and (split := _header_tiers(header, lefts, line, size, bold)) is not None:
            header, lefts = split
            tiers = True
            below += 1
            continue
        columns = [_column_of(word["x0"], lefts) for word in line]
        extended = list(header)
        parts: dict[int, list[str]] = {}
        for column, word in zip(columns, line, strict=True):
            parts.setdefault(column, []).append(word["text"])
        for column, texts in parts.items():
            extended[column] = clean_cell(join_broken_name(f"{extended[column]}\n{' '.join(texts)}"))
        across = len(_phrases(line)) == 1 and _column_of(line[-1]["x1"] - 1, lefts) != columns[0]
        labels = not across and all(
            len(words) <= 2 and (cell_kind(" ".join(words)) == "short" or re.fullmatch(r"[a-z]{1,2}", " ".join(words)))
            for words in parts.values()
        )
        # more of the header: it names more columns, or (set close under it) it is in bold as the header
        # is, or it holds only short labels
        close = gap <= 0.6 * size and (
            (bold and _bold(line)) or (labels and not grid) or (scanned and _wrapped_names(parts, len(header)))
        )
        named = labels and all(_is_column_name(extended[column]) for column in parts)
        if not close and not named and len(header_fields(extended)) <= len(header_fields(header)):
            break
        header = extended
        below += 1
    if not grid and not tiers and len(lefts) == len(phrases):
        lefts = _body_aligned_lefts(
            lines[below : below + BODY_LOOKAHEAD], lefts, [p[-1]["x1"] for p in phrases], size, header
        )
    numbers = _number_column(lines[below : below + 3], lefts[0])
    if numbers is not None:  # the rows' numbers stand alone left of the first named column
        lefts, header = [numbers, *lefts], ["", *header]
    header = _spanning_names_over(lines, start, header, lefts, size)
    columns = TextColumns(
        lefts, [clean_cell(cell) for cell in header], size, max(word["x1"] for word in lines[start]), grid
    )
    if scanned and len(lefts) == len(phrases):
        columns.rights = tuple(phrase[-1]["x1"] for phrase in phrases)
    table = _text_table_body(
        lines[below:], columns, lines[below - 1][0]["bottom"], anchor.top, height, rules, fills, number, document_id
    )
    if grid and table is not None and is_word_grid(table.header, table.rows, figures=scanned or tiers):
        table.provenance.method = "ocr:word-grid-header" if scanned else "rule:word-grid-header"
        return table, columns
    if grid and header == first_tier:
        return None
    if grid:
        # a header in two tiers that names a log once joined ('Key' over 'activities', 'Current' over 'status'):
        # read as a log, whatever columns it leaves empty (a status shown by fill colour alone)
        columns = replace(columns, grid=False)
        table = _text_table_body(
            lines[below:], columns, lines[below - 1][0]["bottom"], anchor.top, height, rules, fills, number, document_id
        )
    if table is None or not is_log(table.header, table.rows):
        return None  # named by its owner and date columns only, but no column of actions under them
    return table, columns


BODY_LOOKAHEAD = 12  # lines under a log's header whose aligned starts place its columns
MIN_ALIGNED_STARTS = 2  # lines starting a phrase at one place that make it a column's left edge
ALIGNED = 2.5  # pt: starts this close are aligned


def _body_aligned_lefts(
    lines: list[list[dict]], lefts: list[float], rights: list[float], size: float, header: list[str]
) -> list[float]:
    """A log's column edges where its header names are centred (or set right) over their columns: a column starts
    where two or more body lines start a phrase at one place left of its name (and right of the name before it;
    the first column, within a few type sizes); else at its name. Rows' numbers alone left of a first column that
    names no reference are a column of their own (see :func:`_number_column`), not that column's edge."""
    keyed = header_fields(header).get(0) == "action_no"
    starts = [
        phrase[0]["x0"]
        for line in lines
        for index, phrase in enumerate(_phrases(line))
        if keyed or index or not (len(phrase) == 1 and ROW_NUMBER_RE.fullmatch(phrase[0]["text"]))
    ]
    words = [word for line in lines for word in line]
    moved = list(lefts)
    for column, left in enumerate(lefts):
        floor = rights[column - 1] + 1 if column else left - 6 * size
        candidates = sorted(x for x in starts if floor < x < left - ALIGNED)
        best: list[float] = []
        for x in candidates:
            cluster = [other for other in candidates if x <= other <= x + ALIGNED]
            # an edge no word runs across (text repeated in one cell's lines starts phrases at one place too)
            crossed = any(word["x0"] < x - 1 and word["x1"] > x + 1 for word in words)
            if len(cluster) > len(best) and not crossed:
                best = cluster
        if len(best) >= MIN_ALIGNED_STARTS and not (
            column and _empties_column_before(starts, moved[column - 1], best[0])
        ):
            moved[column] = best[0]
    return moved


def _empties_column_before(starts: list[float], before: float, edge: float) -> bool:
    """Moving a column's edge left to ``edge`` would leave the column before it (from ``before``) with no phrase
    under its name: the aligned starts are that column's own, set right (an export's percentages beside a progress
    bar, under 'Progress'), not the next column's under a centred name."""
    return not any(before - 1 <= x < edge - 1 for x in starts)


def _header_tiers(
    header: list[str], lefts: list[float], line: list[dict], size: float, bold: bool
) -> tuple[list[str], list[float]] | None:
    """A second header row whose short names divide the cells of the first ('2023/24' over 'Target' and
    'Actual'): the columns are the second row's, each named by the first row's cell over it and its own
    name ('2023/24 Target'); a first-row cell with none under it ('Indicator') names its column alone.
    None unless the line is set as the header is, close under it, and splits a cell of it in two."""
    names = _phrases(line)
    if bold and any(word.get("fontname") for word in line) and not _bold(line):
        return None  # a plain line under a bold header is a row (words with no font name: weight unknown)
    if any(len(phrase) > 2 or not any(char.isalpha() for word in phrase for char in word["text"]) for phrase in names):
        return None
    starts = [phrase[0]["x0"] for phrase in names]
    groups = [_column_of(start, lefts) for start in starts]
    if not any(groups.count(group) >= 2 for group in groups) or starts[0] < lefts[0] - 2:
        return None
    columns: list[tuple[float, str]] = []
    for column, (left, cell) in enumerate(zip(lefts, header, strict=True)):
        under = [(start, phrase) for start, phrase, group in zip(starts, names, groups, strict=True) if group == column]
        if not under:
            columns.append((left, cell))
            continue
        if abs(under[0][0] - left) > size:
            return None  # the cell's first name under it does not start where it does: not a header tier
        columns += [(start, f"{cell} {' '.join(word['text'] for word in phrase)}") for start, phrase in under]
    return [cell for _, cell in columns], [left for left, _ in columns]


def _spanning_names_over(
    lines: list[list[dict]], start: int, header: list[str], lefts: list[float], size: float
) -> list[str]:
    """A group's name set centred over two or more of the header's columns on the line just above it ('2023/24' over
    'Target   Actual'), joined to each of their names ('2023/24 Target', '2023/24 Actual'), as the ruled reader joins
    a spanning name: without it the columns of two years read the same. A line over the rows' names as well is a
    caption, not a group."""
    if start == 0 or len(lefts) != len(header):
        return header
    above = lines[start - 1]
    if lines[start][0]["top"] - max(word["bottom"] for word in above) > 1.2 * size:
        return header
    phrases = _phrases(above)
    if not phrases or len(phrases) * 2 > len(header):
        return header
    right = max(word["x1"] for word in lines[start])
    columns = [(left, lefts[index + 1] if index + 1 < len(lefts) else right) for index, left in enumerate(lefts)]
    groups = [(" ".join(word["text"] for word in phrase), (phrase[0]["x0"], phrase[-1]["x1"])) for phrase in phrases]
    return stream_tables.names_under_groups(groups, columns, header) or header


def _number_column(lines: list[list[dict]], first: float) -> float | None:
    """Where the rows' numbers ('1.', '2', 'A3') stand, left of the header's first column with no
    heading of their own: the left edge of each of the first rows, when all are numbers; else None."""
    if len(lines) < 2:
        return None
    for line in lines:
        if len(line) < 2 or not (line[0]["x0"] < first - 5 and line[1]["x0"] >= first - 3):
            return None
        if not ROW_NUMBER_RE.fullmatch(line[0]["text"]):
            return None
    return min(line[0]["x0"] for line in lines)


@dataclass
class TextColumns:
    """The columns of an action log printed without a grid: where each starts, its header, the
    type size and the right edge of the header."""

    lefts: list[float]
    header: list[str]
    size: float
    right: float
    grid: bool = False  # a table of words (no log columns): set tight, a row starts at its first column
    # on a scan, the right edge of each column's header: figures set flush right under a header set flush
    # right start left of it, and are told by ending where it ends
    rights: tuple[float, ...] = ()


def _text_table_body(
    lines: list[list[dict]],
    columns: TextColumns,
    last_bottom: float,
    top: float,
    height: float,
    rules: list[float],
    fills: list[dict],
    number: int,
    document_id: str,
) -> Table | None:
    """The rows of a table without a grid, from its first line under the header (or the top of
    the page it continues on) down to a paragraph across the columns, a wide gap or the page foot."""
    lefts, header, size = columns.lefts, columns.header, columns.size
    fields = header_fields(header)
    key_column = _field_column(fields, "action_no")
    body: list[list[dict]] = []
    table_x0, table_x1 = lefts[0] - 2, columns.right
    for line in lines:
        gap = line[0]["top"] - last_bottom
        if line[0]["top"] > 0.94 * height or (
            gap > 2.5 * size
            and not _row_after_space(line, columns, gap)
            and not _empty_ruled_row(last_bottom, line[0]["top"], rules, size)
        ):
            break
        first = _phrases(line)
        crossing = [phrase for phrase in first if _phrase_columns(phrase, columns)[0] is None]
        if crossing and (
            columns.grid or not (len(first) == 1 and len(line) <= SECTION_WORDS and line[0]["x0"] <= lefts[0] + 3)
        ):
            break  # a paragraph across the columns (in a table of words, any line across them): it has ended
        if line[0]["x0"] < table_x0 - 5:
            break
        if columns.grid and len(body) >= 2 and {_column_of(word["x0"], lefts) for word in line} == {0}:
            pitch = max(b[0]["top"] - a[0]["top"] for a, b in zip(body, body[1:], strict=False))
            if line[0]["top"] - body[-1][0]["top"] > 1.5 * pitch:
                break  # a line at the left alone after a wider gap than any between rows: text below the table
        body.append(line)
        table_x1 = max(table_x1, line[-1]["x1"])
        last_bottom = max(word["bottom"] for word in line)
    if len(body) < 1:
        return None
    # a theme merged down over its rows wraps beside them, its lines between theirs: they go to the row the theme
    # opens, and neither part rows nor measure the leading
    body, theme_lines = _merged_theme_lines(body, fields, columns)
    theme_pitches = [line[0]["top"] - above[0]["top"] for line, above in theme_lines]
    pitches = [b[0]["top"] - a[0]["top"] for a, b in zip(body, body[1:], strict=False)]
    leading = min(pitches + theme_pitches) if pitches or theme_pitches else size * 1.2
    # rows set apart by space (cell padding) are told by it; set tight, by a new reference
    # (the space above a heading across the table, 'Our Patients', parts sections, not rows)
    spaced = any(
        pitch > 1.3 * leading and not _bold_heading(line, lefts) for pitch, line in zip(pitches, body[1:], strict=False)
    )
    # only rules between the body's lines part rows (a rule under the header alone parts none)
    rules = [rule for rule in rules if body[0][0]["bottom"] < rule < last_bottom]
    rows: list[list[list[dict]]] = []
    date_column = _field_column(fields, "end_date")
    action_column = _field_column(fields, "action")
    for index, line in enumerate(body):
        line_top = line[0]["top"]
        new = not rows
        if not new:
            previous = body[index - 1]
            ruled = any(previous[0]["bottom"] <= rule <= line_top for rule in rules)
            filled = {_column_of(word["x0"], lefts) for word in line}
            # a new reference opens a row; a reference's end broken onto a line of its own does not
            keyed = key_column in filled and len(filled) >= 2 and not _key_goes_on(rows[-1], line, key_column, lefts)
            # rows set tight with no reference: a second deadline beside more of the action opens a row
            # (a row has one deadline, and the one above is whole)
            # (no column named as the action, 'Work Item': the date beside any other cell)
            keyed = keyed or (
                date_column is not None
                and (
                    date_column in filled and len(filled) >= 2
                    if action_column is None
                    else {date_column, action_column} <= filled
                )
                and _whole_date(_column_text(rows[-1], date_column, lefts), _column_text([line], date_column, lefts))
            )
            lone = (
                len(_phrases(line)) == 1
                and _column_of(line[-1]["x1"] - 1, lefts) != 0
                and line[0]["x0"] <= lefts[0] + 3
            )
            # a short bold heading alone in the first column ('Housing') heads the rows under it, and a row
            # goes on under a heading no further
            lone = lone or _bold_heading(line, lefts) or (len(rows[-1]) == 1 and _bold_heading(rows[-1][0], lefts))
            # a band shaded across the table starts or ends between the two lines: a goal's heading row, or
            # the next of a zebra's rows (a wrapped cell's lines lie on one band)
            lone = lone or _band_under(previous, lefts, fills) != _band_under(line, lefts, fills)
            if rules:
                new = ruled
            elif spaced:
                new = lone or line_top - previous[0]["top"] > 1.3 * leading
                # a scan's line box swollen by a speck closes up the space above a row: its key still opens it
                new = new or (columns.grid and _row_key(line, lefts) and _row_key(rows[-1][0], lefts))
                # cells set at the top with no space between some rows: a new key (a date, a reference) beside
                # more cells opens a row where every row so far opened with one
                new = new or (action_column != 0 and _keyed_like_every_row(rows, line, lefts))
                # likewise a named reference column right of the first (a theme merged down over its rows wraps
                # beside them, its lines between theirs: no space parts the rows)
                new = new or _keyed_in_column_like_every_row(rows, line, key_column, lefts)
                new = new and not _paragraph_of_keyed_action(rows, line, key_column, action_column, lefts, lone)
                # where every row so far opened with its key, a line with none goes on with the row (columns set at
                # different leadings interleave their lines, and a wrapped cell's space is no row's)
                new = new and not _unkeyed_in_keyed_rows(rows, line, key_column, lefts)
            elif columns.grid:
                new = 0 in filled or _figure_under_figure(rows[-1], line, lefts)
            else:
                # rows of one line each at an even leading: a line filling the first column and another, none of
                # its cells going on from the row above, opens a row ('Replace the bench …' / 'Book the hall …')
                new = keyed or lone or _one_line_row(rows[-1], line, lefts, date_column)
        if new:
            rows.append([line])
        else:
            rows[-1].append(line)
    if theme_lines:
        rows = _with_theme_lines(rows, theme_lines)
    grid: list[list[str]] = []
    colours: list[str | None] = []
    spanning: set[int] = set()
    status_column = _field_column(fields, "rag", "status", "progress")
    reaches = _column_reaches(rows, columns)
    for row in rows:
        cells: list[list[str]] = [[] for _ in header]
        phrases = [phrase for line in row for phrase in _phrases(line)]
        across = (
            len(phrases) == 1 and phrases[0][0]["x0"] <= lefts[0] + 3 and _column_of(phrases[0][-1]["x1"] - 1, lefts)
        )
        # a short bold heading alone on its line in the first column ('Open spaces') heads the rows under it too
        if across or (len(row) == 1 and len(rows) > 2 and _bold_heading(row[0], lefts)):
            cells[0] = [" ".join(word["text"] for word in phrases[0])]  # a heading across the columns
            spanning.add(len(grid))
        else:
            placed: list[list[list[dict]]] = [[] for _ in header]
            for line in row:
                parts: dict[int, list[dict]] = {}
                for word in line:
                    parts.setdefault(_word_column(word, line, columns), []).append(word)
                for column, words in parts.items():
                    placed[column].append(words)
            cells = [_cell_lines(lines, reaches.get(column)) for column, lines in enumerate(placed)]
        grid.append([clean_cell("\n".join(cell)) for cell in cells])
        if status_column is not None and fills:
            # the last column ends where the page's shading or rules say; its header alone is narrower
            right = lefts[status_column + 1] if status_column + 1 < len(lefts) else max(table_x1, lefts[-1] + 60)
            box = (lefts[status_column], row[0][0]["top"], right, max(word["bottom"] for word in row[-1]))
            colours.append(_cell_colour([box], 0, fills))
    bars = _period_bars(header, grid, rows, lefts, table_x1, fills)
    bbox = (round(table_x0, 1), round(top, 1), round(table_x1, 1), round(last_bottom, 1))
    table = Table(
        n_rows=len(grid),
        n_cols=len(header),
        header=list(header),
        rows=grid,
        status_colours=colours if any(colours) else None,
        page_start=number,
        page_end=number,
        bbox=bbox,
        provenance=Provenance(document=document_id, page=number, bbox=bbox, method="rule:text-table-header"),
    )
    _mark_spanning(table, spanning)
    table._period_bars = bars
    return table


PERIOD_HEAD_RE = re.compile(
    r"(?:Q[1-4]|Quarter [1-4])(?:\s+(?:20)?\d{2}(?:/\d{2})?)?|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:[\s-]+(?:20)?\d{2})?",
    re.I,
)
MIN_PERIODS = 2  # columns named by periods: a roadmap's timeline


def _period_bars(
    header: list[str],
    grid: list[list[str]],
    rows: list[list[list[dict]]],
    lefts: list[float],
    right: float,
    fills: list,
) -> dict[int, tuple[int, int]]:
    """A roadmap's timeline: by row, the first and last of the period columns ('Q1 2026/27', 'Apr 26' ...) a filled
    bar with no words (a rectangle or a rounded one) runs across, inside the period columns and within the row."""
    periods = [column for column, name in enumerate(header) if PERIOD_HEAD_RE.fullmatch(name.strip())]
    if len(periods) < MIN_PERIODS or periods != list(range(periods[0], periods[-1] + 1)):
        return {}
    edges = [*lefts[: len(header)], right]
    if periods[-1] == len(header) - 1:  # the last column ends where its words do: as wide as the periods before it
        edges[-1] = max(right, edges[-2] + max(edges[c + 1] - edges[c] for c in periods[:-1]))
    low, high = edges[periods[0]] - 3, edges[periods[-1] + 1] + 3
    bars: dict[int, tuple[int, int]] = {}
    for index, row in enumerate(rows):
        if any(grid[index][column] for column in periods):
            continue
        top, bottom = row[0][0]["top"], max(word["bottom"] for word in row[-1])
        for shape in fills:
            middle = (shape["top"] + shape["bottom"]) / 2
            if shape.get("icon") or not (
                low <= shape["x0"] and shape["x1"] <= high and top - 6 <= middle <= bottom + 6
            ):
                continue
            covered = [c for c in periods if shape["x0"] <= (edges[c] + edges[c + 1]) / 2 <= shape["x1"]]
            if covered:
                first, last = bars.get(index, (covered[0], covered[-1]))
                bars[index] = (min(first, covered[0]), max(last, covered[-1]))
    return bars


def _merged_theme_lines(
    body: list[list[dict]], fields: dict[int, str], columns: TextColumns
) -> tuple[list[list[dict]], list[tuple[list[dict], list[dict]]]]:
    """A theme merged down over its rows wraps beside them ('Priority | Action | ...', the first column named as the
    theme): the theme's words on a line a type size and a half or less under its line above (its leading, where
    rows stand further apart) go on with it, alone on their line or, opening in lower case, beside the next row's
    first line (a row's own theme opens with a capital). The body without them, and each such theme line with the
    theme's line above. A bold heading alone stays."""
    if fields.get(0) != "theme" or len(columns.lefts) < 3:
        return body, []
    lefts = columns.lefts
    kept: list[list[dict]] = []
    found: list[tuple[list[dict], list[dict]]] = []
    above: list[dict] | None = None
    cells_above: float | None = None  # the top of the last line with words right of the theme column
    for line in body:
        theme = [word for word in line if _column_of(word["x0"], lefts) == 0]
        if not theme:
            kept.append(line)
            cells_above = line[0]["top"]
            continue
        rest = line[len(theme) :]
        gap = line[0]["top"] - above[0]["top"] if above is not None else 0.0
        if (
            above is not None
            and line[: len(theme)] == theme
            and (not rest or theme[0]["text"][:1].islower() or _theme_goes_on(gap, line, cells_above, columns.size))
            and 0 < gap <= 1.5 * columns.size
            and not _bold_heading(line, lefts)
            and theme[-1]["x1"] < lefts[1]
        ):
            found.append((theme, above))
            if rest:
                kept.append(rest)
        else:
            kept.append(line)
        above = theme
        cells_above = line[0]["top"] if rest else cells_above
    return kept, found


def _theme_goes_on(gap: float, line: list[dict], cells_above: float | None, size: float) -> bool:
    """A theme's line opening with a capital beside a row's first line ('Town Centre' under 'in Kelbourne') goes on
    with the theme above it where it stands at the theme's leading, nearer to the theme's line above than the row's
    first line stands to the cells above it by a third of a type size or more: the rows are set apart by their
    padding, so a theme of the row's own would stand as far below the line above as the row's other cells do."""
    if cells_above is None:
        return False
    return line[0]["top"] - cells_above >= gap + size / 3


def _with_theme_lines(
    rows: list[list[list[dict]]], theme_lines: list[tuple[list[dict], list[dict]]]
) -> list[list[list[dict]]]:
    """Each theme line put back in the row holding the theme's line above it (in turn, so a theme's third line
    follows its second), the row's lines in their order down the page."""
    home: dict[int, int] = {id(word): index for index, row in enumerate(rows) for line in row for word in line}
    for line, above in theme_lines:
        index = home.get(id(above[0]))
        if index is None:
            continue
        rows[index] = sorted([*rows[index], line], key=lambda each: each[0]["top"])
        home.update(dict.fromkeys(map(id, line), index))
    return rows


def _column_reaches(rows: list[list[list[dict]]], columns: TextColumns) -> dict[int, tuple[float, float]]:
    """Each column but the last, (left, right): where its body's lines start and the furthest a line of it could
    reach, with no rule to measure it by: the next column's left less the gutter, the least room any line of the
    body leaves before the next column (a cell's padding each side), at most one and a half type sizes. The room is
    each column's least, and of those the middle one: every cell has the same padding, and one word run on into the
    padding (a word too long for its column, set whole, or a caption's line over the table) must not move every
    column's reach; a line further right than that reaches it."""
    lefts = columns.lefts
    starts: dict[int, float] = {}
    least: dict[int, float] = {}
    for row in rows:
        for line in row:
            for word in line:
                column = _word_column(word, line, columns)
                starts[column] = min(starts.get(column, word["x0"]), word["x0"])
                if column + 1 < len(lefts) and word["x1"] < lefts[column + 1]:
                    least[column] = min(least.get(column, lefts[column + 1]), lefts[column + 1] - word["x1"])
    rooms = sorted(least.values())
    gutter = min(1.5 * columns.size, rooms[len(rooms) // 2] if rooms else 1.5 * columns.size)
    return {column: (starts[column], lefts[column + 1] - gutter) for column in starts if column + 1 < len(lefts)}


BREAK_SLACK = 1.0  # pt: a broken line fills its column to within the next line's first letter, give or take this


# words that open a wrapped line as words of their own, never as the rest of a word broken at the line's end
# ('Finance' / 'and Res' / 'ources': 'and' follows 'Finance', 'ources' goes on from 'Res')
JOINING_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)


def _cell_lines(lines: list[list[dict]], reach: tuple[float, float] | None) -> list[str]:
    """A cell's lines of words as text, a word broken by a narrow column without a hyphen joined again ('Head of C' /
    'ommissio' / 'ning'): the line reaches the column's right (:func:`_column_reaches`) to within the next line's
    first letter, the next line opens in lower case (not with a joining word, 'and', 'of'), and the word's pieces
    together are wider than the column, so it could not have been set whole on a line and wrapped at a space (a word
    is broken only when too wide)."""
    texts = [[word["text"] for word in line] for line in lines]
    if reach is None or len(lines) < 2:
        return [" ".join(words) for words in texts]
    left, right = reach

    def reaches(index: int) -> bool:
        last, first = lines[index][-1], lines[index + 1][0]
        letter = (first["x1"] - first["x0"]) / max(len(first["text"]), 1)
        return (
            first["text"][:1].islower()
            and first["text"].lower() not in JOINING_WORDS
            and last["text"][-1:].isalpha()
            and right - last["x1"] <= letter + BREAK_SLACK
        )

    out = [list(texts[0])]
    for index in range(1, len(lines)):
        broken = reaches(index - 1)
        if broken:
            # the word's pieces: the line's last, the next line's first, and on while a piece fills a line alone
            width = lines[index - 1][-1]["x1"] - lines[index - 1][-1]["x0"]
            at = index
            while True:
                width += lines[at][0]["x1"] - lines[at][0]["x0"]
                if len(lines[at]) > 1 or at + 1 >= len(lines) or not reaches(at):
                    break
                at += 1
            broken = width > right - left + BREAK_SLACK
        if broken:
            out[-1][-1] += texts[index][0]
            rest = texts[index][1:]
            if rest:
                out.append(rest)
        else:
            out.append(list(texts[index]))
    return [" ".join(words) for words in out]


ROW_SPACE = 6.0  # type sizes: the most space above a row of a log set in tall rows of one height (Word's 'exactly')


def _empty_ruled_row(above: float, below: float, rules: list[float], size: float) -> bool:
    """The space between two lines of a table is a row with nothing in it (a header's second tier left empty): ruled
    above and below, and no stretch of it wider than a table's lines leave between them."""
    inside = [rule for rule in rules if above < rule < below]
    stops = [above, *inside, below]
    return len(inside) >= 2 and all(b - a <= 2.5 * size for a, b in zip(stops, stops[1:], strict=False))


def _row_after_space(line: list[dict], columns: TextColumns, gap: float) -> bool:
    """A line after more space than a table's lines leave that still is one of its rows (rows of a fixed height,
    short cells): not in a table of words, and three phrases or more, each starting where a column starts."""
    if columns.grid or gap > ROW_SPACE * columns.size:
        return False
    phrases = _phrases(line)
    return len(phrases) >= min(MIN_GRID_COLUMNS, len(columns.lefts)) and all(
        any(abs(phrase[0]["x0"] - left) <= 3 for left in columns.lefts) for phrase in phrases
    )


def _unkeyed_in_keyed_rows(
    rows: list[list[list[dict]]], line: list[dict], key_column: int | None, lefts: list[float]
) -> bool:
    """A line with nothing in the key column (a named reference column, else a first column of keys) in a table
    whose every row so far opened with its key."""
    if not rows:
        return False
    if key_column is None:
        if 0 in {_column_of(word["x0"], lefts) for word in line}:
            return False
        return all(_row_key(row[0], lefts) for row in rows)
    if key_column in {_column_of(word["x0"], lefts) for word in line}:
        return False
    return all(key_column in {_column_of(word["x0"], lefts) for word in row[0]} for row in rows)


def _keyed_like_every_row(rows: list[list[list[dict]]], line: list[dict], lefts: list[float]) -> bool:
    """A line opening with a key in the first column beside other cells, in a table whose every row so far opened
    the same way (its cells set at the top): the next row, though no space parts it from the one above."""
    if not _row_key(line, lefts) or len({_column_of(word["x0"], lefts) for word in line}) < 2:
        return False
    return all(_row_key(row[0], lefts) for row in rows)


# a row's reference in a named reference column: 'A3', '1.2', '1b', 'IA30', 'R10'
COLUMN_KEY_RE = re.compile(r"[A-Z]{0,4}[-/]?\d[\dA-Z]*(?:[-/.][\dA-Z]+)*[a-z]?\.?")


def _keyed_in_column_like_every_row(
    rows: list[list[list[dict]]], line: list[dict], key_column: int | None, lefts: list[float]
) -> bool:
    """A line with a reference in the named reference column (not the first) beside a cell right of it, in a table
    whose every row so far opened with one there: the next row ('Priority | Ref | Action': the priority merged
    down over its rows wraps onto lines between theirs, so no space tells them apart)."""
    if not key_column or not rows:
        return False

    def keyed(words: list[dict]) -> bool:
        keys = [word for word in words if _column_of(word["x0"], lefts) == key_column]
        later = {_column_of(word["x0"], lefts) for word in words} - set(range(key_column + 1))
        return len(keys) == 1 and bool(COLUMN_KEY_RE.fullmatch(keys[0]["text"])) and bool(later)

    return keyed(line) and all(keyed(row[0]) for row in rows)


def _paragraph_of_keyed_action(
    rows: list[list[list[dict]]],
    line: list[dict],
    key_column: int | None,
    action_column: int | None,
    lefts: list[float],
    lone: bool,
) -> bool:
    """A line of the action column alone, after a blank line, in a table whose every row so far opens with its
    reference ('A1', 'A2'): the action's next paragraph, not a row (a row of such a plan opens with its reference)."""
    if lone or key_column is None or action_column is None or not rows:
        return False
    if {_column_of(word["x0"], lefts) for word in line} != {action_column}:
        return False
    return all(key_column in {_column_of(word["x0"], lefts) for word in row[0]} for row in rows)


# a row's key in a table's first column: a cheque, invoice or application number ('100412', 'INV-2291',
# '25/01144/FUL', 'A3')
ROW_KEY_RE = re.compile(r"[A-Z]{0,4}[-/]?\d[\dA-Z]*(?:[-/.][\dA-Z]+)*")


def _row_key(line: list[dict], lefts: list[float]) -> bool:
    """Whether a line opens with a row key in the table's first column."""
    return _column_of(line[0]["x0"], lefts) == 0 and bool(ROW_KEY_RE.fullmatch(line[0]["text"]))


def _phrase_columns(phrase: list[dict], columns: TextColumns) -> tuple[int | None, int]:
    """The column a phrase lies in and the column it starts in; None for the first when it runs
    across columns. On a scan, a phrase ending where a column's header ends is that column's."""
    start = _column_of(phrase[0]["x0"], columns.lefts)
    if start == _column_of(phrase[-1]["x1"] - 1, columns.lefts):
        return start, start
    end = phrase[-1]["x1"]
    flush = [i for i, right in enumerate(columns.rights) if abs(end - right) <= 0.5 * columns.size]
    return (flush[0], start) if flush else (None, start)


def _word_column(word: dict, line: list[dict], columns: TextColumns) -> int:
    """The column a word of a row falls in: where it starts, or on a scan the column of its phrase."""
    if not columns.rights:
        return _column_of(word["x0"], columns.lefts)
    phrase = next(phrase for phrase in _phrases(line) if any(other is word for other in phrase))
    column, start = _phrase_columns(phrase, columns)
    return start if column is None else column


def _figure_under_figure(row: list[list[dict]], line: list[dict], lefts: list[float]) -> bool:
    """A line that sets a figure under a column where the row above already holds one: a new row with an
    empty first cell (a 'TOTAL' row), for a figure is not wrapped onto a second line of its cell."""
    for column in {_column_of(word["x0"], lefts) for word in line}:
        below = _column_text([line], column, lefts)
        if stream_tables.is_numeric(below) and stream_tables.is_numeric(_column_text(row, column, lefts)):
            return True
    return False


CONTINUING_END_RE = re.compile(
    r"(?:[,;:&/(\u2013\u2014-]|\b(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with))$", re.I
)


def _one_line_row(row: list[list[dict]], line: list[dict], lefts: list[float], date_column: int | None) -> bool:
    """Whether a line of a table set tight with no rules, no reference and no whole date opens a row of its own: it
    fills the first column and another, each of its cells opens as a cell does (not in lower case, nor a year alone
    under a date: a wrapped cell's next line), and no cell of the row above that this line fills ends as a phrase
    going on ('Head of', 'Planning and'). Small tables at the foot of minutes print one-line rows so, at the body's
    leading, with nothing else between them."""
    parts: dict[int, list[dict]] = {}
    for word in line:
        parts.setdefault(_column_of(word["x0"], lefts), []).append(word)
    if 0 not in parts or len(parts) < 2:
        return False
    for column, words in parts.items():
        first = words[0]["text"]
        if first[:1].islower() or first[:1] in ",;:.)":
            return False
        if column == date_column and YEAR_ALONE_RE.fullmatch(" ".join(word["text"] for word in words)):
            return False
        above = _column_text(row[-1:], column, lefts).strip()
        if above and CONTINUING_END_RE.search(above):
            return False
    return True


def _key_goes_on(row: list[list[dict]], line: list[dict], key_column: int | None, lefts: list[float]) -> bool:
    """A reference broken at its own separator over two lines of its cell ('Jan24.' over '01', 'AP/' over '12'): the
    line goes on with the row's key, it opens no row ('1.' over '2.', numbers alone, are two rows' keys)."""
    if key_column is None:
        return False
    above, below = _column_text(row, key_column, lefts), _column_text([line], key_column, lefts)
    return (
        bool(above)
        and above[-1] in "./-"
        and not re.fullmatch(r"[\d.]+", above)
        and below[:1].isdigit()
        and " " not in below
    )


def _column_text(lines: list[list[dict]], column: int, lefts: list[float]) -> str:
    return " ".join(word["text"] for line in lines for word in line if _column_of(word["x0"], lefts) == column)


def _column_of(x: float, lefts: list[float]) -> int:
    """The column a word starting at ``x`` falls in: the last whose header starts at or left of it."""
    return max(bisect.bisect_right(lefts, x + 2) - 1, 0)


def _headerless_lefts(lines: list[list[dict]], anchor_top: float) -> list[float] | None:
    """The columns of a log with no header, from its rows' aligned starts: the action's left, and where each short
    cell after it starts in most rows (rows of the same number of phrases as the first)."""
    rows = [line for line in lines if line[0]["top"] >= anchor_top - 2 and _headerless_row(_spaced_text(line))]
    if len(rows) < MIN_HEADERLESS_ROWS:
        return None
    width = Counter(len(_phrases(line)) for line in rows).most_common(1)[0][0]
    starts = [[phrase[0]["x0"] for phrase in _phrases(line)] for line in rows if len(_phrases(line)) == width]
    lefts = [min(start[0] for start in starts)]
    for column in range(1, width):
        values = sorted(start[column] for start in starts)
        median = values[len(values) // 2]
        if sum(abs(value - median) <= 6 for value in values) < 0.6 * len(values):
            return None  # the short cells do not line up: not columns
        lefts.append(min(value for value in values if abs(value - median) <= 6) - 1)
    return lefts


def _spaced_text(line: list[dict]) -> str:
    return "   ".join(" ".join(word["text"] for word in phrase) for phrase in _phrases(line))


STYLED_FONT_RE = re.compile(r"bold|black|heavy|italic|oblique", re.I)


def _styled(words: list[dict]) -> bool:
    """Bold or italic throughout: a heading's face."""
    return all(STYLED_FONT_RE.search(word.get("fontname", "")) for word in words)


def read_headerless_log(words: list[dict], anchor: Line, height: float, number: int, document_id: str) -> list[Table]:
    """A log printed with no header and no grid, from its first row down: rows of an action and short cells
    (initials, status, date) in aligned columns, wrapped action text joining its row, and headings alone at the
    left (bold, italic, or set apart by space) opening sections; one table to each section, titled by its heading
    (the theme of its rows), as the ruled reading of such a log gives."""
    lines = _text_lines(words)
    lefts = _headerless_lefts(lines, anchor.top)
    if lefts is None:
        return []
    start = next((i for i, line in enumerate(lines) if abs(line[0]["top"] - anchor.top) <= 2), None)
    if start is None:
        return []
    size = max(word["size"] for word in lines[start])
    heading = None
    if (
        start > 0
        and _headerless_heading(lines[start - 1], lefts)
        and anchor.top - lines[start - 1][0]["bottom"] <= size
    ):
        heading = " ".join(word["text"] for word in lines[start - 1])
    sections: list[tuple[str | None, list[list[list[dict]]]]] = [(heading, [])]
    last_bottom = lines[start][0]["top"]
    pending: list[str] = []  # headings read since the last row
    for line in lines[start:]:
        gap = line[0]["top"] - last_bottom
        if line[0]["top"] > 0.94 * height or gap > ROW_SPACE * size:
            break
        text = _spaced_text(line)
        rows = sections[-1][1]
        if _headerless_row(text) and abs(line[0]["x0"] - lefts[0]) <= 3:
            if pending:
                sections.append((pending[-1], []))
                pending = []
                rows = sections[-1][1]
            rows.append([line])
        elif _headerless_heading(line, lefts) and (_styled(line) or gap > 0.6 * size or not rows or pending):
            pending.append(" ".join(word["text"] for word in line))
        elif rows and not pending and gap <= 0.6 * size and line[0]["x0"] >= lefts[0] - 3:
            rows[-1].append(line)  # the action (or a short cell) wrapped onto the next line
        else:
            break
        last_bottom = max(word["bottom"] for word in line)
    tables = []
    for title, rows in sections:
        if rows:
            tables.append(_headerless_table(rows, lefts, title, number, document_id))
    return tables


def _headerless_heading(line: list[dict], lefts: list[float]) -> bool:
    """A short line alone at the action's left, in one phrase, ending before the short cells: a section heading."""
    return (
        len(_phrases(line)) == 1
        and len(line) <= SECTION_WORDS
        and lefts[0] - 2 * line[0]["size"] <= line[0]["x0"] <= lefts[0] + 3  # (cells may be padded, headings not)
        and line[-1]["x1"] < lefts[1]
    )


def _headerless_table(
    rows: list[list[list[dict]]], lefts: list[float], title: str | None, number: int, document_id: str
) -> Table:
    grid = []
    for row in rows:
        cells: list[list[str]] = [[] for _ in lefts]
        for line in row:
            for word in line:
                cells[_column_of(word["x0"], lefts)].append(word["text"])
        grid.append([clean_cell(" ".join(cell)) for cell in cells])
    top = rows[0][0][0]["top"]
    bottom = max(word["bottom"] for word in rows[-1][-1])
    right = max(word["x1"] for row in rows for line in row for word in line)
    bbox = (round(lefts[0] - 2, 1), round(top, 1), round(right, 1), round(bottom, 1))
    return Table(
        n_rows=len(grid),
        n_cols=len(lefts),
        header=[],
        rows=grid,
        title=title,
        page_start=number,
        page_end=number,
        bbox=bbox,
        provenance=Provenance(document=document_id, page=number, bbox=bbox, method="rule:text-table-headerless"),
    )
