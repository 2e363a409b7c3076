"""Stage 6: serve the database with Datasette, with metadata, facets and canned queries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

TABLES: dict[str, dict[str, Any]] = {
    "documents": {
        "title": "Documents",
        "description": "One row per PDF (keyed by the sha256 of its bytes).",
        "facets": ["body", "committee", "doc_type", "meeting_date"],
        "sort_desc": "meeting_date",
        "label_column": "file_name",
        "columns": {
            "id": "sha256 of the file bytes",
            "file": "Path the file was imported from",
            "file_name": "File name",
            "bytes": "File size in bytes",
            "page_count": "Physical pages",
            "body": "Council or organisation",
            "committee": "Committee or board that met",
            "meeting_date": "Date of the meeting (ISO)",
            "meeting_time": "Start time (24h)",
            "venue": "Where the meeting was held",
            "doc_type": "agenda_pack, minutes, report, action_plan or other",
            "title": "Title from the first page",
            "engine": "PDF engine that read the text",
            "text_pages": "Pages with a text layer",
            "cover": "Report cover fields (JSON: From, Subject, Author ...)",
            "attendees": "Members, present, in attendance and apologies (JSON: name, role, group)",
            "contact_officer": "Contact officer named on the frontsheet",
            "warnings": "What could not be read (JSON list); empty when the import is complete",
            "provenance": "Rule that set each field",
            "imported_at": "When it was imported (UTC)",
        },
    },
    "files": {
        "title": "Files",
        "description": "Every file path imported and the document it holds (duplicates share one).",
        "columns": {
            "path": "File path",
            "document_id": "Document",
            "size": "Bytes",
            "mtime": "Modification time (epoch s)",
            "imported_at": "When (UTC)",
        },
    },
    "pages": {
        "title": "Pages",
        "description": "Physical pages with printed labels and text (stamps and running heads removed).",
        "facets": ["has_text_layer", "is_blank"],
        "sort": "number",
        "columns": {
            "id": "Page id",
            "document_id": "Document",
            "number": "Physical page (1-based)",
            "label": "Printed page label (e.g. 69 from 'Page 69')",
            "rotation": "Page rotation in degrees",
            "width": "Width (pt)",
            "height": "Height (pt)",
            "is_blank": "Blank or filler page",
            "is_filler": "'This page is intentionally left blank'",
            "has_text_layer": "1 if the page has text",
            "text": "Page text without furniture",
            "other_labels": "Other page numbers stamped on the page (a second numbering), as JSON",
            "pictures": (
                "Pictures pasted on the page that OCR read, as JSON: bbox (points, as displayed), method, "
                "words kept, dropped (not text)"
            ),
            "furniture": "Stamps and running heads removed from text",
            "item": "Agenda item the page belongs to",
            "method": "What read the text: pypdfium2, ocr, or pypdfium2+ocr-picture (a pasted picture read)",
            "text_hash": "Hash of the page's words: the same page in two documents has the same hash",
            "duplicate_of": "The page holding this page's text when the same page was published twice",
        },
    },
    "agenda_items": {
        "title": "Agenda and minute items",
        "description": "Numbered items from agenda lists and minutes.",
        "facets": ["kind", "is_exempt"],
        "sort": "position",
        "label_column": "title",
        "columns": {
            "id": "Item id",
            "document_id": "Document",
            "position": "Order in the document",
            "number": "Item number as printed",
            "title": "Item title",
            "printed_pages": "Printed page range",
            "page_start": "First physical page",
            "page_end": "Last physical page",
            "parent": "Parent item",
            "is_exempt": "Exempt / Part II item",
            "kind": "agenda or minutes",
            "presenter": "Presenter",
            "text": "Item text",
            "fields": "Report cover table fields",
            "page": "Page of the heading",
            "bbox": "Heading bounding box (x0, top, x1, bottom)",
            "method": "Rule that found the item",
        },
    },
    "tables": {
        "title": "Tables",
        "description": "Data tables, merged across pages where they continue.",
        "facets": ["kind"],
        "columns": {
            "id": "Table id",
            "document_id": "Document",
            "position": "Order in the document",
            "title": "Title",
            "kind": "table, action_plan or performance",
            "n_rows": "Body rows",
            "n_cols": "Columns",
            "header": "Header cells (JSON)",
            "rows": "Body rows (JSON)",
            "spanning_rows": "Body rows printed as one cell across the table: section headings (JSON row indices)",
            "page_start": "First page",
            "page_end": "Last page",
            "bbox": "Bounding box on the first page",
            "method": "Finder that produced it",
        },
    },
    "table_cells": {
        "title": "Table figures",
        "description": (
            "Typed cells of table columns of figures, RAG ratings, directions of travel or dates: one row per "
            "cell, so performance (KPI) and finance tables can be sorted, filtered and faceted."
        ),
        "facets": ["kind", "unit", "rag", "direction", "column_header"],
        "sort": "table_id",
        "label_column": "raw",
        "columns": {
            "id": "Cell id (table, row, column)",
            "document_id": "Document",
            "table_id": "Table",
            "row": "Body row in the table (0-based)",
            "col": "Column in the table (0-based)",
            "column_header": "Header over the column (sub-headers joined with ' / ')",
            "row_label": "First text cell of the row: what the figure measures",
            "raw": "The cell as printed",
            "kind": "percent, currency, number, ratio, direction, rag, date, missing (-, n/a) or text",
            "value": "The figure in whole units: '£1.2m' is 1200000, '85%' is 85, '(3,000)' is -3000; "
            "a column headed '£m' or '£000' is scaled by it",
            "unit": "%, pp (percentage points), GBP, USD, EUR, days ...; for dates, the precision",
            "direction": "Direction of travel from an arrow or word: up, down, level, improving, worsening",
            "rag": "Red, Amber or Green from the cell's words or its fill",
            "date": "Date (ISO) for date cells",
            "page": "First page of the table",
            "page_end": "Last page of the table",
            "method": "Rule that typed it (+rag-from-fill: the rating came from the cell's shading)",
        },
    },
    "action_plan_rows": {
        "title": "Action plan rows",
        "description": "Rows of action plans, action logs and trackers, with canonical fields.",
        "facets": ["status", "rag", "lead_org", "named_lead"],
        "sort": "end_date",
        "label_column": "action",
        "columns": {
            "id": "Row id",
            "document_id": "Document",
            "table_id": "Table",
            "row": "Row in the table",
            "theme": "Theme (filled down from merged cells)",
            "action_no": "Action number",
            "action": "Action",
            "outcome": "Outcome",
            "named_lead": "Named lead (person)",
            "lead_org": "Lead organisation",
            "supporting_orgs": "Supporting organisations",
            "start_date": "Start date (ISO)",
            "end_date": "End date / deadline (ISO)",
            "start_date_text": "Start date as printed",
            "end_date_text": "End date as printed",
            "start_date_precision": "How exact the start date is: day, month, quarter, year or unknown",
            "end_date_precision": "How exact the end date is: day, month, quarter, year or unknown",
            "progress": "Progress / update",
            "comment": "Comment",
            "rag": "Red, Amber or Green",
            "status": "complete, ongoing, paused, not started or overdue",
            "status_text": "Status as printed",
            "extra": "Other columns (JSON)",
            "page": "First page",
            "page_end": "Last page",
            "method": "Rule that produced it",
        },
    },
    "actions": {
        "title": "Actions",
        "description": "Actions, resolutions, requests and decisions found in the text.",
        "facets": ["kind", "due_precision"],
        "sort_desc": "due",
        "label_column": "text",
        "columns": {
            "id": "Action id",
            "document_id": "Document",
            "position": "Order in the document",
            "text": "What is to be done",
            "owners": "Owners (people, roles, organisations)",
            "due": "Due date (ISO), resolved against the meeting date",
            "due_text": "Words giving the due date",
            "due_precision": "day, month, quarter, year or unknown",
            "kind": "action, resolution, request, ...",
            "item": "Agenda item",
            "action_plan_row_id": "Action plan row it came from",
            "page": "Physical page",
            "bbox": "Bounding box (x0, top, x1, bottom)",
            "char_start": "Start offset in the page text",
            "char_end": "End offset in the page text",
            "method": "Rule or model that found it",
        },
    },
    "people": {
        "title": "People",
        "description": "People named, normalised across documents.",
        "label_column": "name",
        "columns": {"id": "Normalised key", "name": "Name"},
    },
    "organisations": {
        "title": "Organisations",
        "description": "Organisations named, normalised.",
        "label_column": "name",
        "columns": {"id": "Normalised key", "name": "Name"},
    },
    "mentions": {
        "title": "Mentions",
        "description": "Each place a person, role or organisation is named.",
        "facets": ["kind"],
        "columns": {
            "id": "Mention id",
            "document_id": "Document",
            "kind": "person, role or organisation",
            "name": "Normalised name",
            "text": "Words as printed",
            "person_id": "Person",
            "organisation_id": "Organisation",
            "page": "Physical page",
            "bbox": "Bounding box",
            "method": "Rule or model that found it",
        },
    },
    "action_owners": {
        "title": "Action owners",
        "description": "One row per owner of each action: everything one person owns, across years.",
        "facets": ["owner"],
        "label_column": "owner",
        "columns": {
            "id": "Row id",
            "action_id": "Action",
            "document_id": "Document",
            "owner": "Owner, as printed",
            "held_by": "Person the document says holds the owner's post ('the Chair' -> the Chair's name)",
            "person_id": "Person (the post holder where known)",
            "organisation_id": "Organisation",
        },
    },
    "import_errors": {
        "title": "Import errors",
        "description": "Files that could not be imported, and what to do about them.",
        "facets": ["kind"],
        "columns": {
            "file": "File path",
            "page": "Page, if known",
            "kind": "Kind of error",
            "message": "What went wrong and what to do",
            "at": "When (UTC)",
        },
    },
    "action_log": {
        "title": "Action log",
        "description": "Every action with its owners, due date, meeting, committee and page.",
        "facets": ["body", "committee", "meeting_date", "kind"],
        "sort_desc": "meeting_date",
        "columns": {
            "action_id": "Action",
            "action": "What is to be done",
            "kind": "action, resolution, request, ...",
            "item": "Agenda item",
            "document_id": "Document",
            "owners": "Owners",
            "due": "Due date",
            "meeting_date": "Meeting date",
            "committee": "Committee",
            "body": "Council",
            "document": "Document file",
            "page": "Physical page",
        },
    },
    "action_threads": {
        "title": "Action threads",
        "description": (
            "Actions followed across meetings of a committee: each action, the action it carries forward "
            "from an earlier meeting, and whether it vanished without being reported complete. "
            "Rebuilt after every import."
        ),
        "facets": ["committee", "body", "status", "vanished", "linked_by", "meeting_date"],
        "sort_desc": "meeting_date",
        "columns": {
            "action_id": "Action",
            "thread_id": "First action of the thread (the same action followed across meetings)",
            "previous_action_id": "The same action at an earlier meeting, if it was carried forward",
            "meeting_date": "Date of the meeting that recorded the action",
            "body": "Council or organisation",
            "committee": "Committee or board",
            "status": "complete, ongoing, ... from the action plan row or the action's own words; empty when unstated",
            "similarity": "Word-set (Jaccard) similarity to the previous action; 1 for a matching action number",
            "linked_by": "Why it follows the previous action: owner+text (shared owner, similar words) or action_no",
            "vanished": "1 if it is absent from every later meeting of the committee and never marked complete",
        },
    },
}

QUERIES: dict[str, dict[str, str]] = {
    "actions_by_owner": {
        "title": "Actions by owner",
        "description": "Everything one owner has been given, newest meeting first.",
        "sql": (
            "select action_owners.owner, actions.text as action, actions.due, actions.kind, "
            "documents.meeting_date, documents.committee, documents.body, actions.page, actions.id as action_id "
            "from action_owners join actions on actions.id = action_owners.action_id "
            "join documents on documents.id = actions.document_id "
            "where action_owners.owner like '%' || :owner || '%' "
            "order by documents.meeting_date desc, actions.position"
        ),
    },
    "open_actions_due_before": {
        "title": "Open actions due before a date",
        "description": "Actions with a due date before :before (YYYY-MM-DD) and no completed status.",
        "sql": (
            "select actions.text as action, actions.owners, actions.due, documents.committee, "
            "documents.meeting_date, actions.page, actions.id as action_id from actions "
            "join documents on documents.id = actions.document_id "
            "left join action_plan_rows on action_plan_rows.id = actions.action_plan_row_id "
            "where actions.due is not null and actions.due < :before "
            "and coalesce(action_plan_rows.status, '') != 'complete' order by actions.due"
        ),
    },
    "overdue_actions": {
        "title": "Overdue actions",
        "description": (
            "Actions due before :as_of (YYYY-MM-DD) that no action-plan row or later meeting marks complete, "
            "most overdue first."
        ),
        "sql": (
            "select actions.text as action, actions.owners, actions.due, "
            "cast(julianday(:as_of) - julianday(actions.due) as integer) as days_overdue, "
            "action_threads.status, documents.body, documents.committee, documents.meeting_date, "
            "actions.document_id, actions.page, actions.bbox, actions.id as action_id from actions "
            "join documents on documents.id = actions.document_id "
            "left join action_plan_rows on action_plan_rows.id = actions.action_plan_row_id "
            "left join action_threads on action_threads.action_id = actions.id "
            "where actions.due is not null and actions.due < :as_of "
            "and coalesce(action_plan_rows.status, '') != 'complete' "
            "and not exists (select 1 from action_threads as later "
            "where later.thread_id = action_threads.thread_id and later.status = 'complete') "
            "order by actions.due, documents.committee, actions.position"
        ),
    },
    "actions_per_meeting": {
        "title": "Actions per meeting",
        "description": (
            "How many actions each committee's papers record, by meeting and document "
            "(optionally for committees matching :committee)."
        ),
        "sql": (
            "select documents.body, documents.committee, documents.meeting_date, documents.file_name as document, "
            "documents.doc_type, count(actions.id) as actions, count(actions.due) as with_due_date, "
            "sum(actions.owners is not null and actions.owners != '') as with_owner, "
            "sum(action_threads.previous_action_id is not null) as carried_forward, "
            "sum(coalesce(action_threads.vanished, 0)) as vanished, documents.id as document_id "
            "from documents join actions on actions.document_id = documents.id "
            "left join action_threads on action_threads.action_id = actions.id "
            "where (:committee = '' or documents.committee like '%' || :committee || '%') "
            "group by documents.id order by documents.body, documents.committee, documents.meeting_date"
        ),
    },
    "owner_history": {
        "title": "An owner's history",
        "description": (
            "Every action given to an owner matching :owner across meetings and years, oldest first, "
            "with the thread it belongs to and whether it vanished."
        ),
        "sql": (
            "select substr(documents.meeting_date, 1, 4) as year, documents.meeting_date, documents.body, "
            "documents.committee, action_owners.owner, actions.text as action, actions.due, "
            "action_threads.status, action_threads.thread_id, action_threads.vanished, "
            "actions.document_id, actions.page, actions.bbox, actions.id as action_id "
            "from action_owners join actions on actions.id = action_owners.action_id "
            "join documents on documents.id = actions.document_id "
            "left join action_threads on action_threads.action_id = actions.id "
            "where action_owners.owner like '%' || :owner || '%' "
            "order by documents.meeting_date, documents.committee, actions.position"
        ),
    },
    "action_thread": {
        "title": "One action across meetings",
        "description": "Every meeting at which the action :action_id (or the thread it belongs to) was recorded.",
        "sql": (
            "select action_threads.meeting_date, action_threads.committee, actions.text as action, "
            "actions.owners, actions.due, action_threads.status, action_threads.linked_by, "
            "action_threads.similarity, action_threads.vanished, actions.document_id, actions.page, actions.bbox, "
            "actions.id as action_id from action_threads join actions on actions.id = action_threads.action_id "
            "where action_threads.thread_id = (select thread_id from action_threads where action_id = :action_id) "
            "order by action_threads.meeting_date"
        ),
    },
    "vanished_actions": {
        "title": "Vanished actions",
        "description": (
            "Actions recorded at a meeting that no later meeting of the committee carries forward "
            "and that were never marked complete, newest first."
        ),
        "sql": (
            "select action_threads.meeting_date as last_seen, action_threads.body, action_threads.committee, "
            "actions.text as action, actions.owners, actions.due, "
            "(select count(*) from action_threads as t where t.thread_id = action_threads.thread_id) as meetings, "
            "(select count(distinct later.meeting_date) from action_threads as later "
            "where later.committee = action_threads.committee "
            "and coalesce(later.body, '') = coalesce(action_threads.body, '') "
            "and later.meeting_date > action_threads.meeting_date) as later_meetings, "
            "action_threads.thread_id, actions.document_id, actions.page, actions.bbox, actions.id as action_id "
            "from action_threads join actions on actions.id = action_threads.action_id "
            "where action_threads.vanished = 1 "
            "order by action_threads.meeting_date desc, action_threads.committee, actions.position"
        ),
    },
    "action_plan_status": {
        "title": "Action-plan rows by status and RAG",
        "description": "How many action-plan rows each document has in each status and RAG rating.",
        "sql": (
            "select documents.committee, documents.meeting_date, documents.file_name as document, "
            "coalesce(action_plan_rows.status, '') as status, coalesce(action_plan_rows.rag, '') as rag, "
            "count(*) as rows, documents.id as document_id "
            "from action_plan_rows join documents on documents.id = action_plan_rows.document_id "
            "group by documents.id, action_plan_rows.status, action_plan_rows.rag "
            "order by documents.meeting_date desc, documents.committee, status, rag"
        ),
    },
    "kpi_values": {
        "title": "Performance figures",
        "description": (
            "Typed figures and RAG ratings from tables, for indicators whose row label matches :indicator "
            "(empty for all), newest meeting first."
        ),
        "sql": (
            "select table_cells.row_label as indicator, table_cells.column_header, table_cells.raw, "
            "table_cells.kind, table_cells.value, table_cells.unit, table_cells.rag, table_cells.direction, "
            "documents.body, documents.committee, documents.meeting_date, documents.file_name as document, "
            "table_cells.document_id, table_cells.page, table_cells.table_id "
            "from table_cells join documents on documents.id = table_cells.document_id "
            "where table_cells.kind not in ('text', 'missing', 'empty') "
            "and (:indicator = '' or table_cells.row_label like '%' || :indicator || '%') "
            "order by documents.meeting_date desc, table_cells.table_id, table_cells.row, table_cells.col "
            "limit 1000"
        ),
    },
    "search_minutes": {
        "title": "Search the minutes",
        "description": "Full-text search of the pages of minutes.",
        "sql": (
            "select documents.meeting_date, documents.committee, documents.body, pages.number as page, "
            "snippet(pages_fts, 0, '<mark>', '</mark>', '…', 24) as snippet, pages.id as page_id "
            "from pages_fts join pages on pages.rowid = pages_fts.rowid "
            "join documents on documents.id = pages.document_id "
            "where pages_fts match :q and documents.doc_type = 'minutes' order by rank limit 100"
        ),
    },
}


def metadata(database_name: str) -> dict[str, Any]:
    """Datasette metadata: titles and descriptions for every table and column, facets, queries."""
    tables = {}
    for name, spec in TABLES.items():
        entry: dict[str, Any] = {
            "title": spec["title"],
            "description": spec["description"],
            "columns": spec["columns"],
        }
        for key in ("facets", "sort", "sort_desc", "label_column"):
            if key in spec:
                entry[key] = spec[key]
        tables[name] = entry
    for name in ("pages", "agenda_items", "actions"):
        tables[name]["searchmode"] = "raw"
    return {
        "title": "agendaparse",
        "description": "Committee papers turned into searchable records.",
        "databases": {
            database_name: {
                "tables": tables,
                "queries": QUERIES,
            }
        },
    }


def datasette_command(db_path: str | Path, *, host: str, port: int, metadata_path: str | Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "-i",  # immutable: opened read-only, never written; serve a database whose import has finished
        str(db_path),
        "--host",
        host,
        "--port",
        str(port),
        "--metadata",
        str(metadata_path),
        "--setting",
        "sql_time_limit_ms",
        "3000",
        "--setting",
        "facet_time_limit_ms",
        "1000",
    ]


def write_metadata(db_path: str | Path, target: str | Path) -> Path:
    target = Path(target)
    target.write_text(json.dumps(metadata(Path(db_path).stem), indent=2))
    return target


def serve(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8001) -> int:
    """Run Datasette on the database until interrupted. Returns Datasette's exit status."""
    db_path = Path(db_path)
    metadata_path = write_metadata(db_path, db_path.with_suffix(".metadata.json"))
    return subprocess.call(datasette_command(db_path, host=host, port=port, metadata_path=metadata_path))


def datasette_app(db_path: str | Path):
    """An in-process Datasette for the database, configured as `serve` configures it."""
    from datasette.app import Datasette

    db_path = Path(db_path)
    return Datasette(
        immutables=[str(db_path)],
        metadata=metadata(db_path.stem),
        settings={"sql_time_limit_ms": 3000, "facet_time_limit_ms": 1000},
    )
