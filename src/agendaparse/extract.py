"""One PDF in, one :class:`~agendaparse.models.Extraction` out: the stages run in order."""

from __future__ import annotations

import dataclasses
import os
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from . import kpi, plan_blocks, segment, tables
from . import nlp as nlp_stage
from .dates import month_first_dates
from .models import Attendee, DocumentInfo, Extraction, Mention, Page, Provenance, Table
from .pdf import PageLayout, file_sha256, read_document


@lru_cache(maxsize=2)
def default_nlp(spacy_model: str | None = None) -> Language:
    """One pipeline per process (workers build their own)."""
    return nlp_stage.build_nlp(spacy_model=spacy_model)


def extract_document(
    path: str | Path,
    *,
    password: str | None = None,
    nlp: Language | None = None,
    with_tables: bool = True,
    ocr: str = "auto",
    spacy_model: str | None = None,
) -> Extraction:
    """Run every stage on one PDF. Raises :class:`agendaparse.errors.AgendaparseError`."""
    path = str(path)
    nlp = nlp or default_nlp(spacy_model)
    document_id = file_sha256(path)
    read = read_document(path, password, ocr=ocr)
    layouts, warnings = read.pages, list(read.warnings)
    facts = segment.document_facts(layouts)
    items = []
    if facts.doc_type == "minutes":
        items = segment.minutes_items(layouts, document_id)
    elif facts.doc_type == "agenda_pack":
        items = segment.agenda_items(layouts, document_id)
        segment.assign_pages(items, layouts)
        segment.attach_cover_fields(items, layouts)
    cover = segment.cover_fields(layouts[0]) if facts.doc_type in ("report", "other") else {}
    found_tables = []
    if with_tables:
        try:
            found_tables = tables.find_tables(read.data or path, layouts, document_id, password)
        except Exception as exc:  # pdfplumber cannot read some files pypdfium2 can: keep the text
            warnings.append(f"tables not extracted: pdfplumber could not read the file ({type(exc).__name__})")
    # milestones tables under a plan's commitment blocks are read by plan_blocks, with their commitment
    plan_blocks.mark_commitment_milestones(layouts, found_tables)
    kpi.mark_performance(found_tables)
    reader = nlp_stage.ParagraphReader()
    attendees = [
        Attendee(name=name, role=role, group=group) for name, role, group in segment.meeting_attendance(layouts)
    ]
    mentions = nlp_stage.merge_person_aliases(
        nlp_stage.find_mentions(layouts, document_id, reader, facts=facts)
        + nlp_stage.model_mentions(nlp, layouts, document_id)
        + nlp_stage.author_mentions([(item.fields, item.page_start or 1) for item in items] + [(cover, 1)], document_id)
        + [
            Mention(
                name=attendee.name,
                kind="person",
                text=attendee.name,
                provenance=Provenance(document=document_id, page=1, method="rule:attendance-list"),
            )
            for attendee in attendees
        ]
        + _body_mention(facts.body, document_id)
    )
    people = sorted({m.name for m in mentions if m.kind == "person"})
    # owners' initials: as the members list defines them, else those of the one person named in full
    initials = {**nlp_stage.initials_of_people(people), **nlp_stage.initials_map(layouts)}
    all_text = "\n".join(page.text for page in layouts)
    month_first = month_first_dates("\n".join(page.text for page in layouts[:3]))
    next_meeting = nlp_stage.next_meeting_date(all_text, facts.meeting_date, month_first=month_first)
    plan_rows = tables.action_plan_rows(
        found_tables, document_id, facts.reference_date, initials=initials, next_meeting=next_meeting
    )
    plan_rows += plan_blocks.plan_block_rows(layouts, document_id, facts.reference_date, found_tables, facts.doc_type)
    mentions += nlp_stage.table_body_mentions(found_tables, plan_rows, document_id, facts.committee)
    prose = prose_pages(layouts, found_tables)
    # the prose pages' facts can differ: a log's heading inside the action plan's box is not among them
    prose_facts = facts if prose is layouts else segment.document_facts(prose)
    actions = nlp_stage.merge_actions(
        nlp_stage.find_actions(nlp, prose, items, document_id, facts.reference_date, reader, facts=prose_facts),
        nlp_stage.actions_from_plan_rows(plan_rows, document_id),
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
        contact_officer=segment.contact_officer(layouts),
        provenance=facts.provenance,
    )
    actions = nlp_stage.expand_owner_surnames(actions, people)
    actions = nlp_stage.resolve_post_owners(
        actions,
        [(attendee.name, attendee.role) for attendee in attendees],
        [*cover.values(), *(value for item in items for value in item.fields.values())],
    )
    return Extraction(
        document=document,
        pages=[to_page(layout) for layout in layouts],
        agenda_items=items,
        tables=found_tables,
        table_cells=kpi.typed_cells(found_tables, document_id),
        action_plan_rows=plan_rows,
        actions=actions,
        people=people,
        organisations=sorted({m.name for m in mentions if m.kind == "organisation"}),
        mentions=mentions,
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


def to_page(layout: PageLayout) -> Page:
    text = layout.text
    return Page(
        number=layout.number,
        label=layout.label,
        rotation=layout.rotation,
        width=round(layout.width, 1),
        height=round(layout.height, 1),
        is_blank=layout.is_filler or not text.strip(),
        is_filler=layout.is_filler,
        has_text_layer=layout.text_layer,
        text="" if layout.is_filler else text,
        furniture=layout.furniture,
        item=layout.item,
        method=layout.method,
    )
