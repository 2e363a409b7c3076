"""A page's objects for pdfplumber: read by pypdfium2 instead of pdfminer, and without what prints
nothing or is not a table's (white cell boxes, gradients, slanted shapes, inlaid fills, line
highlights, a centred 'Page 13' stamp in the foot): _visible. Also pdfplumber's geometry for a drawn box.
"""

from __future__ import annotations

import io
import logging
import re

import pypdfium2 as pdfium

from .. import colour_key, pdfium_objects

# pdfminer (under pdfplumber) logs every damaged operator it skips; that is noise for our users.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _plumber_box(box: dict, page, **extra) -> dict:
    """pdfplumber's geometry keys for a box in display coordinates of an unrotated page."""
    height = float(page.height)
    item = {
        "x0": box["x0"],
        "x1": box["x1"],
        "top": box["top"],
        "bottom": box["bottom"],
        "y0": height - box["bottom"],
        "y1": height - box["top"],
        "width": box["x1"] - box["x0"],
        "height": box["bottom"] - box["top"],
        "doctop": float(page.initial_doctop) + box["top"],
        "page_number": page.page_number,
        "object_type": "line",
        "linewidth": 1.0,
        "stroke": True,
        "fill": False,
        "pts": [(box["x0"], box["top"]), (box["x1"], box["bottom"])],
    }
    item.update(extra)
    return item


def _read_objects_with_pdfium(geometry: pdfium.PdfDocument, page) -> None:
    """Fill the pdfplumber page's objects from pypdfium2, so pdfminer never parses the page."""
    pdfium_page = geometry[page.page_number - 1]
    try:
        if pdfium_objects.fits(pdfium_page, page):
            page._objects = pdfium_objects.plumber_objects(pdfium_page, page)
    finally:
        pdfium_page.close()


def _pdfium_document(source, password: str | None) -> pdfium.PdfDocument | None:
    """The same PDF opened by pypdfium2, whose page objects stand in for pdfminer's (see
    :mod:`agendaparse.pdfium_objects`); None when pypdfium2 cannot open it (pdfminer then parses)."""
    try:
        return pdfium.PdfDocument(source.getvalue() if isinstance(source, io.BytesIO) else source, password=password)
    except pdfium.PdfiumError:
        return None


def _visible(page):
    """The page without what prints nothing or is not the table's: rectangles filled white and not
    stroked (invisible cell boxes, which pdfplumber would read as ruling) and a 'Page 13' stamp
    at the foot of the page that runs through the last row of a table."""
    stamps = _page_stamps(page)
    area = float(page.width) * float(page.height)
    strips = _gradient_strips(page.rects)
    shapes = {id(obj) for obj in page.curves + page.lines if _slanted(obj)}
    inlays = _inlaid_fills(page.rects) | _line_highlights(page.rects, page.lines)
    if not (stamps or strips or shapes or inlays) and not any(_invisible(rect, area) for rect in page.rects):
        return page

    def keep(obj: dict) -> bool:
        if obj.get("object_type") == "rect" and (_invisible(obj, area) or id(obj) in strips | inlays):
            return False
        if obj.get("object_type") in ("curve", "line") and id(obj) in shapes:
            return False
        if obj.get("object_type") == "char":
            return not any(_within(obj, box) for box in stamps)
        return True

    return page.filter(keep)


MAX_INLAY_FILLS = 400  # more fills of one colour are a chart's bars, not cell shading (and the test is quadratic)


def _inlaid_fills(rects: list[dict]) -> set[int]:
    """Ids of unstroked fills lying inside another unstroked fill of the same colour (Word shades
    a cell and again each paragraph in it, inset by the cell padding): their sides print nothing,
    yet pdfplumber reads them as rules that split the shaded cell into columns."""
    fills = [
        rect
        for rect in rects
        if rect.get("fill")
        and not rect.get("stroke")
        and rect["x1"] - rect["x0"] > 1
        and rect["bottom"] - rect["top"] > 1
    ]
    if len(fills) < 2:
        return set()
    by_colour: dict[str, list[dict]] = {}
    for rect in fills:
        by_colour.setdefault(repr(rect.get("non_stroking_color")), []).append(rect)
    inlaid = set()
    for group in by_colour.values():
        if not 2 <= len(group) <= MAX_INLAY_FILLS:
            continue
        group.sort(key=lambda r: (r["x1"] - r["x0"]) * (r["bottom"] - r["top"]), reverse=True)
        for index, rect in enumerate(group):
            if any(
                outer["x0"] - 0.5 <= rect["x0"]
                and rect["x1"] <= outer["x1"] + 0.5
                and outer["top"] - 0.5 <= rect["top"]
                and rect["bottom"] <= outer["bottom"] + 0.5
                for outer in group[:index]
            ):
                inlaid.add(id(rect))
    return inlaid


MAX_HIGHLIGHT_HEIGHT = 16.0  # pt: a fill behind one line of text, not a cell's shading
HIGHLIGHT_INSET = 1.5  # pt: a fill's side this far or more from any column rule is not a cell's side


def _line_highlights(rects: list[dict], lines: list[dict]) -> set[int]:
    """Ids of fills behind single lines of a cell's text (a slide's highlighted lines, stacked one
    under the next) lying inside a ruled grid's column without reaching its rules: their sides
    print nothing, yet pdfplumber reads each as a rule that splits the cell into a row per line.
    A cell's own shading reaches the column rules on both sides."""
    fills = [
        rect
        for rect in rects
        if rect.get("fill") and not rect.get("stroke") and 1 < rect["bottom"] - rect["top"] <= MAX_HIGHLIGHT_HEIGHT
    ]
    if len(fills) < 2 or len(fills) > MAX_INLAY_FILLS:
        return set()
    verticals = [
        (obj["x0"], obj["top"], obj["bottom"])
        for obj in [*lines, *rects]
        if obj["x1"] - obj["x0"] <= 1.5 and obj["bottom"] - obj["top"] > 3
    ]
    if len(verticals) < 2:
        return set()

    def rules_beside(rect: dict) -> tuple[list[float], list[float]] | None:
        """The column rules left and right of the fill, None where one runs through it."""
        middle = (rect["top"] + rect["bottom"]) / 2
        crossing = [x for x, top, bottom in verticals if top - 0.5 <= middle <= bottom + 0.5]
        if any(rect["x0"] - HIGHLIGHT_INSET < x < rect["x1"] + HIGHLIGHT_INSET for x in crossing):
            return None
        return [x for x in crossing if x < rect["x0"]], [x for x in crossing if x > rect["x1"]]

    sides = {id(rect): rules_beside(rect) for rect in fills}
    candidates = [rect for rect in fills if sides[id(rect)] is not None]
    inside = [rect for rect in candidates if all(sides[id(rect)] or ())]
    inside.sort(key=lambda rect: rect["top"])
    stacked: set[int] = set()
    for index, rect in enumerate(inside):
        for other in inside[index + 1 :]:
            if other["top"] > rect["bottom"] + 1:
                break
            if min(rect["x1"], other["x1"]) > max(rect["x0"], other["x0"]):  # one under the other
                stacked |= {id(rect), id(other)}
    # the same line highlighted on across the next columns
    bands = {(round(rect["top"]), round(rect["bottom"])) for rect in inside if id(rect) in stacked}
    return stacked | {id(rect) for rect in candidates if (round(rect["top"]), round(rect["bottom"])) in bands}


MIN_SLANT = 20.0  # pt: a slanted side this long is a drawn shape's, not a rounded corner's


def _slanted(obj: dict) -> bool:
    """A line or shape with a long slanted side (a slide's triangles, swooshes and diagonal
    strokes): pdfplumber takes a slanted line for a vertical rule at its left end and a shape's
    sides for ruling, which close cells across the page."""
    points = obj.get("pts") or []
    return any(
        abs(x1 - x0) > MIN_SLANT and abs(y1 - y0) > MIN_SLANT
        for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False)
    )


def _gradient_strips(rects: list[dict]) -> set[int]:
    """Ids of fills drawn as a stack of thin strips (a gradient): too thin to hold text, too thick
    to be a rule, each touching another of the same width. Their edges are not ruling."""
    thin = [
        rect for rect in rects if rect.get("fill") and not rect.get("stroke") and 1.5 < rect["bottom"] - rect["top"] < 6
    ]
    stacked = set()
    for rect in thin:
        for other in thin:
            if (
                other is not rect
                and abs(other["x0"] - rect["x0"]) <= 1
                and abs(other["x1"] - rect["x1"]) <= 1
                and abs(other["top"] - rect["bottom"]) <= 0.5
            ):
                stacked |= {id(rect), id(other)}
    return stacked


def _within(obj: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return x0 <= obj["x0"] and obj["x1"] <= x1 and top <= obj["top"] and obj["bottom"] <= bottom


def _invisible(rect: dict, page_area: float) -> bool:
    """A white, unstroked cell box. A page-sized white background stays: it frames the page, and
    dropping it leaves side-by-side tables to the unruled reader, which runs them together."""
    if rect.get("stroke") or not rect.get("fill"):
        return False
    if (rect["x1"] - rect["x0"]) * (rect["bottom"] - rect["top"]) > 0.5 * page_area:
        return False
    rgb = colour_key.to_rgb(rect.get("non_stroking_color"))
    return rgb is not None and min(rgb) >= 0.97


PAGE_STAMP_RE = re.compile(r"page\s*\d{1,4}(?:\s*of\s*\d{1,4})?", re.I)


def _page_stamps(page) -> list[tuple[float, float, float, float]]:
    """Boxes of 'Page 13' / 'Page 3 of 8' centred in the bottom tenth of the page."""
    height, width = float(page.height), float(page.width)
    foot = [char for char in page.chars if char["top"] > 0.9 * height]
    if not foot:
        return []
    words = page.filter(lambda obj: obj.get("object_type") != "char" or obj["top"] > 0.9 * height).extract_words(
        keep_blank_chars=True, x_tolerance=1.5
    )
    boxes = []
    for word in words:
        match = PAGE_STAMP_RE.search(word["text"])
        if not match:
            continue
        centre = (word["x0"] + word["x1"]) / 2
        if abs(centre - width / 2) <= 0.15 * width:
            boxes.append((word["x0"] - 0.5, word["top"] - 0.5, word["x1"] + 0.5, word["bottom"] + 0.5))
    return boxes


# glyphs of one turned line lie in one column this close (points); a gap along it wider than this share of the type
# size parts two turned lines (a header cell's name is one line: 'Target date')
TURNED_COLUMN = 1.5
TURNED_LINE_GAP = 1.0


def with_turned_words(words: list[dict], chars: list[dict]) -> list[dict]:
    """``words`` (pdfplumber's, of the same page) with the glyphs printed turned (``upright`` False: a narrow
    column's header name set reading upwards, 'Target date') read as words of their own, one to a turned line,
    placed on the line of upright words their height covers (the header line beside them). pdfplumber gives each
    turned glyph its own word, which the upright line builder sets one to a line ('e' / 't' / 'a' beside the rows);
    a turned line no upright line of two or more words crosses keeps pdfplumber's words. A turned word is marked
    ``turned``: it stands inside its column, its left edge not the column's."""
    turned = [char for char in chars if not char.get("upright", True) and char["text"].strip()]
    if not turned:
        return words
    upright = [word for word in words if word.get("upright", True)]
    placed: list[dict] = []
    boxes: list[tuple[float, float, float, float]] = []
    for run in _turned_runs(turned):
        top, bottom = min(char["top"] for char in run), max(char["bottom"] for char in run)
        line = _crossed_line(upright, run)
        if line is None:
            continue
        rising = run[0]["matrix"][1] > 0  # reads upwards: its first glyph is the lowest
        ordered = sorted(run, key=lambda char: -char["top"] if rising else char["top"])
        text, previous = "", None
        for char in ordered:
            if previous is not None and _gap(previous, char) > 0.2 * _turned_size(run):
                text += " "
            text += char["text"]
            previous = char
        first, x0, x1 = run[0], min(char["x0"] for char in run), max(char["x1"] for char in run)
        placed.append({
            "text": text, "x0": x0, "x1": x1, "top": line[0], "bottom": line[1],
            "doctop": first.get("doctop", top) - top + line[0], "upright": True, "height": line[1] - line[0],
            "width": x1 - x0, "direction": "ltr", "fontname": first.get("fontname", ""), "size": _turned_size(run),
            "turned": True,
        })  # fmt: skip
        boxes.append((placed[-1]["x0"] - 1, top - 1, placed[-1]["x1"] + 1, bottom + 1))
    if not placed:
        return words
    rest = [word for word in words if word.get("upright", True) or not any(_within(word, box) for box in boxes)]
    return sorted([*rest, *placed], key=lambda word: (round(word["top"], 1), word["x0"]))


def _within(word: dict, box: tuple[float, float, float, float]) -> bool:
    middle = ((word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2)
    return box[0] <= middle[0] <= box[2] and box[1] <= middle[1] <= box[3]


def _turned_size(run: list[dict]) -> float:
    """A turned line's type size: its glyphs' width across the page (pdfplumber's size of a turned glyph is not it)."""
    return max(char["x1"] - char["x0"] for char in run) or 8.0


def _gap(previous: dict, char: dict) -> float:
    return max(previous["top"], char["top"]) - min(previous["bottom"], char["bottom"])


def _turned_runs(chars: list[dict]) -> list[list[dict]]:
    """Turned glyphs in columns (one x), each column cut where a gap along it is wider than a line's break."""
    runs: list[list[dict]] = []
    for char in sorted(chars, key=lambda char: (round(char["x0"]), char["top"])):
        run = runs[-1] if runs else None
        size = _turned_size([char])
        if (
            run is not None
            and abs(run[-1]["x0"] - char["x0"]) <= TURNED_COLUMN
            and char["top"] - run[-1]["bottom"] <= TURNED_LINE_GAP * size
        ):
            run.append(char)
        else:
            runs.append([char])
    return runs


def _crossed_line(words: list[dict], run: list[dict]) -> tuple[float, float] | None:
    """The (top, bottom) of the line of upright words, two or more, whose header cells hold the turned line ``run``:
    the line its height crosses (the line with the most words when several), else the line just above it when the
    run starts under it within its own length and two lines (a header cell's names set at its top, the turned name
    set at the cell's foot, above the first row). None when the run stands outside the words of that line and the
    line under it (a turned label in the page's margin)."""
    top, bottom = min(char["top"] for char in run), max(char["bottom"] for char in run)
    x0, x1 = min(char["x0"] for char in run), max(char["x1"] for char in run)
    lines: dict[float, list[dict]] = {}
    for word in words:
        lines.setdefault(round(word["top"]), []).append(word)
    rows = sorted(lines.values(), key=lambda line: line[0]["top"])
    crossed = [line for line in rows if top - 1 <= (line[0]["top"] + line[0]["bottom"]) / 2 <= bottom + 1]
    size = _turned_size(run)
    if crossed:
        line = max(crossed, key=len)
    else:
        above = [
            line for line in rows if line[0]["bottom"] <= top and top - line[0]["bottom"] <= bottom - top + 2 * size
        ]
        if not above:
            return None
        line = above[-1]
    if len(line) < 2:
        return None
    under = [other for other in rows if other[0]["top"] >= bottom]
    spread = [*line, *(under[0] if under else [])]
    if x0 < min(word["x0"] for word in spread) or x1 > max(word["x1"] for word in spread):
        return None
    return min(word["top"] for word in line), max(word["bottom"] for word in line)
