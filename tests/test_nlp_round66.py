"""Round 66 (owners from context, and resolution blocks): read through the real NLP pass (tests/minutes_page.py) and
compared as `agendaparse eval` compares them (text Jaccard >= 0.5, owners normalised, due ISO dates equal):

- owners the action's sentence does not name but its context does: the subject of the sentence before when it had
  offered or was planning the work ("The Friends of X had offered to help. The leaflet will be distributed in
  January."), pronouns ("She would …", "They agreed to …", "It was agreed he would …"), the officer who presented or
  introduced the item ("The officer agreed to …", "The report author would …"), a "Lead:" printed after the step or
  in the item's heading; and no owner where a passive step has no agent in reach, or "It" / "They" are things;
- resolution blocks of printed minutes of district, county and unitary councils and their cabinets: "RESOLVED – That
  (1) …; and (2) …" run in or one part a line, "RESOLVED that: 1) …", "AGREED that:", "DECISION:", parts continued
  over a page break or after a quoted recommendation, "RECOMMENDED to Council that", "(Cabinet Member: X)" in the
  heading; each part its own action, owned as corpus/gold/README.md's round 2 rule has it: the resolving body owns
  nothing it resolves (owners `[]`), the post a part authorises, asks or names to act owns that part, another body
  a recommendation is put to owns it, and a "Clerk to action." under a resolution names who acts.

Sentences keep the structure and phrasing of the real pages; names, places, numbers and dates are changed. Sources
(bodies no earlier suite cites):

- https://docsbay.net/lessingham-and-hempstead-with-eccles-parish-council (Lessingham and Hempstead with Eccles Parish Council: "There are currently two separate parties looking into the possibility of purchasing and placing the defibrillator.", "Cllr Henderson will forward the email address of … so that the Clerk can pass on any information.", "The parishioner was interested in volunteering to produce two new notice boards …")
- http://plezrez.blogspot.com/2013 and https://plezrez.blogspot.com/2011/01 (Pleasant Residents' Association, Louth: "Hanging Baskets some were still going strong. They would be stored up when finished, and replanted in the Spring.", "Dave raised the issue of the unlit street light on the footpath …, Kim agreed to find out who maintained the light and contact them …", "It was agreed that residents would monitor activity as the site was developed.")
- http://eakring.org/Eakring.org.copyfiles/p-c-news-9-5-07.htm (Eakring Parish Council: "Concern was expressed about the possible replacement of the finger post … Clerk to enquire whether repair is possible.")
- http://www.desfordvision.co.uk/2021/05/15/dnp-working-group-minutes-march-2021/ (Desford Neighbourhood Plan working group: "Martyn stated that he had received an email from Market Bosworth NP group. It was agreed that this would be discussed later.", "Bernard stated that he had circulated an email …")
- https://lfpp.oxfordcounty.ca/WebLink/DocView.aspx?id=43545&dbid=0&repo=Tillsonburg-Public (Town of Tillsonburg council: "2014 Budget and Business Plans … Presented By: Director of Finance/CAO … Staff to provide rates and fees information and the by-law.")
- https://parwich.org/2010/02/07/memorial-hall-updates/?replytocom=6049 (Parwich Memorial Hall committee: "Following the next Memorial Hall committee meeting …, a newsletter will be issued …")
- http://www.wordwrightsoftitchfield.co.uk/blog/notes-from-the-meeting-of-18th-october-2018 (Wordwrights of Titchfield: "It was agreed that the first of our chosen dates … suited most members and the Secretary will duly notify the Wheatsheaf of our decision", "Rosa to provide for November")
- https://docsbay.net/minutes-of-a-meeting-held-at-trowell-parish-hall-on-tuesday-2nd-december-2003-at-7 (Trowell Parish Council, newsletter editorial committee: "It was RESOLVED to ask the County Councillors for the Parish to fund the postage costs for the Trowell Matters postal round delivery. All in favour. Clerk to action.")
- http://democracy.swansea.gov.uk/mgAi.aspx?ID=14851 (City and County of Swansea scrutiny programme committee: "RESOLVED that: 1) the Scrutiny Letters Log be NOTED; and 2) the convener of the Civic Events Working Group be authorised to convene a further meeting as necessary.")
- https://democracy.hambleton.gov.uk/mgDecisionDetails.aspx?IId=6862&Opt=1 (Hambleton District Council cabinet: "THE DECISION: That Cabinet approves and recommends to Council that:- (1) the budget remains at … ; (2) the allocation from the One-Off fund …; and (3) …")
- https://democracy.tamworth.gov.uk/mgDecisionDetails.aspx?IId=15439&Opt=1 (Tamworth Borough Council: "RESOLVED: That Members Endorsed the Annual Executive Arrangements Report (Moved by Councillor D Cook and seconded by Councillor Dr S Peaple)")
- http://cds.sevenoaks.gov.uk/ieDecisionDetails.aspx?ID=343&J=1 (Sevenoaks District Council: "Resolved: That the minutes of past committees be agreed and that the Chairman be authorised to sign the minutes …")
- https://www.capetown.gov.za:443/Family%20and%20home/Meet-the-City/city-council/meeting-calendar/subcouncil-meeting-detail/subcouncil-resolution?MeetingItemId=127437 (City of Cape Town subcouncil 20: "RESOLVED TO RECOMMEND - Subcouncil 20 supports and recommends to Council that the 2019/20 Ward Allocation funds be reallocated as set out in Annexure A.")
- The shapes the brief names ("RESOLVED – That (1) … (2) …", "RESOLVED: (a) … ; and (b) …", "AGREED that", "DECISION:", "RECOMMENDED to Council that", "(Cabinet Member: X)", "It was agreed he would …", "The officer agreed to …", "The report author would …", "Lead: Head of Estates") are written in the phrasing of the council and committee minutes above.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from agendaparse.models import Action
from agendaparse.nlp import expand_owner_surnames, find_actions, find_mentions, merge_person_aliases
from minutes_page import actions_on_page, minutes_item, minutes_page, same_owners, shared_nlp
from minutes_page import paired_action as paired

MEETING = dt.date(2024, 6, 18)  # a Tuesday
PRESENT = (
    "Present: Cllr Joan Gray (Chair), Cllr Mark Beer, Cllr Rita Lenton, Cllr Paul Hale, Cllr Ann Ward, Sam Lavin"
    " (Clerk). Officers: Nina Shaw (Head of Finance), Owen Pike (Housing Manager)."
)


def read(paragraphs: list[str], title: str = "Matters arising", presenter: str | None = None) -> list[Action]:
    item = minutes_item(title=title, presenter=presenter)
    return actions_on_page(minutes_page([PRESENT, *paragraphs]), item, MEETING)


def check(found: list[Action], sentence: str, owners: list[str] | None, due: dt.date | None) -> None:
    action = paired(sentence, found)
    assert action is not None, [(a.text, a.owners) for a in found]
    if owners is not None:
        assert same_owners(action.owners, owners), action.owners
    if due is not None:
        assert action.due == due, (action.due, action.due_text)


# (paragraphs, the action's sentence, owners, due or None where the due is not checked)
CONTEXT_OWNERS = [
    pytest.param(
        [
            "The Friends of Elm Park had offered to help with the village survey. The leaflet will be distributed"
            " throughout the village in January."
        ],
        "The leaflet will be distributed throughout the village in January.",
        ["Friends of Elm Park"],
        dt.date(2025, 1, 31),
        id="body-had-offered-then-passive",
    ),  # the brief's shape; Lessingham ("interested in volunteering to produce two new notice boards")
    pytest.param(
        [
            "The Trust is planning to hold a village consultation about its work and how it could help the village."
            " The questionnaire will be delivered to every household in March."
        ],
        "The questionnaire will be delivered to every household in March.",
        ["Trust"],
        dt.date(2025, 3, 31),
        id="body-is-planning-then-passive",
    ),  # Parwich ("Following the next … meeting, a newsletter will be issued")
    pytest.param(
        [
            "Two separate groups are looking into buying a defibrillator for the village. The unit will be placed at"
            " the Chapel or at the school."
        ],
        "The unit will be placed at the Chapel or at the school.",
        [],
        None,
        id="unnamed-groups-then-passive-no-owner",
    ),  # Lessingham
    pytest.param(
        ["Mr Hale complained about the long grass on the verges at Mill Lane. The verges will be cut in July."],
        "The verges will be cut in July.",
        [],
        dt.date(2024, 7, 31),
        id="complainant-is-not-owner",
    ),
    pytest.param(
        [
            "The minutes of the last meeting were signed as a true record. The draft letter to the landowner will be"
            " amended."
        ],
        "The draft letter to the landowner will be amended.",
        [],
        None,
        id="passive-no-agent-in-reach",
    ),
    pytest.param(
        [
            "Cllr Lenton reported on the defibrillator. She would ask the Co-operative whether free units are still"
            " offered to villages."
        ],
        "She would ask the Co-operative whether free units are still offered to villages.",
        ["Rita Lenton"],
        None,
        id="she-would-after-reporter",
    ),  # Lessingham
    pytest.param(
        ["Cllr Beer reported on the speed watch scheme. He will contact the police about replacement equipment."],
        "He will contact the police about replacement equipment.",
        ["Mark Beer"],
        None,
        id="he-will-after-reporter",
    ),
    pytest.param(
        [
            "The Clerk reported concern about the finger post at Wellow Road. It was agreed he would ask the County"
            " Council whether repair is possible."
        ],
        "It was agreed he would ask the County Council whether repair is possible.",
        ["Clerk"],
        None,
        id="it-was-agreed-he-would",
    ),  # Eakring
    pytest.param(
        [
            "Cllr Ward raised the unlit street light on the footpath between Little Lane and Church Walk. It was agreed"
            " she would find out who maintains the light and contact them."
        ],
        "It was agreed she would find out who maintains the light and contact them.",
        ["Ann Ward"],
        None,
        id="it-was-agreed-she-would",
    ),  # Pleasant Residents' Association
    pytest.param(
        [
            "Anna Field and Tom Reed of the Allotment Society attended the meeting. They agreed to draft a tenancy"
            " agreement for the next meeting."
        ],
        "They agreed to draft a tenancy agreement for the next meeting.",
        ["Anna Field", "Tom Reed"],
        None,
        id="they-agreed-two-people",
    ),  # Desford
    pytest.param(
        ["The Allotment Society had written about the water charges. They agreed to meet the Clerk in July."],
        "They agreed to meet the Clerk in July.",
        ["Allotment Society"],
        dt.date(2024, 7, 31),
        id="they-agreed-body",
    ),
    pytest.param(
        [
            "The Housing Manager introduced the report on empty homes. The officer agreed to circulate the figures for"
            " empty council homes by ward."
        ],
        "The officer agreed to circulate the figures for empty council homes by ward.",
        ["Housing Manager"],
        None,
        id="the-officer-who-introduced",
    ),  # Tillsonburg ("Presented By: Director of Finance")
    pytest.param(
        [
            "The Head of Finance presented the report. She undertook to circulate the revised figures before the next"
            " meeting."
        ],
        "She undertook to circulate the revised figures before the next meeting.",
        ["Head of Finance"],
        None,
        id="she-undertook-after-presenter",
    ),
    pytest.param(
        ["This will be taken forward at the next review of the estate. Lead: Head of Estates"],
        "This will be taken forward at the next review of the estate.",
        ["Head of Estates"],
        None,
        id="lead-label-after",
    ),
    pytest.param(
        ["The grass cutting contract will be re-tendered in the autumn. Lead officer: Parks Manager"],
        "The grass cutting contract will be re-tendered in the autumn.",
        ["Parks Manager"],
        None,
        id="lead-officer-label-after",
    ),
    pytest.param(
        ["Cllr Gray reported on the footpath. It was agreed that she would write to the landowner about the stile."],
        "It was agreed that she would write to the landowner about the stile.",
        ["Joan Gray"],
        None,
        id="it-was-agreed-that-she-would",
    ),
    pytest.param(
        [
            "The Head of Finance presented the report on fees. The report author agreed to circulate the charging"
            " schedule to members."
        ],
        "The report author agreed to circulate the charging schedule to members.",
        ["Head of Finance"],
        None,
        id="report-author-who-presented",
    ),
    pytest.param(
        ["The Twinning Association had asked about a grant. They also agreed to send the accounts for the last year."],
        "They also agreed to send the accounts for the last year.",
        ["Twinning Association"],
        None,
        id="they-also-agreed-body",
    ),
    pytest.param(
        [
            "The Secretary reported that the first of the chosen dates suited most members. The Secretary will notify"
            " the hotel of the decision."
        ],
        "The Secretary will notify the hotel of the decision.",
        ["Secretary"],
        None,
        id="named-in-the-sentence-wins",
    ),  # Wordwrights of Titchfield
]

# "It" and "They" that are things, not people or bodies: when read as a step, it has no owner (paragraphs, sentence)
THING_PRONOUNS = [
    pytest.param(
        [
            "The hanging baskets were still going strong. They would be stored when finished and replanted in the"
            " spring."
        ],
        "They would be stored when finished and replanted in the spring.",
        id="they-are-things-no-owner",
    ),  # Pleasant Residents' Association
    pytest.param(
        ["The bus shelter at the Green is in poor repair. It will be looked at before the autumn."],
        "It will be looked at before the autumn.",
        id="it-is-a-thing-no-owner",
    ),
]

# the item's presenter (an agenda's "Presented By:", or the report's author in the heading) is whom "the officer" and
# "the report author" mean: (title, presenter, paragraphs, the action's sentence, owners)
PRESENTER_OWNERS = [
    pytest.param(
        "Budget and Business Plans",
        "Director of Finance",
        [
            "Members asked about the assessment growth figures. The officer agreed to provide the figures for the last"
            " three years."
        ],
        "The officer agreed to provide the figures for the last three years.",
        ["Director of Finance"],
        id="the-officer-is-the-presenter",
    ),  # Tillsonburg
    pytest.param(
        "Revenue Budget Monitoring",
        "Nina Shaw",
        ["Members asked about the balance of the reserve. The report author would provide a written answer."],
        "The report author would provide a written answer.",
        ["Nina Shaw"],
        id="the-report-author-is-the-presenter",
    ),
    pytest.param(
        "Planning Enforcement Update (report of the Head of Planning)",
        None,
        ["Members asked how many cases were open. The officer agreed to circulate a list of the open cases."],
        "The officer agreed to circulate a list of the open cases.",
        ["Head of Planning"],
        id="the-officer-from-the-heading",
    ),
]

# (paragraphs, the part's text, owners or None where the owner is not checked, due or None)
RESOLUTION_PARTS = [
    pytest.param(
        [
            "RESOLVED – That (1) the budget monitoring information be noted; and (2) the Monitoring Officer be"
            " requested to arrange training on the code of conduct for all members."
        ],
        "the Monitoring Officer be requested to arrange training on the code of conduct for all members.",
        ["Monitoring Officer"],
        None,
        id="run-in-numbered-post-requested",
    ),
    pytest.param(
        [
            "RESOLVED – That (1) the budget monitoring information be noted; and (2) the proposed reserve movements and"
            " budget virements be approved."
        ],
        "the proposed reserve movements and budget virements be approved.",
        [],
        None,
        id="run-in-numbered-body-owns-nothing",
    ),
    pytest.param(
        [
            "RESOLVED – That",
            "(1) the budget monitoring information be noted;",
            "(2) the proposed reserve movements and virements be approved; and",
            "(3) the Director of Finance be authorised to make the transfers between reserves.",
        ],
        "the Director of Finance be authorised to make the transfers between reserves.",
        ["Director of Finance"],
        None,
        id="resolved-dash-that-parts-on-lines",
    ),
    pytest.param(
        [
            "RESOLVED – That",
            "(1) the budget monitoring information be noted;",
            "(2) the proposed reserve movements and virements be approved; and",
            "(3) the Director of Finance be authorised to make the transfers between reserves.",
        ],
        "the proposed reserve movements and virements be approved; and",
        [],
        None,
        id="resolved-dash-that-middle-part",
    ),
    pytest.param(
        [
            "RESOLVED that:",
            "1) the Scrutiny Letters Log be NOTED; and",
            "2) the convener of the Civic Events Working Group be authorised to convene a further meeting as"
            " necessary.",
        ],
        "the convener of the Civic Events Working Group be authorised to convene a further meeting as necessary.",
        ["convener of the Civic Events Working Group"],
        None,
        id="post-be-authorised-to",
    ),  # Swansea
    pytest.param(
        [
            "RESOLVED that:",
            "1) the Scrutiny Letters Log be NOTED; and",
            "2) the convener of the Civic Events Working Group be authorised to convene a further meeting as"
            " necessary.",
        ],
        "the Scrutiny Letters Log be NOTED; and",
        [],
        None,
        id="noted-in-capitals",
    ),  # Swansea
    pytest.param(
        [
            "RESOLVED: That the Committee:-",
            "(a) notes the information now reported; and",
            "(b) requests the Policy and Improvement Officer to investigate the two issues raised and report back to"
            " the next meeting.",
        ],
        "requests the Policy and Improvement Officer to investigate the two issues raised and report back to the next"
        " meeting.",
        ["Policy and Improvement Officer"],
        None,
        id="committee-requests-post",
    ),
    pytest.param(
        ["AGREED that the Head of Housing write to the landlord before the end of March."],
        "AGREED that the Head of Housing write to the landlord before the end of March.",
        ["Head of Housing"],
        dt.date(2025, 3, 31),
        id="agreed-that-post",
    ),
    pytest.param(
        [
            "AGREED that:",
            "(a) the Clerk obtain three quotes for the replacement bench; and",
            "(b) the matter be brought back to the July meeting.",
        ],
        "the Clerk obtain three quotes for the replacement bench; and",
        ["Clerk"],
        None,
        id="agreed-that-parts-clerk",
    ),
    pytest.param(
        ["DECISION: That the Waste Services Manager report back on the food waste trial at the September meeting."],
        "That the Waste Services Manager report back on the food waste trial at the September meeting.",
        ["Waste Services Manager"],
        None,
        id="decision-label-post",
    ),
    pytest.param(
        ["DECISION: That the Waste Services Manager report back on the food waste trial at the September meeting."],
        "That the Waste Services Manager report back on the food waste trial at the September meeting.",
        None,
        dt.date(2024, 9, 30),
        id="decision-label-meeting-due",
    ),
    pytest.param(
        [
            "DECISION:",
            "That Cabinet approves and recommends to Council that:-",
            "(1) the budget remains at £8,096,170 as detailed in paragraph 3.2 of the report;",
            "(2) the allocation from the One-Off fund at paragraph 6.7 of the report of £35,770 be approved; and",
            "(3) the allocation of £1,500 from the Economic Development Fund be approved.",
        ],
        "the allocation from the One-Off fund at paragraph 6.7 of the report of £35,770 be approved; and",
        None,
        None,
        id="decision-recommends-parts",
    ),  # Hambleton
    pytest.param(
        ["RECOMMENDED to Council that the Treasury Management Strategy 2024/25 be approved."],
        "RECOMMENDED to Council that the Treasury Management Strategy 2024/25 be approved.",
        ["Council"],
        None,
        id="recommended-to-council",
    ),
    pytest.param(
        ["RESOLVED TO RECOMMEND:", "That the Council adopts the revised Members' Allowances Scheme."],
        "That the Council adopts the revised Members' Allowances Scheme.",
        ["Council"],
        None,
        id="resolved-to-recommend-lead-in",
    ),  # Cape Town
    pytest.param(
        [
            "RESOLVED: That Members endorsed the Annual Executive Arrangements Report.",
            "(Moved by Councillor D Cole and seconded by Councillor S Peel)",
        ],
        "That Members endorsed the Annual Executive Arrangements Report.",
        [],
        None,
        id="mover-is-not-owner",
    ),  # Tamworth
    pytest.param(
        [
            "Resolved: That the minutes of past committees be agreed and that the Chairman be authorised to sign them"
            " as correct records."
        ],
        "That the minutes of past committees be agreed and that the Chairman be authorised to sign them as correct"
        " records.",
        ["Chairman"],
        None,
        id="chairman-authorised-to-sign",
    ),  # Sevenoaks
    pytest.param(
        [
            "It was RESOLVED to ask the County Councillors for the parish to fund the postage costs of the newsletter"
            " delivery. All in favour. Clerk to action."
        ],
        "It was RESOLVED to ask the County Councillors for the parish to fund the postage costs of the newsletter"
        " delivery.",
        ["Clerk"],
        None,
        id="clerk-to-action-after-vote",
    ),  # Trowell
    pytest.param(
        [
            "RESOLVED (unanimously) – That the Head of Environmental Services be asked to investigate fly-tipping in"
            " Mill Lane and report to the next meeting."
        ],
        "That the Head of Environmental Services be asked to investigate fly-tipping in Mill Lane and report to the"
        " next meeting.",
        ["Head of Environmental Services"],
        None,
        id="resolved-unanimously-post-asked",
    ),
    pytest.param(
        [
            "Councillor Mole moved the recommendation set out in the report:",
            "“That the Council adopts the revised Statement of Licensing Policy.”",
            "RESOLVED: That",
            "(a) the revised Statement of Licensing Policy be adopted; and",
            "(b) the Licensing Manager publish the policy on the Council's website.",
        ],
        "the Licensing Manager publish the policy on the Council's website.",
        ["Licensing Manager"],
        None,
        id="parts-after-quoted-recommendation",
    ),
]

NOT_ACTIONS = [
    pytest.param(
        [
            "It was RESOLVED to ask the County Councillors for the parish to fund the postage costs of the newsletter"
            " delivery. All in favour. Clerk to action."
        ],
        "All in favour.",
        id="all-in-favour",
    ),  # Trowell
    pytest.param(
        [
            "DECISION:",
            "That Cabinet approves and recommends to Council that:-",
            "(1) the budget remains at £8,096,170 as detailed in paragraph 3.2 of the report;",
            "(2) the allocation from the One-Off fund of £35,770 be approved.",
        ],
        "That Cabinet approves and recommends to Council that:-",
        id="lead-in-of-parts",
    ),  # Hambleton
    pytest.param(
        [
            "Martyn stated that he had received an email from the Market Bosworth group. It was agreed that this would"
            " be discussed later."
        ],
        "Martyn stated that he had received an email from the Market Bosworth group.",
        id="stated-received",
    ),  # Desford
    pytest.param(
        ["RESOLVED that a grant of £200 be paid to the Village Hall committee. Carried unanimously."],
        "Carried unanimously.",
        id="carried-unanimously",
    ),  # Trowell ("It was RESOLVED to accept the 2017/2018 statement. All in favour.")
    pytest.param(
        [
            "The Trust is planning to hold a village consultation. The minutes of the last meeting were approved as a"
            " true record."
        ],
        "The minutes of the last meeting were approved as a true record.",
        id="approved-minutes-after-plan",
    ),
    pytest.param(
        ["Bernard stated that he had circulated an email on 11 March with four headings for discussion."],
        "Bernard stated that he had circulated an email on 11 March with four headings for discussion.",
        id="had-circulated",
    ),  # Desford
]


# A cabinet's minute whose resolution runs over a page break, under a heading naming the Cabinet Member; and an
# item whose heading names its lead.
DEPOT_TITLE = "Depot lease (Cabinet Member: Councillor Tom Reed)"
DEPOT_PAGES = [
    [
        "Cabinet considered the report of the Head of Legal Services on the lease of the depot.",
        "RESOLVED – That",
        "(1) the report be noted;",
        "(2) the lease of the depot to Ashby Recycling be approved for ten years;",
    ],
    [
        "(3) the Head of Legal Services be authorised to complete the lease; and",
        "(4) the rent be reviewed every five years.",
    ],
]


def read_pages(pages: list[list[str]], title: str) -> list[Action]:
    """The actions of consecutive pages of one item, read together as extraction reads a document."""
    layouts = [
        dataclasses.replace(minutes_page([PRESENT, *paragraphs] if not number else paragraphs), number=number + 1)
        for number, paragraphs in enumerate(pages)
    ]
    mentions = merge_person_aliases(find_mentions(layouts, "d"))
    people = sorted({m.name for m in mentions if m.kind == "person"})
    found = find_actions(shared_nlp(), layouts, [minutes_item(number="12", title=title)], "d", MEETING)
    return expand_owner_surnames(found, people)


@pytest.mark.parametrize(("paragraphs", "sentence", "owners", "due"), CONTEXT_OWNERS)
def test_owner_from_context(paragraphs: list[str], sentence: str, owners: list[str], due: dt.date | None) -> None:
    check(read(paragraphs), sentence, owners, due)


@pytest.mark.parametrize(("paragraphs", "sentence"), THING_PRONOUNS)
def test_thing_pronoun_names_no_owner(paragraphs: list[str], sentence: str) -> None:
    action = paired(sentence, read(paragraphs))
    assert action is None or action.owners == [], action.owners


@pytest.mark.parametrize(("title", "presenter", "paragraphs", "sentence", "owners"), PRESENTER_OWNERS)
def test_owner_is_the_items_officer(
    title: str, presenter: str | None, paragraphs: list[str], sentence: str, owners: list[str]
) -> None:
    check(read(paragraphs, title, presenter), sentence, owners, None)


@pytest.mark.parametrize(("paragraphs", "sentence", "owners", "due"), RESOLUTION_PARTS)
def test_resolution_part(paragraphs: list[str], sentence: str, owners: list[str] | None, due: dt.date | None) -> None:
    check(read(paragraphs), sentence, owners, due)


@pytest.mark.parametrize(("paragraphs", "sentence"), NOT_ACTIONS)
def test_not_an_action(paragraphs: list[str], sentence: str) -> None:
    found = read(paragraphs)
    assert not any(action.text.strip() == sentence for action in found), found
    if len(paragraphs) == 1 and paragraphs[0] == sentence:
        assert paired(sentence, found) is None, found


@pytest.mark.parametrize(
    ("printed", "owners"),
    [
        ("the report be noted;", []),
        ("the lease of the depot to Ashby Recycling be approved for ten years;", []),
        ("the Head of Legal Services be authorised to complete the lease; and", ["Head of Legal Services"]),
        ("the rent be reviewed every five years.", []),
    ],
)
def test_resolution_parts_over_a_page_break(printed: str, owners: list[str]) -> None:
    found = read_pages(DEPOT_PAGES, DEPOT_TITLE)
    action = paired(printed, found)
    assert action is not None, [(a.text, a.owners) for a in found]
    assert len(action.text) < len(printed) + 12, action.text  # its own record, not joined to the next part
    assert same_owners(action.owners, owners), action.owners


def test_agent_in_the_sentence_not_the_subject_before() -> None:
    """'… by the Police …' names who acts; the body that offered in the sentence before is not the owner."""
    sentence = "The road will be closed by the Police for two days in August."
    action = paired(sentence, read([f"The County Council has agreed to resurface the lane. {sentence}"]))
    assert action is None or "County Council" not in action.owners, action.owners


def test_lead_officer_in_the_item_heading() -> None:
    sentence = "The play area inspection will be arranged before the summer holidays."
    action = paired(sentence, read([sentence], "Play areas (Lead officer: Parks Manager)"))
    assert action is not None
    assert same_owners(action.owners, ["Parks Manager"]), action.owners


def test_heading_without_a_lead_gives_no_owner() -> None:
    sentence = "The play area inspection will be arranged before the summer holidays."
    action = paired(sentence, read([sentence], "Play areas"))
    assert action is None or action.owners == [], action.owners


def test_lead_in_the_item_heading() -> None:
    sentence = "The new signage will be installed by the end of September."
    action = paired(sentence, read([sentence], "Town centre signage (Lead: Head of Estates)"))
    assert action is not None
    assert same_owners(action.owners, ["Head of Estates"]), action.owners
    assert action.due == dt.date(2024, 9, 30)
