"""Stage 1: open a PDF and read its pages as positioned lines.

Text comes from pypdfium2 (fast, robust); pdfplumber is used later, by the tables stage, only
on pages that look like they hold a table. Each page yields a :class:`PageLayout`: its lines
with bounding boxes in display orientation, plus cheap signals (vector paths, images) that
later stages use to decide where the expensive work is worth doing.
"""

from __future__ import annotations

import bisect
import ctypes
import hashlib
import math
import re
import shutil
import weakref
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from . import text_layer
from .dates import ordinals_mended
from .deskew import picture_skew, squared_up_point, turned_picture
from .errors import CorruptPdfError, EmptyPdfError, EncryptedPdfError
from .ocr_markers import as_printed_marker, with_recovered_markers
from .ocr_unread import with_unread_words
from .ocr_weights import bold_words, line_weight, underlined_words, word_strokes
from .tesseract import pytesseract_module, with_marks_read, without_specks

FILLER_RE = re.compile(r"this page (is )?(has been )?(intentionally|deliberately) (left )?blank", re.I)
PAGE_STAMP_RES = [
    # "of4": pdfium puts no space between "of" and the total on some turned pages (a /Rotate 90 page)
    # ... "Page A3": a supplementary pack's pages, numbered after the supplement's letter
    re.compile(r"^page\s+(\d{1,4}|[A-Z]\d{1,4})(?:\s+of\s*\d+)?$", re.I),
    re.compile(r"^[-–—]\s*(\d{1,4})\s*[-–—]$"),
    re.compile(r"^(\d{1,4})$"),
    re.compile(r"^([ivxlcdm]{1,7})$", re.I),
    re.compile(r"^page\s*:\s*(\d{1,4})$", re.I),  # "Page: 10" (CMIS)
]
# ModernGov "Agenda Item 5"; CMIS "Agenda Item No. 5"; other systems "Item: 5", "Item 5"
AGENDA_ITEM_STAMP_RE = re.compile(
    # possessive spaces: 'Agenda Item' + 20,000 spaces + '7' + spaces + 'x' split the run two ways at each try (20 s)
    r"^(?:agenda\s+item|item)(?:\s+no\b\.?)?\s*+[:.]?\s*+(\d+[a-z]?(?:\.\d+)?|(?<=\s)[ivx]+)\s*+$",
    re.I,
)
FORCE_BOLD = 1 << 18  # PDF font descriptor flag
BOLD_WEIGHT = 600
# pdfium's weights run 100-900 (from /FontWeight, or StemV x 5 under 140, else x 4 + 140: a real heavy stem of
# 200 gives 940); some composite fonts carry stems of 460-1,000, weights of about 1,000-4,100 for every face,
# the bold one lighter as often as heavier. Above this, the weight says nothing and the font program decides.
WEIGHT_SCALE_TOP = 1000
SFNT_VERSIONS = (b"\x00\x01\x00\x00", b"true", b"OTTO")
OS2_BOLD = 1 << 5  # fsSelection bit 5
MAC_STYLE_BOLD = 1  # head.macStyle bit 0
MARGIN = 0.12  # fraction of page height treated as header / footer band
# Government protective markings, printed alone at the top or bottom of each page of a paper
PROTECTIVE_MARKING_RE = re.compile(
    r"^(?:unclassified|not protectively marked|(?:official|protect|restricted|confidential)"
    r"(?:\s*[-–:]?\s*(?:sensitive|commercial|personal|policy|management))?|(?:top )?secret)$",
    re.I,
)


@dataclass
class Line:
    """A line of text: runs of text on the same baseline, left to right."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 0.0
    bold: bool = False
    # where the line's opening bold words end (an offset into ``text``) when the rest of the line is regular, as in
    # a minute heading run into its text ('Village sign Cllr Lawton reported ...'); None when the line is in one
    # weight throughout, or unknown; derived from the runs, so no part of a line's identity (equality is as before)
    bold_end: int | None = field(default=None, compare=False)
    # where the one bold stretch of a line that opens in regular type starts and ends (offsets into ``text``) when
    # regular words follow it, as in a minute heading whose number stands plain in the margin ('C/101   Apologies.
    # Apologies were received …', the title alone in bold); None otherwise or unknown (no part of its identity)
    bold_span: tuple[int, int] | None = field(default=None, compare=False)
    # where the run's glyph advances start and end along the line (pdfium's loose boxes: a glyph's advance, not its
    # ink), and whether pdfium read a space at its end: a run that ends where the next one's advance starts, with no
    # space between, is a piece of one word broken apart (pdfium breaks turned text between glyphs); None: unknown
    advance: tuple[float, float] | None = field(default=None, compare=False)
    spaced_after: bool = field(default=True, compare=False)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1))


@dataclass(frozen=True)
class PictureRegion:
    """An image pasted on a page with a text layer, large enough to be read: its box (x0, top, x1, bottom) in
    display points and the quarter turn, in degrees clockwise, of its content as displayed (0 when it reads
    upright; a landscape table pasted turned on a portrait page reads 270)."""

    box: tuple[float, float, float, float]
    turn: int = 0


@dataclass(frozen=True)
class PictureReading:
    """What OCR made of one picture region: the words it kept (none when the reading was dropped as not text,
    a photograph or a chart), and by what method."""

    region: PictureRegion
    method: str
    words: int
    dropped: bool


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    rotation: int
    lines: list[Line]
    n_paths: int = 0
    n_images: int = 0
    grid: int = 0  # ruling lines and cell boxes when they could form a table grid, else 0
    label: str | None = None
    # page-number stamps the page prints besides its label: an appendix's own 'Page 1 of 3' at the top beside the
    # pack's 'Page 9' at the foot (the label is the one that continues the neighbouring pages' numbers)
    other_labels: list[str] = field(default_factory=list)
    agenda_item_stamp: str | None = None
    furniture: list[str] = field(default_factory=list)
    is_filler: bool = False
    item: str | None = None
    method: str = "pypdfium2"
    text_layer: bool = True
    malformed_box: bool = False  # the MediaBox corners are reversed
    # the page's text is mostly glyphs mapped to no character (text_layer.unreadable): read by OCR when it was on,
    # else only its readable lines are kept
    unreadable_text_layer: bool = False
    # Tesseract's words on a page read upright by OCR, each with its own box, line by line: the table
    # stage finds whitespace columns from them (OCR lines join a line's words with single spaces)
    words: list[Line] = field(default_factory=list)
    # pictures pasted on a page that has a text layer (a table pasted into a Word document as an image): each
    # image covering PICTURE_SHARE of the page with no text-layer line inside it, as (x0, top, x1, bottom) in
    # display points, read by Tesseract when OCR is on; its lines join ``lines`` ("ocr-picture" provenance:
    # ``picture_method``) and its words, each with its own box, are kept here for the table stage
    picture_regions: list[tuple[float, float, float, float]] = field(default_factory=list)
    picture_words: list[Line] = field(default_factory=list)
    picture_method: str | None = None
    # every picture region OCR read, kept or dropped (a turned picture's lines join ``lines``, but it is not among
    # ``picture_regions``: the table stage reads those as upright scans)
    pictures: list[PictureReading] = field(default_factory=list)
    # the page's largest picture as (x0, top, x1, bottom) in display points, None without one: a searchable scan's
    # picture of the page lies under its text layer (tables.searchable)
    largest_picture: tuple[float, float, float, float] | None = None
    # the /Rotate that shows most of the page's characters upright (a landscape table set sideways on a portrait
    # page has none to turn it), when it differs from the page's own; read_document then reads the page so turned
    upright_rotation: int | None = None
    turned: int = 0  # degrees read_document added to the page's /Rotate (0: read as stored)
    # degrees (anticlockwise) that square up a scan lying askew; OCR's boxes are where the words stand on the
    # squared-up page
    deskewed: float = 0.0

    @property
    def has_text_layer(self) -> bool:
        return self.text_layer and any(line.text.strip() for line in self.lines)

    def body_lines(self) -> list[Line]:
        """Lines that are content, not furniture (stamps, running heads and footers)."""
        furniture = set(self.furniture)
        return [line for line in self.lines if line.text not in furniture]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.body_lines())


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class PdfSource:
    """An opened PDF, the engine that opened it, and what was wrong with it."""

    pdf: pdfium.PdfDocument
    engine: str = "pypdfium2"
    data: bytes | None = None  # the repaired file, when the original could not be read as it is
    warnings: list[str] = field(default_factory=list)
    # pages whose /Rotate is no multiple of 90 (page number -> the value as written): pdfium shows /Rotate 91 as 90,
    # pdfminer as none, so read_document writes the copy both engines read with pdfium's turn
    odd_rotations: dict[int, str] = field(default_factory=dict)


def open_document(path: str | Path, password: str | None = None) -> PdfSource:
    """Open a PDF with pypdfium2; when it cannot, let qpdf (pikepdf) repair or decrypt it first.

    Failures become errors that name the file and say what to do.
    """
    path = str(path)
    try:
        source = PdfSource(pdfium.PdfDocument(path, password=password))
    except pdfium.PdfiumError as exc:
        source = _repaired(path, password, str(exc))
    else:
        has_page_tree, damage, source.odd_rotations = inspect_structure(path, password)
        if not has_page_tree:
            source.pdf.close()
            raise CorruptPdfError(
                path, "the PDF has no page tree (its cross-reference table points at missing objects)"
            )
        source.warnings.extend(damage)
    if len(source.pdf) == 0:
        source.pdf.close()
        raise EmptyPdfError(path, "the PDF has 0 pages")
    if source.pdf.get_formtype() in (pdfium_c.FORMTYPE_XFA_FULL, pdfium_c.FORMTYPE_XFA_FOREGROUND):
        source.warnings.append("XFA form: the pages show a placeholder; the form's own content is not extracted")
    return source


def _repaired(path: str, password: str | None, pdfium_message: str) -> PdfSource:
    import io

    import pikepdf

    try:
        with pikepdf.open(path, password=password or "") as broken:
            buffer = io.BytesIO()
            broken.save(buffer)  # decrypted, with a rebuilt cross-reference table
    except pikepdf.PasswordError as exc:
        raise EncryptedPdfError(path, "the PDF needs a password") from exc
    except Exception as exc:  # qpdf could not make sense of it either
        raise CorruptPdfError(path, f"cannot be opened ({pdfium_message}; qpdf: {exc})") from exc
    data = buffer.getvalue()
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise CorruptPdfError(path, f"cannot be opened, even after repair ({exc})") from exc
    engine = "pikepdf(decrypted)+pypdfium2" if "password" in pdfium_message.lower() else "pikepdf(repaired)+pypdfium2"
    return PdfSource(pdf, engine=engine, data=data)


MAX_CHECKED_STREAM = 16 << 20  # bytes of output; a larger stream is not checked (decompression bombs)


def inspect_structure(path: str, password: str | None) -> tuple[bool, list[str], dict[int, str]]:
    """What qpdf (pikepdf) sees that pdfium reads past: (has a page tree, damage that loses content, pages whose
    /Rotate is no multiple of 90).

    Content is lost when qpdf ignores objects (e.g. nesting beyond its limits) or when a page's
    compressed content stream fails its checksum; a rebuilt cross-reference table loses nothing.
    """
    import pikepdf

    try:
        pdf = pikepdf.open(path, password=password or "")
    except pikepdf.PdfError as exc:
        return not re.search(r"unable to find page tree|root of pages tree", str(exc)), [], {}
    except Exception:
        return True, [], {}
    damage = []
    odd_rotations: dict[int, str] = {}
    with pdf:
        for warning in pdf.get_warnings():
            if re.search(r"limits error|ignoring", warning):
                damage.append(f"some objects were ignored ({warning.split(': ', 1)[-1]})")
                break
        for number, page in enumerate(pdf.pages, start=1):
            contents = page.obj.get("/Contents")
            streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents] if contents else []
            if any(not _flate_intact(stream) for stream in streams):
                damage.append(f"page {number}: a content stream is damaged; text after the damage may be missing")
            rotate = _declared_rotation(page.obj)
            if rotate is not None and not (isinstance(rotate, int) and rotate % 90 == 0):
                odd_rotations[number] = str(rotate)
    return True, damage, odd_rotations


def _declared_rotation(page: Any, depth: int = 0) -> int | float | None:
    """The page's /Rotate as written, inherited from the page tree when the page has none."""
    import pikepdf

    value = page.get("/Rotate")
    if value is None:
        parent = page.get("/Parent")
        return _declared_rotation(parent, depth + 1) if isinstance(parent, pikepdf.Dictionary) and depth < 32 else None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number.is_integer() else number


def _flate_intact(stream) -> bool:
    import zlib

    import pikepdf

    if not isinstance(stream, pikepdf.Stream) or stream.get("/Filter") != pikepdf.Name.FlateDecode:
        return True
    inflater = zlib.decompressobj()
    try:
        produced = len(inflater.decompress(stream.read_raw_bytes(), MAX_CHECKED_STREAM))
        while inflater.unconsumed_tail and produced < MAX_CHECKED_STREAM:
            produced += len(inflater.decompress(inflater.unconsumed_tail, MAX_CHECKED_STREAM))
    except zlib.error:
        return False
    except Exception:
        return True
    return True


def open_pdf(path: str | Path, password: str | None = None) -> pdfium.PdfDocument:
    """Open a PDF with pypdfium2 (see :func:`open_document`)."""
    return open_document(path, password).pdf


def _to_display(x: float, y: float, width: float, height: float, rotation: int) -> tuple[float, float]:
    """Map a point from PDF space (origin bottom-left, unrotated) to display space (top-left)."""
    y_top = height - y
    if rotation == 90:
        return height - y_top, x
    if rotation == 180:
        return width - x, height - y_top
    if rotation == 270:
        return y_top, width - x
    return x, y_top


WORD_RE = re.compile(r"[^\s\x00-\x1f]+")

# a short cell of a right-hand column (an Action column's 'SS', 'AW/IB'): a word or two, at the right of the page
MARGIN_TOKEN_CHARS = 12
MARGIN_TOKEN_WORDS = 2
RIGHT_COLUMN = 0.72  # fraction of the page width right of which a right-hand margin column starts
COLUMN_ALIGN = 3.0  # points: cells of one column start at the same x, give or take
COLUMN_GAP = 12.0  # points: runs of one line further apart than this are in different columns


def page_text(textpage: pdfium.PdfTextPage) -> str:
    """The text page's characters, one string character for each (pdfium's indices), with the Symbol-font bullets
    and a writer's wrong maps of ordinary glyphs (:data:`text_layer.CHARACTER_REPAIRS`) read as printed."""
    count = textpage.count_chars()
    text = textpage.get_text_range()
    if len(text) != count:  # characters outside the BMP: fetch one by one to keep indices aligned
        text = "".join(textpage.get_text_range(i, 1)[:1] or " " for i in range(count))
    return text.translate(TEXT_REPAIRS)  # one character for one: indices stay aligned


def _runs(
    textpage: pdfium.PdfTextPage,
    width: float,
    height: float,
    rotation: int,
    origin: tuple[float, float] = (0, 0),
    text: str | None = None,
) -> list[Line]:
    """Runs of words: split at pdfium's line breaks and at wide horizontal gaps (columns).

    Characters come from the text page once each, with pdfium's generated word spaces, so
    kerned words stay whole and fake-bold (overprinted) glyphs are not doubled. Only the first
    and last character of each word are measured (a word's box is theirs joined), which keeps
    this fast on long packs; the loop is written out (no min/max calls) for the same reason.
    """
    text = page_text(textpage) if text is None else text
    runs: list[Line] = []
    char_box = _char_box_reader(textpage, width, height, rotation, origin)
    advance = _advance_reader(textpage, width, height, rotation, origin)
    font_style = font_style_reader(textpage)
    margin_x = RIGHT_COLUMN * (height if rotation in (90, 270) else width)
    for segment in SEGMENT_RE.finditer(text):
        words: list[str] = []
        bx0 = btop = bx1 = bbottom = 0.0
        style: tuple[float, bool] = (0.0, False)
        starts: list[int] = []  # each word's first character
        boxes: list[tuple[float, float, float, float]] = []  # each word's box
        last_x1 = None
        run_last = segment.start()  # the current run's last character
        offset = segment.start()
        for word in WORD_RE.finditer(segment.group(0)):
            first = offset + word.start()
            last = offset + word.end() - 1
            x0, top, x1, bottom = char_box(first)
            if last != first:
                lx0, ltop, lx1, lbottom = char_box(last)
                # as min() and max() choose: the first argument unless the second is strictly beyond it
                x0 = lx0 if lx0 < x0 else x0
                top = ltop if ltop < top else top
                x1 = lx1 if lx1 > x1 else x1
                bottom = lbottom if lbottom > bottom else bottom
            size = bottom - top
            size = 1.0 if size < 1.0 else size
            gap = 2.5 * size
            gap = gap if gap > 12.0 else 12.0
            if last_x1 is not None and (
                x0 - last_x1 > gap or x0 < last_x1 - 4 * size or _raised_mark(words, boxes, top, bottom)
            ):
                bold_end = _bold_end_of_run(font_style, starts, words) if style[1] else None
                along = advance(starts[0], run_last)
                runs.append(Line(" ".join(words), bx0, btop, bx1, bbottom, *style, bold_end=bold_end, advance=along))
                words, starts, boxes = [], [], []
            if not words:
                bx0, btop, bx1, bbottom = x0, top, x1, bottom
                style = font_style(first)
            else:
                bx0 = x0 if x0 < bx0 else bx0
                btop = top if top < btop else btop
                bx1 = x1 if x1 > bx1 else bx1
                bbottom = bottom if bottom > bbottom else bbottom
            words.append(word.group(0))
            starts.append(first)
            boxes.append((x0, top, x1, bottom))
            last_x1 = x1
            run_last = last
        if words and text[segment.end() : segment.end() + 1] in LINE_END_HYPHENS:
            words[-1] += "-"  # as printed: whoever joins the lines decides whether the hyphen stays
        cut = _margin_token_cut(words, boxes, margin_x) if words else None
        if cut:
            runs.append(_run_of(words[:cut], starts[:cut], boxes[:cut], font_style))
            runs.append(_run_of(words[cut:], starts[cut:], boxes[cut:], font_style))
        elif words:
            bold_end = _bold_end_of_run(font_style, starts, words) if style[1] else None
            spaced = text[run_last + 1 : segment.end()] != ""  # pdfium read a space after the segment's last word
            along = advance(starts[0], run_last)
            runs.append(
                Line(
                    " ".join(words),
                    bx0,
                    btop,
                    bx1,
                    bbottom,
                    *style,
                    bold_end=bold_end,
                    advance=along,
                    spaced_after=spaced,
                )
            )
    return runs


# a note's reference number printed small and raised at the start of a line (not "*" or "†": their glyphs sit high
# at any size, so their ink would read as raised on the line)
NOTE_MARK_RE = re.compile(r"\d{1,2}")
NOTE_MARK_SIZE = 0.8  # of the next word's height, at most


def _raised_mark(words: list[str], boxes: list[tuple[float, float, float, float]], top: float, bottom: float) -> bool:
    """The run so far is one note number printed small and raised above the word that follows ('¹ Members are
    advised …'): its own run, so that the mark does not open the line as an item's number. pdfium gives the mark
    its own line on some pages and joins it to the line on others (the same page stored turned)."""
    if len(words) != 1 or not NOTE_MARK_RE.fullmatch(words[0]):
        return False
    mark_top, mark_bottom = boxes[0][1], boxes[0][3]
    return mark_bottom - mark_top < NOTE_MARK_SIZE * (bottom - top) and mark_bottom < (top + bottom) / 2


def _margin_token_cut(words: list[str], boxes: list[tuple[float, float, float, float]], margin_x: float) -> int | None:
    """Where a line's closing margin cell starts ('SS' of '… cuts for 2027/28.  SS', printed in an Action column a
    little wider than a word space from the text): its own run, so that :func:`group_lines` can set it apart when
    other lines of the page start cells at its x. None when the line does not end in such a cell."""
    for cut in (len(words) - 1, len(words) - 2):
        if cut < 1 or boxes[cut][0] <= margin_x or len(" ".join(words[cut:])) > MARGIN_TOKEN_CHARS:
            continue
        height = max(box[3] for box in boxes[cut:]) - min(box[1] for box in boxes[cut:])
        # wider gaps are left as they were: group_lines would set any run beyond 12 pt apart, column or not
        if _cell_gap(height) < boxes[cut][0] - boxes[cut - 1][2] <= COLUMN_GAP:
            return cut
    return None


def _run_of(
    words: list[str],
    starts: list[int],
    boxes: list[tuple[float, float, float, float]],
    font_style: Callable[[int], tuple[float, bool]],
) -> Line:
    style = font_style(starts[0])
    bold_end = _bold_end_of_run(font_style, starts, words) if style[1] else None
    x0, top = min(box[0] for box in boxes), min(box[1] for box in boxes)
    x1, bottom = max(box[2] for box in boxes), max(box[3] for box in boxes)
    return Line(" ".join(words), x0, top, x1, bottom, *style, bold_end=bold_end)


def _bold_end_of_run(
    font_style: Callable[[int], tuple[float, bool]], starts: list[int], words: list[str]
) -> int | None:
    """The length of a bold run's opening bold words when its last word is regular ('Village sign' of 'Village
    sign Cllr Lawton reported'), else None. Only the last word, then the words up to the first regular one, are
    measured: a run in one weight costs one look, and the words between are taken to be regular."""
    if len(words) < 2 or font_style(starts[-1])[1]:
        return None
    regular = next(index for index in range(1, len(starts)) if not font_style(starts[index])[1])
    return len(" ".join(words[:regular]))


SEGMENT_RE = re.compile(r"[^\r\n\x02\ufffe]+")


# pdfium's marks for a hyphen that ends a line (it may also drop the line break after one)
LINE_END_HYPHENS = ("\x02", "\ufffe")


# Word and Symbol-font bullets land in the Private Use Area (U+F0B7 and kin): they are bullets.
SYMBOL_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "•", "\uf076": "•", "\uf0fc": "•"})
TEXT_REPAIRS = {**SYMBOL_BULLETS, **text_layer.CHARACTER_REPAIRS}


def untyped(function: Any, *argtypes: Any) -> Any:
    """The same pdfium function with plain pointer arguments.

    pypdfium2's bindings check each argument's pointer type, which costs more than pdfium's own
    work for a character box; the hot loops below pass addresses of buffers made once instead.
    """
    fast = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
    fast.argtypes = argtypes
    fast.restype = function.restype
    return fast


_VOID = ctypes.c_void_p
_GET_CHAR_BOX = untyped(pdfium_c.FPDFText_GetCharBox, _VOID, ctypes.c_int, _VOID, _VOID, _VOID, _VOID)
_GET_FONT_INFO = untyped(pdfium_c.FPDFText_GetFontInfo, _VOID, ctypes.c_int, _VOID, ctypes.c_ulong, _VOID)
_GET_LOOSE_CHAR_BOX = untyped(pdfium_c.FPDFText_GetLooseCharBox, _VOID, ctypes.c_int, _VOID)


def _address(textpage: pdfium.PdfTextPage) -> int:
    return ctypes.cast(textpage.raw, ctypes.c_void_p).value


def _char_box_reader(
    textpage: pdfium.PdfTextPage,
    width: float,
    height: float,
    rotation: int,
    origin: tuple[float, float] = (0, 0),
) -> Callable[[int], tuple[float, float, float, float]]:
    """A function giving a character's box in display space: relative to the crop box, rotation
    applied. Long packs measure millions of characters, so it calls pdfium directly into one
    buffer made here."""
    box = (ctypes.c_double * 4)()  # left, right, bottom, top
    base = ctypes.addressof(box)
    left_at, right_at, bottom_at, top_at = (base + i * ctypes.sizeof(ctypes.c_double) for i in range(4))
    values = memoryview(box).cast("B").cast("d")  # unpacks several times faster than the ctypes array
    raw = _address(textpage)
    ox, oy = origin
    get_char_box = _GET_CHAR_BOX

    def char_box(index: int) -> tuple[float, float, float, float]:
        get_char_box(raw, index, left_at, right_at, bottom_at, top_at)
        left, right, bottom, top = values
        x0, x1, y0, y1 = left - ox, right - ox, bottom - oy, top - oy
        if rotation == 0:
            return x0, height - y1, x1, height - y0
        xa, ya = _to_display(x0, y0, width, height, rotation)
        xb, yb = _to_display(x1, y1, width, height, rotation)
        return min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)

    return char_box


def _advance_reader(
    textpage: pdfium.PdfTextPage,
    width: float,
    height: float,
    rotation: int,
    origin: tuple[float, float] = (0, 0),
) -> Callable[[int, int], tuple[float, float]]:
    """A function giving where the advances of characters ``first`` to ``last`` (one line's, left to right) start
    and end along the displayed line: pdfium's loose boxes, which span a glyph's advance rather than its ink."""
    rect = pdfium_c.FS_RECTF()
    rect_at, raw = ctypes.addressof(rect), _address(textpage)
    ox, oy = origin

    def display_x(index: int) -> tuple[float, float]:
        _GET_LOOSE_CHAR_BOX(raw, index, rect_at)
        xa, _ = _to_display(rect.left - ox, rect.bottom - oy, width, height, rotation)
        xb, _ = _to_display(rect.right - ox, rect.top - oy, width, height, rotation)
        return (xa, xb) if xa <= xb else (xb, xa)

    def advance(first: int, last: int) -> tuple[float, float]:
        return display_x(first)[0], display_x(last)[1]

    return advance


# A font size this small is a writer's unit size ('/F1 1 Tf', as cairo and some others write) with the printed size
# in the text matrix: the size read is then the unit size times the matrix's vertical scale
UNIT_FONT_SIZE = 1.5


def printed_size(nominal: float, c: float, d: float) -> float:
    """A character's font size as printed: pdfium's nominal size, unless that is a unit size scaled by the text
    matrix (whose second column is `c`, `d`)."""
    return nominal * math.hypot(c, d) if 0 < nominal <= UNIT_FONT_SIZE else nominal


def font_style_reader(textpage: pdfium.PdfTextPage) -> Callable[[int], tuple[float, bool]]:
    """A function giving a character's font size and boldness (from the font name, ForceBold flag
    or weight; a weight out of scale asks the embedded font program), with its buffers made once per page."""
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    name_at, flags_at = ctypes.addressof(name), ctypes.addressof(flags)
    raw, address = textpage.raw, _address(textpage)
    program_bold = _program_bold_reader(textpage)
    bold_weight, scale_top = BOLD_WEIGHT, WEIGHT_SCALE_TOP
    matrix = pdfium_c.FS_MATRIX()

    def font_style(index: int) -> tuple[float, bool]:
        flags.value = 0
        _GET_FONT_INFO(address, index, name_at, 128, flags_at)
        bold = (
            b"bold" in name.value.lower()
            or bool(flags.value & FORCE_BOLD)
            or (
                (weight := pdfium_c.FPDFText_GetFontWeight(raw, index)) >= bold_weight
                and (weight <= scale_top or program_bold(index))
            )
        )
        size = pdfium_c.FPDFText_GetFontSize(raw, index)
        if size <= UNIT_FONT_SIZE:
            pdfium_c.FPDFText_GetMatrix(raw, index, matrix)
            size = printed_size(size, matrix.c, matrix.d)
        return round(size, 1), bold

    return font_style


def _program_bold_reader(textpage: pdfium.PdfTextPage) -> Callable[[int], bool]:
    """A function telling whether a character's embedded font program says bold (:func:`font_program_bold`; False
    when it cannot be read), each font of the document read once. Only asked for weights out of scale."""
    raw = textpage.raw
    on_page: dict[int | None, bool] = {}
    in_document = _document_verdicts(textpage)

    def program_bold(index: int) -> bool:
        font = pdfium_c.FPDFTextObj_GetFont(pdfium_c.FPDFText_GetTextObject(raw, index))
        key = ctypes.cast(font, ctypes.c_void_p).value
        if key not in on_page:
            on_page[key] = bool(key) and _program_verdict(font, in_document)
        return on_page[key]

    return program_bold


# Verdicts by (font name, program size) for each open document: copying a program out of pdfium costs far more
# than reading its two tables, and a document's pages share their fonts. Kept per document because generic names
# ('CIDFont+F1') recur across documents for different faces.
_VERDICTS_BY_DOCUMENT: weakref.WeakKeyDictionary[Any, dict[tuple[bytes, int], bool]] = weakref.WeakKeyDictionary()


def _document_verdicts(textpage: pdfium.PdfTextPage) -> dict[tuple[bytes, int], bool]:
    document = getattr(getattr(textpage, "page", None), "pdf", None)
    if document is None:
        return {}
    return _VERDICTS_BY_DOCUMENT.setdefault(document, {})


def _program_verdict(font: Any, verdicts: dict[tuple[bytes, int], bool]) -> bool:
    size = ctypes.c_size_t(0)
    if not pdfium_c.FPDFFont_GetFontData(font, None, 0, ctypes.byref(size)) or not size.value:
        return False
    name = ctypes.create_string_buffer(256)
    pdfium_c.FPDFFont_GetBaseFontName(font, name, 256)
    key = (name.value, size.value)
    if key not in verdicts:
        verdicts[key] = bool(font_program_bold(_font_data(font, size.value)))
    return verdicts[key]


def _font_data(font: Any, length: int = 0) -> bytes:
    """The font's embedded program (empty when there is none); ``length``, when the caller has asked it, saves
    asking pdfium again."""
    size = ctypes.c_size_t(length)
    if not length and (not pdfium_c.FPDFFont_GetFontData(font, None, 0, ctypes.byref(size)) or not size.value):
        return b""
    buffer = (ctypes.c_ubyte * size.value)()
    if not pdfium_c.FPDFFont_GetFontData(font, buffer, size.value, ctypes.byref(size)):
        return b""
    return bytes(buffer)[: size.value]


def font_program_bold(data: bytes) -> bool | None:
    """Whether a TrueType/OpenType font program says it is a bold face: its OS/2 weight class is 600 or more, or
    the bold bit of OS/2 fsSelection or of head macStyle is set. None when ``data`` is no such program (Type 1
    and bare CFF programs are not read) or holds neither table."""
    tables = _sfnt_tables(data, (b"OS/2", b"head"))
    os2, head = (tables.get(b"OS/2", b""), tables.get(b"head", b"")) if tables else (b"", b"")
    if len(os2) < 64 and len(head) < 46:
        return None
    if len(os2) >= 64:
        weight_class = int.from_bytes(os2[4:6], "big")
        weight_class *= 100 if weight_class < 10 else 1  # early fonts give 1-9
        if weight_class >= BOLD_WEIGHT or int.from_bytes(os2[62:64], "big") & OS2_BOLD:
            return True
    return len(head) >= 46 and bool(int.from_bytes(head[44:46], "big") & MAC_STYLE_BOLD)


def _sfnt_tables(data: bytes, wanted: tuple[bytes, ...]) -> dict[bytes, bytes] | None:
    """The ``wanted`` tables of an sfnt font file that lie wholly inside it, or None when ``data`` is no sfnt."""
    if len(data) < 12 or data[:4] not in SFNT_VERSIONS:
        return None
    count = int.from_bytes(data[4:6], "big")
    tables: dict[bytes, bytes] = {}
    for at in range(12, min(12 + 16 * count, len(data) - 15), 16):
        tag = data[at : at + 4]
        offset, length = int.from_bytes(data[at + 8 : at + 12], "big"), int.from_bytes(data[at + 12 : at + 16], "big")
        if tag in wanted and offset + length <= len(data):
            tables[tag] = data[offset : offset + length]
    return tables


def _stacked(run: Line, line: list[Line]) -> bool:
    """The run sits over or under a run of the line (most of the narrower one's width is shared):
    two lines set close together in a table cell, not one line."""
    for other in line:
        shared = min(run.x1, other.x1) - max(run.x0, other.x0)
        if shared > 0.5 * min(run.x1 - run.x0, other.x1 - other.x0) and shared > 1.0:
            return True
    return False


def _cell_gap(height: float) -> float:
    """The least gap that sets a margin cell apart from its line: clearly wider than a word space."""
    return max(6.0, 0.6 * height)


def _margin_token(run: Line, width: float) -> bool:
    text = run.text.strip()
    return (
        0 < len(text) <= MARGIN_TOKEN_CHARS
        and len(text.split()) <= MARGIN_TOKEN_WORDS
        and run.x0 > RIGHT_COLUMN * width
    )


@dataclass
class MarginColumn:
    """Where a page's short right-margin cells stand: (x, line index) of those that plainly stand in a column
    (alone on their line, or after a column-sized gap), and the right edge of the page's text block."""

    starts: list[tuple[float, int]]  # sorted by x
    text_right: float


LONG_RUN_CHARS = 30  # a run this long is running text (or a wide cell), part of the text block


def _margin_column(lines: list[list[Line]], width: float) -> MarginColumn | None:
    """The page's right-margin column, or None when no line has a cell standing plainly in one."""
    starts = []
    text_right = 0.0
    for index, parts in enumerate(lines):
        parts.sort(key=lambda r: r.x0)
        last = parts[-1]
        if _margin_token(last, width) and (len(parts) == 1 or last.x0 - parts[-2].x1 > COLUMN_GAP):
            starts.append((last.x0, index))
        for run in parts:
            if len(run.text) >= LONG_RUN_CHARS and run.x1 > text_right:
                text_right = run.x1
    return MarginColumn(sorted(starts), text_right) if starts else None


def _in_margin_column(index: int, prev: Line, run: Line, width: float, column: MarginColumn) -> bool:
    """The line's last run is a right-margin cell set a little closer to its line than a column gap ('… cuts for
    SS' in an Action column): far wider than a word space, right of the page's text block (a justified line's
    last word is not), and at the x where other lines of the page start such cells."""
    if run.x0 - prev.x1 <= _cell_gap(run.bottom - run.top) or run.x0 <= column.text_right:
        return False
    if not _margin_token(run, width):
        return False
    first = bisect.bisect_left(column.starts, (run.x0 - COLUMN_ALIGN, -1))
    for x, other in column.starts[first:]:
        if x > run.x0 + COLUMN_ALIGN:
            return False
        if other != index:
            return True
    return False


def group_lines(runs: list[Line], width: float = 0.0) -> list[Line]:
    """Join runs that share a baseline into lines, top to bottom, left to right. With the page's ``width``, a
    short cell of a right-hand margin column is set apart from its line by a column gap ('   ') even where it
    is printed only a little wider than a word space from the line's end."""
    return _joined(_rows(runs), width)


def _rows(runs: list[Line]) -> list[list[Line]]:
    """Runs that share a baseline, as rows top to bottom (a row's runs in no set order)."""
    lines: list[list[Line]] = []
    top = bottom = 0.0  # the extent of the last line, kept as min() and max() over its runs would give it
    for run in sorted(runs, key=lambda r: ((r.top + r.bottom) / 2, r.x0)):
        centre = (run.top + run.bottom) / 2
        if lines:
            height = max(bottom - top, 1.0)
            if top - 0.2 * height <= centre <= bottom + 0.2 * height and not _stacked(run, lines[-1]):
                lines[-1].append(run)
                top = run.top if run.top < top else top
                bottom = run.bottom if run.bottom > bottom else bottom
                continue
        lines.append([run])
        top, bottom = run.top, run.bottom
    return lines


def _joined(lines: list[list[Line]], width: float) -> list[Line]:
    """Each row's runs joined into one line, left to right (see :func:`group_lines`)."""
    column = _margin_column(lines, width) if width else None
    result = []
    for index, parts in enumerate(lines):
        parts.sort(key=lambda r: r.x0)
        text = parts[0].text
        cut = parts[0].bold_end if parts[0].bold else None
        span: tuple[int, int, bool] | None = None  # a bold stretch after a regular opening: start, end, still open
        for prev, run in zip(parts, parts[1:], strict=False):
            gap = run.x0 - prev.x1
            if gap > COLUMN_GAP or (run is parts[-1] and column and _in_margin_column(index, prev, run, width, column)):
                sep = "   "
            elif _word_pieces(prev, run):
                sep = ""
            elif gap > 1.5 or text.endswith(" ") or run.text.startswith(" "):
                sep = " "
            else:  # superscripts ("9th") and font changes inside a word
                sep = ""
            text = text.rstrip() + sep + run.text.lstrip() if sep else text + run.text
            start = len(text) - len(run.text.lstrip() if sep else run.text)
            cut = _bold_cut(cut, parts[0].bold, run, start)
            span = None if parts[0].bold else _bold_stretch(span, run, start, len(text))
        raw, text = text, _spaced(text)
        result.append(
            Line(
                text,
                min(p.x0 for p in parts),
                min(p.top for p in parts),
                max(p.x1 for p in parts),
                max(p.bottom for p in parts),
                max(p.size for p in parts),
                parts[0].bold,
                _bold_end(raw, cut, text),
                bold_span=_bold_span(raw, span, text),
            )
        )
    return result


# Two or three columns of running text (minutes or a newsletter set like a journal): where a gutter runs down a band
# of rows with wrapped prose on both sides, the band is read column by column, as a reader reads it
MIN_PAIRED_ROWS = 3  # rows of the band with text on both sides of the gutter (a last page's short right column)
MAX_TEXT_COLUMNS = 3
PROSE_CHARS = 20  # a line of running text in a column holds this many characters at least ...
PROSE_FILL = 0.55  # ... and fills this share of its column's width
PROSE_SHARE = 0.4  # of a column's rows at least (a paragraph's last line and a heading are short, most cells too)
MIN_PROSE_ROWS = 2  # in each column ...
MIN_BAND_PROSE_ROWS = 8  # ... and in the band
MAX_CELL_ROWS = 0.4  # of a column's rows: more rows of runs a column gap apart (cells) are a table's
COLUMN_WIDTH_RATIO = 0.5  # text columns are set about as wide as one another; a table's often are not
NARROW_COLUMN = 0.2  # of the band's width: a run of labels or numbers hung left of its text, not a column
BAND_LEAD = 2.0  # line heights: a one-sided row this far under the band's last row is no longer in a column
BLOCK_GAP = 1.25  # of a column's usual line pitch: a line further under the one above starts a block
MIN_ALIGNED_BLOCKS = 3  # blocks in each column, after the first, for their starts to say table
ALIGNED_SHARE = 0.75  # of the blocks of the column with fewer: set level with the other's, a table's rows


def read_columns(runs: list[Line], width: float) -> list[Line]:
    """:func:`group_lines`, save that a band of rows set in two or three columns of running text is read column by
    column (the left column top to bottom, then the next), each line with its own box; rows above, below and
    beside no such band (a full-width title, a table, an agenda grid) are joined as :func:`group_lines` joins
    them."""
    rows = _rows(runs)
    bands = _column_bands(rows)
    if not bands:
        return _joined(rows, width)
    banded = {index for start, end, _ in bands for index in range(start, end)}
    outside = iter(_joined([row for index, row in enumerate(rows) if index not in banded], width))
    result: list[Line] = []
    done = 0
    for start, end, columns in bands:
        result += [next(outside) for _ in range(start - done)]
        for left, right in columns:
            inside = [run for row in rows[start:end] for run in row if left <= run.x0 and run.x1 <= right]
            result += _joined(_rows(inside), width)
        done = end
    return result + list(outside)


def _column_bands(rows: list[list[Line]]) -> list[tuple[int, int, list[tuple[float, float]]]]:
    """(first row, row after the last, the columns' x extents) of each band of rows set in text columns, top to
    bottom. Candidate gutters are the wide gaps inside rows; a band is the stretch of rows no run crosses the
    gutter in, from the first row with text on both sides; of overlapping bands, the longest (a gutter's points
    nearest a column's ragged edge end their stretch at its longest line)."""
    stretches = {stretch for x in _gutter_candidates(rows) for stretch in _stretches(rows, x)}
    bands: list[tuple[int, int, list[tuple[float, float]]]] = []
    for start, end in sorted(stretches, key=lambda stretch: (stretch[0] - stretch[1], stretch[0])):
        if any(start < b_end and b_start < end for b_start, b_end, _ in bands):
            continue
        columns = _text_columns(rows[start:end])
        if columns:
            bands.append((start, end, columns))
    return sorted(bands)


def _gutter_candidates(rows: list[list[Line]]) -> list[float]:
    """Points (every other one) inside the wide gaps of rows that as many rows as a band needs share, those most
    shared first (most pages have none: a page of one column of text costs one pass over its rows)."""
    counts: Counter[int] = Counter()
    for row in rows:
        parts = sorted(row, key=lambda r: r.x0)
        for prev, run in zip(parts, parts[1:], strict=False):
            if run.x0 - prev.x1 > COLUMN_GAP:
                counts.update(range(2 * math.ceil(prev.x1 / 2), math.floor(run.x0), 2))
    return [float(x) for x, count in counts.most_common() if count >= MIN_PAIRED_ROWS]


def _crosses(row: list[Line], x: float) -> bool:
    return any(run.x0 < x < run.x1 for run in row)


def _paired(row: list[Line], x: float) -> bool:
    return any(run.x1 <= x for run in row) and any(run.x0 >= x for run in row)


def _stretches(rows: list[list[Line]], x: float) -> Iterator[tuple[int, int]]:
    """Bands of rows no run crosses ``x`` in, with MIN_PAIRED_ROWS rows with text either side of it: from the
    first such row (a row above it on one side only reads the same in either order, save a right-hand one: a
    stamp or date at the top right stays before the columns) to the last, and on over the rows of the longer
    column under it."""
    start = 0
    while start < len(rows):
        end = start
        while end < len(rows) and not _crosses(rows[end], x):
            end += 1
        paired = [index for index in range(start, end) if _paired(rows[index], x)]
        if len(paired) >= MIN_PAIRED_ROWS:
            last = paired[-1] + 1
            while last < end and _close_under(rows[last - 1], rows[last]):
                last += 1
            yield paired[0], last
        start = end + 1


def _close_under(above: list[Line], row: list[Line]) -> bool:
    bottom = max(run.bottom for run in above)
    top = min(run.top for run in row)
    height = max(run.bottom - run.top for run in row)
    return top - bottom <= BAND_LEAD * height


def _text_columns(band: list[list[Line]]) -> list[tuple[float, float]] | None:
    """The x extents of the band's columns when it is set in two or three columns of running text, else None."""
    columns = _merged_narrow(_clear_columns([run for row in band for run in row]))
    if not 2 <= len(columns) <= MAX_TEXT_COLUMNS:
        return None
    widths = [right - left for left, right in columns]
    if min(widths) < COLUMN_WIDTH_RATIO * max(widths):
        return None
    prose = [_prose_rows(band, left, right) for left, right in columns]
    if sum(prose) < MIN_BAND_PROSE_ROWS or not all(prose):
        return None
    starts = [_block_starts(band, left, right) for left, right in columns]
    if any(_rows_aligned(first, second) for first, second in zip(starts, starts[1:], strict=False)):
        return None
    return columns


def _block_starts(band: list[list[Line]], left: float, right: float) -> list[float]:
    """The tops of the column's blocks after its first (paragraphs, or a table's cells): lines set further under the
    column's line above than its usual line pitch."""
    tops = [
        min(run.top for run in inside)
        for row in band
        if (inside := [run for run in row if left <= run.x0 and run.x1 <= right])
    ]
    pitches = [below - above for above, below in zip(tops, tops[1:], strict=False)]
    if not pitches:
        return []
    usual = sorted(pitches)[len(pitches) // 2]
    return [below for below, pitch in zip(tops[1:], pitches, strict=True) if pitch > BLOCK_GAP * usual]


def _rows_aligned(first: list[float], second: list[float]) -> bool:
    """Most blocks of one column start level with a block of the other: a table's cells of one row, not two
    columns of paragraphs, which break where their own sentences end."""
    fewer, more = sorted((first, second), key=len)
    if len(fewer) < MIN_ALIGNED_BLOCKS:
        return False
    level = sum(any(abs(top - other) <= COLUMN_ALIGN for other in more) for top in fewer)
    return level >= ALIGNED_SHARE * len(fewer)


def _clear_columns(runs: list[Line]) -> list[tuple[float, float]]:
    """The x extents the runs cover, split where a gap wider than a column gap runs down all of them."""
    columns: list[tuple[float, float]] = []
    for run in sorted(runs, key=lambda r: r.x0):
        if columns and run.x0 - columns[-1][1] <= COLUMN_GAP:
            columns[-1] = (columns[-1][0], max(columns[-1][1], run.x1))
        else:
            columns.append((run.x0, run.x1))
    return columns


def _merged_narrow(columns: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Narrow extents (numbers or labels hung left of their text) joined to the column right of them."""
    if not columns:
        return columns
    band = columns[-1][1] - columns[0][0]
    merged: list[tuple[float, float]] = []
    pending: float | None = None
    for left, right in columns:
        if right - left < NARROW_COLUMN * band:
            pending = left if pending is None else pending
            continue
        merged.append((left if pending is None else pending, right))
        pending = None
    if pending is not None and merged:
        merged[-1] = (merged[-1][0], columns[-1][1])
    return merged


def _prose_rows(band: list[list[Line]], left: float, right: float) -> int:
    """How many of the column's lines are running text (one run long and filling most of the column's width), 0
    unless enough of them are and few of the column's rows are set in cells (runs a column gap apart: a table's
    lead and date, a log's owner and due)."""
    lines = prose = cells = 0
    for row in band:
        inside = [run for run in row if left <= run.x0 and run.x1 <= right]
        if not inside:
            continue
        lines += 1
        cells += len(inside) > 1
        widest = max(inside, key=lambda run: run.x1 - run.x0)
        prose += len(widest.text) >= PROSE_CHARS and widest.x1 - widest.x0 >= PROSE_FILL * (right - left)
    if cells > MAX_CELL_ROWS * lines:
        return 0
    return prose if prose >= MIN_PROSE_ROWS and prose >= PROSE_SHARE * lines else 0


# an advance gap at most this share of the font size is none: glyphs of one word set one after the other (a word
# space is about a quarter of the size: 0.23 in Calibri, 0.28 in Arial)
WORD_PIECE_GAP = 0.1


def _word_pieces(prev: Line, run: Line) -> bool:
    """The run goes on the word ``prev`` ends: pdfium read no space between them and the run's first glyph
    advance starts where the last one of ``prev`` ends (pdfium breaks turned text between glyphs; their ink
    boxes are a bearing or two apart, as far as a word space in some fonts)."""
    if prev.spaced_after or prev.advance is None or run.advance is None:
        return False
    size = prev.size if prev.size > UNIT_FONT_SIZE else prev.bottom - prev.top
    return abs(run.advance[0] - prev.advance[1]) <= WORD_PIECE_GAP * size


def _spaced(text: str) -> str:
    """A line's text with its spacing settled: one space between words, three at a column gap."""
    return "   ".join(" ".join(part.split()) for part in text.split("   ") if part.strip())


def _bold_cut(cut: int | None, opens_bold: bool, run: Line, start: int) -> int | None:
    """Where the bold opening of a line being joined ends, after adding ``run`` at ``start``: None while every
    run so far is bold, -1 when the line does not open in bold or turns bold again after regular text."""
    if not opens_bold or cut == -1:
        return -1
    if cut is None:
        if not run.bold:
            return start
        return None if run.bold_end is None else start + run.bold_end
    return -1 if run.bold else cut


def _bold_stretch(span: tuple[int, int, bool] | None, run: Line, start: int, end: int) -> tuple[int, int, bool] | None:
    """The bold stretch of a line that opens in regular type, after adding ``run`` (``start`` to ``end`` of the
    joined text): (start, end, whether it may go on into the next run); (-1, -1, False) once a second stretch
    opens."""
    if span is None:
        if not run.bold:
            return None
        return (start, end, True) if run.bold_end is None else (start, start + run.bold_end, False)
    if span[0] < 0 or not run.bold:
        return span if span[0] < 0 else (span[0], span[1], False)
    if not span[2]:
        return (-1, -1, False)
    return (span[0], end, True) if run.bold_end is None else (span[0], start + run.bold_end, False)


def _bold_span(raw: str, span: tuple[int, int, bool] | None, text: str) -> tuple[int, int] | None:
    """A bold stretch (offsets into the joined ``raw`` text) as offsets into its spaced ``text``, when regular
    words follow it on the line."""
    if span is None or span[0] <= 0 or span[2]:
        return None
    before, bold = _spaced(raw[: span[0]]).rstrip(), _spaced(raw[span[0] : span[1]]).strip()
    start = text.find(bold, len(before))
    if not before or not bold or start < 0 or start + len(bold) >= len(text):
        return None
    return start, start + len(bold)


def _bold_end(raw: str, cut: int | None, text: str) -> int | None:
    """``cut`` (an offset into the joined ``raw`` text) as an offset into its spaced ``text``, at a word's end."""
    if cut is None or cut <= 0:
        return None
    head = _spaced(raw[:cut]).rstrip()
    if not head or not text.startswith(head) or len(head) >= len(text):
        return None
    return len(head)


def _count_objects(
    page: pdfium.PdfPage, page_width: float, page_height: float
) -> tuple[int, int, int, tuple[float, float, float, float] | None]:
    """(paths, images, grid evidence, the largest picture's bounds in PDF space): grid evidence counts ruling lines
    and cell boxes, not logo curves or page frames."""
    paths = images = 0
    largest: tuple[float, float, float, float] | None = None
    largest_area = 0.0
    horizontal = vertical = boxes = 0
    for kind, obj in _page_objects(page.raw):
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
            left, bottom, right, top = _bounds(obj)
            width, height = right - left, top - bottom
            page_sized = width >= 0.8 * page_width and height >= 0.6 * page_height
            drawn_horizontal, drawn_vertical = _compound_rules(obj)
            if drawn_horizontal or drawn_vertical:  # one path drawing a whole grid ...
                if not (page_sized and drawn_horizontal + drawn_vertical < 12):  # ... not a page frame or two
                    horizontal += drawn_horizontal
                    vertical += drawn_vertical
                continue
            if width >= 0.8 * page_width and height >= 0.6 * page_height:
                continue  # a page frame or background
            if height <= 2.5 and width >= 15:
                horizontal += 1
            elif width <= 2.5 and height >= 8:
                vertical += 1
            elif width >= 15 and height >= 8:
                boxes += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
            bounds = _bounds(obj)
            if (area := (bounds[2] - bounds[0]) * (bounds[3] - bounds[1])) > largest_area:
                largest, largest_area = bounds, area
    grid = horizontal + vertical + boxes if (horizontal >= 3 and vertical >= 2) or boxes >= 4 or horizontal >= 4 else 0
    return paths, images, grid, largest


# forms nested deeper than this are drawings, not tables: a page placed whole as a form by a merging or stamping
# tool, holding its writer's own forms, is three deep
MAX_FORM_DEPTH = 8


def _page_objects(
    page: Any, max_depth: int = MAX_FORM_DEPTH, form: Any = None, level: int = 0
) -> Iterator[tuple[int, Any]]:
    """(type, raw object) for the page's objects and those of its forms, ``max_depth`` levels deep, as
    pypdfium2's ``get_objects`` walks them but without a wrapper per object (a text-heavy page has
    thousands, nearly all text)."""
    if form is None:
        parent, count, get = page, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject
    else:
        parent, count, get = form, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject
    total = count(parent)
    if total < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    for index in range(total):
        obj = get(parent, index)
        if not obj:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        yield kind, obj
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < max_depth - 1:
            yield from _page_objects(page, max_depth, obj, level + 1)


def _bounds(obj: Any) -> tuple[float, float, float, float]:
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        raise pdfium.PdfiumError("Failed to locate pageobject.")
    return left.value, bottom.value, right.value, top.value


MAX_SEGMENTS = 4000  # a path with more segments is a chart or a drawing, not a table grid


def _compound_rules(obj: Any) -> tuple[int, int]:
    """Horizontal and vertical rules drawn by one multi-segment path (some generators draw a grid so)."""
    count = pdfium_c.FPDFPath_CountSegments(obj)
    if count <= 5 or count > MAX_SEGMENTS:  # a line or a rectangle is judged by its bounds
        return 0, 0
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
        raise pdfium.PdfiumError("Failed to get matrix of pageobject.")
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    x, y = ctypes.c_float(), ctypes.c_float()
    horizontal = vertical = 0
    previous: tuple[float, float] | None = None
    for index in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if previous is not None and pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_LINETO:
            dx, dy = abs(point[0] - previous[0]), abs(point[1] - previous[1])
            if dy <= 1 and dx >= 15:
                horizontal += 1
            elif dx <= 1 and dy >= 8:
                vertical += 1
        previous = point
    return horizontal, vertical


def read_page(pdf: pdfium.PdfDocument, index: int, *, ocr: bool = False, pictures: bool = True) -> PageLayout:
    """One page's lines; with ``ocr``, a page without a text layer is read by Tesseract, and with ``pictures``
    too, the pictures pasted on a page with a text layer."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        rotation = page.get_rotation() % 360
        # get_size() is the unrotated media box for rotation 0/180, swapped for 90/270.
        raw_w, raw_h = (height, width) if rotation in (90, 270) else (width, height)
        crop_left, crop_bottom, crop_right, crop_top = page.get_cropbox()
        origin = (min(crop_left, crop_right), min(crop_bottom, crop_top))
        media = page.get_mediabox()
        malformed_box = media[0] > media[2] or media[1] > media[3]
        paths, images, grid, largest = _count_objects(page, raw_w, raw_h)
        textpage = page.get_textpage()
        try:
            text = page_text(textpage)
            runs = _runs(textpage, raw_w, raw_h, rotation, origin, text)
            # a ruled page's wrapped cells side by side are a table's, however long (a risk register's)
            lines = group_lines(runs, width) if grid else read_columns(runs, width)
            upright = upright_rotation(textpage)
        finally:
            textpage.close()
        if not malformed_box:
            lines = _shown(lines, width, height)
        unreadable = text_layer.unreadable(text)
        if unreadable:  # its readable lines (a heading in another font) stay, unless OCR reads the page
            lines = text_layer.readable_lines(lines)
        method = "pypdfium2"
        ocr_lines_found: list[Line] = []
        ocr_words: list[Line] = []
        skew = 0.0
        readings: list[tuple[PictureReading, list[Line], list[Line]]] = []
        if ocr and (unreadable or not any(line.text.strip() for line in lines)):
            lines = []
            reading = ocr_page(page, width, height, ocr_dpi(width, height))
            ocr_lines_found, ocr_words, skew = reading.lines, reading.words, reading.skew
            method = "ocr"
        elif ocr and pictures and upright in (None, rotation):  # a page to be turned is read again, turned
            regions = picture_regions(page, lines, (raw_w, raw_h), rotation, origin)
            readings = [read_picture(page, region, ocr_dpi(width, height)) for region in regions]
    finally:
        page.close()
    layout = PageLayout(index + 1, width, height, rotation, lines or ocr_lines_found, paths, images, grid=grid)
    layout.method = method
    layout.deskewed = skew
    layout.largest_picture = largest and _display_box(largest, (raw_w, raw_h), rotation, origin)
    layout.words = ocr_words
    layout.text_layer = bool(lines) and not unreadable
    layout.unreadable_text_layer = unreadable
    for reading, region_lines, region_words in readings:
        _add_picture(layout, reading, region_lines, region_words)
    layout.malformed_box = malformed_box
    layout.upright_rotation = upright if upright is not None and upright != rotation else None
    classify_stamps(layout)
    return layout


TURN_SAMPLE = 96  # characters measured per page: enough for a clear majority, cheap on a 500-page pack
TURN_MIN_CHARS = 40  # a page with fewer characters (a "Page 3" stamp, a filler line) is left as stored
TURN_MAJORITY = 0.75


def upright_rotation(textpage: pdfium.PdfTextPage) -> int | None:
    """The /Rotate (0, 90, 180 or 270) that would show most of the page's characters upright, or None when no
    quarter turn holds a clear majority (mixed directions, too few characters).

    A character drawn turned θ anticlockwise in PDF space reads upright once the page is shown turned θ clockwise,
    which is what /Rotate θ does; pdfium gives the character's angle clockwise (a y-down frame), so θ is its
    negative."""
    count = textpage.count_chars()
    if count < TURN_MIN_CHARS:
        return None
    raw = textpage.raw
    votes: Counter[int] = Counter()
    for index in range(0, count, max(1, count // TURN_SAMPLE)):
        if pdfium_c.FPDFText_IsGenerated(raw, index) or chr(pdfium_c.FPDFText_GetUnicode(raw, index) or 32).isspace():
            continue
        angle = pdfium_c.FPDFText_GetCharAngle(raw, index)
        if angle >= 0:  # -1: pdfium could not say
            votes[-round(math.degrees(angle) / 90) % 4 * 90] += 1
    measured = sum(votes.values())
    if not votes or measured < TURN_SAMPLE // 4:
        return None
    turn, count_at_turn = votes.most_common(1)[0]
    return turn if count_at_turn >= TURN_MAJORITY * measured else None


def _shown(lines: list[Line], width: float, height: float) -> list[Line]:
    """The lines a viewer shows: pdfium reads text anywhere on the paper, also where the CropBox hides it (a print
    designer's slug line, "agenda_pack.indd  3  12/01/2025  10:31", printed in the bleed)."""
    return [line for line in lines if line.x1 > 0 and line.x0 < width and line.bottom > 0 and line.top < height]


def _add_picture(layout: PageLayout, reading: PictureReading, lines: list[Line], words: list[Line]) -> None:
    layout.pictures.append(reading)
    if reading.dropped:
        return
    layout.lines = _with_picture_lines(layout.lines, lines)
    layout.picture_method = reading.method
    if reading.region.turn == 0:
        layout.picture_regions.append(reading.region.box)
        layout.picture_words.extend(words)


OCR_DPI = 200
PICTURE_SHARE = 0.2  # of the page's area: an image this large with no text over it is a pasted picture
# _ocr_quality of a picture's reading below which it is not text: a chart's axis labels and legend (0.67 on a
# council's liability benchmark chart) or an infographic (0.48); a pasted table or page of text reads 0.9 and more
MIN_PICTURE_QUALITY = 0.75


def picture_regions(
    page: pdfium.PdfPage,
    lines: list[Line],
    raw_size: tuple[float, float],
    rotation: int = 0,
    origin: tuple[float, float] = (0.0, 0.0),
) -> list[PictureRegion]:
    """Pictures pasted on a page with a text layer: image objects (in forms too) covering
    PICTURE_SHARE of the page with no text-layer line inside their box, in display space as the text layer's
    lines are (``raw_size``: the unrotated page's width and height, ``rotation``: the page's /Rotate)."""
    width, height = page.get_size()
    regions: list[PictureRegion] = []
    for kind, obj in _page_objects(page.raw):
        if kind != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue
        box = _display_box(_bounds(obj), raw_size, rotation, origin)
        box = (max(0.0, box[0]), max(0.0, box[1]), min(width, box[2]), min(height, box[3]))
        if (box[2] - box[0]) * (box[3] - box[1]) < PICTURE_SHARE * width * height:
            continue
        if any(_line_inside(line, box) for line in lines if line.text.strip()) or box in [r.box for r in regions]:
            continue
        regions.append(PictureRegion(box, (rotation - _quarter_turns(obj)) % 360))
    return regions


def _display_box(
    bounds: tuple[float, float, float, float], raw_size: tuple[float, float], rotation: int, origin: tuple[float, float]
) -> tuple[float, float, float, float]:
    """An object's bounds (left, bottom, right, top in PDF space) as (x0, top, x1, bottom) in display space."""
    left, bottom, right, top = bounds
    xa, ya = _to_display(left - origin[0], bottom - origin[1], *raw_size, rotation)
    xb, yb = _to_display(right - origin[0], top - origin[1], *raw_size, rotation)
    return min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)


def _quarter_turns(obj: Any) -> int:
    """The anticlockwise turn of an image object's matrix in PDF space, to the nearest quarter, in degrees."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
        return 0
    return round(math.degrees(math.atan2(matrix.b, matrix.a)) / 90) % 4 * 90


def _line_inside(line: Line, box: tuple[float, float, float, float], slack: float = 2.0) -> bool:
    x0, top, x1, bottom = box
    return line.x0 >= x0 - slack and line.x1 <= x1 + slack and line.top >= top - slack and line.bottom <= bottom + slack


def read_picture(
    page: pdfium.PdfPage, region: PictureRegion, dpi: int = OCR_DPI
) -> tuple[PictureReading, list[Line], list[Line]]:
    """What OCR made of one picture region, with the lines and the words it kept."""
    lines, words = ocr_region(page, region.box, dpi, turn=region.turn)
    kept = sum(len(line.text.split()) for line in lines)
    return PictureReading(region, "ocr-picture", kept, dropped=not lines), lines, words


def ocr_region(
    page: pdfium.PdfPage, region: tuple[float, float, float, float], dpi: int = OCR_DPI, *, turn: int = 0
) -> tuple[list[Line], list[Line]]:
    """A picture region's lines and words read by Tesseract from the page rendered at ``dpi`` and cut to the
    region, in page points; none when the reading is not text (a photograph or a chart reads as specks).
    A picture whose content is turned ``turn`` degrees clockwise is read turned back upright; its lines keep
    their boxes on the page, and its words are not kept (their boxes would stand across the page's lines)."""
    pytesseract = pytesseract_module()

    scale = dpi / 72
    x0, top, x1, bottom = region
    image = page.render(scale=scale).to_pil()
    crop = image.crop((int(x0 * scale), int(top * scale), int(x1 * scale) + 1, int(bottom * scale) + 1))
    read = _ocr_lines(pytesseract, crop, turn, dpi, page_frame=True)
    if _ocr_quality(read) < MIN_PICTURE_QUALITY:
        return [], []
    left, upper = int(x0 * scale) / scale, int(top * scale) / scale
    lines = [_shifted(_noise_cut(line), left, upper) for line, _, _ in read]
    if turn in (90, 270):  # a turned line's box stands across the page: its print is as tall as the box is wide
        lines = [replace(line, size=line.x1 - line.x0) for line in lines]
    words = [_shifted(word, left, upper) for _, _, line_words in read for word in line_words]
    return _numbers_joined_to_titles([line for line in lines if line.text]), words


def _shifted(line: Line, dx: float, dy: float) -> Line:
    return replace(line, x0=line.x0 + dx, x1=line.x1 + dx, top=line.top + dy, bottom=line.bottom + dy)


def _with_picture_lines(lines: list[Line], picture: list[Line]) -> list[Line]:
    """The page's lines with a picture's lines set in as one block where the picture's top falls in reading
    order (before the first text line below it)."""
    if not picture:
        return lines
    top = min(line.top for line in picture)
    at = next((index for index, line in enumerate(lines) if line.top >= top), len(lines))
    return [*lines[:at], *picture, *lines[at:]]


SMALL_PAGE_OCR_DPI = 300
SMALL_PAGE_LONG_SIDE = 700  # points: smaller than A4 and US Letter (A5 scans are 595)


def ocr_dpi(width: float, height: float) -> int:
    """The rendering resolution for OCR: 200 dpi, and 300 for pages smaller than A4 or Letter,
    whose small print Tesseract misses at 200 (item numbers on A5 parish agendas)."""
    return SMALL_PAGE_OCR_DPI if max(width, height) < SMALL_PAGE_LONG_SIDE else OCR_DPI


def ocr_available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_page(page: pdfium.PdfPage, width: float, height: float, dpi: int = OCR_DPI) -> PageReading:
    """Lines read by Tesseract from the rendered page, in display coordinates (points), and the
    words of those lines with their own boxes when the page was read upright (else none).

    A page scanned askew is read as scanned and its words' boxes are moved to where they stand on the
    squared-up page (:mod:`agendaparse.deskew`). Upright pages are read in one pass; when that pass reads
    poorly, Tesseract's orientation detection picks a rotation and the page is read again, keeping the
    better reading.
    """
    pytesseract = pytesseract_module()

    image = page.render(scale=dpi / 72).to_pil()
    skew = picture_skew(image)
    best = _ocr_lines(pytesseract, image, 0, dpi, skew=skew)
    upright = best
    if _ocr_quality(best) < 0.6:
        try:
            angle = int(pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT)["rotate"])
        except pytesseract.TesseractError:
            angle = 0
        for candidate in {angle, (360 - angle) % 360} - {0}:
            rotated = _ocr_lines(pytesseract, image, candidate, dpi)
            if _ocr_quality(rotated) > _ocr_quality(best):
                best = rotated
    words: list[Line] = []
    if best is upright:
        picture = turned_picture(image, skew)
        best = with_unread_words(picture, with_recovered_markers(picture, best, dpi), dpi)
        words = [word for _, _, line_words in best for word in line_words]
    else:
        skew = 0.0  # a page read turned a quarter or half keeps its boxes as read
    lines = [_noise_cut(line) for line, _, _ in best]
    return PageReading(_numbers_joined_to_titles([line for line in lines if line.text]), words, skew)


@dataclass
class PageReading:
    """What OCR read of a whole page: its lines, the words of an upright reading with their own boxes, and the
    angle (degrees anticlockwise) that squares the page up, to which the boxes were moved (0.0: none)."""

    lines: list[Line]
    words: list[Line]
    skew: float = 0.0


OCR_NOISE = frozenset("-–—,.:;'‘’\"“”~_|`")
OCR_TRAILING_NOISE = OCR_NOISE - frozenset("-–—")  # a dash ending a line may lead on to the next one
OCR_QUOTES = "‘’'\"“”`"


OCR_BULLETS = frozenset({"e", "«", "©", "¢", "°"})  # what Tesseract reads a round bullet as, before a capital
NUMBER_RE_OCR = re.compile(r"\(?\d{1,3}(?:\.\d{1,2})?")


def _noise_cut(line: Line) -> Line:
    """An OCR line without the specks read beside it (:func:`_without_edge_noise`), with the spaces it lost in
    names (:func:`_names_spaced`) and the ordinals it read as marks (:func:`agendaparse.dates.ordinals_mended`), its
    opening bold words' end moved with its text (dropped when the cut reaches into them)."""

    def mended(text: str) -> str:
        return ordinals_mended(_names_spaced(_labels_spaced(_glyphs_mended(_without_edge_noise(text)))))

    text = mended(line.text)
    if text == line.text:
        return line
    head = mended(line.text[: line.bold_end]) if line.bold_end is not None else ""
    bold_end = len(head) if head and text.startswith(head) and len(head) < len(text) else None
    return replace(line, text=text, bold_end=bold_end)


OCR_NAME_TITLES = "Mrs|Mr|Ms|Miss|Dr|Cllr|Sir"
# a title run into the initials after it, and perhaps the surname: 'MrBJ', 'MrABooth,', 'MrDLBrazier,'
TITLE_GLUED_RE = re.compile(rf"\b({OCR_NAME_TITLES})([A-Z]{{1,4}}?)([A-Z][a-z][\w'’-]*)?(?=[,.;:)]*(?:\s|$))")
# initials run into the surname after a title: 'Mr S RCampkin', 'Mr DRoss'
INITIALS_GLUED_RE = re.compile(rf"\b((?:{OCR_NAME_TITLES})(?: [A-Z])*) ([A-Z]{{1,3}})([A-Z][a-z][\w'’-]*)")


# a councillor's title with its two l's read as i, I, 1 or a bar ('Clir', 'ClIr', 'CIlr', 'C1lr'): no word is spelt so
COUNCILLOR_MISREAD_RE = re.compile(r"\bC(?!ll)[lI1i|]{2}r\b")
# two capital I's (initials, a roman two: 'Part II') with one read as a small l ('Il', 'lI'): no word is spelt so
DOUBLE_I_MISREAD_RE = re.compile(r"(?<![\w'’])(?:Il|lI)(?![\w'’])")


def _glyphs_mended(text: str) -> str:
    """An OCR line with the letters put back that Tesseract takes for one another in forms no word has: a 'Cllr'
    read 'Clir', initials 'II' read 'Il'."""
    return DOUBLE_I_MISREAD_RE.sub("II", COUNCILLOR_MISREAD_RE.sub("Cllr", text))


# an item's label run into its number ('Agenda item3', 'Minute47'): no one prints it so, OCR loses the space
LABEL_GLUED_RE = re.compile(r"\b((?i:agenda\s+item|item|minute))(?=\d{1,3}\b)")


def _labels_spaced(text: str) -> str:
    return LABEL_GLUED_RE.sub(r"\1 ", text)


def _names_spaced(text: str) -> str:
    """An OCR line with the spaces put back that Tesseract lost between a title, initials and a surname in a tightly
    set list of names ('MrABooth, MrDLBrazier, MrS RCampkin' for 'Mr A Booth, Mr D L Brazier, Mr S R Campkin'). No
    one prints a title or initials run into a name, so these are OCR's; initials printed together ('Mr PT Cole')
    are left as they are, as councils print them both ways."""
    text = TITLE_GLUED_RE.sub(lambda match: " ".join(filter(None, (match[1], *match[2], match[3]))), text)
    return INITIALS_GLUED_RE.sub(lambda match: " ".join((match[1], *match[2], match[3])), text)


# a rule between cells as OCR reads it: a bar, or an underscore where a rule meets another, with dashes at most
CELL_RULE_RE = re.compile(r"(?=[^|_¦]*+[|_¦])[|_¦—–-]++")
GLUED_BAR_RE = re.compile(r"^[|¦]+(?=[A-Za-z0-9(])|(?<=[A-Za-z0-9.)])[|¦]+$")


def _cell_rule(token: str) -> bool:
    return bool(CELL_RULE_RE.fullmatch(token))


def _without_glued_bars(token: str) -> str:
    """A word without the cell's rule OCR read glued to it ('|A1', 'Absence|'); a bar inside a word stays."""
    return GLUED_BAR_RE.sub("", token) or token


def _without_edge_noise(text: str) -> str:
    """A line as printed without the specks OCR reads beside it as marks ('- 24/35 Payments', '‘7. Planning',
    'Apologies ~ : :'): punctuation standing alone at either end, bars standing alone within it (a table's rule
    between cells: '1 | 13:30 - 13:35'), quote marks glued to the first word, and the space OCR sets between an
    item number and its stop ('4 . Approval'); a bullet read as a letter ('e Defibrillator') is a bullet again."""
    tokens = text.split()
    # the space before each token: three where the words part two columns (_words_joined), else one
    spaces = [" " if index == 0 else sep for index, sep in enumerate(re.findall(r"(?:^|\s+)(?=\S)", text))]
    start, end = 0, len(tokens)
    while end > start and set(tokens[end - 1]) <= OCR_TRAILING_NOISE:
        end -= 1
    while start < end and set(tokens[start]) <= OCR_NOISE:
        start += 1
    # a bar standing alone within the line is a rule between two cells, and so is a bar glued to a cell's word
    # ('10:00 |A1') or a rule's crossing read with it ('_|', '__|', '_—'); a column's gap before it stays ('Playing
    # Field   | AT' is 'Playing Field   AT', not 'Playing Field AT'; '1 | 13:30' is '1 13:30')
    tokens = [_without_glued_bars(token) for token in tokens]
    rules = [_cell_rule(token) for token in tokens]
    kept = [
        (max(spaces[index - 1], spaces[index]) if index > start and rules[index - 1] else spaces[index], tokens[index])
        for index in range(start, end)
        if not rules[index]
    ]
    if len(kept) > 1 and kept[0][1] in OCR_BULLETS and kept[1][1][:1].isupper():
        kept[0] = ("", "•")  # 'e Defibrillator – TS confirmed': a bullet read as a letter
    if len(kept) > 2 and NUMBER_RE_OCR.fullmatch(kept[0][1]) and kept[1][1] in {".", ")"}:
        kept[:2] = [("", kept[0][1] + kept[1][1])]  # '4 . Approval of Previous Minutes': the number's stop parted
    if kept and kept[0][1][0] in OCR_QUOTES and kept[0][1].lstrip(OCR_QUOTES)[:1].isalnum():
        kept[0] = (kept[0][0], kept[0][1].lstrip(OCR_QUOTES))
    return "".join(f"{space if index else ''}{token}" for index, (space, token) in enumerate(kept))


# an item's or minute's number printed alone: '11.', '(3)', '7,' (OCR reads a number's full stop as a comma at times),
# and the minute numbers parish and town councils print: 'PC 12/24', '24/101', '24.03.05', 'Minute 45', 'Item 4'
BARE_NUMBER_RE = re.compile(
    r"^(?:(?i:agenda\s+item|item|minute|min\.?)\s+|[A-Z]{1,4}\s?)?\(?\d{1,4}(?:[./]\d{1,4}){0,2}[.),:]?$"
)


def _numbers_joined_to_titles(lines: list[Line]) -> list[Line]:
    """OCR often reads a column of item numbers apart from the titles beside them ('11.' and 'WARD MATTERS.' as
    two lines, 'PC 12/24' and 'HIGHWAYS' set at a tab stop): a bare number is joined to the line that starts just
    right of it on the same row, as a text layer gives the two one line."""
    partners: dict[int, int] = {}
    for index, line in enumerate(lines):
        if BARE_NUMBER_RE.match(line.text):
            partner = _title_beside(line, lines, set(partners) | set(partners.values()))
            if partner is not None:
                partners[index] = partner
    placed = {min(number, title): (number, title) for number, title in partners.items()}
    joined = []
    for index, line in enumerate(lines):
        if index in placed:
            number, title = (lines[at] for at in placed[index])
            # three spaces where the title stands at a column's gap (a tab stop), as _words_joined and a text layer
            # part them: a heading's title is then read where it starts ('PC 16/24   Finance' over '(a) Grants')
            tab = title.x0 - number.x1 > OCR_COLUMN_GAP * (number.bottom - number.top)
            marker = f"{as_printed_marker(number.text)}{'   ' if tab else ' '}"
            joined.append(
                Line(
                    marker + title.text,
                    number.x0,
                    min(number.top, title.top),
                    title.x1,
                    max(number.bottom, title.bottom),
                    size=max(number.size, title.size),
                    bold=title.bold,  # the title's words measure their weight more surely than a number alone
                    bold_end=None if title.bold_end is None else len(marker) + title.bold_end,
                )
            )
        elif index not in partners and index not in partners.values():
            joined.append(line)
    return joined


def _title_beside(number: Line, lines: list[Line], taken: set[int]) -> int | None:
    """The index of the nearest line starting right of ``number`` within a few line heights, on its row."""
    height = max(number.bottom - number.top, 1.0)
    best = None
    for index, line in enumerate(lines):
        overlap = min(number.bottom, line.bottom) - max(number.top, line.top)
        gap = line.x0 - number.x1
        if index in taken or line is number or overlap < 0.5 * height or not 0 <= gap <= 4 * height:
            continue
        if best is None or line.x0 < lines[best].x0:
            best = index
    return best


def _ocr_quality(lines: list[tuple[Line, float, list[Line]]]) -> float:
    words = sum(len(line.text.split()) for line, _, _ in lines)
    if not words:
        return 0.0
    confidence = sum(conf * len(line.text.split()) for line, conf, _ in lines) / words / 100
    return confidence * min(1.0, words / 20)


def _ocr_lines(
    pytesseract, image, angle: int, dpi: int, *, page_frame: bool = False, skew: float = 0.0
) -> list[tuple[Line, float, list[Line]]]:
    """Tesseract words grouped into lines (each with its confidence and its words); `angle` rotates
    the image counter-clockwise first. With ``page_frame``, boxes are where the words stand in the image
    even when it was read upside down. With ``skew`` (an upright reading of a page scanned askew), each word's
    box is moved to where it stands on the page squared up by that many degrees (agendaparse.deskew)."""
    source_w, source_h = image.size
    rotated = image.rotate(angle, expand=True) if angle else image
    data = with_marks_read(
        pytesseract.image_to_data(rotated, output_type=pytesseract.Output.DICT, config="--psm 3"), rotated
    )
    strokes = word_strokes(data, rotated)  # measured where the boxes stand in the picture read
    underlined = underlined_words(data, rotated)  # a typed page's emphasis (agendaparse.ocr_weights)
    if skew and not angle:
        _square_up_boxes(data, skew, source_w, source_h)
    without_specks(data)
    grouped: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        if word.strip() and float(data["conf"][i]) >= 0:
            grouped.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
    bold = bold_words(data, strokes, list(grouped.values())) | underlined
    scale = 72 / dpi
    lines = []
    for indexes in grouped.values():
        x0 = min(data["left"][i] for i in indexes)
        y0 = min(data["top"][i] for i in indexes)
        x1 = max(data["left"][i] + data["width"][i] for i in indexes)
        y1 = max(data["top"][i] + data["height"][i] for i in indexes)
        # a page fed into the scanner upside down keeps its lines where they read upright: the page's size is
        # the same either way, and the order and margins of the lines are those of the printed page
        frame = 0 if angle == 180 and not page_frame else angle
        (ax, ay), (bx, by) = (_unturn(x0, y0, frame, source_w, source_h), _unturn(x1, y1, frame, source_w, source_h))
        text = _words_joined(data, indexes, y1 - y0)
        opens_bold, bold_end = line_weight(
            [i in bold for i in indexes],
            lambda count, line_words=indexes, height=y1 - y0: len(_words_joined(data, line_words[:count], height)),
        )
        confidence = sum(float(data["conf"][i]) for i in indexes) / len(indexes)
        box = (min(ax, bx) * scale, min(ay, by) * scale, max(ax, bx) * scale, max(ay, by) * scale)
        size = _ocr_size(text, box[3] - box[1])
        words = [_ocr_word(data, i, (box[1], box[3]), scale) for i in indexes] if not angle else []
        line = Line(text, *box, size=size, bold=opens_bold, bold_end=bold_end)
        lines.append(((y0, x0), line, confidence, words))
    lines.sort(key=lambda item: item[0])  # reading order of the upright text; boxes stay in page space
    return [(line, confidence, words) for _, line, confidence, words in lines]


DESCENDERS = frozenset("gjpqy,;()[]{}|")  # what reaches below a line's baseline
# a line with none of them inks this share of the height a line with them inks (Arial, Calibri, Times: 0.74-0.78)
INKED_ABOVE_BASELINE = 0.76


def _ocr_size(text: str, height: float) -> float:
    """An OCR line's font size from the height of its ink: a line with no letter reaching below the baseline
    ('Welcome and Introductions', 'AOB') inks less of it than one with ('Public Data Corporation discussion'), and
    was taken for smaller type than the headings it matches."""
    return height if DESCENDERS & set(text) else height / INKED_ABOVE_BASELINE


def _square_up_boxes(data: dict, skew: float, width: int, height: int) -> None:
    """Tesseract's word boxes (pixels) moved, each about its centre, to where the word stands on the page squared up
    by ``skew`` degrees: a line's words then share a row, and its box is as tall as its print."""
    for index, (left, top) in enumerate(zip(data["left"], data["top"], strict=True)):
        w, h = data["width"][index], data["height"][index]
        x, y = squared_up_point(left + w / 2, top + h / 2, skew, width, height)
        data["left"][index], data["top"][index] = round(x - w / 2), round(y - h / 2)


OCR_COLUMN_GAP = 2.0  # line heights between two words of one OCR line that part two columns (a word space is about 0.3)


def _words_joined(data: dict, indexes: list[int], height: float) -> str:
    """An OCR line's words, one space apart, and three where the gap between two is a column's (Tesseract reads a
    grid's title and lead cells, 'Welcome and Introductions      Chair', as one line; a text layer parts them so)."""
    text = data["text"][indexes[0]]
    for before, after in zip(indexes, indexes[1:], strict=False):
        gap = data["left"][after] - (data["left"][before] + data["width"][before])
        text += ("   " if gap > OCR_COLUMN_GAP * height else " ") + data["text"][after]
    return text


def _ocr_word(data: dict, index: int, line: tuple[float, float], scale: float) -> Line:
    """One word of an upright OCR reading in points: its own left and right edges, and its line's top
    and bottom (a word's ink box rises and falls with its letters; a line's words share a middle)."""
    left, right = data["left"][index], data["left"][index] + data["width"][index]
    top, bottom = line
    return Line(data["text"][index], left * scale, top, right * scale, bottom, size=bottom - top)


def _unturn(x: float, y: float, angle: int, width: int, height: int) -> tuple[float, float]:
    """A point in an image rotated `angle` degrees counter-clockwise, back in the original image."""
    if angle == 90:
        return width - y, x
    if angle == 180:
        return width - x, height - y
    if angle == 270:
        return y, height - x
    return x, y


def classify_stamps(page: PageLayout) -> None:
    """Find the printed page label, 'Agenda Item N' stamps and filler text on one page. Every page-number stamp
    in the margin is furniture; the first is the label until :func:`choose_sequence_labels` sees the pages around
    it, the others wait in ``other_labels``."""
    stamps: list[str] = []
    for index, line in enumerate(page.lines):
        text = line.text.strip()
        in_margin = _in_stamp_band(line, page)
        if FILLER_RE.search(text):
            page.is_filler = True
            page.furniture.append(line.text)
            continue
        if not in_margin or _list_label(page, index):
            continue
        if PROTECTIVE_MARKING_RE.match(text):
            page.furniture.append(line.text)
            continue
        split = _stamp_beside_content(page, index, first=not stamps)
        if split:
            kind, value = split
            if kind == "item":
                page.agenda_item_stamp = value
            else:
                stamps.append(value)
            continue
        item, label = _item_and_page_stamp(text, first=not stamps)
        if item:
            page.agenda_item_stamp = item
            page.furniture.append(line.text)
        if label:
            stamps.append(label)
            if not item:
                page.furniture.append(line.text)
    if stamps:
        page.label, page.other_labels = stamps[0], stamps[1:]


# a list's label printed alone on its line: '6', 'Item 6', 'Agenda item 6' (the number, with the words before it)
LIST_LABEL_RE = re.compile(r"^((?:agenda\s+item|item)\s+|)(\d{1,3})$", re.I)
LIST_LEFT = 0.25  # fraction of the page width: a list's label stands left of this, a page number centred or right
LABEL_TITLE_GAP = 1.5  # line heights: the most space between a label on its own line and the title under it


def _list_label(page: PageLayout, index: int) -> bool:
    """The margin line is the label of a list's item, not a stamp: a number alone ('6', 'Item 6') at the left edge,
    the item's title right under it at the same edge, and the list going on from it or coming to it (the next or the
    last label in the same words at the same edge, or a sub-item of this one lower down: '6.1', '6(a)'). A page
    number stands centred or at the right, and a report's 'Agenda Item 7' stamp heads no list."""
    line = page.lines[index]
    label = LIST_LABEL_RE.match(line.text.strip())
    if not label or line.x0 > LIST_LEFT * page.width or index + 1 >= len(page.lines):
        return False
    if not _title_under(line, page.lines[index + 1]):
        return False
    words, number = label.group(1).lower(), int(label.group(2))
    sub = re.compile(rf"^{number}(?:\.\d|\s*\([a-z]{{1,4}}\))", re.I)
    after, before = page.lines[index + 2 :], page.lines[:index]
    return (
        _label_at(after, line, f"{words}{number + 1}")
        or _label_at(before, line, f"{words}{number - 1}")
        or any(sub.match(_first_cell(other)) for other in after)
    )


def _title_under(label: Line, below: Line) -> bool:
    """``below`` is a title printed right under the label, from the same left edge."""
    height = max(label.bottom - label.top, label.size, 1.0)
    if abs(below.x0 - label.x0) > COLUMN_ALIGN or not 0 <= below.top - label.bottom <= LABEL_TITLE_GAP * height:
        return False
    text = below.text.strip()
    return bool(re.search(r"[^\W\d_]{3}", text)) and _item_and_page_stamp(text) == (None, None)


def _first_cell(line: Line) -> str:
    return line.text.strip().split("   ")[0].strip().lower()


def _label_at(lines: list[Line], label: Line, wanted: str) -> bool:
    """One of ``lines`` opens with the label ``wanted`` (lower case) at ``label``'s left edge."""
    return any(abs(line.x0 - label.x0) <= COLUMN_ALIGN and _first_cell(line) == wanted for line in lines)


def _stamp_beside_content(page: PageLayout, index: int, *, first: bool) -> tuple[str, str] | None:
    """A stamp printed on the baseline of content, split off the line (the content stays): 'Agenda Item 7' as the
    last cell of a line reaching the right margin beside a report's heading, or a page stamp ('Page 12') as the first
    or last cell of a table's row that continues the row above it (same left edge, close under it, two or more
    cells each). Returns ('item', '7') or ('page', '12') and rewrites the line; None leaves the line alone."""
    line = page.lines[index]
    cells = [cell.strip() for cell in line.text.split("   ") if cell.strip()]
    if len(cells) < 2:
        return None
    item = _item_stamp_beside_heading(page, line, cells)
    if item:
        page.lines[index] = _without_cell(line, cells, len(cells) - 1)
        return "item", item
    if not first or len(cells) < 3 or not _continues_row_above(page, index, len(cells) - 1):
        return None
    for position in (len(cells) - 1, 0):
        label = _explicit_page_stamp(cells[position])
        if label and PAGE_STAMP_RES[0].match(cells[position]):
            page.lines[index] = _without_cell(line, cells, position)
            return "page", label
    return None


def _item_stamp_beside_heading(page: PageLayout, line: Line, cells: list[str]) -> str | None:
    """The item of an 'Agenda Item 7' stamp printed as the last cell of a line reaching the right margin, beside
    words that are no stamp themselves (a report's heading)."""
    item = AGENDA_ITEM_STAMP_RE.match(cells[-1])
    if not item or not cells[-1].lower().startswith("agenda") or line.x1 <= RIGHT_COLUMN * page.width:
        return None
    if any(AGENDA_ITEM_STAMP_RE.match(cell) or _explicit_page_stamp(cell) for cell in cells[:-1]):
        return None
    return item.group(1)


def _continues_row_above(page: PageLayout, index: int, n_cells: int) -> bool:
    """The line above starts at the same left edge, sits close above and has ``n_cells`` cells (a table's row)."""
    line = page.lines[index]
    above = page.lines[index - 1] if index else None
    if above is None or abs(above.x0 - line.x0) > COLUMN_ALIGN:
        return False
    height = max(line.bottom - line.top, line.size, 1.0)
    if not 0 < line.top - above.top <= 2.5 * height:
        return False
    return len([cell for cell in above.text.split("   ") if cell.strip()]) == n_cells


def _without_cell(line: Line, cells: list[str], position: int) -> Line:
    """The line without one of its cells (a stamp): the other cells joined as the line joins them."""
    kept = cells[:position] + cells[position + 1 :]
    return replace(line, text="   ".join(kept), bold_end=None, bold_span=None)


def _in_stamp_band(line: Line, page: PageLayout) -> bool:
    """A line in the header or footer band; on a page turned by its /Rotate, also a line printed sideways in the
    band at the left or right edge (a stamp placed at the foot of the unturned page)."""
    band = MARGIN * page.height
    if line.top < band or line.bottom > page.height - band:
        return True
    if page.rotation not in (90, 270) or line.bottom - line.top <= 2 * (line.x1 - line.x0):
        return False
    side = MARGIN * page.width
    return line.x1 < side or line.x0 > page.width - side


def _item_and_page_stamp(text: str, *, first: bool = True) -> tuple[str | None, str | None]:
    """(item stamp, page label) of a margin line: 'Agenda Item 5' alone, a page number alone or as the first or last
    cell of a running footer, or an item stamp and a page number side by side ('- 12 -   Agenda Item 5'). After the
    page's ``first`` page number, only a line that is an explicit stamp and nothing else ('Page 1 of 3', '- 4 -')
    is another: a bare figure or a contents row's 'Page 3' in the band is not."""
    stamp = AGENDA_ITEM_STAMP_RE.match(text)
    if stamp:
        return stamp.group(1), None
    cells = [cell.strip() for cell in text.split("   ") if cell.strip()]
    if len(cells) == 2:
        for left, right in (cells, cells[::-1]):
            stamp = AGENDA_ITEM_STAMP_RE.match(left)
            label = _page_stamp(right) if stamp else None
            if stamp and label:
                return stamp.group(1), label
    return None, _page_stamp(text) if first else _explicit_page_stamp(text)


def _explicit_page_stamp(text: str) -> str | None:
    """The number of a line that is a page stamp in words or dashes and nothing else: 'Page 4', 'Page 1 of 3',
    'Page: 4', '- 4 -', '– Page 4 –'."""
    for pattern in (PAGE_STAMP_RES[0], PAGE_STAMP_RES[1], PAGE_STAMP_RES[4]):
        match = pattern.match(text)
        if match:
            return match.group(1)
    dashed = PAGE_STAMP_RES[0].match(text.strip(" -–—"))
    return dashed.group(1) if dashed else None


def _page_stamp(text: str) -> str | None:
    """The printed page number of a margin line: the whole line ('Page 12', '- 12 -', '12'), or the first or last
    cell of a running footer that prints it beside the meeting ('Council 16/05/2024   Page 4'); a bare figure
    must stand alone (a table's 'Total   12' row is no page number)."""
    for pattern in PAGE_STAMP_RES:
        match = pattern.match(text)
        if match:
            return match.group(1)
    dashed = PAGE_STAMP_RES[0].match(text.strip(" -–—"))  # '– Page 3 –'
    if dashed:
        return dashed.group(1)
    cells = [cell.strip() for cell in text.split("   ") if cell.strip()]
    if len(cells) < 2:
        return None
    for cell in (cells[-1], cells[0]):
        for pattern in (PAGE_STAMP_RES[0], PAGE_STAMP_RES[1], PAGE_STAMP_RES[4]):
            match = pattern.match(cell)
            if match:
                return match.group(1)
    return None


ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def _label_value(label: str) -> tuple[str, int] | None:
    """A label's place in its sequence: ('arabic', 12) for '12', ('roman', 4) for 'iv'; None for anything else."""
    if label.isdigit():
        return "arabic", int(label)
    letters = label.lower()
    if not letters or any(letter not in ROMAN_VALUES for letter in letters):
        return None
    values = [ROMAN_VALUES[letter] for letter in letters]
    total = sum(-value if value < after else value for value, after in zip(values, values[1:] + [0], strict=True))
    return "roman", total


def _run_lengths(candidates: list[list[str]], order: list[int]) -> list[dict[str, int]]:
    """For each page (visited in ``order``), each candidate label's run: how many labelled pages in a row, going that
    way, it continues (each rising by the pages between them, in one numbering)."""
    runs: list[dict[str, int]] = [{} for _ in candidates]
    previous: int | None = None
    for index in order:
        if not candidates[index]:
            continue
        for label in candidates[index]:
            runs[index][label] = 1 + max(
                (runs[previous][other] for other in candidates[previous] if _continues(other, label, index - previous))
                if previous is not None
                else (),
                default=0,
            )
        previous = index
    return runs


def _continues(before: str, label: str, distance: int) -> bool:
    """Whether ``label`` is ``distance`` pages on from ``before`` in the same numbering."""
    first, second = _label_value(before), _label_value(label)
    return first is not None and second is not None and first[0] == second[0] and second[1] - first[1] == distance


def choose_sequence_labels(pages: list[PageLayout]) -> None:
    """A page that prints several page numbers (an appendix's own 'Page 1 of 3' at the top, the pack's 'Page 9' at
    the foot) is labelled with the one in the longest run of neighbouring pages that number on from each other: the
    pack's own numbering. A tie keeps the first stamp from the top; the others stay in ``other_labels``."""
    candidates = [[page.label, *page.other_labels] if page.label else [] for page in pages]
    if not any(len(labels) > 1 for labels in candidates):
        return
    forward = _run_lengths(candidates, list(range(len(pages))))
    backward = _run_lengths(candidates, list(range(len(pages) - 1, -1, -1)))
    for index, page in enumerate(pages):
        labels = candidates[index]
        if len(labels) < 2:
            continue
        best = max(labels, key=lambda label: forward[index][label] + backward[index][label])
        page.label = best
        page.other_labels = [label for label in labels if label != best]


def _inline_page_stamp(page: PageLayout) -> int | None:
    """The number of a 'Page N' stamp read inside a margin line, between its first and last cells: a table's last
    row printed on the stamp's baseline ('Chapel roof   Page 6   2027/28   Amber')."""
    for line in page.lines:
        if not _in_stamp_band(line, page):
            continue
        cells = [cell.strip() for cell in line.text.split("   ") if cell.strip()]
        for cell in cells[1:-1]:
            match = PAGE_STAMP_RES[0].match(cell)
            if match:
                return int(match.group(1))
    return None


def read_inline_page_labels(pages: list[PageLayout]) -> None:
    """An unlabelled page whose 'Page N' stamp was read into a table row takes N as its label where the labelled
    pages on either side (or the one side there is) number on to it. The line stays text: the row is content."""
    numbered = [(index, int(page.label)) for index, page in enumerate(pages) if page.label and page.label.isdigit()]
    places = [index for index, _ in numbered]
    for index, page in enumerate(pages):
        value = None if page.label is not None else _inline_page_stamp(page)
        if value is None:
            continue
        at = bisect.bisect_left(places, index)
        neighbours = numbered[max(0, at - 1) : at] + numbered[at : at + 1]
        if neighbours and all(label + (index - place) == value for place, label in neighbours):
            page.label = str(value)


OF_TOTAL_RE = re.compile(r"^(\d{1,4})\s+of\s+(\d{1,4})$")  # a bare '12 of 60' at the foot of a page


def _of_total_stamp(page: PageLayout) -> tuple[int, int, str] | None:
    """(total, n, line text) of a bare 'n of T' alone in the page's margin band, else None."""
    band = MARGIN * page.height
    for line in page.lines:
        match = OF_TOTAL_RE.match(line.text.strip())
        if match and (line.top < band or line.bottom > page.height - band) and 0 < int(match[1]) <= int(match[2]):
            return int(match[2]), int(match[1]), line.text
    return None


def mark_of_total_labels(pages: list[PageLayout], least: int = 3) -> None:
    """A bare '12 of 60' is a page number only where the page map bears it out: a run of at least ``least``
    consecutive pages (or a whole '1 of 2', '2 of 2') whose numbers rise by one under the same total. Alone,
    '2 of 5' in a margin may be anything (a count, a step)."""
    stamps = [_of_total_stamp(page) if page.label is None else None for page in pages]
    _label_stamped_runs(pages, stamps, least, whole=lambda run: run[0][1] == 1 and run[-1][1] == run[-1][0])


def _label_stamped_runs(
    pages: list[PageLayout],
    stamps: list[tuple[Any, int, str] | None],
    least: int,
    whole: Callable[[list[tuple[Any, int, str]]], bool] = lambda run: False,
) -> None:
    """Label the pages of each run of consecutive pages whose margin stamps (key, n, line text) share their key
    (a total, a prefix) and whose n rise by one, when the run is ``least`` pages long or ``whole``; the stamps
    become the pages' furniture."""
    start = 0
    while start < len(pages):
        end = start
        while (
            stamps[start] is not None
            and end + 1 < len(pages)
            and (following := stamps[end + 1]) is not None
            and following[0] == stamps[start][0]
            and following[1] == stamps[end][1] + 1
        ):
            end += 1
        run = stamps[start : end + 1]
        if run[0] is not None and (len(run) >= least or whole(run)):
            for page, stamp in zip(pages[start : end + 1], run, strict=True):
                page.label = str(stamp[1])
                page.furniture.append(stamp[2])
        start = end + 1


# 'CAB 14', 'PL 7', 'OSC12': a committee's short prefix in capitals before the page number (a pack stamped with its
# committee's code); never 'Page', 'Part', 'Item' or a paper's section
PREFIXED_STAMP_RE = re.compile(
    r"^(?!(?:PAGE|PART|ITEM|ANNEX|TABLE|ROOM|STEP|STAGE|PHASE|AREA|ZONE|UNIT)\b)([A-Z]{2,5})\s?(\d{1,4})$"
)


def _prefixed_stamp(page: PageLayout) -> tuple[str, int, str] | None:
    """(prefix, n, line text) of a prefixed page number alone in the page's margin band, else None."""
    for line in page.lines:
        match = PREFIXED_STAMP_RE.match(line.text.strip())
        if match and _in_band(line, page):
            return match[1], int(match[2]), line.text
    return None


def mark_prefixed_labels(pages: list[PageLayout], least: int = 3) -> None:
    """'CAB 14' in the margin is page 14 where the page map bears it out: a run of at least ``least`` consecutive
    unlabelled pages stamped with the same prefix, their numbers rising by one (alone, 'OSC 3' may be anything)."""
    _label_stamped_runs(pages, [_prefixed_stamp(page) if page.label is None else None for page in pages], least)


def _in_band(line: Line, page: PageLayout) -> bool:
    band = MARGIN * page.height
    return line.top < band or line.bottom > page.height - band


def mark_two_page_running_lines(pages: list[PageLayout], tolerance: float = 3.0) -> None:
    """A two-page document: a line its header or footer band prints on both pages, at the same height, is a
    running head or footer (Word repeats it); two pages are too few for :func:`mark_running_heads`' share."""
    first, second = pages
    placed = {(running_line_key(line.text), round(line.top)) for line in second.lines if _in_band(line, second)}
    for line in first.lines:
        key = running_line_key(line.text)
        if not key or not _in_band(line, first):
            continue
        if not any(text == key and abs(top - line.top) <= tolerance for text, top in placed):
            continue
        for page in pages:
            for other in page.lines:
                same = running_line_key(other.text) == key and abs(other.top - line.top) <= tolerance
                if same and other.text not in page.furniture:
                    page.furniture.append(other.text)


def mark_running_heads(pages: list[PageLayout], min_share: float = 0.3) -> None:
    """Lines repeated in the header/footer band of many pages are furniture, not content."""
    if len(pages) == 2:
        mark_two_page_running_lines(pages)
    if len(pages) < 3:
        return
    counts: Counter[str] = Counter()
    for page in pages:
        band = MARGIN * page.height
        seen = {
            running_line_key(line.text) for line in page.lines if line.top < band or line.bottom > page.height - band
        }
        counts.update(seen)
    threshold = max(3, int(min_share * len(pages)))
    repeated = {text for text, n in counts.items() if n >= threshold and text}
    for page in pages:
        band = MARGIN * page.height
        for line in page.lines:
            if line.text in page.furniture:
                continue
            if (line.top < band or line.bottom > page.height - band) and running_line_key(line.text) in repeated:
                page.furniture.append(line.text)


# what a council's web page leaves when printed: a link's size alone, 'view the full minutes text', sharing links
WEB_RESIDUE_RE = re.compile(
    r"^(?:pdf icon\s+)?pdf\s+\d+\s*[kmg]b$|^(?:\.{3}|…)?\s*view the (?:full )?(?:minutes|agenda|decision) text for item"
    r"|^[•·]?\s*share this item$",
    re.I,
)


# A browser's print header and footer: the time of printing ('14/03/2024, 10:21', '3/14/24, 10:21 AM') beside the
# page's title, the page's address beside the counter '2/6' of the printed pages
_PRINT_TIME = r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?"
PRINT_TIME_RE = re.compile(rf"^{_PRINT_TIME}\b|\b{_PRINT_TIME}$", re.I)
PRINT_ADDRESS_RE = re.compile(r"^(?:https?|file)://\S|\s(?:https?|file)://\S+(?:\s+\d{1,3}/\d{1,3})?$", re.I)
PRINT_COUNTER_RE = re.compile(r"(\d{1,3})\s*(?:/|of)\s*(\d{1,3})")


def _browser_furniture(text: str, n_pages: int) -> bool:
    counter = PRINT_COUNTER_RE.fullmatch(text)
    if counter:
        return int(counter[2]) == n_pages and 1 <= int(counter[1]) <= n_pages
    return bool(PRINT_TIME_RE.search(text) or PRINT_ADDRESS_RE.search(text))


def mark_browser_print_furniture(pages: list[PageLayout]) -> None:
    """A web page printed from a browser: its print header and footer (and whatever shares their baseline, the
    page's title) and the page's link residue ('view the full minutes text for item 86') are not content."""
    for page in pages:
        band = MARGIN * page.height
        margin = [line for line in page.lines if line.top < band or line.bottom > page.height - band]
        marked = [line for line in margin if _browser_furniture(line.text.strip(), len(pages))]
        for line in page.lines:
            residue = WEB_RESIDUE_RE.match(line.text.strip())
            beside = line in margin and any(abs(line.top - other.top) < 2 for other in marked)
            if (residue or beside) and line.text not in page.furniture:
                page.furniture.append(line.text)


def running_line_key(text: str) -> str:
    """What the copies of one running head or footer share: case, spacing and numbers folded."""
    # "Page 3 of 12" and "Page 4 of 12" are the same running footer, and so are "number   9" and "number 10": a
    # right-aligned page number of two digits prints closer to the text before it than a column gap.
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def iter_pages(
    pdf: pdfium.PdfDocument, *, ocr: bool = False, warnings: list[str] | None = None, pictures: bool = True
) -> Iterator[PageLayout]:
    """Every page; a page that cannot be read is an empty page and a warning, not a failure."""
    for index in range(len(pdf)):
        try:
            yield read_page(pdf, index, ocr=ocr, pictures=pictures)
        except pdfium.PdfiumError as exc:
            if warnings is not None:
                warnings.append(f"page {index + 1} could not be read ({exc})")
            yield PageLayout(index + 1, 0.0, 0.0, 0, [], text_layer=False)


@dataclass
class PdfRead:
    pages: list[PageLayout]
    engine: str
    warnings: list[str]
    data: bytes | None
    # the document information dictionary ('Title', 'Subject', 'Author', ...), empty values left out
    properties: dict[str, str] = field(default_factory=dict)


def document_properties(pdf: pdfium.PdfDocument) -> dict[str, str]:
    """The PDF's Title, Subject, Author and other information entries; none when they cannot be read."""
    try:
        return {key: str(value) for key, value in pdf.get_metadata_dict(skip_empty=True).items()}
    except (pdfium.PdfiumError, UnicodeDecodeError):
        return {}


PICTURE_CHOICES = ("auto", "never")


def read_document(
    path: str | Path, password: str | None = None, *, ocr: str = "never", pictures: str = "auto"
) -> PdfRead:
    """Read every page of a PDF, with stamps and running heads marked as furniture.

    ``ocr``: "auto" reads pages without a text layer with Tesseract when it is installed;
    "never" leaves them empty (flagged ``has_text_layer = False`` either way).
    ``pictures``: with OCR on, "auto" also reads the large pictures pasted on pages that have a text layer
    (2-3 s each, photographs and charts included); "never" leaves them unread.
    """
    if pictures not in PICTURE_CHOICES:
        raise ValueError(f"pictures must be one of {PICTURE_CHOICES}, not {pictures!r}")
    source = open_document(path, password)
    read_ocr, read_pictures = ocr == "auto" and ocr_available(), pictures == "auto"
    properties = document_properties(source.pdf)
    try:
        pages = list(iter_pages(source.pdf, ocr=read_ocr, warnings=source.warnings, pictures=read_pictures))
        for number, written in source.odd_rotations.items():
            page = pages[number - 1]
            source.warnings.append(f"page {number}: /Rotate {written} is no multiple of 90; read as {page.rotation}")
            if page.upright_rotation is None:
                page.upright_rotation = page.rotation  # written again as pdfium reads it, for pdfplumber too
        if any(page.upright_rotation is not None for page in pages):
            try:
                source.data = _read_turned(source.pdf, pages, ocr=read_ocr, pictures=read_pictures)
            except pdfium.PdfiumError as exc:  # the pages stay as read: sideways, but every word kept
                numbers = [str(page.number) for page in pages if page.upright_rotation is not None]
                where = f"page {numbers[0]}" if len(numbers) == 1 else f"pages {', '.join(numbers)}"
                source.warnings.append(f"{where}: text set sideways could not be turned upright ({exc})")
    finally:
        source.pdf.close()
    if all(not page.width for page in pages):
        raise CorruptPdfError(str(path), "no page could be read", page=1)
    for page in pages:
        if page.malformed_box:
            source.warnings.append(f"page {page.number}: the page box is malformed (corners reversed)")
    unreadable = [page for page in pages if page.unreadable_text_layer]
    if unreadable:
        read_by_ocr = all(page.method == "ocr" for page in unreadable)
        source.warnings.append(
            text_layer.unreadable_warning([page.number for page in unreadable], read_by_ocr=read_by_ocr)
        )
    choose_sequence_labels(pages)
    mark_of_total_labels(pages)
    mark_prefixed_labels(pages)
    read_inline_page_labels(pages)
    mark_running_heads(pages)
    mark_browser_print_furniture(pages)
    return PdfRead(pages, source.engine, source.warnings, source.data, properties)


def _read_turned(pdf: pdfium.PdfDocument, pages: list[PageLayout], *, ocr: bool, pictures: bool) -> bytes:
    """Give each page whose text is set sideways (or upside down) the /Rotate that shows it upright, read those pages
    again, and return the document so turned (in memory; the file is untouched) for the table stage to read."""
    import io

    turned = [page for page in pages if page.upright_rotation is not None]
    for page in turned:
        pdf_page = pdf[page.number - 1]
        try:
            pdf_page.set_rotation(page.upright_rotation)
        finally:
            pdf_page.close()
    buffer = io.BytesIO()
    pdf.save(buffer, flags=pdfium_c.FPDF_REMOVE_SECURITY)
    data = buffer.getvalue()
    copy = pdfium.PdfDocument(data)
    try:
        read_again = [read_page(copy, page.number - 1, ocr=ocr, pictures=pictures) for page in turned]
    finally:
        copy.close()
    for page, again in zip(turned, read_again, strict=True):  # all or none: the table stage reads the copy
        again.turned = (again.rotation - page.rotation) % 360
        again.upright_rotation = None
        pages[page.number - 1] = again
    return data


def read_pages(path: str | Path, password: str | None = None, *, ocr: str = "never") -> list[PageLayout]:
    """The pages of :func:`read_document`."""
    return read_document(path, password, ocr=ocr).pages
