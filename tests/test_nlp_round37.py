"""Round 37 (issue #6: whole documents): six complete sets of minutes, each drawn to a multi-page PDF with running
heads, bold headings, attendance blocks and numbered items, read end to end by ``extract_document`` and scored by
``agendaparse.evaluate`` (actions core and all-tier P/R, owner, due; people and organisations P/R) against gold
written by corpus/gold/README.md. Each keeps the structure and sentence shapes of a real body's minutes, with names,
places and figures changed. Sources (bodies not cited by earlier suites):

- http://webarchive.nationalarchives.gov.uk/+/http:/gacs.food.gov.uk/gacsmeets/2014/gacs-meeting-march-2014/gacs-agenda-mar-2014
  (UK government advisory committee: numbered items "Draft minutes of 12th meeting and matters arising", "Science
  report", working group reports, papers referenced by code, "Action: Secretariat")
- https://fotherby.parish.lincolnshire.gov.uk/council-business/minutes-august-2020/1 (parish council: "Present:
  Cllr …", "In attendance: Mrs … (clerk)", "Action: Clerk to chase the report and request an estimate.", "Cllr X
  proposed, Cllr Y seconded", roles list "Cllr X – Finance and Planning")
- http://careersdocbox.com/Nursing/112162459-Enclosure-1-the-shrewsbury-and-telford-hospital-nhs-trust.html (NHS
  trust board: "Present:" name then post in columns, "Meeting Secretary:", minute numbers "13/22 WELCOME", "ACTION:"
  lines with owner initials)
- http://darbylibrary.net/?page_id=1145 (library board of trustees: roman-numeral items, "Forest called meeting to
  order", "Ron moved … Barbara seconded", "Wendy will investigate …", first-name owners)
- https://committees.exeter.gov.uk/ieIssueDetails.aspx?IId=3158&Opt=3&PlanId=0 (city council printed minutes:
  minute numbers "32 APPOINTMENT OF COMMITTEES ETC.", "RESOLVED that:- (1) … be referred …; and (2) … be agreed.")
- https://roxburynj.us/Archive.aspx?ADID=482 (US township council: "ROLL CALL (Present):", "Also Present: …,
  Township Manager", "Mr. Zoschak requested that Mr. Raths advise the Council …", motions and roll-call votes)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from pathlib import Path

import pytest

from whole_minutes import WholeMinutes, scored, shortfalls

ADVISORY = WholeMinutes(
    name="advisory-committee",
    body_class="uk-government-advisory",
    head="ACSF 14 Minutes (final)",
    foot="Advisory Committee on Science in Food",
    rows=[
        "# ADVISORY COMMITTEE ON SCIENCE IN FOOD",
        "## Minutes of the 14th meeting, held on 11 March 2025 at Harbour House, London",
        "** Present",
        [(56, "Professor Helen Marsh"), (260, "Chair")],
        [(56, "Dr Peter Quinn"), (260, "Member")],
        [(56, "Professor Aisha Rahman"), (260, "Member")],
        [(56, "Dr Tomas Lindqvist"), (260, "Member")],
        [(56, "Ms Rosalind Kerr"), (260, "Lay member")],
        "** Officials",
        [(56, "Mark Ellis"), (260, "Director of Policy, Food Safety Agency")],
        [(56, "Joanna Pike"), (260, "Head of Science Strategy, Food Safety Agency")],
        [(56, "Sunita Varma"), (260, "Secretariat")],
        "** Apologies",
        [(56, "Dr Callum Reid"), (260, "Member")],
        "## 1. Welcome and introduction",
        "1.1 The Chair welcomed members and officials to the fourteenth meeting of the Committee. Members",
        "were reminded of the rules on declaring interests; no new interests were declared.",
        "## 2. Draft minutes of the 13th meeting and matters arising (ACSF 14-1)",
        "2.1 The minutes of the 13th meeting were agreed subject to one correction to paragraph 4.2.",
        "2.2 Of the six actions from the last meeting, four were complete and two were in hand.",
        "Action: Secretariat to publish the agreed minutes on the Committee's website by 28 March 2025.",
        "## 3. Science report (ACSF 14-2)",
        "3.1 Mark Ellis presented the report on the Agency's science activities and plans for the coming",
        "year, including the work on antimicrobial resistance with the Veterinary Medicines Directorate.",
        "3.2 Members asked how the Agency would set priorities when budgets were under pressure.",
        "Mark Ellis agreed to circulate the Agency's prioritisation framework to members before the next meeting.",
        "---",
        "## 4. Science in the scientific advisory committees (ACSF 14-3)",
        "4.1 The Committee discussed cross-cutting issues and the scope for joint working between committees.",
        "4.2 Professor Rahman noted that the Committee on Toxicity had raised similar questions on mixtures.",
        "Action: Joanna Pike to arrange a joint workshop with the Committee on Toxicity in the autumn.",
        "## 5. Report from the Working Group on Data Exploitation (ACSF 14-4)",
        "5.1 Dr Lindqvist introduced the working group's interim report. The group had met three times and",
        "had reviewed how the Agency used surveillance data from local authorities.",
        "5.2 The Committee endorsed the report's recommendations and asked the group to finalise its report.",
        "Dr Lindqvist to present the final report of the working group at the June meeting.",
        "## 6. Report from the Working Group on Use of Evidence (ACSF 14-5)",
        "6.1 Ms Kerr reported that the group had completed its review of how evidence was summarised for",
        "the Board. The group recommended that every Board paper carry a short statement of its evidence.",
        "The Committee agreed that the recommendation should be put to the Agency's Board.",
        "Action: Secretariat to write to the Chief Scientific Adviser setting out the recommendation.",
        "---",
        "## 7. Papers for information",
        "7.1 The Committee noted the work plan (ACSF 14-6) and the register of members' interests (ACSF 14-7).",
        "## 8. Any other business",
        "8.1 Dr Quinn reported that the European Food Safety Authority had opened a consultation on",
        "novel proteins. Dr Quinn would draft a response on behalf of the Committee by 30 April 2025.",
        "## 9. Date of next meeting",
        "9.1 The next meeting will be held on 17 June 2025.",
        "Secretariat",
        "March 2025",
    ],
    actions=[
        (
            "Secretariat to publish the agreed minutes on the Committee's website by 28 March 2025.",
            ["Secretariat"],
            "2025-03-28",
            "action",
            "core",
        ),
        (
            "Mark Ellis agreed to circulate the Agency's prioritisation framework to members before the next meeting.",
            ["Mark Ellis"],
            "2025-06-17",
            "commitment",
            "core",
        ),
        (
            "Joanna Pike to arrange a joint workshop with the Committee on Toxicity in the autumn.",
            ["Joanna Pike"],
            "2025-08-31",
            "action",
            "core",
        ),
        (
            "The Committee endorsed the report's recommendations and asked the group to finalise its report.",
            [],
            None,
            "decision",
            "borderline",
        ),
        (
            "Dr Lindqvist to present the final report of the working group at the June meeting.",
            ["Tomas Lindqvist"],
            "2025-06-30",
            "action",
            "core",
        ),
        (
            "The Committee agreed that the recommendation should be put to the Agency's Board.",
            [],
            None,
            "decision",
            "borderline",
        ),
        (
            "Secretariat to write to the Chief Scientific Adviser setting out the recommendation.",
            ["Secretariat"],
            None,
            "action",
            "core",
        ),
        (
            "Dr Quinn would draft a response on behalf of the Committee by 30 April 2025.",
            ["Peter Quinn"],
            "2025-04-30",
            "commitment",
            "core",
        ),
    ],
    people=[
        "Helen Marsh",
        "Peter Quinn",
        "Aisha Rahman",
        "Tomas Lindqvist",
        "Rosalind Kerr",
        "Mark Ellis",
        "Joanna Pike",
        "Sunita Varma",
        "Callum Reid",
    ],
    organisations=[
        "Food Safety Agency",
        "Veterinary Medicines Directorate",
        "Committee on Toxicity",
        "European Food Safety Authority",
    ],
    notes=[
        "'in the autumn' resolves to 31 August by the unsettled seasons rule (README, stop 21).",
        "'at the June meeting' is a month, read as its last day as the dev gold reads 'March Transparency Board'.",
        "Other committees named (Committee on Toxicity) are organisations; the meeting's own committee is not.",
    ],
)

PARISH = WholeMinutes(
    name="parish-council",
    body_class="parish",
    head="Ashby Marsh Parish Council - Minutes 4 August 2025",
    foot="Signed ........................ Chairman",
    rows=[
        "# Ashby Marsh Parish Council",
        "Minutes of a meeting of Ashby Marsh Parish Council held on Monday 4 August 2025 in St Oswald's Church",
        "Present: Cllr T Gilbey, Cllr R French, Cllr L Sutcliffe, Cllr M Hunt.",
        "In attendance: Mrs V Dawes (clerk), Cllr E Moss (ELDC).",
        "Eleven parishioners were present.",
        "** 1. Apologies for absence.",
        "None were received.",
        "** 2. Declarations of interest.",
        "There were no declarations of interest.",
        "** 3. To approve the Minutes of 2.6.25 and 14.7.25",
        "Cllr Gilbey proposed, Cllr Sutcliffe seconded, the Parish Council unanimously approved the minutes.",
        "Cllr Gilbey signed the minutes.",
        "** 4. Roles and Responsibilities.",
        "Councillors would lead on various roles and responsibilities.",
        "Cllr Hunt - Countryside and Environment, including Allotments.",
        "Cllr French - Procedures and Processes.",
        "Cllr Sutcliffe - Risk Assessment.",
        "Cllr Gilbey - Finance and Planning in conjunction with the Clerk and Financial Officer.",
        "** 5. Clerks Update.",
        "Cutting of Trees - Mill Lane Oaks. The clerk had contacted ELDC who advised the work would be",
        "carried out in September. The completion of this work would be monitored.",
        "Cutting back of Tree by the Old Forge. A report was awaited from a tree specialist.",
        "Action: Clerk to chase the report and request an estimate.",
        "Storing of Documents. Cllr Hunt agreed to store the documents in the interim.",
        "Action: Clerk to verify which documents had to be retained.",
        "---",
        "** 6. Co-Option of Councillor",
        "Notices had been published to co-opt 2 councillors. Parishioners were encouraged to join the Parish",
        "Council. No parishioners had expressed an interest at this stage.",
        "** 7. Finance",
        "To Agree cheques for payment",
        "The new cheque book had still not been received from Lincs Community Bank.",
        "Action: Cllr Gilbey to visit the bank and collect the cheque book.",
        [(56, "Payee", True), (250, "Detail", True), (420, "Amount", True)],
        [(56, "V Dawes"), (250, "Clerk's salary July"), (420, "£212.40")],
        [(56, "Fenland Grounds Ltd"), (250, "Grass cutting"), (420, "£180.00")],
        [(56, "HMRC"), (250, "PAYE"), (420, "£53.10")],
        "It was resolved to approve the payments listed above.",
        "** 8. Highways",
        "Residents reported that the verges on Church Road were overgrown and obstructing visibility.",
        "Action: Clerk to report the verges to Lincolnshire County Council Highways.",
        "Cllr Moss agreed to raise the condition of the B1200 with the highways manager.",
        "---",
        "** 9. Planning",
        "N/25/0114 Land at Grange Farm - erection of agricultural building. No objections.",
        "** 10. Date of next meeting",
        "The next meeting will be held on Monday 6 October 2025 at 7pm.",
        "Councillors to submit items for the agenda to the Clerk by 26 September 2025.",
        "The meeting closed at 8.40pm.",
    ],
    actions=[
        (
            "It was resolved to approve the payments listed above.",
            [],
            None,
            "resolution",
            "core",
        ),
        ("Clerk to chase the report and request an estimate.", ["Clerk"], None, "action", "core"),
        ("Clerk to verify which documents had to be retained.", ["Clerk"], None, "action", "core"),
        ("Cllr Gilbey to visit the bank and collect the cheque book.", ["T Gilbey"], None, "action", "core"),
        (
            "Clerk to report the verges to Lincolnshire County Council Highways.",
            ["Clerk"],
            None,
            "action",
            "core",
        ),
        (
            "Cllr Moss agreed to raise the condition of the B1200 with the highways manager.",
            ["E Moss"],
            None,
            "commitment",
            "core",
        ),
        (
            "Councillors to submit items for the agenda to the Clerk by 26 September 2025.",
            ["Councillors"],
            "2025-09-26",
            "action",
            "core",
        ),
        (
            "Cllr Hunt agreed to store the documents in the interim.",
            ["M Hunt"],
            None,
            "commitment",
            "borderline",
        ),
    ],
    people=["T Gilbey", "R French", "L Sutcliffe", "M Hunt", "V Dawes", "E Moss"],
    organisations=[
        "Ashby Marsh Parish Council",
        "ELDC",
        "Lincs Community Bank",
        "Fenland Grounds Ltd",
        "HMRC",
        "Lincolnshire County Council",
    ],
    notes=["Surname owners expanded from the Present list ('Cllr Gilbey' -> 'T Gilbey'): one Gilbey (round 2 rule)."],
)

NHS_TRUST = WholeMinutes(
    name="nhs-trust-board",
    body_class="nhs-board",
    head="The Severnside Hospitals NHS Trust - Trust Board 27 February 2025",
    foot="Public session minutes",
    rows=[
        "# The Severnside Hospitals NHS Trust",
        "## TRUST BOARD MEETING",
        "Held on Thursday 27 February 2025 at 9.30 am, Seminar Rooms 1&2, Severnside Education Centre",
        "## PUBLIC SESSION MINUTES",
        "Present:",
        [(56, "Mr M Bardsley"), (220, "Acting Chair")],
        [(56, "Mr B Simmonds"), (220, "Non-Executive Director")],
        [(56, "Dr P Vaughan"), (220, "Non-Executive Director")],
        [(56, "Mr P Hennessy"), (220, "Chief Executive")],
        [(56, "Dr A Frazer"), (220, "Medical Director")],
        [(56, "Mr N Nesbitt"), (220, "Finance Director")],
        [(56, "Mrs V Morrow"), (220, "Chief Nurse")],
        "In attendance:",
        [(56, "Mr A Osgood"), (220, "Communications Director")],
        "Meeting Secretary:",
        [(56, "Ms M Devlin"), (220, "PA to Director of Corporate Governance")],
        "Apologies: none",
        "** 22/25 WELCOME",
        "The Acting Chair welcomed Dr Elena Brandt, who was observing the meeting.",
        "** 23/25 DECLARATIONS OF INTEREST",
        "There were no declarations of interest.",
        "** 24/25 MINUTES OF THE MEETING HELD ON 30 JANUARY 2025",
        "The minutes were approved as a true record.",
        "** 25/25 ACTION LOG",
        "The Board noted that the ward staffing review had been completed.",
        "---",
        "** 26/25 QUALITY AND SAFETY REPORT",
        "Mrs Morrow presented the report. Falls with harm had fallen for the third month running.",
        "The Board asked for assurance that the sepsis screening target would be met by the year end.",
        "ACTION: VM to bring a sepsis improvement plan to the March Board.",
        "Dr Vaughan asked how learning from serious incidents was shared with community teams.",
        "ACTION: AF to circulate the serious incident learning bulletin to Board members.",
        "** 27/25 FINANCE REPORT - MONTH 10",
        "Mr Nesbitt reported a deficit of £3.2m against a planned deficit of £2.9m.",
        "The Board approved the revised capital programme for 2025/26.",
        "ACTION: NN to present the draft 2025/26 budget to the Board by 31 March 2025.",
        "---",
        "** 28/25 WORKFORCE REPORT",
        "The Board noted the report. Agency spend remained above the ceiling set by NHS England.",
        "Mr Hennessy agreed to write to NHS England about the agency cap.",
        "** 29/25 ANY OTHER BUSINESS",
        "There was no other business.",
        "** 30/25 DATE OF NEXT MEETING",
        "Thursday 27 March 2025 at 9.30 am.",
    ],
    actions=[
        (
            "The Board asked for assurance that the sepsis screening target would be met by the year end.",
            [],
            None,
            "request",
            "borderline",
        ),
        ("VM to bring a sepsis improvement plan to the March Board.", ["V Morrow"], "2025-03-31", "action", "core"),
        (
            "AF to circulate the serious incident learning bulletin to Board members.",
            ["A Frazer"],
            None,
            "action",
            "core",
        ),
        ("The Board approved the revised capital programme for 2025/26.", [], None, "decision", "core"),
        (
            "NN to present the draft 2025/26 budget to the Board by 31 March 2025.",
            ["N Nesbitt"],
            "2025-03-31",
            "action",
            "core",
        ),
        (
            "Mr Hennessy agreed to write to NHS England about the agency cap.",
            ["P Hennessy"],
            None,
            "commitment",
            "core",
        ),
    ],
    people=[
        "M Bardsley",
        "B Simmonds",
        "P Vaughan",
        "P Hennessy",
        "A Frazer",
        "N Nesbitt",
        "V Morrow",
        "A Osgood",
        "M Devlin",
        "Elena Brandt",
    ],
    organisations=["The Severnside Hospitals NHS Trust", "NHS England"],
    notes=[
        "Owner initials expanded: the Present list makes VM, AF and NN unambiguous (README round 2 rule).",
        "'the March Board' is a month, its last day (dev gold: 'March Transparency Board' -> 31 March).",
        "'by the year end' for an NHS trust is ambiguous (calendar or financial year): gold leaves it null.",
    ],
)

LIBRARY = WholeMinutes(
    name="library-board",
    body_class="library-board",
    head="Carbury Public Library - Board of Trustees - May 14, 2025",
    foot="Minutes approved June 11, 2025",
    rows=[
        "# Carbury Public Library",
        "## Board of Trustees Meeting",
        "Wednesday, May 14, 2025",
        "10:00 A.M.",
        "Library Community Room",
        "Attendees: Forrest Haynes, Ron Birkett, Tom Mitchum, Ada Almquist, Judy Estes, Barbara Acker,",
        "and Wendy Campion",
        "** I. Call to Order",
        "Forrest called meeting to order at 10:02 AM.",
        "** II. Introduce Guests",
        "Forrest introduced guests.",
        "** III. Approval of Minutes April 9, 2025 Meeting",
        "Ron moved the minutes be accepted as written. Barbara seconded. Minutes were approved as written.",
        "** IV. Financial Reports",
        "A. Balance, Receipts and Expenditures - Wendy reviewed reports with board.",
        "She will talk to Nancy about interest payments on the revenue report.",
        "B. Approve Bills - Tom moved to accept claims. Barbara seconded. Claims were approved as presented.",
        "Wendy will investigate Western Office Supply charges.",
        "---",
        "** V. Director's Report",
        "Ada reported that she is scheduled to meet with Victoria about adult computer classes.",
        "Wendy will send an announcement to the Carbury Herald of the library's voting information display.",
        "** VI. Correspondence",
        "Forrest shared a new trustee interest letter submitted by Ted Almquist.",
        "** VII. Committee Reports",
        "A. Landscaping - Forrest will replace the broken sprinkler head by June 1.",
        "Judy moved, Ron seconded for Forrest to make decisions about landscaping issues. Board voted four to",
        "one in favor of Forrest taking responsibility for landscaping issues and decisions.",
        "B. Operational - Exterior lighting was discussed. Ada will ask Job Corps about indoor cleaning.",
        "---",
        "** VIII. New Business",
        "The board discussed the summer reading program kick-off in the park.",
        "Barbara moved to approve $400 for summer reading prizes. Tom seconded. Motion carried.",
        "** IX. Adjournment",
        "Next meeting will be June 11, 2025 at 10:00 A.M. Meeting adjourned at 11:15 AM.",
        "Respectfully submitted, Judy Estes, Secretary",
    ],
    actions=[
        (
            "She will talk to Nancy about interest payments on the revenue report.",
            ["Wendy Campion"],
            None,
            "commitment",
            "core",
        ),
        ("Wendy will investigate Western Office Supply charges.", ["Wendy Campion"], None, "commitment", "core"),
        (
            "Wendy will send an announcement to the Carbury Herald of the library's voting information display.",
            ["Wendy Campion"],
            None,
            "commitment",
            "core",
        ),
        (
            "A. Landscaping - Forrest will replace the broken sprinkler head by June 1.",
            ["Forrest Haynes"],
            "2025-06-01",
            "commitment",
            "core",
        ),
        (
            "Judy moved, Ron seconded for Forrest to make decisions about landscaping issues.",
            ["Forrest Haynes"],
            None,
            "decision",
            "borderline",
        ),
        ("Ada will ask Job Corps about indoor cleaning.", ["Ada Almquist"], None, "commitment", "core"),
        ("B. Approve Bills - Tom moved to accept claims.", [], None, "decision", "borderline"),
        (
            "Barbara moved to approve $400 for summer reading prizes.",
            [],
            None,
            "decision",
            "borderline",
        ),
    ],
    people=[
        "Forrest Haynes",
        "Ron Birkett",
        "Tom Mitchum",
        "Ada Almquist",
        "Judy Estes",
        "Barbara Acker",
        "Wendy Campion",
        "Ted Almquist",
    ],
    organisations=["Carbury Public Library", "Western Office Supply", "Carbury Herald", "Job Corps"],
    notes=[
        "First-name owners expanded from the attendee list (one Wendy, one Forrest, one Ada).",
        "'Nancy' and 'Victoria' (first name only, not in the attendee list) are not people entries.",
    ],
)

CITY_COMMITTEE = WholeMinutes(
    name="city-council-minutes",
    body_class="uk-city-council",
    head="Council - 24 June 2025",
    foot="Eastford City Council",
    rows=[
        "# EASTFORD CITY COUNCIL",
        "## COUNCIL",
        "Tuesday 24 June 2025",
        "Present:",
        "The Right Worshipful the Lord Mayor (Councillor Pauline Denham) (in the chair)",
        "Councillors Begum, Crowther, Fenwick, Hallett, Musgrave, Okafor, Prideaux and Wardle",
        "Also present:",
        "Chief Executive (Karen Lovell), Director of Corporate Services (Simon Ashworth) and Democratic",
        "Services Manager (Helen Tapp)",
        "** 31 MINUTES",
        "The minutes of the Ordinary Meeting of Council held on 15 April 2025 and the Annual Meeting held on",
        "20 May 2025 were taken as read and signed as correct.",
        "** 32 APPOINTMENT OF COMMITTEES ETC.",
        "The Chairs of the Planning, Grants and Licensing Committees were contested and the Lord Mayor",
        "called on the Members of the respective Committees to vote separately on these positions.",
        "Since there was an equality of votes in respect of the Planning Committee, the Lord Mayor declared",
        "that the appointment would be referred to the first meeting of that Committee.",
        "RESOLVED that:-",
        "(1) the positions of Chair and Deputy Chair of the Planning Committee be referred to that Committee",
        "for decision; and",
        "(2) the membership of the other Committees, Chairs and Deputy Chairs, as shown at Appendix A to these",
        "minutes, be agreed.",
        "---",
        "** 33 OUTSIDE BODIES",
        "RESOLVED that Councillor Okafor be appointed to the Devon Waste Partnership for 2025/26.",
        "** 34 QUESTIONS FROM MEMBERS",
        "Councillor Fenwick asked about the closure of the Riverside car park. The Director of Corporate",
        "Services undertook to provide a written answer to Councillor Fenwick within ten working days.",
        "** 35 NOTICE OF MOTION BY COUNCILLOR MUSGRAVE - CLIMATE ACTION PLAN",
        "Councillor Musgrave moved and Councillor Begum seconded the following motion:",
        "This Council asks the Chief Executive to report progress on the Climate Action Plan to the Executive",
        "by 30 September 2025.",
        "The motion was put to the vote and carried.",
        "RESOLVED that the Chief Executive report progress on the Climate Action Plan to the Executive by",
        "30 September 2025.",
        "---",
        "** 36 COMMON SEAL",
        "RESOLVED that the Common Seal of the Council be affixed to any documents to give effect to the",
        "decisions taken at this meeting.",
        "(The meeting commenced at 6.00 pm and closed at 7.40 pm)",
        "Chair",
    ],
    actions=[
        (
            "(1) the positions of Chair and Deputy Chair of the Planning Committee be referred to that Committee for"
            " decision; and",
            [],
            None,
            "resolution",
            "core",
        ),
        (
            "(2) the membership of the other Committees, Chairs and Deputy Chairs, as shown at Appendix A to these"
            " minutes, be agreed.",
            [],
            None,
            "resolution",
            "core",
        ),
        (
            "RESOLVED that Councillor Okafor be appointed to the Devon Waste Partnership for 2025/26.",
            [],
            None,
            "resolution",
            "core",
        ),
        (
            "The Director of Corporate Services undertook to provide a written answer to Councillor Fenwick within"
            " ten working days.",
            ["Director of Corporate Services"],
            None,
            "commitment",
            "core",
        ),
        (
            "This Council asks the Chief Executive to report progress on the Climate Action Plan to the Executive by"
            " 30 September 2025.",
            ["Chief Executive"],
            "2025-09-30",
            "proposal",
            "borderline",
        ),
        (
            "RESOLVED that the Chief Executive report progress on the Climate Action Plan to the Executive by 30"
            " September 2025.",
            ["Chief Executive"],
            "2025-09-30",
            "resolution",
            "core",
        ),
        (
            "RESOLVED that the Common Seal of the Council be affixed to any documents to give effect to the"
            " decisions taken at this meeting.",
            [],
            None,
            "resolution",
            "core",
        ),
    ],
    people=[
        "Pauline Denham",
        "Karen Lovell",
        "Simon Ashworth",
        "Helen Tapp",
        "Begum",
        "Crowther",
        "Fenwick",
        "Hallett",
        "Musgrave",
        "Okafor",
        "Prideaux",
        "Wardle",
    ],
    organisations=["Eastford City Council", "Devon Waste Partnership", "Planning Committee"],
    notes=[
        "Councillors printed by surname only are people entries as printed ('Begum').",
        "The Planning Committee (another committee of the body) is an organisation; the Council itself meets.",
        "'within ten working days' gives no resolvable date here: due null.",
    ],
)

TOWNSHIP = WholeMinutes(
    name="us-township-council",
    body_class="us-council",
    head="Township Council Workshop Meeting - November 3, 2025",
    foot="Township of Ridgebury",
    rows=[
        "# TOWNSHIP OF RIDGEBURY",
        "## WORKSHOP MEETING MINUTES",
        "November 3, 2025",
        "A Workshop Meeting of the Township Council of the Township of Ridgebury was held on November 3,",
        "2025 at 1715 Route 46, Ledgewood, New Jersey at 7:30 PM.",
        "** PLEDGE OF ALLEGIANCE",
        "The Pledge of Allegiance was led by members of Scout Troop 188.",
        "** OPEN PUBLIC MEETING STATEMENT",
        "Adequate notice of this meeting of the Township Council of the Township of Ridgebury was given as",
        "required by the Open Public Meetings Act.",
        "** ROLL CALL (Present):",
        "Mayor Timothy Shaw, Deputy Mayor Kathy DeFelice, Councilmen Gary Behr, Fred Halloran, Jim Riley,",
        "Richard Zolnak and Martin Schmitt",
        "Also Present: Christopher Rath, Township Manager; Anthony Bucci, Township Attorney; and BettyLou",
        "DeCroix, Township Clerk",
        "---",
        "** APPROVAL OF MINUTES",
        "TABLED - October 6, 2025 Executive Session",
        "** PUBLIC PORTION",
        "None",
        "** REPORTS OF COUNCIL LIAISON REPRESENTATIVES",
        "Mr. Schmitt stated that he has received several complaints about damaged trees from the recent",
        "storm that are still on the streets. Mr. Rath acknowledged that there are many trees down and they",
        "are being taken care of as expeditiously as possible.",
        "Mr. Zolnak asked if the camera had been installed at Shore Hills Park. Mr. Rath stated that he",
        "thought it had been installed, but would double check with the Recreation Department.",
        "Mr. Zolnak requested that Mr. Rath advise the Council members of the location of the camera.",
        "Mr. Riley stated that the joint meeting of the Economic Development Committee and the Master Plan",
        "Committee was productive and provided direction to the committees.",
        "---",
        "** RESOLUTIONS",
        "Mr. Halloran made a motion to adopt Resolution 2025-312 authorizing the purchase of a dump truck",
        "from Garden State Trucks. Mr. Behr seconded the motion.",
        "Roll Call: Mr. Halloran - Yes; Mr. Behr - Yes; Mr. Riley - Yes; Mr. Zolnak - Yes; Mayor Shaw - Yes",
        "Motion carried 5 to 0.",
        "Mr. Rath will report back to the Council on the leaf collection schedule at the November 17 meeting.",
        "** ADJOURNMENT",
        "At 9:05 PM there being no further business to come before the Council, a motion was made to adjourn.",
        "Submitted By: BettyLou DeCroix, RMC, Township Clerk",
    ],
    actions=[
        (
            "Mr. Rath stated that he thought it had been installed, but would double check with the Recreation"
            " Department.",
            ["Christopher Rath"],
            None,
            "commitment",
            "borderline",
        ),
        (
            "Mr. Zolnak requested that Mr. Rath advise the Council members of the location of the camera.",
            ["Christopher Rath"],
            None,
            "request",
            "core",
        ),
        (
            "Mr. Halloran made a motion to adopt Resolution 2025-312 authorizing the purchase of a dump truck from"
            " Garden State Trucks.",
            [],
            None,
            "decision",
            "core",
        ),
        (
            "Mr. Rath will report back to the Council on the leaf collection schedule at the November 17 meeting.",
            ["Christopher Rath"],
            "2025-11-17",
            "commitment",
            "core",
        ),
    ],
    people=[
        "Timothy Shaw",
        "Kathy DeFelice",
        "Gary Behr",
        "Fred Halloran",
        "Jim Riley",
        "Richard Zolnak",
        "Martin Schmitt",
        "Christopher Rath",
        "Anthony Bucci",
        "BettyLou DeCroix",
    ],
    organisations=[
        "Township of Ridgebury",
        "Recreation Department",
        "Garden State Trucks",
        "Economic Development Committee",
        "Master Plan Committee",
    ],
    notes=["Owners 'Mr. Rath' expanded from the Also Present list (one Rath)."],
)

DOCUMENTS = [ADVISORY, PARISH, NHS_TRUST, LIBRARY, CITY_COMMITTEE, TOWNSHIP]

# Classes this round leaves (strict: each document must still fall short, so a fix shows here).
NOT_PERFECT = {
    "advisory-committee": "'in the autumn' has no due (seasons unsettled, README stop 21); 'Committee on Toxicity' is "
    "not read as a body and 'Agency's Board' is; a borderline 'endorsed … and asked the group to' is missed",
    "nhs-trust-board": "'by the year end' reads as 31 December (an NHS trust's year ends 31 March; gold leaves it "
    "null); 'Chief Nurse' in the members' post column gives a person 'Nurse' (names.ROLE_LAST_WORD_RE has no 'Nurse')",
    "library-board": "a first name not in names.GIVEN_NAMES ('Forrest will replace …') and a pronoun owner ('She will "
    "talk to …') are weak cues the classifier turns down; 'Western Office Supply', 'Carbury Herald', 'Job Corps' "
    "are missed",
    "city-council-minutes": "the last surname after 'and' in 'Councillors Begum, …, Prideaux and Wardle' is not "
    "read; "
    "a motion's 'This Council asks the Chief Executive to …' (borderline proposal) is not emitted",
    "us-township-council": "'BettyLou DeCroix' (inner capitals) is not read and 'Township Attorney' is; the heading "
    "'REPORTS OF COUNCIL …' and the meeting's own 'Township Council of …' are read as organisations",
}
CORE_SHORT = {
    "library-board": "'Forrest will replace …' and 'She will talk to …': see NOT_PERFECT",
}


def _params(short: dict[str, str]) -> list:
    return [
        pytest.param(
            d, id=d.name, marks=[pytest.mark.xfail(strict=True, reason=short[d.name])] if d.name in short else []
        )
        for d in DOCUMENTS
    ]


@pytest.mark.parametrize("document", _params(CORE_SHORT))
def test_core_actions_found_with_their_owners(document: WholeMinutes, tmp_path: Path) -> None:
    """Every core action found, nothing found that is not an action, and every paired action's owners right."""
    actions = scored(document, tmp_path)["actions"]
    wanted = ("core_precision", "core_recall", "precision", "owner_accuracy")
    assert {name: actions[name] for name in wanted if actions[name] is not None} == {
        name: 1.0 for name in wanted if actions[name] is not None
    }


@pytest.mark.parametrize("document", _params(NOT_PERFECT))
def test_whole_minutes_read_perfectly(document: WholeMinutes, tmp_path: Path) -> None:
    assert shortfalls(scored(document, tmp_path)) == []
