"""Whole agenda packs drawn with reportlab and read through the real segmentation path, shared by the
segmentation round 28 and 29 suites: a pack is its sheets (page label, item, filler, orientation, rows), a case
the pack and its truth (items, exempt items, document fields); ``read_pack`` reads one as `agendaparse eval` would,
``judged`` gives (found, want) for one check."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from agendaparse.evaluate import norm_name, norm_text
from agendaparse.pdf import PageLayout, read_document
from agendaparse.segment import agenda_items, assign_pages, document_facts
from segment_cases import Row, _style

Item = tuple[str | None, str, str | None]


@dataclass
class Sheet:
    """One physical page of a pack and what the truth says of it."""

    rows: list[Row]
    item: str | None = None  # the item the page belongs to; None: front matter
    stamps: list[tuple[str, str]] = field(default_factory=list)  # (where: tl/tr/bl/bc/br, text)
    label: str | None = None  # the printed page number
    landscape: bool = False
    filler: bool = False


@dataclass
class Pack:
    """Sheets built in order; printed numbers come from ``style`` (where and how a number is printed)."""

    style: str = "bc:Page {n}"  # where:format, '{t}' the last printed number
    number: int | None = None  # the next printed number; None: pages are not numbered
    sheets: list[Sheet] = field(default_factory=list)

    def page(self, rows: list[Row], item: str | None = None, *, stamp: str | None = None, **kw) -> Sheet:
        sheet = Sheet(rows, item, **kw)
        if stamp:
            sheet.stamps.append(("tr", stamp))
        if self.number is not None:
            sheet.label = str(self.number)
            self.number += 1
        self.sheets.append(sheet)
        return sheet

    def paper(
        self,
        item: str,
        title: str,
        pages: int,
        *,
        stamp: str | None = None,
        filler: bool = False,
        wide: int = 0,
        opening: list[Row] | None = None,
    ) -> None:
        """An item's report: ``pages`` pages of text, then ``wide`` landscape appendix pages and a filler page."""
        head = opening if opening is not None else [f"## {title}", "Report of the Head of Corporate Services"]
        for index in range(pages):
            rows = head + _prose(item, index) if index == 0 else _prose(item, index)
            self.page(rows, item, stamp=stamp if index == 0 else None)
        for index in range(wide):
            rows: list[Row] = [f"** Appendix {chr(65 + index)}"] + [
                [(56, f"Budget line {row}"), (300, "2024/25"), (420, f"{row * 1250:,}"), (560, "Green")]
                for row in range(1, 9)
            ]
            self.page(rows, item, landscape=True)
        if filler:
            self.page(["This page is intentionally left blank"], item, filler=True)


def _prose(item: str, index: int) -> list[Row]:
    return [
        f"{index + 1}.1 The Committee is asked to note the position set out in this part of the report on item {item}.",
        f"{index + 1}.2 Officers have reviewed the figures with the service and the finance team.",
        "The report has no implications for the Council's equality duty beyond those set out below.",
    ]


def render_sheets(path: Path, pack: Pack) -> list[PageLayout]:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    last = max((int(s.label) for s in pack.sheets if s.label and s.label.isdigit()), default=0)
    where, _, form = pack.style.partition(":")
    for index, sheet in enumerate(pack.sheets):
        if index:
            pdf.showPage()
        size = landscape(A4) if sheet.landscape else A4
        pdf.setPageSize(size)
        width, height = size
        stamps = list(sheet.stamps)
        if sheet.label and where:
            stamps.append((where, form.format(n=sheet.label, t=last)))
        for place, text in stamps:
            bold = place == "tr" and not text[:1].isdigit() and "Page" not in text
            font = "Helvetica-Bold" if bold else "Helvetica"
            pdf.setFont(font, 10)
            tw = stringWidth(text, font, 10)
            x = {"l": 56, "c": (width - tw) / 2, "r": width - 56 - tw}[place[1]]
            pdf.drawString(x, height - 40 if place[0] == "t" else 30, text)
        y = height - 90
        for row in sheet.rows:
            cells = [(*cell, False)[:3] for cell in row] if isinstance(row, list) else None
            font_size = 11.0
            if cells is None:
                x, text, font_size, bold = _style(row)
                cells = [(x, text, bold)]
            for x, text, bold in cells:
                pdf.setFont("Helvetica-Bold" if bold else "Helvetica", font_size)
                pdf.drawString(x, y, text)
            y -= font_size * 1.5
    pdf.save()
    return read_document(path).pages


@dataclass
class Case:
    pack: Pack
    fields: tuple[str, str, str, str]  # body, committee, ISO meeting date, doc_type
    items: list[Item]
    exempt: set[str] = field(default_factory=set)


def _range(left: str, title: str, pages: str) -> list[tuple]:
    return [(56, left, True), (90, title, True), (480, pages)]


def _spans(case: Case) -> dict[str, tuple[int, int]]:
    spans: dict[str, tuple[int, int]] = {}
    for number, sheet in enumerate(case.pack.sheets, start=1):
        if sheet.item:
            first, _ = spans.get(sheet.item, (number, number))
            spans[sheet.item] = (first, number)
    return spans


def judged(case: Case, pages: list[PageLayout], items: list, facts, check: str) -> tuple[object, object]:
    """(found, want) for one check of one pack."""
    sheets = case.pack.sheets
    if check == "items":
        found = [(i.number, norm_text(i.title), i.printed_pages) for i in items]
        return found, [(n, norm_text(t), r) for n, t, r in case.items]
    if check == "page_map":
        return [p.label for p in pages], [s.label for s in sheets]
    if check == "spans":
        want = _spans(case)
        found = {i.number: (i.page_start, i.page_end) for i in items if i.page_start}
        return found, want
    if check == "page_items":
        return [p.item for p in pages], [s.item for s in sheets]
    if check == "filler":
        found = [p.number for p in pages if p.is_filler]
        leaked = [p.number for p in pages if "intentionally left blank" in p.text.lower()]
        return (found, leaked), ([n for n, s in enumerate(sheets, start=1) if s.filler], [])
    if check == "exempt":
        return {i.number for i in items if i.is_exempt}, case.exempt
    body, committee, date, doc_type = case.fields
    found = (norm_name(facts.body or ""), norm_name(facts.committee or ""), str(facts.meeting_date), facts.doc_type)
    return found, (norm_name(body), norm_name(committee), date, doc_type)


def read_pack(case: Case, path: Path) -> tuple[Case, list[PageLayout], list, object]:
    """The pack rendered to ``path`` and read as eval reads it: facts, agenda items, pages assigned."""
    pages = render_sheets(path, case.pack)
    facts = document_facts(pages)
    items = agenda_items(pages, "doc") if facts.doc_type == "agenda_pack" else []
    assign_pages(items, pages)
    return case, pages, items, facts


def check_params(checks: dict[str, tuple[str, ...]], xfail: dict[tuple[str, str], str]) -> list:
    """One pytest param per (case, check), the open ones as strict xfails."""
    params = []
    for case_id, case_checks in checks.items():
        for check in case_checks:
            reason = xfail.get((case_id, check))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(case_id, check, id=f"{case_id}-{check}", marks=marks))
    return params


def assert_truth_consistent(case: Case, pages_range: tuple[int, int] | None = None) -> None:
    """The printed ranges of the truth cover exactly the labels of the item's pages (the pack is built right)."""
    spans = _spans(case)
    labels = {n: s.label for n, s in enumerate(case.pack.sheets, start=1)}
    if pages_range:
        assert pages_range[0] <= len(case.pack.sheets) <= pages_range[1]
    for number, _, printed in case.items:
        if printed and number in spans:
            first, last = spans[number]
            assert f"{labels[first]}-{labels[last]}" == printed, number
