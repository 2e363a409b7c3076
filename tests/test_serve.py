"""Datasette in-process: documents, search, facets and every canned query."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_canned_query_runs(ds, real_db, name):
    params = {
        "actions_by_owner": "owner=a",
        "open_actions_due_before": "before=2030-01-01",
        "search_minutes": "q=council",
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
