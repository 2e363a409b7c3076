"""Datasette plugin: see the PDF page behind a record.

Routes (registered with ``register_routes``):

* ``/-/agendaparse/page/<document>/<page>.png`` renders one physical page with pypdfium2, optionally
  with ``?bbox=x0,top,x1,bottom`` (PDF points, top-left origin) highlighted and ``?scale=`` (0.5-3).
* ``/-/agendaparse/page/<document>/<page>`` is an HTML view: the page image beside the page's text.

``render_cell`` turns the page columns of tables that have a ``document_id`` (actions, mentions,
agenda_items, tables, action_plan_rows, pages, action_log) into links to that view, carrying the
row's bounding box when it has one.

The PDF is found through the ``documents`` row (``file``, then the ``files`` table): the URL only
names a sha256 and a page number, so it can never point at another file.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import html
import io
import json
import math
import os
import tempfile
import threading
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
TEMPLATE = Path(__file__).with_name("templates") / "agendaparse_page.html"
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


async def not_found(datasette, request):
    return _text(404, f"not a page of a document: {PREFIX}/<sha256>/<page>[.png]")


# ---------------------------------------------------------------- hooks


@hookimpl
def register_routes(datasette):
    return [
        (rf"^{PREFIX}/{DOCUMENT}/{PAGE}\.png$", page_image),
        (rf"^{PREFIX}/{DOCUMENT}/{PAGE}$", page_view),
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


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Page numbers link to the page view (with the row's bbox on the page the bbox is on)."""
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
