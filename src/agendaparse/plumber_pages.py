"""pdfplumber pages for chosen page numbers, without parsing every page of the document.

pdfplumber's ``pages`` walks the whole page tree through pdfminer, parsing each page's
dictionary, even when ``pages=[...]`` asks for a few: on a 2,000-page pack that walk costs more
than finding the tables on the pages that have them. Here the tree's ``/Count`` entries let the
walk skip whole subtrees, and a node whose count equals its number of kids has only pages as kids,
so the wanted ones are taken by position. Anything unexpected falls back to pdfplumber's walk.

A cross-reference table whose entries are numbered off by one (scanner software writing ``xref 1 7``
over entries that start at object 0) sends pdfminer to the wrong objects: no catalog, no pages.
pdfium repairs such a file silently; :func:`_xref_rebuilt` has pdfminer find the objects by scanning
the file, as it does when there is no table to read.

A page whose paper is larger than what a viewer shows (a CropBox inside the MediaBox: bleed, crop marks and a
slug line round it) is given in the shown page's frame, as pdfium gives its text (:func:`in_shown_frame`).

``PDF.close()`` has the same cost: it drops its page list, then walks the tree again to close a
fresh set of pages, leaving the used ones open (jsvine/pdfplumber#1339, fix proposed in #1390).
:func:`open_pages` closes the pages it gave out and the file, and nothing else.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFXRefFallback
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import dict_value, int_value, list_value, resolve1
from pdfminer.psparser import LIT

PAGE = LIT("Page")
PAGES = LIT("Pages")
CATALOG = LIT("Catalog")


class UnexpectedTree(Exception):
    """The page tree is not what its /Count entries promise: use pdfplumber's own walk."""


@contextmanager
def open_pages(
    source: str | Path | Any, numbers: Iterable[int], password: str | None = None, *, repair: bool = True
) -> Iterator[list[pdfplumber.page.Page]]:
    """``with open_pages(path, [3, 9]) as pages:`` those pdfplumber pages, closed on leaving, also those of a file
    whose cross-reference table is numbered off (:func:`_xref_rebuilt`); ``repair=False`` gives exactly the pages
    pdfplumber gives."""
    wanted = sorted(set(numbers))
    pdf = pdfplumber.open(source, pages=wanted, password=password or "")
    try:
        if repair:
            _xref_rebuilt(pdf.doc)
        yield [in_shown_frame(page) for page in pages(pdf, wanted)]
    finally:
        _close(pdf)


SHIFTED_ACROSS = ("x0", "x1")
SHIFTED_DOWN = ("top", "bottom", "doctop")
SHIFTED_UP = ("y0", "y1")


def in_shown_frame(page: pdfplumber.page.Page) -> pdfplumber.page.Page:
    """``page`` with its objects in the frame of what a viewer shows: x from the CropBox's left edge, top from its
    top edge (pdfium's frame for the page's text); objects wholly outside it (crop marks, a slug line) left out.
    pdfplumber measures from the MediaBox, which is the same box on nearly every page: those are left as they are."""
    crop, media = page.cropbox, page.mediabox
    if all(abs(a - b) < 0.01 for a, b in zip(crop, media, strict=True)):
        return page
    dx, dtop, dy = crop[0], crop[1], media[3] - crop[3]
    width, height = crop[2] - crop[0], crop[3] - crop[1]
    page._objects = {
        kind: [_shifted(obj, dx, dtop, dy) for obj in objects if _overlaps(obj, crop)]
        for kind, objects in page.objects.items()
    }
    page.bbox = (0, 0, width, height)
    return page


def _overlaps(obj: dict, box: tuple[float, float, float, float]) -> bool:
    if "x0" not in obj or "top" not in obj:
        return True
    return obj["x0"] <= box[2] and obj["x1"] >= box[0] and obj["top"] <= box[3] and obj["bottom"] >= box[1]


def _shifted(obj: dict, dx: float, dtop: float, dy: float) -> dict:
    moved = dict(obj)
    for key in SHIFTED_ACROSS:
        if key in moved:
            moved[key] = moved[key] - dx
    for key in SHIFTED_DOWN:
        if key in moved:
            moved[key] = moved[key] - dtop
    for key in SHIFTED_UP:
        if key in moved:
            moved[key] = moved[key] - dy
    if "pts" in moved:
        moved["pts"] = [(x - dx, top - dtop) for x, top in moved["pts"]]
    if "path" in moved:
        moved["path"] = [(command, *((x - dx, top - dtop) for x, top in points)) for command, *points in moved["path"]]
    return moved


def _xref_rebuilt(doc: Any) -> None:
    """``doc`` read again through objects found by scanning the file when its cross-reference table
    led to no catalog (entries numbered from the wrong object); a readable table is left alone."""
    if doc.catalog.get("Type") is CATALOG or doc.encryption is not None:
        return
    read = doc.xrefs, doc._cached_objs, doc._parsed_objs, doc.catalog
    xref = PDFXRefFallback()
    try:
        xref.load(doc._parser)
        doc.xrefs, doc._cached_objs, doc._parsed_objs = [xref], {}, {}
        doc.catalog = dict_value(xref.get_trailer().get("Root"))
    except Exception:  # nothing better to be found: keep what pdfminer read
        doc.xrefs, doc._cached_objs, doc._parsed_objs, doc.catalog = read


def _close(pdf: pdfplumber.PDF) -> None:
    opened = pdf.__dict__.get("_pages", [])
    pdf.flush_cache()
    for page in opened:
        page.close()
    if not pdf.stream_is_external:
        pdf.stream.close()


def pages(pdf: pdfplumber.PDF, numbers: Iterable[int]) -> list[pdfplumber.page.Page]:
    """The pdfplumber pages with these 1-based numbers, in page order, as ``pdf.pages`` gives
    them when ``pdf`` was opened with ``pages=numbers``."""
    wanted = sorted(set(numbers))
    if hasattr(pdf, "_pages") or not wanted:
        return [page for page in pdf.pages if page.page_number in wanted]
    try:
        found = list(_wanted_pages(pdf.doc, wanted))
    except UnexpectedTree:
        return [page for page in pdf.pages if page.page_number in wanted]
    labels = _labels(pdf.doc, wanted[-1])
    result = []
    doctop = 0.0
    for number, objid, attrs in found:
        page_obj = PDFPage(pdf.doc, objid, attrs, labels[number - 1])
        page = pdfplumber.page.Page(pdf, page_obj, page_number=number, initial_doctop=doctop)
        result.append(page)
        doctop += page.height
    pdf._pages = result  # pdf.pages now gives these, as if pdfplumber had walked the tree
    return result


def _labels(doc: Any, count: int) -> list[str | None]:
    try:
        labels = list(itertools.islice(doc.get_page_labels(), count))
    except Exception:  # no /PageLabels (pdfminer raises), or a broken number tree
        labels = []
    return labels + [None] * (count - len(labels))


def _wanted_pages(doc: Any, wanted: list[int]) -> Iterator[tuple[int, int, dict]]:
    """(page number, object id, attributes with inherited ones) of each wanted page."""
    root_ref = doc.catalog.get("Pages")
    if root_ref is None:
        raise UnexpectedTree
    found = list(_walk(doc, root_ref, dict(doc.catalog), 1, wanted, set()))
    if [number for number, _, _ in found] != wanted:
        raise UnexpectedTree
    return iter(found)


def _walk(
    doc: Any, ref: Any, parent: dict, first: int, wanted: list[int], seen: set
) -> Iterator[tuple[int, int, dict]]:
    objid, attrs = _node(doc, ref, parent, seen)
    kind = attrs.get("Type") or attrs.get("type")
    if kind is PAGE:
        yield first, objid, attrs
        return
    if kind is not PAGES or "Kids" not in attrs:
        raise UnexpectedTree
    kids = list_value(attrs["Kids"])
    count = int_value(resolve1(attrs.get("Count", -1)))
    inside = [number for number in wanted if first <= number < first + count]
    if not inside:
        return
    if count == len(kids):  # every kid is one page: take the wanted ones by position
        for number in inside:
            kid_id, kid = _node(doc, kids[number - first], attrs, seen)
            if (kid.get("Type") or kid.get("type")) is not PAGE:
                raise UnexpectedTree
            yield number, kid_id, kid
        return
    start = first
    for kid_ref in kids:
        kid_id, kid = _node(doc, kid_ref, attrs, seen, remember=False)
        kid_type = kid.get("Type") or kid.get("type")
        size = 1 if kid_type is PAGE else int_value(resolve1(kid.get("Count", 0)))
        if any(start <= number < start + size for number in inside):
            yield from _walk(doc, kid_ref, attrs, start, wanted, seen)
        start += size


def _node(doc: Any, ref: Any, parent: dict, seen: set, remember: bool = True) -> tuple[int, dict]:
    """A tree node's object id and attributes, with the inheritable ones its parent gives it
    (as pdfminer's own walk adds them)."""
    objid = ref.objid if hasattr(ref, "objid") else ref
    if remember:
        if objid in seen:
            raise UnexpectedTree
        seen.add(objid)
    attrs = dict_value(doc.getobj(objid) if isinstance(ref, int) else ref).copy()
    for key, value in parent.items():
        if key in PDFPage.INHERITABLE_ATTRS and key not in attrs:
            attrs[key] = value
    return objid, attrs
