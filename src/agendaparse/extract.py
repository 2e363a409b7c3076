"""One PDF in, one :class:`~agendaparse.models.Extraction` out: the stages run in order.

A stage that raises on one document (a rule meeting text it was not written for) loses its own records, not the
document: the others' records are kept and the document's warnings say which stage failed and why. Set
``AGENDAPARSE_STRICT=1`` (the test suite does), or pass ``strict=True``, to make such a failure raise instead.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from spacy.language import Language

from . import kpi, plan_blocks, segment, tables
from . import nlp as nlp_stage
from .dates import UK_YEAR_END
from .errors import AgendaparseError
from .jurisdiction import document_jurisdiction, document_month_first
from .models import (
    Action,
    ActionPlanRow,
    AgendaItem,
    Attendee,
    DocumentInfo,
    Extraction,
    Mention,
    Page,
    PagePicture,
    Provenance,
    Table,
)
from .pdf import PageLayout, PictureReading, file_sha256, read_document
from .tables.status import rag_statuses

logger = logging.getLogger(__name__)
STRICT_ENV = "AGENDAPARSE_STRICT"
T = TypeVar("T")


@lru_cache(maxsize=2)
def default_nlp(spacy_model: str | None = None) -> Language:
    """One pipeline per process (workers build their own)."""
    return nlp_stage.build_nlp(spacy_model=spacy_model)


@dataclasses.dataclass
class StageRunner:
    """Runs the stages of one document, so that a stage that raises costs its own records only."""

    path: str
    warnings: list[str]
    strict: bool = False

    def run(self, stage: str, call: Callable[[], T], default: T) -> T:
        try:
            return call()
        except AgendaparseError:
            raise  # the file itself is unreadable: the caller reports it
        except Exception as exc:
            if self.strict:
                raise
            logger.warning("%s: %s not extracted (%s: %s)", self.path, stage, type(exc).__name__, exc)
            logger.info("traceback of that failure", exc_info=True)
            self.warnings.append(
                f"{stage} not extracted: the stage failed on this document ({type(exc).__name__}: {exc}); "
                "the other stages' records are kept. Please report this file (agendaparse -v shows the traceback)."
            )
            return default


def strict_from_environment() -> bool:
    return os.environ.get(STRICT_ENV, "").strip().lower() in {"1", "true", "yes"}


def extract_document(
    path: str | Path,
    *,
    password: str | None = None,
    nlp: Language | None = None,
    with_tables: bool = True,
    ocr: str = "auto",
    pictures: str = "auto",
    spacy_model: str | None = None,
    strict: bool | None = None,
    body: str | None = None,
) -> Extraction:
    """Run every stage on one PDF. Raises :class:`agendaparse.errors.AgendaparseError` when the file cannot be
    read; a stage failing on a readable file is a warning unless ``strict`` (default: ``AGENDAPARSE_STRICT``).
    ``pictures="never"`` leaves the pictures pasted on text pages unread when ``ocr`` is on. ``body``: the body that
    published the file (a council's archive), for a document whose text names none
    (:meth:`Extraction.with_known_body <agendaparse.models.Extraction.with_known_body>`)."""
    path = str(path)
    nlp = nlp or default_nlp(spacy_model)
    document_id = file_sha256(path)
    read = read_document(path, password, ocr=ocr, pictures=pictures)
    layouts, warnings = read.pages, list(read.warnings)
    stages = StageRunner(path, warnings, strict_from_environment() if strict is None else strict)
    text_facts = stages.run("document facts", lambda: segment.document_facts(layouts), UNKNOWN_FACTS)
    facts = stages.run(
        "published meeting",
        lambda: segment.with_published_meeting(
            text_facts, segment.published_meeting(read.properties, os.path.basename(path))
        ),
        text_facts,
    )
    items = stages.run("agenda items", lambda: _items(layouts, facts, document_id), [])
    cover = (
        stages.run("report cover fields", lambda: segment.cover_fields(layouts[0]), {})
        if facts.doc_type in ("report", "other") and layouts
        else {}
    )
    found_tables = (
        stages.run("tables", lambda: _tables(read.data or path, layouts, document_id, password, warnings), [])
        if with_tables
        else []
    )
    attendees = stages.run("attendance", lambda: _attendees(layouts), [])
    reader = nlp_stage.ParagraphReader()
    mentions = stages.run(
        "people and organisations",
        lambda: _mentions(nlp, layouts, document_id, reader, facts, items, cover, attendees),
        [],
    )
    people = sorted({m.name for m in mentions if m.kind == "person"})
    plan_rows = stages.run(
        "action-plan rows", lambda: _plan_rows(layouts, found_tables, people, facts, document_id), []
    )
    mentions += stages.run(
        "table mentions",
        lambda: nlp_stage.table_body_mentions(found_tables, plan_rows, document_id, facts.committee),
        [],
    )
    actions = stages.run(
        "actions",
        lambda: _actions(nlp, layouts, found_tables, items, plan_rows, document_id, facts, reader),
        [],
    )
    actions = stages.run(
        "action owners",
        lambda: _resolve_owners(actions, people, attendees, cover, items, layouts),
        actions,
    )
    document = DocumentInfo(
        id=document_id,
        file=path,
        file_name=os.path.basename(path),
        bytes=os.path.getsize(path),
        page_count=len(layouts),
        body=facts.body,
        committee=facts.committee,
        meeting_date=facts.meeting_date,
        meeting_time=facts.meeting_time,
        doc_type=facts.doc_type,
        title=facts.title,
        text_pages=sum(1 for page in layouts if page.has_text_layer),
        cover=cover,
        attendees=attendees,
        engine=read.engine,
        warnings=warnings,
        contact_officer=stages.run("contact officer", lambda: segment.contact_officer(layouts), None),
        provenance=facts.provenance,
    )
    extraction = Extraction(
        document=document,
        pages=[to_page(layout) for layout in layouts],
        agenda_items=items,
        tables=found_tables,
        table_cells=stages.run("typed table cells", lambda: kpi.typed_cells(found_tables, document_id), []),
        action_plan_rows=plan_rows,
        actions=actions,
        people=people,
        organisations=sorted({m.name for m in mentions if m.kind == "organisation"}),
        mentions=mentions,
    )
    return extraction.with_known_body(body)


UNKNOWN_FACTS = segment.DocumentFacts(
    doc_type="other", body=None, committee=None, meeting_date=None, meeting_time=None, title=None, provenance={}
)


def _items(layouts: list[PageLayout], facts: segment.DocumentFacts, document_id: str) -> list[AgendaItem]:
    if facts.doc_type == "minutes":
        return segment.minutes_items(layouts, document_id)
    if facts.doc_type != "agenda_pack":
        return []
    items = segment.agenda_items(layouts, document_id)
    segment.assign_pages(items, layouts)
    segment.attach_cover_fields(items, layouts)
    return items


def _tables(
    source: bytes | str, layouts: list[PageLayout], document_id: str, password: str | None, warnings: list[str]
) -> list[Table]:
    try:
        found = tables.find_tables(source, layouts, document_id, password, warnings)
    except Exception as exc:
        if not _raised_by_pdf_library(exc):
            raise
        # pdfplumber cannot read some files pypdfium2 can: keep the text, say why there are no tables
        warnings.append(f"tables not extracted: pdfplumber could not read the file ({type(exc).__name__})")
        return []
    # milestones tables under a plan's commitment blocks are read by plan_blocks, with their commitment
    plan_blocks.mark_commitment_milestones(layouts, found)
    kpi.mark_performance(found)
    return found


def _raised_by_pdf_library(exc: Exception) -> bool:
    return type(exc).__module__.split(".")[0] in {"pdfminer", "pdfplumber"}


def _attendees(layouts: list[PageLayout]) -> list[Attendee]:
    return [Attendee(name=name, role=role, group=group) for name, role, group in segment.meeting_attendance(layouts)]


def _mentions(
    nlp: Language,
    layouts: list[PageLayout],
    document_id: str,
    reader: nlp_stage.ParagraphReader,
    facts: segment.DocumentFacts,
    items: list[AgendaItem],
    cover: dict[str, str],
    attendees: list[Attendee],
) -> list[Mention]:
    listed = [
        Mention(
            name=attendee.name,
            kind="person",
            text=attendee.name,
            provenance=Provenance(document=document_id, page=1, method="rule:attendance-list"),
        )
        for attendee in attendees
    ]
    return nlp_stage.merge_person_aliases(
        nlp_stage.find_mentions(layouts, document_id, reader, facts=facts)
        + nlp_stage.model_mentions(nlp, layouts, document_id)
        + nlp_stage.author_mentions([(item.fields, item.page_start or 1) for item in items] + [(cover, 1)], document_id)
        + listed
        + _body_mention(facts.body, document_id)
    )


def _plan_rows(
    layouts: list[PageLayout],
    found_tables: list[Table],
    people: list[str],
    facts: segment.DocumentFacts,
    document_id: str,
) -> list[ActionPlanRow]:
    # owners' initials: as the members list defines them, else those of the one person named in full
    initials = {**nlp_stage.initials_of_people(people), **nlp_stage.initials_map(layouts)}
    all_text = "\n".join(page.text for page in layouts)
    first_pages = "\n".join(page.text for page in layouts[:3])
    jurisdiction = document_jurisdiction(first_pages, all_text)
    month_first = document_month_first(first_pages, jurisdiction)
    # whose financial year the date cells read (stop 35): the document's, the UK's where nothing says
    year_end = jurisdiction.financial_year_end if jurisdiction else UK_YEAR_END
    next_meeting = nlp_stage.next_meeting_date(all_text, facts.meeting_date, month_first=month_first)
    rows = tables.action_plan_rows(
        found_tables,
        document_id,
        facts.reference_date,
        initials=initials,
        next_meeting=next_meeting,
        rag_meanings=rag_statuses(all_text),
        year_end=year_end,
    )
    return rows + plan_blocks.plan_block_rows(
        layouts, document_id, facts.reference_date, found_tables, facts.doc_type, year_end=year_end
    )


def _actions(
    nlp: Language,
    layouts: list[PageLayout],
    found_tables: list[Table],
    items: list[AgendaItem],
    plan_rows: list[ActionPlanRow],
    document_id: str,
    facts: segment.DocumentFacts,
    reader: nlp_stage.ParagraphReader,
) -> list[Action]:
    prose = prose_pages(layouts, found_tables)
    # the prose pages' facts can differ: a log's heading inside the action plan's box is not among them
    prose_facts = facts if prose is layouts else segment.document_facts(prose)
    found = nlp_stage.find_actions(nlp, prose, items, document_id, facts.reference_date, reader, facts=prose_facts)
    return nlp_stage.merge_actions(
        [action for action in found if not _titles_a_table(action, found_tables)],
        nlp_stage.actions_from_plan_rows(
            plan_rows, document_id, nlp=nlp, pages=layouts, meeting_date=facts.reference_date
        ),
    )


def _titles_a_table(action: Action, found_tables: list[Table]) -> bool:
    """Whether the action's sentence is the title of a table on its page ('To be approved at the 26th November
    meeting' over a list of payments): the table's name, not a sentence of the record."""
    text = action.text.strip(" .:").casefold()
    return any(
        table.title and table.page_start == action.provenance.page and table.title.strip(" .:").casefold() == text
        for table in found_tables
    )


def _resolve_owners(
    actions: list[Action],
    people: list[str],
    attendees: list[Attendee],
    cover: dict[str, str],
    items: list[AgendaItem],
    layouts: list[PageLayout],
) -> list[Action]:
    actions = nlp_stage.expand_owner_surnames(actions, people)
    return nlp_stage.resolve_post_owners(
        actions,
        [(attendee.name, attendee.role) for attendee in attendees],
        [*cover.values(), *(value for item in items for value in item.fields.values())],
        # "Mark Rowley, the Borough Commander, presented …": who holds a post, a line at a time (not a heading's word)
        [line.text for page in layouts for line in page.lines],
    )


def prose_pages(layouts: list[PageLayout], found_tables: list[Table]) -> list[PageLayout]:
    """The pages as the action finder reads them: the lines of an action-plan table are read as its
    rows (each row gives an action), not again as sentences ("No Action Owner Update Nov25.01 …")."""
    boxes: dict[int, list[tuple[float, ...]]] = {}
    for table in found_tables:
        if table.kind == "action_plan" and table.bbox is not None:
            boxes.setdefault(table.page_start, []).append(table.bbox)
    if not boxes:
        return layouts
    pages = []
    for layout in layouts:
        inside = boxes.get(layout.number)
        if inside:
            layout = dataclasses.replace(
                layout, lines=[line for line in layout.lines if not any(_centre_in(line.bbox, box) for box in inside)]
            )
        pages.append(layout)
    return pages


def _centre_in(bbox: tuple[float, float, float, float], box: tuple[float, ...]) -> bool:
    x, y = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _body_mention(body: str | None, document_id: str) -> list[Mention]:
    """The council holding the meeting is an organisation of the document, printed or not
    (a cover may carry only its logo)."""
    if not body:
        return []
    provenance = Provenance(document=document_id, page=1, method="rule:document-body")
    return [Mention(name=body, kind="organisation", text=body, provenance=provenance)]


def _page_method(layout: PageLayout) -> str:
    """How the page's text was read: "pypdfium2", "ocr", with "+ocr-pictures", "+turned90" (read with a /Rotate
    the file does not have, its text being set sideways) and "+deskewed-1.2" (a scan lying askew, squared up by
    that many degrees anticlockwise before OCR: its boxes are on the squared-up page) where those applied."""
    method = layout.method if layout.picture_method is None else f"{layout.method}+{layout.picture_method}"
    if layout.turned:
        method = f"{method}+turned{layout.turned}"
    return f"{method}+deskewed{layout.deskewed:g}" if layout.deskewed else method


def to_page(layout: PageLayout) -> Page:
    text = layout.text
    return Page(
        number=layout.number,
        label=layout.label,
        other_labels=layout.other_labels,
        rotation=layout.rotation,
        width=round(layout.width, 1),
        height=round(layout.height, 1),
        is_blank=layout.is_filler or not text.strip(),
        is_filler=layout.is_filler,
        has_text_layer=layout.text_layer,
        text="" if layout.is_filler else text,
        furniture=layout.furniture,
        item=layout.item,
        method=_page_method(layout),
        pictures=[_page_picture(reading) for reading in layout.pictures],
    )


def _page_picture(reading: PictureReading) -> PagePicture:
    bbox = tuple(round(value, 1) for value in reading.region.box)
    return PagePicture(bbox=bbox, method=reading.method, words=reading.words, dropped=reading.dropped)
