"""Tables on searchable scans: a page that is one picture (the scan) with its text layer drawn invisibly over it
(OCRmyPDF, Acrobat's 'Recognize text', scanner software). Such a page has no vector ruling, so the ruled reader
never runs on it; its words are exact. The page is read as a scan for its geometry and as text for its words: the
rules are found in the picture's pixels as :mod:`.scanned` finds them on OCR'd scans, and the cells' fills (status
colours, shaded headers) from its colours; both are drawn as vector ruling and fills on a copy of the page in
memory, and the ruled reader (:func:`.ruled._ruled_tables`) cuts the text layer's characters into the cells and
reads fills as it reads a born-digital page's. No Tesseract: it runs in fast mode when OpenCV is importable.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial

from ..models import Table
from ..pdf import PageLayout
from .page_objects import _pdfium_document
from .ruled import _ruled_tables
from .scan_rules import JOIN_REACH, picture_rules, spans
from .scanned import MAX_LISTING_ROWS, MAX_SLIVER, _contained
from .word_tables import _stacked_header_at

logger = logging.getLogger(__name__)

PICTURE_SHARE = 0.8  # of the page's area one picture covers for the page to be a scan
TEXT_ON_PICTURE = 0.8  # of the text layer's lines lying on that picture
RULES_DPI = 300  # the page rendered at this resolution for its rules (scan_rules.py's thresholds are set for it)
METHOD_PREFIX = "picture-rules:"  # provenance: ruling read from the scan's pixels, words from its text layer

# a cell's fill in the picture: pixels neither paper nor ink, in patches at least this large (points)
MIN_FILL_WIDTH = 8.0
MIN_FILL_HEIGHT = 6.0
FILL_OPEN = 2.5  # points: an opening this wide clears letters' edges and thin grey rules from the fill mask
MIN_FILL_SOLIDITY = 0.5  # of a patch's box its fill pixels cover (a cell's text leaves holes)
PAPER_LEVEL = 235  # value (0-255) above which an unsaturated pixel is paper
INK_VALUE = 90  # value under which a pixel is ink
COLOUR_SATURATION = 40  # saturation (0-255) over which a pixel is coloured


@dataclass
class _Drawing:
    """What the picture of one page shows of a table's geometry, in display points: rules and filled boxes."""

    rules: list[dict] = field(default_factory=list)
    fills: list[tuple[tuple[float, float, float, float], tuple[float, float, float]]] = field(default_factory=list)


def searchable_pages(pages: list[PageLayout]) -> list[int]:
    """Pages of a searchable scan: a text layer whose lines lie on one page-sized picture, no vector grid."""
    return [
        page.number
        for page in pages
        if page.grid == 0
        and page.method != "ocr"
        and not page.picture_regions
        and page.has_text_layer
        and page.largest_picture is not None
        and _clipped_area(page.largest_picture, page.width, page.height) >= PICTURE_SHARE * page.width * page.height
        and _text_on(page.largest_picture, page)
    ]


def _clipped_area(box: tuple[float, float, float, float], width: float, height: float) -> float:
    x0, top, x1, bottom = box
    return max(0.0, min(x1, width) - max(x0, 0.0)) * max(0.0, min(bottom, height) - max(top, 0.0))


def _text_on(box: tuple[float, float, float, float], layout: PageLayout) -> bool:
    x0, top, x1, bottom = box
    lines = [line for line in layout.lines if line.text.strip()]
    inside = [
        line for line in lines if x0 <= (line.x0 + line.x1) / 2 <= x1 and top <= (line.top + line.bottom) / 2 <= bottom
    ]
    return len(inside) >= TEXT_ON_PICTURE * len(lines)


def searchable_tables(
    source,
    numbers: list[int],
    layouts: dict[int, PageLayout],
    document_id: str,
    password: str | None,
    first_row_colours: dict | None = None,
    listings: set[int] | None = None,
    warnings: list[str] | None = None,
) -> list[Table]:
    """Ruled tables of the searchable scan pages ``numbers``: each page's rules and fills read from its picture
    (a page whose reading fails loses only its own tables, said in ``warnings``), drawn on a copy of the document,
    read by the ruled reader (its words the text layer's)."""
    try:
        import cv2
        import numpy as np
    except ImportError:  # pragma: no cover - OpenCV absent
        return []
    geometry = _pdfium_document(source, password)
    if geometry is None:
        return []
    drawings: dict[int, _Drawing] = {}
    try:
        for number in numbers:
            read = _contained(
                source, number, lambda n=number: _as_list(_page_drawing(cv2, np, geometry, layouts[n])), warnings
            )
            if read and read[0].rules:
                drawings[number] = read[0]
    finally:
        geometry.close()
    if not drawings:
        return []
    try:
        found = _drawn_tables(source, drawings, document_id, password, first_row_colours, listings)
    except Exception:  # one page's failure must not cost the others: each page read on its own, contained
        logger.info("searchable pages read together failed; reading each on its own", exc_info=True)
        found = [
            table
            for number, drawing in drawings.items()
            for table in _contained(
                source,
                number,
                partial(_drawn_tables, source, {number: drawing}, document_id, password, first_row_colours, listings),
                warnings,
            )
        ]
    found = [
        _without_sliver_columns(table, drawings[table.page_start].rules if table.page_start in drawings else [])
        for table in found
        if not (table.n_rows < MAX_LISTING_ROWS and _stacked_header_at(layouts[table.page_start].lines) is not None)
    ]
    for table in found:
        table.provenance.method = METHOD_PREFIX + table.provenance.method
    return found


def _without_sliver_columns(table: Table, rules: list[dict]) -> Table:
    """The table without its sliver columns, empty in every row, its header's too: a rule the scan shows doubled
    (a form's double rules, a thick rule's two edges a little too far apart to merge) cuts a column of no text,
    narrower than a word (scanned.MAX_SLIVER). An empty column of the grid's own width stays (an Update column empty
    on the page a log goes on to); where the columns' widths cannot be told from the rules down, every empty column
    goes."""
    rows = [table.header, *table.rows] if table.header else table.rows
    width = max((len(row) for row in rows), default=0)
    widths = _column_widths(table, rules, width)
    kept = [
        column
        for column in range(width)
        if any(column < len(row) and row[column].strip() for row in rows)
        or (widths is not None and widths[column] >= MAX_SLIVER)
    ]
    if len(kept) == width or len(kept) < 2:
        return table
    header = [table.header[column] for column in kept if column < len(table.header)] if table.header else []
    body = [[row[column] for column in kept if column < len(row)] for row in table.rows]
    table.header, table.rows, table.n_cols = header, body, len(kept)  # in place: the ruled reader keys by id(table)
    return table


def _column_widths(table: Table, rules: list[dict], columns: int) -> list[float] | None:
    """The widths of the table's ``columns`` columns from the rules down running over half its height or more, or
    None when those rules do not part it into that many columns (cells merged across, rules not found)."""
    if table.bbox is None:
        return None
    x0, top, x1, bottom = table.bbox
    positions: list[float] = []
    for x in sorted(
        rule["x0"]
        for rule in rules
        if rule["x0"] == rule["x1"]
        and x0 - CELL_REACH <= rule["x0"] <= x1 + CELL_REACH
        and min(rule["bottom"], bottom) - max(rule["top"], top) >= (bottom - top) / 2
    ):
        if not positions or x - positions[-1] > 1.0:
            positions.append(x)
    if len(positions) != columns + 1:
        return None
    return [right - left for left, right in zip(positions, positions[1:], strict=False)]


def _as_list(drawing: _Drawing | None) -> list:
    return [drawing] if drawing is not None else []


def _drawn_tables(
    source,
    drawings: dict[int, _Drawing],
    document_id: str,
    password: str | None,
    first_row_colours: dict | None,
    listings: set[int] | None,
) -> list[Table]:
    with _drawn_copy(source, drawings, password) as copy:
        return _ruled_tables(copy, sorted(drawings), document_id, None, first_row_colours, listings)


def _page_drawing(cv2, np, geometry, layout: PageLayout) -> _Drawing | None:
    """The rules (as scan_rules.py finds them on a scan, without turning it square: the text layer lies on the
    picture as it is) and filled boxes of one page's picture; None when it holds too few rules for a table."""
    page = geometry[layout.number - 1]
    try:
        rgb = np.ascontiguousarray(np.array(page.render(scale=RULES_DPI / 72).to_pil().convert("RGB")))
    finally:
        page.close()
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    scale = float(layout.width) / grey.shape[1]
    rules = picture_rules(cv2, np, grey, scale)
    if not rules:
        return None
    rules = _trimmed_rules(_merged_rules(_merged_rules(rules)))
    rules += _crossed_gaps_closed(rules)
    fills = [(cell, colour) for box, colour in _fills(cv2, np, rgb, scale) if (cell := _shaded_cell(box, rules))]
    return _Drawing(rules, fills)


CELL_REACH = 4.0  # points between a fill's side and the rule it is shaded up to


def _shaded_cell(box: tuple[float, float, float, float], rules: list[dict]) -> tuple[float, float, float, float] | None:
    """The cell of the grid a fill shades: its box with each side moved onto the rule running along it, or None
    when a side has no rule (a coloured badge or a picture's patch off the grid is no cell). A scan's fill stops a
    pixel or two short of its rules; drawn there, its sides would be rules of their own cutting sliver cells."""
    x0, top, x1, bottom = box
    middle_x, middle_y = (x0 + x1) / 2, (top + bottom) / 2
    across = [rule["top"] for rule in rules if rule["top"] == rule["bottom"] and rule["x0"] <= middle_x <= rule["x1"]]
    down = [rule["x0"] for rule in rules if rule["x0"] == rule["x1"] and rule["top"] <= middle_y <= rule["bottom"]]
    head, left, foot, right = _nearest(across, top), _nearest(down, x0), _nearest(across, bottom), _nearest(down, x1)
    if head is None or left is None or foot is None or right is None:
        return None
    return left, head, right, foot


def _nearest(positions: list[float], position: float) -> float | None:
    near = [other for other in positions if abs(other - position) <= CELL_REACH]
    return min(near, key=lambda other: abs(other - position)) if near else None


TRIM_REACH = 6.0  # points a rule may run past the last rule it crosses and still end there (a thick side rule)


MAX_CROSSED_GAP = 20.0  # points: the longest break in a rule down that a cell's words running over it make


def _crossed_gaps_closed(rules: list[dict]) -> list[dict]:
    """A rule down broken within a row, where a cell's words run on over it ('Commenced' set wider than its
    Timescale column), is closed over the break: its two pieces lie in line, the break is short and no rule across
    meets it there, so the row is still parted at that column. The text layer's words are then given to cells whole
    (:func:`.cells._glyphs_by_word`); the scanned reader, which reads each cell's own picture, keeps the break (a
    closed rule would cut 'Commenced' in two under OCR)."""
    across = [rule for rule in rules if rule["top"] == rule["bottom"]]
    down = sorted((rule for rule in rules if rule["top"] != rule["bottom"]), key=lambda rule: rule["top"])
    closing: list[dict] = []
    for upper in down:
        lower = next(
            (
                rule
                for rule in down
                if abs(rule["x0"] - upper["x0"]) <= JOIN_REACH
                and JOIN_REACH < rule["top"] - upper["bottom"] <= MAX_CROSSED_GAP
            ),
            None,
        )
        if lower is None or any(
            upper["bottom"] - JOIN_REACH <= line["top"] <= lower["top"] + JOIN_REACH and spans(line, upper["x0"])
            for line in across
        ):
            continue
        x = (upper["x0"] + lower["x0"]) / 2
        closing.append({"x0": x, "top": upper["bottom"], "x1": x, "bottom": lower["top"]})
    return closing


def _trimmed_rules(rules: list[dict]) -> list[dict]:
    """The rules with each end that runs a little past the outermost rule it crosses cut back to that rule. A
    scan's rules across are found from their own pixels and stop a point or two beyond the grid's sides (and rules
    down beyond its top and foot); read so, the ruled reader closes the grid at their ends, a sliver column of no
    text at each side."""
    across = [(rule, rule["top"], rule["x0"], rule["x1"]) for rule in rules if rule["top"] == rule["bottom"]]
    down = [(rule, rule["x0"], rule["top"], rule["bottom"]) for rule in rules if rule["top"] != rule["bottom"]]
    trimmed = []
    for ruling, others, (start, end) in ((across, down, ("x0", "x1")), (down, across, ("top", "bottom"))):
        for rule, level, first, last in ruling:
            crossing = sorted(
                position
                for _, position, low, high in others
                if low - TRIM_REACH <= level <= high + TRIM_REACH
                and first - TRIM_REACH <= position <= last + TRIM_REACH
            )
            rule = dict(rule)
            if crossing and 0 < crossing[0] - first <= TRIM_REACH:
                rule[start] = crossing[0]
            if crossing and 0 < last - crossing[-1] <= TRIM_REACH:
                rule[end] = crossing[-1]
            trimmed.append(rule)
    return trimmed


MERGE_REACH = 3.5  # points: parallel rules this close that overlap are one rule (a thick rule's two edges)


def _merged_rules(rules: list[dict]) -> list[dict]:
    """The rules with each bunch of parallel rules lying within MERGE_REACH of each other and overlapping along
    their length made one (a scan's rule is found as a dark line and as the steps in tone either side of it, and
    a thick rule twice): a vector grid draws each rule once, and rules a point apart cut slivers of cells."""
    merged: list[dict] = []
    for horizontal in (True, False):
        position, start, end = ("top", "x0", "x1") if horizontal else ("x0", "top", "bottom")
        group = sorted(
            (rule for rule in rules if (rule["top"] == rule["bottom"]) == horizontal), key=lambda r: r[position]
        )
        kept: list[dict] = []
        for rule in group:
            near = next(
                (
                    other
                    for other in kept
                    if rule[position] - other[position] <= MERGE_REACH
                    and _joined_along(rule, other, start, end, abs(rule[position] - other[position]))
                ),
                None,
            )
            if near is None:
                kept.append(dict(rule))
                continue
            near[start], near[end] = min(near[start], rule[start]), max(near[end], rule[end])
        for rule in kept:
            if horizontal:
                rule["bottom"] = rule["top"]
            else:
                rule["x1"] = rule["x0"]
        merged.extend(kept)
    return merged


COLLINEAR = 1.0  # points: rules this close in level are pieces of one rule when their ends lie MERGE_REACH apart
PIECE_GAP = 2.0  # points: rules whose ends lie this close are pieces of one rule within MERGE_REACH in level


def _joined_along(rule: dict, other: dict, start: str, end: str, apart: float) -> bool:
    """Whether two parallel rules ``apart`` points apart are one: they overlap along their length (a thick rule's
    two edges), or one goes on where the other stops (a scan's rule broken where another crosses it: the gap about a
    rule's width, the pieces a little out of line when the sheet lay askew), or they lie in one line with their ends
    within MERGE_REACH. The rules of two grids set side by side, a few points apart and out of line, stay two."""
    gap = max(rule[start], other[start]) - min(rule[end], other[end])
    return gap < 0 or gap <= PIECE_GAP or (apart <= COLLINEAR and gap <= MERGE_REACH)


def _fills(cv2, np, rgb, scale: float) -> list[tuple[tuple[float, float, float, float], tuple[float, float, float]]]:
    """Patches of fill colour in the picture (cells shaded red, amber, green or grey): pixels neither paper nor
    ink, opened to clear letters' edges, each patch's box in points with its median colour (0..1). Patches of
    different colours are found apart (:func:`_colour_classes`): two cells shaded orange and green meeting with no
    rule between them are two fills, not one spanning both rows."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    hue, saturation, value = hsv[:, :, 0], hsv[:, :, 1], hsv[:, :, 2]
    coloured = (saturation > COLOUR_SATURATION) & (value >= INK_VALUE)
    tinted = (value >= INK_VALUE) & (value <= PAPER_LEVEL) & ~coloured
    least = max(1, round(MIN_FILL_WIDTH * MIN_FILL_HEIGHT * MIN_FILL_SOLIDITY / scale**2))
    reach = max(round(FILL_OPEN / scale), 1)
    opening = cv2.getStructuringElement(cv2.MORPH_RECT, (reach, reach))
    fills = []
    for mask in [tinted, *_colour_classes(np, hue, coloured, least)]:
        mask = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_OPEN, opening)
        count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
        for label in range(1, count):
            x, y, w, h, pixels = (int(v) for v in stats[label])
            if w * scale < MIN_FILL_WIDTH or h * scale < MIN_FILL_HEIGHT or pixels < MIN_FILL_SOLIDITY * w * h:
                continue
            inside = labels[y : y + h, x : x + w] == label
            colour = np.median(rgb[y : y + h, x : x + w][inside], axis=0) / 255.0
            box = (x * scale, y * scale, (x + w) * scale, (y + h) * scale)
            fills.append((box, (float(colour[0]), float(colour[1]), float(colour[2]))))
    return sorted(fills, key=lambda fill: (fill[0][1], fill[0][0]))


HUE_SPREAD = 6  # OpenCV hue units (2 degrees each): a fill's hues in a JPEG scan spread this far about its own
HUE_REACH = 12  # hue units: a coloured pixel further than this from every fill's hue is a blend between fills


def _colour_classes(np, hue, coloured, least: int) -> list:
    """The coloured pixels parted by hue: one mask for each peak of the page's hue histogram (a fill colour the page
    uses: a hue counted at least ``least`` times and more than any within HUE_SPREAD of it), each pixel given to the
    nearest peak within HUE_REACH; the blend at the edge of two fills goes to either side or to neither, so two fills
    of different colours never join."""
    counts = np.bincount(hue[coloured], minlength=180).astype(float)
    spread = range(-HUE_SPREAD, HUE_SPREAD + 1)
    smooth = sum(np.roll(counts, shift) for shift in range(-2, 3))  # counts over five hues: JPEG noise evened out
    highest = np.max(np.stack([np.roll(smooth, shift) for shift in spread]), axis=0)
    peaks: list[int] = []
    for level in np.flatnonzero((smooth >= least) & (smooth >= highest)):
        if all(min(abs(int(level) - peak), 180 - abs(int(level) - peak)) > HUE_SPREAD for peak in peaks):
            peaks.append(int(level))
    if len(peaks) < 2:
        return [coloured] if peaks else []
    hues = hue.astype(np.int16)
    best = np.full(hue.shape, 255, dtype=np.int16)
    nearest = np.zeros(hue.shape, dtype=np.int8)
    for index, peak in enumerate(peaks):
        away = np.abs(hues - peak)
        away = np.minimum(away, 180 - away)
        closer = away < best
        best[closer], nearest[closer] = away[closer], index
    near = coloured & (best <= HUE_REACH)
    return [near & (nearest == index) for index in range(len(peaks))]


@contextmanager
def _drawn_copy(source, drawings: dict[int, _Drawing], password: str | None) -> Iterator[io.BytesIO]:
    """The document in memory with each page's drawing (rules stroked, fills filled) added over its content."""
    import pikepdf

    data = source.getvalue() if isinstance(source, io.BytesIO) else source
    opened = pikepdf.open(io.BytesIO(data) if isinstance(data, bytes) else data, password=password or "")
    try:
        for number, drawing in drawings.items():
            page = opened.pages[number - 1]
            frame = _Frame(tuple(float(v) for v in page.cropbox), int(page.obj.get("/Rotate", 0)) % 360)
            page.contents_add(opened.make_stream(b"q\n"), prepend=True)
            page.contents_add(opened.make_stream(b"\nQ\n" + _operators(drawing, frame)))
        out = io.BytesIO()
        opened.save(out)
    finally:
        opened.close()
    out.seek(0)
    yield out


@dataclass
class _Frame:
    """A page's CropBox (left, bottom, right, top in PDF space) and /Rotate: how its display points map to PDF space."""

    box: tuple[float, float, float, float]
    rotation: int = 0

    def to_pdf(self, x: float, y: float) -> tuple[float, float]:
        """A display point (from the shown page's top left, turned as shown) in PDF space."""
        left, bottom, right, top = min(self.box[0], self.box[2]), min(self.box[1], self.box[3]), *self.box[2:]
        width, height = abs(right - left), abs(top - bottom)
        if self.rotation == 90:  # shown turned a quarter clockwise: display x runs up the PDF page, y across it
            return left + y, bottom + x
        if self.rotation == 180:
            return left + width - x, bottom + y
        if self.rotation == 270:
            return left + width - y, bottom + height - x
        return left + x, bottom + height - y


def _operators(drawing: _Drawing, frame: _Frame) -> bytes:
    """Content-stream operators drawing ``drawing`` (display points from the shown page's top left) on the page."""
    parts = []
    for (x0, y0, x1, y1), (r, g, b) in drawing.fills:
        (ax, ay), (bx, by) = frame.to_pdf(x0, y0), frame.to_pdf(x1, y1)
        left, bottom = min(ax, bx), min(ay, by)
        parts.append(
            f"q {r:.3f} {g:.3f} {b:.3f} rg {left:.2f} {bottom:.2f} {abs(bx - ax):.2f} {abs(by - ay):.2f} re f Q"
        )
    for rule in drawing.rules:
        start = frame.to_pdf(rule["x0"], rule["top"])
        end = frame.to_pdf(rule["x1"], rule["bottom"])
        parts.append(f"q 0 0 0 RG 0.5 w {start[0]:.2f} {start[1]:.2f} m {end[0]:.2f} {end[1]:.2f} l S Q")
    return ("\n".join(parts) + "\n").encode()
