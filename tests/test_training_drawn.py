"""The classifier's second training source, training/drawn.jsonl, and the model trained on both sources.

drawn.jsonl holds sentences drawn from published minutes pages of bodies no other suite cites and no gold file
covers (parish councils, residents' associations, village hall, sports and hobby club committees, a food co-operative,
a community woodland board, Canadian regional districts, US village, town, city, township, county, hospital, school,
drainage and harbor boards, and two governance pages for procedural "will" sentences). The
sentences keep the structure and phrasing of the pages; names, places and numbers are changed. Each record carries
its label (ACTION as training/MODEL_CARD.md defines it: an assigned action, a decision or resolution, a formal
request, proposal or recommendation, a commitment with an owner; procedural business - minutes approved, agenda
adopted, meeting adjourned or taken into closed session - and narrative, debate, noted reports and agenda entries
are OTHER), the page's address (`source`), the body, and the cue tags the classifier reads (`cues`, from
`agendaparse.nlp.cue_tags`).

The held-out fifth of the drawn sentences (by hash of the id, as training/train.py splits) is read here through the
real NLP pass, one sentence a minutes page: an ACTION sentence must come out as an action, an OTHER sentence must
not. Sources (one address per body; the `source` field of each record):

- https://docest.com/doc/566677/minutesameeting-of-highnam-parish-council
- https://long-bennington.parish.lincolnshire.gov.uk/council-business/agenda-2023/18
- https://woodlandglade.co.uk/minutes/listid-2/mailid-133-board-minutes-august-2018
- https://cariboopolitics.blogspot.com/2019/06/ccrhd-board-highlights-june-27th-mtg.html
- https://642632.newalkerhk.tech/events/html/ev5332body.html (Regional District of Nanaimo)
- https://vdocument.in/alberni-clayoquot-regional-district-2017-02-09-alberni-clayoquot-regional-district.html
- https://cmsarchive.civicplus.com/Tarrytown%20NY/TarrytownNY_TrusteesMinutes/2009/S024597C7/default.htm
- https://waynetimes.com/meetings/palmyra-village-meeting-july-19-2021/
- https://weblink.hutchinsonmn.gov/WebLink/DocView.aspx?id=22142&dbid=0&repo=Hutchinson
- https://pdfslide.net/documents/2pledge-of-allegiancecitru-capital-equipment-replacement-and-whether-there-is.html
- https://ncmcla.com/minutes-may-28-2019/?utm_source=rss&utm_medium=rss&utm_campaign=minutes-may-28-2019
- https://grantcoks.org/Archive.aspx?ADID=450
- https://lfportal.washco-md.net/WebLink/DocView.aspx?dbid=0&id=1818&repo=PUB-LF9
- http://boundarycountyid.org/minutes/commissioners-meeting-minutes-week-june-14-2021?page=5
- https://records.georgetown.org/WebLink/DocView.aspx?id=1959&dbid=0&repo=Georgetown
- http://stantontownship.org/minutes/Reguiilar%20Board%20Meeting%203-18-08.htm
- http://www.teanecknj.gov/index.cfm?fuseaction=content.pageDetails&id=4409&typeID=279
- https://weblink.mydelraybeach.com/LFExternal/DocView.aspx?dbid=0&id=25698&repo=DelrayBeach
- http://records.ashland.or.us/WebLink/DocView.aspx?id=84789&dbid=0&repo=CITY-RECORDS
- https://laserfiche.queensbury.net/WebLink/DocView.aspx?id=886&dbid=0&repo=TownOfQueensbury
- http://sunpatriot.com/2013/10/31/92313-reg/ (ISD 108 Central Public Schools)
- http://bettendorf.com/?page=135&q=recent_posts
- https://kipdf.com/trustees-present-chairman-alexander-trustee-house-trustee-reynolds-trustee-check_5b1575b87f8b9a51618b4586.html
- http://69.39.83.225/board_minutes/minutes_050809.html (a food co-operative's board)
- http://www.warrickcounty.gov/Portals/0/surveyor/Minutes/2007%20minutes/db%208-8-07.htm
- http://cranberryisles-me.gov/?q=node/1473/
- https://cornucopiawisconsin.org/harbor-commission-minutes-monday-october-2-2023/
- https://burtongreen.blogspot.com/2019/01/minutes-of-residents-association.html?m=1
- https://sites.google.com/site/stmartinsresidentsassociation/meetings-and-events/smr-committee-meeting-minutes-26th-november-2014
- https://oldbuckenham.blogspot.com/2009/04/village-hall-matters.html
- http://www.claxton-sandhutton.org.uk/about/village-hall/village-hall-agm/village-hall-agm-2011/
- https://kilj.com/hchc-board-of-trustees-meeting-agenda/ (Henry County Health Center agenda)
- https://www.scottishsentencingcouncil.org.uk/about-us/meetings/
- https://healthwatchhavering.co.uk/our-governance
- https://caving.org.nz/pmwiki/pmwiki.php/Committee/2007-11-14-Meeting
- https://docsbay.net/castle-canoe-club-minutes-5-april-2009
- http://marlowcc.org/a-report-from-the-committee/
- https://villageofdennison.org/draft-agenda-for-october-18-2023/
- https://www.mylorbridgebowlingclub.co.uk/points-arising-from-committee-meeting/
- https://www.montgomerycounty.in.gov/egov/apps/document/center.egov?view=item&id=123
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from agendaparse.nlp import cue_tags
from conftest import REAL, ROOT
from minutes_page import actions_on_page, minutes_item, minutes_page, paired_action

TRAINING = ROOT / "training"
MEETING = dt.date(2024, 7, 2)
FIELDS = {"id", "text", "label", "source", "body", "cues"}


def drawn() -> list[dict]:
    return [json.loads(line) for line in (TRAINING / "drawn.jsonl").read_text().splitlines() if line.strip()]


def annotations() -> list[dict]:
    return [json.loads(line) for line in (TRAINING / "annotations.jsonl").read_text().splitlines() if line.strip()]


def held_out(record_id: str) -> bool:
    """training/train.py's rule: a fifth held out by hash of the example id (drawn ids prefixed 'drawn:')."""
    return int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 5 == 0


# --- the data --------------------------------------------------------------------------------------------------------
def test_records_are_well_formed() -> None:
    records = drawn()
    for record in records:
        assert set(record) == FIELDS, record
        assert record["label"] in {"ACTION", "OTHER"}
        assert urlparse(record["source"]).scheme in {"http", "https"}
        assert record["text"] == record["text"].strip() and record["text"]
    assert len({record["id"] for record in records}) == len(records)
    assert len({record["text"] for record in records}) == len(records)


def test_cues_are_what_the_classifier_reads() -> None:
    """A cue pattern changed without retraining would show here (python training/train.py --write-cues)."""
    stale = [record["text"] for record in drawn() if record["cues"] != cue_tags(record["text"])]
    assert not stale


def test_size_and_spread() -> None:
    records = drawn()
    bodies = {record["body"] for record in records}
    assert len(records) >= 600
    assert sum(record["label"] == "ACTION" for record in records) >= 200
    assert len(bodies) >= 25
    assert all(sum(record["body"] == body for record in records) >= 5 for body in bodies)
    # hard negatives: narrative "will/would" and motions' procedure are labelled, not left out
    assert sum(record["label"] == "OTHER" and "cue_will" in record["cues"] for record in records) >= 40
    assert sum(record["label"] == "OTHER" and "cue_motion" in record["cues"] for record in records) >= 20


def test_sources_are_new_to_the_suites_and_to_the_corpus() -> None:
    """No page another suite cites, and no body of ../shared/corpus/real (whose documents the golds cover)."""
    mine = Path(__file__).name
    others = " ".join(path.read_text(errors="ignore") for path in (ROOT / "tests").glob("*.py") if path.name != mine)
    assert not {record["source"] for record in drawn() if record["source"] in others}
    folders = [path for path in REAL.iterdir() if path.is_dir()] if REAL.is_dir() else []
    corpus_bodies = {path.name.replace("-", " ") for path in folders}
    for record in drawn():
        body = record["body"].lower()
        assert not {name for name in corpus_bodies if re.search(rf"\b{re.escape(name)}\b", body)}, record["body"]


def test_metrics_count_both_sources() -> None:
    """metrics.json describes the shipped model: the sources it was trained on, and each source's held-out share."""
    metrics = json.loads((TRAINING / "metrics.json").read_text())
    notes, records = annotations(), drawn()
    counts = {"annotations": (len(notes), sum(n["label"] == "action" for n in notes))}
    counts["drawn"] = (len(records), sum(r["label"] == "ACTION" for r in records))
    assert set(metrics["trained_on"]) <= set(counts)
    assert metrics["examples"] == sum(counts[name][0] for name in metrics["trained_on"])
    assert metrics["positives"] == sum(counts[name][1] for name in metrics["trained_on"])
    sources = metrics["sources"]
    assert sources["annotations"]["examples"] == len(notes)
    assert sources["drawn"]["examples"] == len(records)
    assert sources["drawn"]["held_out"] == sum(held_out("drawn:" + r["id"]) for r in records)
    # the annotations keep the held-out fifth they had before the second source came
    assert sources["annotations"]["held_out"] == sum(held_out(n["id"]) for n in notes)


# --- the held-out fifth through the real NLP pass -------------------------------------------------------------------
# Cases the shipped rules and model get wrong, with why (strict: a fix shows as XPASS).
PROCEDURAL = (
    "a motion on the body's own procedure (the minutes, the agenda or the consent agenda approved, an adjournment, a"
    " closed session) the rules read as a decision: the nlp round 6, 10, 14 and 47 suites hold a named member's motion"
    " to approve the minutes, the agenda or the consent calendar an action, the dev gold holds 'Mayor Kibbey moved to"
    " adjourn the meeting' a borderline decision and corpus/gold/README.md (stops 22 and 25) has the council own its"
    " adjournment and closed session, while drawn.jsonl labels them OTHER: a gold question first (round drawn53 drops"
    " only a paper received, the chair's 'entertain a motion' and a meeting resuming at a time)"
)
OPEN_CASES: dict[str, str] = {
    "350c21304cec": PROCEDURAL,  # MOVED … THAT the agenda be approved as circulated …
    "1efcf13c22e2": PROCEDURAL,  # … made the motion to recess into executive session …
    "0f61959bb669": PROCEDURAL,  # … made a motion to approve the minutes of the Special Meeting.
    "8af51c507913": PROCEDURAL,  # Motion by …, second by … that the consent agenda be approved.
    "eb6e3a75cd9a": PROCEDURAL,  # Motion by …, second by … to adjourn.
    "548fb54920f3": PROCEDURAL,  # Doug made a motion to approve the minutes from the last meeting.
    "a971e5012680": (
        "a passive plan ('Smaller floats will be placed within …') read as a step set for later with nobody named"
    ),
    "838858b64145": (
        "a decided fee rise in the passive future ('Fees will be raised by £5 …') with no owner: the classifier, "
        "trained on the annotations only, scores it under the threshold"
    ),
    "6d95edab3388": "a first-person commitment ('I have been asked to canvass …') the shipped model scores low",
    "81e9b1e03d96": "a bare noun-phrase action in a summary list ('Response to resident regarding …'): no rule cue",
}


def held_out_cases() -> list:
    cases = []
    for record in drawn():
        if not held_out("drawn:" + record["id"]):
            continue
        marks = [pytest.mark.xfail(strict=True, reason=OPEN_CASES[record["id"]])] if record["id"] in OPEN_CASES else []
        cases.append(pytest.param(record["text"], record["label"] == "ACTION", id=record["id"], marks=marks))
    return cases


@pytest.mark.parametrize(("sentence", "is_action"), held_out_cases())
def test_held_out_sentence_read_as_labelled(sentence: str, is_action: bool) -> None:
    found = actions_on_page(minutes_page([sentence]), minutes_item(), MEETING)
    action = paired_action(sentence, found)
    assert (action is not None) == is_action, (sentence, [(a.text, a.provenance.method) for a in found])
