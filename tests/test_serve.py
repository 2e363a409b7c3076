"""Datasette in-process: documents, search, facets and every canned query."""

from __future__ import annotations

import logging

import pytest
import sqlite_utils

from agendaparse import track
from agendaparse.serve import QUERIES, TABLES, datasette_app


@pytest.fixture(scope="module")
def ds(real_db):
    return datasette_app(real_db)


def get(ds, path):
    import asyncio

    return asyncio.run(ds.client.get(path))


def test_documents_json_lists_documents(ds, real_db):
    response = get(ds, f"/{real_db.stem}/documents.json?_shape=array&_size=max")
    assert response.status_code == 200
    assert len(response.json()) >= 60


def test_full_text_search_on_pages(ds, real_db):
    response = get(ds, f"/{real_db.stem}/pages.json?_search=devolution&_shape=array")
    assert response.status_code == 200
    rows = response.json()
    assert rows and all("devolution" in row["text"].lower() for row in rows)


def test_facets_on_documents(ds, real_db):
    response = get(ds, f"/{real_db.stem}/documents.json?_facet=body&_facet=doc_type")
    assert response.status_code == 200
    facets = response.json()["facet_results"]
    assert {"body", "doc_type"} <= set(facets)
    values = {row["value"] for row in facets["doc_type"]["results"]}
    assert "minutes" in values


@pytest.fixture(scope="module")
def carried_action(real_db):
    """An action that a later meeting carries forward."""
    row = sqlite_utils.Database(real_db).execute(
        "select previous_action_id from action_threads where previous_action_id is not null "
        "order by meeting_date, action_id limit 1"
    )
    found = row.fetchone()
    assert found, "no action of the real corpus is carried from one meeting to the next"
    return found[0]


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_canned_query_runs(ds, real_db, carried_action, name):
    params = {
        "actions_by_owner": "owner=a",
        "open_actions_due_before": "before=2030-01-01",
        "search_minutes": "q=council",
        "overdue_actions": "as_of=2030-01-01",
        "actions_per_meeting": "committee=",
        "owner_history": "owner=a",
        "action_thread": f"action_id={carried_action}",
        "vanished_actions": "",
        "action_plan_status": "",
        "kpi_values": "indicator=",
    }[name]
    response = get(ds, f"/{real_db.stem}/{name}.json?{params}&_shape=array")
    assert response.status_code == 200, response.text
    assert isinstance(response.json(), list)
    assert response.json(), f"{name} returned no rows on the real corpus"


def test_every_table_and_column_described(ds, real_db):
    import sqlite_utils

    db = sqlite_utils.Database(real_db)
    for name in list(db.table_names()) + db.view_names():
        if name.endswith(("_fts", "_data", "_idx", "_docsize", "_config")):
            continue
        assert name in TABLES, name
        columns = db[name].columns_dict
        assert set(columns) <= set(TABLES[name]["columns"]), (name, set(columns) - set(TABLES[name]["columns"]))


def test_every_described_column_and_facet_exists(real_db):
    """The metadata names no column that the real database lacks (facets and sorts included)."""
    db = sqlite_utils.Database(real_db)
    for name, spec in TABLES.items():
        if name == "import_errors" and not db[name].exists():
            continue
        columns = set(db[name].columns_dict)
        assert columns, name
        named = set(spec.get("facets", [])) | {spec[k] for k in ("sort", "sort_desc", "label_column") if k in spec}
        assert named <= columns, (name, named - columns)


def test_default_facets_on_action_plan_rows_and_threads(ds, real_db):
    response = get(ds, f"/{real_db.stem}/action_plan_rows.json")
    assert response.status_code == 200
    facets = response.json()["facet_results"]
    assert {"status", "rag"} <= set(facets)
    assert "complete" in {row["value"] for row in facets["status"]["results"]}
    response = get(ds, f"/{real_db.stem}/action_threads.json")
    assert response.status_code == 200
    assert {"committee", "status", "vanished"} <= set(response.json()["facet_results"])


def test_overdue_actions_are_due_before_the_date_and_not_complete(ds, real_db):
    rows = get(ds, f"/{real_db.stem}/overdue_actions.json?as_of=2012-01-01&_shape=array").json()
    assert rows
    assert all(row["due"] < "2012-01-01" and row["days_overdue"] > 0 for row in rows)
    assert all(row["status"] != "complete" for row in rows)
    assert [row["due"] for row in rows] == sorted(row["due"] for row in rows)
    later = get(ds, f"/{real_db.stem}/overdue_actions.json?as_of=2030-01-01&_shape=array").json()
    assert len(later) > len(rows)


def test_actions_per_meeting_counts_match_the_actions_table(ds, real_db):
    rows = get(ds, f"/{real_db.stem}/actions_per_meeting.json?_shape=array&_size=max").json()
    db = sqlite_utils.Database(real_db)
    assert sum(row["actions"] for row in rows) == db["actions"].count
    some = get(ds, f"/{real_db.stem}/actions_per_meeting.json?committee=Transparency+Board&_shape=array").json()
    assert some and all("transparency board" in row["committee"].lower() for row in some)
    assert len(some) < len(rows)


def test_owner_history_spans_meetings(ds, real_db):
    owner = (
        sqlite_utils.Database(real_db)
        .execute(
            "select action_owners.owner from action_owners join documents on documents.id = action_owners.document_id "
            "where documents.meeting_date is not null group by action_owners.owner "
            "order by count(distinct documents.meeting_date) desc, action_owners.owner limit 1"
        )
        .fetchone()[0]
    )
    rows = get(ds, f"/{real_db.stem}/owner_history.json?owner={owner}&_shape=array&_size=max").json()
    assert len({row["meeting_date"] for row in rows}) >= 2
    assert all(owner.lower() in row["owner"].lower() for row in rows)
    dates = [row["meeting_date"] or "" for row in rows]
    assert dates == sorted(dates)


def test_vanished_actions_query_lists_flagged_actions(ds, real_db):
    rows = get(ds, f"/{real_db.stem}/vanished_actions.json?_shape=array&_size=max").json()
    db = sqlite_utils.Database(real_db)
    assert len(rows) == db.execute("select count(*) from action_threads where vanished = 1").fetchone()[0]
    assert all(row["later_meetings"] >= 1 for row in rows)


def test_action_thread_query_follows_one_action(ds, real_db, carried_action):
    rows = get(ds, f"/{real_db.stem}/action_thread.json?action_id={carried_action}&_shape=array").json()
    assert len(rows) >= 2
    assert carried_action in {row["action_id"] for row in rows}
    assert [row["meeting_date"] for row in rows] == sorted(row["meeting_date"] for row in rows)


# ---------------------------------------------------------------- following actions across meetings


def _meeting(db, doc_id, date, actions, committee="Parish Council", body="Souldern Parish Council"):
    """One document (a meeting) with its actions: (text, owners, kind, action_no, status)."""
    db["documents"].insert({"id": doc_id, "body": body, "committee": committee, "meeting_date": date}, pk="id")
    for position, (text, owners, kind, action_no, status) in enumerate(actions):
        action_id = f"{doc_id}-a{position}"
        plan_id = None
        if action_no or status:
            plan_id = f"{doc_id}-r{position}"
            db["action_plan_rows"].insert(
                {"id": plan_id, "document_id": doc_id, "action_no": action_no, "action": text, "status": status},
                pk="id",
            )
        db["actions"].insert(
            {
                "id": action_id,
                "document_id": doc_id,
                "position": position,
                "text": text,
                "owners": ", ".join(owners),
                "kind": kind,
                "action_plan_row_id": plan_id,
            },
            pk="id",
        )
        for owner in owners:
            db["action_owners"].insert(
                {"id": f"{action_id}-{owner}", "action_id": action_id, "document_id": doc_id, "owner": owner},
                pk="id",
            )


@pytest.fixture
def small_db(tmp_path):
    db = sqlite_utils.Database(tmp_path / "small.db")
    _meeting(
        db,
        "m1",
        "2024-01-10",
        [
            ("Clerk to report the broken stile to the county council", ["Clerk"], "action", None, None),
            ("Bob to obtain three quotes for the new bench", ["Bob"], "action", None, None),
            ("Carol to arrange a litter pick in the spring. Completed", ["Carol"], "action", None, None),
            ("Update the risk register", ["Dave"], "action", "7", "ongoing"),
            ("Eve to write to the school about parking on the lane", ["Eve"], "action", None, None),
            ("The minutes were approved as a true record", [], "resolution", None, None),
        ],
    )
    _meeting(
        db,
        "m2",
        "2024-03-13",
        [
            ("Clerk to report broken stile to county council: chased", ["Clerk"], "action", None, None),
            ("Bob to obtain three quotes for the new bench", ["Frank"], "action", None, None),  # other owner
            ("Review of the risk register, now with insurers", ["Dave"], "action", "7", "ongoing"),
        ],
    )
    # the same words at another committee's meeting in between are not the same action
    _meeting(
        db,
        "x1",
        "2024-02-01",
        [("Clerk to report the broken stile to the county council", ["Clerk"], "action", None, None)],
        committee="Finance Committee",
    )
    _meeting(
        db,
        "m3",
        "2024-05-15",
        [
            ("Risk register reviewed and adopted", ["Dave"], "action", "7", "complete"),
            ("Eve to write to the school about the parking on the lane", ["Eve"], "action", None, None),
            ("Grace to book the hall for the annual meeting", ["Grace"], "action", None, None),
        ],
    )
    return db


def _threads(db):
    return {row["action_id"]: row for row in db["action_threads"].rows}


def test_link_actions_on_a_small_database(small_db):
    links = track.link_actions(small_db)
    rows = _threads(small_db)
    assert len(rows) == small_db["actions"].count
    # carried forward: shared owner and similar words; same action number; two meetings later
    assert rows["m2-a0"]["previous_action_id"] == "m1-a0" and rows["m2-a0"]["linked_by"] == "owner+text"
    assert rows["m2-a0"]["thread_id"] == "m1-a0" and rows["m2-a0"]["similarity"] >= 0.5
    assert rows["m2-a2"]["previous_action_id"] == "m1-a3" and rows["m2-a2"]["linked_by"] == "action_no"
    assert rows["m3-a0"]["previous_action_id"] == "m2-a2" and rows["m3-a0"]["thread_id"] == "m1-a3"
    assert rows["m3-a1"]["previous_action_id"] == "m1-a4"  # skipped a meeting
    # not the same action: another owner, another committee, the first action of its thread
    assert rows["m2-a1"]["previous_action_id"] is None
    assert rows["x1-a0"]["previous_action_id"] is None and rows["x1-a0"]["thread_id"] == "x1-a0"
    assert links == 4
    # status from the action-plan row or the action's words
    assert rows["m3-a0"]["status"] == "complete" and rows["m1-a2"]["status"] == "complete"
    vanished = {action_id for action_id, row in rows.items() if row["vanished"]}
    # m1-a1 (Bob) and m2-a0 (the stile, chased once) and m2-a1 disappear; Carol's was completed;
    # the risk register thread ends complete; the resolution is no action; m3 is the last meeting
    # and x1 is the only meeting of its committee.
    assert vanished == {"m1-a1", "m2-a0", "m2-a1"}


def test_link_actions_is_idempotent(small_db):
    first = track.link_actions(small_db)
    before = sorted(small_db["action_threads"].rows, key=lambda row: row["action_id"])
    assert track.link_actions(small_db) == first
    assert sorted(small_db["action_threads"].rows, key=lambda row: row["action_id"]) == before


def test_link_actions_failure_keeps_the_previous_table(small_db, monkeypatch, caplog):
    track.link_actions(small_db)
    before = list(small_db["action_threads"].rows)
    monkeypatch.setitem(track.COLUMNS, "bogus", str)  # fails after the table was dropped and created
    with pytest.raises(KeyError):
        track.link_actions(small_db)
    assert not small_db.conn.in_transaction
    assert list(small_db["action_threads"].rows) == before
    with caplog.at_level(logging.WARNING, logger="agendaparse"):
        assert track.link_actions_or_warn(small_db) is None
    assert "could not link actions" in caplog.text


def test_link_actions_without_actions_is_a_no_op(tmp_path):
    db = sqlite_utils.Database(tmp_path / "empty.db")
    assert track.link_actions(db) == 0
    assert not db["action_threads"].exists()


def test_tokens_and_jaccard():
    assert track.tokens("The Clerk to report, the CLERK!") == frozenset({"clerk", "report"})
    assert track.jaccard(frozenset({"a1", "b1"}), frozenset({"a1"})) == 0.5
    assert track.jaccard(frozenset(), frozenset({"a1"})) == 0.0
    assert track.text_status("Circulate the minutes. Complete") == "complete"
    assert track.text_status("To be completed by May") is None
    assert track.text_status("Carried forward") == "ongoing"


def test_import_links_actions_on_the_real_corpus(real_db, tmp_path):
    """import_paths ran link_actions: one thread row per action, and action logs followed across meetings."""
    db = sqlite_utils.Database(real_db)
    assert db["action_threads"].count == db["actions"].count
    links = db.execute("select count(*) from action_threads where previous_action_id is not null").fetchone()[0]
    assert links >= 1
    # every link joins two meetings of the same committee, in date order
    bad = db.execute(
        "select count(*) from action_threads as t join action_threads as p on p.action_id = t.previous_action_id "
        "where p.meeting_date >= t.meeting_date or lower(p.committee) != lower(t.committee)"
    ).fetchone()[0]
    assert bad == 0
    # action logs repeat their open actions at the next meeting
    longest = db.execute(
        "select count(*) from action_threads group by thread_id order by count(*) desc limit 1"
    ).fetchone()[0]
    assert longest >= 2
    vanished_kinds = {
        row[0]
        for row in db.execute(
            "select distinct actions.kind from action_threads join actions on actions.id = action_threads.action_id "
            "where vanished = 1"
        )
    }
    assert vanished_kinds <= set(track.VANISH_KINDS)
    # rebuilding (on a copy: Datasette has the session's database open as immutable) gives the same table
    before = sorted(db["action_threads"].rows, key=lambda row: row["action_id"])
    copy = sqlite_utils.Database(tmp_path / "copy.db")
    db.conn.backup(copy.conn)
    assert track.link_actions(copy) == links
    assert sorted(copy["action_threads"].rows, key=lambda row: row["action_id"]) == before
