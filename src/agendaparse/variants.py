"""The same documents stored another way, to measure how the readers generalise beyond the layouts they were built on.

    agendaparse eval --gold corpus/gold/dev --fast --variant unruled

Each variant prints the same words in the same places on screen; only the way the file stores them changes, as it
does between councils' publishing systems:

- ``unruled``: ruling lines and cell borders removed (stroked paths and thin filled bars); cell shading at least
  4 points wide and tall kept, so a status read from its colour stays readable. A ruled table becomes an unruled one.
- ``rotated``: each page stored a quarter turn round with ``/Rotate 90`` to turn it back (as scanners and many
  print-to-PDF drivers store landscape pages): the same picture in other coordinates.
- ``rasterised``: each page a 200 dpi greyscale picture with no text layer (a scanned paper copy; needs
  ``pdftoppm``); score it without ``--fast`` so OCR reads it.
- ``rasterised-colour``: ``rasterised`` in colour (a colour scan, stored as JPEG): what a shaded status cell says
  is still there to read from its colour, as in archives scanned in colour.
- ``reprinted``: each page drawn again by another PDF writer (poppler's cairo output, ``pdftocairo -pdf``, as Linux
  print-to-PDF drivers write): fonts re-embedded and re-encoded, text shown glyph by glyph, paths rewritten. Where the
  original font carries no Unicode map, the reprint's text layer is unreadable, as in many reprinted old papers.
- ``resized``: each page shrunk to 0.7071 of its size with everything on it (an A4 paper printed on A5, as booklet
  and "fit to page" printing do): every font size, gap and rule width smaller by the same factor.
- ``cropped``: each page on paper 36 points larger all round (MediaBox) holding crop marks and a slug line
  ("agenda_pack.indd  3  12/01/2025  10:31"), with a CropBox showing the page as it was (a print designer's export
  with bleed). Viewers show the same; the text and drawings are measured from another corner of the paper.
- ``placed``: each page's content placed on the paper as one Form XObject, shrunk to 0.94 about the page's centre
  by the form's ``/Matrix`` (as tools that merge documents into a pack, stamp them or fit them to a printable area
  place pages): the same words a little smaller with wider margins, one or more forms deeper.
- ``searchable``: each page a 150 dpi colour picture (JPEG) of itself with the original text drawn invisibly over it
  (text render mode 3), every path, shading and picture of the original gone: a paper scanned and made searchable
  (OCRmyPDF, Acrobat "Recognize text", scanner software), with a perfect text layer. Tables keep their words but their
  ruling and colours are pixels only. Not in the ratchet: writing it takes minutes.
- ``sideways``: each page's content turned a quarter turn anticlockwise on a page of swapped sides with no
  ``/Rotate`` to turn it back: what a viewer shows of a landscape table set sideways on a portrait page (and of a
  portrait page set sideways on a landscape one). The words read bottom to top.
- ``skewed``: ``rasterised`` with each page's picture turned a little about its centre (0.6 to 1.6 degrees, one way
  or the other by page), as a sheet lies askew on a flatbed scanner or is fed crooked: the text lines of a
  historic scanned archive run uphill or down. Score it without ``--fast``.

:func:`write_variant` writes one file's variant; :func:`agendaparse.evaluate.evaluate` takes ``variant=`` and scores
the variants of the gold files' PDFs (written to a scratch folder, never beside the originals) against the same gold.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path

import pikepdf
from PIL import Image

from .errors import AgendaparseError

PATH_CONSTRUCTION = {"m", "l", "c", "v", "y", "h", "re"}
STROKES = {"S", "s"}
FILLS = {"f", "F", "f*"}
FILL_AND_STROKES = {"B", "B*", "b", "b*"}
CLIPS = {"W", "W*"}
# a filled rectangle at least this wide and tall is shading, thinner ones are drawn rules
SHADING_MIN_SIDE = 4.0


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float | Decimal) else 0.0


def _only_wide_rectangles(path: list[tuple[list, pikepdf.Operator]]) -> bool:
    shapes = [operands for operands, operator in path if str(operator) == "re"]
    if not shapes or len(shapes) != len(path):
        return False
    return all(min(abs(_number(o[2])), abs(_number(o[3]))) >= SHADING_MIN_SIDE for o in shapes)


def _painted(path: list, clip: str | None, painter: str) -> list:
    """A finished path again, or nothing: strokes and thin fills are lines; wide filled rectangles are shading."""
    wide = _only_wide_rectangles(path)
    keep = painter if painter in FILLS | {"n"} and (painter == "n" or wide) else None
    if painter in FILL_AND_STROKES and wide:
        keep = "f"
    if clip is None and keep is None:
        return []
    shape = [pikepdf.ContentStreamInstruction(operands, operator) for operands, operator in path]
    if clip is not None:
        shape.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator(clip)))
    return [*shape, pikepdf.ContentStreamInstruction([], pikepdf.Operator(keep or "n"))]


def unrule_instructions(instructions: Iterable) -> list:
    """Drop the drawing of lines from a content stream's instructions; keep text, pictures, clips and shading."""
    kept: list = []
    path: list = []
    clip: str | None = None
    for instruction in instructions:
        operands, operator = instruction.operands, instruction.operator
        name = str(operator)
        if name in PATH_CONSTRUCTION:
            path.append((list(operands), operator))
        elif name in CLIPS:
            clip = name
        elif name in STROKES | FILLS | FILL_AND_STROKES | {"n"}:
            kept.extend(_painted(path, clip, name))
            path, clip = [], None
        else:
            kept.append(instruction)
    return kept


def _unrule_stream(pdf: pikepdf.Pdf, owner: pikepdf.Object, seen: set[tuple[int, int]]) -> None:
    instructions = pikepdf.parse_content_stream(owner)
    data = pikepdf.unparse_content_stream(unrule_instructions(instructions))
    if isinstance(owner, pikepdf.Page):
        owner.obj.Contents = pdf.make_stream(data)
    else:
        owner.write(data)
    resources = owner.get("/Resources") if not isinstance(owner, pikepdf.Page) else owner.obj.get("/Resources")
    for form in _forms(resources):
        key = form.objgen
        if key not in seen:
            seen.add(key)
            _unrule_stream(pdf, form, seen)


def _forms(resources: pikepdf.Object | None) -> list[pikepdf.Object]:
    if resources is None or "/XObject" not in resources:
        return []
    return [x for x in resources.XObject.values() if x.get("/Subtype") == "/Form"]


def unruled(source: Path, target: Path) -> None:
    with pikepdf.open(source) as pdf:
        seen: set[tuple[int, int]] = set()
        for page in pdf.pages:
            _unrule_stream(pdf, page, seen)
        pdf.save(target)


def _redraw(pdf: pikepdf.Pdf, page: pikepdf.Page, transform: str, box: tuple[float, float]) -> None:
    """Draw the page's content through `transform` (a ``cm`` matrix) on a new media box of `box` (width, height)."""
    page.contents_coalesce()
    old = page.obj.Contents.read_bytes()
    page.obj.Contents = pdf.make_stream(f"q {transform} cm\n".encode() + old + b"\nQ\n")
    page.obj.MediaBox = pikepdf.Array([0, 0, *box])
    for other in ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox"):
        if other in page.obj:
            del page.obj[other]
    if "/Annots" in page.obj:
        del page.obj["/Annots"]


def rotated(source: Path, target: Path) -> None:
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            llx, lly, urx, ury = (float(v) for v in page.mediabox)
            height = ury - lly
            # draw the page a quarter turn anticlockwise into a box of swapped sides; /Rotate 90 turns it back
            turn = f"0 1 -1 0 {height:.4f} 0 cm 1 0 0 1 {-llx:.4f} {-lly:.4f}"
            _redraw(pdf, page, turn, (height, urx - llx))
            page.obj.Rotate = (int(page.obj.get("/Rotate", 0)) + 90) % 360
        pdf.save(target)


def sideways(source: Path, target: Path) -> None:
    """Each page drawn a quarter turn anticlockwise on a page of swapped sides, with no /Rotate to turn it back: a
    landscape table set sideways on a portrait page, as a viewer shows it before anyone turns the page."""
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            llx, lly, urx, ury = (float(v) for v in page.mediabox)
            turn = f"0 1 -1 0 {ury - lly:.4f} 0 cm 1 0 0 1 {-llx:.4f} {-lly:.4f}"
            _redraw(pdf, page, turn, (ury - lly, urx - llx))
        pdf.save(target)


def _page_pictures(source: Path, dpi: int, *, grey: bool = True) -> list[Image.Image]:
    """Each page of ``source`` as a picture at ``dpi`` (poppler's ``pdftoppm``, ``-gray`` unless not ``grey``),
    loaded into memory."""
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), *(["-gray"] if grey else []), "-png", str(source), f"{scratch}/p"],
            check=True,
            capture_output=True,
        )
        pictures = sorted(Path(scratch).glob("p-*.png"), key=lambda p: int(p.stem[2:]))
        return [Image.open(picture) for picture in pictures]


def _pictures_pdf(images: list[Image.Image], dpi: int, target: Path) -> None:
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    target.write_bytes(buffer.getvalue())


def rasterised(source: Path, target: Path, dpi: int = 200) -> None:
    _pictures_pdf(_page_pictures(source, dpi), dpi, target)


def rasterised_colour(source: Path, target: Path, dpi: int = 200) -> None:
    _pictures_pdf([picture.convert("RGB") for picture in _page_pictures(source, dpi, grey=False)], dpi, target)


SKEW_ANGLES = (1.2, -0.8, 1.6, -1.4, 0.6, -1.0)  # degrees anticlockwise, page by page in turn


def skewed(source: Path, target: Path, dpi: int = 200) -> None:
    pictures = _page_pictures(source, dpi)
    turned = [
        picture.convert("L").rotate(SKEW_ANGLES[index % len(SKEW_ANGLES)], Image.Resampling.BICUBIC, fillcolor=255)
        for index, picture in enumerate(pictures)
    ]
    _pictures_pdf(turned, dpi, target)


A5_FROM_A4 = 0.7071  # 1 / sqrt(2): each A size is the next larger one halved


def reprinted(source: Path, target: Path) -> None:
    """Drawn again by poppler's cairo PDF writer (``pdftocairo``, poppler-utils)."""
    subprocess.run(["pdftocairo", "-pdf", str(source), str(target)], check=True, capture_output=True)


def resized(source: Path, target: Path, scale: float = A5_FROM_A4) -> None:
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            llx, lly, urx, ury = (float(v) for v in page.mediabox)
            shrink = f"{scale:.4f} 0 0 {scale:.4f} 0 0 cm 1 0 0 1 {-llx:.4f} {-lly:.4f}"
            _redraw(pdf, page, shrink, ((urx - llx) * scale, (ury - lly) * scale))
        pdf.save(target)


BLEED = 36.0  # points of paper round the page, beyond what is shown (a print designer's bleed and slug area)
SLUG_FONT = "/AgendaparseSlug"


def _print_marks(width: float, height: float, number: int) -> bytes:
    """Crop marks at the shown page's corners and a slug line under it, all in the bleed: the paper a print designer's
    export keeps round the page, which a viewer does not show."""
    marks = []
    for x, y, dx, dy in ((0, 0, -1, -1), (width, 0, 1, -1), (0, height, -1, 1), (width, height, 1, 1)):
        marks.append(f"{x + dx * 6:.2f} {y:.2f} m {x + dx * 30:.2f} {y:.2f} l S")
        marks.append(f"{x:.2f} {y + dy * 6:.2f} m {x:.2f} {y + dy * 30:.2f} l S")
    slug = f"BT {SLUG_FONT} 7 Tf 0 {-BLEED + 8:.2f} Td (agenda_pack.indd   {number}   12/01/2025   10:31) Tj ET"
    return ("\nq 0.25 w 0 G " + " ".join(marks) + f" Q\nq 0 g {slug} Q\n").encode()


def cropped(source: Path, target: Path, bleed: float = BLEED) -> None:
    with pikepdf.open(source) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            llx, lly, urx, ury = (float(v) for v in page.cropbox)
            _redraw(pdf, page, f"1 0 0 1 {-llx:.4f} {-lly:.4f}", (urx - llx, ury - lly))
            font = pikepdf.Dictionary(
                Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
            )
            page.add_resource(pdf.make_indirect(font), pikepdf.Name.Font, pikepdf.Name(SLUG_FONT))
            page.obj.Contents = pdf.make_stream(
                page.obj.Contents.read_bytes() + _print_marks(urx - llx, ury - lly, number)
            )
            page.obj.MediaBox = pikepdf.Array([-bleed, -bleed, urx - llx + bleed, ury - lly + bleed])
            page.obj.CropBox = pikepdf.Array([0, 0, urx - llx, ury - lly])
        pdf.save(target)


PLACED_SCALE = 0.94


def placed(source: Path, target: Path, scale: float = PLACED_SCALE) -> None:
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            page.contents_coalesce()
            llx, lly, urx, ury = (float(v) for v in page.mediabox)
            width, height = urx - llx, ury - lly
            form = pdf.make_stream(page.obj.Contents.read_bytes())
            form.Type, form.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
            form.BBox = pikepdf.Array([llx, lly, urx, ury])
            shift_x, shift_y = (1 - scale) * width / 2 - scale * llx, (1 - scale) * height / 2 - scale * lly
            form.Matrix = pikepdf.Array([scale, 0, 0, scale, shift_x, shift_y])
            form.Resources = page.obj.get("/Resources", pikepdf.Dictionary())
            page.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(PlacedPage=pdf.make_indirect(form)))
            page.obj.Contents = pdf.make_stream(b"q /PlacedPage Do Q")
            page.obj.MediaBox = pikepdf.Array([0, 0, width, height])
            for other in ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox", "/Annots"):
                if other in page.obj:
                    del page.obj[other]
        pdf.save(target)


PAINTING = PATH_CONSTRUCTION | STROKES | FILLS | FILL_AND_STROKES | CLIPS | {"n", "sh", "BI", "ID", "EI"}
INVISIBLE_TEXT = 3  # text render mode: neither filled nor stroked


def text_only_instructions(instructions: Iterable, images: set[str]) -> list:
    """A content stream's instructions with every path, clip, shading and picture left out and its text invisible."""
    kept: list = []
    for instruction in instructions:
        name = str(instruction.operator)
        if name in PAINTING or isinstance(instruction, pikepdf.ContentStreamInlineImage):
            continue
        if name == "Do" and str(instruction.operands[0]) in images:
            continue
        if name == "Tr":
            kept.append(pikepdf.ContentStreamInstruction([INVISIBLE_TEXT], instruction.operator))
            continue
        kept.append(instruction)
        if name == "BT":
            kept.append(pikepdf.ContentStreamInstruction([INVISIBLE_TEXT], pikepdf.Operator("Tr")))
    return kept


def _image_names(resources: pikepdf.Object | None) -> set[str]:
    if resources is None or "/XObject" not in resources:
        return set()
    return {str(name) for name, x in resources.XObject.items() if x.get("/Subtype") == "/Image"}


def _text_only_stream(pdf: pikepdf.Pdf, owner: pikepdf.Object, seen: set[tuple[int, int]]) -> None:
    resources = owner.obj.get("/Resources") if isinstance(owner, pikepdf.Page) else owner.get("/Resources")
    instructions = text_only_instructions(pikepdf.parse_content_stream(owner), _image_names(resources))
    data = pikepdf.unparse_content_stream(instructions)
    if isinstance(owner, pikepdf.Page):
        owner.obj.Contents = pdf.make_stream(data)
    else:
        owner.write(data)
    for form in _forms(resources):
        if form.objgen not in seen:
            seen.add(form.objgen)
            _text_only_stream(pdf, form, seen)


def _jpeg(pdf: pikepdf.Pdf, image: Image.Image) -> pikepdf.Stream:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=75)
    return pdf.make_stream(
        buffer.getvalue(),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=image.width,
        Height=image.height,
        ColorSpace=pikepdf.Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=pikepdf.Name.DCTDecode,
    )


def searchable(source: Path, target: Path, dpi: int = 150) -> None:
    with tempfile.TemporaryDirectory() as scratch, pikepdf.open(source) as pdf:
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", str(source), f"{scratch}/p"], check=True, capture_output=True
        )
        pictures = sorted(Path(scratch).glob("p-*.png"), key=lambda p: int(p.stem[2:]))
        seen: set[tuple[int, int]] = set()
        for page, picture in zip(pdf.pages, pictures, strict=True):
            page.contents_coalesce()
            # the picture shows the page turned as displayed; stored unturned, /Rotate turns it as it turns the text
            turn = int(page.obj.get("/Rotate", 0)) % 360
            image = Image.open(picture).convert("RGB").rotate(turn, expand=True)
            _text_only_stream(pdf, page, seen)
            llx, lly, urx, ury = (float(v) for v in page.mediabox)
            name = page.add_resource(_jpeg(pdf, image), pikepdf.Name.XObject, prefix="Scan")
            draw = f"q {urx - llx:.4f} 0 0 {ury - lly:.4f} {llx:.4f} {lly:.4f} cm {name} Do Q\n".encode()
            page.obj.Contents = pdf.make_stream(draw + page.obj.Contents.read_bytes())
        pdf.save(target)


VARIANTS: dict[str, Callable[[Path, Path], None]] = {
    "unruled": unruled,
    "rotated": rotated,
    "rasterised": rasterised,
    "rasterised-colour": rasterised_colour,
    "reprinted": reprinted,
    "resized": resized,
    "cropped": cropped,
    "placed": placed,
    "searchable": searchable,
    "sideways": sideways,
    "skewed": skewed,
}


def write_variant(variant: str, source: Path, target: Path) -> Path:
    """Write `source` stored as `variant` (one of :data:`VARIANTS`) to `target`; return `target`."""
    if variant not in VARIANTS:
        raise AgendaparseError(variant, "no such variant", hint=f"choose one of {', '.join(sorted(VARIANTS))}")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        VARIANTS[variant](source, target)
    except (pikepdf.PdfError, OSError, subprocess.CalledProcessError) as exc:
        raise AgendaparseError(str(source), f"cannot write its {variant} variant ({exc})") from exc
    return target
