"""pdfplumber's page objects (chars, lines, rects, curves) read by pypdfium2 instead of pdfminer.

pdfplumber's table finder is precise, but three quarters of its time goes on pdfminer interpreting
the page and turning every glyph into a dict. pypdfium2 reads the same geometry in C. This module
builds the dicts pdfplumber would build, in pdfplumber's coordinates (x from the media box's left,
``top`` down from its top, rotation applied), so that ``page._objects = plumber_objects(...)`` lets
``find_tables`` and ``Table.extract`` run unchanged on a page pdfminer never parsed.

Paths follow pdfminer's rules (one object per subpath; "ml" is a line, a closed axis-aligned
four-corner loop a rect, anything else a curve through its end points). A character's box spans its
advance horizontally and, like pdfminer's, one font size up from the font's descent. Its font name is
the font's base name as pdfminer gives it, read once per text object, without a subset's tag
("ABCDEF+"): pdfium drops that from some fonts and not others, and two subsets of one font named apart
would split words. A font the page's lines read as bold (:func:`agendaparse.pdf.font_style_reader`: its name,
ForceBold flag, a weight of 600 or more on pdfium's scale, else its embedded program) and whose name does not say
so ('CIDFont+F1') is named with ``BOLD_SUFFIX`` after it, so that the table stage, which reads bold from a word's
font name, sees the weight the lines see.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS

from .pdf import MAX_FORM_DEPTH, font_style_reader, untyped
from .text_layer import CHARACTER_REPAIRS

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]
Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF user space
# text, pdfium's loose box, matrix, font size, origin, fill colour (swatch glyphs only), font name
Glyph = tuple[str, Box, Matrix, float, Point, "tuple[float, ...] | None", str]
# Glyphs that keys draw as coloured swatches: only theirs is worth a colour lookup per glyph.
SWATCH_GLYPHS = frozenset("■▪◼⬛●⬤▮█")
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
GENERATED_SPACE = "\x00"


def _multiply(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix applying ``inner`` then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply(m: Matrix, x: float, y: float) -> Point:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


class PageFrame:
    """Maps PDF user space to pdfplumber's page space for one page.

    pdfminer moves the media box's corner to the origin and applies /Rotate; pdfplumber then puts
    ``top`` downwards from the rotated page's top and x back by the media box's left edge.
    """

    def __init__(self, mediabox: tuple[float, float, float, float], rotation: int, plumber_page: Any):
        x0, y0, x1, y1 = mediabox
        rotation %= 360
        to_pdfminer = {
            0: (1.0, 0.0, 0.0, 1.0, -x0, -y0),
            90: (0.0, -1.0, 1.0, 0.0, -y0, x1),
            180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
            270: (0.0, 1.0, -1.0, 0.0, y1, -x0),
        }[rotation]
        self.ctm = to_pdfminer
        self.left = float(plumber_page.mediabox[0])
        self.top_offset = float(plumber_page.mediabox[1])
        self.height = float(plumber_page.height)
        self.doctop = float(plumber_page.initial_doctop)
        self.page_number = plumber_page.page_number

    def box(self, x0: float, y0: float, x1: float, y1: float) -> dict[str, float]:
        """pdfplumber's geometry keys for a box given in pdfminer space."""
        top = self.height - y1 + self.top_offset
        bottom = self.height - y0 + self.top_offset
        return {
            "x0": x0 + self.left,
            "y0": y0,
            "x1": x1 + self.left,
            "y1": y1,
            "width": x1 - x0,
            "height": y1 - y0,
            "top": top,
            "bottom": bottom,
            "doctop": self.doctop + top,
        }

    def point(self, x: float, y: float) -> Point:
        """pdfplumber's ``pts`` coordinates (x, top) of a point in pdfminer space."""
        return (x + self.left, self.height - y + self.top_offset)


def fits(pdfium_page: pdfium.PdfPage, plumber_page: Any) -> bool:
    """Both libraries see the same page size (a malformed box can make them differ; then
    pdfminer's own parse is the safe reading)."""
    width, height = pdfium_page.get_size()
    return abs(width - float(plumber_page.width)) < 1 and abs(height - float(plumber_page.height)) < 1


def plumber_objects(pdfium_page: pdfium.PdfPage, plumber_page: Any) -> dict[str, list[dict[str, Any]]]:
    """The ``objects`` dict pdfplumber would parse for this page: chars, lines, rects, curves."""
    frame = PageFrame(tuple(pdfium_page.get_mediabox()), pdfium_page.get_rotation(), plumber_page)
    objects: dict[str, list[dict[str, Any]]] = {"char": _chars(pdfium_page, frame)}
    for kind, item in _paths(pdfium_page, frame):
        objects.setdefault(kind, []).append(item)
    return objects


def _chars(pdfium_page: pdfium.PdfPage, frame: PageFrame) -> list[dict[str, Any]]:
    glyphs = _glyphs(pdfium_page)
    chars = []
    for position, (text, box, matrix, size, origin, colour, font) in enumerate(glyphs):
        if text in ("\n", GENERATED_SPACE):
            continue
        following = glyphs[position + 1] if position + 1 < len(glyphs) else None
        box = _advance_box(box, matrix, size, origin, following)
        char = _char(text, box, matrix, frame, font)
        if colour is not None:
            char["non_stroking_color"] = colour
        chars.append(char)
    return chars


def _advance_box(box: Box, matrix: Matrix, size: float, origin: Point, following: Glyph | None) -> Box:
    """A glyph's box as pdfminer draws it: its advance along the line, one font size across it.

    pdfium's loose box spans the font's whole glyph box, wider than the advance and taller than
    the size; both would move glyph centres across cell borders and glue or split words. The
    advance starts at the glyph's origin; the next glyph on the same
    line (or pdfium's generated space) starts where it ends.
    """
    left, bottom, right, top = box
    a, b, c, d = matrix[:4]
    em = size * ((c * c + d * d) ** 0.5 or 1.0)
    if following is None or following[0] == "\n":
        following = None
    after = following[1] if following is not None else box
    across_x = following is not None and left <= (after[0] + after[2]) / 2 <= right
    across_y = following is not None and bottom <= (after[1] + after[3]) / 2 <= top
    origin_x, origin_y = origin
    if abs(a) >= abs(b) and a > 0:  # left to right
        left, top = origin_x, bottom + em
        if across_y and left < after[0] < right:
            right = after[0]
    elif b > 0:  # bottom to top
        left, bottom = right - em, origin_y
        if across_x and bottom < after[1] < top:
            top = after[1]
    elif b < 0:  # top to bottom
        right, top = left + em, origin_y
        if across_x and bottom < after[3] < top:
            bottom = after[3]
    return left, bottom, right, top


# the per-character calls below, without pypdfium2's argument checks (see pdf.untyped)
_VOID, _INT = ctypes.c_void_p, ctypes.c_int
_GET_UNICODE = untyped(pdfium_c.FPDFText_GetUnicode, _VOID, _INT)
_IS_GENERATED = untyped(pdfium_c.FPDFText_IsGenerated, _VOID, _INT)
_GET_LOOSE_CHAR_BOX = untyped(pdfium_c.FPDFText_GetLooseCharBox, _VOID, _INT, _VOID)
_GET_MATRIX = untyped(pdfium_c.FPDFText_GetMatrix, _VOID, _INT, _VOID)
_GET_CHAR_ORIGIN = untyped(pdfium_c.FPDFText_GetCharOrigin, _VOID, _INT, _VOID, _VOID)
_GET_FONT_SIZE = untyped(pdfium_c.FPDFText_GetFontSize, _VOID, _INT)
_GET_TEXT_OBJECT = untyped(pdfium_c.FPDFText_GetTextObject, _VOID, _INT)
_GET_TEXT_OBJECT.restype = _VOID  # the object's address: the key of its font name
_GET_FONT = untyped(pdfium_c.FPDFTextObj_GetFont, _VOID)
_GET_FONT.restype = _VOID
_GET_BASE_FONT_NAME = untyped(pdfium_c.FPDFFont_GetBaseFontName, _VOID, _VOID, ctypes.c_size_t)
SUBSET_TAG_RE = re.compile(r"[A-Z]{6}\+")
FONT_NAME_BYTES = 256
BOLD_NAME_RE = re.compile(r"bold|black|heavy", re.I)  # a name the table stage reads as bold (word_tables._bold)
BOLD_SUFFIX = ",Bold"  # as a standard font's bold stand-in is named ('Arial,Bold')


class FontNames:
    """A character's font name through its text object, each object's name read once (a page has far
    fewer text objects than characters) and each font's once, with ``BOLD_SUFFIX`` when the line reading
    calls the font bold and its name does not say so."""

    def __init__(self, textpage: pdfium.PdfTextPage):
        self.textpage = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        self.font_style = font_style_reader(textpage)
        self.by_object: dict[int | None, str] = {}
        self.by_font: dict[int | None, str] = {}
        self.buffer = ctypes.create_string_buffer(FONT_NAME_BYTES)

    def __call__(self, index: int) -> str:
        obj = _GET_TEXT_OBJECT(self.textpage, index)
        name = self.by_object.get(obj)
        if name is None:
            name = self.by_object[obj] = self._font_name(_GET_FONT(obj), index) if obj else ""
        return name

    def _font_name(self, font: int | None, index: int) -> str:
        """The font's name, its weight read at the first character seen in it (``index``): a font's flags and
        weight are the same for each of its characters."""
        name = self.by_font.get(font)
        if name is None:
            name = self._base_name(font)
            if font and not BOLD_NAME_RE.search(name) and self.font_style(index)[1]:
                name += BOLD_SUFFIX
            self.by_font[font] = name
        return name

    def _base_name(self, font: int | None) -> str:
        size = _GET_BASE_FONT_NAME(font, self.buffer, FONT_NAME_BYTES) if font else 0
        name = self.buffer.value.decode("utf-8", "replace") if 0 < size <= FONT_NAME_BYTES else ""
        if name in FONT_METRICS:  # pdfminer names a standard font or its stand-in ('Arial,Bold') by its metrics
            name = str(FONT_METRICS[name][0].get("FontName", name))
        return name[7:] if SUBSET_TAG_RE.match(name) else name


def _glyphs(pdfium_page: pdfium.PdfPage) -> list[Glyph]:
    """(text, loose box, matrix, font size) per character in reading order. pdfium's own line
    breaks become "\n" markers (they separate lines); its generated word spaces, which sit where
    the previous glyph's advance ends, are kept as markers that only bound that glyph's box."""
    textpage = pdfium_page.get_textpage()
    try:
        raw = textpage.raw
        address = ctypes.cast(raw, ctypes.c_void_p).value
        rect = pdfium_c.FS_RECTF()
        matrix = pdfium_c.FS_MATRIX()
        origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
        rect_at, matrix_at = ctypes.addressof(rect), ctypes.addressof(matrix)
        origin_x_at, origin_y_at = ctypes.addressof(origin_x), ctypes.addressof(origin_y)
        font_name = FontNames(textpage)
        glyphs = []
        for index in range(textpage.count_chars()):
            code = _GET_UNICODE(address, index)
            if code in (0, 10, 13):
                glyphs.append(("\n", (0.0, 0.0, 0.0, 0.0), IDENTITY, 0.0, (0.0, 0.0), None, ""))
                continue
            generated = _IS_GENERATED(address, index) == 1
            if generated and code != 32:
                continue
            if not _GET_LOOSE_CHAR_BOX(address, index, rect_at):
                continue
            _GET_MATRIX(address, index, matrix_at)
            _GET_CHAR_ORIGIN(address, index, origin_x_at, origin_y_at)
            # pdfium marks a hyphen that ends a line as U+0002; a writer's wrong maps are read as the lines read them
            text = "-" if code == 2 else CHARACTER_REPAIRS.get(code) or chr(code)
            if generated:
                text = GENERATED_SPACE
            glyphs.append(
                (
                    text,
                    (rect.left, rect.bottom, rect.right, rect.top),
                    (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f),
                    _GET_FONT_SIZE(address, index),
                    (origin_x.value, origin_y.value),
                    _colour(pdfium_c.FPDFText_GetFillColor, raw, index) if text in SWATCH_GLYPHS else None,
                    font_name(index),
                )
            )
    finally:
        textpage.close()
    return glyphs


def _char(text: str, box: Box, matrix: Matrix, frame: PageFrame, font: str) -> dict[str, Any]:
    left, bottom, right, top = box
    a, b, c, d, e, f = _multiply(matrix, frame.ctm)
    corners = [_apply(frame.ctm, x, y) for x, y in ((left, bottom), (right, top))]
    x0, x1 = sorted((corners[0][0], corners[1][0]))
    y0, y1 = sorted((corners[0][1], corners[1][1]))
    item = frame.box(x0, y0, x1, y1)
    item.update(
        text=text,
        object_type="char",
        page_number=frame.page_number,
        size=y1 - y0,  # as pdfminer: the height, whichever way the glyph runs
        adv=x1 - x0,
        upright=a * d > 0 and b * c <= 0,
        matrix=(a, b, c, d, e, f),
        fontname=font,
    )
    return item


def _paths(pdfium_page: pdfium.PdfPage, frame: PageFrame) -> Iterator[tuple[str, dict[str, Any]]]:
    page_raw = pdfium_page.raw
    for index in range(pdfium_c.FPDFPage_CountObjects(page_raw)):
        yield from _object_paths(pdfium_c.FPDFPage_GetObject(page_raw, index), IDENTITY, frame, 0)


def _object_paths(obj: Any, outer: Matrix, frame: PageFrame, depth: int) -> Iterator[tuple[str, dict[str, Any]]]:
    kind = pdfium_c.FPDFPageObj_GetType(obj)
    if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
        inner = _multiply(_matrix(obj), outer)
        for index in range(pdfium_c.FPDFFormObj_CountObjects(obj)):
            yield from _object_paths(pdfium_c.FPDFFormObj_GetObject(obj, index), inner, frame, depth + 1)
    elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
        yield from _path_items(obj, _multiply(_multiply(_matrix(obj), outer), frame.ctm), frame)


def _matrix(obj: Any) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _colour(getter: Any, *target: Any) -> tuple[float, ...] | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not getter(*target, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
        return None
    return (r.value / 255, g.value / 255, b.value / 255)


def _subpaths(obj: Any, matrix: Matrix) -> list[list[tuple[str, Point]]]:
    """The path as pdfminer sees it: subpaths of (operator, end point), with "h" for a close."""
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[str, Point]]] = []
    pending_bezier = 0
    for index in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = _apply(matrix, x.value, y.value)
        point = (round(point[0], 3), round(point[1], 3))
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([("m", point)])
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            pending_bezier += 1
            if pending_bezier == 3:  # two control points, then the end point
                subpaths[-1].append(("c", point))
                pending_bezier = 0
        else:
            subpaths[-1].append(("l", point))
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            subpaths[-1].append(("h", subpaths[-1][0][1]))
    return subpaths


def _path_items(obj: Any, matrix: Matrix, frame: PageFrame) -> Iterator[tuple[str, dict[str, Any]]]:
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
    width = ctypes.c_float()
    pdfium_c.FPDFPageObj_GetStrokeWidth(obj, ctypes.byref(width))
    style = {
        "linewidth": width.value,
        "stroke": bool(stroke.value),
        "fill": fill_mode.value != 0,
        "evenodd": fill_mode.value == pdfium_c.FPDF_FILLMODE_ALTERNATE,
        "stroking_color": _colour(pdfium_c.FPDFPageObj_GetStrokeColor, obj),
        "non_stroking_color": _colour(pdfium_c.FPDFPageObj_GetFillColor, obj),
        "dash": None,
        "page_number": frame.page_number,
    }
    for subpath in _subpaths(obj, matrix):
        shape = "".join(op for op, _ in subpath)
        points = [point for _, point in subpath]
        if len(shape) > 3 and shape[-2:] == "lh" and points[-2] == points[0]:
            shape = shape[:-2] + "h"
            points.pop(-2)
        kind = _shape_kind(shape, points)
        if kind is None:
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        item = frame.box(min(xs), min(ys), max(xs), max(ys))
        item.update(style)
        item["object_type"] = kind
        item["pts"] = [frame.point(*p) for p in points]
        item["path"] = [(op, frame.point(*p)) for op, p in subpath]
        yield kind, item


def _shape_kind(shape: str, points: list[Point]) -> str | None:
    if len(points) < 2:
        return None
    if shape in ("ml", "mlh"):
        return "line"
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = points[:5]
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if last == points[0] and square:
            return "rect"
    return "curve"
