"""Tesseract as agendaparse calls it: one OpenMP thread per call unless the user has chosen otherwise.

Tesseract's OpenMP threads spin while they wait; on a machine whose cores are already busy (a batch of
worker processes, a test run beside other jobs) they slow a page several times over. Documents, not the
threads of one Tesseract call, are agendaparse's unit of parallel work (``agendaparse import --workers``).
Measured on this project's 2-core machine under load: a scanned minutes page 11-14 s with Tesseract's
default threads, 2.2-3.5 s with one; a scanned form's cell-by-cell reading 46-50 s and 26-28 s
(benchmarks/bulk.py's OCR line measures import speed)."""

from __future__ import annotations

import os
import re
import statistics
import tempfile
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

THREAD_LIMIT_VARIABLE = "OMP_THREAD_LIMIT"


def pytesseract_module() -> ModuleType:
    """pytesseract, with ``OMP_THREAD_LIMIT=1`` set for the Tesseract processes it starts unless the
    environment already sets a limit. Raises ImportError when the OCR extra is not installed."""
    os.environ.setdefault(THREAD_LIMIT_VARIABLE, "1")
    import pytesseract

    return pytesseract


def image_data_many(images: Sequence[Image.Image], config: str = "") -> list[dict | None]:
    """``pytesseract.image_to_data(image, output_type=DICT, config=config)`` for each image, read in ONE
    Tesseract process (a list file of images is read as the pages of one document, each on its own, with the
    same settings). A process per image spends most of a small image's time starting and loading its model:
    20 table-cell images took 10.9 s one by one and 1.0 s in one run on this machine under load.
    None for an image Tesseract could not read; should the whole run fail, each image is read on its own."""
    pytesseract = pytesseract_module()
    if len(images) < 2:
        return [_image_data_alone(pytesseract, image, config) for image in images]
    with tempfile.TemporaryDirectory(prefix="agendaparse-ocr-") as folder:
        names = []
        for number, image in enumerate(images):
            prepared, extension = pytesseract.pytesseract.prepare(image)
            name = os.path.join(folder, f"{number}.{extension.lower()}")
            prepared.save(name, format=prepared.format)
            names.append(name)
        listing = os.path.join(folder, "images.txt")
        with open(listing, "w", encoding="utf-8") as file:
            file.write("\n".join(names) + "\n")
        try:
            tsv = pytesseract.image_to_data(listing, config=config)
        except pytesseract.TesseractError:
            return [_image_data_alone(pytesseract, image, config) for image in images]
    return _pages_of_tsv(pytesseract, tsv, len(images))


def _image_data_alone(pytesseract: ModuleType, image: Image.Image, config: str) -> dict | None:
    try:
        return pytesseract.image_to_data(image, output_type=pytesseract.Output.DICT, config=config)
    except pytesseract.TesseractError:
        return None


def _pages_of_tsv(pytesseract: ModuleType, tsv: str, count: int) -> list[dict | None]:
    """The TSV of a many-image run cut into one ``image_to_data`` dict per image, each numbered page 1 as a run of
    its own numbers it."""
    header, *rows = tsv.strip("\n").split("\n")
    page_column = header.split("\t").index("page_num")
    pages: list[list[str]] = [[] for _ in range(count)]
    for row in rows:
        cells = row.split("\t")
        number = int(cells[page_column])
        cells[page_column] = "1"
        pages[number - 1].append("\t".join(cells))
    return [pytesseract.pytesseract.file_to_dict("\n".join([header, *page]), "\t", -1) or None for page in pages]


SPECK_HEIGHT = 0.3  # of the median height of the words read: a letter or figure is never this short
SPECK_WIDTH = 0.5  # and narrow


# underscores glued to a word's ends, or between its end and a dash or stop ('Council_-' for 'Council –')
GLUED_UNDERSCORES_RE = re.compile(r"^_+|_+(?=[-–—.,:;]*$)")


def without_specks(data: dict) -> dict:
    """An ``image_to_data`` dict with the specks of a scan Tesseract read as characters taken out (in place): a
    'word' of letters or figures whose box is a dot (a speck read as '2', 'z') is blanked, and underscores glued
    to a word's ends (a speck on the line's foot: '_£1,587.20'; 'Council_-', with the dash after them) are cut off,
    its box narrowed by their share of it (else the box reaches into the column beside it)."""
    heights = [data["height"][i] for i, text in enumerate(data["text"]) if _inked(text) and float(data["conf"][i]) >= 0]
    if not heights:
        return data
    median = statistics.median_high(heights)
    for i, text in enumerate(data["text"]):
        if not _inked(text):
            continue
        if data["height"][i] < SPECK_HEIGHT * median and data["width"][i] < SPECK_WIDTH * median:
            data["text"][i] = ""
            continue
        trimmed = GLUED_UNDERSCORES_RE.sub("", text.strip())
        if trimmed != text.strip() and trimmed:
            share = data["width"][i] / len(text.strip())
            data["left"][i] += round(share * (len(text.strip()) - len(text.strip().lstrip("_"))))
            data["width"][i] = max(1, round(share * len(trimmed)))
            data["text"][i] = trimmed
    return data


# what Tesseract reads a round bullet as, most often 'e' (with a confidence of 90 and more) or '«'
BULLET_MISREADINGS = frozenset({"e", "o", "«", "»", "©", "®", "°", "¢", "@", "*"})
BULLET_HEIGHT = (0.25, 0.7)  # of the median word height: a bullet stands about half as tall as a word
BULLET_ASPECT = (0.7, 1.4)  # width over height: round
BULLET_FILL = 0.65  # of its box inked: a disc fills 0.79 of its box; a letter 'e' or 'o' well under 0.6
INK_LEVEL = 150  # grey level below which a pixel of a page's picture is ink (shared by the OCR readers)


def with_bullets(data: dict, image: Image.Image) -> dict:
    """An ``image_to_data`` dict of ``image`` with the round bullets Tesseract read as a letter ('e 1-2-1 Family
    Work') read '•' again (in place): a one-character word among :data:`BULLET_MISREADINGS` whose box in the image
    is a round blot about half a word's height, mostly ink. A real letter standing alone is an outline, not a blot;
    a '*' footnote mark is a star (about half its box inked)."""
    candidates = [i for i, text in enumerate(data["text"]) if text.strip() in BULLET_MISREADINGS]
    if not candidates:
        return data
    heights = [data["height"][i] for i, text in enumerate(data["text"]) if _inked(text) and float(data["conf"][i]) >= 0]
    if not heights:
        return data
    median = statistics.median_high(heights)
    for i in candidates:
        width, height = data["width"][i], data["height"][i]
        if height <= 0 or not (BULLET_HEIGHT[0] * median <= height <= BULLET_HEIGHT[1] * median):
            continue
        if not BULLET_ASPECT[0] <= width / height <= BULLET_ASPECT[1]:
            continue
        if (
            _ink_share(image, (data["left"][i], data["top"][i], data["left"][i] + width, data["top"][i] + height))
            >= BULLET_FILL
        ):
            data["text"][i] = "•"
    return data


# what Tesseract reads a footnote's raised '*' after a word as ('Cygnet Course”' for 'Cygnet Course*')
STAR_MISREADINGS = ("\u201d", '"')
STAR_ASPECT = (0.7, 1.4)  # a star's blot is about as wide as it is tall; each stroke of a quote mark is tall and thin
STAR_TOP = 0.6  # of the word's box: a raised mark ends above this, the word's letters reach below it


def with_stars(data: dict, image: Image.Image) -> dict:
    """An ``image_to_data`` dict of ``image`` with a footnote's raised '*' that Tesseract read as a closing quote
    ('Course”') read '*' again (in place): the word's raised ink right of its letters is one blot about as wide as
    tall, where a closing quote mark is two thin strokes (and an apostrophe one). A quotation opened earlier in the
    paragraph ('(“Not Covered” should only be ticked') is closed by a quote mark, whose strokes a blurred scan runs
    into one blot."""
    unnumbered = [0] * len(data["text"])
    paragraphs = list(zip(data.get("block_num", unnumbered), data.get("par_num", unnumbered), strict=True))
    quoting: set[tuple[int, int]] = set()
    for i, text in enumerate(data["text"]):
        paragraph = paragraphs[i]
        if "\u201c" in text:
            quoting.add(paragraph)
        if (
            len(text) > 1
            and text.endswith(STAR_MISREADINGS)
            and paragraph not in quoting
            and _raised_star(data, i, image)
        ):
            data["text"][i] = text[:-1] + "*"
        if text.endswith(STAR_MISREADINGS):
            quoting.discard(paragraph)
    return data


def _raised_star(data: dict, index: int, image: Image.Image) -> bool:
    import cv2
    import numpy as np

    left, top, width, height = (data[key][index] for key in ("left", "top", "width", "height"))
    if width <= 0 or height <= 0:
        return False
    ink = (np.asarray(image.crop((left, top, left + width, top + height)).convert("L")) < INK_LEVEL).astype(np.uint8)
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    blots = stats[1:]
    letters_end = max((x + w for x, y, w, h, _ in blots if y + h > STAR_TOP * height), default=0)
    raised = [(w, h) for x, y, w, h, area in blots if y + h <= STAR_TOP * height and x >= letters_end - 1 and area >= 4]
    if len(raised) != 1:
        return False
    w, h = raised[0]
    return STAR_ASPECT[0] <= w / h <= STAR_ASPECT[1]


# single capitals parted by slashes ('(H/M/L)', 'Y/N/A', 'R/A/G'), one of the slashes read as a stroke letter
# ('(H/MIL)', read at a confidence of 90 from a clear 300 dpi crop of a risk register's header)
SLASHED_LETTERS_RE = re.compile(r"(?<![\w/])[A-Z](?:[/Il|][A-Z])+(?![\w/])")


def with_slashes(data: dict) -> dict:
    """An ``image_to_data`` dict with letters parted by slashes read so again (in place): in a run of single
    capitals parted by '/', a separator read as 'I', 'l' or '|' is a slash. The run must hold a slash read as
    one, so a word such as 'MIL' or 'AIM' is never touched."""
    for i, text in enumerate(data["text"]):
        if "/" in text:
            data["text"][i] = SLASHED_LETTERS_RE.sub(_slashes_restored, text)
    return data


def _slashes_restored(match: re.Match[str]) -> str:
    run = match[0]
    if "/" not in run:
        return run
    return "".join("/" if index % 2 else character for index, character in enumerate(run))


def with_marks_read(data: dict, image: Image.Image) -> dict:
    """:func:`with_bullets`, :func:`with_stars` and :func:`with_slashes` (in place)."""
    return with_slashes(with_stars(with_bullets(data, image), image))


def _ink_share(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    """The share of a box of ``image`` (pixels) that is ink."""
    import numpy as np

    pixels = np.asarray(image.crop(box).convert("L"))
    return float((pixels < INK_LEVEL).mean()) if pixels.size else 0.0


def _inked(text: str) -> bool:
    return any(character.isalnum() for character in text)
