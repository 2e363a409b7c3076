"""NLP round 78 (action recall and owners in the minutes of genres no earlier round drew: an inshore fisheries and
conservation authority, a fish harvesters' association, parochial church councils, a local access forum, Irish
municipal districts, US water districts, standing advisory councils on religious education, a Scottish local licensing
forum and licensing board, a schools forum, a university's board of trustees, Australian shire councils and, in the phrasing of those pages, a
further-education college corporation), read through the real NLP pass:

- action lines as such minutes print them: "X will email …", "The Chief Executive was asked to write …", "ACTION: X to
  …", an action label after the sentence ("… Action JT", "All agreed – action SG."), "Recommended – That X to contact
  …", "It was agreed that the Clerk would co-ordinate …", "In the absence of X, the clerk agreed to …", "AGREED that
  the Democratic Services Officer write …", "X to bring this to the next meeting" after a semicolon, "The Corporation
  APPROVED … and asked the Principal to …", "ACTION – DP/Head of Finance to …", a shire's "Council Resolution: That
  the Chief Executive Officer write …" (minutes only: an agenda's "Resolution:" lines are business to be taken, README
  stop 24);
- stop 34's left cases: a post carrying the body it serves ("Clerk to the Board to circulate …", "The Board agreed that
  the Clerk to the Board to …": the owner is the post as printed, as the Suffolk Libraries golds give "the Clerk to the
  Board"), and "The Harbour Master would arrange …" alone. The rule chosen: "would" after a named post or person
  opening the sentence is that owner's commitment, as "will" is (the gold conventions list "X would/agreed to …");
  not a wish or a state ("would like", "would not be able to attend", "would be on leave", "would have preferred"),
  and not "would" reported inside what someone told the meeting ("informed the members that X would go through …");
- not actions: a document noted, a presentation, no matters arising, past-tense updates ("had written", "had sent",
  "was circulated", "had been submitted"), answers to questions, an election, a resignation, a vote on the agenda,
  "no action was taken", discussion.

Sentences keep the structure and phrasing of the real pages; names, places, bodies and numbers are changed (the people
are those of BOARD_PRESENT in tests/minutes_page.py). Sources (bodies no earlier suite cites):

- https://docest.com/doc/567353/present-nifca-members (an IFCA: "Catherine Scott will email Emma Cosimini with the
  details to be added to these meeting minutes.", "The document was noted and received by the meeting.", "Richard
  Blackhurst from Seafish attended the meeting to give an update on St Aidan.")
- https://studylib.net/doc/5825212/minutes-general-committee-meeting-27th-jan-2015 (an IFCA: "The Chief Executive was
  asked to write to Mr Arkle to confirm that this matter had been thus considered by the Quarterly meeting.")
- https://capebretonfish.com/minutes/march-13-2019/ (a fish harvesters' association: "ACTION: Michael to write an
  email to ask questions.")
- https://stalbrights.org/b/blog-41574-minutes-of-pcc-meeting-held-on-june-13th (a PCC: "The minute secretary JL will
  provide copies of minutes … for publication, once they have been approved for circulation. Action JL", "… and JB
  sought approval for the purchase. All agreed – action JB.", "There were no matters arising")
- https://stpaulsstockingford.org.uk/2014/05/30/pcc-minutes-may-2014/ (a PCC: "Pilgrim Course – the PCC agreed to
  support this, which was …")
- https://northlincolnshire.moderngov.co.uk/ieListDocuments.aspx?CId=308&MId=3718&Ver=4 (a local access forum:
  "Recommended – That (i) Mrs V Oxley to contact members and confirm their interest, such as; running, biking, walking
  etc", "Mrs V Oxley advised the forum the Terms of Reference had been reviewed.")
- https://leitrim.moderngov.co.uk/ieListDocuments.aspx?CId=145&MId=313&Ver=4 (an Irish municipal district: "Mr
  Gilhooly responded that there was no problem at this location.", "Mr Gilhooly informed the members that Mr McGovern,
  A/Senior Engineer Roads would go through the roads programme and take questions at the end of it.")
- https://paperzz.com/doc/8562701/present--councillor-michael-smith--cathaoirleach--presided (an Irish municipal
  district: "The Council will examine any sites suggested by the local community.")
- https://lf.otaywater.gov/WebLink/DocView.aspx?dbid=0&id=925465&repo=OWD (a US water district: "Director Breitfelder
  indicated that he wished to pull item 6b from the Consent Calendar.")
- http://www.sonic.net/~sws5/sweetwatersprings.com/newsite/minutes/2007/november07.htm (a US water district: "The GM
  provided an overview of this item. Discussion ensued.", "No action was taken.")
- https://www2.bartleby.com/essay/Bay-Delta-Water-Project-Proposal-46FB610C71A369E0 (a US water district's minutes:
  "Director Cooke requested the General Manager to discuss with High Road IT, if District information is being backed
  up", "This item was continued and no action taken.")
- https://rbwm.moderngov.co.uk/CeListDocuments.aspx?CommitteeId=151&MeetingId=3430&DF=05%2f03%2f2014&Ver=2 and
  …MID=2880&RD=Minutes&DF=10%2f06%2f2013… (a SACRE: "It was agreed that the Clerk would co-ordinate interest and write
  to the relevant individuals and organisations.", "Councillor Kellaway offered to write to …", "In the absence of Simon
  Wright, the clerk agreed to investigate whether this had taken place.", "Jo Fageant advised that she would forward
  details of forthcoming courses to Karen Butler")
- https://scottishborders.moderngov.co.uk/ieListDocuments.aspx?CId=177&MId=3631&Ver=4 (a local licensing forum:
  "AGREED that the Democratic Services Officer write to Mr Taylor, on behalf of the Forum, to express appreciation for
  his contribution as a member.", "Mr Mark Hay offered to chair the next meeting.", "The Forum received this
  information with regret.")
- https://scottishborders.moderngov.co.uk/ieListDocuments.aspx?CId=177&MId=4725&Ver=4 (the same forum: "Mr Tunnah
  advised that a response to the consultation on Occasional Licences had been submitted on behalf of the Forum.")
- http://www.highland.gov.uk/yourcouncil/committees/highlandlicbrd/10-10-05-hlb-min.htm (a licensing board: "Upon
  accepting the nomination and proposal, Mr P Corbett was unanimously elected Convener …")
- https://www.highland.gov.uk/meetings/meeting/3535/highland_licensing_board/attachment/69064 (a licensing board: "The
  Clerk advised the Board that the meeting would be filmed and broadcast over the internet …")
- http://www.slough.gov.uk/moderngov/mgAi.aspx?ID=25676 and ID=26964 (a schools forum: "Maggie Waller agreed to
  circulate both letters to Forum members along with her responses.", "Nicky Willis to provide Maggie with a paragraph
  to be inserted in the letter.", "Atul Lad confirmed the model with the financial implications was circulated to Forum
  members.", "Clarification was requested regarding St Joseph's current budget position; Atul Lad to bring this to the
  next meeting.", "Maggie Waller and John Constable had sent a letter to …")
- https://vdocument.in/minutes-shire-of-carnamah-ordinary-meeting-of-council-a-minutes-20-november.html (an
  Australian shire: "Council Resolution 20191104" over each decision) and
  https://portmacquarie.infocouncil.biz/RedirectToInvalidFileName.aspx?FileName=OC_16022023_MIN.HTM*$PDF2_ReportName_11710
  (an Australian council: "The Mayor opened the Meeting with an Acknowledgement of Country and welcomed all in
  attendance …", "Councillor Sheppard declared a Non-Pecuniary, Less than Significant interest in Item 11.04 …")
- https://hobbydocbox.com/Investors_and_Patents/85071674-Minutes-of-the-meeting-of-the-michigan-state-university-board-of-trustees-february-10-2006.html
  (a university's board of trustees: "On a motion by Trustee Porteous, supported by Trustee Gonzales, THE BOARD VOTED
  to approve the agenda.")
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt

import pytest

from minutes_page import (
    BOARD_MEETING,
    BOARD_PRESENT,
    actions_on_page,
    board_actions,
    check_paired_action,
    marked,
    minutes_item,
    minutes_page,
)
from minutes_page import paired_action as paired

read = board_actions

# an action label printed after the sentence it gives an owner: the action's text is the sentence without it
TRAILING_LABELS = (" Action JT", " All agreed – action SG.", " Action: Clerk")


# (sentence, owners or None where not checked, due or "any" where not checked)
STEPS = [
    pytest.param(
        "Dr Ganesan will email the Clerk with the details to be added to these minutes.",
        ["A Ganesan"],
        "any",
        id="ifca-member-will-email",
    ),
    pytest.param(
        "The Chief Executive was asked to write to Mr Brannigan to confirm that the matter had been considered by the"
        " quarterly meeting.",
        ["Chief Executive"],
        "any",
        id="ifca-chief-executive-was-asked",
    ),
    pytest.param(
        "ACTION: Ms Thorne to write an email to the harvesters' association to ask questions.",
        ["J Thorne"],
        "any",
        id="harvesters-action-person-to",
    ),
    pytest.param(
        "The minute secretary will provide copies of minutes to the Parish Administrator for publication, once they"
        " have been approved for circulation. Action JT",
        ["J Thorne"],
        "any",
        id="pcc-trailing-action-initials",
    ),
    pytest.param(
        "A supplier has been found who will provide the ramp for the front entrance at a cost of £350 and SG sought"
        " approval for the purchase. All agreed – action SG.",
        ["S Gale"],
        "any",
        id="pcc-all-agreed-action-initials",
    ),
    pytest.param(
        "Recommended – That Mrs Carr to contact members and confirm their interest, such as running, cycling and"
        " walking.",
        ["H Carr"],
        "any",
        id="access-forum-recommended-that-person-to",
    ),
    pytest.param(
        "The Council will examine any sites suggested by the local community.",
        ["Council"],
        "any",
        id="municipal-district-council-will-examine",
    ),
    pytest.param(
        "Director Francis requested the General Manager to discuss with the IT contractor whether District information"
        " is being backed up.",
        ["General Manager"],
        "any",
        id="water-district-requested-general-manager",
    ),
    pytest.param(
        "It was agreed that the Clerk would co-ordinate interest and write to the relevant individuals and"
        " organisations.",
        ["Clerk"],
        "any",
        id="sacre-agreed-clerk-would-hyphenated-verb",
    ),
    pytest.param(
        "Councillor Rowley offered to write to the Secretary of State to clarify what had become a grey area.",
        ["M Rowley"],
        "any",
        id="sacre-member-offered-to-write",
    ),
    pytest.param(
        "In the absence of Mr Gale, the clerk agreed to investigate whether this had taken place.",
        ["clerk"],
        "any",
        id="sacre-absence-lead-in-clerk-agreed",
    ),
    pytest.param(
        "Dr Ganesan advised that she would forward details of forthcoming courses to Mrs Francis.",
        ["A Ganesan"],
        "any",
        id="sacre-advised-she-would-forward",
    ),
    pytest.param(
        "AGREED that the Democratic Services Officer write to Mr Taylor, on behalf of the Forum, to express"
        " appreciation for his contribution as a member.",
        ["Democratic Services Officer"],
        "any",
        id="licensing-forum-agreed-post-write",
    ),
    pytest.param(
        "Ms Thorne agreed to circulate both letters to Forum members along with her responses.",
        ["J Thorne"],
        "any",
        id="schools-forum-agreed-to-circulate",
    ),
    pytest.param(
        "Clarification was requested regarding the school's current budget position; Mr Gale to bring this to the"
        " next meeting.",
        ["S Gale"],
        "any",
        id="schools-forum-semicolon-person-to-bring",
    ),
    pytest.param(
        "The Corporation APPROVED the revised Financial Regulations and asked the Principal to publish them on the"
        " College website.",
        ["Principal"],
        "any",
        id="college-corporation-approved-and-asked",
    ),
    pytest.param(
        "Members asked the Principal to bring a paper on the apprenticeship strategy to the next meeting.",
        ["Principal"],
        "any",
        id="college-members-asked-principal",
    ),
    pytest.param(
        "The Forum requested that the Secretary write to the Highways Authority about the bridleway at Hollow Lane.",
        ["Secretary"],
        "any",
        id="access-forum-requested-secretary",
    ),
    pytest.param(
        "ACTION – DP/Head of Finance to revise the cash flow forecast.",
        ["DP", "Head of Finance"],
        "any",
        id="college-action-initials-slash-post",
    ),
    pytest.param(
        "It was agreed to write to the Highways Authority about the bridleway at Hollow Lane. Action: Clerk",
        ["Clerk"],
        "any",
        id="access-forum-trailing-action-post",
    ),
    pytest.param(
        "Clerk to the Board to circulate the revised policy statement to members.",
        ["Clerk to the Board"],
        "any",
        id="licensing-board-clerk-to-the-board-to",
    ),  # stop 34's left case
    pytest.param(
        "The Board agreed that the Clerk to the Board to circulate the revised policy statement to members.",
        ["Clerk to the Board"],
        "any",
        id="licensing-board-agreed-clerk-to-the-board",
    ),  # stop 34's left case
    pytest.param(
        "The Harbour Master would arrange for the pontoon to be inspected before the summer.",
        ["Harbour Master"],
        "any",
        id="harbour-master-would-alone",
    ),  # stop 34's left case
    pytest.param(
        "Pilgrim Course – the PCC agreed to support this, which was an exploration of faith course in two parts.",
        [],
        "any",
        id="pcc-topic-run-in-own-decision",
    ),
    pytest.param(
        "Minute 5 – Clerk to write to the landowner about the empty shop units: carried forward.",
        ["Clerk"],
        "any",
        id="matters-arising-minute-carried-forward",
    ),
    pytest.param(
        "The Board agreed to spend up to £4,000 on the Christmas lights switch-on.",
        [],
        "any",
        id="bid-board-agreed-to-spend-own-decision",
    ),
    pytest.param(
        "Council Resolution: That the Chief Executive Officer write to the Department of Transport regarding the"
        " condition of the river road.",
        ["Chief Executive Officer"],
        "any",
        id="shire-council-resolution-label-post-write",
    ),
    pytest.param(
        "RESOLUTION: That Council receive the report on the aquatic facility.",
        [],
        "any",
        id="shire-resolution-label-own-body",
    ),
    pytest.param(
        "The Principal would bring the revised accommodation strategy to the March meeting.",
        ["Principal"],
        dt.date(2025, 3, 31),
        id="college-principal-would-bring",
    ),
]

OPEN: dict[str, str] = {}

NOT_ACTIONS = [
    pytest.param("The document was noted and received by the meeting.", id="ifca-noted-and-received"),
    pytest.param(
        "Mr Pollard from Seafish attended the meeting to give an update on the patrol vessel.",
        id="ifca-attended-to-give-update",
    ),
    pytest.param("There were no matters arising.", id="pcc-no-matters-arising"),
    pytest.param(
        "Mrs Carr advised the forum the Terms of Reference had been reviewed.", id="access-forum-advised-reviewed"
    ),
    pytest.param("Mr Gale responded that there was no problem at this location.", id="md-responded-no-problem"),
    pytest.param(
        "Mr Gale informed the members that Dr Ganesan, Senior Engineer Roads, would go through the roads programme and"
        " take questions at the end of it.",
        id="md-informed-post-would-go-through",
    ),
    pytest.param(
        "Director Thorne indicated that she wished to pull item 6b from the Consent Calendar.",
        id="water-indicated-wished-to-pull",
    ),
    pytest.param("The GM provided an overview of this item. Discussion ensued.", id="water-overview-discussion"),
    pytest.param("No action was taken.", id="water-no-action-taken"),
    pytest.param(
        "Mr Taylor had resigned from the Forum due to his time being taken up with other commitments.",
        id="licensing-forum-resigned",
    ),
    pytest.param("The Forum received this information with regret.", id="licensing-forum-received-with-regret"),
    pytest.param(
        "Mr Gale advised that a response to the consultation on Occasional Licences had been submitted on behalf of"
        " the Forum.",
        id="licensing-forum-advised-submitted",
    ),
    pytest.param(
        "Upon accepting the nomination, Mr Rowley was unanimously elected Convener of the Licensing Board.",
        id="licensing-board-elected-convener",
    ),
    pytest.param(
        "The Clerk advised the Board that the meeting would be filmed and broadcast over the internet.",
        id="licensing-board-clerk-advised-would-be-filmed",
    ),
    pytest.param(
        "Mr Gale confirmed the model with the financial implications was circulated to Forum members.",
        id="schools-forum-confirmed-was-circulated",
    ),
    pytest.param(
        "Ms Thorne and Mr Gale had sent a letter to the Secretary of State for Education stating concerns about"
        " levels of funding.",
        id="schools-forum-had-sent-letter",
    ),
    pytest.param(
        "On a motion by Trustee Thorne, supported by Trustee Gale, THE BOARD VOTED to approve the agenda.",
        id="trustees-voted-approve-agenda",
    ),
    pytest.param("Mr Gale would not be able to attend the next meeting.", id="would-not-be-able-to-attend"),
    pytest.param("The Chair would like to thank everyone for attending.", id="chair-would-like-to-thank"),
    pytest.param("The Clerk would be on leave during August.", id="clerk-would-be-on-leave"),
    pytest.param("Dr Ganesan would have preferred a longer consultation period.", id="would-have-preferred"),
    pytest.param(
        "Minute 5 – the Clerk had written to the landowner and a reply was awaited.", id="matters-arising-had-written"
    ),
    pytest.param(
        "Minute 7 – the Operations Manager had obtained quotes for the hanging baskets; complete.",
        id="matters-arising-done-complete",
    ),
    pytest.param(
        "The Mayor opened the Meeting with an Acknowledgement of Country and welcomed all in attendance.",
        id="shire-mayor-opened-welcomed",
    ),  # Port Macquarie
    pytest.param(
        "Councillor Rowley declared a Non-Pecuniary, Less than Significant interest in Item 11.04 Aquatic Facility.",
        id="shire-declared-interest",
    ),  # Port Macquarie
]


@pytest.mark.parametrize(("sentence", "owners", "due"), marked(STEPS, OPEN))
def test_step_is_an_action(sentence: str, owners: list[str] | None, due: dt.date | None | str) -> None:
    check_paired_action(read([sentence]), printed(sentence), owners, due)


def printed(sentence: str) -> str:
    """The action's text as printed: without an action label after it, and the owner's clause alone after a semicolon
    that ends someone else's report ("Clarification was requested …; Mr Gale to bring this …")."""
    for label in TRAILING_LABELS:
        sentence = sentence.removesuffix(label)
    return sentence.split("; ", 1)[1] if sentence.startswith("Clarification was requested") else sentence


@pytest.mark.parametrize("sentence", NOT_ACTIONS)
def test_not_an_action(sentence: str) -> None:
    found = read([sentence])
    assert paired(sentence, found) is None, [(a.text, a.owners) for a in found]


COLLEGE_PAGE = [
    "Eastshire College Corporation",
    "Minutes of the meeting of the Corporation held on Thursday 14 November 2024",
    BOARD_PRESENT,
    "The Corporation APPROVED the Annual Report and Financial Statements for 2023/24.",
    "Clerk to the Corporation to circulate the revised Standing Orders to governors.",
    "The Vice Principal Finance presented the management accounts for the period to 31 October.",
    "The Principal would not be able to attend the December meeting.",
    "RESOLVED that the Corporation noted the report of the Audit Committee.",
]


@pytest.fixture(scope="module")
def college_actions() -> list:
    return actions_on_page(minutes_page(COLLEGE_PAGE), minutes_item(), BOARD_MEETING)


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        pytest.param(COLLEGE_PAGE[3], [], id="corporation-approved-own-decision"),
        pytest.param(COLLEGE_PAGE[4], ["Clerk to the Corporation"], id="clerk-to-the-corporation-to"),
        pytest.param(COLLEGE_PAGE[7], [], id="resolved-corporation-noted"),
    ],
)
def test_college_corporation_page(college_actions: list, sentence: str, owners: list[str]) -> None:
    """A further-education college corporation's minutes read whole: its approval is its own decision (no owner,
    README stop 25), its clerk is "Clerk to the Corporation" as printed."""
    check_paired_action(college_actions, sentence, owners)


@pytest.mark.parametrize("sentence", [COLLEGE_PAGE[5], COLLEGE_PAGE[6]], ids=["presented", "would-not-be-able"])
def test_college_corporation_page_not_actions(college_actions: list, sentence: str) -> None:
    assert paired(sentence, college_actions) is None, [(a.text, a.owners) for a in college_actions]


BID_PAGE = [
    "Northgate Business Improvement District",
    "Minutes of the BID Board meeting held on Thursday 14 November 2024",
    BOARD_PRESENT,
    "1. Christmas lights",
    "Officers to bring a report on footfall to the next meeting.",
    "Agreed actions",
    "Ms Thorne to contact the market traders about the Saturday stalls",
    "Operations Manager to order the replacement litter bins",
    "Chair and Clerk to meet the Town Board about the regeneration fund",
]


def test_agreed_actions_list_at_the_end() -> None:
    """A business improvement district's minutes closing with "Agreed actions": each line is its owner's (a person,
    a post, two posts joined by "and"); the heading is no action."""
    found = actions_on_page(minutes_page(BID_PAGE), minutes_item(), BOARD_MEETING)
    check_paired_action(found, BID_PAGE[4], ["Officers"])
    check_paired_action(found, BID_PAGE[6], ["J Thorne"])
    check_paired_action(found, BID_PAGE[7], ["Operations Manager"])
    check_paired_action(found, BID_PAGE[8], ["Chair", "Clerk"])
    assert paired(BID_PAGE[5], found) is None, [(a.text, a.owners) for a in found]
