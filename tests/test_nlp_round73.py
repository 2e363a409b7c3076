"""Round 73 (action recall and owners in the minutes of genres earlier rounds drew little on: central government
steering boards and arm's-length boards, NHS trust boards, US city councils and police and community advisory
committees, Scottish community councils and a neighbourhood plan steering group), read through the real NLP pass:

- action lines as such minutes print them: "Action: Secretariat to circulate …", "X (HMRC) to provide …" (a
  department in brackets after the owner's name), numbered "Action 3: JT and RF to …", "The Board asked officials
  to …", "X agreed to provide a note …", "It was agreed that DfE would …", "Council directed staff to …", "Staff will
  return with …", "Commander X will follow up with …", "Motion by A, second by B, to direct the City Manager to …",
  "AI: Staff will follow up with …", a Scottish community council's "… will be issued. HC Action." and
  "… letterhead. SG/HC Action.", and the lines of a "Summary of actions" at the end of the minutes;
- owners: a person, a post ("the Chief Operating Officer", "officials", "the Secretariat", "staff", "the City
  Manager"), initials, a department, several owners joined by "and" or "/";
- not actions: the Board noting or receiving, presentations and updates given, thanks, declarations, what was
  reported done or followed up already ("Cllr X followed up a response from Roads and was advised …", "… had written
  to the Minister and had received a positive response"), work under way ("Pothole repairs … are currently being
  carried out"), what will happen without anyone acting ("The bus service will return on 19 April"), questions
  answered at the meeting, a motion that failed.

Sentences keep the structure and phrasing of the real pages; names, places, bodies and numbers are changed (the
people are those of BOARD_PRESENT in tests/minutes_page.py). Sources (bodies no earlier suite cites):

- https://gov.uk/government/publications/meeting-minutes-for-the-data-standards-authority-governance-boards/steering-board-minutes-wed-2nd-august-2023-html
  (a central government steering board: "Hiran Basnayake (HMRC) to provide department contact points for the
  Vulnerabilities WG.", "Didac (CDDO) to report back to the Board in 2 months on progress …", "Members to provide
  department contact points …", "The meeting was well attended …", "The chair introduced the agenda and welcomed
  attendees.", "Didac provided an update to the board following the first meeting …")
- https://docslib.org/doc/6292457/september-2013-minutes (the Public Data Group, an arm's-length board: "… stating
  that she had sent a letter to Michael Fallon … and had received a positive response …")
- https://docslib.org/doc/12330425/draft-ccc-minutes-aug-2016 (a Highland community council: "This is now proposed
  for the October CC meeting (18th) and invitations will be issued. MG Action.", "RS will draft a letter to THC
  Planning and forward it to MG for sending out under CCC letterhead. RS/MG Action.", "Pothole repairs and surface
  patching are currently being carried out in the area.")
- https://kilmorackcc.org/category/uncategorized/ (a Highland community council: "KCC to get advice and then take
  whatever action is necessary either by communication with the landowner or The Highland Council.", "Contacted
  Sally but the project manager is on holiday.", "The bus service will return on the 19th April.")
- https://docslib.org/doc/10072327/strathnairn-community-council-minutes (a community council: "Cllr Davidson
  followed up a response from Roads and was advised that there is no funding …", "Cllr Jarvie had followed up via
  email … but has not had a response yet.", "this is complete and there is no further action.")
- https://www.ashbury.org.uk/parish/ashbury-neighbourhood-plan/document-library/minutes-22062016/ (a neighbourhood
  plan steering group: "RB to send additional input to FJ, then JG to sign and send to Vale Planning team, before
  Friday 24.6.16", "JRG to include on the meeting's agenda for discussion.", "FJ agreed to draft before next meeting
  and circulate for comment and information.", "JK will investigate and report at the next meeting")
- https://weblink.cityofdubuque.org/WebLink/DocView.aspx?id=426985&dbid=0&repo=City-of-DBQ (a US city's safe
  community advisory committee: "Motion by Elkins, second by Bragg to approve minutes as submitted.", "Phyllis to get
  the item on the October Council agenda.")
- https://community.icann.org/display/ALSurvey/ALS+Survey+Analysis+24.11.10+Summary+Minutes (a working group:
  "AI: Staff will follow up with Wolf and Fouad and remind them that the RALO reports should be submitted before the
  end of the weekend.")
- https://coeapps.eugene-or.gov/CMOWeblink/0/doc/968/Page8.aspx (a US city council: "… give direction to staff to
  come back with an amendment …") and https://laserfiche.springfield-or.gov/WebLink/DocView.aspx?dbid=0&id=1189141&repo=City-of-Springfield-Laserfiche
  (a US city council's work session, whose members list and motions the US cases follow)
- https://docslib.org/doc/664216/community-board-12-manhattan-minutes-for-the-public-safety (a community board's
  public safety committee with the precinct's captain and lieutenant, as the police district cases are set)

The brief's own forms ("Action: Secretariat to circulate …", "The Board asked officials to …", "It was agreed that
DfE would …", numbered "Action 3:" lines, "Council directed staff to …", "Staff will return with …", "Commander X
will follow up with …", "Motion by A, second by B, to direct the City Manager to …") are written in the phrasing of
those pages.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt

import pytest

from minutes_page import BOARD_MEETING, board_actions, check_paired_action, marked
from minutes_page import paired_action as paired

MEETING = BOARD_MEETING  # Thursday 14 November 2024
read = board_actions


# (sentence, owners or None where not checked, due or "any" where not checked)
STEPS = [
    pytest.param(
        "Ms Thorne (HMRC) to provide department contact points for the Vulnerabilities Working Group.",
        ["J Thorne"],
        None,
        id="name-bracketed-department-to-provide",
    ),  # Data Standards Authority
    pytest.param(
        "Dr Ganesan (CDDO) to report back to the Board in two months on progress with the Working Group.",
        ["A Ganesan"],
        "any",
        id="name-bracketed-department-to-report-back",
    ),  # Data Standards Authority
    pytest.param(
        "Members to provide department contact points for the Common Attributes workshop.",
        ["Members"],
        None,
        id="members-to-provide",
    ),  # Data Standards Authority
    pytest.param(
        "Action: Secretariat to circulate the revised terms of reference to members.",
        ["Secretariat"],
        None,
        id="action-secretariat-to-circulate",
    ),
    pytest.param(
        "The Board asked officials to bring a revised delivery plan to the March meeting.",
        ["officials"],
        dt.date(2025, 3, 31),
        id="board-asked-officials-to-bring",
    ),
    pytest.param(
        "Mr Gale agreed to provide a note on the funding options before the next meeting.",
        ["S Gale"],
        "any",
        id="agreed-to-provide-a-note",
    ),
    pytest.param(
        "It was agreed that DfE would write to local authorities setting out the revised timetable.",
        ["DfE"],
        None,
        id="it-was-agreed-that-dfe-would",
    ),
    pytest.param(
        "Action 3: JT and RF to meet the data team to agree the publication schedule.",
        ["J Thorne", "R Francis"],
        None,
        id="numbered-action-initials-and-initials",
    ),
    pytest.param(
        "Action 4: The Chief Executive to share the workforce plan with the Board.",
        ["Chief Executive"],
        None,
        id="numbered-action-post",
    ),
    pytest.param(
        "The Chief Operating Officer would report back to the Board on the elective recovery trajectory in January.",
        ["Chief Operating Officer"],
        dt.date(2025, 1, 31),
        id="coo-would-report-back-in-january",
    ),
    pytest.param(
        "The Board requested that the Director of Finance circulate the revised capital plan to members.",
        ["Director of Finance"],
        None,
        id="board-requested-that-director-circulate",
    ),
    pytest.param(
        "Council directed staff to prepare an ordinance regulating short-term rentals.",
        ["staff"],
        None,
        id="council-directed-staff-to",
    ),  # Eugene
    pytest.param(
        "Staff will return with options for the downtown parking study at the January work session.",
        ["Staff"],
        dt.date(2025, 1, 31),
        id="staff-will-return-with",
    ),
    pytest.param(
        "Commander Rowley will follow up with the residents about the break-ins on Elm Street.",
        ["M Rowley"],
        None,
        id="commander-will-follow-up-with",
    ),
    pytest.param(
        "Motion by Councilmember Gale, second by Councilmember Thorne, to direct the City Manager to negotiate a lease"
        " with the county.",
        ["City Manager"],
        None,
        id="motion-by-second-by-to-direct-city-manager",
    ),  # Dubuque's motion form
    pytest.param(
        "Mrs Carr to get the item on the December Council agenda.",
        ["H Carr"],
        dt.date(2024, 12, 31),
        id="to-get-item-on-december-agenda",
    ),  # Dubuque
    pytest.param(
        "AI: Staff will follow up with Mr Gale and Ms Thorne and remind them that the regional reports should be"
        " submitted before the end of the weekend.",
        ["Staff"],
        "any",
        id="ai-staff-will-follow-up-with",
    ),  # ICANN
    pytest.param(
        "An invitation to the Roads Manager is proposed for the October meeting and invitations will be issued."
        " HC Action.",
        ["H Carr"],
        "any",
        id="will-be-issued-initials-action",
    ),  # Creich
    pytest.param(
        "Mr Gale will draft a letter to the planning service and forward it to the Clerk for sending out under the"
        " community council letterhead. SG/HC Action.",
        ["S Gale", "H Carr"],
        None,
        id="will-draft-slash-initials-action",
    ),  # Creich
    pytest.param(
        "The Community Council to get advice and then take whatever action is necessary, either by writing to the"
        " landowner or to the Highland Council.",
        ["Community Council"],
        None,
        id="community-council-to-get-advice",
    ),  # Kilmorack
    pytest.param(
        "Mrs Francis agreed to draft a project plan before the next meeting and circulate it for comment.",
        ["R Francis"],
        "any",
        id="agreed-to-draft-and-circulate",
    ),  # Ashbury
    pytest.param(
        "Ms Thorne will investigate and report at the next meeting.",
        ["J Thorne"],
        "any",
        id="will-investigate-and-report",
    ),  # Ashbury
    pytest.param(
        "JT to include the terms of reference on the agenda of the public meeting for discussion.",
        ["J Thorne"],
        None,
        id="initials-to-include-on-agenda",
    ),  # Ashbury
    pytest.param(
        "RF to send further comments to the consultants before Friday 13 December.",
        ["R Francis"],
        dt.date(2024, 12, 13),
        id="initials-to-send-before-friday",
    ),  # Ashbury
]

MORE_STEPS = [
    pytest.param(
        "Council gave direction to staff to come back with an amendment to the ordinance.",
        ["staff"],
        None,
        id="council-gave-direction-to-staff",
    ),  # Eugene
    pytest.param(
        "The Commissioners directed staff to schedule a public hearing on the proposed fee increase.",
        ["staff"],
        None,
        id="commissioners-directed-staff",
    ),
    pytest.param(
        "The City Manager will bring back a draft ordinance in January.",
        ["City Manager"],
        dt.date(2025, 1, 31),
        id="city-manager-will-bring-back",
    ),
    pytest.param(
        "Lieutenant Gale will look into additional lighting on Elm Street.",
        ["S Gale"],
        None,
        id="lieutenant-will-look-into",
    ),
    pytest.param(
        "The Board requested a further update on the elective recovery trajectory at its January meeting.",
        [],
        dt.date(2025, 1, 31),
        id="board-requested-a-further-update",
    ),
    pytest.param(
        "It was agreed that the Chair and Chief Executive would write jointly to the Minister.",
        ["Chair", "Chief Executive"],
        None,
        id="agreed-that-chair-and-chief-executive-would",
    ),
    pytest.param(
        "Chief Executive/Director of Finance to update the Board on the financial recovery plan in January.",
        ["Chief Executive", "Director of Finance"],
        dt.date(2025, 1, 31),
        id="post-slash-post-to-update",
    ),
    pytest.param(
        "Action: Director of Nursing to bring the safer staffing review to the February Board.",
        ["Director of Nursing"],
        dt.date(2025, 2, 28),
        id="action-post-to-bring-to-february-board",
    ),
    pytest.param(
        "The Panel agreed that the secretariat would draft a letter to the Minister setting out its concerns.",
        ["secretariat"],
        None,
        id="panel-agreed-that-lower-case-secretariat-would",
    ),
    pytest.param(
        "Captain Rowley stated that he would have officers increase patrols in the park after dark.",
        ["M Rowley"],
        None,
        id="stated-he-would-have-officers-patrol",
    ),  # Community Board 12's precinct captain
    pytest.param(
        "Members were asked to send any further comments on the draft report to the Secretariat by 29 November.",
        ["Members"],
        dt.date(2024, 11, 29),
        id="members-were-asked-to-send-comments",
    ),
    pytest.param(
        "Officials agreed to provide a note on the consultation responses.",
        ["Officials"],
        None,
        id="officials-agreed-to-provide-a-note",
    ),
]

# passes since stop 36: nlp/dues.py reads "on the December Council agenda" as the month's end, as "for the December
# Council" is (round dues80, MONTH_AGENDA_RE)
OPEN: dict[str, str] = {}

NOT_ACTIONS = [
    pytest.param(
        "The meeting was well attended, with representatives from departments across central and local government.",
        id="meeting-was-well-attended",
    ),  # Data Standards Authority
    pytest.param("The Chair introduced the agenda and welcomed attendees.", id="chair-introduced-agenda"),
    pytest.param(
        "Dr Ganesan provided an update to the Board following the first meeting of the working group.",
        id="provided-an-update",
    ),  # Data Standards Authority
    pytest.param(
        "Ms Thorne said that she had sent a letter to the Minister and had received a positive response.",
        id="had-sent-a-letter-and-received-response",
    ),  # Public Data Group
    pytest.param("The Board noted the update on the capital programme.", id="board-noted-update"),
    pytest.param("The Board received the integrated performance report.", id="board-received-report"),
    pytest.param("The Chair thanked Mr Gale for his presentation on the estates strategy.", id="chair-thanked"),
    pytest.param("There were no declarations of interest relating to items on the agenda.", id="no-declarations"),
    pytest.param(
        "Mrs Francis declared an interest in item 6 as a trustee of the hospital charity.", id="declared-interest"
    ),
    pytest.param(
        "Pothole repairs and surface patching are currently being carried out in the area.",
        id="repairs-being-carried-out",
    ),  # Creich
    pytest.param(
        "Cllr Gale followed up a response from Roads and was advised that there is no funding for the passing place.",
        id="followed-up-and-was-advised",
    ),  # Strathnairn
    pytest.param(
        "Cllr Thorne had followed up by email about the use of the road by construction vehicles but has not had a"
        " response yet.",
        id="had-followed-up-no-response",
    ),  # Strathnairn
    pytest.param("This is complete and there is no further action.", id="complete-no-further-action"),  # Strathnairn
    pytest.param("The bus service will return on 19 April.", id="bus-service-will-return"),  # Kilmorack
    pytest.param(
        "The Secretary contacted the project manager but he is on holiday.", id="contacted-but-on-holiday"
    ),  # Kilmorack
    pytest.param(
        "In response to a question from a resident, the Commander said that patrols had been increased on Elm Street.",
        id="question-answered-at-meeting",
    ),
    pytest.param("Captain Rowley presented the monthly crime statistics for the precinct.", id="presented-statistics"),
    pytest.param(
        "The minutes of the meeting held on 12 September were approved as a true and accurate record.",
        id="minutes-approved",
    ),
    pytest.param(
        "Questions from members of the public had been answered at the meeting.", id="questions-had-been-answered"
    ),
    pytest.param(
        "Mr Rowley reported that the new signage had been installed by the contractor.", id="reported-installed"
    ),
    pytest.param("The Board was asked to note the report.", id="board-was-asked-to-note"),
    pytest.param("Members were asked to declare any interests.", id="members-were-asked-to-declare"),
    pytest.param(
        "The Board noted that the Chief Executive had met the regional director in October.",
        id="board-noted-had-met",
    ),
]


@pytest.mark.parametrize(("sentence", "owners", "due"), marked(STEPS + MORE_STEPS, OPEN))
def test_step_is_an_action(sentence: str, owners: list[str] | None, due: dt.date | None | str) -> None:
    check_paired_action(read([sentence]), sentence, owners, due)


@pytest.mark.parametrize("sentence", NOT_ACTIONS)
def test_not_an_action(sentence: str) -> None:
    found = read([sentence])
    assert paired(sentence, found) is None, [(a.text, a.owners) for a in found]


def test_failed_motion_is_no_action() -> None:
    """A motion to direct staff that failed on the vote gives no action (Dubuque's motion form)."""
    motion = (
        "Motion by Councilmember Gale, second by Councilmember Thorne, to direct staff to close the skate park at dusk."
    )
    found = read([motion + " Motion failed 2-3."])
    assert all(paired(motion, [action]) is None for action in found), [(a.text, a.owners) for a in found]


@pytest.mark.parametrize(
    ("line", "owners"),
    [
        ("AUG23/2 Dr Ganesan (CDDO) to report back to the Board in two months on progress.", ["A Ganesan"]),
        ("PB270922-AP44 JT to share the final version of the review report with members.", ["J Thorne"]),
    ],
)
def test_action_reference_then_step(line: str, owners: list[str]) -> None:
    """A board's action reference before the step ("AUG23/2", "PB270922-AP44"), as a steering board's actions table
    prints it (Data Standards Authority): the step after the reference, with its owner."""
    check_paired_action(read([line]), line.split(" ", 1)[1], owners)


def test_moved_motion_failed_for_lack_of_a_second() -> None:
    """'X moved to … Motion failed for lack of a second.': the motion fell, no action; one that carried stays."""
    failed = "Councilmember Gale moved to direct staff to prepare a cost estimate for the crosswalk."
    assert all(paired(failed, [a]) is None for a in read([failed + " Motion failed for lack of a second."]))
    carried = "Councilmember Gale moved to direct staff to prepare a cost estimate for the crosswalk."
    check_paired_action(read([carried + " Motion carried 5-0."]), carried, ["staff"])


def test_community_council_matters_arising_page() -> None:
    """A Highland community council's matters arising and updates (Creich): the owners' initials before "Action."
    after each step, news and balances no action."""
    lines = [
        "Matters arising",
        "(1) Heart Start training. It is understood that Mr Gale is still pursuing plans to arrange this.",
        "(2) Invitation to the Roads Manager. This is now proposed for the February meeting and invitations will be"
        " issued. HC Action.",
        "Dr Ganesan will advise the Clerk of contact details for the Area Commander. AG Action.",
        "Planning. Details of relevant applications have been circulated.",
        "Treasurer's report. The balance stands at £1,005.50.",
    ]
    found = read(lines)
    check_paired_action(
        found, "This is now proposed for the February meeting and invitations will be issued.", ["H Carr"]
    )
    check_paired_action(found, lines[3].removesuffix(" AG Action."), ["A Ganesan"])
    assert len(found) == 2, [(a.text, a.owners) for a in found]


def test_summary_of_actions_at_the_end() -> None:
    """The numbered lines of a "Summary of actions" at the end of a board's minutes are actions with their owners."""
    lines = [
        "Summary of actions",
        "1. Secretariat to circulate the slides to members.",
        "2. AG/RF to review the risk register before the next meeting.",
        "3. Officials to provide a note on the consultation responses.",
    ]
    found = read(lines)
    check_paired_action(found, lines[1], ["Secretariat"])
    check_paired_action(found, lines[2], ["A Ganesan", "R Francis"])
    check_paired_action(found, lines[3], ["Officials"])
    assert paired(lines[0], found) is None
