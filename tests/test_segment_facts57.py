"""Facts 57 suite: the committee, body and meeting date of minutes and agendas drawn after the design half of the
blind-labelled headings and first pages (training/headings_check.jsonl and first_pages.jsonl, split "design"; their
check halves never read).

Each rule's cases failed on the code before this stop on the field the rule reads (42 checks; the cases' other fields
and the guards passed before and must stay so):
- 'Minutes of a meeting of the above Committee held …' under 'HARBOUR COMMITTEE 14 OCTOBER 2026' (and the council's
  name over both) names the committee on the nearest line above of the kind it refers to, not 'above Committee' (which
  was no name, so none was read) nor the council's name at the top;
- 'MINUTES OF THE MEETING OF X PARISH COUNCIL' over 'The Annual Meeting of the Parish Council was held …': the title's
  council is the committee, the sentence under it opening anew (it was read on into the sentence, then dropped);
- 'Minutes of the inaugural meeting of X Community Council held on …': 'inaugural' says which meeting, as an ordinal
  does, and is no part of the name;
- 'MEETING OF THE BOARD OF THE X AGENCY' under 'XA Board Meeting minutes': the organisation is the body and its
  'Board' the committee (the initials were read as the body, 'Board of the X Agency' as the committee);
- a letter's date alone over 'Dear Councillor,' is when the summons was written: the meeting is dated by the 'will be
  held … on <date>' under it;
- a 'Date & Time: Monday 19 April 2027 9.00 am' field is the meeting's (it was skipped as a paper's own 'Date:');
- '**Meeting moved from Tuesday 22 June 2027**, Cabinet - Tuesday 6 July 2027': the date it no longer meets on is
  not its date;
- 'MEETING OF THE DISTRICT OF X HELD IN …': the verb after the place is no part of the body's name;
- a committee read from a heading line: 'COUNCIL MEETING HELD ON THURSDAY, 17 DECEMBER 2026' (the 'held' taken off
  with the date), 'OCTOBER, 2026 PLANNING COMMISSION MINUTES' and 'Agenda - November 2026 County Council Meeting' (the
  month before the name), a web page's 'Executive - Tuesday, 8th September, 2026 10.00 am'; 'Council Meetings'
  heading a web page's list of meetings names no committee;
- a US special district named whole on a heading line, its words joined by 'and' or numbered ('X Soil and Water
  Conservation District', 'X Parish Hospital Service District No. 3'), is the body;
- 'Minutes of proceedings of a X COMMITTEE MEETING of the Council held': the council's committee; 'Briefing report
  from the Board of Trustees meeting on <date>', 'Summary of the June 2026 Board of Directors Meeting': the board whose
  meeting the paper reports (so its date is kept as the meeting's);
- a year with a web page's next word glued to it ('9th March 2026Print This Post') still dates the meeting; a
  Canadian regional district or school division named before 'Board Minutes' or 'Minutes' is the body;
- an organisation a title names after 'in' or 'at' ('… Meeting Held on … in Ashby Old School') is the venue, not the
  body; a web page's title 'Welcome to X Council | X Council' names the council in the cell after ' | '; 'Minutes of
  the X Community Trust Board held': the trust, without the paper's kind read into its name;
- '74th MEETING OF THE X COMMISSION': the commission, which meeting it was taken off; 'SELECTMEN'S MEETING': the
  Board of Selectmen;
- a summons addressed 'To: The Cathaoirleach (Mayor, Chairman …) and Members of X County Council' is an agenda (the
  'To:' read as a report's label before), and 'to attend the March Monthly Meeting of X County Council, to be held'
  names its meeting (a month before the kind, a comma before 'to be held');
- a Scottish community council named 'The Royal Burgh of X and District Community Council' or by three places
  ('CRATHIE, DRUMLEA & DURNO COMMUNITY COUNCIL') is read whole;
- a Scottish council's summons on a department's letterhead: 'TO: Provost X; Deputy Provost Y; and Councillors …'
  is a summons's addressee (an agenda, so the 'will be held … on <date>' dates it), and the heading line 'MEETING OF
  X COUNCIL' names the body before the department over the letter;
- minutes whose title's date ('Minutes 3rd November 2026') differs from the line under it saying when the meeting
  was held ('Held at the School on Tuesday, 17th November 2026'): the held line dates the meeting;
- the minutes' opening sentence 'The Board of Supervisors of the X District held its monthly meeting on …' names the
  committee (and the district, the body), and 'The regular monthly meeting of the Board of Directors was held' too
  (two kinds of meeting before 'meeting of').
Guards: a summons to 'the Monthly Meeting of the X City and Y District Council' whose council is printed without its
first word over it stays the council's own meeting ('District Council'); a letter whose only date is its own keeps it;
a committee printed whole in the 'Minutes of the X held' line keeps it; 'Board of the Trust' gives no body; a
summons's heading date stands over the letter's 'Date:' among its labels; a briefing note 'To: The Chair and
Members of the Audit Committee' with its 'Subject:' stays a report; 'From: Executive Director of Finance' is a post;
'Minutes of the Special Meeting of the Council' stays the council's; 'Report of the Director of Finance' over
'Cabinet 3 March 2026' goes to the cabinet; 'Present: Cllrs Smith, Jones and Brown' is read into no council's name;
a department's own minutes keep it as body; a title date and a 'Held … on' line that agree keep it.

Each case is drawn with ``segment_cases.render`` and read once per module by ``document_facts``
(``segment_cases.fields_and_items``); items are not judged. Names, places and dates are made up; the layouts follow
the design halves' first pages of a Northern Irish borough council's committee minutes, English parish and Scottish
community councils' minutes, a Northern Irish public body's board minutes, US conservation districts' and a care
home's board minutes, Northern Irish, Irish and Scottish councils' summonses, an English district council's cabinet
agenda and ModernGov and CMIS web pages, Canadian regional district and school division minutes, a New England town's
selectmen's minutes, a hospice's briefing and an Irish municipal district's minutes.
"""

from __future__ import annotations

import pytest

from segment_cases import ANY, Paper, assert_paper_check, of_body, own_meeting, paper_check_params, read_papers_fixture

FIELDS = ("meeting_date", "body", "committee", "doc_type")


def committee_of_the_above() -> Paper:
    """The council's short name, the committee's name and date, then 'a meeting of the above Committee held'."""
    return Paper(
        rows=[
            "# BOROUGH COUNCIL",
            "## HARBOUR AND MARINA COMMITTEE 14 OCTOBER 2026",
            "Minutes of a meeting of the above Committee held in the Council Chamber, Council Offices, 4 Quay Street,",
            "Portavel at 7.00 pm on the above date.",
            "PRESENT:",
            "Aldermen P Quigg (Chair), R Delaney. Councillors A Frew, T Hoey, M Kerr",
            "IN ATTENDANCE:",
            "Director of Development and the Committee Clerk.",
        ],
        items=None,
        fields=of_body(ANY, "Harbour and Marina Committee", "2026-10-14", "minutes"),
    )


def council_of_the_above() -> Paper:
    """The same layout for the council's own monthly meeting: 'MONTHLY COUNCIL MEETING 1 SEPTEMBER 2026'."""
    return Paper(
        rows=[
            "# BOROUGH COUNCIL",
            "## MONTHLY COUNCIL MEETING 1 SEPTEMBER 2026",
            "Minutes of a meeting of the above Council held in the Council Offices, 4 Quay Street, Portavel at",
            "7.30 pm on the above date.",
            "PRESENT: In the Chair: Councillor Devlin.",
        ],
        items=None,
        fields=of_body(ANY, "Council", "2026-09-01", "minutes"),
    )


def parish_title_over_sentence() -> Paper:
    """The parish council named whole in the title; 'The Annual Meeting of the Parish Council was held' under it."""
    return Paper(
        rows=[
            "Minutes Annual Parish Council Meeting - May 2026",
            "MINUTES OF THE MEETING OF EAST FARNDLE PARISH COUNCIL",
            "The Annual Meeting of the Parish Council was held in the Old Forge on Wednesday 20 May 2026 at 7.45 pm",
            "PRESENT: Cllr Vice-Chairman Cllr B Ormsby (In the Chair), Cllr Mrs K Lund",
            "1. Apologies - None.",
        ],
        items=None,
        fields=own_meeting("East Farndle Parish Council", "2026-05-20"),
    )


def inaugural_meeting_of() -> Paper:
    """'Minutes of the inaugural meeting of X Community Council held on Tuesday' wrapping to its date."""
    return Paper(
        rows=[
            "September 29th 2026 Minutes",
            "Minutes of the inaugural meeting of Strathlarig Community Council held on Tuesday",
            "29th September 2026 at 6.30pm in Strathlarig Town Hall.",
            "Present: Ailsa Munro, Fraser Bain, Isla Geddes",
        ],
        items=None,
        fields=own_meeting("Strathlarig Community Council", "2026-09-29"),
    )


def board_of_the_agency() -> Paper:
    """A public body's board minutes: its initials over 'MINUTES OF THE 88th MEETING OF THE BOARD OF THE …'."""
    return Paper(
        rows=[
            "# WCSA Board Meeting minutes - March 2026",
            "MINUTES OF THE 88th MEETING OF THE BOARD OF THE WESTERN COASTAL SAFETY AGENCY HELD ON THURSDAY 26",
            "MARCH 2026 AT 10:00 VIA VIDEOCONFERENCE",
            "Present:",
            "Board Members:",
            "Mr P Garvey – Chair",
            "Mrs L Tully – Deputy Chair",
        ],
        items=None,
        fields=of_body("Western Coastal Safety Agency", "Board", "2026-03-26", "minutes"),
    )


def summons_letter_date_over_salutation() -> Paper:
    """A county council's summons: the letter's date, 'Dear Councillor,', then the meeting and its date."""
    return Paper(
        rows=[
            "# KILDARRAGH COUNTY COUNCIL",
            "Phone: 01 555 0100 County Hall, Kildarragh.",
            "4th November 2026",
            "To each Member of Kildarragh County Council:",
            "Dear Councillor,",
            "A meeting of the County Council will be held in the Council Chamber, County Hall, at 2.00 p.m. on",
            "Monday 9th November 2026.",
            "AGENDA",
            "1. Confirmation of Minutes",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2026-11-09", "agenda_pack"),
    )


def date_and_time_field() -> Paper:
    """A cabinet agenda's members, then 'Date & Time:' and 'Place:'; a closing date for questions lower down."""
    return Paper(
        rows=[
            "# Cabinet Agenda",
            "Members of the Cabinet:",
            "Cllr R Amery (Chairman) Leader",
            "Cllr P Lowden (Vice Chairman) Finance",
            "Date & Time: Monday 19 April 2027 9.00 am",
            "Place: Council Chamber, Southmere House, Longwick",
            "Contact: Jo Pryor tel 01632 960222",
            "If you would like to speak on an item, please tell us no later than 5.00pm on Thursday 15 April 2027.",
        ],
        items=None,
        fields=of_body(ANY, "Cabinet", "2027-04-19", "agenda_pack"),
    )


def meeting_moved_from() -> Paper:
    """A ModernGov page: '**Meeting moved from Tuesday 22 June 2027**, Cabinet - Tuesday 6 July 2027 6.00 pm'."""
    return Paper(
        rows=[
            "# Agenda and decisions",
            "**Meeting moved from Tuesday 22 June 2027**, Cabinet - Tuesday 6 July 2027 6.00 pm",
            "Venue: Conference Room, Brackley Hub, Mill Lane",
            "Contact: Sam Oduya: Democratic Services Officer",
            "Items",
            "No. Item",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2027-07-06", "agenda_pack"),
    )


def district_of_place_held() -> Paper:
    """An Irish municipal district's minutes: 'MEETING OF THE DISTRICT OF X HELD IN THE COUNCIL CHAMBER'."""
    return Paper(
        rows=[
            "MINUTES OF PROCEEDINGS AT MEETING OF THE METROPOLITAN DISTRICT OF BALLYCORRIN HELD IN THE COUNCIL",
            "CHAMBER, BALLYCORRIN, ON MONDAY, 21ST SEPTEMBER, 2026 at 09:45 A.M.",
            "PRESENT IN THE CHAIR: Councillor Una Tierney, Cathaoirleach",
        ],
        items=None,
        fields=of_body("District of Ballycorrin", ANY, "2026-09-21", "minutes"),
    )


def board_held_its_meeting() -> Paper:
    """A conservation district's minutes opening 'The Board of Supervisors of the X District held its monthly
    meeting on …'."""
    return Paper(
        rows=[
            "The Board of Supervisors of the Kestrel Valley Soil and Water Conservation District held its monthly",
            "meeting on Tuesday, August 18, 2026 in the Farm Service Center.",
            "Members present: Chair Lund, Supervisors Aho, Berg and Moe.",
            "Chair Lund called the meeting to order at 9:00 a.m.",
        ],
        items=None,
        fields=of_body("Kestrel Valley Soil and Water Conservation District", "Board of Supervisors", ANY, "minutes"),
    )


def commission_held_its_meeting() -> Paper:
    """'Minutes' over 'The Planning Commission held its regular meeting on …'."""
    return Paper(
        rows=[
            "# Minutes",
            "The Planning Commission held its regular meeting on March 3, 2026 at City Hall, 20 Elm Street.",
            "Commissioners present: Ruiz, Okafor, Lindqvist.",
        ],
        items=None,
        fields=of_body(ANY, "Planning Commission", "2026-03-03", "minutes"),
    )


def regular_monthly_meeting_of_board() -> Paper:
    """A care home's summary: 'The regular monthly meeting of the Board of Directors was held on 23 June 2026.'"""
    return Paper(
        rows=[
            "# Summary of the June 2026 Board of Directors Meeting",
            "REPORT FROM THE BOARD",
            "The regular monthly meeting of the Board of Directors was held on 23 June 2026.",
            "The Board approved the annual budget and welcomed two new members.",
        ],
        items=None,
        fields=of_body(ANY, "Board of Directors", ANY, ANY),
    )


def monthly_meeting_of_council_summons() -> Paper:
    """Guard: a summons to 'the Monthly Meeting of the X City and Y District Council', the council's name printed
    without its first word over it: the council's own meeting, its kind."""
    return Paper(
        rows=[
            "# Meeting Pack",
            "City and Foyleside District Council",
            "Dear Member of Carrowmena City and Foyleside District Council",
            "You are hereby summoned to attend the Monthly Meeting of the Carrowmena City and Foyleside District",
            "Council to be held in the Guildhall, Carrowmena, on Thursday 22 February 2024 at 4.00pm.",
            "Yours faithfully",
            "AGENDA",
        ],
        items=None,
        fields=of_body(ANY, "District Council", "2024-02-22", "agenda_pack"),
    )


def council_meeting_held_on_heading() -> Paper:
    """A borough council's minutes headed 'COUNCIL MEETING HELD ON THURSDAY, 17 DECEMBER 2026' over 'Present:'."""
    return Paper(
        rows=[
            "# COUNCIL MEETING HELD ON THURSDAY, 17 DECEMBER 2026",
            "Present: Councillors Abney, Mrs Brandt, Corby, Mrs Dacre, Ellery, Fane (Mayor)",
            "In Attendance: Reverend Jo Harker, Mayor's Chaplain",
            "1 APOLOGIES",
        ],
        items=None,
        fields=of_body(ANY, "Council", "2026-12-17", "minutes"),
    )


def web_page_executive_dated() -> Paper:
    """A ModernGov page: 'Executive - Tuesday, 8th September, 2026 10.00 am' over its venue and contact."""
    return Paper(
        rows=[
            "# Agenda and minutes",
            "Executive - Tuesday, 8th September, 2026 10.00 am",
            "Venue: Council Chamber, Marsh House, Quayford. View directions",
            "Contact: Dee Holm Email: dee.holm@example.org",
            "No. Item",
        ],
        items=None,
        fields=of_body(ANY, "Executive", "2026-09-08", ANY),
    )


def month_before_commission_name() -> Paper:
    """A US city's minutes headed 'OCTOBER, 2026 PLANNING COMMISSION MINUTES' over the meeting's date."""
    return Paper(
        rows=[
            "# OCTOBER, 2026 PLANNING COMMISSION MINUTES",
            "OCTOBER 27, 2026",
            "Chair Ames called the meeting to order at 7:00 p.m.",
        ],
        items=None,
        fields=of_body(ANY, "Planning Commission", "2026-10-27", "minutes"),
    )


def month_before_council_meeting_agenda() -> Paper:
    """An Irish council's web agenda: 'Agenda - November 2026 County Council Meeting', its date in a field."""
    return Paper(
        rows=[
            "# Council Meetings",
            "Agenda - November 2026 County Council Meeting",
            "Back to Meetings",
            "Date:",
            "09/11/2026 15:30",
            "Location:",
            "Council Chamber",
        ],
        items=None,
        fields=of_body(ANY, "County Council", ANY, ANY),
    )


def executive_under_date_guard() -> Paper:
    """Guard: 'Executive Director of Finance' in a report's labels is a post, no committee."""
    return Paper(
        rows=[
            "# Report to the Audit Committee - Tuesday, 8th September, 2026",
            "From: Executive Director of Finance",
            "Subject: Treasury management",
        ],
        items=None,
        fields=of_body(ANY, "Audit Committee", ANY, ANY),
    )


def hospital_service_district_under_board() -> Paper:
    """A US hospital district's minutes: 'MINUTES', the board, then 'X PARISH HOSPITAL SERVICE DISTRICT NO. 3'."""
    return Paper(
        rows=[
            "September 16, 2026",
            "# MINUTES",
            "BOARD OF HOSPITAL COMMISSIONERS",
            "BELLERIVE PARISH HOSPITAL SERVICE DISTRICT NO. 3",
            "PINEVILLE, LA 70499",
            "The Board of Hospital Commissioners met in regular session on the above date.",
        ],
        items=None,
        fields=of_body("Bellerive Parish Hospital Service District No. 3", "Board of Hospital Commissioners", ANY, ANY),
    )


def conservation_district_heading() -> Paper:
    """A conservation district named whole (its name joined by 'and') over its board's minutes."""
    return Paper(
        rows=[
            "# Quillan Soil and Water Conservation District",
            "Minutes of the Board of Supervisors",
            "May 12, 2026",
            "Supervisors present: Dahl, Eng, Fors.",
        ],
        items=None,
        fields=of_body("Quillan Soil and Water Conservation District", ANY, "2026-05-12", "minutes"),
    )


def committee_meeting_of_the_council() -> Paper:
    """'Minutes of proceedings of a HARBOUR & MARINA SERVICES COMMITTEE MEETING of the Council held …'."""
    return Paper(
        rows=[
            "# DISTRICT COUNCIL",
            "Minutes of proceedings of a HARBOUR & MARINA SERVICES COMMITTEE MEETING of the Council held in the",
            "Council Chamber on Tuesday 24 November 2026.",
            "Present: P Rooney, Chairman",
            "Councillors: Abbott, Blane, Carron, Dillane",
        ],
        items=None,
        fields=of_body(ANY, "Harbour & Marina Services Committee", "2026-11-24", "minutes"),
    )


def briefing_report_from_board_meeting() -> Paper:
    """A hospice's 'Briefing report from the Board of Trustees meeting on 5th October 2026' (the meeting it reports)."""
    return Paper(
        rows=[
            "# Briefing report from the Board of Trustees meeting on 5th October 2026",
            "The Trustees received the Chief Executive's report on the new day centre.",
            "The Trustees agreed the reserves policy.",
        ],
        items=None,
        fields=of_body(ANY, "Board of Trustees", "2026-10-05", ANY),
    )


def special_meeting_of_the_council_guard() -> Paper:
    """Guard: 'Minutes of the Special Meeting of the Council held on …' stays the council's own meeting."""
    return Paper(
        rows=[
            "# EASTMOOR DISTRICT COUNCIL",
            "Minutes of the Special Meeting of the Council held on Tuesday 24 November 2026.",
            "Present: Councillor Hale (Chair)",
        ],
        items=None,
        fields=of_body("Eastmoor District Council", "Council", "2026-11-24", "minutes"),
    )


def report_of_director_guard() -> Paper:
    """Guard: 'Report of the Director of Finance' over 'Cabinet 3 March 2026' goes to the cabinet: no post named."""
    return Paper(
        rows=[
            "# Report of the Director of Finance",
            "Cabinet 3 March 2026",
            "Subject: Capital programme",
        ],
        items=None,
        fields=of_body(ANY, "Cabinet", ANY, ANY),
    )


def year_glued_to_next_word() -> Paper:
    """A trust's web post: 'Trust Board Meeting, 9th March 2026Print This Post' (the page's link glued to the year)."""
    return Paper(
        rows=[
            "# Trust Board Meeting, 9th March 2026Print This Post",
            "Venue: The Anchor Bar, Kirkhaven",
            "Present: Ian Rowe (IR), Moira Dunn (MD), Kenny Bell (KB)",
            "Apologies: Ross Lyle (RL)",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2026-03-09", "minutes"),
    )


def regional_district_board_minutes() -> Paper:
    """A Canadian regional district's minutes titled 'X Regional District Board Minutes <date>'."""
    return Paper(
        rows=[
            "# Tallow Creek Regional District Board Minutes November 18, 2026",
            "Directors present: Chair Okada, Vice Chair Lind, Directors Grey, Moss",
        ],
        items=None,
        fields=of_body("Tallow Creek Regional District", "Board", "2026-11-18", "minutes"),
    )


def school_division_minutes() -> Paper:
    """A school division named before 'Minutes – <date>' over its board of trustees' opening sentence."""
    return Paper(
        rows=[
            "# Aspen Plains School Division Minutes – November 23, 2026",
            "Minutes of the regular meeting of the Board of Trustees held in the Division Office Board Room on",
            "November 23, 2026, commencing at 7:00 p.m.",
        ],
        items=None,
        fields=of_body("Aspen Plains School Division", "Board of Trustees", "2026-11-23", "minutes"),
    )


def parish_council_meeting_held_in_school() -> Paper:
    """'Minutes of X & Y Parish Council Meeting Held on … in X Old School': the council, not the venue."""
    return Paper(
        rows=[
            "Minutes of Ashby & Coton Parish Council Meeting Held on 10 November 2026 in Ashby Old School",
            "The public and press are invited to attend this meeting",
            "Present: Cllrs. Dora Hale, Chair (DH), Jim Moss (JM)",
        ],
        items=None,
        fields=own_meeting("Ashby & Coton Parish Council", "2026-11-10"),
    )


def web_title_with_site_name() -> Paper:
    """A CMIS page: 'Welcome to North Fenshire Council | North Fenshire Council' over 'Meeting Details'."""
    return Paper(
        rows=[
            "Welcome to North Fenshire Council | North Fenshire Council",
            "Meeting Details",
            "Meeting Summary",
            "Council",
            "26 Mar 2026 - 16:00 to 20:00",
            "Occurred",
        ],
        items=None,
        fields=of_body("North Fenshire Council", ANY, ANY, ANY),
    )


def minutes_of_the_trust_board() -> Paper:
    """'Minutes of the Riverside Community Trust Board held on …': the trust, not 'Minutes of the … Trust'."""
    return Paper(
        rows=[
            "# Minutes of the Riverside Community Trust Board held on 3 March 2026",
            "Present: A Lowe (Chair), B Marsh, C Nairn",
        ],
        items=None,
        fields=of_body("Riverside Community Trust", ANY, "2026-03-03", "minutes"),
    )


def ordinal_meeting_of_the_commission() -> Paper:
    """'74th MEETING OF THE X AND Y COMMISSION' over its date and venue: the commission, without which meeting."""
    return Paper(
        rows=[
            "# 74th MEETING OF THE WESTERN LOUGHS AND HARBOURS COMMISSION",
            "Wednesday 6th May 2026 @ 11am",
            "Harbour Offices, Kilrane",
            "Attendees",
            "Present Ciaran Doyle (Chairman) Joan Hale (Vice Chair)",
        ],
        items=None,
        fields=of_body(ANY, "Western Loughs and Harbours Commission", "2026-05-06", ANY),
    )


def selectmens_meeting() -> Paper:
    """A New England town's 'SELECTMEN'S MEETING' over its date: the Board of Selectmen."""
    return Paper(
        rows=[
            "# SELECTMEN’S MEETING",
            "JULY 13, 2026",
            "Present: Chairman Ames, Selectmen Byrd, Cole",
        ],
        items=None,
        fields=of_body(ANY, "Board of Selectmen", "2026-07-13", ANY),
    )


def summons_to_chair_and_members() -> Paper:
    """An Irish county council's summons: 'To: The Cathaoirleach and Members of X County Council' over the request to
    attend its monthly meeting (the 'To:' line is the summons's addressee, not a report's)."""
    return Paper(
        rows=[
            "25/03/2026 15:00 - Council Chamber",
            "20th March 2026.",
            "To: The Cathaoirleach and Members of Eastmeath County Council",
            "A Cathaoirleach agus Comhaltaí,",
            "I should be obliged if you would arrange to attend the March Monthly Meeting of Eastmeath County",
            "Council, to be held on Monday next, 25th March at 3.00pm in the Council Chamber.",
        ],
        items=None,
        fields=of_body(ANY, ANY, ANY, "agenda_pack"),
    )


def summons_month_monthly_meeting() -> Paper:
    """The same summons with its items: 'attend the March Monthly Meeting of X County Council, to be held …' names
    the meeting, not the last item's 'Minutes of CPG Meeting 18th February 2026'."""
    return Paper(
        rows=[
            "25/03/2026 15:00 - Council Chamber",
            "To: The Cathaoirleach and Members of Eastmeath County Council",
            "I should be obliged if you would arrange to attend the March Monthly Meeting of Eastmeath County",
            "Council, to be held on Monday next, 23rd March 2026 at 3.00pm in the Council Chamber.",
            "1. Minutes",
            "(i) To note the minutes of CPG meeting of Eastmeath County Council held in the Board Room on Wednesday,",
            "18th February 2026",
            "Minutes of CPG Meeting 18th February 2026",
        ],
        items=None,
        fields=of_body("Eastmeath County Council", "County Council", ANY, "agenda_pack"),
    )


def briefing_to_chair_and_members_guard() -> Paper:
    """Guard: 'To: The Chair and Members of the Audit Committee' over 'Subject:' is a briefing note, a report."""
    return Paper(
        rows=[
            "# Briefing note",
            "To: The Chair and Members of the Audit Committee",
            "Subject: Internal audit plan 2026/27",
            "From: Head of Internal Audit",
            "This note sets out the proposed plan for the coming year and the days allotted to each review.",
        ],
        items=None,
        fields=of_body(ANY, ANY, ANY, "report"),
    )


def royal_burgh_community_council() -> Paper:
    """'The Royal Burgh of X and District Community Council' heading its office bearers and minutes."""
    return Paper(
        rows=[
            "DRAFT",
            "# The Royal Burgh of Kelsey and District Community Council",
            "Chairman / Alan Purvis / 12, Mill Crescent, Kelsey",
            "Minutes of the meeting held on Monday 2 March 2026 in the Victoria Halls",
        ],
        items=None,
        fields=own_meeting("Royal Burgh of Kelsey and District Community Council", "2026-03-02"),
    )


def three_place_community_council() -> Paper:
    """'CRATHIE, DRUMLEA & DURNO COMMUNITY COUNCIL' under 'ANNUAL GENERAL MEETING': the three places whole."""
    return Paper(
        rows=[
            "Responding to community needs",
            "# ANNUAL GENERAL MEETING",
            "# CRATHIE, DRUMLEA & DURNO COMMUNITY COUNCIL",
            "Wednesday, 4th November 2026 – 19:30, Drumlea Hall",
            "Minutes",
        ],
        items=None,
        fields=of_body("Crathie, Drumlea & Durno Community Council", ANY, "2026-11-04", ANY),
    )


def councillors_listed_guard() -> Paper:
    """Guard: 'Present: Cllrs Smith, Jones and Brown' over 'Minutes of Ashby Parish Council meeting': no list of
    names is read into the council's."""
    return Paper(
        rows=[
            "Present: Cllrs Smith, Jones and Brown",
            "Minutes of Ashby Parish Council meeting held on 3 March 2026",
        ],
        items=None,
        fields=own_meeting("Ashby Parish Council", "2026-03-03"),
    )


def scottish_summons_under_department() -> Paper:
    """A Scottish council's summons on a department's letterhead: the letter's 'Date:', 'TO: Provost …; Deputy
    Provost …; and Councillors …', then 'MEETING OF X COUNCIL' and the meeting's date."""
    return Paper(
        rows=[
            "# Department of Corporate Services and Partnerships",
            "Director: Lorna Pine",
            "Council Headquarters, Eastmains Park, Kilbride, East Fenshire, G99 6UG",
            "Date: 13 October 2026",
            "When calling please ask for: Brian Tull (Tel: 0141 496 0023)",
            "TO: Provost Monte; Deputy Provost Cairn; and Councillors Aiken, Bane,",
            "Brody, Connel and Watts.",
            "MEETING OF EAST FENSHIRE COUNCIL",
            "A meeting of the East Fenshire Council will be held in the Windsor Suite, Eastmains House, Kilbride on",
            "Wednesday 21 October 2026 at 5.00 p.m.",
            "The agenda of business is as listed below.",
            "Yours faithfully",
            "AGENDA",
        ],
        items=None,
        fields=of_body("East Fenshire Council", "Council", "2026-10-21", "agenda_pack"),
    )


def department_over_council_minutes_guard() -> Paper:
    """Guard: a department's own paper with no 'MEETING OF X COUNCIL' heading keeps the department as its body."""
    return Paper(
        rows=[
            "# Department for Coastal Transport",
            "Minutes of the Ports Board held on 3 March 2026",
            "Present: A Hale (Chair), B Frost",
        ],
        items=None,
        fields=of_body("Department for Coastal Transport", ANY, "2026-03-03", "minutes"),
    )


def held_on_weekday_under_title_date() -> Paper:
    """A parish council's minutes titled 'Minutes 3rd November 2026' over 'Held at the School on Tuesday, 17th
    November 2026, …': the line saying when it was held dates the meeting."""
    return Paper(
        rows=[
            "# Minutes 3rd November 2026",
            "Held at the School on Tuesday, 17th November 2026, starting at 7.30pm.",
            "Present: Hana Dorsey-Chairman, Colm Pratt, Nell Ashby",
            "In Attendance: Sandra Hale-Clerk.",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2026-11-17", "minutes"),
    )


def held_on_same_day_guard() -> Paper:
    """Guard: a title date and a 'Held … on <weekday>' line that agree keep it."""
    return Paper(
        rows=[
            "# Minutes of the Parish Council 3 March 2026",
            "Held at the Hall on Tuesday, 3rd March 2026.",
            "Present: Cllr Amis, Cllr Barr",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2026-03-03", "minutes"),
    )


def letter_dated_alone() -> Paper:
    """Guard: a letter's date over 'Dear Councillor,' is the only date: it stays."""
    return Paper(
        rows=[
            "# KILDARRAGH COUNTY COUNCIL",
            "4th November 2026",
            "Dear Councillor,",
            "Please find enclosed the agenda for the next meeting.",
        ],
        items=None,
        fields=of_body(ANY, ANY, "2026-11-04", "agenda_pack"),
    )


def committee_named_in_minutes_line() -> Paper:
    """Guard: 'Minutes of the Harbour Committee held on' under the council's name keeps the committee it names."""
    return Paper(
        rows=[
            "# PORTAVEL BOROUGH COUNCIL",
            "Minutes of the Harbour Committee held on Tuesday 3 March 2026 in the Council Chamber.",
            "PRESENT: Aldermen P Quigg (Chair), R Delaney",
        ],
        items=None,
        fields=of_body("Portavel Borough Council", "Harbour Committee", "2026-03-03", "minutes"),
    )


def board_of_the_trust() -> Paper:
    """Guard: 'the Board of the Trust' names no organisation: no body is read from it."""
    return Paper(
        rows=[
            "Minutes of the meeting of the Board of the Trust held on 3 March 2026",
            "Present: A Hale (Chair), B Frost, C Moss",
        ],
        items=None,
        fields=of_body(None, ANY, "2026-03-03", "minutes"),
    )


def to_be_held_later_date() -> Paper:
    """Guard: a summons dated by its heading keeps the heading's date over the letter's 'Date:' among its labels."""
    return Paper(
        rows=[
            "# PLANNING COMMITTEE - THURSDAY, 12 FEBRUARY 2026",
            "Date: 3 February 2026",
            "Contact: Democratic Services",
            "Dear Councillor,",
            "You are summoned to attend a meeting of the Planning Committee to be held in the Council Chamber.",
        ],
        items=None,
        fields=of_body(ANY, "Planning Committee", "2026-02-12", "agenda_pack"),
    )


DOCUMENTS = {
    "committee-of-the-above": committee_of_the_above,
    "council-of-the-above": council_of_the_above,
    "parish-title-over-sentence": parish_title_over_sentence,
    "inaugural-meeting-of": inaugural_meeting_of,
    "board-of-the-agency": board_of_the_agency,
    "summons-letter-date-over-salutation": summons_letter_date_over_salutation,
    "date-and-time-field": date_and_time_field,
    "meeting-moved-from": meeting_moved_from,
    "district-of-place-held": district_of_place_held,
    "board-held-its-meeting": board_held_its_meeting,
    "commission-held-its-meeting": commission_held_its_meeting,
    "regular-monthly-meeting-of-board": regular_monthly_meeting_of_board,
    "monthly-meeting-of-council-summons": monthly_meeting_of_council_summons,
    "council-meeting-held-on-heading": council_meeting_held_on_heading,
    "web-page-executive-dated": web_page_executive_dated,
    "month-before-commission-name": month_before_commission_name,
    "month-before-council-meeting-agenda": month_before_council_meeting_agenda,
    "executive-under-date-guard": executive_under_date_guard,
    "hospital-service-district-under-board": hospital_service_district_under_board,
    "conservation-district-heading": conservation_district_heading,
    "committee-meeting-of-the-council": committee_meeting_of_the_council,
    "briefing-report-from-board-meeting": briefing_report_from_board_meeting,
    "special-meeting-of-the-council-guard": special_meeting_of_the_council_guard,
    "report-of-director-guard": report_of_director_guard,
    "year-glued-to-next-word": year_glued_to_next_word,
    "regional-district-board-minutes": regional_district_board_minutes,
    "school-division-minutes": school_division_minutes,
    "parish-council-meeting-held-in-school": parish_council_meeting_held_in_school,
    "web-title-with-site-name": web_title_with_site_name,
    "minutes-of-the-trust-board": minutes_of_the_trust_board,
    "ordinal-meeting-of-the-commission": ordinal_meeting_of_the_commission,
    "selectmens-meeting": selectmens_meeting,
    "summons-to-chair-and-members": summons_to_chair_and_members,
    "summons-month-monthly-meeting": summons_month_monthly_meeting,
    "briefing-to-chair-and-members-guard": briefing_to_chair_and_members_guard,
    "royal-burgh-community-council": royal_burgh_community_council,
    "three-place-community-council": three_place_community_council,
    "councillors-listed-guard": councillors_listed_guard,
    "scottish-summons-under-department": scottish_summons_under_department,
    "department-over-council-minutes-guard": department_over_council_minutes_guard,
    "held-on-weekday-under-title-date": held_on_weekday_under_title_date,
    "held-on-same-day-guard": held_on_same_day_guard,
    "letter-dated-alone": letter_dated_alone,
    "committee-named-in-minutes-line": committee_named_in_minutes_line,
    "board-of-the-trust": board_of_the_trust,
    "to-be-held-later-date": to_be_held_later_date,
}
XFAIL: dict[tuple[str, str], str] = {}


read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "facts57")


@pytest.mark.parametrize(("name", "check"), paper_check_params(DOCUMENTS, FIELDS, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    assert_paper_check(DOCUMENTS[name](), read_papers[name], check)
