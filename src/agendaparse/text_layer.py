"""What a page's text layer is worth: characters other PDF writers map glyphs to, and layers that cannot be read.

A font embedded without a Unicode map (TrueType with a custom encoding and no ToUnicode) can only be shown, not
read: once such a file is written again by another writer (poppler's cairo writer, as Linux print-to-PDF drivers
use), every glyph maps to U+FFFD. Other glyphs land in the Private Use Area or on control characters. A page whose
non-space characters are more than :data:`UNREADABLE_SHARE` of these has no readable text layer: OCR reads it
like a scanned page when it is on; otherwise its garbage lines are not text, and the document's warnings say so.

Measured on ../shared/corpus/real (73 files): no page has more than 1.6% such characters (Word's Symbol-font
bullets, U+F0B7, before they are read as bullets; 1.0% after); a reprinted page whose fonts lack a map has 85-95%.

Some writers map ordinary glyphs to the wrong code points instead; two such maps are read as printed here, one
character for one (indices into pdfium's text stay aligned): the hyphen glyph mapped to the soft hyphen U+00AD, and
typographic quotes and dashes mapped to C1 controls, the code points of their Windows-1252 bytes ('O\\x92Hara').
No page of the real corpus holds either character.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

_L = TypeVar("_L", bound=Any)  # a pdf.Line (a dataclass with ``text`` and ``bold_end``)

UNREADABLE_SHARE = 0.10  # of a page's non-space characters: six times the real corpus's worst page
UNREADABLE_LEAST = 8  # characters: fewer are stray symbols, however short the page
MIN_KEPT_WORDS = 2  # a readable line of an unreadable page is kept from this many words
LINE_GARBLED_SHARE = 0.25  # a line this much unmappable is garbage on an unreadable page (its good lines stay)
# pdfium's own marks in its text: a hyphen that ends a line (U+0002, U+FFFE); not unmappable glyphs
PDFIUM_MARKS = frozenset("\x02\ufffe")
ORDINARY_CONTROLS = frozenset("\t\n\r")


def _cp1252_controls() -> dict[int, str]:
    repairs = {}
    for code in range(0x80, 0xA0):
        try:
            repairs[code] = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            continue  # five bytes Windows-1252 leaves undefined stay what they are
    return repairs


CHARACTER_REPAIRS: dict[int, str] = {0xAD: "-", **_cp1252_controls()}


def repaired(text: str) -> str:
    """``text`` with a writer's wrong maps of ordinary glyphs read as printed, one character for one."""
    return text.translate(CHARACTER_REPAIRS)


def unmappable(character: str) -> bool:
    """A character no glyph of text maps to: U+FFFD, the Private Use Areas, a control character."""
    code = ord(character)
    if character in PDFIUM_MARKS or character in ORDINARY_CONTROLS:
        return False
    return (
        code == 0xFFFD
        or 0xE000 <= code <= 0xF8FF
        or code >= 0xF0000
        or code < 0x20
        or 0x7F <= code <= 0x9F
        or code in (0xFFFE, 0xFFFF)
    )


# the characters :func:`unmappable` names, less those str.isspace counts as space (U+001C-U+001F, U+0085): every
# page's text is counted, so the count runs in the regex engine, not character by character in Python
UNMAPPABLE_RE = re.compile(
    "[\x00\x01\x03-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ue000-\uf8ff\ufffd\uffff\U000f0000-\U0010ffff]"
)
SPACE_RE = re.compile(r"\s")  # as str.isspace


def unmappable_count(text: str) -> tuple[int, int]:
    """(unmappable characters, non-space characters) of ``text``."""
    return len(UNMAPPABLE_RE.findall(text)), len(text) - len(SPACE_RE.findall(text))


def unreadable(text: str) -> bool:
    """Whether a page's text (as pdfium gives it) is mostly glyphs mapped to no character."""
    bad, total = unmappable_count(text)
    return bad >= UNREADABLE_LEAST and bad > UNREADABLE_SHARE * total


def garbled_line(text: str) -> bool:
    """A line of an unreadable page that is garbage, not a readable heading set in another font."""
    bad, total = unmappable_count(text)
    return bad > 0 and bad >= LINE_GARBLED_SHARE * total


def readable_lines(lines: list[_L]) -> list[_L]:
    """An unreadable page's lines that are not garbage, without the unmappable characters among their words. A
    single word is dropped too: alone on a garbled page it is a fragment (an action's owner without the minute)."""
    kept = []
    for line in lines:
        if garbled_line(line.text):
            continue
        text = " ".join("".join(c for c in word if not unmappable(c)) for word in line.text.split(" "))
        text = "   ".join(" ".join(cell.split()) for cell in text.split("   ") if cell.strip())
        if len(text.split()) >= MIN_KEPT_WORDS:
            kept.append(line if text == line.text else dataclasses.replace(line, text=text, bold_end=None))
    return kept


def page_ranges(numbers: list[int]) -> str:
    """'1-3, 5' for pages 1, 2, 3 and 5."""
    spans: list[list[int]] = []
    for number in sorted(set(numbers)):
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(str(first) if first == last else f"{first}-{last}" for first, last in spans)


def unreadable_warning(numbers: list[int], *, read_by_ocr: bool) -> str:
    """The document's warning naming the pages whose text layer could not be read, and what was or can be done."""
    noun = "page" if len(numbers) == 1 else "pages"
    head = f"{noun} {page_ranges(numbers)}: text layer unreadable (fonts without a Unicode map)"
    if read_by_ocr:
        return f"{head}; read by OCR"
    return f"{head}; import with --ocr auto to read {'it' if len(numbers) == 1 else 'them'} by OCR"
