"""Item numbers and page ranges: '5. Title', 'Item 5 –', '(Pages 11 - 84)', Roman numerals, and item
numbers OCR misread on scanned pages."""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates import OCR_DIGITS
from ..pdf import Line, PageLayout

# '(Pages 11 - 84)', 'Page 5', 'Pages: 1 - 4', 'pp 5 - 12', 'pp. 5-12', '(Pages 5 to 12)'. A match starts only at the
# bracket or the page word (never inside a run of spaces, nor after a letter: 'Shipping 4 - 6' is no range), so a scan
# reads a long run of spaces once
PAGE_RANGE_RE = re.compile(
    r"(?<![A-Za-z])(?:\(\s*+)?(?:pages?(?:\s*+:)?\s++|pp\.?\s*+)(\d{1,4})"
    r"(?:\s*+(?:-|–|—|to)\s*+(\d{1,4}))?\s*+\)?",
    re.I,
)
ITEM_NUMBER_RE = re.compile(
    r"^(?P<num>(?:\d{1,4}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{1,3})(?:\.\d{1,2})?)"
    r"(?:\)\s?,\s?(?=[A-Z])|,\)\s+(?=[A-Z])|"  # '1), To Receive apologies', '2) , To receive', '4,) To receive'
    r"(?:\.|\)|:)?(?:\s+|$)|\.(?=[A-Z][a-z]|[A-Z]{2})"  # '11.Resolution: ...', '1.CALL TO ORDER' (no space)
    # the tab after the number lost in the text: '3MINUTES', '4.1Concert in the Park' (never '2ND', '10AM')
    r"|(?:(?<=^\d)|(?<=^\d\d))(?=[A-Z][A-Z'’]{3,}(?![A-Za-z]))|(?:(?<=\.\d)|(?<=\.\d\d))(?=[A-Z][a-z]{2,}\b))"
)
# "Item 5 –", "Agenda Item 3:", "Minute 1772", "Min. No. 12": a label before the number
# ... or "No. 5 - Title", "#5 Title"
ITEM_LABEL_PREFIX_RE = re.compile(r"^(?:(?:agenda\s+item|item|minute|min\.?|no\.)(?:\s+no\.?)?\s+|#\s?)(?=\d)", re.I)
LABELLED_NUMBER_RE = re.compile(r"^(?P<num>\d{1,4}(?:/\d{2,4}|\.\d{1,2}|[a-zA-Z](?![A-Za-z]))?)\s*(?:[.:)]\s*|\s+|$)")
# '(a) Finance', 'b. Highways', '(ii) 3 Mill Lane': a lettered or (lower-case Roman) numbered sub-item
BRACKETED_NUMBER_RE = re.compile(
    r"^\((\d{1,3}(?:\.\d{1,2})?)\)(?:\s+(?=[A-Z])|$)"
)  # '(3) Budget monitoring', '(3.1) ...'
# 'PC 12/24 Apologies', 'FC24/103': a minute number after the letters of the body or committee that keeps the series
PREFIXED_MINUTE_RE = re.compile(r"^(?P<num>[A-Z]{1,4}\s?\d{1,3}/\d{2,4})(?:[.:)]?\s+(?=[A-Z(])|[.:)]?$)")
# ... with a dash between the label and its title at times ('b) – Bank Reconciliation'; OCR reads a tab's gap so too)
SUB_ITEM_RE = re.compile(r"^\(?(?P<num>[a-h]|(?:x|ix|iv|v?i{1,3}|v)(?=[.)]))[.)]\s+(?:[-–—]\s+(?=\w))?(?P<title>\S.*)$")


def parse_page_range(text: str) -> tuple[int, int] | None:
    """'(Pages 11 - 84)' -> (11, 84); '(Page 5)' -> (5, 5). None when there is no valid range."""
    match = PAGE_RANGE_RE.search(text)
    if not match:
        return None
    start = int(match[1])
    end = int(match[2]) if match[2] else start
    if end < start:
        return None
    return start, end


def format_page_range(pages: tuple[int, int] | None) -> str | None:
    if pages is None:
        return None
    start, end = pages
    return str(start) if start == end else f"{start}-{end}"


def parse_item_number(text: str) -> tuple[str, str] | None:
    """Split '5. Title' / '77/21 Title' / '84.' / 'Item 5 – Title' / 'Minute 1772 Title' into
    (number, rest); None if no item number."""
    text = text.strip()
    bracketed = BRACKETED_NUMBER_RE.match(text)
    if bracketed:
        return bracketed[1], text[bracketed.end() :]
    prefixed = PREFIXED_MINUTE_RE.match(text)
    if prefixed:
        return prefixed["num"], text[prefixed.end() :]
    label = ITEM_LABEL_PREFIX_RE.match(text)
    if label:
        text = text[label.end() :]
    match = (LABELLED_NUMBER_RE if label else ITEM_NUMBER_RE).match(text)
    if not match:
        return None
    number = match["num"].rstrip(".")
    rest = re.sub(r"^[-–—:]\s+(?=[A-Za-z(])", "", text[match.end() :].strip())  # "1 – Apologies"
    return number, rest


# OCR misreads of an item number at the start of a line: 'l.' or 'I.' for '1.', 'S.' for '5.', '1O.' for '10.', a
# comma, colon or a spaced stop for the full stop ('2,', '2:', '7 .'), a stray mark after it ("3. ‘ Minutes",
# '2.-Apologies'), 'Ill.' for 'III.'
OCR_NUMBER_RE = re.compile(
    r"^(?P<num>[0-9lIOS]{1,3}|[IlVX]{1,5})(?P<stop>\s?[.,:])\s?(?P<junk>[‘’'`\"|~-]+\s?)?(?=[A-Z])"
)
CLEAN_NUMBER_RE = re.compile(r"^(?:(?P<num>\d{1,3})|(?P<roman>[IVX]{1,5}))[.)]\s+(?=[A-Z])")


def _clean_number(text: str) -> tuple[str, int] | None:
    """('arabic' or 'roman', value) of a line opening with a well-printed item number."""
    match = CLEAN_NUMBER_RE.match(text)
    if match is None:
        return None
    if match["num"]:
        return "arabic", int(match["num"])
    value = roman_value(match["roman"])
    return ("roman", value) if value else None


def _misread_numbers(text: str) -> list[tuple[str, int, str]]:
    """The (kind, value, number as printed) an OCR-damaged item number may stand for ('l.': Roman I or 1)."""
    match = OCR_NUMBER_RE.match(text)
    token = match["num"] if match else ""
    if match is None or (match["stop"] == "." and not match["junk"] and token.isdigit()):
        return []
    readings = []
    roman = token.replace("l", "I")
    if re.fullmatch(r"[IVX]+", roman) and token != roman and roman_value(roman):
        readings.append(("roman", roman_value(roman) or 0, roman))
    digits = token.translate(OCR_DIGITS)
    if digits.isdigit() and not (token.isalpha() and len(token) > 1):
        readings.append(("arabic", int(digits), str(int(digits))))
    return readings


def _repaired_ocr_numbers(page_lines: list[Line]) -> dict[int, str]:
    """Index -> repaired text of the lines whose misread number the numbers printed before and after confirm
    (item 4, then 'S.', then 6: item 5)."""
    clean = [(index, _clean_number(line.text.strip())) for index, line in enumerate(page_lines)]
    numbered = [(index, found) for index, found in clean if found]
    repaired: dict[int, str] = {}
    for index, line in enumerate(page_lines):
        text = line.text.strip()
        before = next((found for at, found in reversed(numbered) if at < index), None)
        after = next((found for at, found in numbered if at > index), None)
        for kind, value, printed in _misread_numbers(text):
            if before == (kind, value - 1) or after == (kind, value + 1):
                repaired[index] = f"{printed}. {text[OCR_NUMBER_RE.match(text).end() :]}"  # type: ignore[union-attr]
                break
    mended = [(index, _clean_number(repaired.get(index, line.text.strip()))) for index, line in enumerate(page_lines)]
    opening = _misread_opening(page_lines, [(index, found) for index, found in mended if found])
    if opening is not None:
        repaired[opening] = f"1. {page_lines[opening].text.strip()[2:].lstrip()}"
    if (stopless := _misread_stopless_opening(page_lines)) is not None:
        repaired[stopless] = f"1 {page_lines[stopless].text.strip()[1:].lstrip()}"
    repaired.update(_repaired_bare_numbers(page_lines))
    repaired.update(_repaired_lettered_numbers(page_lines))
    return repaired


# an item number printed with no stop before its title, at a tab stop or a space ('1   Apologies', '2 Minutes')
STOPLESS_NUMBER_RE = re.compile(r"^(?P<num>\d{1,2})\s+(?=[A-Z])")
MARGIN_SLACK = 3.0  # points: numbers set at one margin start this near each other


def _misread_stopless_opening(page_lines: list[Line]) -> int | None:
    """The index of a list's first number printed with no stop and read '4' or '7' for '1' (as
    :func:`_misread_opening`): the first three such numbers at one margin read 4 or 7, then 2 and 3."""
    numbered = [
        (index, int(match["num"]), line.x0)
        for index, line in enumerate(page_lines)
        if (match := STOPLESS_NUMBER_RE.match(line.text.strip()))
    ]
    if len(numbered) < 3:
        return None
    (index, first, x0), *after = numbered[:3]
    if first not in (4, 7) or [value for _, value, _ in after] != [2, 3]:
        return None
    return index if all(abs(x - x0) <= MARGIN_SLACK for _, _, x in after) else None


def _misread_opening(page_lines: list[Line], numbered: list[tuple[int, tuple[str, int]]]) -> int | None:
    """The index of a list's first number read '4.' or '7.' for '1.' (Tesseract takes a typed 1's flag for the
    bar of a 4 or a 7): no number before it, and the next numbers 2 and 3."""
    values = [found for _, found in numbered[:3]]
    if (
        len(values) < 3
        or values[0] not in (("arabic", 4), ("arabic", 7))
        or values[1:] != [("arabic", 2), ("arabic", 3)]
    ):
        return None
    index = numbered[0][0]
    return index if re.match(r"[47]\.\s", page_lines[index].text.strip()) else None


# a running number printed with no stop ('366 Matters Arising'), and as OCR may read it with a letter for a digit
# ('3G6'): Tesseract's shapes of 1, 0, 5, 6, 8 and 2 (no part's letter: the group stays empty)
BARE_NUMBER_RE = re.compile(r"^(?P<letter>)(?P<num>\d{2,4})\s+(?=[A-Z])")
BARE_MISREAD_RE = re.compile(
    r"^(?P<letter>)(?P<num>(?=[0-9lIOSGBZ]*\d)(?=[0-9lIOSGBZ]*[lIOSGBZ])[0-9lIOSGBZ]{2,4})\s+(?=[A-Z])"
)
BARE_OCR_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0", "S": "5", "G": "6", "B": "8", "Z": "2"})
# a number under its part's letter ('A1 Apologies', 'B12 Finance'), and as OCR may read it with a letter for a digit
# ('Al Apologies', 'AI')
LETTERED_NUMBER_RE = re.compile(r"^(?P<letter>[A-H])(?P<num>\d{1,2})\s+(?=[A-Z])")
LETTERED_MISREAD_RE = re.compile(r"^(?P<letter>[A-H])(?P<num>(?=[0-9lIOS]?[lIOS])[0-9lIOS]{1,2})\s+(?=[A-Z])")


def _repaired_lettered_numbers(page_lines: list[Line]) -> dict[int, str]:
    """Index -> repaired text of the lines opening with a part's letter and a number misread with a letter for a
    digit ('Al Apologies for Absence') that the number after it or before it under the same letter confirms ('A2')."""
    return _confirmed_misreads(page_lines, LETTERED_NUMBER_RE, LETTERED_MISREAD_RE, either=True)


def _repaired_bare_numbers(page_lines: list[Line]) -> dict[int, str]:
    """Index -> repaired text of the lines opening with a stopless number misread with a letter for a digit ('3G6
    Matters Arising') that both neighbouring stopless numbers confirm (365 before it, 367 after it)."""
    return _confirmed_misreads(page_lines, BARE_NUMBER_RE, BARE_MISREAD_RE, either=False)


def _confirmed_misreads(
    page_lines: list[Line], number_re: re.Pattern[str], misread_re: re.Pattern[str], *, either: bool
) -> dict[int, str]:
    """Index -> repaired text of the lines ``misread_re`` reads as a number with a letter for a digit, where the
    numbers ``number_re`` reads next to it (under the same part's letter, if any) go on either side of it: the one
    before or the one after (``either``), or both."""
    numbered = [
        (index, (match["letter"], int(match["num"])))
        for index, line in enumerate(page_lines)
        if (match := number_re.match(line.text.strip()))
    ]
    repaired: dict[int, str] = {}
    for index, line in enumerate(page_lines):
        text = line.text.strip()
        if (misread := misread_re.match(text)) is None:
            continue
        letter, value = misread["letter"], int(misread["num"].translate(BARE_OCR_DIGITS))
        before = next((found for at, found in reversed(numbered) if at < index), None)
        after = next((found for at, found in numbered if at > index), None)
        confirmed = ((letter, value - 1) == before, (letter, value + 1) == after)
        if any(confirmed) if either else all(confirmed):
            repaired[index] = f"{letter}{value} {text[misread.end() :]}"
    return repaired


def with_ocr_numbers_repaired(pages: list[PageLayout]) -> list[PageLayout]:
    """The pages with the item numbers OCR misread on scanned pages written as printed; other pages as they are."""
    if not any(page.method == "ocr" for page in pages):
        return pages
    lines = [(page, line) for page in pages for line in page.lines]
    fixes = _repaired_ocr_numbers([line for page, line in lines if page.method == "ocr"])
    if not fixes:
        return pages
    ocr_lines = [line for page, line in lines if page.method == "ocr"]
    fixed = {id(ocr_lines[index]): text for index, text in fixes.items()}
    return [
        replace(page, lines=[replace(line, text=fixed.get(id(line), line.text)) for line in page.lines])
        if page.method == "ocr"
        else page
        for page in pages
    ]


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
ROMAN_RE = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# a list numbered in Roman numerals or capital letters, as US agendas and minutes print it: "IV. PUBLIC COMMENT"
ALPHA_ITEM_RE = re.compile(
    r"^(?:(?P<num>[IVX]{1,6}|[A-Z])[.)]|(?P<section>[A-H]\d{1,2})[.):]?)\s+(?P<rest>[A-Z0-9(“\"'‘].*)$"
)


def roman_value(text: str) -> int | None:
    """'XIV' -> 14; None when ``text`` is not a Roman numeral (up to 39)."""
    if not text or not ROMAN_RE.fullmatch(text):
        return None
    values = [ROMAN_VALUES[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def to_roman(value: int) -> str:
    tens, units = divmod(value, 10)
    return "X" * tens + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][units]


def next_sub_label(label: str) -> str | None:
    """The lower-case letter or Roman numeral after ``label`` in a run of sub-items ('a' -> 'b', 'ii' -> 'iii'); a run
    of letters stops at 'h' (an 'i' opens a run of numerals)."""
    if re.fullmatch(r"[a-g]", label):
        return chr(ord(label) + 1)
    value = roman_value(label.upper()) if label.islower() else None
    return to_roman(value + 1).lower() if value else None


def _successor(number: str, first: str) -> str | None:
    """The number after ``number`` in the scheme of a list that began at ``first`` ('1', 'I' or 'A')."""
    if number.isdigit():
        return str(int(number) + 1)
    if first == "I" and roman_value(number):
        return to_roman(roman_value(number) + 1)
    if first == "A" and re.fullmatch(r"[A-Y]", number):
        return chr(ord(number) + 1)
    if re.fullmatch(r"[A-H]\d{1,2}", number):
        return f"{number[0]}{int(number[1:]) + 1}"  # 'A2' after 'A1' (or 'B1': see _alpha_item)
    return None


def minute_successors(number: str) -> set[str]:
    """The numbers after a minute number with its year ('24/102' after '24/101', 'PC 13/24' after 'PC 12/24'): which
    side is the year differs from body to body, so each side counts on by one, its zeros kept ('24/010')."""
    if "/" not in number:
        return set()
    found = set()
    for part in re.finditer(r"\d+", number):
        following = str(int(part[0]) + 1).zfill(len(part[0]))
        found.add(f"{number[: part.start()]}{following}{number[part.end() :]}")
    return found


ITEM_REF_RE = re.compile(r"^\(\s*(?:agenda\s+)?item\s+(?P<ref>[\w.]+(?:\s*\(\w\))?)\s*\)$", re.I)


def _number_key(number: str) -> tuple[int, ...]:
    if re.fullmatch(r"[IVX]+", number) and roman_value(number):
        return (roman_value(number) or 0,)
    if re.fullmatch(r"[A-Z]", number):
        return (ord(number) - ord("A") + 1,)
    return tuple(int(part) for part in re.findall(r"\d+", number))


def _number_shape(number: str) -> str:
    return re.sub(r"\d+", "9", number)
