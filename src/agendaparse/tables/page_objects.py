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
