"""Stage 3: tables and action-plan rows.

pdfplumber's table finder is precise but slow (about 8 pages/s), so it runs only on pages
that the cheap signals of :mod:`agendaparse.pdf` flag: enough vector paths to draw a grid. Even
there, pdfminer never parses the page: :mod:`agendaparse.pdfium_objects` hands pdfplumber the
same chars, lines and rects read by pypdfium2, which is about ten times faster.
A ruled table whose text is set sideways is turned so that it reads left to right. Unruled
tables (column-aligned figures without a grid) are found by :mod:`agendaparse.stream_tables`
on the pages it flags that no ruled table already covers.
Tables that continue on the next page (same columns, at the top of the page) are merged into
one table with its page span. Tables whose header names action-plan columns become
:class:`~agendaparse.models.ActionPlanRow` records.
"""

from __future__ import annotations

import colorsys
import io
import logging
import re
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from . import colour_key, pdfium_objects, stream_tables
from .dates import parse_date
from .models import ActionPlanRow, Provenance, Table
from .pdf import PageLayout

# pdfminer (under pdfplumber) logs every damaged operator it skips; that is noise for our users.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

MIN_PATHS = 6  # fewer vector paths than this cannot draw a ruled grid worth finding
# A gap wider than this share of the font size is a word space. pdfplumber's fixed 3pt default
# glues words together in tightly set cells ("AStoaction20mphlimit").
WORD_GAP_RATIO = 0.15

FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "theme": ("theme", "priority", "objective", "workstream", "area"),
    "action_no": ("action no", "action number", "no", "no.", "ref", "ref.", "reference", "#", "item", "number", "id"),
    "action": (
        "action",
        "actions",
        "action required",
        "recommendation",
        "task",
        "activity",
        "description",
        "commitment",
    ),
    "outcome": ("outcome", "outcomes", "expected outcome", "measure", "success measure", "deliverable"),
    "named_lead": (
        "named csp lead",
        "lead officer",
        "responsible officer",
        "owner",
        "by whom",
        "led by",
        "officer",
        "lead",
        "responsible",
        "who",
        "action owner",
        "named lead",
    ),
    "lead_org": (
        "lead organisation",
        "lead organization",
        "lead agency",
        "organisation",
        "agency",
        "department",
        "lead department",
    ),
    "supporting_orgs": ("supporting organisations", "partners", "supporting partners", "support"),
    "start_date": ("start date", "start", "from"),
    "end_date": (
        "end date",
        "deadline",
        "timescale",
        "by when",
        "target date",
        "due",
        "due date",
        "completion date",
        "date due",
        "when",
        "target",
    ),
    "progress": ("progress", "update", "progress update", "latest update", "comments/update", "position"),
    "comment": ("comment", "comments", "notes"),
    "status": ("status", "rag", "rag status", "rag rating", "current status"),
}
STATUS_WORDS = {
    "complete": ("complete", "completed", "done", "closed", "achieved", "delivered"),
    "ongoing": ("ongoing", "on-going", "in progress", "open", "on track", "underway", "continuing"),
    "paused": ("paused", "on hold", "deferred", "suspended"),
    "not started": ("not started", "not yet started", "planned"),
    "overdue": ("overdue", "late", "delayed", "behind"),
}
RAG_WORDS = {"red": "Red", "amber": "Amber", "green": "Green", "r": "Red", "a": "Amber", "g": "Green"}


def normalise_header(text: str) -> str:
    return re.sub(r"[^a-z0-9#./ ]", "", " ".join(text.lower().split())).strip()


def header_fields(header: list[str]) -> dict[int, str]:
    """Map column index -> canonical action-plan field for the columns we recognise."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for index, cell in enumerate(header):
        name = normalise_header(cell)
        for field, synonyms in FIELD_SYNONYMS.items():
            if field in used:
                continue
            if name in synonyms or any(name.startswith(s + " ") for s in synonyms if len(s) > 3):
                mapping[index] = field
                used.add(field)
                break
    return mapping


def is_action_plan(header: list[str]) -> bool:
    fields = set(header_fields(header).values())
    has_action = "action" in fields
    has_owner_or_date = bool(fields & {"named_lead", "lead_org", "end_date", "status"})
    return has_action and has_owner_or_date


def clean_cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value).replace("\u00ad", "")
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)  # hyphenation at a wrapped line end
    return " ".join(text.split())


def candidate_pages(pages: list[PageLayout]) -> list[int]:
    return [page.number for page in pages if page.grid >= MIN_PATHS and page.has_text_layer]


def find_tables(
    path: str | Path | bytes, pages: list[PageLayout], document_id: str, password: str | None = None
) -> list[Table]:
    """Ruled tables (pdfplumber) on pages with grid evidence, unruled ones (camelot stream) on
    pages with column-aligned figures that no ruled table already covers."""
    wanted = candidate_pages(pages)
    streams = {page.number: regions for page in pages if (regions := stream_tables.flagged(page))}
    if not wanted and not streams:
        return []
    source = io.BytesIO(path) if isinstance(path, bytes) else str(path)
    found = _ruled_tables(source, wanted, document_id, password) if wanted else []
    layouts = {page.number: page for page in pages}
    uncovered = {}
    for number, regions in streams.items():
        ruled = [table for table in found if table.page_start == number]
        left = [region for region in regions if not _covered(region, ruled, layouts[number])]
        if left:
            uncovered[number] = left
    if uncovered:
        unruled = stream_tables.extract(path, uncovered, layouts, clean_cell, password)
        found = [table for table in found if not any(_inside(table, other) for other in unruled)]
        found.extend(_stream_table(other, document_id) for other in unruled)
        found.sort(key=lambda table: (table.page_start, table.bbox[1] if table.bbox else 0.0))
    return merge_continuations(found, pages)


def _ruled_tables(source, wanted: list[int], document_id: str, password: str | None) -> list[Table]:
    found: list[Table] = []
    key: dict = {}  # the document's RAG colour key so far: a key printed on one page holds for later ones
    geometry = _pdfium_document(source, password)
    with pdfplumber.open(source, pages=wanted, password=password or "") as pdf:
        for page in pdf.pages:
            if geometry is not None:
                _read_objects_with_pdfium(geometry, page)
            fills = [rect for rect in page.rects if rect.get("fill")]
            key = colour_key.merge_keys(key, colour_key.page_colour_key(page, fills))
            for table in page.find_tables():
                extracted = [
                    ([clean_cell(cell) for cell in row], table_row.cells)
                    for row, table_row in zip(table.extract(x_tolerance_ratio=WORD_GAP_RATIO), table.rows, strict=False)
                ]
                extracted = [(row, boxes) for row, boxes in extracted if any(row)]
                rows = [row for row, _ in extracted]
                if len(rows) < 2 or max(len(r) for r in rows) < 2:
                    continue
                if _is_layout_box(rows) or _is_attendance_or_form(rows):
                    continue
                turn = _text_direction(page, table.bbox)
                if turn:
                    rows = upright_rows(rows, turn)
                    extracted = [(row, []) for row in rows]
                header, body = rows[0], rows[1:]
                status_column = _status_column(header)
                colours = None
                if status_column is not None and fills and not turn:
                    colours = [_cell_colour(boxes, status_column, fills, key) for _, boxes in extracted[1:]]
                found.append(
                    Table(
                        n_rows=len(body),
                        n_cols=len(header),
                        header=header,
                        rows=body,
                        status_colours=colours if colours and any(colours) else None,
                        page_start=page.page_number,
                        page_end=page.page_number,
                        bbox=tuple(round(v, 1) for v in table.bbox),
                        provenance=Provenance(
                            document=document_id,
                            page=page.page_number,
                            bbox=tuple(round(v, 1) for v in table.bbox),
                            method="pdfplumber:find_tables" + ("+turned-upright" if turn else ""),
                        ),
                    )
                )
            page.close()
    if geometry is not None:
        geometry.close()
    return found


def _read_objects_with_pdfium(geometry: pdfium.PdfDocument, page) -> None:
    """Fill the pdfplumber page's objects from pypdfium2, so pdfminer never parses the page."""
    pdfium_page = geometry[page.page_number - 1]
    try:
        if pdfium_objects.fits(pdfium_page, page):
            page._objects = pdfium_objects.plumber_objects(pdfium_page, page)
    finally:
        pdfium_page.close()


def _pdfium_document(source, password: str | None) -> pdfium.PdfDocument | None:
    """The same PDF opened by pypdfium2, whose page objects stand in for pdfminer's (see
    :mod:`agendaparse.pdfium_objects`); None when pypdfium2 cannot open it (pdfminer then parses)."""
    try:
        return pdfium.PdfDocument(source.getvalue() if isinstance(source, io.BytesIO) else source, password=password)
    except pdfium.PdfiumError:
        return None


def _text_direction(page, bbox: tuple[float, float, float, float]) -> int:
    """0 for upright text in the table; 90 when it reads bottom to top, -90 when top to bottom."""
    x0, top, x1, bottom = bbox
    down = up = upright = 0
    for char in page.chars:
        if not (x0 <= char["x0"] <= x1 and top <= char["top"] <= bottom) or not char["text"].strip():
            continue
        if char.get("upright", True):
            upright += 1
            continue
        b = char["matrix"][1]
        if b < 0:
            down += 1
        elif b > 0:
            up += 1
    if down + up <= upright:
        return 0
    return -90 if down >= up else 90


def upright_rows(rows: list[list[str]], turn: int) -> list[list[str]]:
    """A grid read off the page as printed, turned so that its text reads left to right.

    ``turn`` -90: the text runs down the page (its lines advance leftwards); 90: it runs up.
    """
    width = max(len(row) for row in rows)
    grid = [row + [""] * (width - len(row)) for row in rows]
    height = len(grid)
    if turn == -90:
        return [[grid[c][width - 1 - r] for c in range(height)] for r in range(width)]
    return [[grid[height - 1 - c][r] for c in range(height)] for r in range(width)]


def _covered(region: stream_tables.Region, ruled: list[Table], page: PageLayout) -> bool:
    """Ruled tables already hold the region: between them they span most of its height and
    width, with at least half as many rows (a 3-row 'table' drawn by shading bands does not hold
    a 30-row region). On a turned page any ruled table does."""
    if not ruled:
        return False
    if page.rotation or not region.rows:
        return True
    height = max(region.bottom - region.top, 1.0)
    width = max(region.x1 - region.x0, 1.0)
    holding = [
        table
        for table in ruled
        if table.bbox and min(region.x1, table.bbox[2]) - max(region.x0, table.bbox[0]) >= 0.7 * width
    ]
    rows = sum(table.n_rows + 1 for table in holding)
    overlap = sum(max(0.0, min(region.bottom, table.bbox[3]) - max(region.top, table.bbox[1])) for table in holding)
    return rows >= region.rows / 2 and overlap >= 0.7 * height


def _inside(table: Table, other: stream_tables.StreamTable) -> bool:
    """A ruled 'table' lying mostly within an unruled one is a fragment of it (a shaded band, a box)."""
    if table.page_start != other.page or not table.bbox:
        return False
    x0, top, x1, bottom = table.bbox
    ox0, otop, ox1, obottom = other.bbox
    area = max((x1 - x0) * (bottom - top), 1.0)
    shared = max(0.0, min(x1, ox1) - max(x0, ox0)) * max(0.0, min(bottom, obottom) - max(top, otop))
    return shared >= 0.6 * area


def _stream_table(table: stream_tables.StreamTable, document_id: str) -> Table:
    width = max(len(row) for row in table.rows)
    rows = [row + [""] * (width - len(row)) for row in table.rows]
    return Table(
        n_rows=len(rows) - 1,
        n_cols=width,
        header=rows[0],
        rows=rows[1:],
        page_start=table.page,
        page_end=table.page,
        bbox=table.bbox,
        provenance=Provenance(document=document_id, page=table.page, bbox=table.bbox, method="camelot:stream"),
    )


def _status_column(header: list[str]) -> int | None:
    """The column whose shading carries RAG: Status, else Progress / Update."""
    by_field = {field: index for index, field in header_fields(header).items()}
    return by_field.get("status", by_field.get("progress"))


def _cell_colour(boxes: list, column: int, fills: list[dict], key: dict | None = None) -> str | None:
    """Red / Amber / Green from the fill of the smallest shaded rectangle under a cell's centre."""
    if column >= len(boxes) or boxes[column] is None:
        return None
    x0, top, x1, bottom = boxes[column]
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    under = [
        rect
        for rect in fills
        if rect["x0"] <= cx <= rect["x1"]
        and rect["top"] <= cy <= rect["bottom"]
        and (rect["x1"] - rect["x0"]) * (rect["bottom"] - rect["top"]) <= 4 * (x1 - x0) * (bottom - top)
    ]
    if not under:
        return None
    smallest = min(under, key=lambda rect: (rect["x1"] - rect["x0"]) * (rect["bottom"] - rect["top"]))
    colour = smallest.get("non_stroking_color")
    return colour_key.rag_for_fill(colour, key or {}) or rag_from_colour(colour)


def rag_from_colour(colour: object) -> str | None:
    """A fill colour (grey, RGB or CMYK components in 0..1) as Red, Amber or Green; None otherwise."""
    if not isinstance(colour, (tuple, list)) or not all(isinstance(v, (int, float)) for v in colour):
        return None
    if len(colour) == 3:
        red, green, blue = colour
    elif len(colour) == 4:
        c, m, y, k = colour
        red, green, blue = (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    else:
        return None  # grey or a pattern: no hue
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    if saturation < 0.35 or not 0.15 <= lightness <= 0.85:
        return None
    degrees = hue * 360
    if degrees < 15 or degrees >= 340:
        return "Red"
    if degrees < 66:  # orange to yellow: both are used for amber
        return "Amber"
    if 70 <= degrees < 170:
        return "Green"
    return None


ATTENDANCE_HEADERS = {
    "present", "attendees", "attendance", "in attendance", "apologies", "apologies for absence", "officials",
    "members", "also present", "observers", "guests", "absent", "members present", "officers",
}  # fmt: skip


def _is_attendance_or_form(rows: list[list[str]]) -> bool:
    """Attendance grids ('Present:' / 'Apologies') and label-value forms ('Title of Meeting:', 'Date:')
    are laid out with ruled boxes but are not data tables."""
    header = [normalise_header(cell).rstrip(":. ") for cell in rows[0] if cell.strip()]
    if header and all(cell in ATTENDANCE_HEADERS for cell in header):
        return True
    labels = [row[0] for row in rows if row and row[0].strip()]
    return len(labels) >= 3 and sum(label.rstrip().endswith(":") for label in labels) >= 0.6 * len(labels)


def _is_layout_box(rows: list[list[str]]) -> bool:
    """A 'table' where nearly every cell is empty or one cell holds all the text is a box."""
    cells = [cell for row in rows for cell in row]
    filled = [cell for cell in cells if cell]
    return len(filled) <= 2 or len(filled) / len(cells) < 0.25


def merge_continuations(tables: list[Table], pages: list[PageLayout]) -> list[Table]:
    """Join a table with the one that continues it on the next page."""
    heights = {page.number: page.height for page in pages}
    merged: list[Table] = []
    for table in tables:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and table.page_start == previous.page_end + 1
            and table.n_cols == previous.n_cols
            and table.bbox is not None
            and previous.bbox is not None
            and table.bbox[1] < 0.25 * heights.get(table.page_start, 842)
            and _same_columns_span(previous.bbox, table.bbox)
            and (
                (repeated_header := _same_header(previous.header, table.header))
                or previous.bbox[3] > 0.6 * heights.get(previous.page_end, 842)  # it ran to the page foot
            )
        ):
            rows = table.rows
            if not repeated_header:
                rows = [table.header, *rows]  # no repeated header: the first row is data
            if previous.status_colours is not None or table.status_colours is not None:
                above = previous.status_colours or [None] * len(previous.rows)
                below = table.status_colours or [None] * len(table.rows)
                previous.status_colours = above + ([None] if len(rows) > len(table.rows) else []) + below
            previous.rows.extend(rows)
            previous.n_rows = len(previous.rows)
            previous.page_end = table.page_end
            previous.provenance.page_end = table.page_end
            if not previous.provenance.method.endswith("+continuation"):
                previous.provenance.method += "+continuation"
            continue
        merged.append(table)
    for table in merged:
        if is_action_plan(table.header):
            table.kind = "action_plan"
    return merged


def _same_header(above: list[str], below: list[str]) -> bool:
    return [normalise_header(c) for c in above] == [normalise_header(c) for c in below]


def _same_columns_span(above: tuple[float, ...], below: tuple[float, ...]) -> bool:
    """A continuation sits under the same left and right edges (within a tenth of the width)."""
    width = max(above[2] - above[0], 1.0)
    return abs(above[0] - below[0]) <= 0.1 * width and abs(above[2] - below[2]) <= 0.1 * width


def normalise_status(text: str) -> tuple[str | None, str | None]:
    """Status text -> (status, rag) in our vocabulary, or None where it says neither."""
    lowered = " ".join(text.lower().split())
    rag = None
    for word, colour in RAG_WORDS.items():
        if re.search(rf"\b{re.escape(word)}\b", lowered) and (len(word) > 1 or lowered == word):
            rag = colour
            break
    for status, words in STATUS_WORDS.items():
        if any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words):
            return status, rag
    return None, rag


# "Cabinet Office Transparency Team to publish ...", "The PDC project team will be ...": who is to act.
# Shared with the NLP stage (agendaparse.nlp.subject_owner) for labelled actions.
SUBJECT_RE = re.compile(
    r"^(?:the\s+|a\s+)?(?P<owner>[A-Z][\w'’.\-/&]*(?:\s+[\w'’.\-&/]+){0,5}?)\s+"
    r"(?:to|will|would|should|agreed to)\s+(?:be\b|[a-z]{3,})"
)
ORG_WORDS = re.compile(
    r"\b(team|office|department|board|council|house|group|ministry|agency|committee|partnership|members|"
    r"service|services|directorate|authority|trust|panel|unit|secretariat|ons|dft|dwp|hmrc|nhs)\b",
    re.I,
)


def lead_from_subject(action: str) -> tuple[str | None, str | None]:
    """'Cabinet Office Transparency Team to publish ...' -> (None, 'Cabinet Office Transparency Team')."""
    match = SUBJECT_RE.match(action.strip())
    if not match:
        return None, None
    owner = match["owner"].strip()
    if ORG_WORDS.search(owner):
        return None, owner
    if re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z'’\-]+){1,2}", owner) or re.fullmatch(r"[A-Z]{2,4}", owner):
        return owner, None
    return None, None


def resolve_initials(lead: str, initials: dict[str, str]) -> str:
    """'AS' -> 'Alan Smith' when the document's members list defines every set of initials."""
    parts = [part for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", lead.strip()) if part]
    if parts and all(part in initials for part in parts):
        return ", ".join(initials[part] for part in parts)
    return lead


def action_plan_rows(
    tables: list[Table], document_id: str, reference_date=None, initials: dict[str, str] | None = None
) -> list[ActionPlanRow]:
    rows: list[ActionPlanRow] = []
    for table_index, table in enumerate(tables):
        if table.kind != "action_plan":
            continue
        fields = header_fields(table.header)
        theme = None
        for row_index, row in enumerate(table.rows):
            values: dict[str, str] = {}
            extra: dict[str, str] = {}
            for index, cell in enumerate(row):
                field = fields.get(index)
                if field:
                    values[field] = cell
                elif index < len(table.header):
                    extra[table.header[index] or f"column {index + 1}"] = cell
            method = "rule:action-plan-header"
            if values.get("theme"):
                theme = values["theme"]
            elif "theme" in fields.values() and theme:
                method += "+theme-filled-down"
            if not values.get("action"):
                continue
            end = parse_date(values.get("end_date", ""), reference=reference_date)
            start = parse_date(values.get("start_date", ""), reference=reference_date)
            status, rag = normalise_status(values.get("status", ""))
            if status is None and values.get("progress"):
                status = normalise_status(values["progress"])[0]
                method += "+status-from-progress" if status else ""
            colours = table.status_colours or []
            if rag is None and row_index < len(colours) and colours[row_index]:
                rag = colours[row_index]
                method += "+rag-from-fill"
            named_lead = values.get("named_lead") or None
            lead_org = values.get("lead_org") or None
            if not named_lead and not lead_org and not {"named_lead", "lead_org"} & set(fields.values()):
                named_lead, lead_org = lead_from_subject(values["action"])
                method += "+lead-from-action-subject" if (named_lead or lead_org) else ""
            if named_lead and initials:
                resolved = resolve_initials(named_lead, initials)
                method += "+initials-resolved" if resolved != named_lead else ""
                named_lead = resolved
            rows.append(
                ActionPlanRow(
                    table=table_index,
                    row=row_index,
                    theme=theme,
                    action_no=values.get("action_no") or None,
                    action=values.get("action"),
                    outcome=values.get("outcome") or None,
                    named_lead=named_lead,
                    lead_org=lead_org,
                    supporting_orgs=values.get("supporting_orgs") or None,
                    start_date=start.date,
                    end_date=end.date,
                    start_date_text=values.get("start_date") or None,
                    end_date_text=values.get("end_date") or None,
                    progress=values.get("progress") or None,
                    comment=values.get("comment") or None,
                    rag=rag,
                    status=status,
                    status_text=values.get("status") or None,
                    extra=extra,
                    provenance=Provenance(
                        document=document_id, page=table.page_start, page_end=table.page_end, method=method
                    ),
                )
            )
    return rows
