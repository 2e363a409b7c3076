"""The stage's table finding: find_tables runs each reader on the pages whose cheap signals flag
it (candidate_pages for ruled grids), settles overlaps between their finds, merges continuations
and puts the tables in reading order.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from .. import plumber_pages, stream_tables
from ..models import Provenance, Table
from ..pdf import Line, PageLayout
from .cells import clean_cell
from .continuation import heading_above, merge_continuations
from .headers import is_log, names_actions
from .label_grids import label_grid_tables
from .layout_grids import _laid_out_text
from .payments import PaymentRun, is_payments_list, payment_runs, read_payment_list
from .ruled import _ruled_tables, drop_lone_headers, drop_short_listings, is_lone_header
from .scanned import _scanned_anchors, ocr_words, picture_words, scanned_tables, scanned_text_tables
from .searchable import searchable_pages, searchable_tables
from .unruled_words import continued_word_tables, unruled_word_tables
from .word_tables import _stacked_header_at, grid_anchors, header_anchors, stacked_tables, text_tables

MIN_PATHS = 6  # fewer vector paths than this cannot draw a ruled grid worth finding


MIN_HEADER_PATHS = 4  # a ruled header row alone: its two rules across and the rules between its cells


def candidate_pages(pages: list[PageLayout]) -> list[int]:
    """Pages of ruled grids, and a page after one whose rules could be the grid's foot: the rest of a row the page
    break split mid-cell prints under no rule of its own, so too few rules across count as a grid (round 54)."""
    ruled = {page.number for page in pages if page.grid >= MIN_PATHS and page.has_text_layer}
    feet = {
        page.number
        for page in pages
        if page.number - 1 in ruled and page.grid == 0 and page.n_paths >= MIN_PATHS and page.has_text_layer
    }
    return sorted(ruled | feet)


def header_foot_pages(pages: list[PageLayout], wanted: list[int]) -> list[int]:
    """Pages before a page of grids with paths enough for a ruled header row alone: read for a plan's header
    printed as the last line of a page whose rows all print on the next (nothing else is taken from them)."""
    return [
        page.number
        for page in pages
        if page.number + 1 in wanted
        and page.number not in wanted
        and page.n_paths >= MIN_HEADER_PATHS
        and page.has_text_layer
    ]


def find_tables(
    path: str | Path | bytes,
    pages: list[PageLayout],
    document_id: str,
    password: str | None = None,
    warnings: list[str] | None = None,
) -> list[Table]:
    """Ruled tables (pdfplumber) on pages with grid evidence, action logs without a grid under a
    header line naming their columns (:func:`text_tables`), unruled tables of figures (camelot
    stream) on pages with column-aligned figures that no table already covers, and ruled tables on
    pages read by OCR (rules from the image, each cell read by Tesseract), and last, unruled tables of
    words (:func:`unruled_word_tables`) in regions under a header line of column names that no table found
    so far lies over. Pictures pasted on a page with a text layer (``PageLayout.picture_regions``) are read
    as a scanned page is, inside the pictures only; the text layer's readers see the page without the
    pictures' lines. A scanned page whose reading fails loses only its own tables, said in ``warnings``
    (the document's) when given."""
    pictured = {page.number: page.picture_regions for page in pages if page.picture_regions}
    pages = [_without_picture_lines(page) for page in pages]
    wanted = candidate_pages(pages)
    streams = {page.number: regions for page in pages if (regions := stream_tables.flagged(page))}
    word_regions = {page.number: regions for page in pages if (regions := stream_tables.word_regions(page))}
    anchors = {page.number: lines for page in pages if page.has_text_layer and (lines := header_anchors(page))}
    grids = {page.number: lines for page in pages if page.has_text_layer and (lines := grid_anchors(page))}
    for number, lines in grids.items():
        anchors[number] = sorted([*anchors.get(number, []), *lines], key=lambda line: line.top)
    grid_ids = {id(line) for lines in grids.values() for line in lines}
    scanned_words = {page.number: words for page in pages if page.method == "ocr" and (words := ocr_words(page))}
    scanned_anchors = {number: lines for number, words in scanned_words.items() if (lines := _scanned_anchors(words))}
    pictures_words = {page.number: words for page in pages if page.picture_regions and (words := picture_words(page))}
    picture_anchors = {number: lines for number, words in pictures_words.items() if (lines := _scanned_anchors(words))}
    grid_ids |= {id(line) for lines in picture_anchors.values() for line in lines}
    grid_ids |= {id(line) for lines in scanned_anchors.values() for line in lines}
    stacked = [page.number for page in pages if page.has_text_layer and _stacked_header_at(page.lines) is not None]
    payments = {page.number: runs for page in pages if page.lines and (runs := payment_runs(page))}
    source = io.BytesIO(path) if isinstance(path, bytes) else str(path)
    scans = searchable_pages(pages)
    labelled = label_grid_tables(pages, document_id)
    if (
        not labelled
        and not wanted
        and not scans
        and not streams
        and not word_regions
        and not anchors
        and not stacked
        and not payments
        and not any(page.method == "ocr" for page in pages)
        and not pictured
    ):
        return []
    first_row_colours: dict[int, str | None] = {}
    listings: set[int] = set()
    heads = header_foot_pages(pages, wanted)
    found = (
        _ruled_tables(source, sorted(wanted + heads), document_id, password, first_row_colours, listings)
        if wanted
        else []
    )
    found = [table for table in found if table.page_start not in heads or is_lone_header(table)]
    layouts = {page.number: page for page in pages}
    if scans:  # a scan's ruling read from its picture, its words from its text layer: as ruled tables
        read = searchable_tables(source, scans, layouts, document_id, password, first_row_colours, listings, warnings)
        found = sorted(found + read, key=_position)
    for number, lines in list(anchors.items()):
        # a grid of its own holds the header (a one-column 'listing' box around the page does not)
        held = [table for table in found if table.page_start == number and id(table) not in listings]
        anchors[number] = [line for line in lines if not any(_holds(table, line, number) for table in held)]
    if any(anchors.values()):
        logs = text_tables(source, anchors, layouts, document_id, password, grid_ids)
        found = [table for table in found if not any(_within_table(table, other) for other in logs)]
        found = sorted(found + logs, key=_position)
    stacked = [number for number in stacked if number not in {table.page_start for table in found}]
    if stacked:
        found = sorted(found + stacked_tables(source, stacked, document_id, password), key=_position)
    uncovered = {}
    for number, regions in streams.items():
        ruled = [table for table in found if table.page_start == number]
        left = [region for region in regions if not _covered(region, ruled, layouts[number])]
        if left:
            uncovered[number] = left
    scanned = [page.number for page in pages if page.method == "ocr" and page.rotation == 0 and page.lines]
    if scanned or pictured:
        read = scanned_tables(
            source, sorted([*scanned, *pictured]), document_id, password, pictured, warnings, first_row_colours
        )
        found = sorted(found + read, key=_position)
    if scanned_anchors or picture_anchors:
        anchored, words = {**scanned_anchors, **picture_anchors}, {**scanned_words, **pictures_words}
        continued: dict[int, list[str]] = {}  # a log's rest on a later page: the header it goes on under
        read = scanned_text_tables(
            source, password, anchored, words, layouts, document_id, grid_ids, warnings, continued
        )
        ruled = [table for table in found if table.provenance.method.startswith("ocr:")]
        cut = {id(other) for table in read for other in ruled if _cut_from_log(other, table, continued.get(id(table)))}
        found = [table for table in found if id(table) not in cut]
        ruled = [table for table in ruled if id(table) not in cut]
        read = [table for table in read if not any(_overlapping(table, other) for other in ruled)]
        found = sorted(found + read, key=_position)
    if uncovered:
        unruled = stream_tables.extract(path, uncovered, layouts, clean_cell, password)
        unruled = [other for other in unruled if not _laid_out_text(other.rows)]
        unruled = [other for other in unruled if not any(_ruled_whole(table, other) for table in found)]
        found = [table for table in found if not any(_inside(table, other) for other in unruled)]
        found.extend(_stream_table(other, document_id) for other in unruled)
        found.sort(key=_position)
    if payments:
        lists = _payment_lists(source, payments, found, scanned_words, document_id, password)
        found = sorted(found + lists, key=_position)
    unread = {
        number: left
        for number, regions in word_regions.items()
        if (left := [region for region in regions if not _held(region, found, number)])
    }
    if unread:
        heads: dict[int, list[dict]] = {}  # the header words of each table of words, by id(table)
        found = sorted(found + unruled_word_tables(source, unread, document_id, password, heads), key=_position)
        going_on = continued_word_tables(source, found, pages, document_id, password, heads)
        found = sorted(found + going_on, key=_position)
    # two-column grids of label runs without rules ('Action | ...', 'Lead | ...', 'Deadline | ...')
    labelled = [table for table in labelled if not any(_overlapping(table, other) for other in found)]
    found = sorted(found + labelled, key=_position)
    merged = merge_continuations(found, pages, first_row_colours)
    merged = _reading_order(drop_lone_headers(drop_short_listings(merged, listings)))
    for table in merged:
        table.title = table.title or heading_above(table, layouts.get(table.page_start))
        if (
            table.kind == "table"
            and not is_payments_list(table)
            and names_actions(table.title)
            and is_log(table.header, table.rows, captioned=True)
        ):
            table.kind = "action_plan"  # 'Action points' over 'Issue | Lead | By'
    return merged


def _without_picture_lines(page: PageLayout) -> PageLayout:
    """The page as its text layer prints it: without the lines read from pictures pasted on it (their words
    are no words of the text layer, which the text readers take from pdfplumber)."""
    if not page.picture_regions:
        return page
    lines = [line for line in page.lines if not any(_in_region(line, region) for region in page.picture_regions)]
    return replace(page, lines=lines)


def _in_region(line: Line, region: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = region
    return x0 <= (line.x0 + line.x1) / 2 <= x1 and top <= (line.top + line.bottom) / 2 <= bottom


def _payment_lists(
    source,
    runs: dict[int, list[PaymentRun]],
    found: list[Table],
    scanned_words: dict[int, list[dict]],
    document_id: str,
    password: str | None,
) -> list[Table]:
    """Payments lists no other reader took, read from the words of their pages (OCR's on scanned pages)."""
    left = {
        number: [run for run in page_runs if not any(_holds_run(table, run, number) for table in found)]
        for number, page_runs in runs.items()
    }
    left = {number: page_runs for number, page_runs in left.items() if page_runs}
    words = {number: scanned_words[number] for number in left if number in scanned_words}
    digital = [number for number in left if number not in words]
    if digital:
        with plumber_pages.open_pages(source, digital, password) as plumbed:
            for page in plumbed:
                words[page.page_number] = page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["size"])
                page.close()
    lists = [
        read_payment_list(words.get(number, []), run, number, document_id)
        for number, page in left.items()
        for run in page
    ]
    return [table for table in lists if table is not None]


def _holds_run(table: Table, run: PaymentRun, number: int) -> bool:
    if not (table.page_start <= number <= table.page_end) or not table.bbox:
        return False
    return _span(run.top, run.bottom, table.bbox[1], table.bbox[3]) >= 0.5 * max(run.bottom - run.top, 1.0)


def _within_table(table: Table, other: Table) -> bool:
    """A grid found by the ruled reader lies mostly within a table read from its words (the boxes
    of shaded cells, a frame around it): a fragment of it."""
    if table.page_start != other.page_start or not table.bbox or not other.bbox:
        return False
    return _mostly_within(table.bbox, other.bbox)


def _mostly_within(bbox: tuple[float, float, float, float], other: tuple[float, float, float, float]) -> bool:
    """At least 60% of ``bbox``'s area lies within ``other``."""
    x0, top, x1, bottom = bbox
    ox0, otop, ox1, obottom = other
    area = max((x1 - x0) * (bottom - top), 1.0)
    shared = max(0.0, min(x1, ox1) - max(x0, ox0)) * max(0.0, min(bottom, obottom) - max(top, otop))
    return shared >= 0.6 * area


def _holds(table: Table, line: Line, number: int) -> bool:
    x0, top, x1, bottom = table.bbox or (0, 0, 0, 0)
    middle = (line.top + line.bottom) / 2
    return table.page_start == number and top - 2 <= middle <= bottom + 2 and min(x1, line.x1) > max(x0, line.x0)


def _cut_from_log(ruled: Table, log: Table, header_above: list[str] | None = None) -> bool:
    """A scan's ruled reading that is a piece of a log read from its words: within the log's lines (a line's height of
    give), fewer columns than the log's, and no header of its own naming a log's columns. Rules between rows only,
    with a status shown by fill colour alone, give a scan's rule finder the coloured cells' edges for a grid.
    ``header_above``: the header of the log a headerless rest goes on from, on a page before."""
    header = log.header or header_above or []
    if ruled.page_start != log.page_start or not ruled.bbox or not log.bbox or not is_log(header, log.rows):
        return False
    inside = log.bbox[1] - LINE_GIVE <= ruled.bbox[1] and ruled.bbox[3] <= log.bbox[3] + LINE_GIVE
    return inside and ruled.n_cols < log.n_cols and not is_log(ruled.header, ruled.rows)


LINE_GIVE = 15.0  # points: about a line of a table's type


def _overlapping(table: Table, other: Table) -> bool:
    """Two tables on one page, either lying mostly within the other."""
    if table.page_start != other.page_start or not table.bbox or not other.bbox:
        return False
    return _mostly_within(table.bbox, other.bbox) or _mostly_within(other.bbox, table.bbox)


def _reading_order(tables: list[Table]) -> list[Table]:
    """Tables printed side by side (their heights overlap on the same page) read left to right,
    the left one first even when the right one starts higher, so that the last table of a page
    is the one a table at the top of the next page may continue."""
    ordered: list[Table] = []
    band: list[Table] = []
    for table in tables:
        if band and (
            table.page_start != band[0].page_start
            or not table.bbox
            or not band[0].bbox
            or table.bbox[1] >= max(other.bbox[3] for other in band if other.bbox)
        ):
            ordered.extend(sorted(band, key=lambda t: t.bbox[0] if t.bbox else 0.0))
            band = []
        band.append(table)
    ordered.extend(sorted(band, key=lambda t: t.bbox[0] if t.bbox else 0.0))
    return ordered


def _position(table: Table) -> tuple[int, float]:
    return table.page_start, table.bbox[1] if table.bbox else 0.0


def _covered(region: stream_tables.Region, ruled: list[Table], page: PageLayout) -> bool:
    """Ruled tables already hold the region: between them they span most of its height and
    width (or, side by side, most of its area), with at least half as many rows (a 3-row
    'table' drawn by shading bands does not hold a 30-row region). On a turned page any ruled
    table does."""
    if not ruled:
        return False
    if page.rotation or not region.rows:
        return True
    height = max(region.bottom - region.top, 1.0)
    width = max(region.x1 - region.x0, 1.0)
    holding = [
        table
        for table in ruled
        if table.bbox and min(region.x1, table.bbox[2]) - max(region.x0, table.bbox[0]) >= 0.7 * width
    ]
    rows = sum(table.n_rows + 1 for table in holding)
    overlap = sum(max(0.0, min(region.bottom, table.bbox[3]) - max(region.top, table.bbox[1])) for table in holding)
    if rows >= region.rows / 2 and overlap >= 0.7 * height:
        return True
    # tables side by side: between them they span most of its width, each most of its height
    beside = [table.bbox for table in ruled if table.bbox and _span(region.x0, region.x1, table.bbox[0], table.bbox[2])]
    return (
        len(beside) >= 2
        and sum(table.n_rows + 1 for table in ruled if table.bbox in beside) >= region.rows / 2
        and sum(_span(region.x0, region.x1, box[0], box[2]) for box in beside) >= 0.7 * width
        and all(_span(region.top, region.bottom, box[1], box[3]) >= 0.5 * height for box in beside)
    )


def _held(region: stream_tables.Region, found: list[Table], number: int) -> bool:
    """A table another reader found already lies over part of a region flagged as a table of words."""
    return any(
        table.page_start <= number <= table.page_end
        and (
            table.page_start != number
            or not table.bbox
            or _span(region.top, region.bottom, table.bbox[1], table.bbox[3]) > 0
        )
        for table in found
    )


def _span(start: float, end: float, other_start: float, other_end: float) -> float:
    return max(0.0, min(end, other_end) - max(start, other_start))


def _inside(table: Table, other: stream_tables.StreamTable) -> bool:
    """A ruled 'table' lying mostly within an unruled one is a fragment of it (a shaded band, a box)."""
    if table.page_start != other.page or not table.bbox:
        return False
    return _mostly_within(table.bbox, other.bbox)


def _ruled_whole(table: Table, other: stream_tables.StreamTable) -> bool:
    """A ruled grid of two or more rows that the unruled reading holds whole, with its columns and no more than one
    line of text beside it (a caption over the grid: 'The data behind the chart:' over 'Measure | 2023/24 | …', read
    with a chart's axis figures above flagging the page): the grid is the table, the unruled reading a misreading of
    it. A shaded band or a box inside a larger unruled table holds fewer of its rows."""
    if not _inside(table, other) or not table.provenance.method.startswith("pdfplumber"):
        return False
    width = max((len(row) for row in other.rows), default=0)
    return table.n_rows >= 2 and table.n_cols == width and table.n_rows + 1 >= len(other.rows) - 1


def _stream_table(table: stream_tables.StreamTable, document_id: str) -> Table:
    width = max(len(row) for row in table.rows)
    rows = [row + [""] * (width - len(row)) for row in table.rows]
    return Table(
        n_rows=len(rows) - 1,
        n_cols=width,
        header=rows[0],
        rows=rows[1:],
        page_start=table.page,
        page_end=table.page,
        bbox=table.bbox,
        provenance=Provenance(document=document_id, page=table.page, bbox=table.bbox, method="camelot:stream"),
    )
