"""Datasette plugin: see the PDF page behind a record.

Routes (registered with ``register_routes``):

* ``/-/agendaparse/page/<document>/<page>.png`` renders one physical page with pypdfium2, optionally
  with ``?bbox=x0,top,x1,bottom`` (PDF points, top-left origin) highlighted and ``?scale=`` (0.5-3).
* ``/-/agendaparse/page/<document>/<page>`` is an HTML view: the page image beside the page's text.

The action tracker (issue #8):

* ``/-/agendaparse/search?q=`` searches agenda items, page text and actions at once (snippets with
  ``<mark>``), each result linking to the page view with the record's box.
* ``/-/agendaparse/deadlines.ics?owner=&committee=`` is an iCalendar feed of action due dates.
* ``/-/agendaparse/actions.atom?committee=`` is an Atom feed of the newest actions.

``render_cell`` turns the page columns of tables that have a ``document_id`` (actions, mentions,
agenda_items, tables, action_plan_rows, pages, action_log) into links to that view, carrying the
row's bounding box when it has one, and action ids in query results and ``action_threads`` into
links to the action.

The PDF is found through the ``documents`` row (``file``, then the ``files`` table): the URL only
names a sha256 and a page number, so it can never point at another file.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import datetime as dt
import html
import io
import json
import math
import os
import re
import tempfile
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup

PREFIX = "/-/agendaparse/page"
DOCUMENT = r"(?P<document>[0-9a-f]{64})"
PAGE = r"(?P<page>\d{1,6})"
DEFAULT_SCALE = 1.5  # 108 dpi
MIN_SCALE, MAX_SCALE = 0.5, 3.0
MAX_PIXELS = 40_000_000  # a poster-sized page is rendered smaller rather than exhausting memory
HIGHLIGHT_FILL = (255, 210, 0, 90)
HIGHLIGHT_OUTLINE = (230, 110, 0, 255)
HIGHLIGHT_PAD = 2.0  # points around the box
PAGE_COLUMNS = ("page", "page_start", "page_end")
TEMPLATES = Path(__file__).with_name("templates")
TEMPLATE = TEMPLATES / "agendaparse_page.html"
SEARCH_TEMPLATE = TEMPLATES / "agendaparse_search.html"
ROOT = "/-/agendaparse"
SEARCH_LIMIT = 25  # results per kind of record
FEED_LIMIT = 50  # entries in the Atom feed
CALENDAR_LIMIT = 2000  # events in the iCalendar feed
ACTION_ID_COLUMNS = ("action_id", "thread_id", "previous_action_id")
CACHE_ENV = "AGENDAPARSE_PAGE_CACHE"
SCALE_KEY = "agendaparse-scale"

_PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe; renders run in worker threads


class NotFound(Exception):
    """The page cannot be shown; the message says why."""


class BadRequest(Exception):
    """The request's parameters are malformed."""


@dataclass
class Document:
    database: str
    row: dict[str, Any]
    paths: list[str]


# ---------------------------------------------------------------- parameters


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``x0,top,x1,bottom`` (or the JSON list stored in the database) as four finite floats."""
    if value is None or not value.strip():
        return None
    parts = value.strip().strip("[]").split(",")
    if len(parts) != 4:
        raise BadRequest("bbox must be four numbers: x0,top,x1,bottom (PDF points, top-left origin)")
    try:
        x0, top, x1, bottom = (float(part) for part in parts)
    except ValueError:
        raise BadRequest("bbox must be four numbers: x0,top,x1,bottom (PDF points, top-left origin)") from None
    if not all(math.isfinite(v) and abs(v) < 1e6 for v in (x0, top, x1, bottom)):
        raise BadRequest("bbox values must be finite numbers of points")
    return min(x0, x1), min(top, bottom), max(x0, x1), max(top, bottom)


def parse_scale(value: str | None) -> float:
    """The render scale, clamped to 0.5-3 and rounded to 0.1 so the cache stays small."""
    if value is None or not value.strip():
        return DEFAULT_SCALE
    try:
        scale = float(value)
    except ValueError:
        raise BadRequest("scale must be a number between 0.5 and 3") from None
    if not math.isfinite(scale):
        raise BadRequest("scale must be a number between 0.5 and 3")
    return round(min(MAX_SCALE, max(MIN_SCALE, scale)), 1)


def format_bbox(bbox: Any) -> str | None:
    """A stored bbox (JSON list or list) as the ``x0,top,x1,bottom`` query value, or None."""
    if isinstance(bbox, str):
        try:
            bbox = json.loads(bbox)
        except ValueError:
            return None
    if not isinstance(bbox, list | tuple) or len(bbox) != 4:
        return None
    try:
        values = [float(v) for v in bbox]
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in values):
        return None
    return ",".join(f"{round(v, 1):g}" for v in values)


def page_path(document_id: str, page: int, *, png: bool = False) -> str:
    return f"{PREFIX}/{document_id}/{page}{'.png' if png else ''}"


# ---------------------------------------------------------------- finding the document


def _candidate_paths(stored: str, db_path: str | None) -> list[str]:
    """Where a stored path may be: as stored, with \\xNN escapes of a non-UTF-8 name undone,
    and (for relative paths) next to the database."""
    names = [stored]
    if "\\x" in stored:
        with contextlib.suppress(ValueError, UnicodeError):
            names.append(os.fsdecode(codecs.escape_decode(stored.encode("utf-8"))[0]))
    found = []
    for name in names:
        found.append(name)
        if not os.path.isabs(name) and db_path:
            found.append(os.path.join(os.path.dirname(os.path.abspath(db_path)), name))
    return found


async def find_document(datasette, document_id: str, actor: Any = None) -> Document | None:
    """The documents row with this id in the first attached database (that the actor may see)."""
    for name, db in datasette.databases.items():
        if name == "_internal":
            continue
        try:
            if not await db.table_exists("documents"):
                continue
            visible, _ = await datasette.check_visibility(
                actor,
                permissions=[("view-table", (name, "documents")), ("view-database", name), "view-instance"],
            )
            if not visible:
                continue
            row = (await db.execute("select * from documents where id = ?", [document_id])).first()
            if row is None:
                continue
            stored = [row["file"]] if row["file"] else []
            if await db.table_exists("files"):
                stored += [
                    r[0]
                    for r in await db.execute(
                        "select path from files where document_id = ? order by path", [document_id]
                    )
                ]
        except Exception:  # a database without the expected shape is simply not ours
            continue
        paths: list[str] = []
        for value in stored:
            for candidate in _candidate_paths(value, db.path):
                if candidate not in paths:
                    paths.append(candidate)
        return Document(database=name, row=dict(row), paths=paths)
    return None


def pdf_file(document: Document) -> str | None:
    """The first candidate path that is a file of the recorded size (a replaced file is not used)."""
    size = document.row.get("bytes")
    for path in document.paths:
        try:
            stat = os.stat(path)
        except (OSError, ValueError):
            continue
        if os.path.isfile(path) and (not size or stat.st_size == size):
            return path
    return None


# ---------------------------------------------------------------- rendering


def cache_dir() -> Path | None:
    """Where rendered pages are kept; None (no caching) if it cannot be made private to this user."""
    path = Path(os.environ.get(CACHE_ENV) or Path(tempfile.gettempdir()) / "agendaparse-pages")
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if hasattr(os, "getuid") and path.stat().st_uid != os.getuid():
            return None
    except OSError:
        return None
    return path


def _render(pdf: str, page_number: int, scale: float) -> bytes:
    """PNG bytes of one page. An enormous page is rendered at a smaller scale; the scale used is
    kept in the PNG's ``agendaparse-scale`` text chunk so boxes can be drawn on it later."""
    import pypdfium2 as pdfium
    from PIL.PngImagePlugin import PngInfo

    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as exc:
            raise NotFound(f"the PDF for this document cannot be opened: {exc}") from None
        try:
            if not 1 <= page_number <= len(document):
                raise NotFound(f"page {page_number} is out of range: the PDF has {len(document)} pages")
            page = document[page_number - 1]
            try:
                width, height = page.get_size()
                if width * height * scale * scale > MAX_PIXELS:
                    scale = math.sqrt(MAX_PIXELS / (width * height))
                image = page.render(scale=scale).to_pil()
            finally:
                page.close()
        finally:
            document.close()
    info = PngInfo()
    info.add_text(SCALE_KEY, repr(scale))
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def _write_atomically(path: Path, data: bytes) -> None:
    """Write the cache file whole or not at all; a cache that cannot be written is no error."""
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".png")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _highlight(png: bytes, bbox: tuple[float, float, float, float], scale: float) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.open(io.BytesIO(png))
    with contextlib.suppress(ValueError):
        scale = float(image.text.get(SCALE_KEY, scale))
    image = image.convert("RGBA")
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    x0, top, x1, bottom = bbox
    box = [
        (x0 - HIGHLIGHT_PAD) * scale,
        (top - HIGHLIGHT_PAD) * scale,
        (x1 + HIGHLIGHT_PAD) * scale,
        (bottom + HIGHLIGHT_PAD) * scale,
    ]
    ImageDraw.Draw(overlay).rectangle(box, fill=HIGHLIGHT_FILL, outline=HIGHLIGHT_OUTLINE, width=2)
    out = io.BytesIO()
    Image.alpha_composite(image, overlay).convert("RGB").save(out, format="PNG")
    return out.getvalue()


def page_png(document_id: str, pdf: str, page_number: int, scale: float, bbox=None) -> bytes:
    """The page as PNG (blocking). The plain render is cached on disk; the box is drawn on a copy."""
    folder = cache_dir()
    cached = folder / f"{document_id}-{page_number}-{scale:.1f}.png" if folder else None
    png = None
    if cached is not None:
        with contextlib.suppress(OSError):
            png = cached.read_bytes()
    if png is None:
        png = _render(pdf, page_number, scale)
        if cached is not None:
            _write_atomically(cached, png)
    if bbox is not None:
        png = _highlight(png, bbox, scale)
    return png


# ---------------------------------------------------------------- views


def _text(status: int, message: str) -> Response:
    return Response.text(message + "\n", status=status)


async def _document_and_page(datasette, request) -> tuple[Document, int]:
    document_id = request.url_vars["document"]
    page = int(request.url_vars["page"])
    document = await find_document(datasette, document_id, request.actor)
    if document is None:
        raise NotFound(f"no document {document_id}")
    page_count = document.row.get("page_count")
    if page < 1 or (page_count is not None and page > page_count):
        raise NotFound(f"page {page} is out of range: the document has {page_count} pages")
    return document, page


async def page_image(datasette, request):
    try:
        bbox = parse_bbox(request.args.get("bbox"))
        scale = parse_scale(request.args.get("scale"))
        document, page = await _document_and_page(datasette, request)
        pdf = pdf_file(document)
        if pdf is None:
            raise NotFound("the PDF for this document is no longer where it was imported from")
        png = await asyncio.to_thread(page_png, document.row["id"], pdf, page, scale, bbox)
    except BadRequest as exc:
        return _text(400, str(exc))
    except NotFound as exc:
        return _text(404, str(exc))
    return Response(body=png, content_type="image/png", headers={"cache-control": "max-age=3600"})


async def _page_row(datasette, document: Document, page: int, actor) -> dict[str, Any] | None:
    db = datasette.get_database(document.database)
    if not await db.table_exists("pages"):
        return None
    visible, _ = await datasette.check_visibility(
        actor, permissions=[("view-table", (document.database, "pages")), ("view-database", document.database)]
    )
    if not visible:
        return None
    row = (
        await db.execute("select * from pages where document_id = ? and number = ?", [document.row["id"], page])
    ).first()
    if row is None:
        return None
    row = dict(row)
    if row.get("text") is None and row.get("duplicate_of"):  # the same page elsewhere holds the text
        original = (await db.execute("select text from pages where id = ?", [row["duplicate_of"]])).first()
        if original is not None:
            row["text"] = original[0]
    return row


async def _actions_on_page(datasette, document: Document, page: int, actor) -> list[dict[str, Any]]:
    db = datasette.get_database(document.database)
    if not await db.table_exists("actions"):
        return []
    visible, _ = await datasette.check_visibility(
        actor, permissions=[("view-table", (document.database, "actions")), ("view-database", document.database)]
    )
    if not visible:
        return []
    rows = await db.execute(
        "select id, text, bbox from actions where document_id = ? and page = ? order by position limit 200",
        [document.row["id"], page],
    )
    return [{"id": r["id"], "text": r["text"], "bbox": format_bbox(r["bbox"])} for r in rows]


async def page_view(datasette, request):
    try:
        bbox = parse_bbox(request.args.get("bbox"))
        scale_arg = request.args.get("scale")
        scale = parse_scale(scale_arg)
        document, page = await _document_and_page(datasette, request)
    except BadRequest as exc:
        return _text(400, str(exc))
    except NotFound as exc:
        return _text(404, str(exc))
    document_id = document.row["id"]
    page_count = document.row.get("page_count") or page
    page_row = await _page_row(datasette, document, page, request.actor)
    extra = {"scale": f"{scale:g}"} if scale_arg else {}

    def link(number: int, *, png: bool = False, box: str | None = None) -> str:
        query = {**({"bbox": box} if box else {}), **extra}
        url = datasette.urls.path(page_path(document_id, number, png=png))
        return url + ("?" + urlencode(query, safe=",") if query else "")

    bbox_text = ",".join(f"{v:g}" for v in bbox) if bbox else None
    actions = await _actions_on_page(datasette, document, page, request.actor)
    for action in actions:
        action["url"] = link(page, box=action["bbox"])
    context = {
        "database": document.database,
        "document": document.row,
        "document_url": datasette.urls.row(document.database, "documents", document_id),
        "page": page,
        "page_count": page_count,
        "label": (page_row or {}).get("label"),
        "text": (page_row or {}).get("text"),
        "page_found": page_row is not None,
        "image_url": link(page, png=True, box=bbox_text),
        "has_pdf": pdf_file(document) is not None,
        "bbox": bbox_text,
        "prev_url": link(page - 1) if page > 1 else None,
        "next_url": link(page + 1) if page < page_count else None,
        "plain_url": link(page) if bbox else None,
        "actions": actions,
    }
    template = datasette.jinja_env.from_string(TEMPLATE.read_text(encoding="utf-8"))
    return Response.html(await datasette.render_template(template, context, request=request))


# ---------------------------------------------------------------- tracker: search and feeds

_START, _END = "\x02", "\x03"  # snippet() markers, replaced by <mark> after the text is escaped
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def fts_query(q: str) -> str:
    """The words of ``q`` as an FTS5 query that cannot be a syntax error: every word (or
    ``"quoted phrase"``) is quoted, and all must match."""
    terms = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', q or ""):
        term = " ".join((phrase or word).replace('"', " ").split())
        if term:
            terms.append(f'"{term}"')
    return " ".join(terms)


def marked(snippet: str | None) -> Markup:
    """A snippet made with the private markers, escaped, with the matches in ``<mark>``."""
    text = html.escape(snippet or "").replace(_START, "<mark>").replace(_END, "</mark>")
    return Markup(_XML_INVALID.sub(" ", text))


async def _databases(datasette, actor, tables: tuple[str, ...]):
    """(name, database) for every database holding ``tables`` that the actor may view."""
    for name, db in datasette.databases.items():
        if name == "_internal":
            continue
        try:
            names = set(await db.table_names()) | set(await db.view_names())
        except Exception:
            continue
        if not set(tables) <= names:
            continue
        allowed = True
        for table in tables:
            visible, _ = await datasette.check_visibility(
                actor, permissions=[("view-table", (name, table)), ("view-database", name), "view-instance"]
            )
            allowed = allowed and visible
        if allowed:
            yield name, db


def _page_link(datasette, document_id: str, page: Any, bbox: Any = None) -> str | None:
    if not isinstance(page, int) or page < 1 or not document_id:
        return None
    url = datasette.urls.path(page_path(document_id, page))
    box = format_bbox(bbox)
    return url + (f"?bbox={box}" if box else "")


def _not_exempt(table: str, item_column: str) -> str:
    """SQL: the row does not belong to an exempt (Part II) agenda item of its document."""
    return (
        f"not exists (select 1 from agenda_items as exempt where exempt.document_id = {table}.document_id "
        f"and exempt.is_exempt = 1 and {table}.{item_column} is not null "
        f"and (exempt.number = {table}.{item_column} or exempt.id = {table}.{item_column}))"
    )


async def _search_database(datasette, name: str, db, match: str, include_exempt: bool) -> dict[str, list]:
    names = set(await db.table_names())
    results: dict[str, list] = {"agenda_items": [], "pages": [], "actions": []}
    meeting = "documents.meeting_date, documents.committee, documents.body, documents.file_name, documents.doc_type"
    if {"agenda_items", "agenda_items_fts"} <= names:
        sql = (
            f"select agenda_items.id, agenda_items.document_id, agenda_items.number, agenda_items.title, "
            f"agenda_items.is_exempt, coalesce(agenda_items.page, agenda_items.page_start) as page, "
            f"agenda_items.bbox, snippet(agenda_items_fts, -1, ?, ?, '…', 24) as snippet, {meeting} "
            "from agenda_items_fts join agenda_items on agenda_items.rowid = agenda_items_fts.rowid "
            "join documents on documents.id = agenda_items.document_id where agenda_items_fts match ? "
            + ("" if include_exempt else "and coalesce(agenda_items.is_exempt, 0) = 0 ")
            + "order by rank limit ?"
        )
        for row in await db.execute(sql, [_START, _END, match, SEARCH_LIMIT]):
            title = " ".join(filter(None, [row["number"], row["title"]])) or "Agenda item"
            results["agenda_items"].append(
                {
                    **dict(row),
                    "heading": title,
                    "snippet": marked(row["snippet"]),
                    "url": _page_link(datasette, row["document_id"], row["page"], row["bbox"]),
                    "record_url": datasette.urls.row(name, "agenda_items", row["id"]),
                }
            )
    if {"pages", "pages_fts"} <= names:
        sql = (
            f"select pages.id, pages.document_id, pages.number as page, pages.label, "
            f"snippet(pages_fts, 0, ?, ?, '…', 32) as snippet, {meeting} "
            "from pages_fts join pages on pages.rowid = pages_fts.rowid "
            "join documents on documents.id = pages.document_id where pages_fts match ? "
            + ("" if include_exempt else f"and {_not_exempt('pages', 'item')} ")
            + "order by rank limit ?"
        )
        for row in await db.execute(sql, [_START, _END, match, SEARCH_LIMIT]):
            results["pages"].append(
                {
                    **dict(row),
                    "heading": f"{row['file_name'] or 'Document'}, page {row['page']}",
                    "snippet": marked(row["snippet"]),
                    "url": _page_link(datasette, row["document_id"], row["page"]),
                    "record_url": datasette.urls.row(name, "pages", row["id"]),
                }
            )
    if {"actions", "actions_fts"} <= names:
        sql = (
            f"select actions.id, actions.document_id, actions.page, actions.bbox, actions.owners, actions.due, "
            f"actions.kind, snippet(actions_fts, -1, ?, ?, '…', 32) as snippet, {meeting} "
            "from actions_fts join actions on actions.rowid = actions_fts.rowid "
            "join documents on documents.id = actions.document_id where actions_fts match ? "
            + ("" if include_exempt else f"and {_not_exempt('actions', 'item')} ")
            + "order by rank limit ?"
        )
        for row in await db.execute(sql, [_START, _END, match, SEARCH_LIMIT]):
            results["actions"].append(
                {
                    **dict(row),
                    "heading": (row["kind"] or "action").capitalize()
                    + (f" for {row['owners']}" if row["owners"] else ""),
                    "snippet": marked(row["snippet"]),
                    "url": _page_link(datasette, row["document_id"], row["page"], row["bbox"]),
                    "record_url": datasette.urls.row(name, "actions", row["id"]),
                }
            )
    return results


async def search_view(datasette, request):
    q = (request.args.get("q") or "").strip()[:500]
    include_exempt = request.args.get("exempt") in ("1", "on", "true")
    match = fts_query(q)
    sections = []
    error = None
    if match:
        labels = {
            "agenda_items": "Agenda and minute items",
            "pages": "Minutes and papers (page text)",
            "actions": "Actions",
        }
        merged: dict[str, list] = {key: [] for key in labels}
        async for name, db in _databases(datasette, request.actor, ("documents",)):
            try:
                found = await _search_database(datasette, name, db, match, include_exempt)
            except Exception as exc:  # e.g. a database without the full-text tables' expected shape
                error = f"search failed in {name}: {exc}"
                continue
            for key, rows in found.items():
                for row in rows:
                    row["database"] = name
                    row["table_url"] = datasette.urls.table(name, key) + "?" + urlencode({"_search": match})
                merged[key] += rows
        sections = [
            {"key": key, "label": label, "rows": merged[key], "full": len(merged[key]) >= SEARCH_LIMIT}
            for key, label in labels.items()
        ]
    context = {
        "q": q,
        "include_exempt": include_exempt,
        "sections": sections,
        "total": sum(len(section["rows"]) for section in sections),
        "error": error,
        "limit": SEARCH_LIMIT,
        "search_url": datasette.urls.path(f"{ROOT}/search"),
    }
    template = datasette.jinja_env.from_string(SEARCH_TEMPLATE.read_text(encoding="utf-8"))
    return Response.html(await datasette.render_template(template, context, request=request))


async def _due_actions(
    datasette, request, *, owner: str, committee: str, include_complete: bool, order: str, limit: int
):
    """Actions with their meeting (and thread status) from every database the actor may see."""
    rows = []
    async for name, db in _databases(datasette, request.actor, ("actions", "documents")):
        names = set(await db.table_names())
        threads = "action_threads" in names
        plan = "action_plan_rows" in names
        where, params = [], {"owner": owner, "committee": committee, "limit": limit}
        if order == "due":
            where.append("actions.due is not null")
        if owner:
            if "action_owners" in names:
                where.append(
                    "(actions.owners like '%' || :owner || '%' or exists (select 1 from action_owners "
                    "where action_owners.action_id = actions.id and action_owners.owner like '%' || :owner || '%'))"
                )
            else:
                where.append("actions.owners like '%' || :owner || '%'")
        if committee:
            where.append(
                "(documents.committee like '%' || :committee || '%' or documents.body like '%' || :committee || '%')"
            )
        status = "coalesce(action_threads.status, '')" if threads else "''"
        if plan:
            status = f"coalesce(action_plan_rows.status, {status})"
        if not include_complete:
            where.append(f"{status} != 'complete'")
            if threads:
                where.append(
                    "not exists (select 1 from action_threads as later where "
                    "later.thread_id = action_threads.thread_id and later.status = 'complete')"
                )
        sql = (
            "select actions.id, actions.document_id, actions.text, actions.owners, actions.due, actions.due_text, "
            f"actions.kind, actions.page, actions.bbox, {status} as status, documents.meeting_date, "
            "documents.committee, documents.body, documents.file_name, documents.imported_at from actions "
            "join documents on documents.id = actions.document_id "
            + ("left join action_threads on action_threads.action_id = actions.id " if threads else "")
            + ("left join action_plan_rows on action_plan_rows.id = actions.action_plan_row_id " if plan else "")
            + ("where " + " and ".join(where) + " " if where else "")
            + (
                "order by actions.due, actions.id "
                if order == "due"
                else "order by documents.meeting_date is null, documents.meeting_date desc, "
                "documents.imported_at desc, actions.position desc, actions.id "
            )
            + "limit :limit"
        )
        for row in await db.execute(sql, params):
            rows.append({**dict(row), "database": name})
    return rows[:limit]


def _ics_text(value: str) -> str:
    value = _XML_INVALID.sub(" ", value or "").replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_line(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out, current = [], ""
    for char in line:
        limit = 75 if not out else 74  # continuation lines start with a space
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return "\r\n ".join(out)


def _summary(text: str, length: int = 100) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _meeting(row: dict[str, Any]) -> str:
    """Body, committee (when it is not the body's name again) and meeting date."""
    parts = [row["body"], row["committee"] if row["committee"] != row["body"] else None, row["meeting_date"]]
    return " · ".join(filter(None, parts))


def _valid_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def ics_calendar(datasette, request, rows: list[dict[str, Any]], name: str) -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//agendaparse//action deadlines//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_ics_text(name)}",
    ]
    for row in rows:
        due = _valid_date(row["due"])
        if due is None:
            continue
        url = _page_link(datasette, row["document_id"], row["page"], row["bbox"])
        description = [
            " ".join((row["text"] or "").split()),
            f"Owners: {row['owners']}" if row["owners"] else None,
            f"Due: {row['due_text']}" if row["due_text"] else None,
            _meeting(row) or None,
            f"Status: {row['status']}" if row["status"] else None,
            datasette.absolute_url(request, url) if url else None,
        ]
        event = [
            "BEGIN:VEVENT",
            f"UID:{row['id']}.{row['database']}@agendaparse",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{due + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_ics_text(_summary(row['text']))}",
            f"DESCRIPTION:{_ics_text(chr(10).join(filter(None, description)))}",
            "TRANSP:TRANSPARENT",
        ]
        if row["committee"] or row["body"]:
            event.append(f"CATEGORIES:{_ics_text(row['committee'] or row['body'])}")
        if url:
            event.append(f"URL:{datasette.absolute_url(request, url)}")
        event.append("END:VEVENT")
        lines += event
    lines.append("END:VCALENDAR")
    return "".join(_ics_line(line) + "\r\n" for line in lines)


async def deadlines_ics(datasette, request):
    owner = (request.args.get("owner") or "").strip()[:200]
    committee = (request.args.get("committee") or "").strip()[:200]
    include_complete = request.args.get("complete") in ("1", "on", "true")
    rows = await _due_actions(
        datasette,
        request,
        owner=owner,
        committee=committee,
        include_complete=include_complete,
        order="due",
        limit=CALENDAR_LIMIT,
    )
    name = "Action deadlines" + "".join(f" · {v}" for v in (owner, committee) if v)
    return Response(
        body=ics_calendar(datasette, request, rows, name),
        content_type="text/calendar; charset=utf-8",
        headers={"content-disposition": 'inline; filename="deadlines.ics"'},
    )


def _xml(value: Any) -> str:
    return _XML_INVALID.sub(" ", str(value or ""))


def _atom_time(row: dict[str, Any]) -> str:
    meeting = _valid_date(row["meeting_date"])
    if meeting is not None:
        return f"{meeting:%Y-%m-%d}T00:00:00Z"
    try:
        imported = dt.datetime.fromisoformat(str(row["imported_at"]))
    except ValueError:
        return "1970-01-01T00:00:00Z"
    if imported.tzinfo is None:
        imported = imported.replace(tzinfo=dt.UTC)
    return imported.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def atom_feed(datasette, request, rows: list[dict[str, Any]], title: str) -> bytes:
    ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", ns)

    def sub(parent, tag, text=None, **attrs):
        element = ET.SubElement(parent, f"{{{ns}}}{tag}", {k: _xml(v) for k, v in attrs.items()})
        if text is not None:
            element.text = _xml(text)
        return element

    feed = ET.Element(f"{{{ns}}}feed")
    self_url = datasette.absolute_url(request, request.full_path)
    sub(feed, "id", self_url)
    sub(feed, "title", title)
    sub(feed, "updated", max((_atom_time(row) for row in rows), default="1970-01-01T00:00:00Z"))
    sub(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    sub(feed, "link", rel="alternate", href=datasette.absolute_url(request, datasette.urls.path(f"{ROOT}/search")))
    sub(feed, "generator", "agendaparse")
    author = sub(feed, "author")
    sub(author, "name", "agendaparse")
    for row in rows:
        entry = sub(feed, "entry")
        sub(entry, "id", f"urn:agendaparse:{row['database']}:action:{row['id']}")
        sub(entry, "title", _summary(row["text"], 120))
        sub(entry, "updated", _atom_time(row))
        url = _page_link(datasette, row["document_id"], row["page"], row["bbox"])
        if url:
            sub(entry, "link", rel="alternate", href=datasette.absolute_url(request, url), type="text/html")
        sub(
            entry,
            "link",
            rel="related",
            href=datasette.absolute_url(request, datasette.urls.row(row["database"], "actions", row["id"])),
        )
        sub(sub(entry, "author"), "name", row["owners"] or row["committee"] or row["body"] or "unassigned")
        if row["committee"] or row["body"]:
            sub(entry, "category", term=row["committee"] or row["body"])
        details = [
            " ".join((row["text"] or "").split()),
            f"Owners: {row['owners']}" if row["owners"] else "",
            f"Due: {row['due']}" + (f" ({row['due_text']})" if row["due_text"] else "") if row["due"] else "",
            f"Status: {row['status']}" if row["status"] else "",
            "Meeting: " + (_meeting(row) or "unknown"),
        ]
        sub(entry, "content", "\n".join(filter(None, details)), type="text")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8", xml_declaration=False)


async def actions_atom(datasette, request):
    committee = (request.args.get("committee") or "").strip()[:200]
    owner = (request.args.get("owner") or "").strip()[:200]
    rows = await _due_actions(
        datasette,
        request,
        owner=owner,
        committee=committee,
        include_complete=True,
        order="newest",
        limit=FEED_LIMIT,
    )
    title = "Newest actions" + "".join(f" · {v}" for v in (committee, owner) if v)
    return Response(body=atom_feed(datasette, request, rows, title), content_type="application/atom+xml; charset=utf-8")


async def not_found(datasette, request):
    return _text(
        404,
        f"not an agendaparse page: {PREFIX}/<sha256>/<page>[.png], {ROOT}/search, "
        f"{ROOT}/deadlines.ics or {ROOT}/actions.atom",
    )


# ---------------------------------------------------------------- hooks


@hookimpl
def register_routes(datasette):
    return [
        (rf"^{PREFIX}/{DOCUMENT}/{PAGE}\.png$", page_image),
        (rf"^{PREFIX}/{DOCUMENT}/{PAGE}$", page_view),
        (rf"^{ROOT}/search$", search_view),
        (rf"^{ROOT}/deadlines\.ics$", deadlines_ics),
        (rf"^{ROOT}/actions\.atom$", actions_atom),
        # Anything else under our prefix is a plain 404 here rather than Datasette's 404 handler
        # (which, with `rich` installed, fails outside an exception and answers 500).
        (r"^/-/agendaparse(/.*)?$", not_found),
    ]


def _row_value(row: Any, key: str) -> Any:
    try:
        keys = row.keys()
    except AttributeError:
        return None
    if key not in keys:
        return None
    value = row[key]
    if isinstance(value, dict):  # a foreign key Datasette expanded to {"value", "label"}
        value = value.get("value")
    return value


_ACTION_ID = re.compile(r"^[0-9a-f]{12}-a\d+$")


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Page numbers link to the page view (with the row's bbox on the page the bbox is on);
    action ids in query results and ``action_threads`` link to the action."""
    if column in ACTION_ID_COLUMNS and table in (None, "action_threads", "action_log"):
        if isinstance(value, str) and _ACTION_ID.match(value):
            url = datasette.urls.row(database, "actions", value)
            return Markup(f'<a href="{html.escape(url)}" class="agendaparse-action">{html.escape(value)}</a>')
        return None
    if column not in PAGE_COLUMNS and not (table == "pages" and column == "number"):
        return None
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        return None
    document_id = _row_value(row, "document_id")
    if not isinstance(document_id, str) or len(document_id) != 64:
        return None
    if any(c not in "0123456789abcdef" for c in document_id):
        return None
    query = {}
    columns = row.keys()  # sqlite3.Row's `in` looks at values, not column names
    has_page = "page" in columns
    if column == "page" or (column == "page_start" and not has_page):
        bbox = format_bbox(_row_value(row, "bbox"))
        if bbox:
            query["bbox"] = bbox
    url = datasette.urls.path(page_path(document_id, value))
    if query:
        url += "?" + urlencode(query, safe=",")
    return Markup(
        f'<a href="{html.escape(url)}" class="agendaparse-page" title="Show page {value}'
        f'{" with the highlighted box" if query else ""}">{value}</a>'
    )


# ---------------------------------------------------------------- Datasette's 404 with rich installed

_RICH_404 = "Value for 'trace' required"


@hookimpl
def asgi_wrapper(datasette):
    """Datasette 0.65's 404 handler calls rich's ``print_exception`` outside an ``except`` block,
    which raises ValueError with every rich release (rich comes with spaCy's typer), so an
    unmatched URL answered 500. Answer those 404 instead; every other error is left alone."""

    def wrap(app):
        async def wrapped(scope, receive, send):
            started = False

            async def tracking_send(event):
                nonlocal started
                if event.get("type") == "http.response.start":
                    started = True
                await send(event)

            try:
                await app(scope, receive, tracking_send)
            except ValueError as exc:
                if started or scope.get("type") != "http" or _RICH_404 not in str(exc):
                    raise
                body = b"404: Not found\n"
                await send(
                    {
                        "type": "http.response.start",
                        "status": 404,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8")],
                    }
                )
                await send({"type": "http.response.body", "body": body})

        return wrapped

    return wrap
