"""Facts 55 suite: the meeting date and body of minutes and agendas drawn after the design half of the blind-labelled
first pages (training/first_pages.jsonl, split "design"; its check half never read).

Strict xfails in tests/test_segment_facts55.py: 0 before, 1 after (every judged case below failed on the code before
this round's rules, as written; one was left xfail, with its reason, and passes since stop 57):
- a heading dating its meeting by weekday, day and month alone ('In the Village Hall on Monday 20th July at 7.30pm',
  'held on Tuesday, 30th June at …', 'Tuesday 10 November' under 'Hillview Tenants Association AGM 2026') is read in
  the one year the page prints whose day falls on that weekday, before a full date lower down ('The minutes of the
  meeting of 18th May 2026 were approved') or a period's end ('the year ending 31st March 2026');
- a web page of agenda and minutes that lists its items by number alone over each title ('No. Item' / '41.' /
  'Minutes of the previous meeting'), and prints no date over them, has no meeting date: a date in the items' text
  ('29 September 2026' under the previous minutes' title, 'Code of Conduct (as amended 26 February 2019)') dates
  another meeting or paper;
- the organisation a heading's meeting is of, named by its kind in three words or more after 'Minute(s) of the' or
  'meeting of the' ('Minute of the Kilrenny Development Trust 11 May 2026', 'a meeting of the Clydeview Partnership
  for Transport to be held', 'A Meeting of the Oakmere Grammar School Full Governing Board'), is the body where none
  other is read, and the committee where none is (a board named after it, its name taken off the board's front); a
  transport partnership is known by 'Partnership for Transport' too;
- a committee read on into the heading's date is cut before it ('Minutes of the Annual Parish Meeting 12th May
  2026', 'Annual General Meeting on Tuesday, 12th May, 2026'), and one that begins in lower case or ends on a word no
  name ends with ('The Annual Meeting of the Parish Council was') is none.
Guards (must not change): a full date heading the page is kept over a year-less weekday lower down ('Next meeting:
Monday 7 September'); a year-less weekday that no printed year fits gives no date; a web page heading its meeting
'Council - Monday, 26th April, 2027 6.30 pm' over its numbered items keeps that date; a letter's items listed '1.
Apologies' on their lines keep the meeting date the letter names under them; 'Meeting of the Historic Preservation
Commission' and 'meeting of the Board of Trustees' give no body; 'Planning Committee – 14 May 2026' keeps its
committee.

Each case is drawn with ``segment_cases.render`` and read once per module by ``document_facts``
(``segment_cases.fields_and_items``); items are not judged. Names, places and dates are made up; the layouts follow
the design half's first pages of English parish and Scottish community councils' minutes, a tenants' association's
AGM minutes, English district councils' web pages of agenda and minutes, a Scottish development trust's minute, a
transport partnership's summons and a grammar school's governing board minutes.
"""

from __future__ import annotations

import pytest

from segment_cases import ANY, Paper, assert_paper_check, of_body, paper_check_params, read_papers_fixture

FIELDS = ("meeting_date", "body", "committee", "doc_type")


def parish_minutes_weekday_no_year() -> Paper:
    """The title, then the hall and 'Monday 20th July' with no year; the last meeting's full date lower down."""
    return Paper(
        rows=[
            "# DRAFT Minutes of the Meeting of Ashwell Green Parish Council",
            "In Ashwell Green Village Hall on Monday 20th July at 7.30pm",
            "Present: Cllr Penrose (Chair), Cllr Doyle (Vice Chair), Cllr Amis, Cllr Barraclough, Cllr Quinn",
            "26/31 Apologies for Absence: None",
            "26/32 Declarations of Interest: None",
            "26/33 Approval of Minutes",
            "The minutes of the Parish Council meeting of 18th May 2026 were approved and signed by the Chair.",
            "26/34 Matters Arising: None",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2026-07-20", "minutes"),
    )


def community_council_held_on_weekday() -> Paper:
    """The minute opens 'held on Tuesday, 30th June at …'; the year is printed only by the treasurer's accounts."""
    return Paper(
        rows=[
            "Minute of meeting held on Tuesday, 30th June at Kilbrannan Hall at 7.30pm",
            "Present: Ewan Laird, Morag Buie, Iain Strang, Kirsty Dow",
            "Apologies: Callum Reid",
            "The Chairman welcomed members of the public and introduced the members of the Community Council.",
            "The Treasurer presented the receipts and payments for the year ending 31st March 2026,",
            "which were agreed.",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2026-06-30", "minutes"),
    )


def tenants_agm_weekday_under_title() -> Paper:
    """'Hillview Tenants Association AGM 2026' over 'Minutes' and 'Tuesday 10 November'."""
    return Paper(
        rows=[
            "# Hillview Tenants Association AGM 2026",
            "## Minutes",
            "Tuesday 10 November",
            "In attendance: Rosa (Chair), Dev (Vice Chair), Nell (Secretary), Abe (Treasurer), Lila, Tom, Bea",
            "1. Chair opened the meeting",
            "2. Approval of last year's minutes",
            "The minutes of last year's AGM were approved.",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2026-11-10", "minutes"),
    )


def web_minutes_previous_meeting_date() -> Paper:
    """A web page of agenda and minutes: venue and contact, 'No. Item', then each item's number alone over its
    title; the previous meeting's date under its item."""
    return Paper(
        rows=[
            "# Agenda and minutes",
            "Venue: Council Chamber, Town Hall, Kestrel Street. View directions",
            "Contact: Democratic Services",
            "Items",
            "No. Item",
            "41/26",
            "Approval of Minutes of Previous Meeting",
            "29 September 2026",
            "Minutes:",
            "It was moved by Councillor Ford, seconded by Councillor Lamb and RESOLVED that the minutes be approved.",
            "42/26",
            "Interests",
            "Minutes:",
            "There were no interests declared.",
        ],
        items=None,
        fields=of_body(ANY, ANY, None, "minutes"),
    )


def web_minutes_code_amended_date() -> Paper:
    """The same kind of page, dated only in its declarations item ('as amended 26 February 2019')."""
    return Paper(
        rows=[
            "# Agenda, decisions and minutes",
            "Venue: Virtual Meeting using video conferencing software.",
            "Contact: Jo Bramley, Case Officer - 01632 960111",
            "Items",
            "No. Item",
            "88.",
            "Apologies for absence",
            "Minutes:",
            "Apologies for absence were received from Councillors Hale and Merritt.",
            "89.",
            "Declarations of Interest",
            "In accordance with the Council's current Code of Conduct (as amended 26 February 2019), members",
            "declared no interests.",
        ],
        items=None,
        fields=of_body(ANY, ANY, None, "minutes"),
    )


def full_date_over_next_meeting_weekday() -> Paper:
    """Guard: the full date heads the page; 'Monday 7 September' lower down is the next meeting's."""
    return Paper(
        rows=[
            "# Minutes of the Meeting of Ashwell Green Parish Council",
            "Held on Monday 18th May 2026 at 7.30pm in the Village Hall",
            "Present: Cllr Penrose (Chair), Cllr Doyle, Cllr Amis",
            "1. Apologies: None",
            "2. The Council will next meet on Monday 7 September at 7.30pm.",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2026-05-18", "minutes"),
    )


def weekday_no_year_fits() -> Paper:
    """Guard: 'Thursday, July 16' where the page prints only 2025 (a Wednesday) and 2027 (a Friday): no date."""
    return Paper(
        rows=[
            "PARISH COUNCIL: Draft Minutes of meeting held on Thursday, July 16 at Brockhurst Village Hall",
            "Present: Chairman Mr Alan Royce, Councillors Mrs Jo Pike, Mr Ken Marsh",
            "Rate relief: it was resolved to support the village shop for the years 2025 to 2027.",
        ],
        items=None,
        fields=of_body(ANY, ANY, None, "minutes"),
    )


def web_agenda_dated_heading() -> Paper:
    """Guard: a web page's heading names its meeting and date over its items listed by number alone."""
    return Paper(
        rows=[
            "# Agenda",
            "## Council - Monday, 26th April, 2027 6.30 pm",
            "Venue: Council Chamber, Southfield House",
            "Items",
            "No. Item",
            "1.",
            "Apologies",
            "2.",
            "Minutes of the meeting held on 22 March 2027",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2027-04-26", "agenda_pack"),
    )


def summons_items_under_date() -> Paper:
    """Guard: a summons names the meeting's date, then lists '1. Apologies' with number and title on one line."""
    return Paper(
        rows=[
            "# MEETING OF THE BRAEMOOR COUNCIL",
            "A meeting of the Braemoor Council will be held in the Council Chamber on",
            "Wednesday 21 October 2026 at 5.00 p.m.",
            "AGENDA",
            "1. Apologies for absence",
            "2. Minute of previous meeting of 23 September 2026",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2026-10-21", "agenda_pack"),
    )


def trust_minute_of_the_trust() -> Paper:
    """A Scottish trust's minute: 'Minute of the X Development Trust <date> – <venue> <time>' as its one heading."""
    return Paper(
        rows=[
            "# Minute of the Kilrenny Development Trust 11 May 2026 – Burgh Hall 7.30 pm",
            "Chaired by Ross Imrie",
            "Present: Ross Imrie (RI), Aileen Tosh (AT), Doug Petrie (DP), Ruth Sime (RS)",
            "1. Welcome from RI.",
            "2. Apologies: Lorna Baird.",
            "3. Notification of Conflicts of Interest: None.",
        ],
        items=None,
        fields=of_body("Kilrenny Development Trust", "Kilrenny Development Trust", "2026-05-11", "minutes"),
    )


def transport_partnership_summons() -> Paper:
    """A summons to all members of a transport partnership, named by its kind the other way round ('Partnership for
    Transport'), calling them to 'a meeting of the …'."""
    return Paper(
        rows=[
            "To all members of the Clydeview Partnership for Transport",
            "Dear Member",
            "I request your attendance at a meeting of the Clydeview Partnership for Transport to be held at",
            "11.00 am on Friday 11 December 2026 in the Lomond Room, 131 Bothwell Street, Glasgow.",
            "Yours sincerely",
            "Fiona Bain",
            "# Agenda",
            "1. Apologies",
            "2. Minutes of previous meeting",
        ],
        items=None,
        fields=of_body("Clydeview Partnership for Transport", ANY, "2026-12-11", ANY),
    )


def school_full_governing_board() -> Paper:
    """'A Meeting of the <school> Full Governing Board' over 'was held in …': the school is the body, its board the
    meeting's committee."""
    return Paper(
        rows=[
            "# A Meeting of the Oakmere Grammar School Full Governing Board",
            "was held in the library at the School on Thursday 3rd December 2026 at 4.30pm.",
            "Mr P Lunt [PL] Chair (FTG); Mrs A Gorse [AG] Headteacher (SG); Dr K Ives [KI] Vice Chair (FTG)",
            "1. Apologies for absence",
            "2. Declarations of interest",
        ],
        items=None,
        fields=of_body("Oakmere Grammar School", "Full Governing Board", "2026-12-03", "minutes"),
    )


def city_commission_meeting_of_the() -> Paper:
    """Guard: a city's commission named 'Meeting of the … Commission' is no body of its own (no kind of body ends
    the name): the body stays unread."""
    return Paper(
        rows=[
            "# Minutes of the Meeting of the Historic Preservation Commission",
            "## March 10, 2026",
            "Commissioners present: Ada Kemp, Roy Tull, Sue Marr.",
        ],
        items=None,
        fields=of_body(None, ANY, "2026-03-10", "minutes"),
    )


def board_of_trustees_of_the_trust() -> Paper:
    """Guard: 'meeting of the Board of Trustees of …' names the board first: the rule takes no 'Board of Trustees of
    the Riverside Community Trust' for a body's name."""
    return Paper(
        rows=[
            "# Minutes of the meeting of the Board of Trustees",
            "held on Monday 9 March 2026 at 6pm",
            "Present: Jan Holt (Chair), Ravi Shah, Nora Quist",
            "1. Apologies",
        ],
        items=None,
        fields=of_body(None, ANY, "2026-03-09", "minutes"),
    )


def annual_parish_meeting_dated_title() -> Paper:
    """'Minutes of the Annual Parish Meeting 12th May 2026' over the meeting's own line: the meeting is the Annual
    Parish Meeting, its date no part of its name."""
    return Paper(
        rows=[
            "# Minutes of the Annual Parish Meeting 12th May 2026",
            "Minutes of the Annual Parish Meeting held in Thornleigh Village Hall at 7.00pm on Tuesday 12th May 2026",
            "Present: Councillors",
            "R Ashdown Chairman",
            "1. Apologies",
        ],
        items=None,
        fields=of_body(ANY, "Annual Parish Meeting", "2026-05-12", "minutes"),
    )


def agm_on_weekday_title() -> Paper:
    """'Minutes of the Annual General Meeting on Tuesday, 12th May, 2026 held in …': the committee read stops before
    the date."""
    return Paper(
        rows=[
            "# Minutes of the Annual General Meeting on Tuesday, 12th May, 2026 held in St Anne's Church, Hollinby at",
            "7.00 p.m.",
            "Parish Councillors Present: Cllr. Mark Dunne Chairman",
            "Cllr. Mrs. Rose Hebden",
            "In Attendance: Mrs. Ann Pym Clerk of the Council",
        ],
        items=None,
        fields=of_body(ANY, "Annual General Meeting", "2026-05-12", "minutes"),
    )


def parish_meeting_sentence_under_title() -> Paper:
    """'The Annual Meeting of the Parish Council was held …' under the council's title: no committee ending 'was'."""
    return Paper(
        rows=[
            "Minutes Annual Parish Council Meeting - May 2026",
            "MINUTES OF THE MEETING OF HOLME STOWE PARISH COUNCIL",
            "The Annual Meeting of the Parish Council was held in the Reading Room on Wednesday 20 May 2026 at 7.30 pm",
            "PRESENT: Cllr T Farrow (In the Chair), Cllr Mrs J Cass, Cllr P Oddie",
            "1. Apologies - None.",
        ],
        items=None,
        fields=of_body(ANY, "Holme Stowe Parish Council", "2026-05-20", "minutes"),
    )


def committee_named_before_date_kept() -> Paper:
    """Guard: 'Planning Committee – 14 May 2026' heads the page: the committee as named."""
    return Paper(
        rows=[
            "# Wendale District Council",
            "## Planning Committee – 14 May 2026",
            "Minutes of the meeting held at the Civic Centre at 6.00 pm",
            "Present: Councillors Ash (Chair), Bell, Crane",
        ],
        items=None,
        fields=of_body("Wendale District Council", "Planning Committee", "2026-05-14", "minutes"),
    )


DOCUMENTS = {
    "parish-minutes-weekday-no-year": parish_minutes_weekday_no_year,
    "community-council-held-on-weekday": community_council_held_on_weekday,
    "tenants-agm-weekday-under-title": tenants_agm_weekday_under_title,
    "web-minutes-previous-meeting-date": web_minutes_previous_meeting_date,
    "web-minutes-code-amended-date": web_minutes_code_amended_date,
    "full-date-over-next-meeting-weekday": full_date_over_next_meeting_weekday,
    "weekday-no-year-fits": weekday_no_year_fits,
    "web-agenda-dated-heading": web_agenda_dated_heading,
    "summons-items-under-date": summons_items_under_date,
    "trust-minute-of-the-trust": trust_minute_of_the_trust,
    "transport-partnership-summons": transport_partnership_summons,
    "school-full-governing-board": school_full_governing_board,
    "city-commission-meeting-of-the": city_commission_meeting_of_the,
    "board-of-trustees-of-the-trust": board_of_trustees_of_the_trust,
    "annual-parish-meeting-dated-title": annual_parish_meeting_dated_title,
    "agm-on-weekday-title": agm_on_weekday_title,
    "parish-meeting-sentence-under-title": parish_meeting_sentence_under_title,
    "committee-named-before-date-kept": committee_named_before_date_kept,
}
# stop 57 (tests/test_segment_facts57.py): the council named whole in the title line is read over the sentence under
# it, so the one xfail left here passes and is judged as written
XFAIL: dict[tuple[str, str], str] = {}


read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "facts55")


@pytest.mark.parametrize(("name", "check"), paper_check_params(DOCUMENTS, FIELDS, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    assert_paper_check(DOCUMENTS[name](), read_papers[name], check)
