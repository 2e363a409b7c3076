"""The Datasette plugin: page images with highlighted boxes, the page view and page links."""

from __future__ import annotations

import asyncio
import io
import json
import re
from urllib.parse import urlencode

import pytest
import sqlite_utils
from markupsafe import escape

from agendaparse.datasette_plugin import BadRequest, format_bbox, parse_bbox, parse_scale
from agendaparse.serve import datasette_app

PNG = "/-/agendaparse/page/{}/{}.png"
VIEW = "/-/agendaparse/page/{}/{}"


def get(ds, path):
    return asyncio.run(ds.client.get(path))


@pytest.fixture(scope="module")
def ds(real_db, tmp_path_factory):
    # A private page cache, so the renders below are really rendered and nothing else is touched.
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AGENDAPARSE_PAGE_CACHE", str(tmp_path_factory.mktemp("page-cache")))
        yield datasette_app(real_db)


@pytest.fixture(scope="module")
def action(real_db):
    """The first action with a bbox in the smallest PDF, with its page's size and the document."""
    row = (
        sqlite_utils.Database(real_db)
        .execute(
            "select actions.id, actions.document_id, actions.page, actions.bbox, pages.width, pages.height, "
            "pages.text, documents.page_count from actions "
            "join pages on pages.document_id = actions.document_id and pages.number = actions.page "
            "join documents on documents.id = actions.document_id "
            "where actions.bbox is not null and pages.text is not null and pages.rotation = 0 "
            "order by documents.bytes, actions.position limit 1"
        )
        .fetchone()
    )
    assert row is not None, "the real corpus has no action with a bbox"
    keys = ["id", "document_id", "page", "bbox", "width", "height", "text", "page_count"]
    return dict(zip(keys, row, strict=True))


def png(response):
    from PIL import Image

    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/png"
    return Image.open(io.BytesIO(response.content)).convert("RGB")


# ---------------------------------------------------------------- parsing (no corpus needed)


def test_parse_bbox():
    assert parse_bbox(None) is None
    assert parse_bbox("") is None
    assert parse_bbox("10,20,30,40") == (10, 20, 30, 40)
    assert parse_bbox("[30, 40, 10, 20]") == (10, 20, 30, 40)  # stored JSON form; corners put in order
    for bad in ["1,2,3", "1,2,3,4,5", "a,b,c,d", "nan,1,2,3", "inf,1,2,3", "1e9,1,2,3", "../../etc/passwd"]:
        with pytest.raises(BadRequest):
            parse_bbox(bad)


def test_parse_scale_is_clamped():
    assert parse_scale(None) == 1.5
    assert parse_scale("0.01") == 0.5
    assert parse_scale("99") == 3.0
    assert parse_scale("2.04") == 2.0
    for bad in ["abc", "nan", "inf"]:
        with pytest.raises(BadRequest):
            parse_scale(bad)


def test_format_bbox():
    assert format_bbox("[103.24, 459.9, 539.4, 470.6]") == "103.2,459.9,539.4,470.6"
    assert format_bbox([1, 2, 3, 4]) == "1,2,3,4"
    assert format_bbox(None) is None
    assert format_bbox("not json") is None
    assert format_bbox("[1, 2]") is None


# ---------------------------------------------------------------- routes on the real corpus


def test_plugin_is_loaded(ds):
    plugins = get(ds, "/-/plugins.json").json()
    ours = [plugin for plugin in plugins if plugin["name"] == "agendaparse"]
    assert ours, plugins
    assert {"register_routes", "render_cell"} <= set(ours[0]["hooks"])


def test_png_is_the_page_at_the_scale(ds, action):
    image = png(get(ds, PNG.format(action["document_id"], action["page"])))
    assert abs(image.width - action["width"] * 1.5) <= 1
    assert abs(image.height - action["height"] * 1.5) <= 1
    small = png(get(ds, PNG.format(action["document_id"], action["page"]) + "?scale=0.1"))  # clamped to 0.5
    assert abs(small.width - action["width"] * 0.5) <= 1
    assert abs(small.height - action["height"] * 0.5) <= 1


def test_bbox_highlights_inside_the_box_only(ds, action):
    from PIL import ImageChops

    url = PNG.format(action["document_id"], action["page"])
    plain = png(get(ds, url))
    x0, top, x1, bottom = json.loads(action["bbox"])
    highlighted = png(get(ds, f"{url}?bbox={x0},{top},{x1},{bottom}"))
    assert highlighted.size == plain.size
    diff = ImageChops.difference(plain, highlighted)
    inside = diff.crop((int(x0 * 1.5), int(top * 1.5), int(x1 * 1.5), int(bottom * 1.5)))
    assert inside.getbbox() is not None, "no pixel inside the box changed"
    changed = diff.getbbox()
    pad = 2 * 1.5 + 3  # highlight padding and outline
    assert changed[0] >= x0 * 1.5 - pad and changed[2] <= x1 * 1.5 + pad
    assert changed[1] >= top * 1.5 - pad and changed[3] <= bottom * 1.5 + pad


@pytest.mark.parametrize("bbox", ["1,2,3", "a,b,c,d", "nan,1,2,3"])
def test_malformed_bbox_is_400(ds, action, bbox):
    response = get(ds, PNG.format(action["document_id"], action["page"]) + f"?bbox={bbox}")
    assert response.status_code == 400
    assert "bbox" in response.text


def test_unknown_document_and_pages_out_of_range_are_404(ds, action):
    document = action["document_id"]
    for path in [
        PNG.format("0" * 64, 1),
        PNG.format(document, 0),
        PNG.format(document, action["page_count"] + 1),
        VIEW.format("0" * 64, 1),
        VIEW.format(document, 0),
        VIEW.format(document, action["page_count"] + 1),
    ]:
        response = get(ds, path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("text/plain"), path


@pytest.mark.parametrize(
    "path",
    [
        "/-/agendaparse/page/../../../../etc/passwd",
        "/-/agendaparse/page/%2e%2e%2f%2e%2e%2fetc%2fpasswd/1.png",
        "/-/agendaparse/page/{doc}/..%2f..%2fetc%2fpasswd.png",
        "/-/agendaparse/page/" + "z" * 64 + "/1.png",
        "/-/agendaparse/page/{upper}/1.png",
        "/-/agendaparse/page/{doc}x/1.png",
    ],
)
def test_paths_that_are_not_a_document_id_do_not_match(ds, action, path):
    document = action["document_id"]
    response = get(ds, path.format(doc=document, upper=document.upper()))
    assert response.status_code == 404
    assert not response.headers["content-type"].startswith("image/")


def test_missing_pdf_is_404(tmp_path):
    path = tmp_path / "moved.db"
    db = sqlite_utils.Database(path)
    db["documents"].insert({"id": "ab" * 32, "file": str(tmp_path / "gone.pdf"), "page_count": 2}, pk="id")
    db.close()
    response = get(datasette_app(path), PNG.format("ab" * 32, 1))
    assert response.status_code == 404
    assert "no longer" in response.text


def test_page_view_shows_image_and_text(ds, real_db, action):
    document, page = action["document_id"], action["page"]
    x0, top, x1, bottom = json.loads(action["bbox"])
    response = get(ds, VIEW.format(document, page) + f"?bbox={x0},{top},{x1},{bottom}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert f'src="{PNG.format(document, page)}?bbox={format_bbox(action["bbox"])}"' in html
    line = next(line.strip() for line in action["text"].splitlines() if len(line.strip()) > 20)
    assert str(escape(line)) in html
    assert f'href="/{real_db.stem}/documents/{document}"' in html
    if page < action["page_count"]:
        assert f'href="{VIEW.format(document, page + 1)}"' in html
    if page > 1:
        assert f'href="{VIEW.format(document, page - 1)}"' in html


def test_actions_page_cell_links_to_the_page_view(ds, real_db, action):
    response = get(ds, f"/{real_db.stem}/actions?id={action['id']}")
    assert response.status_code == 200
    link = f'href="{VIEW.format(action["document_id"], action["page"])}?bbox={format_bbox(action["bbox"])}"'
    assert link in response.text


@pytest.mark.parametrize("table", ["tables", "agenda_items", "pages", "action_plan_rows", "mentions"])
def test_other_tables_link_their_pages(ds, real_db, table):
    response = get(ds, f"/{real_db.stem}/{table}?_size=5")
    assert response.status_code == 200
    assert 'class="agendaparse-page"' in response.text


# ---------------------------------------------------------------- tracker: search, feeds, 404s


def test_fts_query_and_marked_snippets():
    from agendaparse.datasette_plugin import _END, _START, fts_query, marked

    assert fts_query("knife crime") == '"knife" "crime"'
    assert fts_query('"knife crime" policy') == '"knife crime" "policy"'
    assert fts_query('AND OR ( "unbalanced') == '"AND" "OR" "(" "unbalanced"'
    assert fts_query("   ") == ""
    assert str(marked(f"a <b> & {_START}word{_END}\x0c")) == "a &lt;b&gt; &amp; <mark>word</mark> "


@pytest.fixture(scope="module")
def phrase(real_db):
    """A phrase found in an action (with a box), an agenda item and page text of the real corpus."""
    db = sqlite_utils.Database(real_db)
    for candidate in ["knife crime", "dog fouling", "potholes", "open data", "crime"]:
        match = f'"{candidate}"'
        counts = [
            db.execute(f"select count(*) from {name}_fts where {name}_fts match ?", [match]).fetchone()[0]
            for name in ("pages", "agenda_items")
        ]
        action = db.execute(
            "select actions.id from actions_fts join actions on actions.rowid = actions_fts.rowid "
            "where actions_fts match ? and actions.bbox is not null limit 1",
            [match],
        ).fetchone()
        if all(counts) and action:
            return candidate
    pytest.fail("no phrase of the real corpus is in actions, agenda items and pages")


def test_search_page_finds_items_pages_and_actions(ds, phrase):
    response = get(ds, "/-/agendaparse/search?" + urlencode({"q": phrase}))
    assert response.status_code == 200
    html = response.text
    for section in ("agenda_items", "pages", "actions"):
        assert f'id="{section}"' in html, section
        assert f"agendaparse-result-{section}" in html
    first, second = phrase.split()[0], phrase.split()[-1]
    assert re.search(rf"<mark>{first}</mark>", html, re.I) and re.search(rf"<mark>{second}\w*</mark>", html, re.I)
    # results link to the page view with the record's box
    assert re.search(r'href="/-/agendaparse/page/[0-9a-f]{64}/\d+\?bbox=[\d.,-]+" class="agendaparse-provenance"', html)


def test_search_without_a_query_and_with_fts_syntax(ds):
    response = get(ds, "/-/agendaparse/search")
    assert response.status_code == 200
    assert 'name="q"' in response.text
    for q in ['"unbalanced', "AND OR NOT (", "*", "council -tax"]:
        response = get(ds, "/-/agendaparse/search?" + urlencode({"q": q}))
        assert response.status_code == 200, q
        assert "search failed" not in response.text, q


def test_search_leaves_out_exempt_items_unless_asked(tmp_path):
    from agendaparse.store import open_db

    path = tmp_path / "exempt.db"
    db = open_db(path)
    doc = "cd" * 32
    db["documents"].insert({"id": doc, "committee": "Cabinet", "meeting_date": "2024-05-01", "page_count": 2})
    db["agenda_items"].insert_all(
        [
            {
                "id": "i1",
                "document_id": doc,
                "number": "5",
                "title": "Zebra crossing budget",
                "is_exempt": 0,
                "page": 1,
            },
            {"id": "i2", "document_id": doc, "number": "9", "title": "Zebra land sale", "is_exempt": 1, "page": 2},
        ]
    )
    db["pages"].insert_all(
        [
            {"id": "p1", "document_id": doc, "number": 1, "text": "Zebra crossing budget agreed", "item": "5"},
            {"id": "p2", "document_id": doc, "number": 2, "text": "Zebra land sale price", "item": "9"},
        ]
    )
    db["actions"].insert_all(
        [
            {"id": "cdcdcdcdcdcd-a0", "document_id": doc, "text": "Officer to paint the zebra", "item": "5", "page": 1},
            {"id": "cdcdcdcdcdcd-a1", "document_id": doc, "text": "Agree the zebra land buyer", "item": "9", "page": 2},
        ]
    )
    db.close()
    app = datasette_app(path)
    public = get(app, "/-/agendaparse/search?q=zebra").text
    assert "crossing" in public and "paint the" in public
    assert "land sale" not in public and "buyer" not in public
    everything = get(app, "/-/agendaparse/search?q=zebra&exempt=1").text
    assert "land sale" in everything and "buyer" in everything and "agendaparse-exempt" in everything


def _due_actions_in_db(real_db, where="", params=()):
    return {
        row[0]: row[1]
        for row in sqlite_utils.Database(real_db).execute(
            "select actions.id, actions.due from actions join documents on documents.id = actions.document_id "
            "left join action_threads on action_threads.action_id = actions.id "
            "where actions.due is not null " + where,
            params,
        )
    }


def test_deadlines_ics_is_valid_icalendar(ds, real_db):
    icalendar = pytest.importorskip("icalendar")
    response = get(ds, "/-/agendaparse/deadlines.ics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    assert all(len(line.encode()) <= 75 for line in response.content.decode().split("\r\n"))
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    due = _due_actions_in_db(real_db)
    assert events and len(events) <= len(due)
    for event in events:
        action_id = str(event["UID"]).split(".")[0]
        assert event.decoded("DTSTART").isoformat() == due[action_id][:10]
        assert str(event["URL"]).startswith("http://localhost/-/agendaparse/page/")
        assert str(event["SUMMARY"])
    # completed actions are left out unless asked for
    complete = _due_actions_in_db(real_db, "and action_threads.status = 'complete'")
    uids = {str(event["UID"]).split(".")[0] for event in events}
    assert not uids & set(complete)
    everything = icalendar.Calendar.from_ical(get(ds, "/-/agendaparse/deadlines.ics?complete=1").content)
    assert len(everything.walk("VEVENT")) >= len(events)


def test_deadlines_ics_filters_by_owner_and_committee(ds, real_db):
    icalendar = pytest.importorskip("icalendar")
    owner, committee = (
        sqlite_utils.Database(real_db)
        .execute(
            "select action_owners.owner, documents.committee from actions "
            "join action_owners on action_owners.action_id = actions.id "
            "join documents on documents.id = actions.document_id "
            "where actions.due is not null and documents.committee is not null "
            "group by 1, 2 order by count(*) desc limit 1"
        )
        .fetchone()
    )
    url = "/-/agendaparse/deadlines.ics?" + urlencode({"owner": owner, "committee": committee, "complete": 1})
    events = icalendar.Calendar.from_ical(get(ds, url).content).walk("VEVENT")
    assert events
    owned = {
        row[0]
        for row in sqlite_utils.Database(real_db).execute(
            "select actions.id from actions left join action_owners on action_owners.action_id = actions.id "
            "where action_owners.owner like '%' || :o || '%' or actions.owners like '%' || :o || '%'",
            {"o": owner},
        )
    }
    for event in events:
        assert str(event["UID"]).split(".")[0] in owned
        assert committee.lower() in str(event["DESCRIPTION"]).lower()
    nobody = get(ds, "/-/agendaparse/deadlines.ics?owner=nobody-is-called-this").content
    assert icalendar.Calendar.from_ical(nobody).walk("VEVENT") == []


def test_actions_atom_is_a_feed_of_the_newest_actions(ds, real_db):
    import xml.etree.ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    response = get(ds, "/-/agendaparse/actions.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{atom}feed"
    assert feed.find(f"{atom}id").text and feed.find(f"{atom}updated").text
    entries = feed.findall(f"{atom}entry")
    assert 0 < len(entries) <= 50
    updated = [entry.find(f"{atom}updated").text for entry in entries]
    assert updated == sorted(updated, reverse=True)
    for entry in entries:
        assert entry.find(f"{atom}id").text.startswith("urn:agendaparse:")
        assert entry.find(f"{atom}title").text
        related = entry.find(f"{atom}link[@rel='related']").get("href")
        assert "/actions/" in related
    committee = feed.find(f"{atom}entry/{atom}category").get("term")
    filtered = ET.fromstring(get(ds, "/-/agendaparse/actions.atom?" + urlencode({"committee": committee})).content)
    terms = [entry.find(f"{atom}category").get("term") for entry in filtered.findall(f"{atom}entry")]
    assert terms and all(committee.lower() in term.lower() for term in terms)


@pytest.mark.parametrize("path", ["/{db}/actions/a/b/c/d", "/nope/x/y/z", "/-/agendaparse/nothing/here"])
def test_unmatched_deep_urls_are_404_not_500(ds, real_db, path):
    response = get(ds, path.format(db=real_db.stem))
    assert response.status_code == 404


def test_action_threads_link_to_the_actions(ds, real_db):
    response = get(ds, f"/{real_db.stem}/action_threads?previous_action_id__notblank=1&_size=3")
    assert response.status_code == 200
    assert re.search(rf'href="/{real_db.stem}/actions/[0-9a-f]{{12}}-a\d+" class="agendaparse-action"', response.text)
