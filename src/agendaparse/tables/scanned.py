"""Tables on scanned pages (OCR): tables in whitespace columns read from the page's OCR words and
read again as one block (scanned_text_tables), lists of sums under a header naming a money column
('Asset | Value', two lists side by side 'Receipts | £ | Payments | £', read by :mod:`.payments`),
and ruled tables whose rules are found in the page image (deskewed; :mod:`.scan_rules`: dashes joined,
gutters of a table ruled across only) and each cell read by Tesseract (scanned_tables): a row of units under the
header ('£m') joins the header, a row of specks read with little confidence is none, a column's
references, lists of references, counts and sums get back what OCR misread (:mod:`.misreads`); a box
ruled only about its header that holds a listing of two-line records is read record by record
(:func:`_stacked_listing`).
"""

from __future__ import annotations

import logging
import os
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from .. import plumber_pages, stream_tables
from ..deskew import squared_up, turned_picture
from ..models import Provenance, Table
from ..pdf import Line, PageLayout
from ..tesseract import INK_LEVEL, image_data_many, pytesseract_module, with_marks_read, without_specks
from .broken_words import one_word
from .cells import broken_inside_word, cells_merged_down, clean_cell, join_cells, mark_merged_down
from .headers import _lone_log_row, first_row_is_data, shaded_status_column
from .layout_grids import BLANK_LINE_RE, _not_a_data_table
from .misreads import MISREAD_FIRST_QUARTER_RE, QUARTER_RE, mended_cells, quarter_names
from .page_objects import _pdfium_document, _plumber_box
from .payments import money_list_groups, read_money_lists
from .ruled import _split_at_seams, _title_row, open_sides
from .scan_rules import picture_rules
from .status import _brag_blue, rag_from_colour
from .word_tables import (
    TextColumns,
    _continued_text_table,
    _names_log_columns,
    _phrases,
    _runs_to_foot,
    _text_lines,
    grid_anchors,
    header_anchors,
    read_stacked_table,
    read_text_table,
)

logger = logging.getLogger(__name__)

# Tesseract's boxes are tight to the ink, so a word space between them measures wider than between a text
# layer's glyph boxes: a gap up to this share of the line height is a word space on a scan
OCR_WORD_SPACE = 1.0
# a scan turned a little lifts one end of a row: words whose middles differ by up to this share of the
# line height are on one line (a text layer's by 0.4)
OCR_LINE_RISE = 0.6


def ocr_words(page: PageLayout) -> list[dict]:
    """A scanned page's OCR words as pdfplumber's word dicts, all of the page's typical line height
    (no font name: OCR does not read the weight)."""
    return _word_dicts(page.words)


def picture_words(page: PageLayout) -> list[dict]:
    """The OCR words of the pictures pasted on a page with a text layer (``PageLayout.picture_regions``), as
    :func:`ocr_words` gives a scanned page's."""
    return _word_dicts(page.picture_words)


def _word_dicts(words: list[Line]) -> list[dict]:
    if not words:
        return []
    size = statistics.median(word.size for word in words)
    return [
        {"text": w.text, "x0": w.x0, "x1": w.x1, "top": w.top, "bottom": w.bottom, "size": size,
         "fontname": "", "space": OCR_WORD_SPACE * size, "rise": OCR_LINE_RISE * size}
        for w in words
        if not SPECK_RE.fullmatch(w.text)
    ]  # fmt: skip


# a speck of dust on the glass read as a word of its own: a dot, a comma, a stroke
SPECK_RE = re.compile(r"[.,:;_'`\"|~^‘’“”]{1,2}")


def _lone_character(phrase: list[dict]) -> bool:
    """A phrase of one character standing apart on a header line: a speck, not a column's name (a column
    name read by OCR is a word, see :func:`_scanned_column_name`)."""
    return len(phrase) == 1 and len(phrase[0]["text"]) == 1


def _header_specks_dropped(words: list[dict], line: Line) -> list[dict]:
    """``words`` without the lone characters on the header line ``line``, so that a speck between two
    column names does not open a column of its own."""
    middle = (line.top + line.bottom) / 2
    header = next((row for row in _text_lines(words) if row[0]["top"] - 2 <= middle <= row[0]["bottom"] + 2), [])
    specks = {id(phrase[0]) for phrase in _phrases(header) if _lone_character(phrase)}
    return [word for word in words if id(word) not in specks] if specks else words


def _scanned_anchors(words: list[dict]) -> list[Line]:
    """Header lines of tables set in whitespace columns on a scanned page: the page's OCR words
    regrouped into lines across the page (Tesseract reads each column as a block of its own), wide
    gaps marked as a text layer's lines mark them, then tested as a text layer's lines are; and the
    header lines of lists of sums ('Asset | Value', 'Receipts | £ | Payments | £', see :func:`_money_list_anchor`)."""
    lines = []
    money_lists = []
    for line in _text_lines(words):
        phrases = [phrase for phrase in _phrases(line) if not _lone_character(phrase)] or _phrases(line)
        text = "   ".join(" ".join(word["text"] for word in phrase) for phrase in phrases)
        top, bottom = min(word["top"] for word in line), max(word["bottom"] for word in line)
        lines.append(Line(text, phrases[0][0]["x0"], top, phrases[-1][-1]["x1"], bottom, size=line[0]["size"]))
        if (anchor := _money_list_anchor(line)) is not None:
            money_lists.append(anchor)
    page = PageLayout(0, 0.0, 0.0, 0, lines)
    found = {id(line): line for line in [*header_anchors(page), *grid_anchors(page, scanned=True)]}.values()
    named = [line for line in found if all(_scanned_column_name(cell) for cell in line.text.split("   "))]
    named = [line for line in named if not any(abs(line.top - other.top) <= 2 for other in money_lists)]
    return sorted([*named, *money_lists], key=lambda line: line.top)


def _money_list_anchor(line: list[dict]) -> Line | None:
    """A line of OCR words naming the columns of lists of sums (their money column's name may be a lone '£',
    which a line of column names otherwise drops as a speck), as a Line whose text gives the names apart."""
    phrases = _phrases(line)
    cells = [" ".join(word["text"] for word in phrase) for phrase in phrases]
    if money_list_groups(cells) is None:
        return None
    top, bottom = min(word["top"] for word in line), max(word["bottom"] for word in line)
    return Line("   ".join(cells), phrases[0][0]["x0"], top, phrases[-1][-1]["x1"], bottom, size=line[0]["size"])


def scanned_text_tables(
    source,
    password: str | None,
    anchors: dict[int, list[Line]],
    words: dict[int, list[dict]],
    layouts: dict[int, PageLayout],
    document_id: str,
    grid_ids: set[int],
    warnings: list[str] | None = None,
    continued: dict[int, list[str]] | None = None,
) -> list[Table]:
    """Action logs and tables of words or figures in whitespace columns on scanned pages, read as
    :func:`text_tables` reads them from a text layer, from the pages' OCR words; each table's area is
    then read again as one block (see :func:`_reread_words`), kept when it reads better (:func:`_better_read`).
    Under the header of lists of sums, the lists (:func:`_scanned_money_lists`). A log running to a page's foot goes
    on at the top of the next scanned page without its header (:func:`_continued_text_table`), page after page;
    ``continued`` receives, by ``id(table)``, the header of the log each such rest goes on from."""
    found: list[Table] = []
    geometry = _pdfium_document(source, password)
    running_on: dict[int, TextColumns] = {}  # by page number: the columns of a log that ran over the page before
    pending = set(anchors)
    while pending:
        number = min(pending)  # in page order, so a log's rest is read after the page it runs on from
        pending.discard(number)
        layout = layouts[number]
        page = _ScannedPage(words[number], None, layout.width, layout.height, number, document_id, layout.deskewed)
        continuing = running_on.pop(number, None)
        reading = _PageReading()
        read = partial(
            _page_text_tables, geometry, page, anchors.get(number, []), grid_ids, continuing, layout, reading
        )
        found.extend(_contained(source, number, read, warnings))
        if reading.rest is not None and continuing is not None and continued is not None:
            continued[id(reading.rest)] = continuing.header
        if reading.goes_on is not None and number + 1 in words and number + 1 in layouts:
            running_on[number + 1] = reading.goes_on
            pending.add(number + 1)
    if geometry is not None:
        geometry.close()
    return found


@dataclass
class _PageReading:
    """What a scanned page's reading leaves for the next page: the rest of a log from the page before read at its top
    (``rest``), and the columns of a log running on over its foot (``goes_on``)."""

    rest: Table | None = None
    goes_on: TextColumns | None = None


def _page_text_tables(
    geometry,
    page: _ScannedPage,
    starts: list[Line],
    grid_ids: set[int],
    continuing: TextColumns | None = None,
    layout: PageLayout | None = None,
    reading: _PageReading | None = None,
) -> list[Table]:
    """The tables under the header lines ``starts`` of one scanned page (see :func:`scanned_text_tables`), after
    the rest of a log from the page before in its ``continuing`` columns; the page image is rendered for the first
    header line. ``reading`` receives the rest and the columns of a log running on over the page's foot."""
    reading = reading if reading is not None else _PageReading()
    found: list[Table] = []
    taken: list[tuple[float, float]] = []
    if continuing is not None and layout is not None:
        rest = _continued_text_table(page.words, continuing, layout, starts, [], [], page.document_id)
        if rest is not None:
            rest.rows = mended_cells(rest.rows)
            rest.provenance.method = rest.provenance.method.replace("rule:", "ocr:", 1)
            found.append(rest)
            reading.rest = rest
            taken += [(rest.bbox[1], rest.bbox[3])] if rest.bbox else []
            if _runs_to_foot(rest.bbox, layout, page.height):
                reading.goes_on = continuing
    for line in starts:
        if any(top - 2 <= line.top <= bottom for top, bottom in taken):
            continue
        if geometry is not None and page.image is None:
            page.image = geometry[page.number - 1].render(scale=OCR_TABLE_DPI / 72).to_pil().convert("L")
            if page.skew:  # squared up as OCR read it, so that the words' boxes fall on their ink
                from PIL import Image

                page.image = page.image.rotate(page.skew, resample=Image.Resampling.BILINEAR, fillcolor=255)
        columns = None
        if money_list_groups(line.text.split("   ")) is not None:
            read = _scanned_money_lists(page, line)
        else:
            grid = id(line) in grid_ids
            pair = _scanned_words_table(page, line, grid)
            if pair is None and grid and _names_log_columns(line.text):
                # a log whose status is a fill colour only: a column with no words, which no grid of words has
                pair = _scanned_words_table(page, line, False)
            read, columns = ([pair[0]], pair[1]) if pair is not None else ([], None)
        for table in read:
            table.header = quarter_names(table.header)
            table.rows = mended_cells(table.rows)
            if table.bbox:
                taken.append((table.bbox[1], table.bbox[3]))
            table.provenance.method = table.provenance.method.replace("rule:", "ocr:", 1)
            found.append(table)
            if columns is not None and table.bbox and _runs_to_foot(table.bbox, layout, page.height):
                # the rest spans the columns as far as the rows above did (a continuation's box matches)
                reading.goes_on = replace(columns, right=max(columns.right, table.bbox[2]))
    return found


@dataclass
class _ScannedPage:
    """A scanned page's OCR words and image (None without pdfium), for reading a table's area again."""

    words: list[dict]
    image: Any
    width: float
    height: float
    number: int
    document_id: str
    skew: float = 0.0  # degrees OCR turned the page's picture to square it up (PageLayout.deskewed)


def _scanned_words_table(page: _ScannedPage, line: Line, grid: bool) -> tuple[Table, TextColumns] | None:
    """The table under the header ``line`` read from the page's words, and its area read again as one block
    (see :func:`_reread_words`), kept when it reads better (:func:`_better_read`), with its columns; a form's
    signature block set in columns is none."""
    read = _scanned_text_table(page.words, line, page.height, page.number, page.document_id, grid)
    if page.image is not None:
        # the table's area, or (none read) all below its header
        area = read[0].bbox if read is not None and read[0].bbox else (line.x0, line.top, page.width, page.height)
        again = _reread_words(page.image, area, page.words[0]["size"])
        reread = _scanned_text_table(again, line, page.height, page.number, page.document_id, grid)
        read = reread if reread is not None and (read is None or _better_read(reread[0], read[0])) else read
    return None if read is not None and _signature_block(read[0]) else read


# who signs a form and when: the columns of an annual return's signature block ('Chairman | Clerk | Date')
SIGNATORY_RE = re.compile(
    r"(?:vice[- ])?chair(?:man|person)?|clerk(?: (?:and|&) rfo)?|rfo|responsible financial officer|proper officer"
    r"|internal auditor|mayor|(?P<field>date|signed|signature|name|position)",
    re.I,
)


def _signature_block(table: Table) -> bool:
    """Columns named by who signs (and 'Date', 'Name'), with a line to sign on ('Signed ......'): a form's
    signature block set in columns, not a table."""
    names = [match for cell in table.header if cell and (match := SIGNATORY_RE.fullmatch(cell.strip(" :_")))]
    if len(names) != sum(bool(cell) for cell in table.header) or all(match["field"] for match in names):
        return False
    return any(BLANK_LINE_RE.search(cell) for row in table.rows for cell in row)


def _scanned_money_lists(page: _ScannedPage, line: Line) -> list[Table]:
    """The lists of sums under a header line (:func:`read_money_lists`) read from the page's words and from
    the page below the header read again as one block (the page's reading drops sums set in italic, '£ 500'),
    whichever reads more rows."""
    size = page.words[0]["size"]
    read = read_money_lists(page.words, line.top, size, page.number, page.document_id)
    if page.image is None:
        return read
    again = _reread_words(page.image, (0.0, line.top, page.width, page.height), size)
    header = next((row for row in _text_lines(again) if abs(row[0]["top"] - line.top) <= size / 2), None)
    reread = read_money_lists(again, header[0]["top"], size, page.number, page.document_id) if header else []
    return reread if _list_rows_read(reread) > _list_rows_read(read) else read


def _list_rows_read(tables: list[Table]) -> tuple[int, int]:
    return sum(table.n_rows for table in tables), sum(
        bool(cell) for table in tables for row in table.rows for cell in row
    )


def _scanned_text_table(
    words: list[dict], line: Line, height: float, number: int, document_id: str, grid: bool
) -> tuple[Table, TextColumns] | None:
    place = (height, [], [], number, document_id)  # no rules or shading read from the image
    words = _header_specks_dropped(words, line)
    read = read_text_table(words, line, *place, grid=grid, scanned=True)
    if read is None and not grid:  # a log's column names over no column of actions: a table of words
        read = read_text_table(words, line, *place, grid=True, scanned=True)
    return read


def _filled(table: Table) -> float:
    cells = [cell for row in [table.header, *table.rows] for cell in row]
    return sum(bool(cell) for cell in cells) / max(len(cells), 1)


def _better_read(again: Table, first: Table) -> bool:
    """The table read again fills more of its cells (or as many, in more rows), and loses no more than
    one row (a row the page's reading made of a misread column: 'a fF WN' for '1'..'5')."""
    if again.n_rows < first.n_rows - 1:
        return False
    return (_filled(again), again.n_rows) > (_filled(first), first.n_rows)


def _reread_words(image, bbox: tuple[float, float, float, float], size: float | None = None) -> list[dict]:
    """The words of a table's area read again by Tesseract as one block of rows (the page's reading
    takes each column for a block of its own, and drops lone short figures: '6', a column of '1'..'5').
    ``size``: the page's line height in points; None takes the median height of the lines read."""
    pytesseract = pytesseract_module()

    scale = OCR_TABLE_DPI / 72
    x0, top, x1, bottom = bbox
    below = 0.3 * size if size else 0.0
    box = (max(0, int((x0 - 10) * scale)), max(0, int((top - 4) * scale)),
           min(image.width, int((x1 + 15) * scale)), min(image.height, int((bottom + below) * scale)))  # fmt: skip
    crop = image.crop(box)
    data = with_marks_read(
        without_specks(pytesseract.image_to_data(crop, output_type=pytesseract.Output.DICT, config="--psm 6")), crop
    )
    lines: dict[tuple[int, int, int], list[int]] = {}
    for index, text in enumerate(data["text"]):
        if text.strip() and float(data["conf"][index]) >= 0:
            key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
            lines.setdefault(key, []).append(index)
    if size is None and lines:
        size = statistics.median(
            (max(data["top"][i] + data["height"][i] for i in indexes) - min(data["top"][i] for i in indexes)) / scale
            for indexes in lines.values()
        )
    words: list[dict] = []
    for indexes in lines.values():
        line_top = (box[1] + min(data["top"][i] for i in indexes)) / scale
        line_bottom = (box[1] + max(data["top"][i] + data["height"][i] for i in indexes)) / scale
        for i in indexes:
            left = (box[0] + data["left"][i]) / scale
            if SPECK_RE.fullmatch(data["text"][i]):
                continue
            words.append(
                {"text": data["text"][i], "x0": left, "x1": left + data["width"][i] / scale, "top": line_top,
                 "bottom": line_bottom, "size": size, "fontname": "", "space": OCR_WORD_SPACE * size,
                 "rise": OCR_LINE_RISE * size}
            )  # fmt: skip
    return words


YEAR_RE = re.compile(r"(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?")
LETTERS_RE = re.compile(r"[^\W\d_]{2}")


def _scanned_column_name(text: str) -> bool:
    """A column name read by OCR: a word (two letters or more), a year ('2023/24') or a quarter ('Q2', 'Qi' for Q1),
    not a figure. On a scan a header's weight is not read, so a row of short cells would otherwise pass for a header,
    and a photograph read as text gives lines of specks ('Wa | i')."""
    text = text.strip()
    if YEAR_RE.fullmatch(text) or QUARTER_RE.fullmatch(text) or MISREAD_FIRST_QUARTER_RE.fullmatch(text):
        return True
    return bool(LETTERS_RE.search(text)) and not stream_tables.is_numeric(text)


OCR_TABLE_DPI = 300
MIN_OCR_CONFIDENCE = 60  # Tesseract's mean word confidence (0-100) over a table's cells


def scanned_tables(
    source,
    numbers: list[int],
    document_id: str,
    password: str | None,
    regions: dict[int, list[tuple[float, float, float, float]]] | None = None,
    warnings: list[str] | None = None,
    first_row_colours: dict[int, str | None] | None = None,
) -> list[Table]:
    """Ruled tables on scanned pages: the ruling is found in the page image (long thin runs of
    dark pixels) and handed to pdfplumber's table finder as lines; each cell it cuts is read by
    Tesseract on its own (a whole-page reading runs the words of a row across the rules). A page
    in ``regions`` (pictures pasted on a page with a text layer) is read only inside its regions.
    ``first_row_colours`` (by ``id(table)``) takes the status shading of the first row of a table
    that may go on from the page before without its header (see :func:`.continuation.merge_continuations`)."""
    try:
        import cv2
        import numpy as np
        from PIL import Image

        pytesseract_module()
    except ImportError:  # pragma: no cover - OCR extras absent
        return []
    geometry = _pdfium_document(source, password)
    if geometry is None:
        return []
    found: list[Table] = []
    modules = _Modules(cv2, np, Image)
    with plumber_pages.open_pages(source, numbers, password) as pages:
        for page in pages:
            found.extend(
                _contained(
                    source,
                    page.page_number,
                    partial(
                        _page_tables,
                        modules,
                        geometry,
                        page,
                        document_id,
                        regions,
                        found[-1] if found else None,
                        first_row_colours,
                    ),
                    warnings,
                )
            )
            page.close()
    geometry.close()
    return found


@dataclass
class _Modules:
    """The image libraries of the OCR extra, imported once per document."""

    cv2: Any
    np: Any
    Image: Any


def _contained(source, number: int, read: Callable[[], list[Table]], warnings: list[str] | None = None) -> list[Table]:
    """``read()``, one page's table reading; an error in it costs that page's tables only (logged with the file and
    the page, and added to ``warnings``, the document's), never the document's other pages and stages."""
    try:
        return read()
    except Exception as exc:
        name = str(source) if isinstance(source, str | os.PathLike) else "a document read from memory"
        logger.warning(
            "%s: page %d: its tables on the page image not read (%s: %s)", name, number, type(exc).__name__, exc
        )
        logger.info("traceback of that failure", exc_info=True)
        if warnings is not None:
            warnings.append(f"page {number}: tables on the page image not read ({type(exc).__name__}: {exc})")
        return []


def _page_tables(
    modules: _Modules,
    geometry,
    page,
    document_id: str,
    regions: dict[int, list[tuple[float, float, float, float]]] | None,
    above: Table | None = None,
    first_row_colours: dict[int, str | None] | None = None,
) -> list[Table]:
    """The ruled tables of one scanned page (see :func:`scanned_tables`); ``above``: the last table of the pages
    before, which the page's first table may go on."""
    cv2, np = modules.cv2, modules.np
    rendered = geometry[page.page_number - 1].render(scale=OCR_TABLE_DPI / 72).to_pil()
    pixels = np.array(rendered.convert("L"))
    if regions and page.page_number in regions:
        pixels = _only_regions(np, pixels, regions[page.page_number], OCR_TABLE_DPI / 72)
    pixels, angle = squared_up(cv2, np, pixels)
    colours = _ColourPicture(np, rendered, angle)
    image = modules.Image.fromarray(pixels)
    scale = float(page.width) / pixels.shape[1]
    rules = picture_rules(cv2, np, pixels, scale)
    if not rules:
        return []
    page._objects = {"char": [], "line": [_plumber_box(rule, page) for rule in rules]}
    settings: dict[str, Any] = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
    # a slide's or Word table's grid printed without its outer side
    if closing := open_sides(page, reach=SCAN_SIDE_REACH):
        settings["explicit_vertical_lines"] = [_plumber_box(rule, page) for rule in closing]
    found: list[Table] = []
    first_colours: dict[int, str] = {}  # by the index in found: the status shading of a first row read as header
    for table in _split_at_seams(page, page.find_tables(settings), settings):
        confidence: list[float] = []
        cut = _slivers_joined(table.rows)
        if len(cut) <= MAX_LISTING_ROWS and (listing := _stacked_listing(image, table.bbox, page, document_id)):
            found.append(listing)
            continue
        reads = _read_cells(image, cut, scale)
        grid = []
        for row in cut:
            read: list[float] = []
            grid.append(_specks_blanked([_cell_text(reads.get(cell), read, cell, scale) for cell in row.cells], read))
            confidence.extend(read)
        cut, grid = _empty_slivers_dropped(cut, grid)
        title, cut, grid = _title_taken(cut, grid)
        filled = [row for row in grid if any(row)]
        shaded = _shaded_header_rows(np, pixels, cut, scale)
        cells = [row for row, text in zip(cut, grid, strict=True) if any(text)]
        first_row = None  # the cut row read as the header, which may be data
        if not shaded and filled and _headerless(filled):
            rows = [[], *filled]  # no header printed: the first row is a row of the log like the rest
        else:
            taken = _with_unit_rows(grid, _under_group_names(cut, grid, shaded or 1))
            split = _split_spans(reads, cut, taken, scale)
            header = _joined_header(cut[:taken], grid[:taken], split)
            _ticks_marked(np, pixels, header, cut[taken:], grid[taken:], scale)
            rows = [row for row in grid[taken:] if any(row)]
            cells = [row for row, text in zip(cut[taken:], grid[taken:], strict=True) if any(text)]
            first_row = cut[taken - 1] if any(header) else (cells[0] if cells else None)
            rows, cells = ([header, *rows], cells) if any(header) else (rows, cells[1:])
            if len(rows) < 2:
                continue
        if max(len(row) for row in rows) < 2 or _not_a_data_table([row for row in rows if row]):
            continue
        if sum(confidence) < MIN_OCR_CONFIDENCE * len(confidence):
            continue  # a drawing or a photograph cut by lines, not text in a grid
        bbox = tuple(round(v, 1) for v in table.bbox)
        rows = [rows[0], *mended_cells(rows[1:])]
        n_cols = max(len(row) for row in rows)
        if not rows[0] and found and _goes_on_under(found[-1], bbox, n_cols):
            status_colours = colours.status_colours(found[-1].header, cells, scale)
            found[-1] = _with_rows_below(found[-1], rows[1:], bbox, _spanning(cells), status_colours)
            continue
        rated = rows[0]
        if (
            not found
            and above is not None
            and above.page_end == page.page_number - 1
            and above.n_cols == n_cols
            and shaded_status_column(rows[0]) is None
        ):
            rated = above.header  # perhaps the table above going on without its header: rated in the same column
            first = colours.status_colours(rated, [first_row], scale) if first_row is not None else None
            if first and first[0]:
                first_colours[len(found)] = first[0]
        found.append(
            Table(
                n_rows=len(rows) - 1,
                n_cols=n_cols,
                title=title,
                header=rows[0],
                rows=rows[1:],
                page_start=page.page_number,
                page_end=page.page_number,
                bbox=bbox,
                provenance=Provenance(document=document_id, page=page.page_number, bbox=bbox, method="ocr:ruled-table"),
                spanning_rows=_spanning(cells),
                status_colours=colours.status_colours(rated, cells, scale),
            )
        )
        if len(cells) == len(rows) - 1:  # a lead merged down over rows in the scan's grid, as in a typed one
            mark_merged_down(found[-1], cells_merged_down([row.cells for row in cells]))
    if first_row_colours is not None:
        first_row_colours.update((id(found[index]), colour) for index, colour in first_colours.items())
    return found


# a status cell's colour as far from the paper's as this (0-255, in one channel at least) is a fill, not the paper
MIN_FILL_CONTRAST = 24
PAPER_SAMPLE = 200_000  # pixels spread over the page whose median colour is the paper's


class _ColourPicture:
    """The scanned page in colour, squared up as its grey picture is, made only when a table has a status column to
    rate: a scanned log whose Status cells are shaded red, amber or green (with or without a word in them) keeps its
    RAG, as :func:`.status._cell_colour` reads it from a born-digital page's fills."""

    def __init__(self, np, rendered, angle: float) -> None:
        self._np, self._rendered, self._angle = np, rendered, angle
        self._pixels = self._paper = None

    def status_colours(self, header: list[str], cells: list, scale: float) -> list[str | None] | None:
        """Red / Amber / Green (or BRAG's blue) from the fill of each body row's status cell; None where the table
        has no status column or no cell in it is shaded (a grey scan, a status written in words on white)."""
        column = shaded_status_column(header) if header else None
        if column is None:
            return None
        read = [self._rating(row.cells[column] if column < len(row.cells) else None, scale) for row in cells]
        return read if any(read) else None

    def _rating(self, box: tuple[float, float, float, float] | None, scale: float) -> str | None:
        if box is None:
            return None
        np = self._np
        if self._pixels is None:
            self._pixels = np.asarray(turned_picture(self._rendered.convert("RGB"), self._angle))
            every = self._pixels.reshape(-1, 3)
            self._paper = np.median(every[:: max(1, len(every) // PAPER_SAMPLE)], axis=0)  # the page is mostly paper
        x0, top, x1, bottom = (round(value / scale) for value in box)
        inset = 4  # pixels: keep the rules out
        area = self._pixels[top + inset : bottom - inset, x0 + inset : x1 - inset].reshape(-1, 3)
        if not len(area):
            return None
        fill = np.median(area, axis=0)  # the fill under the words (ink covers far less of a cell than its fill)
        if float(np.abs(fill - self._paper).max()) < MIN_FILL_CONTRAST:
            return None
        colour = tuple(float(value) / 255 for value in fill)
        return rag_from_colour(colour, pale=True) or _brag_blue(colour)


SCAN_SIDE_REACH = 5.0  # points: a scan's side rule standing this near the end of the rules across closes the grid


def _title_taken(cut: list[_CutRow], grid: list[list[str]]) -> tuple[str | None, list[_CutRow], list[list[str]]]:
    """A caption printed inside the grid's frame, over its column header, in a first row of one cell spanning it
    ('FIRE DEPARTMENT RESERVES PLAN'), taken off as the table's title (as :func:`ruled._title_row` reads it)."""
    title = None
    while len(grid) > 2 and grid[0] and not first_row_is_data(grid[1:]):
        # a speck read as a mark standing apart at the caption's end ('PUBLIC WORKS RESERVES PLAN ,': a slide's
        # drawn shape crossing the frame) is not the caption's stop
        caption = STRAY_MARK_END_RE.sub("", " ".join(grid[0][0].split()))
        if not _title_row([caption, *grid[0][1:]], cut[0].cells):
            break
        title, cut, grid = f"{title} {caption}" if title else caption, cut[1:], grid[1:]
    return title, cut, grid


STRAY_MARK_END_RE = re.compile(r"(?:\s+[.,;:'`]+)+$")


# rows a ruled box holding a listing of records has: its header between two rules and all its records under them
MAX_LISTING_ROWS = 2


# a stroke or a rule's stub read as a word: two dashes, underscores or specks or more ('—_', '__')
STROKE_RE = re.compile(r"[-—–_~.,:;'`\"|^‘’“”]{2,}")


def _stacked_listing(image, bbox: tuple[float, float, float, float], page, document_id: str) -> Table | None:
    """A listing whose records print over two lines under a two-line header (:func:`read_stacked_table`) in a box
    ruled only about its header: the rules cut its header and one row holding every record, so its area is read
    again as one block and its records read from the lines' left edges, as from a text layer."""
    # a stroke read in the gap between two column names ('Polling Station —_ Polling Place') would join them
    words = [word for word in _reread_words(image, bbox) if not STROKE_RE.fullmatch(word["text"])]
    if not words:
        return None
    table = read_stacked_table(_text_lines(words), float(page.height), page.page_number, document_id)
    if table is None:
        return None
    table.rows = mended_cells(table.rows)
    table.provenance.method = "ocr:stacked-records"
    return table


# points between a headed table's foot and a box with no header under it that still carries its rows (a form's
# boxes set one under the other with a gap between them)
MAX_BOX_GAP = 60.0


def _goes_on_under(above: Table, bbox: tuple[float, ...], n_cols: int) -> bool:
    """A box with no header printed, right under a table with a header and the same columns across the same width:
    the table going on (a form's accounts split into two boxes), not a table of its own."""
    if not above.header or above.n_cols != n_cols or above.bbox is None:
        return False
    x0, top, x1, _ = above.bbox
    shared = min(x1, bbox[2]) - max(x0, bbox[0])
    return 0 <= bbox[1] - above.bbox[3] <= MAX_BOX_GAP and shared >= 0.9 * max(x1 - x0, bbox[2] - bbox[0])


def _with_rows_below(
    above: Table,
    rows: list[list[str]],
    bbox: tuple[float, ...],
    spanning: list[int],
    status_colours: list[str | None] | None = None,
) -> Table:
    joined = (above.bbox[0], above.bbox[1], max(above.bbox[2], bbox[2]), bbox[3])
    colours = (above.status_colours or [None] * above.n_rows) + (status_colours or [None] * len(rows))
    return above.model_copy(
        update={
            "status_colours": colours if any(colours) else None,
            "rows": [*above.rows, *rows],
            "n_rows": above.n_rows + len(rows),
            "bbox": joined,
            "provenance": above.provenance.model_copy(update={"bbox": joined}),
            "spanning_rows": [*above.spanning_rows, *(above.n_rows + index for index in spanning)],
        }
    )


def _spanning(rows: list[_CutRow]) -> list[int]:
    """The body rows printed as one cell across a table of three columns or more (section headings), as the
    text layer's reader marks them."""
    return [
        index
        for index, row in enumerate(rows)
        if len(row.cells) >= 3 and row.cells[0] is not None and all(cell is None for cell in row.cells[1:])
    ]


@dataclass
class _CutRow:
    """A row of a table's cells as pdfplumber cut them (a box, or None where a cell from the left spans)."""

    cells: list


def _slivers_joined(rows: list) -> list[_CutRow]:
    """The table's rows with each pair of neighbouring columns that no row starts a cell in both of made one
    column: a header's column rule standing a few points off the body's ('Shared Outcome' over a column whose
    rule is further right) makes pdfplumber cut a sliver column between the two, each row's cell in one of them
    and spanning the other."""
    width = max((len(row.cells) for row in rows), default=0)
    groups: list[list[int]] = []
    for column in range(width):
        if groups and not any(_starts(row, groups[-1][-1]) and _starts(row, column) for row in rows):
            groups[-1].append(column)
        else:
            groups.append([column])
    return [_CutRow([next((row.cells[c] for c in group if _starts(row, c)), None) for group in groups]) for row in rows]


MAX_SLIVER = 12.0  # points: a column this narrow holds no word


def _empty_slivers_dropped(rows: list[_CutRow], texts: list[list[str]]) -> tuple[list[_CutRow], list[list[str]]]:
    """The table without its columns that are empty in every row and too narrow for a word in every row that
    starts a cell in them: a blot beside a rule (a watermark's stroke taken for a rule) cuts such a sliver."""
    width = max((len(row) for row in texts), default=0)
    empty = {
        column
        for column in range(width)
        if not any(column < len(row) and row[column] for row in texts)
        and all(
            cell[2] - cell[0] < MAX_SLIVER for row in rows if column < len(row.cells) and (cell := row.cells[column])
        )
    }
    if not empty or len(empty) == width:
        return rows, texts
    return (
        [_CutRow([cell for column, cell in enumerate(row.cells) if column not in empty]) for row in rows],
        [[text for column, text in enumerate(row) if column not in empty] for row in texts],
    )


def _starts(row, column: int) -> bool:
    return column < len(row.cells) and row.cells[column] is not None


def _only_regions(np, pixels, regions: list[tuple[float, float, float, float]], scale: float):
    """The page image blank (white) outside ``regions`` (boxes in points): the text layer's own tables and
    rules are read from the text layer, not again from the image."""
    kept = np.full_like(pixels, 255)
    for x0, top, x1, bottom in regions:
        left, upper, right, lower = int(x0 * scale), int(top * scale), int(x1 * scale) + 1, int(bottom * scale) + 1
        kept[upper:lower, left:right] = pixels[upper:lower, left:right]
    return kept


FILL_TONE = 200  # median grey level under which an area of a scan is shaded (its paper is near 255)
MAX_LETTER_SHARE = 0.35  # of a shaded cell's pixels: more on the letters' side of its two tones is the fill's grain


def _shaded(np, pixels, box: tuple[float, float, float, float], scale: float) -> bool:
    x0, top, x1, bottom = (round(value / scale) for value in box)
    area = pixels[top:bottom, x0:x1]
    return area.size > 0 and float(np.median(area)) < FILL_TONE


def _shaded_header_rows(np, pixels, rows: list, scale: float) -> int:
    """How many rows at the top of a ruled table on a scan are shaded all across (a form's filled header set on
    two rows): they make its header (none shaded: the first row does, unless it is data, see :func:`_headerless`)."""
    shaded = 0
    for row in rows[:-1]:
        boxes = [cell for cell in row.cells if cell]
        if not boxes or not all(_shaded(np, pixels, cell, scale) for cell in boxes):
            break
        shaded += 1
    return shaded


# a row under a table's header naming only the units of its figure columns: '£m', '£000', '%', '£'
UNIT_RE = re.compile(r"\(?(?:[£$€](?:\s?(?:m|k|bn|000|\'000))?|%|£/\w{1,5}|no\.?)\)?", re.I)


def _under_group_names(rows: list, grid: list[list[str]], taken: int) -> int:
    """How many rows at the top make a table's header when its first row names groups of columns over cells that
    span them ('2023/24' over 'Target' and 'Actual', the other cells blank): that row and the row of column names
    under it (every filled cell a column's name, more of them filled), which the scan's rules cut apart."""
    if taken != 1 or len(grid) < 3 or not any(cell is None for cell in rows[0].cells):
        return taken
    groups, names = [cell for cell in grid[0] if cell], [cell for cell in grid[1] if cell]
    if not groups or len(groups) == len(grid[0]) or len(names) <= len(groups):
        return taken
    return 2 if all(_scanned_column_name(cell) for cell in names) else taken


def _with_unit_rows(grid: list[list[str]], taken: int) -> int:
    """How many rows at the top make a table's header: the ``taken`` header rows, and the rows under them whose
    filled cells all name a figure column's unit ('£m' under 'Estimated Annual Financial Exposure'), a line of
    the header the scan's rules cut into a row of its own."""
    while taken < len(grid) - 1 and (filled := [cell for cell in grid[taken] if cell]):
        if not all(UNIT_RE.fullmatch(cell.strip()) for cell in filled):
            break
        taken += 1
    return taken


MAX_SPECK_CONFIDENCE = 50.0  # Tesseract's mean confidence (0-100) in a row of specks read as letters


def _specks_blanked(row: list[str], confidence: list[float]) -> list[str]:
    """A row of cells read with little confidence that holds nothing longer than two characters ('fe', 'OO':
    a picture's or a stamp's strokes) as empty: the row is no row of the table."""
    filled = [cell for cell in row if cell]
    if not filled or any(len(cell) > 2 for cell in filled) or not confidence:
        return row
    return ["" for _ in row] if statistics.fmean(confidence) < MAX_SPECK_CONFIDENCE else row


def _headerless(rows: list[list[str]]) -> bool:
    """A ruled grid with no header row printed, as the text layer's reader judges one: its first row holds what
    the rows below hold (an action, initials, a status word), or its one row reads as a row of a log."""
    if len(rows) == 1:
        return _lone_log_row(rows[0])
    return first_row_is_data(rows)


def _joined_header(rows: list, texts: list[list[str]], split: dict[tuple[int, int], str] | None = None) -> list[str]:
    """Header rows joined column by column; a cell spanning columns ('Year ending' over '31 March 2025' and
    '31 March 2026') gives its text to each column it spans (pdfplumber leaves those columns' cells None),
    unless ``split`` shares its words out among them (see :func:`_split_spans`)."""
    split = split or {}
    starts: dict[int, float] = {}
    for row in rows:
        for index, cell in enumerate(row.cells):
            if cell:
                starts.setdefault(index, cell[0])
    header = ["" for _ in texts[0]]
    for number, (row, text) in enumerate(zip(rows, texts, strict=True)):
        for index in range(len(text)):
            if (number, index) in split:
                header[index] = join_cells(header[index], split[number, index])
                continue
            left = next((i for i in range(index - 1, -1, -1) if row.cells[i]), None)
            spans = row.cells[index] is None and left is not None and row.cells[left][2] > starts.get(index, 1e9) + 1
            header[index] = join_cells(header[index], text[left] if spans and left is not None else text[index])
    return header


MIN_SHARE_OVER = 0.25  # of a phrase's width over a column, for a phrase of a split header cell to name it


def _split_spans(
    reads: dict[tuple, CellRead | None], rows: list, taken: int, scale: float
) -> dict[tuple[int, int], str]:
    """The words of a header cell that spans columns only because the scan lost the rules inside it, shared out
    among those columns: a filled header whose white rules did not read ('Agreed' over 'Yes | No' beside
    "'Yes' means that this authority:", one cell across the table with the 'Yes' and 'No' boxes inside it).
    Such a cell holds header cells of the rows below it; its words outside them go to each column they stand
    over ('Agreed' to both 'Yes' and 'No'), a column no word stands over getting none. Keys: (header row,
    column)."""
    lefts: dict[int, float] = {}
    for row in rows:
        for index, cell in enumerate(row.cells):
            if cell:
                lefts.setdefault(index, cell[0])
    split: dict[tuple[int, int], str] = {}
    for number, row in enumerate(rows[: taken - 1]):
        for index, cell in enumerate(row.cells):
            covered = _covered_columns(row.cells, index, lefts)
            inside = [
                box
                for below in rows[number + 1 : taken]
                for column in [index, *covered]
                if covered
                and column < len(below.cells)
                and (box := below.cells[column])
                and box[1] >= cell[1] - 1
                and box[3] <= cell[3] + 1
            ]
            if cell is None or not inside:
                continue
            edges = sorted({cell[0], cell[2], *(x for box in inside for x in (box[0], box[2]))})
            texts: dict[int, list[str]] = {column: [] for column in [index, *covered]}
            for text, x0, x1 in _cell_phrases(reads.get(cell), scale, inside):
                for a, b in zip(edges, edges[1:], strict=False):
                    if min(x1, b) - max(x0, a) >= MIN_SHARE_OVER * (x1 - x0):
                        column = min(texts, key=lambda c: abs(lefts.get(c, 1e9) - a))
                        texts[column].append(text)
            split.update({(number, column): " ".join(words) for column, words in texts.items()})
    return split


def _covered_columns(cells: list, index: int, lefts: dict[int, float]) -> list[int]:
    """The columns right of ``index`` that its cell spans (pdfplumber leaves their cells None)."""
    if cells[index] is None:
        return []
    covered = []
    for column in range(index + 1, len(cells)):
        if cells[column] is not None or lefts.get(column, 1e9) >= cells[index][2] - 1:
            break
        covered.append(column)
    return covered


def _cell_phrases(read: CellRead | None, scale: float, inside: list[tuple]) -> list[tuple[str, float, float]]:
    """A cell's words read with their places, those within the boxes ``inside`` left out, in phrases (words of a
    line apart by less than a line's height) as (text, x0, x1) in points."""
    if read is None:
        return []
    data, (left, top) = read
    words = []
    for index, text in enumerate(data["text"]):
        if not text.strip() or float(data["conf"][index]) < 0 or SPECK_RE.fullmatch(text):
            continue
        x0, x1 = (left + data["left"][index]) * scale, (left + data["left"][index] + data["width"][index]) * scale
        y = (top + data["top"][index] + data["height"][index] / 2) * scale
        if any(box[0] <= (x0 + x1) / 2 <= box[2] and box[1] <= y <= box[3] for box in inside):
            continue
        key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
        words.append((key, text, x0, x1, data["height"][index] * scale))
    phrases: list[tuple[str, float, float]] = []
    last_key = None
    for key, text, x0, x1, height in words:
        if key == last_key and x0 - phrases[-1][2] <= height:
            phrases[-1] = (f"{phrases[-1][0]} {text}", phrases[-1][1], x1)
        else:
            phrases.append((text, x0, x1))
        last_key = key
    return phrases


CHOICE_NAMES = ("yes", "no", "n/a", "not covered", "not applicable")
TICK = "✓"
MIN_TICK_INK = 0.01  # of a tick box's pixels: a hand tick's strokes, not a speck of the scan


def _ticks_marked(np, pixels, header: list[str], rows: list, texts: list[list[str]], scale: float) -> None:
    """A form's tick boxes read by their ink, not by OCR (which reads a hand tick as 'a', 'x' or nothing):
    under a group of two or more choice columns ('Yes | No* | Not covered**'), a box with strokes in it
    holds a tick and one without is empty."""
    choices = [index for index, name in enumerate(header) if _choice_column(name)]
    if len(choices) < 2:
        return
    for row, text in zip(rows, texts, strict=True):
        for index in choices:
            if index < len(row.cells) and row.cells[index]:
                text[index] = TICK if _inked(np, pixels, row.cells[index], scale) else ""


def _choice_column(name: str) -> bool:
    """A tick column's name ends on a choice: 'Agreed? ... Yes', 'No*', 'Not covered**'."""
    tail = name.rstrip("*?:.) ").casefold()
    return any(tail == choice or tail.endswith(" " + choice) for choice in CHOICE_NAMES)


def _inked(np, pixels, box: tuple[float, float, float, float], scale: float) -> bool:
    x0, top, x1, bottom = (round(value / scale) for value in box)
    inset = 4  # pixels: keep the rules out
    area = pixels[top + inset : bottom - inset, x0 + inset : x1 - inset]
    return area.size > 0 and float(np.mean(area < INK_LEVEL)) >= MIN_TICK_INK


def _dark_letters(cv2, np, crop):
    """A shaded cell's crop with its letters black on white: binarised between its two tones and turned
    over when the letters are the lighter (white letters on a filled header); None for a shaded cell
    without letters (the fill's grain alone splits about evenly)."""
    from PIL import Image

    pixels = cv2.medianBlur(np.asarray(crop), 3)
    _, binary = cv2.threshold(pixels, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    light = np.count_nonzero(binary) / binary.size
    if min(light, 1 - light) > MAX_LETTER_SHARE:
        return None
    return Image.fromarray(255 - binary if light < 0.5 else binary)


CellRead = tuple[dict, tuple[int, int]]  # Tesseract's words of a cell's crop, and where the crop starts (pixels)


def _read_cells(image, rows: list, scale: float) -> dict[tuple, CellRead | None]:
    """Tesseract's words of each cell of a table's rows read inside its rules (see :func:`_cell_crop`), all the
    cells in one Tesseract run (a run per cell spent most of its time starting up); an empty cell is left out."""
    cells = list(dict.fromkeys(cell for row in rows for cell in row.cells if cell is not None))
    crops = {cell: crop for cell in cells if (crop := _cell_crop(image, cell, scale)) is not None}
    words = image_data_many([crop for crop, _ in crops.values()], config="--psm 6")
    reads = {
        cell: (with_marks_read(data, crop), origin) if data is not None else None
        for (cell, (crop, origin)), data in zip(crops.items(), words, strict=True)
    }
    return reads | _unsure_cells_read_again(crops, reads)


UNSURE_CELL = 80.0  # mean confidence of a cell's words under which it is read again cut to its ink
SURER_BY = 10.0  # ... and the reading of its ink kept when this much surer


def _unsure_cells_read_again(
    crops: dict[tuple, tuple[Any, tuple[int, int]]], reads: dict[tuple, CellRead | None]
) -> dict[tuple, CellRead]:
    """The cells read with little confidence read again, each cut down to its ink with a margin of paper (in a
    tall cell of white Tesseract misreads a short reference: '1.1' read '14' at confidence 67, '1.3' read '138' at
    49; cut to its ink, both read right at 96); the new reading is kept where it is surer by :data:`SURER_BY` and
    sure in itself (a cell of specks, cut to them, reads as letters: 'pe eee ed')."""
    import numpy as np

    unsure = {}
    for cell, read in reads.items():
        confidence = _mean_confidence(read)
        if confidence is not None and confidence < UNSURE_CELL:
            crop, origin = crops[cell]
            unsure[cell] = (_inked_part(np, crop, origin), confidence)
    if not unsure:
        return {}
    again = image_data_many([crop for (crop, _), _ in unsure.values()], config="--psm 6")
    surer: dict[tuple, CellRead] = {}
    for (cell, ((crop, origin), first)), data in zip(unsure.items(), again, strict=True):
        read = (with_marks_read(data, crop), origin) if data is not None else None
        confidence = _mean_confidence(read)
        if read is not None and confidence is not None and confidence >= max(first + SURER_BY, UNSURE_CELL):
            surer[cell] = read
    return surer


def _mean_confidence(read: CellRead | None) -> float | None:
    """The mean confidence of a cell reading's words; None when it read none."""
    if read is None:
        return None
    data = read[0]
    values = [float(conf) for text, conf in zip(data["text"], data["conf"], strict=True) if text.strip()]
    values = [value for value in values if value >= 0]
    return statistics.fmean(values) if values else None


def _cell_text(
    read: CellRead | None,
    confidence: list[float],
    cell: tuple[float, float, float, float] | None = None,
    scale: float = 1.0,
) -> str:
    """A cell's text from Tesseract's words of it; each word's confidence is added to ``confidence``. Given the
    cell's box, a word broken at a line's end joins again (:func:`_words_rejoined`)."""
    if read is None:
        return ""
    data = read[0]
    lines: dict[tuple[int, int, int], list[int]] = {}
    for index, word in enumerate(data["text"]):
        if word.strip() and float(data["conf"][index]) >= 0:
            key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
            lines.setdefault(key, []).append(index)
            confidence.append(float(data["conf"][index]))
    if not lines:
        return ""
    words = list(lines.values())
    texts = [" ".join(data["text"][index] for index in line) for line in words]
    text = _words_rejoined(texts, words, read, cell, scale) if cell is not None else "\n".join(texts)
    return clean_cell(re.sub(r"^[|\[\]]+|[|\[\]]+$", "", text))


# the most letters of a word's end broken onto the next line that a scanned cell joins back: Tesseract's boxes are
# tight to the ink, so the room a line leaves measures a letter or so less surely than a text layer's glyph boxes do,
# and a whole word set down at a space ('Awaiting' / 'response') can look like a word's end
MAX_BROKEN_END = 4


def _words_rejoined(
    texts: list[str], lines: list[list[int]], read: CellRead, cell: tuple[float, float, float, float], scale: float
) -> str:
    """A cell's lines joined, a word too wide for its column joined back together ('Commissione' / 'd'), judged as
    a text layer's cell is (:func:`.cells.broken_inside_word`) from Tesseract's word boxes: the line reaching the
    cell's right padding (the padding its text keeps on the left) and the next line set flush left under it, opening
    with a word's end of a few letters that is no word of its own ('d', 'ed', 'ion'; not 'to', 'a')."""
    from spacy.lang.en.stop_words import STOP_WORDS

    data, (origin, _) = read
    lefts = [origin + data["left"][line[0]] for line in lines]
    right = cell[2] / scale - max(0.0, min(lefts) - cell[0] / scale)
    out = texts[0]
    for index in range(1, len(texts)):
        last, first = lines[index - 1][-1], lines[index][0]
        letter = data["width"][first] / max(1, len(data["text"][first]))
        gap = right - (origin + data["left"][last] + data["width"][last])
        flush_left = abs(lefts[index - 1] - lefts[index]) <= 0.5 * data["height"][first]
        end = data["text"][first].rstrip(",;:.)")
        # a longer end joins when the word list holds the two joined and not the end alone ('Commis' / 'sioned')
        broken = (
            flush_left
            and (len(end) <= MAX_BROKEN_END or one_word(texts[index - 1], end))
            and end.lower() not in STOP_WORDS
            and broken_inside_word(texts[index - 1], texts[index], gap, letter, slack=0.5 * letter)
        )
        out += ("" if broken else "\n") + texts[index]
    return out


def _cell_crop(image, cell: tuple[float, float, float, float], scale: float) -> tuple[Any, tuple[int, int]] | None:
    """The image Tesseract reads for a cell: the page image inside its rules (a shaded cell's letters made dark on
    white), and where it starts in the page image (pixels); None for an empty cell."""
    x0, top, x1, bottom = (round(value / scale) for value in cell)
    inset = 4  # pixels: keep the rules out of the crop
    if x1 - x0 <= 3 * inset or bottom - top <= 3 * inset:
        return None
    crop = image.crop((x0 + inset, top + inset, x1 - inset, bottom - inset))
    if min(crop.getextrema()) > 160:  # nothing dark in it: an empty cell
        return None
    import numpy as np

    if float(np.median(np.asarray(crop))) < FILL_TONE:
        import cv2

        crop = _dark_letters(cv2, np, crop)
        if crop is None:
            return None
    else:  # on paper only: a shaded cell's fill is as dark as ink, and cleared in pieces it read as marks
        crop = _rule_stubs_cleared(np, crop)
        if min(crop.getextrema()) > 160:
            return None
    return crop, (x0 + inset, top + inset)


MAX_STUB_THICKNESS = 6  # pixels (300 dpi, 1.4 pt): a rule's end poking into a cell is no thicker


def _rule_stubs_cleared(np, crop):
    """A cell's picture without the ends of rules across poking into it from its sides: thin ink touching the
    crop's left or right edge. A rule of the grid beside it overshoots the seam of two grids set side by side
    (Nipissing's landfill plans as a picture: '-2032', '(2034'), and a scan's rules overshoot their crossings;
    Tesseract reads the stub as a dash or a bracket. A letter touching the crop's side is taller than such a stub
    and is kept. Ink touching the crop's top or foot is kept whatever its shape: a header's letters touch it in a
    tight row, and an 'l' or 'I' is as thin as a rule down's stub."""
    import cv2
    from PIL import Image

    pixels = np.asarray(crop)
    width = pixels.shape[1]
    count, labels, stats, _ = cv2.connectedComponentsWithStats((pixels < INK_LEVEL).astype(np.uint8), connectivity=8)

    def stub(label: int) -> bool:
        x, _, w, h = (int(value) for value in stats[label][:4])
        return (x == 0 or x + w == width) and h <= MAX_STUB_THICKNESS

    stubs = [label for label in range(1, count) if stub(label)]
    if not stubs:
        return crop
    cleared = pixels.copy()
    cleared[np.isin(labels, stubs)] = 255
    return Image.fromarray(cleared)


CELL_MARGIN = 10  # pixels of paper left round a cell's ink (300 dpi)


def _inked_part(np, crop, origin: tuple[int, int]) -> tuple[Any, tuple[int, int]]:
    """A cell's picture cut down to its ink with a margin of paper, and where that starts in the page image."""
    from PIL import ImageOps

    ys, xs = np.nonzero(np.asarray(crop) < INK_LEVEL)
    if not len(xs):
        return crop, origin
    left, top = int(xs.min()), int(ys.min())
    inked = ImageOps.expand(crop.crop((left, top, int(xs.max()) + 1, int(ys.max()) + 1)), CELL_MARGIN, fill=255)
    return inked, (origin[0] + left - CELL_MARGIN, origin[1] + top - CELL_MARGIN)
