"""Stage 5: write extractions to SQLite with sqlite-utils.

:func:`ensure_db_shape` creates every table, index, foreign key, view and full-text index
(idempotently; FTS last, because sqlite-utils' ``transform()`` drops FTS triggers).
:func:`save_extraction` writes one document in one transaction, replacing any earlier rows
for it, so a document is either fully present or absent.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from .errors import database_error
from .models import (
    Action,
    ActionPlanRow,
    AgendaItem,
    DocumentInfo,
    Extraction,
    ImportErrorRecord,
    Mention,
    Page,
    Table,
    TableCell,
)

SCHEMA: dict[str, dict[str, Any]] = {
    "documents": {
        "columns": {
            "id": str,
            "file": str,
            "file_name": str,
            "bytes": int,
            "page_count": int,
            "body": str,
            "committee": str,
            "meeting_date": str,
            "meeting_time": str,
            "venue": str,
            "doc_type": str,
            "title": str,
            "engine": str,
            "text_pages": int,
            "cover": str,
            "attendees": str,
            "contact_officer": str,
            "warnings": str,
            "provenance": str,
            "imported_at": str,
        },
        "pk": "id",
    },
    "files": {
        "columns": {"path": str, "document_id": str, "size": int, "mtime": float, "imported_at": str},
        "pk": "path",
        "foreign_keys": [("document_id", "documents", "id")],
    },
    "pages": {
        "columns": {
            "id": str,
            "document_id": str,
            "number": int,
            "label": str,
            "other_labels": str,
            "rotation": int,
            "width": float,
            "height": float,
            "is_blank": int,
            "is_filler": int,
            "has_text_layer": int,
            "text": str,
            "furniture": str,
            "item": str,
            "method": str,
            "pictures": str,
            "text_hash": str,
            "duplicate_of": str,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id")],
    },
    "agenda_items": {
        "columns": {
            "id": str,
            "document_id": str,
            "position": int,
            "number": str,
            "title": str,
            "printed_pages": str,
            "page_start": int,
            "page_end": int,
            "parent": str,
            "is_exempt": int,
            "kind": str,
            "presenter": str,
            "text": str,
            "fields": str,
            "page": int,
            "bbox": str,
            "method": str,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id")],
    },
    "tables": {
        "columns": {
            "id": str,
            "document_id": str,
            "position": int,
            "title": str,
            "kind": str,
            "n_rows": int,
            "n_cols": int,
            "header": str,
            "rows": str,
            "spanning_rows": str,
            "page_start": int,
            "page_end": int,
            "bbox": str,
            "method": str,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id")],
    },
    "table_cells": {
        "columns": {
            "id": str,
            "document_id": str,
            "table_id": str,
            "row": int,
            "col": int,
            "column_header": str,
            "row_label": str,
            "raw": str,
            "kind": str,
            "value": float,
            "unit": str,
            "direction": str,
            "rag": str,
            "date": str,
            "page": int,
            "page_end": int,
            "method": str,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("table_id", "tables", "id")],
    },
    "action_plan_rows": {
        "columns": {
            "id": str,
            "document_id": str,
            "table_id": str,
            "row": int,
            "theme": str,
            "action_no": str,
            "action": str,
            "outcome": str,
            "named_lead": str,
            "lead_org": str,
            "supporting_orgs": str,
            "start_date": str,
            "end_date": str,
            "start_date_text": str,
            "end_date_text": str,
            "start_date_precision": str,
            "end_date_precision": str,
            "progress": str,
            "comment": str,
            "rag": str,
            "status": str,
            "status_text": str,
            "extra": str,
            "page": int,
            "page_end": int,
            "method": str,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("table_id", "tables", "id")],
    },
    "actions": {
        "columns": {
            "id": str,
            "document_id": str,
            "position": int,
            "text": str,
            "owners": str,
            "due": str,
            "due_text": str,
            "due_precision": str,
            "kind": str,
            "item": str,
            "action_plan_row_id": str,
            "page": int,
            "bbox": str,
            "char_start": int,
            "char_end": int,
            "method": str,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id")],
    },
    "people": {"columns": {"id": str, "name": str}, "pk": "id"},
    "organisations": {"columns": {"id": str, "name": str}, "pk": "id"},
    "mentions": {
        "columns": {
            "id": str,
            "document_id": str,
            "kind": str,
            "name": str,
            "text": str,
            "person_id": str,
            "organisation_id": str,
            "page": int,
            "bbox": str,
            "method": str,
        },
        "pk": "id",
        "foreign_keys": [
            ("document_id", "documents", "id"),
            ("person_id", "people", "id"),
            ("organisation_id", "organisations", "id"),
        ],
    },
    "action_owners": {
        "columns": {
            "id": str,
            "action_id": str,
            "document_id": str,
            "owner": str,
            "held_by": str,
            "person_id": str,
            "organisation_id": str,
        },
        "pk": "id",
        "foreign_keys": [
            ("action_id", "actions", "id"),
            ("document_id", "documents", "id"),
            ("person_id", "people", "id"),
            ("organisation_id", "organisations", "id"),
        ],
    },
    "import_errors": {
        "columns": {"file": str, "page": int, "kind": str, "message": str, "at": str},
        "pk": "file",
    },
}
CHILD_TABLES = [
    "action_owners",
    "mentions",
    "actions",
    "action_plan_rows",
    "table_cells",
    "tables",
    "agenda_items",
    "pages",
]
INDEXES = [
    ("pages", ["document_id", "number"]),
    ("pages", ["text_hash"]),
    ("agenda_items", ["document_id"]),
    ("tables", ["document_id"]),
    ("table_cells", ["document_id"]),
    ("table_cells", ["table_id"]),
    ("action_plan_rows", ["document_id"]),
    ("actions", ["document_id"]),
    ("actions", ["due"]),
    ("mentions", ["document_id"]),
    ("action_owners", ["action_id"]),
    ("action_owners", ["person_id"]),
    ("documents", ["meeting_date"]),
    ("files", ["document_id"]),
]
FTS: dict[str, list[str]] = {
    "pages": ["text"],
    "agenda_items": ["title", "text"],
    "actions": ["text", "owners"],
}
ACTION_LOG_VIEW = """
select
  actions.id as action_id,
  actions.text as action,
  actions.owners as owners,
  actions.due as due,
  actions.kind as kind,
  actions.item as item,
  documents.meeting_date as meeting_date,
  documents.committee as committee,
  documents.body as body,
  documents.file_name as document,
  actions.document_id as document_id,
  actions.page as page
from actions join documents on documents.id = actions.document_id
"""


def open_db(path: str | Path, *, lock_timeout: float = 30.0) -> sqlite_utils.Database:
    """Open (creating if needed) a database in WAL mode, so readers never block the writer."""
    with database_errors(path):
        db = sqlite_utils.Database(str(path))
        db.execute(f"PRAGMA busy_timeout = {int(lock_timeout * 1000)}")
        db.enable_wal()
        ensure_db_shape(db)
        return db


@contextlib.contextmanager
def database_errors(path: str | Path) -> Iterator[None]:
    """SQLite's errors as one line naming the database and saying what to do."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        raise database_error(str(path), exc) from exc


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create what is missing; safe to call on every open, and after a run killed part-way.

    Tables, indexes and the view are created in one transaction. Full-text indexes come last
    (sqlite-utils' ``transform()`` drops FTS triggers, and ``enable_fts`` commits as it goes), so an
    index left without its triggers by a killed run is rebuilt here.
    """
    with db.atomic():
        for name, spec in SCHEMA.items():
            if not db[name].exists():
                db[name].create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys"))
                continue
            present = db[name].columns_dict
            for column, kind in spec["columns"].items():  # a database made by an earlier version
                if column not in present:
                    db[name].add_column(column, kind)  # ALTER TABLE ADD COLUMN: FTS triggers survive
        existing = {tuple(index.columns) for name, _ in INDEXES for index in db[name].indexes}
        for name, columns in INDEXES:
            if tuple(columns) not in existing:
                db[name].create_index(columns, if_not_exists=True)
        db.execute("drop view if exists action_log")
        db.execute(f"create view action_log as {ACTION_LOG_VIEW}")
    for name, columns in FTS.items():
        triggers = {trigger.name for trigger in db[name].triggers}
        complete = db[f"{name}_fts"].exists() and {f"{name}_ai", f"{name}_ad", f"{name}_au"} <= triggers
        if not complete:
            db[name].enable_fts(columns, create_triggers=True, tokenize="porter", replace=True)
            db[name].rebuild_fts()


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# initials run together before a surname ('PT Cole', as councils print them and OCR reads 'P T Cole')
INITIALS_RUN_TOGETHER_RE = re.compile(r"^[A-Z]{2,3}(?=\s+(?:Mc|Mac|O['’])?[A-Z][a-z])")


def person_id(name: str) -> str:
    """A person's id in the registry: 'PT Cole', 'P T Cole' and 'P. T. Cole' are one person ('p-t-cole'), the name
    kept as printed."""
    return slug(INITIALS_RUN_TOGETHER_RE.sub(lambda initials: " ".join(initials[0]), name))


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, default=str)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def extraction_rows(extraction: Extraction) -> dict[str, list[dict[str, Any]]]:
    """Turn one extraction into rows per table (pure: no database needed)."""
    doc = extraction.document
    key = doc.id[:12]  # row ids are this prefix plus the record's kind letter and position
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMA}
    rows["documents"].append(_document_row(doc))
    rows["pages"] = [_page_row(key, doc.id, page) for page in extraction.pages]
    rows["agenda_items"] = [_agenda_item_row(key, doc.id, n, item) for n, item in enumerate(extraction.agenda_items)]
    rows["tables"] = [_table_row(key, doc.id, n, table) for n, table in enumerate(extraction.tables)]
    rows["table_cells"] = [_table_cell_row(key, doc.id, cell) for cell in extraction.table_cells]
    rows["action_plan_rows"] = [
        _action_plan_row(key, doc.id, n, row) for n, row in enumerate(extraction.action_plan_rows)
    ]
    rows["people"] = [{"id": person_id(name), "name": name} for name in extraction.people]
    rows["organisations"] = [{"id": slug(name), "name": name} for name in extraction.organisations]
    rows["mentions"] = [_mention_row(key, doc.id, n, mention) for n, mention in enumerate(extraction.mentions)]
    kinds = {m.name: m.kind for m in extraction.mentions}
    for position, action in enumerate(extraction.actions):
        action_id = f"{key}-a{position}"
        rows["actions"].append(_action_row(key, doc.id, position, action))
        for owner in action.owners:
            kind = kinds.get(owner, "person")
            holder = action.owner_people.get(owner)  # the person holding the post the owner names
            person = holder or (owner if kind != "organisation" else None)
            if (holder or kind == "person") and person not in extraction.people:
                rows["people"].append({"id": person_id(person), "name": person})
            rows["action_owners"].append(
                {
                    "id": f"{action_id}-{slug(owner)}",
                    "action_id": action_id,
                    "document_id": doc.id,
                    "owner": owner,
                    "held_by": holder,
                    "person_id": person_id(person) if person else None,
                    "organisation_id": slug(owner) if kind == "organisation" and not holder else None,
                }
            )
    return rows


def _document_row(doc: DocumentInfo) -> dict[str, Any]:
    return {
        "id": doc.id,
        "file": doc.file,
        "file_name": doc.file_name,
        "bytes": doc.bytes,
        "page_count": doc.page_count,
        "body": doc.body,
        "committee": doc.committee,
        "meeting_date": _iso(doc.meeting_date),
        "meeting_time": doc.meeting_time,
        "venue": doc.venue,
        "doc_type": doc.doc_type,
        "title": doc.title,
        "engine": doc.engine,
        "text_pages": doc.text_pages,
        "cover": _json(doc.cover),
        "attendees": _json([attendee.model_dump() for attendee in doc.attendees]),
        "contact_officer": doc.contact_officer,
        "warnings": _json(doc.warnings) if doc.warnings else None,
        "provenance": _json(doc.provenance),
        "imported_at": None,
    }


def _page_row(key: str, document_id: str, page: Page) -> dict[str, Any]:
    return {
        "id": f"{key}-p{page.number}",
        "document_id": document_id,
        "number": page.number,
        "label": page.label,
        "other_labels": _json(page.other_labels),
        "rotation": page.rotation,
        "width": page.width,
        "height": page.height,
        "is_blank": int(page.is_blank),
        "is_filler": int(page.is_filler),
        "has_text_layer": int(page.has_text_layer),
        "text": page.text,
        "text_hash": page_text_hash(page.text),
        "duplicate_of": None,
        "furniture": _json(page.furniture),
        "item": page.item,
        "method": page.method,
        "pictures": _json([picture.model_dump(mode="json") for picture in page.pictures]),
    }


def _agenda_item_row(key: str, document_id: str, position: int, item: AgendaItem) -> dict[str, Any]:
    return {
        "id": f"{key}-i{position}",
        "document_id": document_id,
        "position": position,
        "number": item.number,
        "title": item.title,
        "printed_pages": item.printed_pages,
        "page_start": item.page_start,
        "page_end": item.page_end,
        "parent": item.parent,
        "is_exempt": int(item.is_exempt),
        "kind": item.kind,
        "presenter": item.presenter,
        "text": item.text,
        "fields": _json(item.fields),
        "page": item.provenance.page,
        "bbox": _json(item.provenance.bbox),
        "method": item.provenance.method,
    }


def _table_row(key: str, document_id: str, position: int, table: Table) -> dict[str, Any]:
    return {
        "id": f"{key}-t{position}",
        "document_id": document_id,
        "position": position,
        "title": table.title,
        "kind": table.kind,
        "n_rows": table.n_rows,
        "n_cols": table.n_cols,
        "header": _json(table.header),
        "rows": _json(table.rows),
        "spanning_rows": _json(table.spanning_rows),
        "page_start": table.page_start,
        "page_end": table.page_end,
        "bbox": _json(table.bbox),
        "method": table.provenance.method,
    }


def _table_cell_row(key: str, document_id: str, cell: TableCell) -> dict[str, Any]:
    return {
        "id": f"{key}-t{cell.table}-r{cell.row}-c{cell.column}",
        "document_id": document_id,
        "table_id": f"{key}-t{cell.table}",
        "row": cell.row,
        "col": cell.column,
        "column_header": cell.column_header,
        "row_label": cell.row_label,
        "raw": cell.raw,
        "kind": cell.kind,
        "value": cell.value,
        "unit": cell.unit,
        "direction": cell.direction,
        "rag": cell.rag,
        "date": _iso(cell.date),
        "page": cell.provenance.page,
        "page_end": cell.provenance.page_end,
        "method": cell.provenance.method,
    }


def _action_plan_row(key: str, document_id: str, position: int, row: ActionPlanRow) -> dict[str, Any]:
    return {
        "id": f"{key}-r{position}",
        "document_id": document_id,
        "table_id": None if row.table is None else f"{key}-t{row.table}",
        "row": row.row,
        "theme": row.theme,
        "action_no": row.action_no,
        "action": row.action,
        "outcome": row.outcome,
        "named_lead": row.named_lead,
        "lead_org": row.lead_org,
        "supporting_orgs": row.supporting_orgs,
        "start_date": _iso(row.start_date),
        "end_date": _iso(row.end_date),
        "start_date_text": row.start_date_text,
        "end_date_text": row.end_date_text,
        "start_date_precision": row.start_date_precision,
        "end_date_precision": row.end_date_precision,
        "progress": row.progress,
        "comment": row.comment,
        "rag": row.rag,
        "status": row.status,
        "status_text": row.status_text,
        "extra": _json(row.extra),
        "page": row.provenance.page,
        "page_end": row.provenance.page_end,
        "method": row.provenance.method,
    }


def _mention_row(key: str, document_id: str, position: int, mention: Mention) -> dict[str, Any]:
    return {
        "id": f"{key}-m{position}",
        "document_id": document_id,
        "kind": mention.kind,
        "name": mention.name,
        "text": mention.text,
        "person_id": person_id(mention.name) if mention.kind == "person" else None,
        "organisation_id": slug(mention.name) if mention.kind == "organisation" else None,
        "page": mention.provenance.page,
        "bbox": _json(mention.provenance.bbox),
        "method": mention.provenance.method,
    }


def _action_row(key: str, document_id: str, position: int, action: Action) -> dict[str, Any]:
    return {
        "id": f"{key}-a{position}",
        "document_id": document_id,
        "position": position,
        "text": action.text,
        "owners": ", ".join(action.owners) or None,
        "due": _iso(action.due),
        "due_text": action.due_text,
        "due_precision": action.due_precision,
        "kind": action.kind,
        "item": action.item,
        "action_plan_row_id": None if action.action_plan_row is None else f"{key}-r{action.action_plan_row}",
        "page": action.provenance.page,
        "bbox": _json(action.provenance.bbox),
        "char_start": action.provenance.char_start,
        "char_end": action.provenance.char_end,
        "method": action.provenance.method,
    }


def page_text_hash(text: str, min_chars: int = 200) -> str | None:
    """Hash of a page's words (case, spacing and punctuation ignored); None for short pages."""
    words = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
    if len(words) < min_chars:
        return None
    return hashlib.sha1(words.encode()).hexdigest()


def _merge_names(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    """Registry rows keyed by normalised name; of two spellings the smaller wins, whatever the import order."""
    db.conn.executemany(
        f"insert into [{table}] (id, name) values (:id, :name) "
        "on conflict(id) do update set name = min(name, excluded.name)",
        rows,
    )


def _share_duplicate_pages(db: sqlite_utils.Database, document_id: str) -> None:
    """The same page published in two documents is stored once: the copy with the smallest id
    keeps the text (and is searched); the others keep their provenance and point to it."""
    # a page found nowhere else was inserted as its own canonical copy: only repeated texts need work
    hashes = [
        row[0]
        for row in db.execute(
            "select text_hash from pages where text_hash in "
            "(select text_hash from pages where document_id = ? and text_hash is not null) "
            "group by text_hash having count(*) > 1",
            [document_id],
        )
    ]
    for text_hash in hashes:
        _elect_canonical_page(db, text_hash)


def _elect_canonical_page(db: sqlite_utils.Database, text_hash: str, exclude_document: str | None = None) -> None:
    every_copy = db.execute(
        "select id, text, document_id from pages where text_hash = ? order by id", [text_hash]
    ).fetchall()
    text = next((row[1] for row in every_copy if row[1] is not None), None)
    copies = [(page_id, page_text) for page_id, page_text, document in every_copy if document != exclude_document]
    if not copies:
        return
    canonical = copies[0][0]
    db.execute("update pages set text = ?, duplicate_of = null where id = ?", [text, canonical])
    for page_id, page_text in copies[1:]:
        if page_text is not None:
            db.execute("update pages set text = null, duplicate_of = ? where id = ?", [canonical, page_id])
        else:
            db.execute("update pages set duplicate_of = ? where id = ?", [canonical, page_id])


def delete_document(db: sqlite_utils.Database, document_id: str, *, keep_files: bool = False) -> None:
    shared = [
        row[0]
        for row in db.execute(
            "select distinct text_hash from pages where document_id = ? and text_hash is not null", [document_id]
        )
    ]
    for text_hash in shared:  # hand the text to a copy in another document before this one goes
        _elect_canonical_page(db, text_hash, exclude_document=document_id)
    for name in CHILD_TABLES:
        db.execute(f"delete from [{name}] where document_id = ?", [document_id])
    if not keep_files:
        db.execute("delete from files where document_id = ?", [document_id])
    db.execute("delete from documents where id = ?", [document_id])


def document_for_path(db: sqlite_utils.Database, path: str) -> dict[str, Any] | None:
    rows = list(db.query("select * from files where path = ?", [path]))
    return rows[0] if rows else None


def save_extraction(db: sqlite_utils.Database, extraction: Extraction, *, path: str, size: int, mtime: float) -> None:
    """Write one document atomically, replacing what an earlier version of the file left."""
    rows = extraction_rows(extraction)
    stamp = now()
    rows["documents"][0]["imported_at"] = stamp
    with db.atomic():
        previous = document_for_path(db, path)
        if previous and previous["document_id"] != extraction.document.id:
            _forget_file(db, path, previous["document_id"])
        delete_document(db, extraction.document.id, keep_files=True)
        db["documents"].insert_all(rows["documents"])
        names = ["pages", "agenda_items", "tables", "table_cells", "action_plan_rows", "actions", "mentions"]
        for name in [*names, "action_owners"]:
            if rows[name]:
                db[name].insert_all(rows[name])
        for name in ["people", "organisations"]:
            _merge_names(db, name, rows[name])
        _share_duplicate_pages(db, extraction.document.id)
        db["files"].upsert(
            {"path": path, "document_id": extraction.document.id, "size": size, "mtime": mtime, "imported_at": stamp},
            pk="path",
        )
        db.execute("delete from import_errors where file = ?", [path])


def record_file_seen(db: sqlite_utils.Database, path: str, document_id: str, size: int, mtime: float) -> None:
    """The same content under another name: link the file, import nothing twice."""
    with db.atomic():
        previous = document_for_path(db, path)
        if previous and previous["document_id"] != document_id:
            _forget_file(db, path, previous["document_id"])
        db["files"].upsert(
            {"path": path, "document_id": document_id, "size": size, "mtime": mtime, "imported_at": now()},
            pk="path",
        )
        db.execute("delete from import_errors where file = ?", [path])


def _forget_file(db: sqlite_utils.Database, path: str, document_id: str) -> None:
    db.execute("delete from files where path = ?", [path])
    still_used = db.execute("select count(*) from files where document_id = ?", [document_id]).fetchone()[0]
    if not still_used:
        delete_document(db, document_id)


def record_error(db: sqlite_utils.Database, error: ImportErrorRecord) -> None:
    with db.atomic():
        db["import_errors"].upsert({**error.model_dump(), "at": now()}, pk="file")


def has_document(db: sqlite_utils.Database, document_id: str) -> bool:
    return db.execute("select 1 from documents where id = ?", [document_id]).fetchone() is not None


def table_counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {name: db[name].count for name in SCHEMA}


def schema_sql(db: sqlite_utils.Database) -> str:
    """The database schema as SQL (what the README shows, generated)."""
    return "\n".join(
        row[0] + ";"
        for row in db.execute(
            "select sql from sqlite_master where sql is not null and name not like '%_fts_%' "
            "and type in ('table', 'view') order by type desc, name"
        )
    )


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
