"""Stop 35 (whose financial year): a document's jurisdiction, read from its first pages, decides what "the end of the
financial year", "FY26", "2025/26" as an end, a financial half and a bare quarter mean in its action dues
(corpus/gold/README.md, "Stop 35"): the UK's year ends 31 March (and stays the default), Irish and Canadian councils'
31 December, Australian and New Zealand councils' 30 June; a US body's fiscal year varies, so no date unless the
document prints its end ("fiscal year ending September 30, 2026" wins everywhere). Where a document's date forms tie
or are absent, its jurisdiction gives the date order (US month first).

Minutes pages go through the real NLP pass (tests/minutes_page.py), one reading per page for all its cases; the
jurisdiction reader is checked on headings and addresses as the pages print them, with NOT-cues (a UK parish's
"New South Wales" twinning, "Perth" in Scotland, "Victoria Road", "Washington" in Tyne and Wear, an "Ontario Street":
one weak cue must not flip a document); hypothesis properties check that a forward-looking financial-year due never
precedes the meeting and that a UK or no jurisdiction reads exactly as the UK default.

Headings, addresses and sentences keep the structure and phrasing of these public pages; names, places and numbers
are changed (bodies no earlier suite cites):

- https://www.readkong.com/page/unconfirmed-minutes-of-the-ordinary-meeting-of-council-held-9924830 (Shire of
  Yalgoo, WA: "UNCONFIRMED MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBERS, YALGOO ON FRIDAY,
  26 FEBRUARY 2021", "No responsibility whatsoever is implied or accepted by the Shire of Yalgoo ...")
- https://readkong.com/page/odc-minutes-otorohanga-district-council-1480487 and
  https://travelsdocbox.com/amp/125370497-Australia_and_New_Zealand/Otorohanga-district-council-minutes-19-march-am-members-of-the-otorohanga-district-council.html
  (Otorohanga District Council, NZ: "Minutes of an ordinary Meeting of the Otorohanga District Council held in the
  Council Chambers, 17 Maniapoto Street, Otorohanga on Tuesday 16 April 2019", "DECLARATION BY MEMBERS PURSUANT TO
  SCHEDULE 7 CLAUSE 14 OF THE LOCAL GOVERNMENT ACT 2002")
- https://lawsdocbox.com/amp/127587449-US_Government_Resources/Miontuairisci-meeting-minutes.html (Laois County
  Council: "MINUTES OF THE APRIL MEETING OF LAOIS COUNTY COUNCIL HELD IN ARAS AN CHONTAE, PORTLAOISE")
- https://www.wilmot.ca/township-office/council/direction-action-tracker (Township of Wilmot, Ontario: "Staff to
  conduct a staffing analysis ... and provide a report to Council", "Anticipated Date for Further Council
  Discussion: Q4 2025") and https://www.gilliestownship.com/en/news/council-news-august-2021.aspx (the Reeve)
- https://ircdocs.indian-river.org/WebLink/DocView.aspx?dbid=0&id=217038&repo=CBCC (Indian River County, Florida:
  "BOARD OF COUNTY COMMISSIONERS ... REGULAR MEETING MINUTES TUESDAY, SEPTEMBER 9, 2014", "Vero Beach, Florida,
  32960-3388", "PLEDGE OF ALLEGIANCE")
- https://www.yumpu.com/en/document/view/29381769/22-march-2011-pdf-28-kb-waitomo-district-council (Waitomo District
  Council: "MINUTES OF THE WAITOMO DISTRICT COUNCIL HELD IN THE COUNCIL CHAMBERS, QUEEN STREET, TE KUITI")
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.jurisdiction import Jurisdiction, document_jurisdiction, document_month_first
from agendaparse.models import Action
from agendaparse.nlp.dues import resolve_due
from minutes_page import actions_on_page, minutes_item, minutes_page, paired_action

AU_HEADING = [
    "SHIRE OF WARRADARGE",
    "UNCONFIRMED MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBERS, WARRADARGE ON FRIDAY,",
    "27 FEBRUARY 2026 COMMENCING 10.00 AM",
    "PO Box 19, Warradarge WA 6635",
]
NZ_HEADING = [
    "Tokanui District Council",
    "Minutes of an ordinary Meeting of the Tokanui District Council held in the Council Chambers,",
    "21 Rangiatea Street, Tokanui on Tuesday 21 October 2025 commencing at 10.00am.",
    "DECLARATION BY MEMBERS PURSUANT TO SCHEDULE 7 CLAUSE 14 OF THE LOCAL GOVERNMENT ACT 2002",
    "His Worship the Mayor declared the meeting open.",
]
IE_HEADING = [
    "COMHAIRLE CHONTAE CHILL MHANTÁIN",
    "MINUTES OF THE OCTOBER MEETING OF CLONARD COUNTY COUNCIL HELD IN ARAS AN CHONTAE, CLONARD, ON 6 OCTOBER 2025",
    "The Cathaoirleach, Cllr P. Doran, presided.",
]
CA_HEADING = [
    "The Corporation of the Township of Ashdale",
    "Council Meeting Minutes, May 26, 2025",
    "Council Chambers, 48 Mill Road West, Ashdale, Ontario N0B 2K0",
    "Reeve M. Halloran called the meeting to order at 6:04 p.m.",
]
US_HEADING = [
    "BOARD OF COUNTY COMMISSIONERS",
    "HERON RIVER COUNTY, FLORIDA",
    "REGULAR MEETING MINUTES TUESDAY, SEPTEMBER 9, 2025",
    "County Administration Complex, 1650 Palm Avenue, Coral Point, FL 32961",
    "PLEDGE OF ALLEGIANCE",
]
US_STATED_HEADING = [
    *US_HEADING,
    "The Budget Director presented the tentative budget for the fiscal year ending September 30, 2026.",
]
UK_HEADING = [
    "ASHBY MAGNA PARISH COUNCIL",
    "Minutes of the meeting held on Tuesday 11 November 2025 at the Village Hall, Ashby Magna, LE17 5NJ",
    "The Chairman reported on the twinning visit from Bellbrook, New South Wales.",
]

MEETINGS = {
    "AU": dt.date(2026, 2, 27),
    "NZ": dt.date(2025, 10, 21),
    "IE": dt.date(2025, 10, 6),
    "CA": dt.date(2025, 5, 26),
    "US": dt.date(2025, 9, 9),
    "US stated": dt.date(2025, 9, 9),
    "UK": dt.date(2025, 11, 11),
}

# (page, sentence, due): each page read once with all its sentences.
CASES: list[tuple[str, str, dt.date | None]] = [
    (
        "AU",
        "The Chief Executive Officer to present the revised fees and charges by the end of the financial year.",
        dt.date(2026, 6, 30),
    ),
    ("AU", "The Works Manager to complete the grading of Paynes Find Road by end of Q4.", dt.date(2026, 6, 30)),
    ("AU", "The Deputy CEO to finalise the asset revaluation by 2025/26.", dt.date(2026, 6, 30)),
    ("AU", "The Deputy CEO to report on the caravan park lease by FY27.", dt.date(2027, 6, 30)),
    (
        "NZ",
        "The Chief Executive to report back on the water services review by the end of the financial year.",
        dt.date(2026, 6, 30),
    ),
    ("NZ", "The Roading Manager to complete the footpath renewals by end of Q2.", dt.date(2025, 12, 31)),
    ("NZ", "The Finance Manager to bring the rates review to Council in H2 2025/26.", dt.date(2026, 6, 30)),
    (
        "IE",
        "The Head of Finance to report on the rates collection by the end of the financial year.",
        dt.date(2025, 12, 31),
    ),
    ("IE", "The Director of Services to circulate the housing figures by end of Q4.", dt.date(2025, 12, 31)),
    (
        "CA",
        "The Treasurer to bring back the reserve fund policy by the end of the financial year.",
        dt.date(2025, 12, 31),
    ),
    ("CA", "Staff to conduct a staffing analysis and provide a report to Council by end of Q3.", dt.date(2025, 9, 30)),
    (
        "US",
        "The County Administrator to bring back the fleet replacement schedule by the end of the financial year.",
        None,
    ),
    ("US", "Staff to report on the impact fee study by end of Q2.", None),
    (
        "US stated",
        "The County Administrator to bring back the fleet replacement schedule by the end of the financial year.",
        dt.date(2025, 9, 30),  # the fiscal year the meeting falls in ends 30 September 2025
    ),
    (
        "US stated",
        "The Budget Director to present the capital plan by the end of the fiscal year.",
        dt.date(2025, 9, 30),
    ),
    (
        "UK",
        "The Clerk to write to the twinning association in Bellbrook before the end of the financial year.",
        dt.date(2026, 3, 31),
    ),
    ("UK", "The Clerk to obtain quotes for the bus shelter by end of Q4.", dt.date(2026, 3, 31)),
]

HEADINGS = {
    "AU": AU_HEADING,
    "NZ": NZ_HEADING,
    "IE": IE_HEADING,
    "CA": CA_HEADING,
    "US": US_HEADING,
    "US stated": US_STATED_HEADING,
    "UK": UK_HEADING,
}


@cache
def page_actions(page: str) -> tuple[Action, ...]:
    """The actions of one generated page: its heading, then every case sentence of that page."""
    sentences = [sentence for key, sentence, _ in CASES if key == page]
    layout = minutes_page([*HEADINGS[page], *sentences])
    return tuple(actions_on_page(layout, minutes_item(), MEETINGS[page]))


@pytest.mark.parametrize(("page", "sentence", "due"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_financial_year_due_follows_the_jurisdiction(page: str, sentence: str, due: dt.date | None) -> None:
    action = paired_action(sentence, list(page_actions(page)))
    assert action is not None, [a.text for a in page_actions(page)]
    assert action.due == due, (action.due, action.due_text)
    assert action.due_text, "the deadline's words are kept"


JURISDICTION_CASES = [
    ("\n".join(AU_HEADING), "AU"),
    ("\n".join(NZ_HEADING), "NZ"),
    ("\n".join(IE_HEADING), "IE"),
    ("\n".join(CA_HEADING), "CA"),
    ("\n".join(US_HEADING), "US"),
    ("\n".join(UK_HEADING), "UK"),
    (
        "MINUTES OF THE WAITOMO DISTRICT COUNCIL HELD IN THE COUNCIL CHAMBERS, QUEEN STREET, TE KUITI\n+64 7 878 0800",
        "NZ",
    ),
    # NOT-cues: one weak place name does not flip a document
    ("Minutes of the Finance Committee held at Victoria Road, Kirkby on 4 March 2026", None),
    ("Minutes of the Development Committee held at the Perth Road Hall on 4 March 2026", None),
    ("Minutes of the meeting held at Washington Old Hall, Washington, Tyne and Wear on 4 March 2026", None),
    ("Minutes of the Traders' Forum held at 12 Ontario Street on 4 March 2026", None),
    ("The Chairman reported on the twinning visit from Bellbrook, New South Wales.", None),
    ("The Mayor thanked the Councilors for their work on the flower show.", None),  # a spelling alone flips nothing
    ("Present: Mayor R Kibble, Council President A Nyland and Councilors C Bahr and B Ruble.", "US"),
    ("May is Awareness Month in Canada; the Society of Manitoba raised the flag at City Hall.", "CA"),
    ("Minutes of the Town Council held at Perth Road, Crieff PH7 3EQ. Twinned with Orange, New South Wales.", "UK"),
]


@pytest.mark.parametrize(("text", "country"), JURISDICTION_CASES)
def test_jurisdiction_of_first_pages(text: str, country: str | None) -> None:
    found = document_jurisdiction(text)
    assert (found.country if found else None) == country, found
    if found:
        assert found.cue


def test_stated_year_end_wins_and_records_its_cue() -> None:
    found = document_jurisdiction("\n".join(AU_HEADING), "Annual report for the financial year ended 31 December 2025")
    assert found is not None and found.country == "AU"
    assert found.financial_year_end == (12, 31) and "stated" in found.cue
    alone = document_jurisdiction("Minutes", "the fiscal year ends September 30")
    assert alone == Jurisdiction(None, (9, 30), None, "stated financial year end")


@pytest.mark.parametrize(
    ("text", "month_first"),
    [
        ("\n".join(US_HEADING[:2]), True),  # no date forms: a US body's order, month first
        ("\n".join(CA_HEADING[:1]), False),  # Canada as counted: none, day first
        ("\n".join(AU_HEADING[:1]), False),
        ("\n".join([*US_HEADING[:2], "Minutes of 14 March 2026; approved 28 March 2026"]), False),  # counted wins
    ],
)
def test_month_first_from_jurisdiction_when_date_forms_tie(text: str, month_first: bool) -> None:
    assert document_month_first(text, document_jurisdiction(text)) is month_first


UK = Jurisdiction("UK", (3, 31), False, "postcode")
DUE_PHRASES = [
    "Clerk to report by the end of the financial year.",
    "Clerk to report by the end of this financial year.",
    "Clerk to report by end of Q1.",
    "Clerk to report by end of Q2.",
    "Clerk to report by end of Q3.",
    "Clerk to report by end of Q4.",
    "Clerk to report by FY27.",
    "Clerk to report in H2 2026/27.",
    "Clerk to report by 2026/27.",
]
JURISDICTIONS = [
    None,
    UK,
    Jurisdiction("AU", (6, 30), False, "Shire of"),
    Jurisdiction("IE", (12, 31), False, "Comhairle"),
    Jurisdiction("US", None, True, "state and ZIP code"),
]
MEETING_DAYS = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2026, 12, 31))


@given(meeting=MEETING_DAYS, phrase=st.sampled_from(DUE_PHRASES[:6]), jurisdiction=st.sampled_from(JURISDICTIONS))
def test_forward_financial_due_never_precedes_the_meeting(
    meeting: dt.date, phrase: str, jurisdiction: Jurisdiction | None
) -> None:
    due, due_text, _ = resolve_due(phrase, meeting, None, jurisdiction=jurisdiction)
    assert due_text
    assert due is None or due >= meeting


@given(meeting=MEETING_DAYS, phrase=st.sampled_from(DUE_PHRASES))
def test_uk_or_no_jurisdiction_reads_as_the_uk_default(meeting: dt.date, phrase: str) -> None:
    assert resolve_due(phrase, meeting, None, jurisdiction=UK) == resolve_due(phrase, meeting, None)
