"""The shared vocabulary: pydantic models for every record agendaparse extracts.

Every extracted record carries a :class:`Provenance` saying where it came from (document,
physical page, bounding box, character span) and which rule or model produced it.
Coordinates are PDF points with the origin at the top-left of the page as displayed
(the pdfplumber convention): ``(x0, top, x1, bottom)``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

DocType = Literal["agenda_pack", "minutes", "report", "action_plan", "other"]
DatePrecision = Literal["day", "month", "quarter", "year", "unknown"]
ActionKind = Literal["action", "resolution", "request", "proposal", "decision", "commitment", "recommendation"]
Status = Literal["complete", "ongoing", "paused", "not started", "overdue"]
Rag = Literal["Red", "Amber", "Green"]
BBox = tuple[float, float, float, float]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Provenance(Model):
    """Where a record came from and what produced it."""

    document: str = Field(description="Document id (sha256 of the file bytes)")
    page: int | None = Field(None, description="Physical 1-based page where the record starts")
    page_end: int | None = Field(None, description="Physical page where the record ends")
    bbox: BBox | None = Field(None, description="x0, top, x1, bottom in points on `page`")
    char_start: int | None = Field(None, description="Start offset in the page's text")
    char_end: int | None = Field(None, description="End offset in the page's text")
    method: str = Field(description="Rule or model that produced the record, e.g. rule:agenda-list")


class Attendee(Model):
    """A person listed as a member, present, in attendance or sending apologies."""

    name: str
    role: str | None = Field(None, description="e.g. Chairman, Vice-Chair, Director of Public Health")
    group: Literal["member", "present", "in_attendance", "apologies"]


class DocumentInfo(Model):
    """A PDF file and what it is about."""

    id: str = Field(description="sha256 of the file bytes")
    file: str = Field(description="Path of the file as it was given")
    file_name: str
    bytes: int
    page_count: int
    body: str | None = Field(None, description="Council or organisation, e.g. Kent County Council")
    committee: str | None = Field(None, description="Meeting body, e.g. Cabinet")
    meeting_date: dt.date | None = None
    meeting_time: str | None = None
    venue: str | None = None
    doc_type: DocType = "other"
    title: str | None = None
    engine: str = Field("pypdfium2", description="PDF engine that read the text")
    text_pages: int = Field(0, description="Pages with a text layer")
    cover: dict[str, str] = Field(default_factory=dict, description="Report cover fields (From, Subject, Author ...)")
    attendees: list[Attendee] = Field(default_factory=list, description="Members, present, apologies")
    contact_officer: str | None = None
    warnings: list[str] = Field(
        default_factory=list, description="What could not be read (pages, tables, forms): a partial import"
    )
    provenance: dict[str, str] = Field(default_factory=dict, description="Field name -> rule that set it")


class PagePicture(Model):
    """A picture pasted on a page with a text layer that OCR read (``--ocr-pictures``)."""

    bbox: BBox = Field(description="x0, top, x1, bottom in points on the page as displayed")
    method: str = Field("ocr-picture", description="What read the picture")
    words: int = Field(0, description="Words kept from the reading (0 when dropped)")
    dropped: bool = Field(False, description="The reading was not text (a photograph, a chart) and was left out")


class Page(Model):
    """One physical page."""

    number: int = Field(description="Physical 1-based page number")
    label: str | None = Field(None, description="Printed page label, e.g. '69' from 'Page 69'")
    other_labels: list[str] = Field(
        default_factory=list, description="Other page numbers stamped on the page (a second numbering), not its label"
    )
    rotation: int = 0
    width: float
    height: float
    is_blank: bool = Field(False, description="No text, or only a filler / stamp")
    is_filler: bool = Field(False, description="'This page is intentionally left blank'")
    has_text_layer: bool = True
    text: str = Field("", description="Page text without furniture (stamps, running heads)")
    furniture: list[str] = Field(default_factory=list, description="Stamps and running heads")
    item: str | None = Field(None, description="Agenda item the page belongs to")
    method: str = Field(
        "pypdfium2",
        description="What read the text: pypdfium2, ocr, or pypdfium2+ocr-picture (a pasted picture read); "
        "+turned90 (180, 270): read with that much added to the page's /Rotate, its text being set sideways; "
        "+deskewed-1.2: a scan lying askew, read as scanned with its boxes moved to the page squared up by that "
        "many degrees anticlockwise",
    )
    pictures: list[PagePicture] = Field(
        default_factory=list, description="Pictures pasted on the page that OCR read, kept or dropped"
    )


class AgendaItem(Model):
    """A numbered agenda item or minute item."""

    number: str | None
    title: str
    printed_pages: str | None = Field(None, description="Printed page range, e.g. '1-52'")
    page_start: int | None = Field(None, description="First physical page of the item's papers")
    page_end: int | None = None
    parent: str | None = Field(None, description="Number of the parent item for sub-items")
    is_exempt: bool = False
    kind: Literal["agenda", "minutes"] = "agenda"
    presenter: str | None = None
    text: str = ""
    fields: dict[str, str] = Field(default_factory=dict, description="Report cover table fields")
    provenance: Provenance


class Table(Model):
    """A data table, possibly continued over several pages."""

    title: str | None = None
    n_rows: int
    n_cols: int
    header: list[str]
    rows: list[list[str]]
    page_start: int
    page_end: int
    bbox: BBox | None = None
    kind: Literal["table", "action_plan", "performance"] = "table"
    # Red / Amber / Green read from the fill of each body row's status cell (None: not shaded).
    status_colours: list[str | None] | None = None
    # Body rows printed as one cell across the table (section headings), as indices into `rows`:
    # the grid says so, the text alone cannot ('Develop a system wide approach to ...' reads like an action).
    spanning_rows: list[int] = []
    provenance: Provenance
    # Body cells a ruled grid prints merged down from the row above, as (row, column): Word's vertically merged
    # cells. Kept off the record (no field of the JSON or the store): the plan reader fills them from above.
    _merged_down: set[tuple[int, int]] = PrivateAttr(default_factory=set)
    # A roadmap's bars: by body row, the first and last of the period columns ('Q1 2026/27' ...) a filled bar with no
    # words runs across. Off the record like the merges: the plan reader takes the row's start and end from them.
    _period_bars: dict[int, tuple[int, int]] = PrivateAttr(default_factory=dict)


class DateValue(Model):
    raw: str
    date: dt.date | None = None
    precision: DatePrecision = "unknown"


class ActionPlanRow(Model):
    """A row of an action plan, action log or recommendation tracker."""

    table: int | None = Field(
        description="Index of the table in the document's `tables`; null for a plan printed as blocks of text"
    )
    row: int = Field(description="Index of the row in that table (of the block, for a plan printed as blocks)")
    theme: str | None = None
    action_no: str | None = None
    action: str | None = None
    outcome: str | None = None
    named_lead: str | None = None
    lead_org: str | None = None
    supporting_orgs: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    start_date_text: str | None = None
    end_date_text: str | None = None
    start_date_precision: DatePrecision | None = Field(None, description="How exact start_date is, when printed")
    end_date_precision: DatePrecision | None = Field(
        None, description="How exact end_date is ('March 2022' is a month); unknown for 'Ongoing'"
    )
    progress: str | None = None
    comment: str | None = None
    rag: Rag | None = None
    status: Status | None = None
    status_text: str | None = None
    extra: dict[str, str] = Field(default_factory=dict, description="Columns with no canonical field")
    provenance: Provenance


class Action(Model):
    """Something somebody is to do, decided or asked for, found in the text or a table."""

    text: str
    owners: list[str] = Field(default_factory=list)
    due: dt.date | None = None
    due_text: str | None = None
    due_precision: DatePrecision = "unknown"
    kind: ActionKind = "action"
    item: str | None = None
    action_plan_row: int | None = Field(None, description="Index into action_plan_rows")
    owner_people: dict[str, str] = Field(
        default_factory=dict,
        description="An owner that is a post ('the Chair', 'Clerk') -> the person the document says holds it",
    )
    provenance: Provenance


class Mention(Model):
    """A person, role or organisation named in the document."""

    name: str
    kind: Literal["person", "role", "organisation"]
    text: str = Field(description="The words as printed")
    provenance: Provenance


class ImportErrorRecord(Model):
    file: str
    page: int | None = None
    kind: str
    message: str


class TableCell(Model):
    """A typed cell of a table column of figures, RAG ratings, directions of travel or dates."""

    table: int = Field(description="Index of the table in the document's `tables`")
    row: int = Field(description="Index of the body row in that table")
    column: int = Field(description="Index of the column")
    column_header: str | None = Field(None, description="Header over the column, sub-headers joined with ' / '")
    row_label: str | None = Field(None, description="First text cell of the row (what the figure measures)")
    raw: str = Field(description="The cell as printed")
    kind: CellKind = Field(description="What the cell holds; missing: a placeholder such as '-' or 'n/a'")
    value: float | None = Field(None, description="Number in whole units: '£1.2m' is 1200000, '85%' is 85")
    unit: str | None = Field(None, description="%, pp, GBP, USD, EUR, days ...; for dates, the precision")
    direction: Direction | None = Field(None, description="Direction of travel from an arrow or word")
    rag: Rag | None = Field(None, description="Red / Amber / Green from the words or the cell's fill")
    date: dt.date | None = None
    provenance: Provenance


KNOWN_BODY_METHOD = "user:known-body"


class Extraction(Model):
    """The extraction contract: everything agendaparse reads from one PDF."""

    document: DocumentInfo
    pages: list[Page] = Field(default_factory=list)
    agenda_items: list[AgendaItem] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    table_cells: list[TableCell] = Field(
        default_factory=list, description="Typed cells of the tables' figure, RAG, direction and date columns"
    )
    action_plan_rows: list[ActionPlanRow] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    people: list[str] = Field(default_factory=list)
    organisations: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)

    def with_known_body(self, body: str | None) -> Extraction:
        """Name the body the user says published this document (``--body``) where its text names none: the text
        wins where it speaks. Provenance ``user:known-body``; the body joins the organisations as a found one
        does."""
        body = " ".join((body or "").split())
        if not body or self.document.body:
            return self
        self.document.body = body
        self.document.provenance["body"] = KNOWN_BODY_METHOD
        provenance = Provenance(document=self.document.id, page=1, method=KNOWN_BODY_METHOD)
        self.mentions.append(Mention(name=body, kind="organisation", text=body, provenance=provenance))
        self.organisations = sorted({*self.organisations, body})
        return self

    def to_json_dict(self, *, page_text: bool = True) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        if not page_text:
            for page in data["pages"]:
                page.pop("text", None)
        return data


def json_schema() -> dict[str, Any]:
    """JSON Schema of the extraction contract (what `schemas/extraction.schema.json` holds)."""
    return Extraction.model_json_schema()


CellKind = Literal["percent", "currency", "number", "ratio", "direction", "rag", "date", "missing", "text", "empty"]
Direction = Literal["up", "down", "level", "improving", "worsening"]
