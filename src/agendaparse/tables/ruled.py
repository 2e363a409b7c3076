"""Ruled tables: pdfplumber's table finder on the pages with a grid (_ruled_tables), with the column
rules a grid printed without its outer sides lacks, grids set side by side split at their seam,
caption and unit rows, header rows on two lines, sideways text turned upright, status shading,
one-row grids and one-column listings kept only where they belong to a log.
"""

from __future__ import annotations

import statistics

from pdfplumber.utils import cluster_list

from .. import colour_key, plumber_pages
from ..models import Provenance, Table
from .cells import _mark_spanning, cells_merged_down, clean_cell, extract_cells, join_cells, mark_merged_down
from .continuation import MAX_TITLE_WORDS
from .headers import (
    _field_column,
    _header_goes_on,
    _lone_log_row,
    _text_column,
    first_row_is_data,
    grouped_header,
    holds_a_sentence,
    is_action_plan,
    is_unit_row,
    spread_group_names,
    table_fields,
)
from .layout_grids import _not_a_data_table
from .page_objects import _pdfium_document, _plumber_box, _read_objects_with_pdfium, _visible
from .status import _cell_colour, icon_fills


def _column_edges(rows_cells: list[list], right: float) -> tuple[float, ...]:
    """A grid's column boundaries: the left edge of each cell of its widest row, and its right edge."""
    widest = max(rows_cells, key=lambda cells: sum(cell is not None for cell in cells), default=[])
    return (*(round(cell[0], 1) for cell in widest if cell is not None), round(right, 1))


def _drop_lone_rows(
    found: list[Table], weak: dict[int, str], edges: dict[int, tuple[float, ...]], listings: set[int] | None
) -> list[Table]:
    """One-row grids are kept only as sections of a log printed as one ruled box per heading: a
    table without a header row with the same column boundaries is in the document."""
    logs = [edges[id(table)] for table in found if not table.header and id(table) not in weak]
    kept: list[Table] = []
    for table in found:
        if (
            weak.get(id(table)) == "lone"
            and not any(_same_edges(edges[id(table)], other) for other in logs)
            and not _goes_on_from(table, kept, edges)
        ):
            continue
        if weak.get(id(table)) == "listing" and listings is not None:
            listings.add(id(table))
        kept.append(table)
    return kept


def _may_go_on(found: list[Table], page, row: list[str]) -> bool:
    """A one-row grid that may be the next row of the table on the page before, moved whole over the page break (a
    row too tall for the space left): as many cells as that table has columns (:func:`_goes_on_from` checks their
    boundaries once the page is read)."""
    return bool(found) and found[-1].page_end == page.page_number - 1 and found[-1].n_cols == len(row)


def _goes_on_from(table: Table, kept: list[Table], edges: dict[int, tuple[float, ...]]) -> bool:
    """A one-row grid set on the columns of the table ending on the page before: its next row, alone on its page."""
    before = kept[-1] if kept else None
    return (
        before is not None
        and before.page_end == table.page_start - 1
        and _same_edges(edges[id(table)], edges[id(before)])
    )


def _same_edges(a: tuple[float, ...], b: tuple[float, ...], tolerance: float = 3.0) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


MIN_LISTING_ROWS = 4
LONE_HEADER = "+lone-header"
HEADER_FOOT_SHARE = 0.75  # a header row whose bottom is below this share of the page's height is at its foot


FOOTER_SHARE = 0.92  # below this share of the page's height: its footer (a page number, a reference)


def _header_at_foot(row: list[str], bbox: tuple[float, ...], page) -> bool:
    """A grid of one row naming an action plan's columns at the foot of a page, or with nothing but the page's footer
    printed under it (its first row, too tall for the space left, set on the next page): the header of a plan whose
    rows all print on the next page (merge_continuations joins them; alone, it is dropped by drop_lone_headers)."""
    if not is_action_plan(row):
        return False
    height = float(page.height)
    if bbox[3] > HEADER_FOOT_SHARE * height:
        return True
    return not any(bbox[3] + 2 < char["top"] and char["bottom"] < FOOTER_SHARE * height for char in page.chars)


def is_lone_header(table: Table) -> bool:
    return table.provenance.method.endswith(LONE_HEADER)


def drop_lone_headers(tables: list[Table]) -> list[Table]:
    """A header row left at a page's foot that no table went on from."""
    return [table for table in tables if table.rows or not is_lone_header(table)]


def drop_short_listings(tables: list[Table], listings: set[int]) -> list[Table]:
    """A grid with text in one column only is a list of records set in a table when it runs over
    pages with several rows; on one page it is a box around a paragraph or a list."""
    return [
        table
        for table in tables
        if id(table) not in listings or (table.page_end > table.page_start and table.n_rows >= MIN_LISTING_ROWS)
    ]


def _ruled_tables(
    source,
    wanted: list[int],
    document_id: str,
    password: str | None,
    first_row_colours: dict | None = None,
    listings: set[int] | None = None,
) -> list[Table]:
    """``first_row_colours`` receives, by ``id(table)``, the status shading of the first row of a
    table that may continue one on the previous page without repeating its header; ``listings``
    receives the ids of grids holding text in one column only, kept only if they run over pages
    (see :func:`drop_short_listings`)."""
    found: list[Table] = []
    weak: dict[int, str] = {}
    edges: dict[int, tuple[float, ...]] = {}
    key: dict = {}  # the document's RAG colour key so far: a key printed on one page holds for later ones
    geometry = _pdfium_document(source, password)
    with plumber_pages.open_pages(source, wanted, password) as pages:
        for page in pages:
            if geometry is not None:
                _read_objects_with_pdfium(geometry, page)
            view = _visible(page)
            fills = [rect for rect in view.rects if rect.get("fill")]
            key = colour_key.merge_keys(key, colour_key.page_colour_key(view, fills))
            fills = fills + icon_fills(view.curves)  # a traffic light drawn as a dot: a status cell's colour too
            closing, foot = open_sides(view), _open_foot(view) + _open_head(view)
            settings = {"explicit_vertical_lines": [_plumber_box(box, view) for box in closing]} if closing else {}
            if foot:
                settings["explicit_horizontal_lines"] = [_plumber_box(box, view) for box in foot]
            for table in _split_at_seams(view, view.find_tables(settings), settings):
                extracted = [
                    ([clean_cell(cell) for cell in row], table_row.cells)
                    for row, table_row in zip(extract_cells(table, table.page.chars), table.rows, strict=False)
                ]
                extracted = _join_split_rows(
                    _join_offset_columns([(row, boxes) for row, boxes in extracted if any(row)])
                )
                rows = [row for row, _ in extracted]
                if not rows or max(len(r) for r in rows) < 2:
                    continue
                title = None
                while len(rows) > 2 and _title_row(rows[0], extracted[0][1]) and not first_row_is_data(rows[1:]):
                    caption = " ".join(rows[0][0].split())  # a caption of one line or more ('... REPORT' / 'Year 2012')
                    title, rows, extracted = f"{title} {caption}" if title else caption, rows[1:], extracted[1:]
                listing = _text_column(rows) is not None
                lone_header = len(rows) == 1 and _header_at_foot(rows[0], table.bbox, view)
                if (
                    not listing
                    and not lone_header
                    and (
                        len(rows) < 2
                        and not _lone_log_row(rows[0])
                        and not _may_go_on(found, page, rows[0])
                        or _not_a_data_table(rows)
                    )
                ):
                    continue
                turn = _text_direction(view, table.bbox)
                if turn:
                    rows = upright_rows(rows, turn)
                    extracted = [(row, []) for row in rows]
                headerless = not lone_header and not turn and (listing or len(rows) < 2 or first_row_is_data(rows))
                while not headerless and len(rows) > 2 and is_unit_row(rows[1], rows[0]):
                    rows = [[join_cells(top, unit) for top, unit in zip(*rows[:2], strict=False)], *rows[2:]]
                    extracted = [(rows[0], extracted[0][1]), *extracted[2:]]
                tops = spread_group_names(rows[0], extracted[0][1])
                if (
                    not headerless
                    and len(rows) > 2
                    and (_header_goes_on(rows[0], rows[1]) or _header_goes_on(tops, rows[1]))  # 'Timescale' over two
                ):
                    rows = [[join_cells(top, under) for top, under in zip(tops, rows[1], strict=False)], *rows[2:]]
                    extracted = [(rows[0], extracted[1][1]), *extracted[2:]]
                elif (
                    not headerless
                    and len(rows) > 2
                    and (grouped := grouped_header(*rows[:2], *(b for _, b in extracted[:2])))
                ):
                    # a group's name over columns of dates or figures ('Year ending' over '31 March 2024 £')
                    rows = [grouped, *rows[2:]]
                    extracted = [(rows[0], extracted[1][1]), *extracted[2:]]
                header, body = ([], rows) if headerless else (rows[0], rows[1:])
                fields = table_fields(header, body)
                status_column = _field_column(fields, "rag", "status", "progress")
                inherited = (
                    (status_column is None or holds_a_sentence(header))
                    and bool(found)
                    and found[-1].page_end == page.page_number - 1
                )
                if inherited:
                    # perhaps the rest of the table above, without its header row: shaded in the same column (a
                    # first row taken for a header names no column: 'Update the website …' is no 'Update' column)
                    status_column = _inherited_status_column(found, page.page_number, len(rows[0]))
                colours = first_colour = None
                if status_column is not None and fills and not turn:
                    shaded = extracted if headerless else extracted[1:]
                    colours = [_cell_colour(boxes, status_column, fills, key) for _, boxes in shaded]
                    first_colour = _cell_colour(extracted[0][1], status_column, fills, key) if inherited else None
                found.append(
                    Table(
                        title=title,
                        n_rows=len(body),
                        n_cols=len(rows[0]),
                        header=header,
                        rows=body,
                        status_colours=colours if colours and any(colours) else None,
                        page_start=page.page_number,
                        page_end=page.page_number,
                        bbox=tuple(round(v, 1) for v in table.bbox),
                        provenance=Provenance(
                            document=document_id,
                            page=page.page_number,
                            bbox=tuple(round(v, 1) for v in table.bbox),
                            method="pdfplumber:find_tables"
                            + ("+turned-upright" if turn else "")
                            + (LONE_HEADER if lone_header else ""),
                        ),
                    )
                )
                _mark_spanning(
                    found[-1],
                    {
                        index
                        for index, (_, boxes) in enumerate(extracted if headerless else extracted[1:])
                        if len(boxes) >= 3 and boxes[0] is not None and all(box is None for box in boxes[1:])
                    },
                )
                # Word's cells merged down over rows (a lead over two actions): the plan reader fills them from above
                mark_merged_down(
                    found[-1], cells_merged_down([b for _, b in (extracted if headerless else extracted[1:])])
                )
                if first_colour and first_row_colours is not None:
                    first_row_colours[id(found[-1])] = first_colour
                edges[id(found[-1])] = _column_edges([boxes for _, boxes in extracted if boxes], table.bbox[2])
                if listing or (len(rows) < 2 and not lone_header):
                    weak[id(found[-1])] = "listing" if listing else "lone"
            page.close()
    if geometry is not None:
        geometry.close()
    return _drop_lone_rows(found, weak, edges, listings)


def _inherited_status_column(found: list[Table], page_number: int, n_cols: int) -> int | None:
    """The status column of the table this page's headerless grid may go on from: named by the nearest header of
    the grids of as many columns on the pages before, page after page (the third page of a log takes the first's
    header; a continuation's first row, read as its header until the pages are joined, names none)."""
    expected = page_number - 1
    for table in reversed(found):
        if table.page_end != expected or table.n_cols != n_cols:
            return None
        column = _field_column(table_fields(table.header, table.rows), "rag", "status", "progress")
        if column is not None and not holds_a_sentence(table.header):
            return column
        expected = table.page_start - 1
    return None


def _join_offset_columns(extracted: list[tuple[list[str], list]]) -> list[tuple[list[str], list]]:
    """Join neighbouring columns that no row divides: the column rule drawn at one place in the
    header and a little further on in the body (or moving from one block of rows to the next)
    makes two narrow columns, each row a cell in one of them and a span over the other."""
    if not extracted or any(len(boxes) != len(extracted[0][1]) for _, boxes in extracted):
        return extracted
    column = 0
    while column + 1 < len(extracted[0][1]):
        pair = [(boxes[column], boxes[column + 1]) for _, boxes in extracted]
        if (
            all(left is None or right is None for left, right in pair)
            and any(right is not None for _, right in pair)
            and any(left is not None for left, _ in pair)
        ):
            extracted = [
                (
                    [*row[:column], " ".join(filter(None, row[column : column + 2])), *row[column + 2 :]],
                    [
                        *boxes[:column],
                        boxes[column] if boxes[column] is not None else boxes[column + 1],
                        *boxes[column + 2 :],
                    ],
                )
                for row, boxes in extracted
            ]
        else:
            column += 1
    return extracted


def _join_split_rows(extracted: list[tuple[list[str], list]]) -> list[tuple[list[str], list]]:
    """A row holding only its first cell, while every other cell of the row above runs down past it
    (merged over both), is the rest of that row: a rule drawn across the first column alone (a name
    wrapped in a tall row, 'CYPE /' over 'DCED') splits it. A heading row spanning the table has a
    first cell as wide as the table, and the cells above it end where it starts."""
    out: list[tuple[list[str], list]] = []
    for row, boxes in extracted:
        if out and len(boxes) >= 2 and boxes[0] is not None and all(box is None for box in boxes[1:]):
            above, above_boxes = out[-1]
            first = above_boxes[0] if above_boxes else None
            if (
                first is not None
                and len(above_boxes) == len(boxes)
                and abs(first[2] - boxes[0][2]) <= 1
                and all(box is not None and box[3] >= boxes[0][3] - 1 for box in above_boxes[1:])
            ):
                joined = [join_cells(above[0], row[0]), *above[1:]]
                out[-1] = (joined, [(first[0], first[1], first[2], boxes[0][3]), *above_boxes[1:]])
                continue
        out.append((row, boxes))
    return out


def _title_row(row: list[str], boxes: list) -> bool:
    """A first row of one cell spanning the grid, holding a short heading (the table's caption
    printed inside its frame, 'GENERAL GOVERNMENT RESERVES PLAN'), over the column header; or a
    spreadsheet's title in its first cell, run on over the next columns (their printed gridlines
    broken under it) with the rest of the row empty."""
    text = " ".join(row[0].split())
    spanning = all(box is None for box in boxes[1:])
    run_on = len(boxes) >= 3 and boxes[1] is None and not any(cell.strip() for cell in row[1:])
    return (
        len(boxes) >= 2
        and boxes[0] is not None
        and (spanning or run_on)
        and 0 < len(text.split()) <= MAX_TITLE_WORDS
        and text[-1] not in ".,;:"
    )


def _text_direction(page, bbox: tuple[float, float, float, float]) -> int:
    """0 for upright text in the table; 90 when it reads bottom to top, -90 when top to bottom."""
    x0, top, x1, bottom = bbox
    down = up = upright = 0
    for char in page.chars:
        if not (x0 <= char["x0"] <= x1 and top <= char["top"] <= bottom) or not char["text"].strip():
            continue
        if char.get("upright", True):
            upright += 1
            continue
        b = char["matrix"][1]
        if b < 0:
            down += 1
        elif b > 0:
            up += 1
    if down + up <= upright:
        return 0
    return -90 if down >= up else 90


def upright_rows(rows: list[list[str]], turn: int) -> list[list[str]]:
    """A grid read off the page as printed, turned so that its text reads left to right.

    ``turn`` -90: the text runs down the page (its lines advance leftwards); 90: it runs up.
    """
    width = max(len(row) for row in rows)
    grid = [row + [""] * (width - len(row)) for row in rows]
    height = len(grid)
    if turn == -90:
        return [[grid[c][width - 1 - r] for c in range(height)] for r in range(width)]
    return [[grid[height - 1 - c][r] for c in range(height)] for r in range(width)]


MIN_OPEN_RULES = 3  # row rules ending together where no column rule closes them: an open-sided grid


def _vertical_rules(page) -> list[dict]:
    """Vertical rules as drawn: lines, thin filled bars and the sides of stroked boxes; not the
    sides of a shaded cell's fill, which are no rule to close a grid with."""
    rules = []
    for rect in page.rects:
        width, height = rect["x1"] - rect["x0"], rect["bottom"] - rect["top"]
        if height < 3:
            continue
        if rect.get("stroke"):
            rules += [{"x0": rect["x0"], "top": rect["top"], "bottom": rect["bottom"]}]
            rules += [{"x0": rect["x1"], "top": rect["top"], "bottom": rect["bottom"]}]
        elif rect.get("fill") and width <= 2:
            rules.append({"x0": (rect["x0"] + rect["x1"]) / 2, "top": rect["top"], "bottom": rect["bottom"]})
    for line in page.lines:
        if abs(line["x1"] - line["x0"]) <= 1 and line["bottom"] - line["top"] >= 3:
            rules.append({"x0": line["x0"], "top": line["top"], "bottom": line["bottom"]})
    return rules


def _ends_there(rule: tuple[int, float, float], side: int, rules: list[tuple[int, float, float]]) -> bool:
    """Whether a row rule's end (``side`` 1: left, 2: right) is where the row's rule ends: no other rule at its
    height (within END_REACH) runs on past it. A scan's rule is found as several (its two edges and its ink, a
    piece broken at a letter's descender): one piece's end inside the table is no side of it."""
    end = rule[side]
    return not any(
        abs(other[0] - rule[0]) <= END_REACH and other[1] < end - END_REACH and other[2] > end + END_REACH
        for other in rules
    )


END_REACH = 2.0  # pt: row rules ending this close end together (a scan's rules end a pixel or two apart)


def _ends_together(rules: list[tuple[int, float, float]], side: int) -> dict[float, list[tuple[int, float, float]]]:
    """Row rules grouped by where they end (``side`` 1: their left ends, 2: their right ends), each group keyed
    by its first rule's end, rounded; rules ending within END_REACH of the one before are one group."""
    groups: dict[float, list[tuple[int, float, float]]] = {}
    last: float | None = None
    for rule in sorted(rules, key=lambda rule: rule[side]):
        if last is None or rule[side] - last > END_REACH:
            key = float(round(rule[side]))
            groups[key] = []
        groups[key].append(rule)
        last = rule[side]
    return groups


MIN_SEAM_RULES = 3  # row rules on each side of a seam that make two grids of it
SEAM_TOLERANCE = 3.0  # pt


def _split_at_seams(page, found: list, settings: dict) -> list:
    """Two grids set side by side, touching (slides with two tables on one slide): pdfplumber reads
    them as one table of both sets of columns. They meet at a column rule that no row rule crosses,
    with row rules on either side at other heights; each side is read as a table of its own."""
    out = []
    for table in found:
        seam = _seam(page, table.bbox)
        if seam is None:
            out.append(table)
            continue
        x0, top, x1, bottom = table.bbox
        for box in ((x0 - 1, top - 1, seam + 0.5, bottom + 1), (seam - 0.5, top - 1, x1 + 1, bottom + 1)):
            box = (max(box[0], 0), max(box[1], 0), min(box[2], float(page.width)), min(box[3], float(page.height)))
            out.extend(page.crop(box).find_tables(settings))
    return out


def _seam(page, bbox: tuple[float, float, float, float]) -> float | None:
    x0, top, x1, bottom = bbox
    # an edge of the grid lies within its box across its length and overlaps it along it: a rule may run a point
    # or two past the grid's sides, as a scan's rules read from pixels do
    edges = [
        edge
        for edge in page.edges
        if edge["x1"] - edge["x0"] >= SEAM_TOLERANCE or edge["bottom"] - edge["top"] >= SEAM_TOLERANCE
        if (
            edge["orientation"] == "h"
            and top - 1 <= edge["top"] <= bottom + 1
            and edge["x0"] < x1 - 1
            and edge["x1"] > x0 + 1
        )
        or (
            edge["orientation"] == "v"
            and x0 - 1 <= edge["x0"] <= x1 + 1
            and edge["top"] < bottom - 1
            and edge["bottom"] > top + 1
        )
    ]
    rows = [edge for edge in edges if edge["orientation"] == "h"]
    columns = sorted({round(edge["x0"], 1) for edge in edges if edge["orientation"] == "v"})
    for x in columns:
        if x - x0 < 30 or x1 - x < 30:
            continue
        if any(edge["x0"] < x - SEAM_TOLERANCE and edge["x1"] > x + SEAM_TOLERANCE for edge in rows):
            continue
        left = sorted({edge["top"] for edge in rows if edge["x1"] <= x + SEAM_TOLERANCE})
        right = sorted({edge["top"] for edge in rows if edge["x0"] >= x - SEAM_TOLERANCE})
        if len(left) < MIN_SEAM_RULES or len(right) < MIN_SEAM_RULES:
            continue
        apart = [y for y in right if all(abs(y - other) > 1.5 for other in left)]
        if len(apart) >= len(right) / 2:
            return x
    return _seam_between_feet(edges, x0, x1)


SEAM_FOOT_SPREAD = 1.5  # pt: the column rules of one grid end this close to one foot
SEAM_FOOT_APART = 3.0  # pt: two grids' feet this far apart are two grids
SEAM_END_REACH = 6.0  # pt: the left grid's rules across end this close to the seam


def _seam_between_feet(edges: list[dict], x0: float, x1: float) -> float | None:
    """Two grids side by side whose rules across meet or run into each other (a scan's rules read from pixels, or
    rows set level by chance), told apart by their column rules: those of each grid end at one foot, and the two
    feet differ. The seam is the column rule where the left grid's own rules across (those from the table's left
    side that stop short of its right side) end; its own foot may be either grid's, as both may draw it."""
    feet: dict[float, float] = {}
    for edge in edges:
        if edge["orientation"] == "v":
            x = round(edge["x0"], 1)
            feet[x] = max(feet.get(x, edge["bottom"]), edge["bottom"])
    feet = _one_foot_a_column(feet)
    ends = sorted(
        edge["x1"]
        for edge in edges
        if edge["orientation"] == "h" and edge["x0"] <= x0 + SEAM_END_REACH and edge["x1"] < x1 - 30
    )
    if not ends:
        return None
    left_end = ends[len(ends) // 2]
    columns = sorted(feet)
    for index, x in enumerate(columns):
        if index < 2 or len(columns) - index < 3 or abs(x - left_end) > SEAM_END_REACH:
            continue
        left, right = [feet[c] for c in columns[:index]], [feet[c] for c in columns[index + 1 :]]
        if (
            max(left) - min(left) <= SEAM_FOOT_SPREAD
            and max(right) - min(right) <= SEAM_FOOT_SPREAD
            and abs(max(left) - max(right)) > SEAM_FOOT_APART
        ):
            return x
    return None


SEAM_RULE_WIDTH = 1.5  # pt between the edges pdfplumber reads along one column rule of a scan (read from pixels)


def _one_foot_a_column(feet: dict[float, float]) -> dict[float, float]:
    """Column rules' feet by their x, the rules standing within SEAM_RULE_WIDTH of each other taken as one: the
    rule its middle, its foot the lowest. A rule read from a scan's pixels is a box a few pixels wide whose sides
    pdfplumber reads as edges of their own, and a piece of it broken off at a row (a grid's side standing a little
    short of its foot) must not read as another column with a foot of its own (stop 48: Nipissing's capital and
    reserves grids side by side, as a picture)."""
    return {
        round(statistics.median(xs), 1): max(feet[x] for x in xs) for xs in cluster_list(sorted(feet), SEAM_RULE_WIDTH)
    }


def _row_rules(page) -> list[tuple[int, float, float]]:
    """Horizontal rules as (top, x0, x1), the segments a grid draws cell by cell joined into runs 30 pt or wider."""
    rows: dict[int, list[list[float]]] = {}
    for edge in sorted(
        (edge for edge in page.edges if edge["orientation"] == "h" and edge["x1"] - edge["x0"] >= 1),
        key=lambda e: e["x0"],
    ):
        runs = rows.setdefault(round(edge["top"]), [])
        if runs and edge["x0"] <= runs[-1][1] + 1:
            runs[-1][1] = max(runs[-1][1], edge["x1"])
        else:
            runs.append([edge["x0"], edge["x1"]])
    return [(top, x0, x1) for top, runs in rows.items() for x0, x1 in runs if x1 - x0 >= 30]


# column rules stopping (starting) together beyond the last (first) row rule: a row a page broke
MIN_BROKEN_ROW_RULES = 3
EDGE_SHARE = 0.2  # ... where they stop in the last fifth of the page (start in the first fifth)


def _open_foot(page) -> list[dict]:
    """The bottom rule a grid lacks where the page end broke a row (Word's 'allow row to break across pages'
    and reportlab's split rows leave the broken row open): three or more column rules stop together low on the
    page, below the last row rule crossing them all. Without a rule there pdfplumber drops the row's upper part."""
    return _open_edge(page, foot=True)


def _open_head(page) -> list[dict]:
    """The top rule a grid lacks where the page end broke a row on the page before (its rest printed under no rule
    at the top of this page, round 54): three or more column rules start together high on the page, above the first
    row rule crossing them all. Without a rule there pdfplumber drops the rest of the row."""
    return _open_edge(page, foot=False)


def _open_edge(page, *, foot: bool) -> list[dict]:
    """The rule closing column rules that end together (``foot``: their bottoms, else their tops) near the page's
    edge, beyond every row rule that crosses them all."""
    rules = _row_rules(page)
    edge_key, far_key = ("bottom", "top") if foot else ("top", "bottom")
    ends: dict[int, list[dict]] = {}
    for edge in _vertical_rules(page):
        ends.setdefault(round(edge[edge_key]), []).append(edge)
    height = float(page.height)
    closing = []
    for y, group in ends.items():
        xs = sorted({round(edge["x0"], 1) for edge in group})
        near_edge = y >= (1 - EDGE_SHARE) * height if foot else y <= EDGE_SHARE * height
        if len(xs) < MIN_BROKEN_ROW_RULES or not near_edge:
            continue
        left, right = xs[0], xs[-1]
        # the column rules' other ends, innermost: the row rules crossing all of them lie between
        inner = max(edge[far_key] for edge in group) if foot else min(edge[far_key] for edge in group)
        spanning = [
            rule_y
            for rule_y, x0, x1 in rules
            if x0 <= left + 2 and x1 >= right - 2 and (inner - 2 <= rule_y if foot else rule_y <= inner + 2)
        ]
        if spanning and (max(spanning) < y - 2 if foot else min(spanning) > y + 2):
            closing.append({"x0": float(left), "x1": float(right), "top": float(y), "bottom": float(y)})
    return closing


def open_sides(page, reach: float = 2.0) -> list[dict]:
    """Column rules a grid drawn without its outer side(s) lacks (slide and Word tables printed
    with no left or right border): where three or more row rules end at the same x, no vertical
    rule stands there, and column rules cross those row rules inside, the last column runs to the
    rules' end. Without it pdfplumber loses the outer column and any row rule spanning the table.
    ``reach`` (points): how far off the rules' end a side rule may stand, and short of a band's rules it may
    stop, and still close it (a scan's rules found in its picture stand and end a few points off)."""
    rules = _row_rules(page)
    columns = _vertical_rules(page)
    closing = []
    for side in (1, 2):
        for end, group in _ends_together([rule for rule in rules if _ends_there(rule, side, rules)], side).items():
            tops = sorted({top for top, _, _ in group})
            tops = [top for index, top in enumerate(tops) if index == 0 or top - tops[index - 1] > 2]
            if len(tops) < MIN_OPEN_RULES:
                continue
            inner = max(x0 for _, x0, _ in group) + reach + 1, min(x1 for _, _, x1 in group) - reach - 1
            near = [edge for edge in columns if edge["top"] <= tops[-1] and edge["bottom"] >= tops[0]]
            sides = [edge for edge in near if abs(edge["x0"] - end) <= reach]
            inside = [edge for edge in near if inner[0] < edge["x0"] < inner[1]]
            stop = reach / 2  # 1 pt for a drawn grid
            bands = [
                (
                    any(edge["top"] <= upper + stop and edge["bottom"] >= lower - stop for edge in inside),
                    any(edge["top"] <= upper + stop and edge["bottom"] >= lower - stop for edge in sides),
                )
                for upper, lower in zip(tops, tops[1:], strict=False)
            ]
            for index, (divided, closed) in enumerate(bands):
                # a band between two row rules that column rules divide but no side rule closes;
                # an undivided band just above such a band (a title or section row) closes with it
                title = not divided and not closed and index + 1 < len(bands) and bands[index + 1] == (True, False)
                if (divided or title) and not closed:
                    upper, lower = float(tops[index]), float(tops[index + 1])
                    if closing and closing[-1]["x0"] == end and closing[-1]["bottom"] == upper:
                        closing[-1]["bottom"] = lower
                    else:
                        closing.append({"x0": float(end), "x1": float(end), "top": upper, "bottom": lower})
    return closing
