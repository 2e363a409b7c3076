"""Follow actions across meetings: the same action carried from one meeting of a committee to the next.

:func:`link_actions` rebuilds the ``action_threads`` table (one row per action) in one transaction:

* Meetings are the distinct ``documents.meeting_date`` values of a committee (``documents.body`` +
  ``documents.committee``, compared without case or repeated spaces) whose papers record actions.
* An action at meeting N is linked to an action at one of the next :data:`LOOKAHEAD` meetings when
  they share an owner and the Jaccard similarity of their word sets is at least :data:`MIN_JACCARD`,
  or when both come from action-plan rows with the same ``action_no``. Links to the nearest meeting
  win, then the most similar; each action has at most one previous and one next action.
* ``thread_id`` is the id of the first action of the chain; ``status`` is the action-plan row's
  status, or what the action's own words say (``… Complete``, ``Carried forward``), else empty.
* ``vanished`` is 1 for an action (kind ``action`` or ``request``) that is the last of its thread
  although later meetings of the committee recorded actions, and that no action of its thread
  marks complete: it was dropped without being reported done.

Run it again whenever documents are imported (``import_paths`` does); it is idempotent.
"""

from __future__ import annotations

import logging
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

log = logging.getLogger("agendaparse")

TABLE = "action_threads"
MIN_JACCARD = 0.5
LOOKAHEAD = 3  # meetings after the current one in which a carried-forward action is looked for
VANISH_KINDS = ("action", "request")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
    ]
)
_WORD = re.compile(r"[a-z0-9]+")
_COMPLETE = re.compile(r"\b(complete|completed|done|closed|discharged|achieved)\W*$", re.I)
_ONGOING = re.compile(r"\b(carried forward|ongoing|on-going|in progress|outstanding)\W*$", re.I)

COLUMNS = {
    "action_id": str,
    "thread_id": str,
    "previous_action_id": str,
    "meeting_date": str,
    "body": str,
    "committee": str,
    "status": str,
    "similarity": float,
    "linked_by": str,
    "vanished": int,
}


@dataclass
class _Action:
    id: str
    document_id: str
    position: int
    text: str
    kind: str | None
    meeting_date: str | None
    body: str | None
    committee: str | None
    action_no: str | None
    status: str | None
    owners: set[str] = field(default_factory=set)
    tokens: frozenset[str] = frozenset()
    previous: str | None = None
    next: str | None = None
    similarity: float | None = None
    linked_by: str | None = None


def tokens(text: str | None) -> frozenset[str]:
    """The distinct lower-case words of ``text`` without the commonest function words."""
    return frozenset(w for w in _WORD.findall((text or "").lower()) if w not in STOPWORDS and len(w) > 1)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _key(value: str | None) -> str:
    return " ".join((value or "").lower().split())


def _owner_key(value: str | None) -> str | None:
    key = re.sub(r"[^a-z0-9]+", "-", (value or "").lower()).strip("-")
    return key or None


def text_status(text: str | None) -> str | None:
    """``complete`` or ``ongoing`` when the action's words end by saying so (action logs often do)."""
    text = (text or "").strip()
    if _COMPLETE.search(text):
        return "complete"
    if _ONGOING.search(text):
        return "ongoing"
    return None


def _load(db: sqlite_utils.Database) -> list[_Action]:
    tables = set(db.table_names())
    plan = "action_plan_rows" in tables
    sql = (
        "select actions.id, actions.document_id, actions.position, actions.text, actions.kind, actions.owners, "
        "documents.meeting_date, documents.body, documents.committee, "
        + ("action_plan_rows.action_no, action_plan_rows.status " if plan else "null, null ")
        + "from actions join documents on documents.id = actions.document_id "
        + ("left join action_plan_rows on action_plan_rows.id = actions.action_plan_row_id " if plan else "")
        + "order by documents.meeting_date, actions.document_id, actions.position, actions.id"
    )
    actions: dict[str, _Action] = {}
    owner_text: dict[str, str | None] = {}
    for row in db.execute(sql).fetchall():
        (id_, document_id, position, text, kind, owners, meeting_date, body, committee, action_no, status) = row
        actions[id_] = _Action(
            id=id_,
            document_id=document_id,
            position=position or 0,
            text=text or "",
            kind=kind,
            meeting_date=meeting_date or None,
            body=body,
            committee=committee,
            action_no=re.sub(r"\s+", "", action_no).lower() if action_no and action_no.strip() else None,
            status=(status or None) or text_status(text),
            tokens=tokens(text),
        )
        owner_text[id_] = owners
    if "action_owners" in tables:
        present = set(db["action_owners"].columns_dict)
        ids = ", ".join(c if c in present else "null" for c in ("person_id", "organisation_id"))
        for action_id, owner, person_id, organisation_id in db.execute(
            f"select action_id, owner, {ids} from action_owners"
        ).fetchall():
            if action_id in actions:
                key = person_id or organisation_id or _owner_key(owner)
                if key:
                    actions[action_id].owners.add(key)
    for id_, text in owner_text.items():  # no action_owners rows: the owners column, split
        if not actions[id_].owners and text:
            actions[id_].owners = {k for k in map(_owner_key, re.split(r"[,;/]|\band\b", text)) if k}
    return list(actions.values())


def _candidates(earlier: list[_Action], later: list[_Action], gap: int) -> list[tuple[Any, ...]]:
    pairs = []
    for a in earlier:
        for b in later:
            if a.action_no and a.action_no == b.action_no:
                pairs.append((gap, -1.0, a.position, b.position, a.id, b.id, 1.0, "action_no"))
                continue
            if not (a.owners & b.owners):
                continue
            score = jaccard(a.tokens, b.tokens)
            if score >= MIN_JACCARD:
                pairs.append((gap, -score, a.position, b.position, a.id, b.id, score, "owner+text"))
    return pairs


def _link_committee(meetings: list[list[_Action]], by_id: dict[str, _Action]) -> None:
    pairs = []
    for n, earlier in enumerate(meetings):
        for gap in range(1, LOOKAHEAD + 1):
            if n + gap < len(meetings):
                pairs += _candidates(earlier, meetings[n + gap], gap)
    # Nearest meeting first, then the most similar; ids break ties so the result never depends on order.
    pairs.sort(key=lambda p: (p[0], p[1], p[4], p[5]))
    for _gap, _neg, _pa, _pb, a_id, b_id, score, how in pairs:
        a, b = by_id[a_id], by_id[b_id]
        if a.next is None and b.previous is None:
            a.next, b.previous = b.id, a.id
            b.similarity, b.linked_by = round(score, 3), how


def thread_rows(actions: list[_Action]) -> list[dict[str, Any]]:
    """Link the actions and return the ``action_threads`` rows (one per action)."""
    by_id = {a.id: a for a in actions}
    committees: dict[tuple[str, str], dict[str, list[_Action]]] = defaultdict(lambda: defaultdict(list))
    for a in actions:
        if a.meeting_date and _key(a.committee):
            committees[(_key(a.body), _key(a.committee))][a.meeting_date].append(a)
    last_meeting: dict[str, bool] = {}  # action id -> no later meeting of its committee recorded actions
    for dates in committees.values():
        ordered = [dates[d] for d in sorted(dates)]
        _link_committee(ordered, by_id)
        for a in ordered[-1]:
            last_meeting[a.id] = True
        for meeting in ordered[:-1]:
            for a in meeting:
                last_meeting[a.id] = False

    def root(a: _Action) -> _Action:
        while a.previous is not None:
            a = by_id[a.previous]
        return a

    threads: dict[str, list[_Action]] = defaultdict(list)
    for a in actions:
        threads[root(a).id].append(a)
    complete = {tid for tid, members in threads.items() if any(m.status == "complete" for m in members)}
    rows = []
    for a in actions:
        thread_id = root(a).id
        vanished = (
            a.next is None
            and last_meeting.get(a.id) is False
            and (a.kind or "action") in VANISH_KINDS
            and thread_id not in complete
        )
        rows.append(
            {
                "action_id": a.id,
                "thread_id": thread_id,
                "previous_action_id": a.previous,
                "meeting_date": a.meeting_date,
                "body": a.body,
                "committee": a.committee,
                "status": a.status,
                "similarity": a.similarity,
                "linked_by": a.linked_by,
                "vanished": int(vanished),
            }
        )
    return rows


def link_actions(db: sqlite_utils.Database) -> int:
    """Rebuild ``action_threads`` in one transaction. Returns the number of links between meetings."""
    if not {"actions", "documents"} <= set(db.table_names()):
        return 0
    with db.atomic():
        rows = thread_rows(_load(db))
        db.execute(f"drop table if exists [{TABLE}]")
        db[TABLE].create(COLUMNS, pk="action_id")
        db.execute(f"create index [idx_{TABLE}_thread_id] on [{TABLE}] (thread_id)")
        db.execute(f"create index [idx_{TABLE}_previous_action_id] on [{TABLE}] (previous_action_id)")
        if rows:
            db.conn.executemany(
                f"insert into [{TABLE}] ({', '.join(COLUMNS)}) values ({', '.join('?' for _ in COLUMNS)})",
                [tuple(row[c] for c in COLUMNS) for row in rows],
            )
    return sum(1 for row in rows if row["previous_action_id"])


def link_actions_or_warn(db: sqlite_utils.Database) -> int | None:
    """:func:`link_actions`, logging a warning instead of raising: the import it follows is kept."""
    try:
        return link_actions(db)
    except Exception as exc:  # following actions is a bonus; never lose an import over it
        log.warning("could not link actions across meetings (%s: %s); the import is complete", type(exc).__name__, exc)
        return None


if __name__ == "__main__":  # python -m agendaparse.track FILE.db
    for path in sys.argv[1:]:
        print(f"{path}: {link_actions(sqlite_utils.Database(path))} links")
