"""Organisations found by their shape, not by the list (stop 39, helper O): round 2 of tests/test_nlp_orgs_shape.py.

Read with data/organisations.txt as it is; every invented body is in neither the list nor the dev/tune gold, so the
list cannot be what finds it (the no-list proxy, scripts/no_list_eval.py, measures the same readers on real pages).

Families (invented bodies, in the forms councils print):
1. a network or alliance of councils named by the councils' tier ("Unitary Councils Network") is a body even where the
   page prints "unitary" and "councils" in lower case (a unit named in common words is not; the tier's plural is);
2. a list run together by a column's gap ("Office for | June | Fair Trading and National Council …") cut by the
   initials the document prints after the name: "… and National Association for Rural Shops (NARS)" names the body
   whose words give "NARS", not the words before its "and"; a name whose own words give the initials stays whole;
3. a department's name run into a heading's words that print its initials ("Department for Rural Affairs and
   Fisheries Reviewing DRAF’s Data Strategy"): the department, not the heading;
4. a joint board named by its places in a list of appointments set apart by semicolons ("…; Elk, Pine, Cedar Lakes
   Advisory Board."): the places are part of its name;
5. a department whose remit ends "for Local Government" ("Dept for Coasts for Local Government"), as printed.
Real dev cases keep their text (kent-cc 2025-01-09, cabinet-office 2011 tb7 action log and agenda, 2013-10-17
minutes, nipissing-township 2024-03-19 minutes).

Pass before (HEAD 56c620c): 8 of 15 (the negatives and the real cases the list already reads pass; a tier's network
beside its lower-case words, the initials' cut, a department before a heading with its initials, the places of a joint
board and "for Local Government" are not read). After: 15 of 15, no strict xfails. Second draw (4 cases, SECOND_DRAW),
pass before (HEAD 29b10d3): 1 of 4 (the negative; three bodies past the chain's word limit lost the first one's place,
"Alliance" and "Federation" were no heads, "Women's Institutes" was cut at its possessive). Third draw (3 cases,
THIRD_DRAW), pass before (HEAD 29b10d3): 1 of 3 (the negative; "Committee on <remit>" was not read). After: 22 of 22,
no strict xfails. Fourth draw (5 cases appended to THIRD_DRAW), pass before (HEAD 135ecb2): 0 of 5 ("The Committee on
…" after a sentence's "The", a person after the remit's comma, "Russian Federation" read as a body, the age band of
"18+ Care Leaver Service" dropped). After: 27 of 27, no strict xfails.
"""

from __future__ import annotations

import pytest

from minutes_page import check_parish_names, names_case

COUNCILS_NETWORKS = [
    names_case(
        [
            "The unitary councils and the metropolitan councils were consulted on the network's proposals.",
            "We will work with the Unitary Councils Network and the Metropolitan Councils Alliance on the bid.",
        ],
        {"Unitary Councils Network", "Metropolitan Councils Alliance"},
        set(),
        "tier-network-beside-lower-case-words",
    ),
    names_case(
        [
            "The county councils and district councils have a network of officers.",
            "My department will be working closely with the Local Government Association, District Councils Network, "
            "County Councils Network and others, to develop a shared understanding.",
        ],
        {"District Councils Network", "County Councils Network", "Local Government Association"},
        set(),
        "real-kent-networks-beside-lower-case-words",
    ),
    names_case(
        ["The support network and the service network were reviewed; the Support Network met in May."],
        set(),
        {"Support Network"},
        "common-words-network-no-body",
    ),
]

OWN_INITIALS_CUT = [
    names_case(
        [
            "The team will engage with the Office for June Place in place Fair Dealing and National Council for Rural "
            "Shops (NCRS) to agree the terms.",
            "Letters went to Open Trading and National Council for Rural Shops (NCRS).",
        ],
        {"National Council for Rural Shops"},
        {"Fair Dealing and National Council for Rural Shops", "Open Trading and National Council for Rural Shops"},
        "initials-cut-after-and",
    ),
    names_case(
        [
            "19/05/2011 URI project team to engage with the Office for June Place in place Fair Trading and National "
            "Council for Voluntary Organisations (NCVO) to determine how to apply this initiative to government grants."
        ],
        {"National Council for Voluntary Organisations"},
        {"Fair Trading and National Council for Voluntary Organisations"},
        "real-cabinet-office-ncvo",
    ),
    names_case(
        ["A grant from the Parks and Open Spaces Trust (POST) was received."],
        {"Parks and Open Spaces Trust"},
        {"Open Spaces Trust"},
        "initials-of-whole-name-kept-whole",
    ),
]

DEPARTMENT_BEFORE_HEADING = [
    names_case(
        [
            "Item 3: Update from the Department for Rural Affairs and Fisheries Reviewing DRAF’s Data Strategy – "
            "Ms Lee said that the strategy focussed on open data."
        ],
        {"Department for Rural Affairs and Fisheries"},
        {"Department for Rural Affairs and Fisheries Reviewing DRAF"},
        "department-then-heading-with-its-initials",
    ),
    names_case(
        [
            "Item 4: Update from the Department for Communities and Local Government Refreshing DCLG’s Open Data "
            "Strategy – Nick Bagshaw said that the strategy focussed on meeting Ministers’ desire for DCLG to remain "
            "at the forefront of the open data agenda."
        ],
        {"Department for Communities and Local Government"},
        {"Department for Communities and Local Government Refreshing DCLG"},
        "real-cabinet-office-dclg-heading",
    ),
    names_case(
        ["The Office for Standards in Rural Enterprise and Skills (OSRES) wrote to the clerk."],
        set(),
        {"Office for Standards in Rural Enterprise"},
        "office-whole-remit-not-cut",
    ),
]

JOINT_BOARD_PLACES = [
    names_case(
        ["Mayor Ann Cole: Marsh Home for the Aged Board of Management; Elk, Pine, Cedar Lakes Advisory Board."],
        {"Elk, Pine, Cedar Lakes Advisory Board"},
        {"Cedar Lakes Advisory Board"},
        "places-of-joint-board-in-semicolon-list",
    ),
    names_case(
        [
            "Councillor Stephen Kirkey: Powassan District Union Public Library Board. Mayor Tom Piper: Eastholme Home "
            "for the Aged Board of Management; Golden Sunshine Non-Profit Housing Corporation; Sturgeon, Nipissing, "
            "French River Advisory Board."
        ],
        {"Sturgeon, Nipissing, French River Advisory Board", "Golden Sunshine Non-Profit Housing Corporation"},
        {"French River Advisory Board"},
        "real-nipissing-joint-board",
    ),
    names_case(
        ["Visitors came from Elk, Pine, Cedar Lakes Advisory Board and the Marsh Trust."],
        {"Cedar Lakes Advisory Board"},
        {"Elk, Pine, Cedar Lakes Advisory Board"},
        "places-in-prose-not-joined",
    ),
]

FOR_LOCAL_GOVERNMENT = [
    names_case(
        ["Officials: Jo Hart, Cabinet Office; Ann Lee, Dept for Coasts for Local Government, Sam Reed, Home Office."],
        {"Dept for Coasts for Local Government"},
        {"Dept for Coasts"},
        "dept-for-remit-for-local-government",
    ),
    names_case(
        [
            "Officials Andrew Bowen, Cabinet Office David Prout, Dept for Communities for Local Government, Anna Reid, "
            "Cabinet Office Karen Sanderson, HM Treasury"
        ],
        {"Dept for Communities for Local Government"},
        {"Dept for Communities"},
        "real-cabinet-office-dept-for-local-government",
    ),
    names_case(
        [
            "The Department for Education for local government reform and the Ministry for Parks for Local Government "
            "Reform Board were noted."
        ],
        {"Department for Education"},
        {"Department for Education for local government", "Ministry for Parks for Local Government"},
        "for-local-government-lower-case-or-more-words-not-joined",
    ),
]

# second draw (after 29b10d3): a chain of three bodies past the chain's word limit, bodies headed by an alliance or a
# federation, a federation of whom its members are ("Women's Institutes")
SECOND_DRAW = [
    names_case(
        [
            "The Marlshire Playing Fields Association, Marlshire Rural Community Council and Fenwick Parochial Church "
            "Council were thanked."
        ],
        {
            "Marlshire Playing Fields Association",
            "Marlshire Rural Community Council",
            "Fenwick Parochial Church Council",
        },
        {"Rural Community Council"},
        "three-bodies-past-chain-limit",
    ),
    names_case(
        ["An update from the Fenwick Business Alliance and the Marlshire Tenants Federation was received."],
        {"Fenwick Business Alliance", "Marlshire Tenants Federation"},
        set(),
        "alliance-and-federation-heads",
    ),
    names_case(
        [
            "The Alliance met; the Federation wrote; plans for a Business Alliance and the Coalition Government "
            "were noted."
        ],
        set(),
        {"Alliance", "Federation", "Business Alliance", "Coalition Government", "Coalition"},
        "alliance-federation-no-name",
    ),
    names_case(
        ["The Marlshire Federation of Women's Institutes was thanked for the tea."],
        {"Marlshire Federation of Women's Institutes"},
        {"Marlshire Federation of Women"},
        "federation-of-womens-institutes",
    ),
]

# third draw (after the second): a committee named by its remit after "on" (the US and Canadian councils' form)
THIRD_DRAW = [
    names_case(
        ["Referred to the Committee on Licensing and the Committee on Parks, Beaches and Waterfront Standards."],
        {"Committee on Licensing", "Committee on Parks, Beaches and Waterfront Standards"},
        {"Committee on Parks"},
        "committee-on-remit",
    ),
    names_case(
        ["Report of the Standing Policy Committee on Harbour Works and Lighting dated May 3 was received."],
        {"Standing Policy Committee on Harbour Works and Lighting"},
        {"Policy Committee on Harbour Works and Lighting"},
        "standing-committee-on-remit",
    ),
    names_case(
        [
            "The Planning Committee on Planning Application 23/0012 resolved to refuse.",
            "The Committee on Monday agreed the Committee on Item 5 minutes; the Audit Committee on Internal Audit.",
        ],
        {"Planning Committee"},
        {
            "Planning Committee on Planning Application",
            "Committee on Monday",
            "Committee on Item",
            "Audit Committee on Internal Audit",
            "Committee on Internal Audit",
        },
        "committee-then-subject-no-remit",
    ),
    names_case(
        ["The Committee on Standards in Rural Life published its report."],
        {"Committee on Standards in Rural Life"},
        set(),
        "committee-on-remit-after-the",
    ),
    names_case(
        ["The Chair of the Committee on Licensing, Councillor Jones, presented the budget."],
        {"Committee on Licensing"},
        {"Jones", "Councillor Jones", "Committee on Licensing, Councillor Jones"},
        "committee-on-remit-then-person",
    ),
    names_case(
        ["Sanctions against the Russian Federation were discussed; the Marlshire Tenants Federation wrote."],
        {"Marlshire Tenants Federation"},
        {"Russian Federation"},
        "a-state-is-no-federation-body",
    ),
    names_case(
        ["The event was held with the 16+ Housing Support Service; 25 Care Homes Partnership members came."],
        {"16+ Housing Support Service", "Care Homes Partnership"},
        {"Housing Support Service", "25 Care Homes Partnership"},
        "age-band-service",
    ),
    names_case(
        ["An 18+ Care Leaver Event held in collaboration with 18+ Care Leaver Service. All events went well."],
        {"18+ Care Leaver Service"},
        {"Care Leaver Service"},
        "real-kent-18-plus-service",
    ),
]

CASES = (
    COUNCILS_NETWORKS
    + OWN_INITIALS_CUT
    + DEPARTMENT_BEFORE_HEADING
    + JOINT_BOARD_PLACES
    + FOR_LOCAL_GOVERNMENT
    + SECOND_DRAW
    + THIRD_DRAW
)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people", "not_people"), CASES)
def test_orgs_shape2(
    paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str], not_people: set[str]
) -> None:
    check_parish_names(paragraphs, wanted, absent, people, not_people)
