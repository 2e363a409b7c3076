"""Pages of agendas and minutes drawn from rows of text, read by the real segmentation, as the segmentation
round suites use them."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from agendaparse.evaluate import norm_name
from agendaparse.pdf import (
    Line,
    PageLayout,
    classify_stamps,
    mark_browser_print_furniture,
    mark_running_heads,
    read_document,
)
from agendaparse.segment import agenda_items, document_facts, minutes_items

# A line of a page: "text" (plain, at the left margin), "# text" (bold 16), "## text" (bold 13),
# "** text" (bold 11), each ">" before the text indents it 28 points; a list of (x, text) or
# (x, text, bold) cells is one row; "---" starts a new page. ``head`` and ``foot`` are printed in the
# top and bottom margins of every page (a running head or footer).
Row = str | list[tuple]


def _style(text: str) -> tuple[float, str, float, bool]:
    x = 56.0
    while text.startswith(">"):
        x, text = x + 28, text[1:]
    for mark, size, bold in (("# ", 16.0, True), ("## ", 13.0, True), ("** ", 11.0, True)):
        if text.startswith(mark):
            return x, text[len(mark) :], size, bold
    return x, text, 11.0, False


def render(
    path: Path,
    rows: list[Row],
    head: str | None = None,
    foot: str | None = None,
    from_page: int = 1,
    *,
    one_font: bool = False,
    ocr_like: bool = False,
    jitter: float = 1.5,
) -> list[PageLayout]:
    """``from_page``: the first page that prints the running head and footer (the first page often has none).

    ``one_font``: every line in plain 11-point Helvetica, whatever its marks ('#', '**', a bold cell), as plain
    Word exports print minutes. ``ocr_like``: the pages come back as OCR reads a scan (implies ``one_font``):
    no text layer, no bold, every cell of a row its own text box, each box moved up or down by up to ``jitter``
    points, the boxes in reading order of their tops."""
    one_font = one_font or ocr_like
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    top = height - 110 if head else height - 60
    page = 1
    boxes: list[list[tuple[str, float, float, float]]] = [[]]  # per page: (text, x, baseline y, size)

    def furniture() -> None:
        pdf.setFont("Helvetica", 9)
        if head and page >= from_page:
            pdf.drawString(56, height - 40, head)
            boxes[-1].append((head, 56, height - 40, 9.0))
        if foot and page >= from_page:
            pdf.drawString(56, 30, foot)
            boxes[-1].append((foot, 56, 30, 9.0))

    furniture()
    y = top
    for row in rows:
        if row == "---":
            pdf.showPage()
            page += 1
            boxes.append([])
            furniture()
            y = top
            continue
        cells = [(*cell, False)[:3] for cell in row] if isinstance(row, list) else None
        size = 11.0
        if cells is None:
            x, text, size, bold = _style(row)
            cells = [(x, text, bold)]
        if one_font:
            size, cells = 11.0, [(x, text, False) for x, text, _ in cells]
        for x, text, bold in cells:
            pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
            pdf.drawString(x, y, text)
            boxes[-1].append((text, x, y, size))
        y -= size * 1.5
        if y < 110:
            pdf.showPage()
            page += 1
            boxes.append([])
            furniture()
            y = top
    pdf.save()
    pages = read_document(path).pages
    if ocr_like:
        _as_ocr(pages, boxes, jitter)
    return pages


def _as_ocr(pages: list[PageLayout], boxes: list[list[tuple[str, float, float, float]]], jitter: float) -> None:
    """Replace each page's lines by the boxes OCR would give: plain, one per cell, with a small vertical jitter."""
    shake = random.Random(14)
    for page, page_boxes in zip(pages, boxes, strict=True):
        lines = []
        for text, x, baseline, size in page_boxes:
            top = page.height - baseline - 0.72 * size + shake.uniform(-jitter, jitter)
            lines.append(Line(text, x, top, x + stringWidth(text, "Helvetica", size), top + 0.95 * size, 0.95 * size))
        page.lines = sorted(lines, key=lambda line: (round(line.top), line.x0))
        page.text_layer, page.method, page.furniture = False, "ocr", []
        page.label = page.agenda_item_stamp = None
        classify_stamps(page)
    mark_running_heads(pages)
    mark_browser_print_furniture(pages)


ANY = object()  # a field a case does not judge (the annotators' conventions leave it open)


def same_field(field: str, found: object, wanted: object) -> bool:
    """A document field as `agendaparse eval` compares it: body and committee after normalising names; ANY judges
    nothing."""
    if wanted is ANY:
        return True
    if field in ("body", "committee"):
        return norm_name(found) == norm_name(wanted) if found and wanted else found == wanted
    return found == wanted


def facts_of(tmp_path: Path, rows: list[Row], **furniture):
    return document_facts(render(tmp_path / "doc.pdf", rows, **furniture))


def facts_as_judged(tmp_path: Path, rows: list[Row], want: tuple, **furniture) -> tuple:
    """(doc_type, body, committee, ISO meeting date) of the rendered page, with ANY where ``want`` judges nothing."""
    facts = facts_of(tmp_path, rows, **furniture)
    got = (facts.doc_type, facts.body, facts.committee, facts.meeting_date.isoformat() if facts.meeting_date else None)
    return tuple(ANY if wanted is ANY else found for found, wanted in zip(got, want, strict=True))


def items_of(tmp_path: Path, rows: list[Row], **style) -> list[tuple[str | None, str]]:
    """``style``: keywords of :func:`render` (``one_font``, ``ocr_like``, ``head``, ...)."""
    pages = render(tmp_path / "doc.pdf", rows, **style)
    facts = document_facts(pages)
    if facts.doc_type == "minutes":
        found = minutes_items(pages, "doc")
    elif facts.doc_type == "agenda_pack":
        found = agenda_items(pages, "doc")
    else:
        raise AssertionError(f"classified as {facts.doc_type}")
    return [(item.number, item.title) for item in found]


def params_with_xfail(cases: list, xfail: dict[str, str]) -> list:
    """pytest params from (id, *values) cases; the ids in ``xfail`` are strict expected failures with their reason."""
    return [
        pytest.param(*case[1:], id=case[0], marks=[pytest.mark.xfail(strict=True, reason=xfail[case[0]])])
        if case[0] in xfail
        else pytest.param(*case[1:], id=case[0])
        for case in cases
    ]


def presented_items_of(tmp_path: Path, rows: list[Row], **style) -> list[tuple[str | None, str, str | None]]:
    """(number, title, presenter) of each item the real segmentation reads from the rendered rows."""
    pages = render(tmp_path / "doc.pdf", rows, **style)
    facts = document_facts(pages)
    reader = {"minutes": minutes_items, "agenda_pack": agenda_items}.get(facts.doc_type)
    if reader is None:
        raise AssertionError(f"classified as {facts.doc_type}")
    return [(item.number, item.title, item.presenter) for item in reader(pages, "doc")]


# A page of a pack: (stamp printed at the top right, stamp printed at the bottom centre, rows of the page).
PackPage = tuple[str | None, str | None, list[Row]]


def render_pack(path: Path, pack: list[PackPage]) -> list[PageLayout]:
    """A multi-page pack whose pages carry their own stamps ('Agenda Item 5' at the top right, 'Page 12' at the
    bottom), as publishing systems print them; rows as :func:`render` reads them (a page never overflows)."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for index, (top_stamp, bottom_stamp, rows) in enumerate(pack):
        if index:
            pdf.showPage()
        pdf.setFont("Helvetica-Bold", 11)
        if top_stamp:
            pdf.drawString(width - 56 - stringWidth(top_stamp, "Helvetica-Bold", 11), height - 40, top_stamp)
        pdf.setFont("Helvetica", 9)
        if bottom_stamp:
            pdf.drawString((width - stringWidth(bottom_stamp, "Helvetica", 9)) / 2, 30, bottom_stamp)
        y = height - 110
        for row in rows:
            cells = [(*cell, False)[:3] for cell in row] if isinstance(row, list) else None
            size = 11.0
            if cells is None:
                x, text, size, bold = _style(row)
                cells = [(x, text, bold)]
            for x, text, bold in cells:
                pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
                pdf.drawString(x, y, text)
            y -= size * 1.5
    pdf.save()
    return read_document(path).pages


# A web page printed to PDF from a browser: the date and time of printing at the top left and the page's title
# centred on the same baseline, the page's address at the bottom left and 'page/pages' at the bottom right.
PRINTED_AT = "14/03/2024, 10:21"


def _paginate(rows: list[Row], top: float, floor: float) -> list[list[Row]]:
    """The rows of each printed page: a row goes to the next page when it would print below ``floor``."""
    pages: list[list[Row]] = [[]]
    y = top
    for row in rows:
        size = 11.0 if isinstance(row, list) else _style(row)[2]
        if row == "---" or y < floor:
            pages.append([])
            y = top
            if row == "---":
                continue
        pages[-1].append(row)
        y -= size * 1.5
    return pages


def render_web_print(path: Path, rows: list[Row], title: str, url: str) -> list[PageLayout]:
    """A web page as a browser prints it (rows as :func:`render` reads them), with the browser's header and
    footer on every page: ``PRINTED_AT`` and ``title`` at the top, ``url`` and '2/5' at the foot."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    printed = _paginate(rows, height - 72, 72)
    for number, page_rows in enumerate(printed, start=1):
        if number > 1:
            pdf.showPage()
        pdf.setFont("Helvetica", 8)
        pdf.drawString(20, height - 20, PRINTED_AT)
        pdf.drawString((width - stringWidth(title, "Helvetica", 8)) / 2, height - 20, title)
        pdf.drawString(20, 14, url)
        counter = f"{number}/{len(printed)}"
        pdf.drawString(width - 20 - stringWidth(counter, "Helvetica", 8), 14, counter)
        y = height - 72
        for row in page_rows:
            cells = [(*cell, False)[:3] for cell in row] if isinstance(row, list) else None
            size = 11.0
            if cells is None:
                x, text, size, bold = _style(row)
                cells = [(x, text, bold)]
            for x, text, bold in cells:
                pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
                pdf.drawString(x, y, text)
            y -= size * 1.5
    pdf.save()
    return read_document(path).pages


# ---------------------------------------------------------------- scoring whole documents, as the rounds do


def folded(text: str | None) -> str:
    """Text as the round suites compare titles and fields: whitespace folded, end punctuation and case dropped."""
    return re.sub(r"[\s.,;:]+$", "", " ".join((text or "").split())).casefold()


def fields_and_items(pages: list[PageLayout], name: str, fields: Iterable[str]) -> dict[str, object]:
    """What a round scores of one read document: the ``fields`` of its document facts, as found, "items": (number,
    folded title) of its minute or agenda items, as ``agendaparse extract`` reads them, "pages": (number, printed
    range) of the items that print one, and "exempt": the numbers of exempt items."""
    facts = document_facts(pages)
    if facts.doc_type == "minutes":
        items = minutes_items(pages, name)
    elif facts.doc_type == "agenda_pack":
        items = agenda_items(pages, name)
    else:
        items = []
    found: dict[str, object] = {key: getattr(facts, key) for key in fields}
    found["items"] = [(item.number, folded(item.title)) for item in items]
    found["pages"] = [(item.number, item.printed_pages) for item in items if item.printed_pages]
    found["exempt"] = {item.number for item in items if item.is_exempt}
    return found


def of_body(body: str | None, committee: str | None, date: str | None, kind: str) -> dict[str, str | None]:
    """A paper's document fields as the round suites write them."""
    return {"meeting_date": date, "body": body, "committee": committee, "doc_type": kind}


def own_meeting(name: str, date: str, kind: str = "minutes") -> dict[str, str | None]:
    """The fields of a council's own meeting: the council is both body and committee."""
    return of_body(name, name, date, kind)


def document_check_params(
    names: Iterable[str], checks: Iterable[str], judged: Callable[[str, str], bool], xfail: dict[tuple[str, str], str]
) -> list:
    """pytest params (name, check) "name-check" for each check a document judges; those in ``xfail`` are strict
    expected failures with their reason."""
    params = []
    for name in names:
        for check in checks:
            if not judged(name, check):
                continue
            reason = xfail.get((name, check))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(name, check, id=f"{name}-{check}", marks=marks))
    return params


def assert_document_check(
    found: dict[str, object], check: str, items: list[tuple[str, str]], fields: dict[str, str | None]
) -> None:
    """The items in order, numbers equal and titles equal after folding; a field equal after folding."""
    if check == "items":
        assert found["items"] == [(number, folded(title)) for number, title in items]
    else:
        assert folded(str(found[check])) == folded(fields[check])


# ------------------------------------------------------------------ whole papers of the later rounds (48 onwards)


@dataclass
class Paper:
    """A paper drawn for a segmentation round: its lines, the items and document fields a reader should find (ANY
    for a field the round does not judge, items None when it judges none) and how it is printed."""

    rows: list[Row]
    items: list[tuple[str | None, str]] | None
    fields: dict[str, object] = field(default_factory=dict)
    one_font: bool = False
    head: str | None = None
    foot: str | None = None
    web: tuple[str, str] | None = None  # (page title, address) of a page a browser printed


def plain(make: Callable[[], Paper]) -> Paper:
    """The same document as a plain Word export prints it: one font and size for every line."""
    paper = make()
    paper.one_font = True
    return paper


def paper_is_judged(paper: Paper, check: str) -> bool:
    if check == "items":
        return paper.items is not None
    return paper.fields[check] is not ANY


def render_paper(path: Path, paper: Paper) -> list[PageLayout]:
    if paper.web:
        return render_web_print(path, paper.rows, *paper.web)
    return render(path, paper.rows, head=paper.head, foot=paper.foot, from_page=1, one_font=paper.one_font)


def read_rendered_papers(
    documents: dict[str, Callable[[], Paper]], folder: Path, fields: Iterable[str]
) -> dict[str, dict[str, object]]:
    """Each paper drawn as a PDF and read once; meeting dates as ISO text, as the papers give them."""
    found: dict[str, dict[str, object]] = {}
    for name, make in documents.items():
        found[name] = fields_and_items(render_paper(folder / f"{name}.pdf", make()), name, fields)
        date = found[name]["meeting_date"]
        found[name]["meeting_date"] = date.isoformat() if date else None
    return found


def paper_check_params(
    documents: dict[str, Callable[[], Paper]], checks: Iterable[str], xfail: dict[tuple[str, str], str]
) -> list:
    """:func:`document_check_params` for drawn papers: each check a paper judges (:func:`paper_is_judged`)."""
    def judged(name: str, check: str) -> bool:
        return paper_is_judged(documents[name](), check)

    return document_check_params(documents, checks, judged, xfail)


def read_papers_fixture(documents: dict[str, Callable[[], Paper]], fields: Iterable[str], folder: str):
    """A module-scoped fixture that draws and reads every paper once (:func:`read_rendered_papers`)."""

    @pytest.fixture(scope="module")
    def read_papers(tmp_path_factory) -> dict[str, dict[str, object]]:
        return read_rendered_papers(documents, tmp_path_factory.mktemp(folder), fields)

    return read_papers


def assert_paper_check(paper: Paper, found: dict[str, object], check: str) -> None:
    if check == "items":
        assert found[check] == [(number, folded(title)) for number, title in paper.items or []]
    else:
        assert same_field(check, found[check], paper.fields[check]), (found[check], paper.fields[check])
