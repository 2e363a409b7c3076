"""Round 67 (owners in a right-hand "Action" column): minutes that print the owner's initials, a post or "ALL" in a
column beside the paragraph, read through the real NLP pass (tests/minutes_page.py, `column_page` places the column)
and compared as `agendaparse eval` compares them (text Jaccard >= 0.5, owners normalised, due ISO dates equal):

- initials resolve to the person the attendance list gives them to ("Penny Cole (Head) (PC)", a members table's
  "Kate Grimes   Chief Executive   KG", numbered initials "Marc Meryon (MM1)", mixed case "JMc"), else the one
  listed person with those initials, else they stay as printed (corpus/gold/README.md, round 2 and "Initials");
  a post ("Clerk", "RFO", "HT") or "ALL" in the column is the owner as printed;
- the column beside a passive step's agent ("… to be confirmed by the Clerk to the Board", "… to be discussed by the
  History Society committee") or a bracketed list adds the member it names (the Ayton and Suffolk Libraries 2013 dev
  golds keep both); beside a member or a post the text names as subject ("KC agreed to …", "The Chief Executive
  will …") it adds nothing (tests/test_tune_actions.py, the Suffolk Libraries 2012 tune gold);
- where the column's initials sit: level with the line a sentence starting with them shares with the end of
  another ("… Church lane. GD to ask …   RB" / "… benches. It was   GD"), beside a report whose step follows it in
  the paragraph ("… volunteers had put their names forward so far. A meeting … was arranged …"), printed one space
  after the sentence's end at the line's end ("… with Ian Akers. JF");
- negatives: thanks ("X's help was appreciated.   GD"), a decision not to act, a members table printed one member a
  line with initials at the right, a page number, "N/A" or a date in the column are no owner.

Sentences keep the structure and phrasing of the real pages; names, places, numbers and dates are changed. Sources
(bodies no earlier suite cites):

- http://holytrinityschool.org.uk/index.php/news/newsletters/174-uncategorised/governor-minutes/594-29th-june-2015-minutes and http://holytrinityschool.org.uk/index.php/our-community/governors/174-uncategorised/governor-minutes/656-governor-minutes-template-7 and http://holytrinityschool.org.uk/index.php/news/newsletters/174-uncategorised/governor-minutes/565-governor-minutes-template-01 (Holy Trinity CE Primary School governors: "Penny Cox (Head) (PC)", columns "Person(s) responsible for action (if any) | Date to be completed", "There was a request to have comparative data locally and nationally in future reports which PC agreed to.   PC   Next mtg.", "Declaration of Interest form to be returned by PF", "LA to co-ordinate in future.")
- https://dokumen.tips/amp/documents/minutes-of-the-board-of-directors-meeting-held-on-21-apologies-were-received.html and https://vdocuments.mx/enclosure-a-kingston-hospital-nhs-foundation-trust-2019-01-25-enclosure-a-kingston.html (Kingston Hospital NHS Foundation Trust board of directors: members one a line "Sian Bates Chairman SB", "Joan Mulcahy Non-Executive Director JMc", a "Details | Actions" column)
- https://docslib.org/doc/86432/kings-college-hospital-board-of-directors (King's College Hospital board of directors: numbered initials "Marc Meryon (MM1)", "Prof. Ghulam Mufti (GM1)")
- https://studylib.net/doc/8953783/board-of-directors-minutes-march-2013-154.5-kb-doc (an NHS foundation trust board, Pinewood House: "The action relating to the SUSD report should be attributed to IO and WB.", "These will be reported to the Board meeting on 2 May 2013.")
- https://bourtononthehill.org.uk/documents/minutes-6th-december-2021/ (Bourton-on-the-Hill Parish Council: "Millennium Wood is in a poor state – TD & AV to inspect", "Resolved – to contact The Old School to agree a joint approach & letter to residents – AV to action")
- https://racecourse.residentsassociation.org.uk/Contents/ContentItems/49faqpka8k7ra47b6yfqbm015p (Racecourse Ward Residents Association: "Agreed to publish the current version and for Noel to amend …", "The next letter is to be sent out before our next meeting")
- The dev and tune shapes the brief names (Ayton Community Council's margin initials, Suffolk Libraries' "Timings and venues to be confirmed by the Clerk to the Board.   NS") are written in the phrasing of the minutes above, never copied from the gold documents.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.models import Action
from minutes_page import actions_on_page, column_page, minutes_item, same_owners
from minutes_page import paired_action as paired

MEETING = dt.date(2024, 6, 18)  # a Tuesday

# a school's governors, each with the initials the minutes use (Holy Trinity's attendance table)
GOVERNORS = [
    "Present: Penny Cole (Head) (PC), Mark Ashby (MA), Susan Dale (SD), Trevor Pitt (TP), Gail Stroud (GS) (Chair),",
    "Lucy Aston (LA), Clerk: Linda Prince (LP)",
]
# a parish council whose attendance list gives no initials (the column's initials are the one member's with them)
COUNCILLORS = [
    "Present: Cllr Graham Dodd (Chair), Cllr Kenny Carr, Cllr Rob Bell, Cllr Tina Dyer, Cllr Alan Vine,",
    "Cllr John Fenwick, Cllr Jack Slater, Sam Lavin (Clerk)",
]
# a hospital board's members table, one member a line, the initials at the right (Kingston Hospital)
BOARD = [
    "Present voting:",
    "Sian Barnes   Chairman   SB",
    "Kate Grimwood   Chief Executive   KG",
    "Joan Mulgrew   Non-Executive Director   JMc",
    "Nigel Baird   Interim Director of Finance   NB",
]


def read(lead: list[str], paragraphs: list[list[tuple[str, str]]]) -> list[Action]:
    return actions_on_page(column_page(lead, paragraphs), minutes_item(), MEETING)


def check(found: list[Action], sentence: str, owners: list[str], due: dt.date | None = None) -> None:
    action = paired(sentence, found)
    assert action is not None, [(a.text, a.owners) for a in found]
    assert same_owners(action.owners, owners), (action.text, action.owners)
    if due is not None:
        assert action.due == due, (action.due, action.due_text)


# (lead paragraphs, the column paragraphs, the action's sentence, its owners)
COLUMN_OWNERS = [
    pytest.param(
        GOVERNORS,
        [[("LA to co-ordinate the policy uploads to the website in future.", "LA")]],
        "LA to co-ordinate the policy uploads to the website in future.",
        ["Lucy Aston"],
        id="initials-bracketed-in-attendance",
    ),  # Holy Trinity ("LA to co-ordinate in future.")
    pytest.param(
        GOVERNORS,
        [
            [
                ("There was a request to have comparative attendance data for the county and the country", ""),
                ("in future reports, which PC agreed to.", "PC"),
            ]
        ],
        "There was a request to have comparative attendance data for the county and the country in future reports,"
        " which PC agreed to.",
        ["Penny Cole"],
        id="request-agreed-by-initials-column",
    ),  # Holy Trinity
    pytest.param(
        GOVERNORS,
        [[("The updated complaints policy will be circulated to all governors.", "LP")]],
        "The updated complaints policy will be circulated to all governors.",
        ["Linda Prince"],
        id="passive-step-clerk-initials",
    ),
    pytest.param(
        GOVERNORS,
        [[("Declaration of Interest form to be returned before the next meeting.", "PF")]],
        "Declaration of Interest form to be returned before the next meeting.",
        ["PF"],
        id="unknown-initials-stay-as-printed",
    ),  # Holy Trinity ("Declaration of Interest form to be returned by PF"): PF is in no list
    pytest.param(
        COUNCILLORS,
        [[("Kingsmead Wood is in a poor state and the fallen fence needs inspecting.", "TD/AV")]],
        "Kingsmead Wood is in a poor state and the fallen fence needs inspecting.",
        ["Tina Dyer", "Alan Vine"],
        id="two-initials-only-member-with-them",
    ),  # Bourton-on-the-Hill ("Millennium Wood is in a poor state – TD & AV to inspect")
    pytest.param(
        COUNCILLORS,
        [[("A joint letter to residents about parking near the school will be drafted.", "AV")]],
        "A joint letter to residents about parking near the school will be drafted.",
        ["Alan Vine"],
        id="one-initials-only-member-with-them",
    ),  # Bourton-on-the-Hill ("… letter to residents – AV to action")
    pytest.param(
        COUNCILLORS,
        [[("The noticeboard on the green will be repainted before the summer.", "Clerk")]],
        "The noticeboard on the green will be repainted before the summer.",
        ["Clerk"],
        id="post-in-column",
    ),
    pytest.param(
        COUNCILLORS,
        [[("The new bank mandate will be set up with the second signatory.", "RFO")]],
        "The new bank mandate will be set up with the second signatory.",
        ["RFO"],
        id="rfo-post-in-column",
    ),
    pytest.param(
        COUNCILLORS,
        [[("Each ward to be walked and any potholes reported before the next meeting.", "ALL")]],
        "Each ward to be walked and any potholes reported before the next meeting.",
        ["All"],
        id="all-in-column",
    ),
    pytest.param(
        GOVERNORS,
        [[("The attendance figures for each year group will be brought to the next meeting.", "HT")]],
        "The attendance figures for each year group will be brought to the next meeting.",
        ["HT"],
        id="head-teacher-abbreviation-as-printed",
    ),
    pytest.param(
        BOARD,
        [[("The winter staffing plan will be brought back to the Board in January.", "KG")]],
        "The winter staffing plan will be brought back to the Board in January.",
        ["Kate Grimwood"],
        id="members-table-initials",
    ),  # Kingston Hospital (members one a line, initials at the right)
    pytest.param(
        BOARD,
        [[("The quality committee's terms of reference will be reviewed before March.", "JMc")]],
        "The quality committee's terms of reference will be reviewed before March.",
        ["Joan Mulgrew"],
        id="members-table-mixed-case-initials",
    ),  # Kingston Hospital ("Joan Mulcahy … JMc")
    pytest.param(
        [
            "Members: Marc Meyer (MM1) Non-Executive Director, Dr. Michael Marr (MM) Medical Director,",
            "Tim Smart (TS) Chief Executive",
        ],
        [[("The audit committee's annual report will be presented to the Board in May.", "MM1")]],
        "The audit committee's annual report will be presented to the Board in May.",
        ["Marc Meyer"],
        id="numbered-initials",
    ),  # King's College Hospital ("Marc Meryon (MM1)" beside "Dr. Michael Marrinan (MM)")
    pytest.param(
        [
            "Members: Marc Meyer (MM1) Non-Executive Director, Dr. Michael Marr (MM) Medical Director,",
            "Tim Smart (TS) Chief Executive",
        ],
        [[("The mortality review will be shared with the quality committee.", "MM")]],
        "The mortality review will be shared with the quality committee.",
        ["Michael Marr"],
        id="unnumbered-beside-numbered-initials",
    ),  # King's College Hospital
    pytest.param(
        [
            "Present: Ian Orme (IO) Medical Director, Wendy Bardon (WB) Director of Nursing, Dave Mills (DM) Chair",
        ],
        [[("These results will be reported to the Board meeting on 2 May.", "IO/WB")]],
        "These results will be reported to the Board meeting on 2 May.",
        ["Ian Orme", "Wendy Bardon"],
        id="two-initials-slash-bracketed",
    ),  # Pinewood House board ("… should be attributed to IO and WB", "These will be reported to the Board …")
]


# a written subject or agent beside the column's initials (dev Ayton, tune Ayton and Suffolk Libraries shapes)
SUBJECT_AND_COLUMN = [
    pytest.param(
        GOVERNORS,
        [[("Timings and venues of the committee meetings to be confirmed by the Clerk to the Board.", "LP")]],
        "Timings and venues of the committee meetings to be confirmed by the Clerk to the Board.",
        ["Clerk to the Board", "Linda Prince"],
        id="passive-agent-post-and-column-initials",
    ),  # the Suffolk Libraries dev shape, in Holy Trinity's setting
    pytest.param(
        COUNCILLORS,
        [
            [
                ("Litter picking A public meeting had been held. Nobody was willing to lead the group,", ""),
                ("although some residents offered to help. KC agreed to contact all the residents who", "GD"),
                ("offered and arrange a first pick in the spring.", ""),
            ]
        ],
        "KC agreed to contact all the residents who offered and arrange a first pick in the spring.",
        ["Kenny Carr", "Graham Dodd"],
        id="member-subject-and-another-member-in-column",
    ),  # the tune Ayton shape ("KC agreed to contact … GD")
    pytest.param(
        COUNCILLORS,
        [[("JS would advise the Council of a date for the site visit in due course.", "JS")]],
        "JS would advise the Council of a date for the site visit in due course.",
        ["Jack Slater"],
        id="member-subject-same-member-in-column",
    ),
    pytest.param(
        COUNCILLORS,
        [[("The plaque wording will be discussed by the Kingsmead History Society committee.", "RB")]],
        "The plaque wording will be discussed by the Kingsmead History Society committee.",
        ["Kingsmead History Society", "Rob Bell"],
        id="body-agent-and-member-in-column",
    ),  # the dev Ayton shape ("To be discussed by Ayton Historical Society committee." beside RA)
    pytest.param(
        COUNCILLORS,
        [
            [
                ("Christmas lights A working group (GD, TD, AV & KC) is to meet and organise lights", ""),
                ("for the square this year.", "GD"),
            ]
        ],
        "A working group (GD, TD, AV & KC) is to meet and organise lights for the square this year.",
        ["Graham Dodd", "Tina Dyer", "Alan Vine", "Kenny Carr"],
        id="bracketed-members-and-one-in-column",
    ),  # the dev Ayton shape ("A sub committee (GD, DN PW& KC) is to meet …   GD")
    pytest.param(
        COUNCILLORS,
        [[("The Clerk will write to the County Council about the flooded verge at Mill Lane.", "Clerk")]],
        "The Clerk will write to the County Council about the flooded verge at Mill Lane.",
        ["Clerk"],
        id="post-subject-same-post-in-column",
    ),
    pytest.param(
        BOARD,
        [[("The Chief Executive will meet the commissioners about the discharge delays.", "KG")]],
        "The Chief Executive will meet the commissioners about the discharge delays.",
        ["Chief Executive"],
        id="post-subject-initials-in-column-add-nothing",
    ),  # Kingston Hospital ("Details | Actions"); as the Suffolk Libraries 2012 tune gold ("The Chair will convey …")
    pytest.param(
        GOVERNORS,
        [[("The revised charging policy will be presented by the Head Teacher to the June meeting.", "LP")]],
        "The revised charging policy will be presented by the Head Teacher to the June meeting.",
        ["Head Teacher", "Linda Prince"],
        id="passive-agent-post-and-other-initials",
    ),
]


# one paragraph, three sentences sharing lines, initials beside two of them (the dev Ayton 2009 shape)
BENCHES = [
    [
        ("Benches Most benches are in place now. Two more are still needed on the", ""),
        ("Mill road and the Church lane. GD to ask SB Local if they will fix the plate", "RB"),
        ("in memory of Mary Vane on one of the new benches. It was", "GD"),
        ("decided not to place a litter bin beside these benches.", ""),
    ]
]


# where the column's initials belong among the sentences of a paragraph
PLACEMENT = [
    pytest.param(
        COUNCILLORS,
        BENCHES,
        "GD to ask SB Local if they will fix the plate in memory of Mary Vane on one of the new benches.",
        ["Graham Dodd"],
        id="initials-on-the-line-their-sentence-shares",
    ),  # dev Ayton 2008 shape
    pytest.param(
        COUNCILLORS,
        [
            [
                ("Tidy squad Posters asking for volunteers are now on display. A", "RB"),
                ("couple of volunteers had put their names forward so far. A meeting with the", ""),
                ("District Council's officers was arranged for Tuesday 1st December.", ""),
            ]
        ],
        "A meeting with the District Council's officers was arranged for Tuesday 1st December.",
        ["Rob Bell"],
        id="report-then-step-takes-the-column",
    ),  # dev Ayton 2009 shape
    pytest.param(
        COUNCILLORS,
        [
            [
                ("Footpath Under these circumstances it was agreed that every effort should be made. JS", ""),
                (
                    "would forward the relevant papers to JF to inform his talks with the District Council's staff. JF",
                    "",
                ),
            ],
            [("Summer fete TS gave an update on the preparations for the fete in July.", "")],
        ],
        "JS would forward the relevant papers to JF to inform his talks with the District Council's staff.",
        ["Jack Slater", "John Fenwick"],
        id="initials-one-space-after-the-sentence-end",
    ),  # dev Ayton 2017 shape
    pytest.param(
        COUNCILLORS,
        [
            [
                ("Public address system It was thought best if the school or its Friends", "RB"),
                ("bought a system. RB to check with both groups.", ""),
            ]
        ],
        "RB to check with both groups.",
        ["Rob Bell"],
        id="initials-on-the-first-line-own-sentence-later",
    ),  # dev Ayton 2008 shape (passes before: the sentence opening with the initials takes them)
]


# no action, or no owner from the column
NOT_ACTIONS = [
    pytest.param(
        COUNCILLORS,
        [
            [
                ("Spring litter pick A good response to the call for helpers had been received.", ""),
                ("Dan Sillitoe's help was appreciated.", "GD"),
            ]
        ],
        "Dan Sillitoe's help was appreciated.",
        id="thanks-beside-initials",
    ),  # dev Ayton 2017 shape
    pytest.param(
        COUNCILLORS,
        [[("The accounts for the quarter were received and noted.", "N/A")]],
        "The accounts for the quarter were received and noted.",
        id="not-applicable-in-column",
    ),
    pytest.param(
        COUNCILLORS,
        [[("The minutes of the meeting held on 14 May were approved and signed by the Chair.", "3")]],
        "The minutes of the meeting held on 14 May were approved and signed by the Chair.",
        id="page-number-in-column",
    ),
    pytest.param(
        BOARD,
        [],
        "Kate Grimwood Chief Executive",
        id="members-table-one-a-line",
    ),  # Kingston Hospital: the attendance table is no action
    pytest.param(
        COUNCILLORS,
        [
            [
                ("Tidy squad Posters asking for volunteers are now on display. A", "RB"),
                ("couple of volunteers had put their names forward so far. A meeting with the", ""),
                ("District Council's officers was arranged for Tuesday 1st December.", ""),
            ]
        ],
        "A couple of volunteers had put their names forward so far.",
        id="report-beside-initials",
    ),  # dev Ayton 2009 shape
    pytest.param(
        GOVERNORS,
        [[("AOB There was no other business.", "AOB")]],
        "There was no other business.",
        id="aob-in-column",
    ),
]


NO_OWNER = [
    pytest.param(
        COUNCILLORS,
        BENCHES,
        "It was decided not to place a litter bin beside these benches.",
        id="decision-not-to-act-no-owner",
    ),  # dev Ayton 2008 shape
    pytest.param(
        COUNCILLORS,
        [
            [
                ("Public address system It was thought best if the school or its Friends", "RB"),
                ("bought a system. RB to check with both groups.", ""),
            ]
        ],
        "It was thought best if the school or its Friends bought a system.",
        id="view-before-the-initials-own-step",
    ),  # dev Ayton 2008 shape
]


# the column's date beside its owner
COLUMN_DUES = [
    pytest.param(
        COUNCILLORS,
        [[("Order two replacement litter bins for the play area", "Clerk   30/11/24")]],
        "Order two replacement litter bins for the play area",
        ["Clerk"],
        dt.date(2024, 11, 30),
        id="owner-and-date-columns",
    ),
    pytest.param(
        GOVERNORS,
        [[("Circulate the revised behaviour policy to governors", "PC   30 Sept")]],
        "Circulate the revised behaviour policy to governors",
        ["Penny Cole"],
        dt.date(2024, 9, 30),
        id="initials-and-day-month-columns",
    ),  # Holy Trinity ("Person(s) responsible | Date to be completed")
]


@pytest.mark.parametrize(("lead", "paragraphs", "sentence", "owners"), COLUMN_OWNERS)
def test_owner_in_the_column(lead: list[str], paragraphs: list, sentence: str, owners: list[str]) -> None:
    check(read(lead, paragraphs), sentence, owners)


@pytest.mark.parametrize(("lead", "paragraphs", "sentence", "owners"), SUBJECT_AND_COLUMN)
def test_written_subject_and_the_column(lead: list[str], paragraphs: list, sentence: str, owners: list[str]) -> None:
    check(read(lead, paragraphs), sentence, owners)


@pytest.mark.parametrize(("lead", "paragraphs", "sentence", "owners"), PLACEMENT)
def test_where_the_column_belongs(lead: list[str], paragraphs: list, sentence: str, owners: list[str]) -> None:
    check(read(lead, paragraphs), sentence, owners)


@pytest.mark.parametrize(("lead", "paragraphs", "sentence"), NOT_ACTIONS)
def test_not_an_action(lead: list[str], paragraphs: list, sentence: str) -> None:
    found = read(lead, paragraphs)
    assert paired(sentence, found) is None, [(a.text, a.owners) for a in found]


@pytest.mark.parametrize(("lead", "paragraphs", "sentence"), NO_OWNER)
def test_no_owner_from_the_column(lead: list[str], paragraphs: list, sentence: str) -> None:
    action = paired(sentence, read(lead, paragraphs))
    assert action is None or action.owners == [], (action.text, action.owners)


@pytest.mark.parametrize(("lead", "paragraphs", "sentence", "owners", "due"), COLUMN_DUES)
def test_owner_and_date_in_columns(
    lead: list[str], paragraphs: list, sentence: str, owners: list[str], due: dt.date
) -> None:
    check(read(lead, paragraphs), sentence, owners, due)


# Part 2 (written before its code; see the module docstring): more of the column's shapes and negatives.
PART_TWO_OWNERS = [
    pytest.param(
        GOVERNORS,
        [[("MA would send the revised budget figures to SD before the finance meeting.", "SD")]],
        "MA would send the revised budget figures to SD before the finance meeting.",
        ["Mark Ashby", "Susan Dale"],
        id="member-subject-column-member-the-text-names",
    ),  # the dev Ayton 2017 shape ("JS would forward relevant documentation to JF …" beside "JF")
    pytest.param(
        GOVERNORS,
        [[("MA agreed to contact the school nurse about the first aid training.", "SD")]],
        "MA agreed to contact the school nurse about the first aid training.",
        ["Mark Ashby", "Susan Dale"],
        id="member-subject-column-member-the-text-does-not-name",
    ),  # stop 29 (round 68): the golds join text owner and margin owner (stop 24's rule kept the subject alone)
    pytest.param(
        GOVERNORS,
        [[("Send the SEND report to all governors", "LA   Next mtg.")]],
        "Send the SEND report to all governors",
        ["Lucy Aston"],
        id="initials-and-next-mtg-columns",
    ),  # Holy Trinity ("… which PC agreed to.   PC   Next mtg.")
    pytest.param(
        COUNCILLORS,
        [[("Pay the grass cutting contractor and file the invoice.", "Clerk/RFO")]],
        "Pay the grass cutting contractor and file the invoice.",
        ["Clerk", "RFO"],
        id="clerk-and-rfo-in-column",
    ),
    pytest.param(
        COUNCILLORS,
        [[("The hall will be booked for the annual meeting of the association.", "Sec")]],
        "The hall will be booked for the annual meeting of the association.",
        ["Secretary"],
        id="secretary-abbreviated-in-column",
    ),  # Racecourse Ward Residents Association (officers' posts)
    pytest.param(
        COUNCILLORS,
        [
            [
                ("Footpath It was agreed that every effort should be made to mend the stile. JS", ""),
                ("would forward the papers to JF to inform his talks with the District Council's staff. JF", ""),
                ("• Summer fete TS gave an update on the preparations for the fete in July.", ""),
            ]
        ],
        "JS would forward the papers to JF to inform his talks with the District Council's staff.",
        ["Jack Slater", "John Fenwick"],
        id="one-space-initials-before-a-bullet",
    ),  # dev Ayton 2017 shape (the next bullet in the same paragraph block)
    pytest.param(
        COUNCILLORS,
        [[("Resolved to contact the Old School to agree a joint letter to residents.", "AV")]],
        "Resolved to contact the Old School to agree a joint letter to residents.",
        ["Alan Vine"],
        id="resolution-beside-initials",
    ),  # Bourton-on-the-Hill ("Resolved – to contact The Old School … – AV to action")
    pytest.param(
        GOVERNORS,
        [
            [("ACTION SUMMARY", "")],
            [("4.2   Circulate the revised behaviour policy to governors", "PC   30 Sept")],
            [("6.1   Book the governor training for the spring term", "LP   31 Jan")],
        ],
        "Book the governor training for the spring term",
        ["Linda Prince"],
        id="action-summary-row-at-the-end",
    ),  # Holy Trinity ("Person(s) responsible for action | Date to be completed")
]

PART_TWO_DUES = [
    pytest.param(
        GOVERNORS,
        [
            [("ACTION SUMMARY", "")],
            [("4.2   Circulate the revised behaviour policy to governors", "PC   30 Sept")],
            [("6.1   Book the governor training for the spring term", "LP   31 Jan")],
        ],
        "Circulate the revised behaviour policy to governors",
        ["Penny Cole"],
        dt.date(2024, 9, 30),
        id="action-summary-rows-each-keep-their-date",
    ),  # Holy Trinity ("Date to be completed" beside each row)
    pytest.param(
        COUNCILLORS,
        [[("The Clerk will order the new bin for the bus stop.", "30/11/24")]],
        "The Clerk will order the new bin for the bus stop.",
        ["The Clerk"],
        dt.date(2024, 11, 30),
        id="date-alone-in-column-beside-written-owner",
    ),
]

PART_TWO_NOT_ACTIONS = [
    pytest.param(
        GOVERNORS,
        [[("Thanks were given to the PTA for the new playground equipment.", "GS")]],
        "Thanks were given to the PTA for the new playground equipment.",
        id="thanks-were-given-beside-initials",
    ),  # Holy Trinity ("huge thanks was given to the whole PTA team from PC …")
    pytest.param(
        COUNCILLORS,
        [[("The complaint about parking on the green was discussed.", "NFA")]],
        "The complaint about parking on the green was discussed.",
        id="no-further-action-in-column",
    ),
    pytest.param(
        COUNCILLORS,
        [[("Councillors noted the police report for May.", "Page 4")]],
        "Councillors noted the police report for May.",
        id="page-label-in-column",
    ),
]

PART_TWO_NO_OWNER = [
    pytest.param(
        COUNCILLORS,
        [[("The date of the summer fair will be set at the next meeting.", "TBC")]],
        "The date of the summer fair will be set at the next meeting.",
        id="to-be-confirmed-in-column",
    ),
    pytest.param(
        COUNCILLORS,
        [[("It was agreed not to pursue the bench request further.", "GD")]],
        "It was agreed not to pursue the bench request further.",
        id="agreed-not-to-beside-initials",
    ),  # dev Ayton 2008 ("It was decided not to place a litter bin …")
]


@pytest.mark.parametrize(("lead", "paragraphs", "sentence", "owners"), PART_TWO_OWNERS)
def test_part_two_owners(lead: list[str], paragraphs: list, sentence: str, owners: list[str]) -> None:
    check(read(lead, paragraphs), sentence, owners)


@pytest.mark.parametrize(("lead", "paragraphs", "sentence", "owners", "due"), PART_TWO_DUES)
def test_part_two_dues(lead: list[str], paragraphs: list, sentence: str, owners: list[str], due: dt.date) -> None:
    check(read(lead, paragraphs), sentence, owners, due)


@pytest.mark.parametrize(("lead", "paragraphs", "sentence"), PART_TWO_NOT_ACTIONS)
def test_part_two_not_actions(lead: list[str], paragraphs: list, sentence: str) -> None:
    found = read(lead, paragraphs)
    assert paired(sentence, found) is None, [(a.text, a.owners) for a in found]


@pytest.mark.parametrize(("lead", "paragraphs", "sentence"), PART_TWO_NO_OWNER)
def test_part_two_no_owner(lead: list[str], paragraphs: list, sentence: str) -> None:
    action = paired(sentence, read(lead, paragraphs))
    assert action is None or action.owners == [], (action.text, action.owners)
