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
        "facets": ["body", "committee", "doc_type"],
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
            "furniture": "Stamps and running heads removed from text",
            "item": "Agenda item the page belongs to",
            "method": "Engine or rule that produced the text (pypdfium2, ocr)",
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
            "page_start": "First page",
            "page_end": "Last page",
            "bbox": "Bounding box on the first page",
            "method": "Finder that produced it",
        },
    },
    "action_plan_rows": {
        "title": "Action plan rows",
        "description": "Rows of action plans, action logs and trackers, with canonical fields.",
        "facets": ["rag", "status", "lead_org", "named_lead"],
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
        "columns": {
            "id": "Row id",
            "action_id": "Action",
            "document_id": "Document",
            "owner": "Owner",
            "person_id": "Person",
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
        "facets": ["body", "committee", "kind"],
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
