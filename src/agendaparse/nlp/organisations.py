"""Organisations named in text: named bodies, acronyms spelled out, venues and fragments left out, tidying."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import organisation_groups
from ..models import Mention
from ..pdf import PageLayout
from .names import (
    CAPITALISED_WORD_BEFORE_RE as RUN_BEFORE_RE,  # a capitalised word just before a name's start
)
from .names import (
    FIRM_TAIL_RE,
    FIRM_TRADE_WORDS,
    GIVEN_NAMES,
    REPORTING_VERBS,
    _is_full_name,
    _not_a_surname,
    strip_title,
)
from .paragraphs import Paragraph
from .patterns import (
    GENERIC_ORG_WORDS,
    LIST_WORDS,
    MONTH_NAMES,
    MONTH_OR_DAY_RE,
    ORG_STARTS,
    ORG_WORD,
    ROLE_HEADS,
    TITLE_WORDS,
    WEEKDAY_NAMES,
)

if TYPE_CHECKING:
    from ..segment import DocumentFacts

# The words before the head start only at a word's start, or after its opening quote or dash ("'The Civil …"):
# restarting inside "Aa-Bb-Cc…" at each hyphen or apostrophe is quadratic.
ORG_RE = re.compile(
    r"\b((?:(?<![\w&])(?<![\w&'’\-]['’\-])(?:[A-Z][\w&'’\-]+\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?){1,5})?"
    r"(?:Council|Office|Department|Ministry|"
    r"Police|Constabulary|Service|Trust|Authority|Agency|Commission|Partnership|Board|Panel|University|Foundation|"
    r"Association|Society|Institute|Company|Ltd|Limited|plc|Government|Directorate|Committee|Library|Libraries))\b"
)

# The words read after a name start at the end of the name, so a run of white space is read from its start and whole
# ("(?<!\s)\s++"): searched alone, "\s+" would read a run of 20,000 spaces again from each space.
OWN_COMMITTEE_RE = re.compile(r"(?<!\s)\s++(?:Board|Committee|Panel|Executive|Sub-?[Cc]ommittee)")


# "Board of Directors of Richmond Hospital NHS Trust": the body's own board; the body is the organisation.
GOVERNING_BOARD_OF_RE = re.compile(
    r"^(?:(?:Board|Council|Court)\s+of\s+(?:Directors|Governors|Trustees)|Governors|Trustees|"
    r"(?:Local\s+)?Governing\s+(?:Board|Body))\s+of\s+(?:the\s+)?(?=[A-Z])"  # "Governing Board of X School": the school
)
# "Trust Board of Westmere University Hospitals NHS Trust", "Board of Westmere Community Trust": a body's board named
# by the body, which ends in its own head (not "Board of Trade", "Board of Deputies of British Jews")
BOARD_OF_RE = re.compile(r"^(?:Trust\s+)?Board\s+of\s+(?:the\s+)?(?=[A-Z])")
# "X Academy Trust Board": the trust; "Suffolk Libraries IPS Ltd Board (Members)": the company
BODY_BOARD_END_RE = re.compile(r"(?:(?<=\sTrust)|(?<=\sLtd)|(?<=\sLimited)|(?<=\splc))\s+Board$")
# "The Board of Directors of Torwood and South Avon NHS Foundation Trust", read from "Directors": the trust (not
# "Directors of Public Health", "Directors of Children’s Services": posts)
DIRECTORS_OF_RE = re.compile(r"^Directors\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])")
COMPANY_END_RE = re.compile(r"\b(?:Trust|Company|Limited|Ltd|plc|Corporation|Society|Foundation)$")
OWN_BOARD_BARE_RE = re.compile(r"(?:Board|Council|Court)\s+of\s+(?:Directors|Governors|Trustees)")


# "NHS Tayside", "NHS Kent and Medway", "NHS Kent and Medway's primary care strategy": a health board or
# commissioning body named by its area.
NHS_AREA_RE = re.compile(
    r"(?<![\w&'’\-])NHS\s+([A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?)"  # "NHS Ayrshire & Arran"
    r"(?![\w&\-]|['’](?!s(?![\w'’\-]))|\s+[A-Z]|\s+(?:and|&)\s+[A-Z][a-z])"
)


# What follows "NHS" in the names of its plans, products and contracts ("NHS Health Check", "NHS Provider contract").
NHS_NOT_AREA = frozenset(
    {"Health", "Provider", "Providers", "Long", "Disability", "Direct", "Pension", "Pensions", "App", "Number", "Plan"}
)


def _nhs_area_bodies(text: str) -> list[str]:
    """'NHS Tayside: Mrs E Small' -> 'NHS Tayside': one area, or two joined by 'and', and no more capitalised words."""
    return [
        f"NHS {match[1]}"
        for match in NHS_AREA_RE.finditer(text)
        if not any(
            word in NHS_NOT_AREA
            or ORG_WORD_HINT_RE.fullmatch(word)
            or word.lower() in GENERIC_ORG_WORDS
            or MONTH_OR_DAY_RE.match(word)
            for word in match[1].split()
            if word not in ("and", "&")
        )
    ]


@lru_cache(maxsize=1)
def known_organisations() -> re.Pattern[str]:
    """Every name and alias in data/organisations.txt as one whole-word, case-sensitive pattern."""
    names = [name for group in organisation_groups() for name in group]
    # either apostrophe matches: the list prints "Mayor's Office", pages often "Mayor’s Office"
    alternatives = "|".join(
        re.sub(r"['’]", "['’]", re.escape(name)) for name in sorted(set(names), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w&])(?:{alternatives})(?![\w])")


# Heads of bodies' names that only this reader needs (the shared ORG_WORD serves the action readers too):
# "East Farrow Chamber of Commerce", "Santa Ysabel River Valley Conservancy", "Whitesand Watershed Conservation
# District", "Bethel Island Community Services District" (before "Services", which would end the name early);
# "Thames Credit Union", "Hallamshire Law Centre", "Dunmere Unemployed Workers Centre", "Bridges CVS" (a council for
# voluntary service), "NHS Kent and Medway ICB" (an integrated care board): kinds of body a "Centre" or a "Union"
# alone does not name (a leisure centre is a building);
# "Bemis Center for Contemporary Arts", "Centre for Cities": a centre for a cause is a body; "Ashwell Church of
# England Academy": a school (not "Kent Academy Social Care Awards", a longer title); "Witney Buttercross Scouts": a
# scout group by its place (not "Cub Scouts", a section of one); "Brookfield By Nature CIC": a community interest
# company, a legal form as "Ltd" is; "Alder Valley YMCA", "Light & Hope Christian Fellowship": a place's YMCA, a church.
# "Metro Drug Task Force", "Great Plains Railroad", "Moray Hospice", "South Carrick IJB" (an integration joint board),
# "NHS Fellside CCG" (a clinical commissioning group), "Kirkmuir HSCP" (a health and social care partnership),
# "Burnham Hall Estate", "Coldstream Castle Estate": a landed estate that owns land and answers letters (not "Oak Park
# Estate", "Riverside Industrial Estate": places); "Eyemouth Water Watch": a river group; "Scottish Elder Voice", "One
# Voice": a group that speaks for its members (not "Pupil Voice", "Student Voice": a school's practice of hearing them);
# "Brightwell Healthcare": a care firm (not "Primary Healthcare", "Community Healthcare": kinds of care, nor "Healthcare
# professionals"); "New Hayesbank Surgery": a GP practice (not "Ward Surgery", "Councillor Surgery on 3 May", "Day
# Surgery": a councillor’s sitting, a ward),
# "Holloway Group Plc", "Riverside Arts Community Improvement District" (a special taxing district), "National Endowment
# for the Arts", "National Highway Traffic Safety Administration" (a federal agency; not "Contract Administration");
# "Orange County Coastkeeper", "Hudson Riverkeeper": a waterkeeper group named by its water.
BODY_HEAD = (
    r"(?:Coast|River|Bay|Lake|Sound|Channel|Water)keeper|"
    rf"(?:Services|Conservation|Improvement)\s+Districts?|Chamber\s+of\s+(?:Commerce|Trade)|Conservancy|MBC|Credit\s+Union|"
    rf"(?:Law|Workers['’]?)\s+Centre|Cent(?:er|re)(?=\s+for\s+[A-Z])|CVS|ICB|IJB|HSCP|CCG|CIC|Y[MW]CA|Christian\s+Fellowship|"
    rf"Division|Academy(?!\s+[A-Z])|Task\s+Force|Railroads?|Hospice|Plc|PLC|Endowment(?=\s+for\s+(?:the\s+)?[A-Z])|"
    rf"(?:Safety|Business|Drug|Security|Transit|Highway|Aviation|Veterans|Resources)\s+Administration|"
    r"(?<!Beaver\s)(?<!Cub\s)(?<!Explorer\s)(?<!Network\s)Scouts|(?:Village|Community)\s+Volunteers|"
    r"(?:Castle|Hall|Manor|Abbey|Priory)\s+Estates?|Water\s+Watch|Neighbou?rhood\s+Watch(?![\w\-]|\s++[Ss]chemes?\b)|"
    r"(?<!Pupil\s)(?<!Student\s)(?<!Patient\s)(?<!Parent\s)(?<!Learner\s)(?<!Customer\s)(?<!Staff\s)Voice|"
    r"(?<!Primary\s)(?<!Community\s)(?<!Public\s)(?<!Social\s)(?<!Mental\s)(?<!Private\s)Healthcare(?!\s+[a-z])|"
    r"(?<!Ward\s)(?<!Councillor\s)(?<!Councillors\s)(?<!Advice\s)(?<!Members\s)(?<!MP\s)(?<!Day\s)(?<!Eye\s)"
    r"(?<!Elective\s)(?<!Cosmetic\s)(?<!Weekly\s)(?<!Monthly\s)Surgery(?!\s+(?:on|will|dates?|times?)\b)|"
    # "Joe Howard, Wear Valley Probation;": a probation area's body by its place, the name ending there (round 42)
    r"Probation(?![\w\-]|\s++[A-Za-z])|"
    # "Kilbrook Family Resource Centre CLG": an Irish company limited by guarantee, a legal form as "CIC" is (stop 57)
    r"(?<=[a-z]\s)(?<![Tt]he\s)(?<![Aa]\s)CLG(?![\w\-])|"
    # "Caldy RFC", "Holmeford AFC": a sports club by its letters (Rugby/Association Football Club; stop 57)
    r"(?:A|R|RU)?FC(?![\w\-])|"
    # "Kelmar General Hospital", "Ashby Memorial Hospital": a hospital by its name (stop 57; "Hospitals" is an ORG_WORD)
    r"Hospital(?![\w\-])|"
    # "Ashby Hospital Auxiliary", "CCMH Auxiliary": a hospital's or a legion's auxiliary by its body's name (stop 57)
    r"Auxiliary(?![\w\-]|\s++(?:[Pp]olice|[Oo]fficers?|[Bb]ishop|[Nn]urses?)\b)|"
    # "Roseville Township": a US township by its place (stop 57); not its hall, road or park
    r"(?<=[a-z]\s)Township(?![\w\-]|\s++(?:of|Hall|Road|Rd|Line|Park|Board|Clerk|Supervisor|Trustees?)\b)|"
    # "the Planning Inspectorate", "HM Inspectorate of Prisons": an inspecting body (stop 38)
    r"Inspectorate(?![\w\-])|"
    # "Hedley Ward Consulting", "Orme Lacey Consultants": a consultancy named after its founders (round 43)
    r"Consult(?:ing|ants|ancy)(?![\w\-])|"
    # "Fenwick Business Alliance", "Marlshire Tenants Federation": a body of members by its collective word (stop 39)
    r"(?:Alliance|(?<!Russian\s)Federation|Consortium)(?![\w\-]|\s+Government)|"
    # "Persimmon Homes", "Golding Homes": a housebuilder or a housing association by its name (round 80; not "Homes
    # England", "the New Homes Bonus", "Empty Homes": HOMES_KIND_WORDS)
    r"Homes(?![\w\-]|\s+(?:England|Bonus|Programme|Standard|Grant|Fund|Strategy|Plan|Scheme|Policy|Team)\b)|"
    # "Clarion Housing Group", "Sanctuary Housing Group": a housing association's group by its name (round 82; the
    # group a housing word leads, not "Housing Working Group", "the Housing Group meeting")
    r"(?<=[A-Z][a-z]{2}\s)(?<!Working\s)(?<!Steering\s)(?<!Advisory\s)(?<!Strategic\s)Housing\s+Group(?![\w\-])|"
    rf"{ORG_WORD}"
)
# Words that make "Homes" a kind of home, not a firm's name: "Care Homes", "Decent Homes", "Affordable Homes"
HOMES_KIND_WORDS = frozenset(
    {"Care", "Nursing", "Residential", "Children's", "Children’s", "Childrens", "Empty", "Decent", "Affordable",
     "Council", "New", "Park", "Mobile", "Warm", "Healthy", "Social", "Holiday", "Second", "Family", "Our", "Your",
     "More", "Safe", "Better", "Existing", "Private", "Rented", "Modular", "Zero", "Carbon", "Retirement", "Supported",
     "Temporary", "Accessible", "Adapted", "Good", "Quality", "Energy", "Efficient", "Older", "People's", "Peoples",
     "Future", "Homes", "Rural", "Village", "Starter", "First", "Self", "Build", "Custom", "Specialist", "Extra",
     "Sheltered", "Independent", "Living", "Prefab", "Eco", "Green", "Smart", "Shared", "Ownership", "Market", "Local",
     "Coastal", "Town", "City", "Homeless", "Unfit", "Vacant", "Long-term", "Student", "Key", "Worker", "All"}
)  # fmt: skip


def _by_first_letter(words: str) -> str:
    """A '|'-joined list of plain words as the same alternation grouped by first letter ("A(?:n|ll)|T(?:he|o)"):
    a word then meets only the branches that share its letter, not all of them (for a test of membership, where
    the branches' order does not matter)."""
    rests: dict[str, list[str]] = {}
    for word in words.split("|"):
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(sorted(rest, key=len, reverse=True))})" for first, rest in rests.items())


# The word's letters are taken whole (possessive): a shorter cut of them can never be followed by what comes next.
# (or dotted initials: "S.T.A.R. Academy Trust")
ORG_PART = (
    rf"(?=[A-Z])(?!(?:{_by_first_letter(ORG_STARTS)})\b)"
    rf"(?<!\.)[A-Z](?:\.(?:[A-Z]\.){{1,7}}+|[\w&'’\-]*+(?:\.com|\.org(?:\.uk)?)?)"  # at most eight initials
)


# "State of Nebraska Commission on Law Enforcement and Criminal Justice", "Commission on Human Rights": a commission
# named by its remit after "on" (not "the Planning Commission on Tuesday", "… on 12 May", "the Audit Commission on
# the Accounts …": a report's subject).
COMMISSION_ON = (
    rf"(?<=ssion)\s+on\s+(?!(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b){ORG_PART}"
    rf"(?:\s+(?:and\s+|&\s+|of\s+)?{ORG_PART}){{0,3}}"
)


# A capitalised name ending in an organisation word: "Tonbridge & Malling Borough Council",
# "Children, Young People and Education Directorate", "Department for Business and Trade".
ORG_CHAIN_RE = re.compile(
    rf"(?<![\w&'’\-])((?:{ORG_PART}(?:\s+(?:(?:of|for|in)(?:\s+the)?|and|&))?,?\s+){{0,6}}(?:{BODY_HEAD})"
    rf"(?:(?:(?<=Board|ssion|uncil|ittee|tment|ffice|itute|rsity|llege|enter|entre|ision|ciety|ocese|wment|twork)\s+(?:of|for)|(?<=ation|istry|iance|orate|\sBank)(?<!Directorate)\s+of)\s+(?:the\s+)?{ORG_PART}(?:\s+(?:and\s+|&\s+|of\s+)?{ORG_PART}){{0,2}}"
    rf"|{COMMISSION_ON})?"
    r"(?:\s+(?:North|South|East|West)(?:\s+(?:East|West))?(?![\w\-])|\s+International(?![\w\-])"
    # "Persimmon Homes (South East)": a national firm's regional company, its region in brackets (round 80)
    r"|\s+\((?:North|South|East|West)(?:\s+(?:East|West|Midlands))?\))?)"
    # no name ends at a closing quote (‘the Audit Committee’ as a title), one ends at a plural's possessive ("The
    # National Archives’ digital transfer project")
    r"(?![\w&\-])(?!(?<!s)['’](?!s\b))"
)

ORG_WORD_HINT_RE = re.compile(rf"(?:{BODY_HEAD})")  # what every ORG_CHAIN_RE match holds
ORG_WORD_END_RE = re.compile(rf"\b(?:{BODY_HEAD})$")  # a name ending in an organisation word
ORG_WORD_WITHIN_RE = re.compile(rf"\b(?:{ORG_WORD})\b")
BODY_HEAD_WITHIN_RE = re.compile(rf"\b(?=[A-Zp])(?:{BODY_HEAD})\b")  # every head starts so ("plc")


# Bodies named by a leading word: "Department for Education", "Township of Nipissing", "London Borough of Redbridge",
# "Bureau of Justice Assistance" (not on into ", FY 2011 …", the fiscal year a grant names next, nor into ", Bureau
# of …", the next body of a list: "U.S. Department of Justice, Bureau of Justice Assistance").
ORG_PREFIX_RE = re.compile(
    r"(?<![\w'’\-])((?:(?:London|Royal|Metropolitan|Regional|U\.S\.?|United\s+States)\s+|District\s+(?=Municipality\s))?(?:Department|Dept|Ministry|Office|Bureau|Township|Borough|City|"
    rf"Town|Village|County|District|Municipality|Shire|Board)\s+(?:of|for)\s+(?:the\s+)?{ORG_PART}(?:(?:,?\s+(?:and|&)|,(?!\s+(?:FY|Bureau|Office|Department|Dept|Ministry)\b))?\s+{ORG_PART})"
    r"{0,6})(?![\w'’\-])"
)

# A US state as the body that licenses or funds: "a licence issued by the State of Ohio" (stop 57). Only a state's
# own name follows, not "State of Play", "State of the Borough".
US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|"
    "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
    "Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming"
)
STATE_OF_RE = re.compile(rf"(?<![\w'’\-])State\s+of\s+(?:{_by_first_letter(US_STATES)})(?![\w'’\-])")

ORG_PREFIX_HINT_RE = re.compile(
    r"(?:Department|Dept|Ministry|Office|Bureau|Township|Borough|City|Town|Village|County|District|Municipality|Shire|"
    r"Board)\s+(?:of|for)\s"
)


# "Eden District Councillor A Armstrong": a councillor of Eden District Council, named only so.
# a count before them is no place: "Three Community Councillors retired by rotation" (stop 64)
COUNT_WORDS = r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Both|All|Many|Some|Other|Our"
COUNCILLOR_OF_RE = re.compile(
    rf"(?<![\w'’\-])(?!(?:{COUNT_WORDS})\s)"
    r"((?:(?:North|South|East|West|Mid|Greater)\s+)?[A-Z][a-z]+\s+(?:District|County|Borough|Parish|Town|City|"
    r"Community))\s+Councill?ors?\b"
)


# A resolution's or a delegation's participle before the body it honours or appoints: "Recognizing X", "Appointing
# Middlesbrough Council's officers", "Approving X Council's nominations", "the Appointing Authority" (a role, no body
# left). Not every "-ing" word: "Reading Borough Council", "Epping Forest …", "Kettering" are places.
LEADING_PARTICIPLES = (
    r"Recogni[sz]ing|Honou?ring|Acknowledging|Congratulating|Commending|Thanking|Welcoming|Appointing|Approving|"
    r"Authori[sz]ing|Delegating|Nominating|Endorsing|Instructing"
)

# "Fenby Parish Council's Leisure & Amenities Committee": the council that holds the committee's meeting.
POSSESSIVE_COUNCIL_RE = re.compile(
    r"(?<![\w'’\-])((?:(?:North|South|East|West|Mid|Greater)\s+)?"
    rf"(?:(?!(?:Minutes|Meeting|Notes|Agenda|Of|The|{LEADING_PARTICIPLES})\b)[A-Z][a-z][\w\-]*\s+){{1,3}}"
    r"(?:Parish|Town|City|District|County|Borough|Community)\s+Council)['’]s\s+[A-Z]"
)

# "CITY OF GARRISON PLANNING COMMISSION", "CITY OF MARLOWE BOARD OF PUBLIC WORKS": a heading's city, then its board.
PLACE_BEFORE_BOARD_RE = re.compile(
    r"((?:City|Town|Township|Village|County|Borough|Municipality)\s+of\s+(?:[A-Z][\w'’\-]*\s+){0,2}?[A-Z][\w'’\-]*)"
    r"\s+(?:[A-Z][\w&'’\-]*\s+){0,3}?(?:Board|Commission|Commissioners|Committee|Panel)\b"
)

# "City of Lindale Heights City Council", "Town of Elm Creek Town Council": the place's own council, named after the
# place's style; the body is the city (as "City of X" alone names it), not a second one beside it.
PLACE_OWN_COUNCIL_RE = re.compile(
    r"((City|Town|Township|Village|County|Borough)\s+of\s+(?:[A-Z][\w'’\-]*\s+){0,3}?[A-Z][\w'’\-]*)\s+\2\s+Council"
)


# "Friends of Halesworth Library", "Society of Chief Librarians", "Bucknell Coalition of Parishes".
MEMBERS_OF = r"(?:Friends|Society|Association|Federation|Union|Coalition|Guild|League|Alliance)\s+of"

MEMBERS_BODY_HINT_RE = re.compile(rf"{MEMBERS_OF}\s")

MEMBERS_BODY_RE = re.compile(
    rf"(?<![\w'’\-])((?:{ORG_PART}\s+){{0,3}}{MEMBERS_OF}\s+(?:the\s+)?{ORG_PART}(?:\s+{ORG_PART}){{0,3}})(?![\w'’\-])"
)


# Words inside a matched name after which the body's name starts again: "Twenty-second Meeting Open Data
# Institute", "Co-Chair Kent Housing Options Subgroup"; "Director of Corporate Services" is a role.
ORG_BREAK_RE = re.compile(
    r"^(?:.*\s)?(?:Meeting|Minutes|Agenda|Chair|Co-Chair|Chairman|Director|Head|Manager|Leader|Minister|Officer|"
    r"Member|Members|Clerk|Secretary|Constable|Superintendent|Inspector|Chief\s+Executive|Commander|"
    r"Vice-(?:[Cc]hair(?:man|person)?|President))\s+(?P<rest>.+)$"
)
# A post's or a department's words "of" a council or a university (after "Head of" is cut): "Finance of Marlow
# District Council", "Vice-Chancellor of the University of Marlow", "Adult Services of Marlow Borough Council": the
# body (round 43); not "Friends of X Council" (a body's own head word before "of").
DAY_NAMED_CLUB_RE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:Club|Society|Guild)")
MEETING_WORD_END_RE = re.compile(r"(?:Meeting|Minutes|Agenda)\s+$")
POST_OF_BODY_RE = re.compile(
    r"^(?P<lead>(?:[A-Z][\w'’\-]*\s+(?:and\s+|&\s+)?){0,2}[A-Z][\w'’\-]*)\s+of\s+(?:the\s+)?"
    r"(?P<body>(?:[A-Z][\w'’&\-]*\s+){1,4}(?:Council|Authority)|University\s+of\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)$"
)
PLACE_KIND_WORDS = frozenset(
    {"Township", "Town", "City", "County", "Borough", "District", "Municipality", "Village", "Corporation", "Province",
     "State", "Shire", "Parish", "Region", "Commonwealth", "Royal", "Isle", "Islands", "Vale"}
)  # fmt: skip
DEPARTMENT_HEAD_RE = re.compile(r"\b(?:Services?|Department|Directorate)\b")
# A firm named only by a department's words: "Corporate Services Ltd", "Finance and Resources Limited" (round 43)
DEPARTMENT_WORDS = frozenset(
    {"Corporate", "Services", "Service", "Finance", "Financial", "Resources", "Legal", "Planning", "Housing",
     "Environment", "Environmental", "Operations", "Support", "Customer", "Commercial", "Property", "Development",
     "Regeneration", "Governance", "Strategy", "Strategic", "Audit", "Assets", "People", "Place", "Communities",
     "Transformation", "Business", "Democratic", "Children's", "Children’s", "Adult", "Adults", "Public", "Health",
     "Social", "Care", "Education", "Economy", "Economic", "Growth", "Digital", "Technology", "Estates", "and", "&"}
)  # fmt: skip


def _department_words_firm(name: str) -> bool:
    """'Corporate Services Ltd': a legal form after nothing but a department's words (no firm's own name).
    LEGAL_FORM_END_RE is the module's one legal-form ending, defined with LEGAL_FORMS below (read when called)."""
    cut = LEGAL_FORM_END_RE.search(name)
    return bool(cut) and all(word in DEPARTMENT_WORDS for word in name[: cut.start()].split())


# A head of council's post before the municipality it heads: "Warden of the County of Elmvale", "Reeve of the
# Township of X" name the county and the township.
HEAD_OF_COUNCIL_POST_RE = re.compile(r"^(?:.*\s)?(?:Warden|Reeve|Provost)\s+of\s+(?:the\s+)?(?P<place>.+)$")


# "Mandela Award for Community Service", "Medal of the Order": an award named after what it honours.
AWARD_FOR_RE = re.compile(r"\b(?:Award|Awards|Medal|Prize|Trophy)\s+(?:for|of)\s")


# A post's words before a comma, then a department: "Director General, Policy and Strategy, Ministry of Justice".
DEPARTMENT_AFTER_POST_RE = re.compile(r",\s+(?:Department|Ministry|Office)\s+(?:of|for)\s+[A-Z][^,]*$")

POST_BEFORE_COMMA_RE = re.compile(
    r"\b(?:Director|General|Head|Secretary|Chief|Minister|Officer|Manager|Lead|Chair)\b[^,]*,"
)

# "Local Senior Officer, Northern Isles Fire and Rescue Service", "K Shah, Medical Director, Westmere and Eastbourne
# Hospitals NHS Trust": a post's words (after its holder's name) and a comma before the body, whose "and" reads as a
# list's, so the comma split below would keep the post.
# "Colin Reid, Governor, Wessex and Downland University Hospitals NHS Foundation Trust": a governor's post likewise.
POST_THEN_BODY_RE = re.compile(
    r"^(?:(?:(?:[A-Z]\.?\s+){0,3}|(?:[A-Z][a-z]+\s+){1,2})[A-Z][\w'’\-]*+,\s+)?(?:[A-Z][\w'’\-]*+\s+){0,3}"
    r"(?:Officer|Manager|Director|Head|Secretary|Executive|Chair(?:man)?|Commander|Advis[eo]r|Co-?ordinator|Clerk|"
    r"Governor|Trustee),\s+(?=[A-Z])"
)


# "Inspector Naylor of Avon and Somerset Constabulary": an officer's surname before the force.
# "Pastor Kevin Boyd of Light & Hope Christian Fellowship": a minister's name before the church.
OFFICER_OF_RE = re.compile(
    r"^(?:Inspector|Superintendent|Sergeant|Constable|Detective|Chief|Mr|Mrs|Ms|Dr|Professor|Pastor|Rev(?:erend|d)?\.?)"
    r"\s+(?:(?:Inspector|Superintendent|Sergeant|Constable)\s+)?(?:[A-Z][a-z][\w'’\-]*\s+){1,2}(?:of|from)\s+"
    r"(?:the\s+)?"
)

# "Councillor D Beckett, Westshire and Chester Council": the attendee, then the body.
TITLED_PERSON_BEFORE_RE = re.compile(
    r"^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor)\.?\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\w'’\-]+,\s+(?=[A-Z])"
)

# A councillor's name and a comma, just before a portfolio's name.
COUNCILLOR_BEFORE = r"\b(?:Cllr|Councillor|Clr)\.?\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\w'’\-]+,\s+"
COUNCILLOR_BEFORE_RE = re.compile(rf"{COUNCILLOR_BEFORE}$")
COUNCILLOR_FIRST_RE = re.compile(rf"^{COUNCILLOR_BEFORE}")

TITLE_AFTER_AND_RE = re.compile(
    r"(?<!\s)\s++(?:and|&)\s++(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame)\.?$"
)
# "University of Marlow and Mr Sunil": the next speaker's title and name after the body (round 42)
TITLED_NAME_AFTER_AND_RE = re.compile(
    r"\s(?:and|&)\s(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame)\.?\s(?=[A-Z])"
)
# "Sunil Rao of Rao Engineering Group plc": a speaker's given name and surname before the body he is of (round 42)
GIVEN_NAME_OF_RE = re.compile(r"^(?P<given>[A-Z][a-z]+)\s[A-Z][\w'’\-]*\s(?:of|from)\s(?:the\s)?(?=[A-Z])")
# "… Network for Wales and Helen Mills, Natural Resources Wales": a speaker's given name and surname after "and"
GIVEN_NAME_AFTER_AND_RE = re.compile(r"\s(?:and|&)\s(?P<given>[A-Z][a-z]+)\s[A-Z][\w'’\-]*$")
GIVEN_NAME_BEFORE_RE = re.compile(r"(?<![\w'’\-])(?P<given>[A-Z][a-z]+)\s$")

# What _org_name strips from a name's start: a joining word, a heading's capitals before "and", a tick-box
# glyph read as a letter, a row's code.
LEADING_JOINER_RE = re.compile(r"^(?:The|the|of|and|for|in|&)\s+")
# "with the exception of Catering Convenor and Social Committee": a post listed before a committee, no part of it
POST_AND_BEFORE_RE = re.compile(
    r"^(?:[A-Z][a-z]++\s++)?(?:Convenor|Secretary|Treasurer|Chair(?:man|person)?|President|Captain|Coordinator|"
    r"Co-ordinator)\s++(?:and|&)\s++(?=[A-Z])"
)
# A sentence's opening verb or question word run into the body after it: "Resolved Council agreed …", "Addressed
# Council on …", "Does Runnymede Borough Council intend …", "Though Council urged caution", "Adoption of the Previous
# Library Board Meeting Minutes"
OPENING_WORD_RE = re.compile(
    rf"^(?:{'|'.join(sorted(REPORTING_VERBS))}|Resolved|RESOLVED|Addressed|Reminded|Received|Urged|Does|Do|Did|Though|"
    r"Although|Previous|Announcements|Welcome)\s+(?=[A-Z])"
)
THING_CAPITALS_OF_RE = re.compile(r"^([A-Z][A-Za-z]{1,7})\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])")
COUNCILLORS_AFTER_COUNCIL_RE = re.compile(r"(?<=Council)\s+Councillors\b.*$")
# A meeting of a council named by its kind ("the Annual Council", "Ordinary Council Meeting", "Formal Parish Council
# Meeting"): the meeting, no body beside the council itself
MEETING_KIND_BODY_RE = re.compile(
    r"(?:Annual|Ordinary|Extraordinary|Special|Formal|Full|Previous|Adjourned)\s+"
    r"(?:(?:Parish|Town|City|District|County|Borough|Community)\s+)?(?:Council|Board)(?:\s+Meeting)?"
)
# What an office holder wears or swears: "received the Chain of Office", "the Declaration of Acceptance of Office"
OF_OFFICE_THING_RE = re.compile(r"\b(?:Chain|Badge|Ribbon|Seal|Oath|Acceptance|Terms?|Period|Years?)\s+of\s+Office$")
# A church service held for an occasion: "the Remembrance Service", "Holocaust Memorial Day Service", "Carol Service"
SERVICE_OCCASION_RE = re.compile(
    r"\b(?:Remembrance|Memorial|Carols?|Civic|Thanksgiving|Commemoration|Commemorative|Dedication|Funeral|"
    r"Christingle|Remembrance\s+(?:Day|Sunday)|Memorial\s+Day)\s+Service$"
)
RESOLUTION_VERB_RE = re.compile(rf"^(?:{LEADING_PARTICIPLES})\s+(?=[A-Z])")
CAPITALS_BEFORE_AND_RE = re.compile(r"^(?:[A-Z]{2,}\s+){2,}(?:and|&)\s+(?=[A-Z][a-z])")
TICK_BOX_LETTER_RE = re.compile(r"^[B-HJ-Z]\s+(?=[A-Z])(?![A-Z]\.?\s)")  # not a firm's initials: "R J Holt"
ROW_CODE_RE = re.compile(r"^[A-Z]{1,4}\d+(?:[\-/]\d+)?[A-Z]?\s+(?=[A-Z])(?!(?:Ltd|Limited|plc|LLP)\b)")  # not "HS2 Ltd"
LIST_IN_COMMAS_RE = re.compile(r",[^,]*\b(?:and|&)\s")
OF_THE_RE = re.compile(r"(?:of|for)\s+the\s")
OF_A_BODY_RE = re.compile(
    r"(?:of|for)\s+[A-Z].*\b(?:Council|Authority|Agency|Commission|Police|Trust|Board|"
    r"(?:Probation|Ambulance|Rescue)\s+Service|Ltd|Limited|plc|PLC|LLP)$"
)  # "Chairman of Doe Associates Ltd": a firm's officer, the firm
OF_OR_FOR_RE = re.compile(r"(?:of|for)\b")
CLLR_RE = re.compile(r"\bCllrs?\b")
# A councillor's name run on into the council a table's next column names: a compass word opens the council's place
CLLR_NAME_BEFORE_COUNCIL_RE = re.compile(
    r"^(?:Cllr|Councillor)\.?\s+(?:[A-Z][\w'’\-]*\s+){1,3}?(?=(?:North|South|East|West|Mid)\s+"
    r"(?:[A-Z][\w'’\-]*\s+){1,2}(?:(?:District|County|Borough|Town|City|Parish)\s+)?Council$)"
)
# "Cllr John North Marlshire Council": ONE name word, then a compass word: the compass word is the surname and the
# council is "<Place> Council" (round 43); with more name words the compass word opens the council (above)
CLLR_COMPASS_SURNAME_RE = re.compile(
    r"^(?:Cllr|Councillor)\.?\s+[A-Z][\w'’\-]*\s+(?:North|South|East|West)\s+"
    r"(?=(?:[A-Z][\w'’\-]*\s+){1,2}(?:(?:District|County|Borough|Town|City|Parish)\s+)?Council$)"
)
WEB_NAME_RE = re.compile(r"\.(?:com|org)")
OF_MONTH_RE = re.compile(rf"\b(?:of|for)\s+(?:{MONTH_NAMES})\b")
SIGN_OR_ROLE_RE = re.compile(
    r"\b(?:Information|Notice)\s+Board$|^(?:Lead\s+)?Local\s+(?:[A-Z][a-z]+\s+){0,2}Authority$"
    # a council's statutory role, no place named: "Marlshire Council as Licensing Authority" (round 42)
    r"|^(?:Licensing|Planning|Responsible|Enforcing|Administering|Accountable)\s+Authority$"
)
ADJECTIVE_WORD_RE = re.compile(r"(?:ic|al|ate|ed|wide|ive)$")


# A Welsh council's bilingual title: "Cyngor Tref Cwmaman Town Council", "Cyngor Sir Ceredigion County Council".
WELSH_TITLE_RE = re.compile(r"^Cyngor\s+(?:Tref|Cymuned|Dinas|Sir|Bwrdeistref\s+Sirol)\s+(?=\S[^,;]*\sCouncil$)")
# A council's own service named as the actor is an organisation (corpus/gold/README.md, stop 32): "Adult Social Care was
# working more closely with the hospitals", "a referral is made to Children’s Services, who complete checks", "land
# bought by Highways", "neither Highways or Corporate Landlord have budget"; not "Cabinet Member for Adult Social Care
# and Public Health", "Director of Children’s Services", "Highways officers will inspect" (a post's or a group's words)
# nor a bare "Highways have advised" (a parish's word for the highway authority it does not name).
OWN_SERVICE = (
    r"(?:Adult|Adults['’]?|Children['’]s)\s+Social\s+Care|(?:Adult|Adults['’]|Children['’]s)\s+Services|Highways|"
    r"Corporate\s+Landlord"
)
OWN_SERVICE_ACTOR_RE = re.compile(
    rf"(?<![\w'’\-])(?<!\bof\s)(?<!\bfor\s)(?<!\band\s)({OWN_SERVICE})(?:\s+(?:or|nor)\s+({OWN_SERVICE}))?"
    r"(?:,\s+who|\s+(?:was|were|is|are|has|have|had|will|would|can|could|should|must))\b"
    rf"|\b(?:bought|purchased|owned|funded|maintained|managed|commissioned|provided|delivered|run)\s+by\s+({OWN_SERVICE})"
    r"(?![\w'’\-])(?!\s+[A-Z])"
)
OWN_SERVICE_HINT_RE = re.compile(r"Social Care|Services|Highways|Landlord")
# "KCC Highways will …", "The Highways team": the service named with a body's initials or inside a longer name
# (a word of at most 64 characters, as SPELLED_ACRONYM_RE's: a search never reads one long word to its end from each
# capital in it)
CAPITALISED_WORD_BEFORE_RE = re.compile(r"[A-Z][\w'’\-]{0,63}+\s++$")


# A council's public health or adult social care service named with its place: "Public Health Dorset", "(Elmshire
# Public Health)", "Elmshire Adult Social Care" (round 43); not a post's words ("Director of Public Health", "Consultant
# in Public Health", "Cabinet Member for Adult Social Care"), nor a longer name ("Kent Public Health Observatory",
# "Marlshire Adult Social Care and Health Committee"), nor a post or a thing after them ("Public Health Consultant",
# "Public Health Grant").
PLACE_SERVICE = r"Public\s+Health|Adults?['’]?\s+Social\s+Care"
PLACE_SERVICE_RE = re.compile(
    r"(?<![\w'’&\-])(?<!\bof\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bto\s)"
    r"(?:Public\s+Health\s+(?P<after>[A-Z][a-z]+)"
    rf"|(?P<before>[A-Z][a-z]+)\s+(?:{PLACE_SERVICE}))"
    r"(?![\w'’\-]|\s+[A-Z]|\s+(?:and|&)\s+[A-Z])"
)
PLACE_SERVICE_HINT_RE = re.compile(r"Public Health|Social Care")
NOT_SERVICE_PLACE_WORDS = frozenset(
    {"Director", "Directors", "Consultant", "Consultants", "Head", "Specialist", "Practitioner", "Registrar", "Nurse",
     "Nursing", "Lead", "Officer", "Officers", "Manager", "Team", "Teams", "Service", "Services", "Intelligence",
     "Grant", "Grants", "Funding", "Fund", "Outcomes", "Strategy", "Priorities", "Plan", "Programme", "Programmes",
     "Campaign", "Campaigns", "Update", "Updates", "Report", "Reports", "Annual", "Joint", "Integrated", "Interim",
     "Deputy", "Assistant", "Acting", "Senior", "Strategic", "Local", "National", "Regional", "Global", "Cabinet",
     "Portfolio", "Member", "Members", "Children", "Adult", "Adults", "Health", "Social", "Care", "Community",
     "Commissioning", "Commissioner", "Commissioners", "Budget", "Budgets", "Spending", "Staff", "Colleagues",
     "Partners", "Committee", "Board", "The", "And", "For", "Of", "In", "With", "Both", "All", "Our", "Your", "Their",
     "Principal", "Improvement", "Protection", "Prevention", "Emergency", "Specialty", "Training", "Workforce",
     "Transformation", "Delivery", "Performance", "Quality", "Safeguarding", "Housing", "Education", "Wellbeing",
     "Data", "Dashboard", "Advice", "Advisor", "Adviser", "Analyst", "Analysts", "Act", "Regulations", "Duties",
     "Responsibilities", "Functions", "Function", "Contracts", "Contract", "Approach", "Input", "Support", "Ring",
     "Medicine", "Law", "Doctor", "Doctors", "Professionals", "Directorate", "Department", "Division", "Unit"}
)  # fmt: skip


# An awarding body named by one word in a list with an exam board's capitals: "Results from Pearson and AQA", "AQA, OCR
# and Pearson" (round 43, round 40's strict xfail): the list names awarding bodies; the word alone ("Mr Pearson") is
# a surname. Not a subject ("English and AQA results"), a titled name, a given name.
EXAM_BOARDS = r"(?:AQA|OCR|WJEC|CCEA|SQA|Edexcel)"
EXAM_LIST_JOIN = r"(?:,[ \t]*|,?[ \t]+(?:and|or|&)[ \t]+)"
AWARDING_WORD_RE = re.compile(
    rf"(?<![\w'’.\-])(?<!Mr\s)(?<!Mrs\s)(?<!Ms\s)(?<!Dr\s)(?<!Cllr\s)([A-Z][a-z]+)(?={EXAM_LIST_JOIN}{EXAM_BOARDS}\b)"
    rf"|(?<![\w&'’\-]){EXAM_BOARDS}{EXAM_LIST_JOIN}([A-Z][a-z]+)(?![\w'’\-]|[ \t]+[A-Z])"
)
NOT_AWARDING_WORDS_RE = re.compile(r"(?:ics|ish|ogy|ory|ry|ing|ese|ce|ama|sic|Art|Law|Media|Results|Boards?)$")


def awarding_bodies(text: str) -> list[str]:
    """One-word awarding bodies listed with an exam board's capitals (AWARDING_WORD_RE)."""
    words = (match[1] or match[2] for match in AWARDING_WORD_RE.finditer(text))
    return [word for word in words if not NOT_AWARDING_WORDS_RE.search(word) and word not in GIVEN_NAMES]


def place_services(text: str) -> list[str]:
    """A council's public health or adult social care service named with its place (PLACE_SERVICE_RE)."""
    found = []
    for match in PLACE_SERVICE_RE.finditer(text):
        place = match["after"] or match["before"]
        if place in NOT_SERVICE_PLACE_WORDS or ADJECTIVE_WORD_RE.search(place) or place in GIVEN_NAMES:
            continue
        if NOT_PLACE_SHAPE_RE.search(place) or place in NOT_PLACE_BEFORE_SERVICE:
            continue  # "Public Health Champions", "Public Health Reserves", "Everyday Adult Social Care": no place
        found.append(match[0])
    return found


NOT_PLACE_BEFORE_SERVICE = frozenset(
    {"Everyday", "Future", "Good", "Better", "Modern", "Current", "Statutory", "Quality", "Making", "Reforming",
     "Specialist", "Core", "Wider", "Whole", "Total", "Net", "Gross", "Overall", "Kent's", "Sustainable", "Safe",
     "Healthy", "Adult", "Adults", "Older", "Young", "Working", "Age", "Life", "Long", "Short", "Term"}
)  # fmt: skip
# A common noun's shape around "Public Health": a plural, a question word, a noun's or a verb's ending.
NOT_PLACE_SHAPE_RE = re.compile(
    r"(?:s|ion|ment|ness|ship|ance|ence|ity|ers|ing|ed|ise|ize|ive|ary|ory|ry)$|^(?:What|Who|How|When|Where|Why|Which|"
    r"This|That|These|Those|Is|Are|Was|Will|Has|Had|Nurses?|Work|Week|Day|Year|Month|Award|Lead|Input|Budget|Role|Team)$"
)


def own_services_as_actors(text: str) -> list[str]:
    """A council's services the text names as actors, each not run on from a capitalised word before it."""
    found = []
    for match in OWN_SERVICE_ACTOR_RE.finditer(text):
        if CAPITALISED_WORD_BEFORE_RE.search(text, max(0, match.start() - 30), match.start()) and match[3] is None:
            continue
        if match[1] == "Highways" and match[2] is None:
            continue  # "Highways have advised" in a parish's minutes: the highway authority, not named (round 36)
        found += [name for name in match.groups() if name]
    return found


# A Welsh council by its Welsh name alone: "Cyngor Cymuned Llanfor", "Cyngor Sir Ceredigion", "Cyngor Gwynedd", "Cyngor
# Bro Morgannwg" (not a bilingual title, whose English name follows: WELSH_TITLE_RE).
WELSH_COUNCIL_RE = re.compile(
    r"(?<![\w'’\-])Cyngor\s+(?:(?:Tref|Cymuned|Dinas|Sir|Bwrdeistref\s+Sirol)\s+)?(?:(?:Bro|Ynys|Blaenau)\s+)?"
    # not the Welsh half of a bilingual name ("Cyngor Sir Ddinbych / Denbighshire County Council": one body, read in
    # English, round 84)
    r"[A-Z][\w'’\-]*+(?!\s+[A-Z]|\s*/\s*[A-Z])"
)
# A Welsh college, university or group by its Welsh name (round 84): "Coleg Cambria", "Coleg Gwent", "Prifysgol
# Bangor", "Grŵp Llandrillo Menai"; one to three capitalised words, not before a slash and its English name.
WELSH_BODY_RE = re.compile(
    r"(?<![\w'’\-])(?:Coleg|Prifysgol|Grŵp)\s+[A-Z][\w\-]*+(?:\s+[A-Z][\w\-]*+){0,2}(?![\w\-])(?!\s*/\s*[A-Z])"
)


UNNAMED_JOINT_BOARD_RE = re.compile(
    r"(?:(?:Shadow\s+)?Health\s+(?:and|&)\s+Social\s+Care\s+)?(?:Integration|Integrated)\s+Joint\s+Board"
)


# "with the Local Governing Board": an academy's own board, no school named
UNNAMED_GOVERNING_BODY_RE = re.compile(r"(?:Local\s+|Academy\s+)?Governing\s+(?:Board|Body)")

CIVIL_PARTNERSHIP_RE = re.compile(r"(?:^|\s)Civil\s+Partnerships?$")
PLACE_CIC_RE = re.compile(r"[A-Z][\w'’\-]{0,63}+\s++CIC")


ELECTORAL_AREA_RE = re.compile(r"\bElectoral\s+(?:Divisions?|Wards?)$")
# a programme named by what it does to a field's services (not "Improving Lives Partnership", a body named by its
# aim, nor "Strengthening Independence Service", a council's service named so)
SERVICES_PROGRAMME_RE = re.compile(
    r"(?:Transforming|Improving|Modernising|Modernizing|Reshaping|Redesigning|Reforming)\s+"
    r"(?:[A-Z][\w'’\-]*\s+){0,3}Services$"
)


# Professions whose firms are named "<Name> Accountants"; after only generic words they name the kind of firm.
PROFESSION_FIRM_HEADS = frozenset({"Accountants", "Solicitors", "Surveyors", "Architects", "Auditors"})
# A consultancy's head; after a trade's or a department's words only it is the kind of firm ("Planning Consultants",
# "Independent Highways Consultancy"), not one named (round 43).
CONSULTANCY_HEADS = frozenset({"Consulting", "Consultants", "Consultancy"})
CONSULTANCY_KIND_WORDS = frozenset(
    {"Independent", "External", "Specialist", "Management", "Engineering", "Heritage", "Transport", "Highways",
     "Design", "Ecology", "Ecological", "Landscape", "Traffic", "Drainage", "Flood", "Energy", "Structural", "Our",
     "Council's", "Council’s", "Project", "Procurement", "Technical", "Retained", "Appointed", "IT", "HR", "Tree",
     "Arboricultural", "Acoustic", "Noise", "Valuation", "Viability", "Marketing", "Recruitment", "Consultancy"}
)  # fmt: skip


# "County Councils Network", "Parish Councils Association": one body of many councils of a tier, named by the tier
# alone (every word generic, but not "Councils Network" alone nor "the County Council").
COUNCILS_NETWORK_RE = re.compile(
    r"(?<![\w&'’\-])(?:[A-Z][a-z]+\s+)?(?:Parish|Town|District|County|Borough|City|Community|Unitary|Rural|Metropolitan)\s+"
    r"Councils['’]?\s+(?:Network|Association|Alliance|Forum|Partnership)(?![\w&\-])"
)


HOSPITAL_KIND_WORDS = frozenset(
    {"Community", "General", "Memorial", "District", "Royal", "Acute", "Local", "Cottage", "Teaching", "University",
     "Private", "Psychiatric", "Mental", "Children's", "Children’s", "Childrens", "Maternity", "Specialist", "County",
     "City", "Regional", "Field", "Day", "Veterans", "Animal", "Main", "New", "Old", "Nearest", "Nearby", "Our"}
)  # fmt: skip


SCHOOL_KIND_RE = re.compile(
    r"(?:The\s+)?(?:Middle|High|Secondary|Junior|Infants?|First|Upper|Lower|Grammar|Nursery|Elementary|Senior|Village|"
    r"Local|Primary)\s+School"
)


def _words_before_hospital(name: str) -> list[str] | None:
    """The words before a name's last word "Hospital", or None when it ends otherwise."""
    words = name.split()
    return words[:-1] if words[-1:] == ["Hospital"] else None


# An agenda line's process word run into the body after it (stop 64): "Approval of Department Monthly Reports",
# "Register of Finance Committee Members' Interests", "Received for Board Information", "Decision of Executive",
# "Scheme of Establishment of Community Councils": the paper or the step, not the body ("Approval of the Planning
# Committee's report" keeps the committee).
PROCESS_OF_RE = re.compile(
    r"^(?:Approval|Approvals|Register|Survey|Decision|Decisions|Scheme|Establishment|Received|Receipt|Ratification|"
    r"Confirmation|Adoption|Consideration|Nomination|Nominations)\s++(?:of|for|from)\s++(?:the\s++)?(?=[A-Z])"
)
# People listed before "and" and a place's kind or another body's word: "the Commissioners and County staff",
# "Borough Councillors and Police officers", "District Councillor Andrewes and County Councillor …": no body named
PEOPLE_AND_BEFORE_RE = re.compile(
    r"^(?:(?:District|County|Borough|Parish|Town|City|Ward)\s++)?(?:Councillors?|Councilors?|Commissioners|"
    r"Supervisors|Trustees|Officers|Members|Aldermen)(?:\s++[A-Z][\w'’\-]*+)?\s++(?:and|&)\s++(?=[A-Z])"
)
# A person's given name and surname before a council's initials: "Ricky Crawley CCC Highways": the council's service
# after them (not "Brendon Vale AONB Partnership", a place named like a person before its body's own capitals)
PERSON_BEFORE_CAPITALS_RE = re.compile(r"^(?P<given>[A-Z][a-z]++)\s++[A-Z][\w'’\-]*+\s++(?=[A-Z]{1,4}C\b)")
# A span read on past the name: "Mid Devon District Council for the Municipal Year", "Joint Waste Committee Inter
# Authority (Agreement)", "Rutland County Council District Council", "GMP in the Rochdale Township"
RUN_ON_TAIL_RE = re.compile(
    r"(?<!\s)\s++(?:(?:for|in|during)\s++the\s++(?:(?:Municipal|Financial|Civic|Calendar|Current|Coming|Next)\s++)?"
    r"(?:Year|Period|Term)|Inter[\s\-]++(?:Authority|Agency))$"
    r"|(?<=\bCouncil)\s++(?:District|County|Borough|Town|Parish|City)\s++Council$"
)
# A kind of body in the plural, then the one body it is of: "Community Councils in the Perth and Kinross Council";
# a paper's title so made names none ("Audit Committees in Local Authorities and Police")
PLURAL_KIND_IN_THE_RE = re.compile(
    r"^(?:[A-Z][\w'’\-]*+\s++)?(?:Councils|Committees|Boards|Panels|Authorities|Services|Partnerships)\s++(?:in|of|for)\s++(?:the\s++)?(?=[A-Z])"
)
IN_THE_PLACE_RE = re.compile(
    r"(?<!\s)\s++in\s++the\s++(?:[A-Z][\w'’\-]*+\s++){1,3}(?:Township|Area|Borough|District|County|Region|Ward|Parish)$"
)
# A department's paper read as its name: "Department of Human Services Notice", "Office of the Police and Crime
# Commissioner Budget Report"
UNIT_PAPER_AFTER_RE = re.compile(
    r"(?<!\s)\s++(?:(?:Budget|Annual|Monthly|Quarterly|Performance|Draft|Final)\s++)?"
    r"(?:Notices?|Reports?|Letters?|Bulletins?|Newsletters?|Circulars?|Guidance)$"
)
# A standard's or a rule book's title: "Accessibility Standards for Customer Service", "Design Guidelines for …"
STANDARDS_FOR_RE = re.compile(r"\b(?:Standards|Guidelines|Regulations|Requirements|Principles)\s++(?:for|of|on)\s")
# A kind of energy, no supplier named: "Renewable Energy", "Sustainable Energy"; "Sussex Energy" is a body
KIND_OF_ENERGY_RE = re.compile(
    r"(?:(?:[A-Z][a-z]++(?:(?<=able)|(?<=ible)|(?<=ic)|(?<=al)|(?<=ed))|Green|Clean|Solar|Wind|Low\s++Carbon)\s++){1,3}Energy"
)


def _without_leading_words(name: str) -> str:
    """A name without the process word, the people listed or the person printed before it (stop 64)."""
    while lead := PROCESS_OF_RE.match(name):
        name = name[lead.end() :]  # "Scheme of Establishment of …": each step's word in turn
    name = PEOPLE_AND_BEFORE_RE.sub("", name)
    if (person := PERSON_BEFORE_CAPITALS_RE.match(name)) and person["given"] in GIVEN_NAMES:
        name = name[person.end() :]
    return name


def _without_run_on(name: str) -> str:
    """A name cut where it runs on past the body into a period, a place or the body's paper (stop 64)."""
    name = RUN_ON_TAIL_RE.sub("", name)
    name = IN_THE_PLACE_RE.sub("", name)
    name = PLURAL_KIND_IN_THE_RE.sub("", name)
    if UNIT_OF_RE.match(name):
        name = UNIT_PAPER_AFTER_RE.sub("", name)
    return name


@lru_cache(maxsize=8192)  # a body is named again and again through a pack; the same cell is read by two readers
def _org_name(raw: str) -> str | None:
    """A matched organisation name cleaned, or None when it is a role, a date or generic words."""
    name = " ".join(raw.split()).strip(" ,.;:")
    name = GOVERNING_BOARD_OF_RE.sub("", name)
    if (board := BOARD_OF_RE.match(name)) and ORG_WORD_END_RE.search(name, board.end()):
        name = name[board.end() :]
    if (directors := DIRECTORS_OF_RE.match(name)) and COMPANY_END_RE.search(name, directors.end()):
        name = name[directors.end() :]
    name = OFFICER_OF_RE.sub("", name)
    name = TITLED_PERSON_BEFORE_RE.sub("", name)
    name = TITLE_AFTER_AND_RE.sub("", name)  # "Institute for Fiscal Studies and Dr Amis": the next speaker's title
    name = TITLED_NAME_AFTER_AND_RE.split(name, maxsplit=1)[0]
    if (person := GIVEN_NAME_AFTER_AND_RE.search(name)) and person["given"] in GIVEN_NAMES:
        name = name[: person.start()]  # "Co-Production Network for Wales and Helen Mills": the next speaker (round 43)
    if (
        (person := GIVEN_NAME_OF_RE.match(name))
        and person["given"] in GIVEN_NAMES
        and " of " not in (BODY_HEAD_AT_RE.match(name, person.end("given") + 1) or [""])[0]
    ):  # "Kelsey Chamber of Commerce": a town's body by a head of words; "Andrew Board of X Trust" is a person
        name = name[person.end() :]
    if (lead := THING_CAPITALS_OF_RE.match(name)) and lead[1] in ACRONYM_STOP:
        name = name[lead.end() :]  # "81 KPIs for East Lindsey District Council": the council the indicators are of
    name = COUNCILLORS_AFTER_COUNCIL_RE.sub("", name)  # "Ashford Borough Council Councillors and County …"
    name = LEADING_JOINER_RE.sub("", name)
    name = POST_AND_BEFORE_RE.sub("", name)
    name = RESOLUTION_VERB_RE.sub("", name)  # "RESOLUTION - Recognizing Information Technology Department Staff"
    name = _without_run_on(_without_leading_words(name))
    name = CAPITALS_BEFORE_AND_RE.sub("", name)  # "ORDINANCE ON FIRST READING and …"
    name = TICK_BOX_LETTER_RE.sub("", name)  # "X Mayoral Data Council": a tick-box glyph read as X
    name = ROW_CODE_RE.sub("", name)  # "RE10 Caversham Primary School", "PY2507-122 Cornish Garden Services"
    name = ACCOUNTS_LABEL_RE.sub("", name)  # "Decrease BDO LLP £ 36.00": the accounts' label column
    name = _without_possessive(name)
    name = WELSH_TITLE_RE.sub("", name)  # "Cyngor Tref Cwmaman Town Council": the English name follows the Welsh
    name = TRAILING_ROLE_RE.sub("", name)
    name = TRAILING_PAPER_RE.sub("", name)
    if (paper := PAPER_OF_AFTER_RE.search(name)) and BODY_HEAD_WITHIN_RE.search(name, 0, paper.start()):
        name = name[: paper.start()]  # "Town of Jackson Board of Adjustment Summary of Issues": the board
    name = BODY_BOARD_END_RE.sub("", name)
    name = POST_THEN_BODY_RE.sub("", name)
    if AWARD_FOR_RE.search(name) or STANDARDS_FOR_RE.search(name) or KIND_OF_ENERGY_RE.fullmatch(name):
        return None  # "Queen's Award for Voluntary Service": an award, not the service it names
    if MEETING_KIND_BODY_RE.fullmatch(name) or OF_OFFICE_THING_RE.search(name) or SERVICE_OCCASION_RE.search(name):
        return None  # "the Annual Council meeting", "the Chain of Office", "the Remembrance Service": no body
    if MOTION_VERB_WITHIN_RE.search(name):
        return None  # "Treasurer – Tom Clayton Proposed BS Seconded DC": who moved and seconded, by their initials
    if name.endswith("Homes") and all(
        word in HOMES_KIND_WORDS or ADJECTIVE_WORD_RE.search(word) or word.lower() in GENERIC_ORG_WORDS
        for word in name.split()[:-1]
    ):
        return None  # "Care Homes", "Empty Homes", "Affordable Homes": a kind of home (round 80)
    if (before := _words_before_hospital(name)) is not None and all(
        word in HOSPITAL_KIND_WORDS or word.lower() in GENERIC_ORG_WORDS for word in before
    ):
        return None  # "the Community Hospital", "a General Hospital": a kind of hospital, none named
    if SCHOOL_KIND_RE.fullmatch(name):
        return None  # "lost to the Middle School", "the High School replied": a kind of school, none named
    if CIVIL_PARTNERSHIP_RE.search(name):
        return None  # "Marriage and Civil Partnership": a protected characteristic (round 80)
    if PLACE_CIC_RE.fullmatch(name):
        return None  # "Kent CIC": a county's children in care (council), not a community interest company
    if OWN_BOARD_BARE_RE.fullmatch(name):
        return None  # "Report by the Board of Trustees": the body's own board, its body unnamed
    if ", " in name and (
        not LIST_IN_COMMAS_RE.search(name)
        or (DEPARTMENT_AFTER_POST_RE.search(name) and POST_BEFORE_COMMA_RE.search(name))
    ):  # "Visiting Professor, Birkbeck University"; "Director General, Policy and Strategy, Ministry of Justice"
        name = name.rsplit(", ", 1)[1]
    if (post := HEAD_OF_COUNCIL_POST_RE.match(name)) is not None and PLACE_BODY_START_RE.match(post["place"]):
        name = _prefix_place(post["place"])  # "County of Hallam Liz Danby": the warden's name follows the county
    while (brk := ORG_BREAK_RE.match(name)) is not None:
        if OF_THE_RE.match(brk["rest"]):  # "Leader of the Liberal Democrat Group": the group
            name = brk["rest"].split(None, 2)[2]
        elif OF_A_BODY_RE.match(brk["rest"]):
            name = brk["rest"].split(None, 1)[1]  # "Leader of Tonbridge & Malling Borough Council": the council
            if _department_words_firm(name):
                return None  # "Director of Corporate Services Ltd": a post run on into a legal form (round 43)
        elif OF_OR_FOR_RE.match(brk["rest"]) and MEETING_WORD_END_RE.search(name, 0, brk.start("rest")):
            words = brk["rest"].split(None, 1)  # "Minutes of Oakfield Bowls Club": the body whose meeting it is
            if len(words) < 2:
                return None  # "Minutes of" and nothing after: no body
            name = words[1]
        elif OF_OR_FOR_RE.match(brk["rest"]):  # "Director of Corporate Services": a role
            return None
        else:
            name = brk["rest"]
    name = GOVERNING_BOARD_OF_RE.sub("", name)  # "Chairman of the Governing Board of X School": the school
    if (
        (post := POST_OF_BODY_RE.match(name))
        and not BODY_HEAD_WITHIN_RE.search(DEPARTMENT_HEAD_RE.sub("", post["lead"]))
        and post["lead"].split()[-1] not in PLACE_KIND_WORDS  # "Township of Nipissing Council": the township's council
    ):
        name = post["body"]  # "Finance of Marlow District Council", "Vice-Chancellor of the University of X" (round 43)
    if document := DOCUMENT_OF_RE.match(name):  # "Annual Governance Report for the Council": the council
        name = document["rest"]
    name = CLLR_COMPASS_SURNAME_RE.sub("", name)
    name = CLLR_NAME_BEFORE_COUNCIL_RE.sub("", name)  # "Cllr Elfan Ap Rhys North Avon Council": name, then council
    if CLLR_RE.search(name):
        return None  # "District Cllr Dawlish and County": a list of councillors, no body
    name = _named_after_of(name)
    if not DAY_NAMED_CLUB_RE.fullmatch(name):  # "the Monday Club": a club named after the day it meets
        name = MONTH_OR_DAY_RE.sub("", name, count=1).lstrip()  # "The January Planning Committee meeting"
    name = _known_tail(name)
    name = COUNCIL_UNIT_AFTER_RE.sub("", name)  # "Lincolnshire County Council Highways": the council's own unit
    name = _known_body_of_premises(name)
    name = OPENING_WORD_RE.sub("", name)  # "Addressed Council on …", "Adoption of the Previous Library Board …"
    if MEETING_KIND_BODY_RE.fullmatch(name):
        return None  # "Minutes of the Ordinary Council meeting": the meeting's kind, found once "Minutes of" is cut
    words = name.split()
    if len(words) < 2 and not WEB_NAME_RE.search(name):
        return None
    if OF_MONTH_RE.search(name):
        return None  # "Office for June Place": a column's words run into the next
    if (len(words) == 2 and words[1] == "Team") or words[-1] == "Project":
        return None  # "Capital Integration Project", "Redevelopment Project": works, not bodies
    if ELECTORAL_AREA_RE.search(name) or SERVICES_PROGRAMME_RE.match(name):
        return None  # "Electoral Division: All": an area; "Transforming Children’s Services": a programme
    if UNNAMED_JOINT_BOARD_RE.fullmatch(name) or UNNAMED_GOVERNING_BODY_RE.fullmatch(name):
        return None  # "The Integration Joint Board noted the action tracker": a kind of board, no area named
    if SIGN_OR_ROLE_RE.search(name):
        return None  # "War Memorial Information Board": a sign; "Local Planning Authority": a role
    if ASPECT_OF_RE.match(name) or NETWORK_THING_RE.search(name) or UNIT_OF_ACRONYM_RE.fullmatch(name):
        return None  # "Terms of Service", "Key Route Network": things; "KCC Services": the KCC's own unit
    if words[-1] in ("Service", "Services") and all(
        ADJECTIVE_WORD_RE.search(word) or word in ("&", "and") or word.isupper() for word in words[:-1]
    ):
        return None  # "Democratic Services", "Corporate & Traded Services": a council's own department
    if words[-1] in ("Partnership", "Partnerships") and all(ADJECTIVE_WORD_RE.search(word) for word in words[:-1]):
        return None  # "the Enhanced Partnership", "Strategic Partnerships": a kind of arrangement, no body named
    if words[-1] == "Lottery" and words[0] != "National" and all(w.lower() in GENERIC_ORG_WORDS for w in words[:-1]):
        return None  # "the Society Lottery licence", "a Community Lottery": a kind of lottery (round 53)
    if ROLE_HEADS.match(name) or name.endswith("Chief Executive"):
        return None
    if name.endswith("Government") and not DEPARTMENT_OF_RE.match(name):
        return None  # "Local Government", "the Government"; "Ministry of Housing, … and Local Government" is a body
    # "Church Council", "Church Board": a church's own body; "Parish Church" is a building
    # "Ward and County Councillors' reports": a ward beside generic words names no body
    generic = (GENERIC_ORG_WORDS if words[-1] == "Church" else GENERIC_ORG_WORDS - {"church"}) | WARD_WORDS
    if all(word.lower().strip(",") in generic for word in words) and not COUNCILS_NETWORK_RE.fullmatch(name):
        return None
    if words[-1] in CONSULTANCY_HEADS and all(
        word in DEPARTMENT_WORDS or word in CONSULTANCY_KIND_WORDS or word.lower() in GENERIC_ORG_WORDS
        for word in words[:-1]
    ):
        return None  # "the Planning Consultants", "Independent Highways Consultancy": the kind of firm
    if words[-1] in PROFESSION_FIRM_HEADS and all(word.lower() in GENERIC_ORG_WORDS for word in words[:-1]):
        return None  # "Alex Picot, Parish Accountants": the kind of firm, set after the firm's own name
    if words[0].lower() in LIST_WORDS - {"chief", "fire", "operations", "deputy", "acting", "interim"}:
        return None
    return name


def body_after_post(body: str) -> str:
    """An attendee's bracketed body led by a post ("Chief Executive of Abermor County Borough Council"): the body."""
    if ORG_BREAK_RE.match(body) and (name := _org_name(body)) is not None:
        return name
    return body


LEADING_CAPITALS_RE = re.compile(r"([A-Z]{2,6})\s")
AND_WORD_RE = re.compile(r"\s(?:and|&)\s")
AND_BEFORE_RE = re.compile(r"\s(?:and|&)\s$")


def _known_tail(name: str) -> str:
    """'CYPE Unaccompanied Home Office' (a table's code column run into a name) and 'Fair Trading and National
    Council for Voluntary Organisations' (a cell's second line) end in a body the list names: that body."""
    lead = LEADING_CAPITALS_RE.match(name)
    if lead and lead[1] in {"NHS", "HM", "HMP", "UK"}:
        lead = None
    if not lead and not AND_WORD_RE.search(name):
        return name
    known = known_organisations()
    tail = next((m for m in known.finditer(name) if m.end() == len(name) and m.start() > 0 and " " in m[0]), None)
    if tail is None or known.fullmatch(name):
        return name
    return tail[0] if lead or AND_BEFORE_RE.search(name, 0, tail.start()) else name


PREMISES_AFTER_RE = re.compile(r"(?<!\s)\s++(?:Offices?|Headquarters|HQ)$")


def _known_body_of_premises(name: str) -> str:
    """'Venue: Eastern IFCA Office, 6 North Lynn Business Village': a listed body's office is where it meets; the
    body is the listed one ('Home Office', 'Met Office' are listed whole and stay)."""
    premises = PREMISES_AFTER_RE.search(name)
    if premises is None or known_organisations().fullmatch(name):
        return name
    body = name[: premises.start()]
    return body if known_organisations().fullmatch(body) else name


# The label column of a statement of accounts, read into the payee's name beside it.
ACCOUNTS_LABEL_RE = re.compile(
    r"^(?:Increase|Decrease|Plus|Less|Add|Deduct|Payee|Paid|Receipts?|Payments?)\s+(?=\S+\s)"
)

ASPECT_OF_RE = re.compile(
    r"(?:Terms|Types?|Reduction|Increase|Costs?|Number|Levels?|Lack|Use|Loss|Scope|Forms?|Letters?|Copy|Copies|Parts?|"
    r"Rates?|Value|Impact|Nature|Quality|Review|Role|Acceptance|Declarations?|Notices?|Articles|Memorandum)\s+"
    r"(?:of|in|for)\s"
    r"|Orders?\s+in\s+Council\b"
    # a council sitting as one committee of all its members: the meeting's own body under another name
    r"|Committee\s+of\s+the\s+Whole\b"
)

# "KCC Services", "KCC Team": a council's own unit by its initials; but "KCC Highways will look to recover costs" names
# the service as the actor, an organisation as printed (corpus/gold/README.md, stop 32)
UNIT_OF_ACRONYM_RE = re.compile(r"(?!NHS\b|HM\b|UK\b)[A-Z]{2,6}\s+(?:Services?|Team|Department|Dept|Directorate)")

NETWORK_THING_RE = re.compile(
    r"\b(?:Route|Road|Rail|Cycle|Bus|Heat|Water|Sewer|Footpath|Fibre|Broadband|Mobile|Transport|Highway|Street|Hubs?|"
    r"Walking|Cycling|Distribution|Electricity|Gas)\s+Network$"
)

DOCUMENT_OF_RE = re.compile(
    r"^.*?\b(?:Reports?|Plan|Strategy|Accounts|Statement|Policy|Review|Programme|Act|Proceedings|Minutes|Reference|"
    r"Orders|Deed|Indentures?|Training|Membership)\s+(?:[Oo]f|[Ff]or|[Ii]n)\s+(?:[Tt]he\s+)?(?P<rest>.+)$"
)


# Words that head a body named "X of Y" or "X for Y": "Conference Board of Canada", "Society of Chief
# Librarians", "Department for Education", "Township of Nipissing"; a place so named heads its body's name too ("Lake
# of the Woods Soil and Water Conservation District", "Vale of the Tamar Rotary Club": stop 57).
OF_HEAD_RE = re.compile(
    rf"(?:^(?:London|Royal|Metropolitan|Regional|Department|Dept|Ministry|Office|Township|Borough|City|Town|County|District|"
    rf"Municipality|State|Province|Friends|Bank|Court|Chamber|Lake|Isle|Vale)\b|\b(?:{ORG_WORD}|Federation|Union|Coalition|Guild|"
    rf"League|Alliance|Conference|Congress|Institution)$)"
)

OF_SPLIT_RE = re.compile(r"(?<!\s)\s++(?:of|for)\s++the\s++")


COUNCIL_UNIT_AFTER_RE = re.compile(r"(?<=\bCouncil)\s+Highways$")
# The governing council of a place named after it: "Township Council of the Township of X", "Common Council of the
# City of Y"; the place ("Township of X") is the body the README lists.
# Ontario's legal style names the place the same way: "The Corporation of the Township of Nipissing".
COUNCIL_HEAD_RE = re.compile(
    r"(?:(?:Township|Town|City|Borough|County|Village|District|Common|Municipal)\s+)?Council|Corporation"
)
PLACE_BODY_START_RE = re.compile(r"(?:Township|Town|City|Borough|County|Village|District|Municipality)\s+of\s+[A-Z]")


PLACE_NAMED_BODY_RE = re.compile(
    r"\s(?:of|for)\s+the\s+(?:County|City|Town|Township|Borough|State|Municipality)\s+of\s"
)
# "the Governing Board of Commissioners for the Housing Authority …": the body's own board, named before the body
BOARD_OF_MEMBERS_RE = re.compile(r"Board\s+of\s+(?:Commissioners|Directors|Trustees|Governors|Supervisors)")
BODY_AFTER_BOARD_RE = re.compile(r"(?<!\s)\s++(?:of|for)\s++the\s++[A-Z]")


def _named_after_of(name: str) -> str:
    """'Terms of Reference for the Governance Committee' and 'Turnout Gear for the Omaha Fire Department'
    name the committee and the department: what comes before 'of the' or 'for the' is no body's name
    ('Standing Orders for the Board' names only the meeting's own board)."""
    # each "of the" read from where the last left off: the name's end and its places are found once (a long run of
    # "Councillor for the …" was read again from each "of the", stop 63's hostile line)
    ends_in_body = bool(ORG_WORD_END_RE.search(name))
    last_place = max((m.start() for m in PLACE_NAMED_BODY_RE.finditer(name)), default=-1)
    start = 0
    while (split := OF_SPLIT_RE.search(name, start)) is not None:
        head, rest = name[start : split.start()], name[split.end() :]
        if COUNCIL_HEAD_RE.fullmatch(head) and PLACE_BODY_START_RE.match(rest):
            return rest  # "Township Council of the Township of Ridgebury": the township is the body
        if OF_HEAD_RE.search(head) or not (ends_in_body or last_place >= split.end()):
            return name[start:]
        start = split.end()
    return name[start:]


ACRONYM_SHAPE_RE = re.compile(r"[A-Z][A-Za-z]{1,5}")


def _is_acronym(word: str) -> bool:
    return bool(ACRONYM_SHAPE_RE.fullmatch(word)) and sum(c.isupper() for c in word) >= 2


POSSESSIVE_BEFORE_NAME_RE = re.compile(r"(?<!\bMajesty)['’]s\s+(?=[A-Z])")
POSSESSIVE_END_RE = re.compile(r"['’]s$")
PEOPLE_KIND_WORDS = frozenset({"Women", "Men", "Children", "People"})
SAINT_END_RE = re.compile(r"(?:^|\s)(?:St\.?|Saint)\s+[A-Z][a-z]+$")  # "St Mary’s Church of England Primary School"


def _without_possessive(name: str) -> str:
    """ "Commissioner’s Office" is one name; "SBC’s Planning Committee" names the committee; "Township of
    Perry’s Resolution" names the township."""
    match = POSSESSIVE_BEFORE_NAME_RE.search(name)  # "Her Majesty’s Inspectorate of …": one name
    if not match:
        return _without_plural_possessive(POSSESSIVE_END_RE.sub("", name))
    before, after = name[: match.start()], name[match.end() :]
    if ORG_WORD_HINT_RE.fullmatch(after) or before in PEOPLE_KIND_WORDS or SAINT_END_RE.search(before):
        return name  # "Women’s Center for Advancement", "Children’s Society": whom the body serves; "St Mary’s …"
    if before.split()[-1] in PEOPLE_KIND_WORDS and ORG_WORD_HINT_RE.fullmatch(after.removesuffix("s")):
        return name  # "Marlshire Federation of Women's Institutes": its members, bodies of whom the name serves
    if SCHOOL_END_RE.search(before) and after.split()[-1] in PUPILS_GROUP_HEADS:
        return before  # "Llanfair Primary School’s Eco Group": the school; its pupils' group is no body (sweep 53)
    if ORG_WORD_END_RE.search(after) and len(after.split()) >= 2 and not ROLE_HEADS.match(after):
        return after  # not "Westmere ICB's Chief Executive": a post of the body before it
    return before.split(", ")[-1] if "," in before else before


SCHOOL_END_RE = re.compile(r"\b(?:School|Academy)$")
PUPILS_GROUP_HEADS = frozenset({"Group", "Club", "Council", "Team", "Parliament", "Squad", "Crew"})

PLURAL_POSSESSIVE_RE = re.compile(r"(?<=s)['’]\s+(?=[A-Z])")


def _without_plural_possessive(name: str) -> str:
    """'Association of Colleges’ Annual Conference': a listed body's event names the body; a plural possessive
    inside a name stays ('Parish Councils’ Association', 'Independent Members’ Allowances Panel')."""
    match = PLURAL_POSSESSIVE_RE.search(name)
    if match is None:
        return name
    before, after = name[: match.start()], name[match.end() :]
    if known_organisations().fullmatch(before):
        return before
    if ORG_WORD_END_RE.search(before) and (not ORG_WORD_END_RE.search(after) or after.split()[-1] == "Project"):
        return before  # "The National Archives’ Digital Transfer Project": a body's own work names the body (sweep 53)
    return name


# a run of spaces is read from its start only (linear on long runs, stop 39)
ORG_LIST_SEPARATOR_RE = re.compile(r"(,\s+|(?<!\s)\s+(?:and|&)(?:\s+the)?\s+)")
DEPARTMENT_OF_RE = re.compile(r"(?:Department|Dept|Ministry|Office)\s+(?:of|for)\s")
UNIT_OF_RE = re.compile(r"(?:Department|Ministry|Office|Division|Bureau|Directorate)\s+(?:of|for)\s")
PLACE_OF_NAME_RE = re.compile(r"(?:City|Town|Township|County|State|Borough)\s+of\s+[A-Z][\w'’\-]+")
UNIVERSITY_OF_RE = re.compile(
    r"University\s+of\s+(?:the\s+)?[A-Z][\w'’\-]+(?:\s+(?:and\s+)?[A-Z][\w'’\-]+)?"  # "… of the Highlands and Islands"
)


SERVICE_END_RE = re.compile(r"\sServices?$")
# organisation words that name a kind of service, not a body ("the Westmere Trust and Youth Services" are two)
SERVICE_KIND_END_RE = re.compile(r"\b(?:Library|Libraries|Archives|Highways)$")
POLICE_AND_CRIME_RE = re.compile(r"Crime\s+(?:Panel|Board|Commissioner|Partnership)\b")


def _shares_the_head(left: str, following: str) -> bool:
    """'Library and Registration Service', 'Marshire Library and Archives Service': a service's kind before "and"
    shares the service's head after it ("the Council and Democratic Services" stays two). 'Westshire Police and
    Crime Panel': the panel of police and crime, not the force and a "Crime Panel"."""
    if left.endswith("Police") and POLICE_AND_CRIME_RE.match(following):
        return True
    return bool(SERVICE_KIND_END_RE.search(left) and SERVICE_END_RE.search(following)) and len(following.split()) <= 2


def _same_place_again(left: str, separator: str, following: str) -> bool:
    """'the Westbury Players and Westbury Bowls Club': the place word that opens both names around "and" marks two
    bodies ("Kent and Medway, Kent Council" is a place, then the council)."""
    first = left.split(maxsplit=1)[0]
    return (
        " " in left.strip()
        and AND_WORD_RE.search(separator) is not None
        and not AND_WORD_RE.search(left)
        and following.startswith(first + " ")
        and bool(BODY_HEAD_WITHIN_RE.search(following))
    )


# "… and UK Research and Innovation", "Citizens Advice and National Highways": "UK" or "National" after "and" opens
# the next body of a list (a department's remit or a body's words do not go on so)
NATIONAL_OPENER_RE = re.compile(r"(?:National|UK)\s+[A-Z]")
UK_BODY_WORDS_RE = re.compile(r"UK(?:\s+(?:and\s+|&\s+)?[A-Z][a-z]+){1,4}")
CAPITALISED_WORDS_RE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}")


def _national_body_next(left: str, left_whole: bool, separator: str, following: str, rest: str) -> bool:
    """'Department for Science, Industry and Technology | and UK Research and Innovation', 'Citizens Advice | and
    National Highways': a national body named next after a whole body, or after a name of capitalised words only."""
    if not AND_WORD_RE.search(separator) or not NATIONAL_OPENER_RE.match(following):
        return False
    if left_whole:
        return bool(UK_BODY_WORDS_RE.fullmatch(rest) or BODY_HEAD_WITHIN_RE.search(rest))
    # after words with no head, only a last two-word "National X" ("Office for | Fair Trading and National Council
    # for Voluntary Organisations": a prefix's remnant, then a longer name)
    if not CAPITALISED_WORDS_RE.fullmatch(left) or rest != following or len(following.split()) != 2:
        return False
    return bool(UK_BODY_WORDS_RE.fullmatch(rest) or BODY_HEAD_WITHIN_RE.search(rest))


def _remit_ends_local_government(rest: str) -> bool:
    """'Communities and Local Government': capitalised remit words ending in "Local Government" (no body alone)."""
    words = rest.split()
    return words[-2:] == ["Local", "Government"] and all(word[:1].isupper() or word in ("and", "&") for word in words)


def _split_org_list(name: str) -> list[str]:
    """'Medway Council, District Council' and 'KCC, Medway Council and Kent Police' name several bodies:
    split after each part that already ends in an organisation word."""
    pieces = ORG_LIST_SEPARATOR_RE.split(name)
    parts = [pieces[0]]
    for index in range(1, len(pieces), 2):
        separator, following = pieces[index], pieces[index + 1]
        rest = "".join(pieces[index + 1 :])
        left = parts[-1]
        open_list = "," in left and not LIST_IN_COMMAS_RE.search(left)  # "Ministry of Housing, Communities"
        left_whole = not open_list and bool(
            (ORG_WORD_END_RE.search(left) and not (AND_WORD_RE.search(separator) and _shares_the_head(left, following)))
            or _is_acronym(left)
            or known_organisations().fullmatch(left)
            # not "Ministry of Housing Communities | and Local Government": the remit's last words
            or ("," not in separator and DEPARTMENT_OF_RE.match(left) and not _remit_ends_local_government(rest))
            or bool(PLACE_OF_NAME_RE.fullmatch(left))
            or bool(UNIVERSITY_OF_RE.fullmatch(left))
            # "Tyne and Wear Pension Fund and South Tyneside Council": a fund is a body of its own
            or (left.endswith(" Pension Fund") and bool(AND_WORD_RE.search(separator)))
            # "Division of Public Health, Office of Preparedness …": two units, each named by its leading word
            or bool(UNIT_OF_RE.match(left) and UNIT_OF_RE.match(following))
        )
        rest_body = bool(BODY_HEAD_WITHIN_RE.search(rest) or known_organisations().fullmatch(rest)) and not (
            DEPARTMENT_OF_RE.match(left) and _remit_ends_local_government(rest)
        )  # "Ministry of Justice, | Heritage and Local Government": a remit's last words, no body of their own
        if (
            UNIVERSITY_OF_RE.fullmatch(left)
            and AND_WORD_RE.search(separator)
            and re.fullmatch(r"[A-Z][\w'’\-]+", following)
            and index + 2 < len(pieces)
        ):
            # "University of the Highlands | and Islands | and North East Scotland College": a university's place
            # named by two words joined by "and" before the next body (round 84)
            parts[-1] += separator + following
            continue
        two_names = _same_place_again(left, separator, following) or _national_body_next(
            left, left_whole, separator, following, rest
        )
        if (left_whole and (rest_body or separator.rstrip().endswith("the"))) or two_names:
            parts.append(following)
        else:
            parts[-1] += separator + following
    return [part for part in parts if part]


ASCII_LOWER_RE = re.compile(r"[a-z]")


# "CITY OF ELMHURST" -> "City of Elmhurst": the "of" after a place's word, as the prefix pattern reads it (other
# joining words keep their capital: "Dept For Communities For Local Government" reads as one name only so).
PLACE_OF_RE = re.compile(r"\b(City|Town|Township|Village|County|Borough|Municipality) Of\b")

# A heading in capitals with its date after it on the same line: "CITY OF MARLOWE BOARD OF PUBLIC WORKS MEETING
# MINUTES March 11, 2025". Anchored at the line's start, so that it costs one match a text (each word at most 64
# capitals, read possessively: a search from each capital of one long word would read it to its end).
CAPITALS_BEFORE_DATE_RE = re.compile(
    r"(?:[A-Z][A-Z'’&\-]{1,63}+\s++){2,15}[A-Z][A-Z'’&\-]{1,63}+(?=\s++(?:\d|(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b))"
)


# A word in capitals, not a code's letters joined to its digits ("BA856", "A12" stay as printed).
CAPITALS_WORD_RE = re.compile(r"(?<!\d)[A-Z]+(?:['’]S\b)?(?!\d)")


def _capitalised_word(match: re.Match[str]) -> str:
    if match[0] in {"NHS", "HM", "UK"}:
        return match[0]
    return match[0].capitalize()  # "COUNCIL'S" -> "Council's"


# "Bridge Of Allan", "Boat Of Garve": a name's joining word inside a title-cased heading, lower case as the name
# prints it (a chain of a body's words reads on over "of", not over "Of").
JOINING_WORD_RE = re.compile(r"(?<=[A-Za-z] )(?:Of|For)(?: The)?(?= [A-Z])")


def _title_cased(text: str) -> str:
    titled = CAPITALS_WORD_RE.sub(_capitalised_word, text)
    titled = JOINING_WORD_RE.sub(lambda word: word[0].lower(), titled)
    return PLACE_OF_RE.sub(r"\1 of", titled.replace(" And ", " and "))  # "Ashby and District Parish Council"


@lru_cache(maxsize=4096)  # one page's lines are title-cased by the heading, address and organisation readers
def _title_case_heading(text: str) -> str:
    """'KENT COUNTY COUNCIL' -> 'Kent County Council' so a heading in capitals names its body; a capitals heading
    that runs into its date is title-cased up to the date."""
    if ASCII_LOWER_RE.search(text):  # the common case, decided without a pass in Python
        heading = CAPITALS_BEFORE_DATE_RE.match(text)
        return _title_cased(heading[0]) + text[heading.end() :] if heading else text
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 6 or any(c.islower() for c in letters):
        return text
    return _title_cased(text)


SERVICE_THING_RE = re.compile(  # "Bus Service Improvement Plan"
    r"(?<!\s)\s++(?:\d|(?:(?:Improvement|Delivery|Development|Business|Transformation)\s++)?"
    r"(?:Plan|Plans|Agreement|Contract|Costs?|Charges?|Review|Strategy|Levels?|Specification|Provider)\b)"
)
# "Free School Meals", "Primary School Places": a kind of school before what it gives, not a school's name (round 53;
# "Westfield Primary School Meals" keeps its place's word and the school)
SCHOOL_KIND_THING_RE = re.compile(
    r"(?:(?:Free|Primary|Secondary|Special|Infant|Junior|Grammar|Independent|Faith|Middle|Upper|Nursery|State|"
    r"Maintained|Mainstream)\s+)+School$"
)
SCHOOL_THING_AFTER_RE = re.compile(
    r"(?<![ \t])[ \t]++(?:Meals?|Milk|Places?|Admissions?|Transport|Uniforms?|Holidays?|Terms?|Funding|Budgets?|Census|"
    r"Age|Readiness|Improvement|Sport|Standards?)\b"
)

EXECUTIVE_LABEL_AFTER_RE = re.compile(r"(?<!\s)\s++Summary\b")
CHARITY_EVENT_AFTER_RE = re.compile(
    r"(?<![ \t])[ \t]++(?:Ball|Dinner|Auction|Walk|Run|Concert|Quiz|Golf[ \t]++Day|Fun[ \t]++Day|Appeal|Evening|Lunch|"
    r"Raffle)\b"
)
EMERGENCY_SERVICE_RE = re.compile(r"\b(?:Fire|Rescue|Ambulance|Police|Probation|Prison|NHS|Health)\b")
WARD_WORDS = frozenset({"ward", "wards"})
REPRESENTS_AREA_BEFORE_RE = re.compile(
    r"(?:\b(?:Councill?or|Member)\s+for|\brepresent(?:s|ed|ing)?)\s+(?:the\s+)?$", re.I
)


def _represented_area(name: str, text: str, at: int) -> bool:
    """'Councillor for the Godstone Division', 'represented the Upperton Division': the area a councillor is elected
    for (a county's electoral division), not a division of a body."""
    start = text.find(name, max(at, 0)) if name.endswith("Division") else -1
    return start >= 0 and bool(REPRESENTS_AREA_BEFORE_RE.search(text, max(0, start - 40), start))


DEED_AFTER_RE = re.compile(r"(?<!\s)\s++(?:Deeds?|Declaration)\b")
AWARD_AFTER_RE = re.compile(r"(?<!\s)\s++(?:Medals?|Grants?|Prize|Trophy|Bursary)\b")


# "Proposed BS Seconded DC", "JT Seconded": a motion's mover and seconder by their initials, no body
MOTION_VERB_WITHIN_RE = re.compile(r"\b(?:Proposed|Seconded)\b")
# "Friends of Ashgrove Park Extracts from …", "Ferndale Bowls Club Minutes": a heading's body, then its paper's word
# (not after a joiner: "Minutes of Minutes" keeps its words, nothing is left to name)
PAPER_OF_AFTER_RE = re.compile(r"(?<!\s)\s++(?:Summary|Minutes|Notes)\s++of\s")
TRAILING_PAPER_RE = re.compile(
    r"(?<!\bof)(?<!\bfor)(?<!\bthe)(?<!\band)(?<!&)(?<!\s)\s++(?:Meeting\s++)?(?:Extracts?|Summary|Minutes|Meeting)$"
)


# "MS Society of Manitoba Ambassador": the body, then its member's role.
TRAILING_ROLE_RE = re.compile(
    r"(?<!\bof)(?<!\bthe)(?<!\s)\s++(?:Ambassadors?|Chair|Chairman|President|Treasurer|Trustees?|Representatives?|(?<!Village\s)(?<!Community\s)Volunteers?|Patron|"
    r"Governors?|Members?|Membership|"
    # "University of Ashford Vice-Chancellor Professor Graham Bolton": the university, then its head's post (round 42)
    r"(?:Pro[\s\-])?Vice[\s\-]Chancellor(?:\s+(?:Professor|Prof|Dr|Sir|Dame))?)$"
)


# "HMYOI Cookham Wood", "HMP Wandsworth": establishments named by their prefix.
PRISON_RE = re.compile(r"\b(?:HMP|HMYOI|HMP\s*&\s*YOI|HMP/YOI)\s+[A-Z][a-z]+(?:\s+(?!Prison\b)[A-Z][a-z]+)?\b")


# National networks named with their place: "Healthwatch Liverpool", "Age UK Leeds", "Citizens Advice Conwy",
# and the BBC's local stations: "BBC Suffolk", "BBC Radio Kent".
LOCAL_BRANCH_HINT_RE = re.compile(
    r"Healthwatch|Age (?:UK|Concern)|Citizens Advice|Cadets|BBC|ACRE|Community First|Groundwork|CPRE|Mind|Mencap|"
    r"Churches Together"
)
BBC_LOCAL = r"BBC(?:\s+Radio)?\s+(?!(?:News|Sport|World|One|Two|Three|Four|Radio|Television|Trust|Studios|Online)\b)"

LOCAL_BRANCH_NOT_PLACE = (
    r"(?!(?:Chair|Manager|Director|Officer|Report|Clinic|Service|Services|Session|Sessions|Hub|Centre|Center|Team|"
    r"Group|Line|Helpline|Network|Office|Project|Programme|Bureau|Responders|The|And|In|On|At|For|To|Chief|Lead|"
    r"Head|Board)\b)"  # "Healthwatch Marlshire Chief Executive": the branch, then its head's post (round 42)
)


# "Age UK Bath and North East Somerset", "Age Concern Lutterworth", "Healthwatch Kent", "Groundwork London": a local
# branch; not "Age UK and Mind" (two bodies); "Community First Oxfordshire": a rural community council named by the
# network's words and its county.
LOCAL_BRANCH_RE = re.compile(
    # "CPRE Kent" (the countryside charity's county branch), "Mind in Bexley" (a local Mind) (round 80)
    rf"(?<![\w'’\-])(?:(?:Healthwatch|Age\s+(?:UK|Concern)|Citizens\s+Advice|Community\s+First|Groundwork|CPRE|"
    r"Mind\s+in|Churches\s+Together\s+in)\s+|"  # "Churches Together in Lenham": a local ecumenical body (round 82)
    rf"{BBC_LOCAL}){LOCAL_BRANCH_NOT_PLACE}[A-Z][a-z]+"
    rf"(?:\s+(?:and\s+)?{LOCAL_BRANCH_NOT_PLACE}[A-Z][a-z]+){{0,2}}\b"
    # "Groundwork CLM": a federation's local trust by its area's capitals
    r"|(?<![\w'’\-])Groundwork\s+[A-Z]{2,4}(?![\w&'’\-])"
    # "Healthwatch, City of London": one Healthwatch, its area a place named "of"
    r"|(?<![\w'’\-])Healthwatch,?\s+(?:City|County|Borough)\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b"
)

# "Dunmere Citizens Advice", "North Westmarch Healthwatch", "Portsdown Sea Cadets", "Norfolk ACRE" (a rural
# community council of the ACRE network): the place printed before the network's name, after a word or mark that
# sets a name apart (a lower-case word, a list's comma, a bracket, a dash, a line's start); not "Contact Citizens
# Advice".
PLACE_BEFORE_BRANCH_RE = re.compile(
    r"(?:^|[,;:()]\s|^-\s|[–—]\s|\b[a-z]+\s)"  # "Partner update – Dunmere Citizens Advice:" (round 84)
    rf"((?:{LOCAL_BRANCH_NOT_PLACE}(?!(?:Local|National|Contact|See|Ask|Our|Your|Council|County|District|Borough)\b)"
    r"[A-Z][a-z]+\s+){1,2}(?:Citizens\s+Advice(?:\s+Bureau)?|Healthwatch|ACRE|(?:Sea|Army|Air)\s+Cadets))"
    r"(?![\w'’\-]|\s+[A-Z])"
)
# "Oxfordshire Mind", "Barnet Mencap": a local mental health or learning disability charity by its place, as above
# (round 80); not a state of mind ("a Healthy Mind", "Open Mind", "Mental Health Mind")
PLACE_BEFORE_CHARITY_RE = re.compile(
    r"(?:^|[,;:()]\s|^-\s|\b(?!(?:a|an|the)\s)[a-z]+\s)"
    rf"((?:{LOCAL_BRANCH_NOT_PLACE}(?!(?:Local|National|Contact|See|Ask|Our|Your|My|Council|County|District|Borough|"
    r"Healthy|Happy|Sound|Open|Clear|Mental|Health|Peace|Young|Calm|Creative|Curious|Fresh|Quiet|Busy|Growth|Beautiful|"
    r"Brilliant|Healthier|Inquiring|Public|Every|Student|Youth)\b)[A-Z][a-z]+\s+){1,2}(?:Mind|Mencap))"
    r"(?![\w'’\-]|\s+[A-Z])"
)


# The first words of two-word place names ("San Mateo", "Los Angeles", "St. Louis", "East Hampton").
PLACE_FIRST_WORDS = {
    "San", "Santa", "Los", "Las", "El", "La", "Le", "Des", "St", "St.", "Saint", "Ste", "New", "North", "South", "East",
    "West", "Port", "Fort", "Mount", "Lake", "Grand", "Palo", "Round", "Red", "Forest", "Cedar", "Rock", "Glen",
    "Upper", "Lower",  # "Shire of Upper Gascoyne"
    "Centre", "Central",  # "Municipality of Centre Hastings", "Township of Central Frontenac"
}  # fmt: skip

# The last words of two-word place names ("Loon Lake", "Hartney Flats", "Chula Vista", "Niagara Falls").
PLACE_LAST_WORDS = {
    "Lake", "Lakes", "Falls", "Bay", "Beach", "Hills", "Heights", "Springs", "Creek", "River", "Valley", "Flats",
    "Vista", "Harbour", "Harbor", "Point", "Grove", "Village", "Plains", "Rapids", "Landing", "Mills",
    "Ranges", "Range", "Peninsula", "Coast", "Highlands", "Tablelands", "Downs",  # "Shire of Yarra Ranges"
}  # fmt: skip


def _prefix_place(name: str) -> str:
    """'Township of Nipissing Community Centre' -> 'Township of Nipissing'; 'County of San Mateo' whole: a place of
    two words ending the name is kept, a longer run ('Municipality of Powassan Reseal Phase') is a title's words."""
    head = re.match(r"\S+(?:\s+\S+)*?\s+(?:of|for)\s+(?:the\s+)?", name)
    if head is None:  # the name an earlier rule left has no "of"/"for" with a place after it
        return name
    words = name[head.end() :].split()
    if head[0].endswith("Borough of ") and len(words) == 3 and words[1] in ("and", "&"):
        return name  # "Royal Borough of Windsor & Maidenhead", "London Borough of Barking and Dagenham"
    if len(words) == 2 and words[0] in PLACE_FIRST_WORDS and re.fullmatch(r"[A-Z][a-z]{2,},?", words[1]):
        return (head[0] + " ".join(words)).rstrip(",")
    if len(words) >= 2 and words[1].rstrip(",") in PLACE_LAST_WORDS:
        return (head[0] + " ".join(words[:2])).rstrip(",")
    return (head[0] + words[0]).rstrip(",")


# After a chain cut short by its word limit: its head word, or up to two more words and then the head of a body's
# own name ("Meeting of Ashcott & District Group | Parish Council", "Chair of the Met Office | Scientific Advisory
# Committee"); a unit's head after two words is as often a column's next cell ("… Countywide Services |
# Independence Service").
# (a run of spaces read from its start only, each word and space run whole: linear alone on long lines, stop 39)
CHAIN_GOES_ON_RE = re.compile(rf"(?<!\s)\s++(?:{BODY_HEAD})(?![\w&\-])")
CHAIN_GOES_FAR_ON_RE = re.compile(
    r"(?<!\s)\s++(?:[A-Z][\w&'’\-]*+\s++){1,2}(?:Council|Committee|Board|Commission|Authority|Agency|Trust|Association|"
    r"Society|Institute|Foundation|Constabulary)(?![\w&\-])"
)


def _chain_goes_on(match: re.Match[str], text: str) -> bool:
    """Whether a longer name goes on after the chain, which its word limit may have cut short."""
    end = match.end(1)
    if NHS_TRUST_AFTER_RE.match(text, end):
        return False  # "… Ambulance Service | NHS Foundation Trust": the trust is read on from the chain's end
    return bool(CHAIN_GOES_ON_RE.match(text, end) or CHAIN_GOES_FAR_ON_RE.match(text, end))


# Where a chain's head word can stand (every chain holds one), and where a chain can start.
BODY_HEAD_AT_RE = re.compile(rf"(?:{BODY_HEAD})(?![\w&'’\-])")
HEAD_WORD_AT_RE = re.compile(rf"(?<![\w&'’\-])(?=[A-Zp])(?=(?:{BODY_HEAD}))")
CHAIN_START_RE = re.compile(r"(?<![\w&'’\-])[A-Z]")
# Whitespace runs between a chain's start and its head: six words, each followed by "of the" and a space (18), kept
# with a margin.
CHAIN_REACH = 20


def _chain_matches(text: str) -> Iterator[re.Match[str]]:
    """What ORG_CHAIN_RE.finditer gives, tried only at capitals within a chain's reach of a head word: on a long
    line of capitalised words and no head ("Cllr Cllr …") the pattern would read up to seven words at each one."""
    word_starts = [word.start() for word in re.finditer(r"\S+", text)]
    tried_to = 0  # every start before this is tried, or inside a match
    for head in HEAD_WORD_AT_RE.finditer(text):
        if head.start() < tried_to:
            continue
        first_word = max(0, bisect.bisect_right(word_starts, head.start()) - 1 - CHAIN_REACH)
        starts = [
            capital.start()
            for capital in CHAIN_START_RE.finditer(text, max(tried_to, word_starts[first_word]), head.start())
        ]
        for start in [*starts, head.start()]:  # the head itself may start a chain ("plc" too)
            if start >= tried_to and (match := ORG_CHAIN_RE.match(text, start)):
                yield match
                tried_to = match.end()
        tried_to = max(tried_to, head.start() + 1)


NHS_WORD_RE = re.compile(r"\sNHS\s")


def _before_nhs_trust(match: re.Match[str], text: str) -> re.Match[str] | None:
    """A chain cut at its word limit inside an NHS trust's name ("South East Coast Ambulance Service NHS Foundation |
    Trust"), read again from its start up to its head before "NHS": the trust's words are then read on from there."""
    inside = NHS_WORD_RE.search(text, match.start(1), match.end(1))
    if inside is None or "," in text[match.start(1) : inside.start()]:
        return None  # "V McGhee, Northdale and Wyre Partnership NHS Foundation": a person's name before the trust's
    if not (trust := NHS_TRUST_AFTER_RE.match(text, inside.start())) or trust.end() <= match.end(1):
        return None
    shorter = ORG_CHAIN_RE.match(text, match.start(1), inside.start())
    return shorter if shorter is not None and shorter.end(1) == inside.start() else None


CHAIN_LIST_SEPARATOR_RE = re.compile(r",?(?<![ \t])[ \t]++(?:and|&)[ \t]+|,[ \t]++")


def _list_read_again(match: re.Match[str], text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """A chain cut at its word limit inside a list ("Marlshire Rural Community Council and Fenwick Parochial Church |
    Council"): the names before the list's last separator, then the longer name read on from after it, so that the
    first body keeps its place ("Marlshire"), which a read from the next word would drop (stop 39)."""
    for separator in CHAIN_LIST_SEPARATOR_RE.finditer(text, match.start(1), match.end(1)):
        again = ORG_CHAIN_RE.match(text, separator.end())
        if again is None or again.end(1) <= match.end(1):
            continue
        before = ORG_CHAIN_RE.match(text, match.start(1), separator.start())
        # a whole body before the separator, not "Board of Directors of Torwood | and South Avon NHS Foundation Trust"
        if before is not None and before.end(1) == separator.start() and ORG_WORD_END_RE.search(before[1]):
            return before, again
    return None


def _full_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches; a chain cut short by its word limit while an organisation word follows ("Raj
    Basi, Community Safety Co-ordinator, Wessexshire County | Council") is read again from a later word."""
    for match in _chain_matches(text) if pattern is ORG_CHAIN_RE else pattern.finditer(text):
        if pattern is not ORG_CHAIN_RE or not _chain_goes_on(match, text):
            yield match
            continue
        if trust_head := _before_nhs_trust(match, text):
            yield trust_head
            continue
        if pair := _list_read_again(match, text):
            yield from pair
            continue
        start = match.start(1)
        longer = None
        while longer is None and (space := text.find(" ", start, match.end(1))) >= 0:
            start = space + 1
            again = pattern.match(text, start)
            if again and again.end(1) > match.end(1):
                longer = again
        yield longer or match


# Words after a matched name, read at the name's end (slicing the rest of a long line off per name is quadratic).
PLACE_AFTER_NAME_RE = re.compile(
    r"(?<!\s)\s++(?:Chamber|Chambers|Offices|Room|Ward|Wards|Street|Road|Lane|Avenue|Building|Buildings)\b"
)
COUNCIL_TAX_AFTER_RE = re.compile(r"(?<!\s)\s++Tax")
LOWER_SUB_BODY_AFTER_RE = re.compile(r"(?<!\s)\s++(?:sub-?committee|sub-?group|sub-?panel|working\s++group)\b")
COUNT_BEFORE_RE = re.compile(rf"(?:{COUNT_WORDS})\s++(?=[A-Z])")
MEMBERS_AFTER_RE = re.compile(r"(?<!\s)\s++(?:[Mm]embers|[Cc]ouncill?ors|[Tt]rustees|[Dd]irectors)\b")
PLACE_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:in|across|throughout|within)\s$")
STATION_AFTER_RE = re.compile(r"(?<!\s)\s++Stations?\b")
AND_CRIME_AFTER_RE = re.compile(r"(?<!\s)\s++(?:and|&)\s++Crime\b")
BOARD_MEMBER_AFTER_RE = re.compile(r"(?<!\s)\s++Member\b(?!s)")
LEADERS_AFTER_RE = re.compile(r"(?<!\s)\s++(?:Leaders|Chairs|Chief\s++Executives)\b")

DISTRICT_NUMBER_AFTER_RE = re.compile(
    r"(?<!\s)\s++No\.?\s?\d{1,5}(?:\s++of\s++(?:[A-Z][\w'’\-]*+\s++){1,3}County)?(?![\w\-])"
)
GROUP_OF_MEMBERS_AFTER_RE = re.compile(
    r"(?<!\s)\s++of\s++(?:[A-Z][\w'’\-]*+\s++){0,3}(?:Societies|Companies|Clubs|Churches|Schools|Charities|Associations|Councils)"
    r"(?![\w'’\-])"
)

# "Apologies: M Moncrieff, South Lanarkshire Health and Social Care Forum": a chain that starts at the surname after
# its holder's initial (the initial and the surname with the body's words would pass the chain's word limit)
# A police officer's rank and collar number before the surname: "PC 1187 Okafor of Marlshire Police" (round 42).
COLLAR_NUMBER_BEFORE_RE = re.compile(r"\b(?:PCSO|PC|DC|DS|DI|Sgt|Sergeant|Constable|Inspector|Insp)\.?\s\d{1,5}\s$")
SURNAME_OF_RE = re.compile(r"^[A-Z][\w'’\-]*\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z])")
LONE_INITIAL_BEFORE_RE = re.compile(r"(?:^|[\s(:;,])[A-Z]\.?\s$")
HOLDER_SURNAME_RE = re.compile(r"^[A-Z][\w'’\-]*+,\s+(?=[A-Z])")

# "Housing Authority of the County of San Mateo": a body named for its county, the county's place after the head word
# where the chain ends ("County" is a head of its own)
PLACE_HEAD_END_RE = re.compile(
    r"\s(?:of|for)\s+the\s+(?:County|City|Town|Township|Borough|State|District|Municipality)$"
)
PLACE_NAME_AFTER_RE = re.compile(r"(?<!\s)\s++of\s++(?:[A-Z][\w'’\-]*+\s++){0,2}[A-Z][\w'’\-]*+(?![\w'’\-])")
NHS_TRUST_AFTER_RE = re.compile(r"(?<!\s)\s++NHS\s++(?:Foundation\s++)?Trust(?![\w&\-])")


DEPARTMENT_WORD_RE = re.compile(r"(?:Department|Dept|Ministry|Office|Bureau)\b")
FIRM_KIND_RE = re.compile(r"[A-Z][a-z]+\s+(?:Corporation|Company)")
ARMS_LENGTH_RE = re.compile(r"(?<!\s)\s++[Aa]rm[’']s[\s\-]++[Ll]ength\b")


# "… Fair Trading and National Council for Voluntary Organisations (NCVO)": the initials printed after a name
BRACKETED_INITIALS_AFTER_RE = re.compile(r"(?<![ \t])[ \t]*+\(([A-Z]{2,6})\)")


def _cut_to_bracketed_initials(name: str, text: str, start: int, end: int) -> str:
    """'Fair Trading and National Council for Voluntary Organisations' before "(NCVO)": a column's words run into a
    name, cut after the "and" from which the words give the initials the document prints (stop 39); a name whose
    own words give them ("Parks and Open Spaces Trust (POST)") stays whole."""
    after = BRACKETED_INITIALS_AFTER_RE.match(text, end)
    if not after or _initials_of(name) == after[1] or not " ".join(text[start:end].split()).endswith(name):
        return name
    for joint in AND_WORD_RE.finditer(name):
        tail = name[joint.end() :]
        if _initials_of(tail) == after[1] and BODY_HEAD_WITHIN_RE.search(tail):
            return tail
    return name


def _before_own_initials(name: str) -> str:
    """'Department for Communities and Local Government Refreshing DCLG’s Open Data': a department run into a
    heading's words that print its initials, a word after it; the department is the words they stand for."""
    if not DEPARTMENT_OF_RE.match(name):
        return name
    words = name.split()
    for index in range(4, len(words)):
        initials = POSSESSIVE_END_RE.sub("", words[index])
        if not re.fullmatch(r"[A-Z]{2,6}", initials):
            continue
        for count in range(3, index):
            if _initials_of(" ".join(words[:count])) == initials:
                return " ".join(words[:count])
    return name


# "Dept for Communities for Local Government": a department's remit printed with a second "for" (as the gold keeps
# it); not "… for Local Government Reform", a programme's name, nor lower-case words.
LOCAL_GOVERNMENT_REMIT_AFTER_RE = re.compile(
    r"(?<![ \t])[ \t]++for[ \t]++Local[ \t]++Government(?![\w&'’\-]|\s++[A-Z])"
)


def _local_government_remit_after(name: str, text: str, end: int) -> str | None:
    """The remit "for Local Government" printed after a department's name, or None."""
    if not DEPARTMENT_OF_RE.match(name) or not (remit := LOCAL_GOVERNMENT_REMIT_AFTER_RE.match(text, end)):
        return None
    return " " + " ".join(remit[0].split())


# "…; Sturgeon, Nipissing, French River Advisory Board.": a joint board named by its places, one entry of a list of
# appointments set apart by semicolons
PLACES_BEFORE_BODY_RE = re.compile(r"(?:[A-Z][a-z]+,[ \t]+){1,4}(?=[A-Z])")
SEMICOLON_BEFORE_RE = re.compile(r";[ \t]*+$")
ENTRY_END_AFTER_RE = re.compile(r"(?<![ \t])[ \t]*+(?:[.;]|$)")


# "Trustee, Marlshire Museums Foundation; Member, Marlshire Wildlife Trust": a register of interests' role before the
# body, no place of a joint body (round 80)
REGISTER_ROLES = frozenset(
    {"Member", "Trustee", "Governor", "Director", "Chair", "Chairman", "Secretary", "Treasurer", "Patron", "President",
     "Volunteer", "Employee", "Partner", "Shareholder", "Owner", "Founder", "Adviser", "Advisor", "Consultant"}
)  # fmt: skip


def _joint_body_of_places(part: str, name: str, text: str, at: int) -> str:
    """'Sturgeon, Nipissing, French River Advisory Board' where the whole entry after a semicolon is the places then
    the body (the name read is the body without its places); otherwise ``name``."""
    places = PLACES_BEFORE_BODY_RE.match(part)
    if (
        not places
        or at < 0
        or " ".join(part[places.end() :].split()) != name
        or not SEMICOLON_BEFORE_RE.search(text, max(0, at - 3), at)
        or not ENTRY_END_AFTER_RE.match(text, at + len(part))
        or any(
            word.rstrip(",") in GIVEN_NAMES or word.rstrip(",") in TITLE_WORDS or word.rstrip(",") in REGISTER_ROLES
            for word in places[0].split()
        )
    ):
        return name
    return " ".join(part.split())


# "Committee on Finance", "Standing Policy Committee on Property and Development": a committee named by its remit after
# "on" (the US and Canadian form), not a committee then its subject ("the Audit Committee on Internal Audit", "the
# Committee on Monday", "… on Item 5")
COMMITTEE_ON_RE = re.compile(
    r"(?<![\w&'’\-])((?:(?:Standing|Select|Joint|Special|Policy|Advisory|Executive|Permanent)[ \t]++){0,2}Committee"
    rf"[ \t]++on[ \t]++(?!(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|Items?|Agenda|Page|Report|Minutes?)\b){ORG_PART}"
    rf"(?:,?[ \t]++(?:(?:and|&|of|in)[ \t]++)?{ORG_PART}){{0,4}})"
)


def _committees_on_remits(text: str) -> list[str]:
    """Committees named "Committee on <remit>" whose name no other capitalised word opens ("Planning Committee on
    Planning Application 23/0012" is the Planning Committee, then its subject)."""
    found = []
    for match in COMMITTEE_ON_RE.finditer(text):
        before = CAPITALISED_WORD_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
        if before and not ORG_STARTS_RE.fullmatch(before[0].strip()):
            continue
        name = match[1]
        if "," in name and not LIST_IN_COMMAS_RE.search(name):
            name = name.split(",", 1)[0]  # "Committee on Finance, Councillor Jones": the committee, then a person
        if (name := _org_name(name)) is not None:
            found.append(name)
    return found


# "18+ Care Leaver Service", "16+ Team": a children's service named by the age its clients reach (not "25 Care Homes")
AGE_BAND_BEFORE_RE = re.compile(r"(?<![\w+.])1\d\+[ \t]$")
AGE_BAND_UNIT_END_RE = re.compile(r"\b(?:Service|Services|Team|Unit|Hub)$")


def _with_age_band(name: str, part: str, text: str, at: int) -> str:
    """The name read from ``part`` (printed at ``at``) with the age band printed before it, where the name is the
    whole part and a service's, a team's or a unit's."""
    if at < 0 or name != " ".join(part.split()) or not AGE_BAND_UNIT_END_RE.search(name):
        return name
    band = AGE_BAND_BEFORE_RE.search(text, max(0, at - 4), at)
    return f"{band[0].strip()} {name}" if band else name


def organisation_names(text: str, line_ends: Iterable[int] = ()) -> list[str]:
    """Organisation names printed in a run of text (a paragraph or a heading); ``line_ends``: where the
    text's lines end (a paragraph's), so that a name ending a line is not read on into the next."""
    return list(_organisation_names(text, frozenset(line_ends)))


# "recommended by the Cabinet", "reported to Cabinet": the council's executive, named by its one word after a
# lower-case word (not "Cabinet Member", "Cabinet Office", "Shadow Cabinet"); listed from minutes only (a report's
# Cabinet is the executive it goes to), and not where it is the meeting's own committee (HEADING_OWN_BODY_RE).
CABINET_RE = re.compile(r"\b(?:[Tt]he|to|by|from|with|of|and|before)\s+(Cabinet)(?![\w'’\-]|\s+(?:[A-Z&]|[Mm]ember))")


# "progressing through Parliament", "a report to Parliament": the legislature, named by its one word after a lower-case
# word (not "Acts of Parliament", "Member of Parliament", "Parliament Square", "the European Parliament").
PARLIAMENT_RE = re.compile(
    r"\b(?:through|to|by|before|in|from|with|and|[Tt]he)\s+(Parliament)(?![\w'’\-]|\s+(?:[A-Z&]|[Mm]embers?\b))"
)


# "a matter for the Treasury", "cleared with the Treasury": the finance ministry by its one word after "the" (not "the
# Treasury Management Strategy", "the Treasury team", a council's own treasury function).
TREASURY_RE = re.compile(
    r"\b[Tt]he\s+(Treasury)(?![\w\-]|['’](?!s\b)|\s+(?:[A-Z&]|(?:team|management|function|advis[eo]rs?|officers?|"
    r"strategy|position|activit(?:y|ies)|limits|indicators|reports?|investments|services)\b))"
)

# "Rohan Silva (No 10)", "Rohan Silva, No.10", "cleared with No10", "Number 10 had asked": the Prime Minister's office
# by its house number where it stands apart (not "Item Number 10", "Resolution No. 10", "Number 10 Mill Lane").
NUMBER_TEN_RE = re.compile(
    r"(?:^|\(|,\s|\b(?:with|from|to|by|and|at|for)\s)((?:No\.?\s?|Number\s)10)"
    r"(?![\w.\-/]|\s+(?:[A-Z\d]|of\b))"
)


# "Contact: Democratic Services, 023 …": the council's department a summons gives as its contact is named as a body
# (as an attendee's affiliation is); in a post ("Head of Democratic Services") it is not (_org_name).
CONTACT_SERVICES_RE = re.compile(
    r"\b(?:Contact|Enquiries)(?:\s+(?:[Oo]fficer|[Dd]etails))?\s*:\s*((?:[A-Z][a-z]+\s+(?:(?:and|&)\s+)?){1,3}Services)"
    r"(?=\s*(?:[,;(]|$|\d|Tel\b|Email\b))"
)


# Listed bodies whose one-word name is an everyday word ("Shelter from the wind", "BUS SHELTER", "Mind the step"):
# the body only where a list or a cell sets the name apart ("Neil Farrant, Shelter; …", "Ruth Gale – Groundwork").
SERVICE_NUMBER_AFTER_RE = re.compile(r"(?<!\s)\s++\d{3}\b")  # "NHS 111": a body's telephone service

EVERYDAY_WORD_BODIES = frozenset({"Shelter", "Groundwork"})
SET_APART_BEFORE_RE = re.compile(r"(?:^|[,;(–—]|\s-|\b(?:from|and|with|by|of|to))\s*$")
# "pays £30,000 to Shelter to run a pilot"
SET_APART_AFTER_RE = re.compile(r"(?:(?<!\s)\s++)?(?:$|[,;.)]|(?:and|to)\b)")


def _everyday_word_in_prose(match: re.Match[str], text: str) -> bool:
    """A listed everyday-word body not set apart by a list's punctuation or a cell's edges is the word."""
    return match[0] in EVERYDAY_WORD_BODIES and not (
        SET_APART_BEFORE_RE.search(text[max(0, match.start() - 8) : match.start()])
        and SET_APART_AFTER_RE.match(text, match.end())
    )


# "Seafarers UK – it was agreed …", "Cancer Research UK": a national charity named by its words then "UK" (not "Embed UK
# Research and Innovation", where "UK" opens the next name, nor "the UK", "across UK").
# not after "of": "Bank of Ireland UK" is one name, not "Ireland UK"
UK_BODY_RE = re.compile(r"(?<![\w&'’\-])(?<!\bof\s)((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+UK(?![\w&'’\-])(?!\s+[A-Z])")


def _national_bodies_named_uk(text: str) -> list[str]:
    """Bodies whose names end in "UK", their words not a sentence's opening word, a title or a given name."""
    return [
        f"{name} UK"
        for m in UK_BODY_RE.finditer(text)
        if (name := _supplier_name(m[1])) is not None and not UK_SPAN_WORDS.intersection(name.split())
    ]


# "Natural England", "Homes England", "Active Travel England", "Police Scotland", "Careers Wales": a national body
# named by one or two words then its nation (not "South East England", "New England", "North Wales": places; not
# "Church of England", whose "of" is no capital).
ENGLAND_BODY_RE = re.compile(
    r"(?<![\w&'’\-])((?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+)\s+(England|Scotland|Wales)(?![\w&'’\-])"
)
ORG_STARTS_RE = re.compile(rf"(?:{ORG_STARTS})")
ENGLAND_NAME_START_RE = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}(?:England|Scotland|Wales)(?=\s+[A-Z])")
NOT_ENGLAND_BODY_WORDS = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Middle", "New", "Old",
     "Merrie", "Merry", "Rural", "Urban", "Mid", "Midlands", "Greater", "Little", "Modern", "Victorian", "Medieval",
     "Tudor", "Kent", "Surrey", "Essex", "Sussex", "Devon", "Cornwall", "Wales", "Scotland", "Ireland", "Britain",
     "England", "Highland", "Highlands", "Lowland", "Lowlands", "Borders", "Glasgow", "Edinburgh", "Cardiff"}
)  # fmt: skip


def _national_bodies_named_england(text: str, line_ends: frozenset[int]) -> list[str]:
    """Bodies whose names end in a nation's name, their words no region's, a sentence's opening word or a given name; a
    name does not run back over a line's end ("Corporations | Homes England": a cell's lines)."""
    found = []
    for m in ENGLAND_BODY_RE.finditer(text):
        words = m[1].split()
        if len(words) == 2 and any(m.start(1) < end <= m.start(1) + len(words[0]) + 1 for end in line_ends):
            words = words[1:]
        if NOT_ENGLAND_BODY_WORDS.intersection(words) or UK_SPAN_WORDS.intersection(words) or words[0] in GIVEN_NAMES:
            continue
        if not (ORG_STARTS_RE.fullmatch(words[0]) or MONTH_OR_DAY_RE.match(words[0]) or words[0] in TITLE_WORDS):
            found.append(" ".join([*words, m[2]]))
    return found


ORDINAL_HINT_RE = re.compile(r"\d(?:st|nd|rd|th)\s")


# "Transport for the South East", "Transport for the North": a regional transport body named by its region
TRANSPORT_FOR_RE = re.compile(
    r"(?<![\w&'’\-])Transport\s+for\s+the\s+(?:(?:North|South|East|West)(?:[ \t]+(?:East|West|Midlands))?|Midlands)"
    r"(?![\w&'’\-])"
)


UK_SPAN_WORDS = frozenset(
    {"Across", "Throughout", "Around", "Within", "Beyond", "In", "For", "To"}
)  # "Support Across UK"


PANEL_MEMBER_AFTER_RE = re.compile(r"(?<!\s)\s++member\b")


def _person_then_member_word(name: str, text: str, end: int) -> bool:
    """A person's given name and surname before a body's word and a lower-case "member" ("Laura Fletcher Panel
    member"): the person, then her post."""
    words = name.split()
    return (
        len(words) == 3
        and words[0] in GIVEN_NAMES
        and words[-1] in ("Panel", "Board", "Committee", "Forum", "Group")
        and bool(PANEL_MEMBER_AFTER_RE.match(text, end))
    )


# A bus group's regional company by the region it runs: "Stagecoach South", "Arriva Southern Counties", "Arriva North
# West" (round 53, round 87): the listed group's name alone is no body the page names.
REGIONAL_OPERATORS = frozenset({"Arriva", "Stagecoach"})
OPERATOR_REGION_AFTER_RE = re.compile(
    r"(?<![ \t])(?:[ \t]++(?:North|South|East|West|Northern|Southern|Eastern|Western|Midlands|Counties|Shires|"
    r"Yorkshire|Wales|Scotland|Cymru|Essex|Kent|Sussex|Cumbria|London|Merseyside|Devon|Cornwall)){1,2}(?![\w'’\-])"
)


def _operator_region(name: str, text: str, end: int) -> str:
    """The region printed after a listed bus group ("Stagecoach| South East"), or nothing."""
    region = OPERATOR_REGION_AFTER_RE.match(text, end) if name in REGIONAL_OPERATORS else None
    return region[0] if region else ""


# A Women's Institute by its place or its own name, as branches print it: "St. Mary WI", "Ashby Magna WI" (stop 57)
WI_BRANCH_RE = re.compile(r"(?<![\w&'’.\-])((?:[A-Z][\w'’\-]{0,30}+\.?[ \t]++){1,3})WI(?![\w&'’\-])")


def _wi_branches(text: str) -> list[str]:
    found = []
    for match in WI_BRANCH_RE.finditer(text):
        words = match[1].split()
        while words and ORG_STARTS_RE.fullmatch(words[0]):
            words = words[1:]  # "As Women Inspiring Women WI begins …"
        if words and words[-1].isupper() and len(words[-1]) > 1:
            words = words[-1:]  # "at the Paris Fairgrounds WIW WI": the branch by its own initials, after its venue
        if words and not any(word.isupper() and len(word) > 1 for word in words[:-1]):
            found.append(" ".join([*words, "WI"]))
    return found


@lru_cache(maxsize=4096)  # a cell is read for its bodies by the attendance and the organisation readers
def _organisation_names(text: str, line_ends: frozenset[int]) -> tuple[str, ...]:
    printed = text
    text = _title_case_heading(text)
    in_capitals = text != printed  # a heading: "CITY OF GARRISON PLANNING COMMISSION" names the city, then its board
    if "rm’s" in text or "rm's" in text:
        text = ARMS_LENGTH_RE.sub(" arm’s-length", text)  # "DCMS Arm’s Length Bodies"
    found = [
        m[0] + _operator_region(m[0], text, m.end())
        for m in known_organisations().finditer(text)
        if not _everyday_word_in_prose(m, text)
        and not (m[0].isupper() and SERVICE_NUMBER_AFTER_RE.match(text, m.end()))
    ]
    # the rarer patterns are tried only where the words they need are printed
    found += [m[0] for m in PRISON_RE.finditer(text)] if "HM" in text else []
    found += _nhs_area_bodies(text) if "NHS " in text else []
    if LOCAL_BRANCH_HINT_RE.search(text):
        found += [m[0] for m in LOCAL_BRANCH_RE.finditer(text)] + [m[1] for m in PLACE_BEFORE_BRANCH_RE.finditer(text)]
        found += [m[1] for m in PLACE_BEFORE_CHARITY_RE.finditer(text)] if "Mind" in text or "Mencap" in text else []
    found += [m[1] for m in CABINET_RE.finditer(text)] if "Cabinet" in text else []
    found += [m[1] for m in PARLIAMENT_RE.finditer(text)] if "Parliament" in text else []
    found += [m[1] for m in TREASURY_RE.finditer(text)] if "Treasury" in text else []
    found += [m[0] for m in WELSH_COUNCIL_RE.finditer(text)] if "Cyngor" in text else []
    if "Coleg" in text or "Prifysgol" in text or "Grŵp" in text:
        found += [name for m in WELSH_BODY_RE.finditer(text) if (name := _org_name(m[0])) is not None]
    found += own_services_as_actors(text) if OWN_SERVICE_HINT_RE.search(text) else []
    found += place_services(text) if PLACE_SERVICE_HINT_RE.search(text) else []
    found += awarding_bodies(text) if "AQA" in text or "OCR" in text or "WJEC" in text or "SQA" in text else []
    found += [m[1] for m in NUMBER_TEN_RE.finditer(text)] if "10" in text else []
    found += [m[0] for m in STATE_OF_RE.finditer(text)] if "State of" in text else []
    found += _wi_branches(text) if "WI" in text else []
    found += [m[1] for m in CONTACT_SERVICES_RE.finditer(text)] if "Contact" in text or "Enquiries" in text else []
    if MEMBERS_BODY_HINT_RE.search(text):
        found += [name for m in MEMBERS_BODY_RE.finditer(text) if (name := _org_name(m[1])) is not None]
    found += [m[1] for m in POSSESSIVE_COUNCIL_RE.finditer(text)] if "Council" in text else []
    found += [m[1] for m in FIRM_AND_CO_RE.finditer(text)] if "&" in text else []
    found += _committees_sharing_a_head(text) if "Committees" in text else []
    found += _councils_sharing_a_head(text) if "Councils" in text else []
    found += [m[0] for m in LONDON_BOROUGH_RE.finditer(text)] if "LB " in text else []
    if " PC" in text or " TC" in text or " HA" in text or " PS" in text:
        found += [m[1] for m in PLACE_INITIALS_BODY_RE.finditer(text)]
    found += _bodies_in_apposition(text) if APPOSITION_HINT_RE.search(text) else []
    found += [m[1] for m in NEWSPAPER_APPOSITION_RE.finditer(text)] if "ewspaper" in text else []
    found += _national_bodies_named_uk(text) if " UK" in text else []
    if "England" in text or "Scotland" in text or "Wales" in text:
        found += _national_bodies_named_england(text, line_ends)
    found += [m[0] for m in TRANSPORT_FOR_RE.finditer(text)] if "Transport for the" in text else []
    found += [m[0] for m in NUMBERED_UNIFORMED_RE.finditer(text)] if ORDINAL_HINT_RE.search(text) else []
    if "Councils" in text:  # "…, District Councils Network, County Councils Network": past a long list's reach
        found += [name for m in COUNCILS_NETWORK_RE.finditer(text) if (name := _org_name(m[0])) is not None]
    found += _lower_case_head_committees(text) if " committee" in text else []
    found += _legal_form_firms(text) if LEGAL_FORM_AT_RE.search(text) else []
    found += [n for m in UK_FORM_FIRM_RE.finditer(text) if (n := _org_name(m[0]))] if "(UK)" in text else []
    found += _committees_on_remits(text) if "Committee on " in text else []
    found += _bodies_by_cue(text)
    found += [
        f"{m[1]} Council"
        for m in (COUNCILLOR_OF_RE.finditer(text) if "Councillor" in text or "Councilor" in text else ())
        if m[1].split()[-2].lower() not in GENERIC_ORG_WORDS
    ]
    places_named_within: set[str] = set()
    for pattern, needs in ((ORG_CHAIN_RE, ORG_WORD_HINT_RE), (ORG_PREFIX_RE, ORG_PREFIX_HINT_RE)):
        # each pattern is tried at every capitalised word; skip the scan where the words it needs are absent
        for match in _full_matches(pattern, text) if needs.search(text) else ():
            labelled = _from_label_line_start(match, text, line_ends)
            if not pattern.fullmatch(labelled):
                labelled = match.group(1)  # "Township of X | Councillor Stephen Kirkey:": that line's label is no body
            name = FORM_LABEL_END_RE.sub("", _before_label_line(labelled, match, text, line_ends))
            if (
                pattern is ORG_PREFIX_RE
                and BOARD_OF_MEMBERS_RE.fullmatch(match.group(1))
                and BODY_AFTER_BOARD_RE.match(text, match.end(1))
            ):
                continue  # "Board of Commissioners for the Housing Authority of …": that authority's own board
            if pattern is ORG_PREFIX_RE and match.group(1) in places_named_within:
                continue  # "County of San Mateo" after "Housing Authority of the": part of the authority's name
            if pattern is ORG_CHAIN_RE and (trust := NHS_TRUST_AFTER_RE.match(text, match.end(1))):
                name += trust[0]  # "… South Western Ambulance Service | NHS Foundation Trust": cut at the word limit
            elif name.endswith("Group") and (members := GROUP_OF_MEMBERS_AFTER_RE.match(text, match.end(1))):
                name += members[0]  # "Mid West Group | of Affiliated Agricultural Societies": a group of bodies
            elif PLACE_HEAD_END_RE.search(name) and (place := PLACE_NAME_AFTER_RE.match(text, match.end(1))):
                name += place[0]  # "Housing Authority of the County | of San Mateo": the county names the authority
                places_named_within.add(name.rsplit(" the ", 1)[1])
            elif name.endswith("District") and (number := DISTRICT_NUMBER_AFTER_RE.match(text, match.end(1))):
                name += number[0]  # "Sanitary and Improvement District No. 480 of Douglas County": one of many
            if pattern is ORG_PREFIX_RE and (remit := _local_government_remit_after(name, text, match.end(1))):
                name += remit  # "Dept for Communities | for Local Government": the remit printed so
            if form := LEGAL_FORM_AFTER_RE.match(text, match.end(1)):
                name += " " + form[0].strip(" ,")  # "The Oakhurst Society CIO": the legal form is part of the name
            elif nation := NATION_AFTER_DASH_RE.match(text, match.end(1)):
                name += nation[0]  # "Local Government Data Unit - Wales": the nation the body serves
            elif name.startswith("University of") and (campus := CAMPUS_AFTER_RE.match(text, match.end(1))):
                name += campus[0]  # "University of Nebraska at Omaha": a state university's campus
            if PLACE_AFTER_NAME_RE.match(text, match.end(1)):
                continue  # "Council Chamber, Sessions House", "Church Ward", "College Road": a place
            if (
                pattern is ORG_CHAIN_RE
                and (owner := HEAD_POSSESSIVE_RE.match(name))
                and " " not in name[owner.end() :]
                and CAPITALISED_AFTER_RE.match(text, match.end(1))
            ):
                name = owner[1]  # "the Government Digital Service's Service Standard": the body, then its own thing
            if pattern is ORG_CHAIN_RE and HEAD_THEN_COMPASS_RE.fullmatch(name):
                continue  # "the Network North reallocation": a programme, a body's word and a region alone (round 87)
            # "Director of Highways and Transportation, Growth, … Directorate": the directorate after the post's comma
            if (
                pattern is ORG_CHAIN_RE
                and "," in name
                and POST_OF_AND_BEFORE_RE.search(text, max(0, match.start(1) - 80), match.start(1))
                and (cut := after_and_before_comma(" and " + name))
                and not BODY_HEAD_WITHIN_RE.search(cut[0])  # "Lamp, Rynearson and Associates, Inc.": a firm's name
            ):
                name = (" and " + name)[cut[1] :]
            if pattern is ORG_CHAIN_RE and OF_TAIL_RE.search(name) and POST_HEAD_AFTER_RE.match(text, match.end(1)):
                name = _prefix_place(name)  # "Diocese of Wells | MAT Education Adviser": the body, then a post
            if _venue_before_line_end(text, match.start(1), match.end(1), line_ends):
                continue  # "Location: Brackenridge Town Hall | Council Members: …": a venue, then the next line
            if LOWER_SUB_BODY_AFTER_RE.match(text, match.end(1)):
                continue  # "the Bus Services sub-committee": the sub-committee's name, not a body (stop 64)
            if (count := COUNT_BEFORE_RE.match(name)) and MEMBERS_AFTER_RE.match(text, match.end(1)):
                name = name[count.end() :]  # "Five Harbor Committee members are present": a count of its members
            if name.endswith("Council") and COUNCIL_TAX_AFTER_RE.match(text, match.end(1)):
                continue  # "Plus Council Tax": a tax
            if name.endswith(" County") and PLACE_PREPOSITION_BEFORE_RE.search(
                text, max(0, match.start(1) - 12), match.start(1)
            ):
                continue  # "two producers in Lake County": where they farm, not the county's government acting
            if name.endswith("Police") and STATION_AFTER_RE.match(text, match.end(1)):
                continue  # "at Bognor Regis Police Station": the building, not the force
            if name.endswith("Police") and AND_CRIME_AFTER_RE.match(text, match.end(1)):
                continue  # "the Deputy Police and Crime Commissioner": a post, "Police and Crime Plan": a plan
            if name.endswith(("Highways", "Non Executive", "Non-Executive")) and POST_NO_HOLDER_AFTER_RE.match(
                text, match.end(1)
            ):
                continue  # "the KCC Highways Manager will", "Non Executive Director,": a post, not the service acting
            if pattern is ORG_CHAIN_RE and LONE_INITIAL_BEFORE_RE.search(
                text, max(0, match.start(1) - 3), match.start(1)
            ):
                name = HOLDER_SURNAME_RE.sub("", name)  # "M | Moncur, North Lanark Health and Social Care Forum"
            if pattern is ORG_CHAIN_RE and COLLAR_NUMBER_BEFORE_RE.search(
                text, max(0, match.start(1) - 16), match.start(1)
            ):
                name = SURNAME_OF_RE.sub("", name)  # "PC 1187 | Okafor of Marlshire Police": the officer, the force
            if (
                pattern is ORG_CHAIN_RE
                and SURNAME_OF_RE.match(name)
                and (given := GIVEN_NAME_BEFORE_RE.search(text, max(0, match.start(1) - 20), match.start(1)))
                and given["given"] in GIVEN_NAMES
            ):
                name = SURNAME_OF_RE.sub("", name)  # "… Mr Sunil | Rao of Rao Engineering Group plc": the firm
            if name.endswith((" Unit", " Team")) and POST_HEAD_AFTER_RE.match(text, match.end(1)):
                continue  # "Joe Howard Local Delivery Unit Manager": a post, and a unit is no body (round 42)
            if (
                name.endswith(("Service", "Services"))
                and POST_HEAD_AFTER_RE.match(text, match.end(1))
                and not EMERGENCY_SERVICE_RE.search(name)
                and not known_organisations().fullmatch(name)
            ):
                continue  # "Sue Spicer, Recreation Services Manager": her post; the service acting is named apart
            if (
                MODIFIER_HEAD_RE.search(name)
                and match.end(1) not in line_ends
                and TITLE_GOES_ON_RE.match(text, match.end(1))
            ):
                continue  # "Early Years Foundation Stage", "PUD-Planned Unit Development": a longer title's words
            if _is_venue(name, text, match.end(1)) or (
                BUILDING_RE.search(name) and VENUE_BEFORE_RE.search(text, max(0, match.start(1) - 40), match.start(1))
            ):
                continue
            if DESCRIPTOR_BEFORE_RE.search(text, max(0, match.start(1) - 6), match.start(1)) and FIRM_KIND_RE.fullmatch(
                name
            ):
                continue  # "Dial Land Development Corp., a Nebraska Corporation": what the firm is, not a name
            if (
                pattern is ORG_CHAIN_RE
                and INDEFINITE_BEFORE_RE.search(text, max(0, match.start(1) - 4), match.start(1))
                and HEAD_NOUN_AFTER_RE.match(text, match.end(1))
                and not known_organisations().fullmatch(name)
                and not POST_OF_START_RE.match(name)
            ):
                continue  # "establishing a Transport Sector Panel.", "an Internal Drainage Board": a kind of body
            if name.endswith("Executive") and EXECUTIVE_LABEL_AFTER_RE.match(text, match.end(1)):
                continue  # "… - Homelessness | Executive Summary": a title, then a cover table's label
            if AWARD_AFTER_RE.match(text, match.end(1)):
                continue  # "Emeritus Fire Service Medal", "Community Response Team Grant": a medal, a grant
            if name.endswith("Trust") and DEED_AFTER_RE.match(text, match.end(1)):
                continue  # "the Village Hall Trust Deed": the deed that sets up a trust, a document, not a body
            if name.endswith("Charity") and CHARITY_EVENT_AFTER_RE.match(text, match.end(1)):
                continue  # "the Mayor's Charity Ball", "Charity Golf Day": a fundraising event (round 53)
            if SCHOOL_KIND_THING_RE.fullmatch(name) and SCHOOL_THING_AFTER_RE.match(text, match.end(1)):
                continue  # "Free School Meals", "Secondary School Admissions": what a kind of school gives (round 53)
            if name.endswith(("Service", "Services")) and SERVICE_THING_RE.match(text, match.end(1)):
                continue  # "Bus Service 253", "Winter Service Plan", "Engineering Services Agreement": a thing
            if name.endswith(("Service", "Services")) and (
                COUNCILLOR_FIRST_RE.match(name)
                or COUNCILLOR_BEFORE_RE.search(text, max(0, match.start(1) - 60), match.start(1))
            ):
                continue  # "Cllr W Fairweather, Housing and Peoples' Services": the councillor's portfolio
            if pattern is ORG_CHAIN_RE and PREFIX_BEFORE_RE.search(text, max(0, match.start(1) - 80), match.start(1)):
                continue  # "Office for | Fair Trading and National Council …": the prefix pattern reads it whole
            if ROLE_AT_BODY_RE.match(text, match.end(1)) and not known_organisations().fullmatch(name):
                continue  # "Health and Environmental Services Director at X Council": a job title, the body after it
            if len(name.split()) == 2 and LEADERS_AFTER_RE.match(text, match.end(1)):
                continue  # "Kent Council Leaders": the leaders of a place's councils, not a body
            if len(name.split()) == 2 and name.endswith("Board") and BOARD_MEMBER_AFTER_RE.match(text, match.end(1)):
                continue  # "(Non-Executive Board Member)": a member's post, not a body
            if _person_then_member_word(name, text, match.end(1)):
                continue  # "Laura Fletcher Panel member - Staffordshire University Academy": a person, then her post
            name = _without_post_head(name, text, match.end(1))
            if pattern is ORG_CHAIN_RE:
                name = _with_word_before(_with_place_before(name, text, match.start(1)), text, match.start(1))
            # "Township of Nipissing Community Centre" is the township; a department keeps its whole name
            keeps_whole = DEPARTMENT_WORD_RE.match(name) or ORG_WORD_END_RE.search(name)
            known = known_organisations().match(name) if pattern is ORG_PREFIX_RE else None
            if place := PLACE_OWN_COUNCIL_RE.fullmatch(name):
                name = place[1]
            elif in_capitals and (place := PLACE_BEFORE_BOARD_RE.match(name)):
                name = place[1]  # the city whose board meets; in prose "Township of X Recreation Committee" is kept
            elif (own := known_organisations().match(name)) and OWN_COMMITTEE_RE.fullmatch(name, own.end()):
                name = own[0]  # "Public Health Wales Board": the body's board meeting; the body is the organisation
            elif known and known.end() < len(name) and name[known.end()] == " ":
                # "Department for Communities and Local Government Refreshing DCLG’s Open Data Strategy": a
                # heading's words after the department the list names
                name = known[0]
            elif pattern is ORG_PREFIX_RE and not keeps_whole:
                name = _prefix_place(name)
            if pattern is ORG_PREFIX_RE and text.startswith(name, match.start(1)):
                name = _with_place_after(name, text, match.start(1) + len(name))  # "Borough of X upon Thames"
            name = _before_own_initials(_cut_to_bracketed_initials(name, text, match.start(1), match.end(1)))
            for part in _split_org_list(LEGAL_FORM_COMMA_RE.sub(" ", name)):
                at = text.find(part, match.start(1))
                if at >= 0 and (_is_venue(part, text, at + len(part)) or _service_centre(part, text, at + len(part))):
                    continue
                if (name := _org_name(part)) is not None:
                    if _represented_area(name, text, at):
                        continue
                    if pattern is ORG_CHAIN_RE:
                        name = _with_age_band(_joint_body_of_places(part, name, text, at), part, text, at)
                    found.append(name)
                elif at >= 0 and (generic := _generic_with_own_initials(part, text, at + len(part))):
                    found.append(generic)
    if " with " in text or " With " in text:
        found += _places_joined_by_with(text)
    found += _bodies_of_speakers(text) if " of " in text else []
    if 1 < len(found) <= OVERLAP_READ_LIMIT:
        found = _joined_overlaps(found, text)
    found = [m[1] if (m := COMMITTEE_OF_GENERIC_COUNCIL_RE.fullmatch(name)) else name for name in found]
    found = [_committee_before_its_body(name) for name in found]
    return tuple(_drop_fragments(found, text))


# "the Planning Committee of the District Council": a committee, then its council by a kind alone (no place): the
# committee's name ends before "of the" (round 90), as "the Planning Committee of Westvale District Council" names
# the council apart.
COMMITTEE_OF_GENERIC_COUNCIL_RE = re.compile(
    r"(.+?\s(?:Committee|Sub-?[Cc]ommittee|Board|Panel|Forum))\s+of\s+the\s+"
    r"(?:(?:District|County|Borough|City|Town|Parish|Unitary|Combined)\s+)?(?:Council|Authority)"
)
# "the Historical Committee for the Auxiliary", "the Social Committee of the Club": a committee, then its body by a
# kind alone; the committee's name ends before "for the" / "of the"
ITS_BODY_AFTER_COMMITTEE_RE = re.compile(
    r"(?<=ommittee)\s++(?:of|for)\s++the\s++(?:Auxiliary|Club|Society|Association|Guild|League|Trust|Church|School|"
    r"Hospital)$"
)


def _committee_before_its_body(name: str) -> str:
    """The committee's name before "for the Auxiliary" (ITS_BODY_AFTER_COMMITTEE_RE), when a word precedes it."""
    tail = ITS_BODY_AFTER_COMMITTEE_RE.search(name)
    return name[: tail.start()] if tail and " " in name[: tail.start()] else name


# "Blackmoor with Darwent Council", "Winthorpe with Langford Parish Council": a parish named by two places joined by
# "with" (the shorter "Darwent Council" is then a fragment of it); not "Working with Kent County Council".
PLACES_WITH_COUNCIL_RE = re.compile(
    r"(?<![\w'’\-])(?P<first>[A-Z][a-z]+)\s+[Ww]ith\s+(?P<council>[A-Z][a-z]+\s+(?:(?:Parish|Town|Community)\s+)?Council)"
    r"(?![\w'’\-])"
)
# A verb's or a noun's shape before "with" ("Meeting with", "Discussions with", "Agreed with"), not a place's.
NOT_PLACE_BEFORE_WITH_RE = re.compile(r"(?:ing|ion|ment|ship|ance|ence|ity|ed|s)$")
# an instruction's verb or a joining word at a sentence's start: "Meet with X Town Council", "Together with X Council"
NOT_PLACE_BEFORE_WITH = frozenset(
    {"Together", "Along", "Joint", "Jointly", "Work", "Liaise", "Liaison", "Contract", "Talk", "Meet", "Share",
     "Consult", "Engage", "Speak", "Discuss", "Partner", "Continue", "Check", "Agree", "Deal", "Link", "Join",
     "Dialogue", "Collaborate", "Cooperate", "Co-operate", "Compare", "Align", "Help", "Assist", "Support", "Raise"}
)  # fmt: skip


def _places_joined_by_with(text: str) -> list[str]:
    """The parishes named "A with B ... Council", A a place's word, not a verb or a noun ("Meet with X Council")."""
    return [
        f"{m['first']} with {m['council']}"
        for m in PLACES_WITH_COUNCIL_RE.finditer(text)
        if m["first"] not in NOT_PLACE_BEFORE_WITH
        and m["first"] not in ORG_STARTS.split("|")
        and not NOT_PLACE_BEFORE_WITH_RE.search(m["first"])
        and m["council"].split()[0].lower() not in GENERIC_ORG_WORDS
    ]


# "F&A and Governance Committees", "the Planning and Licensing Committees": two committees under one plural head.
# Each side is one to three capitalised words (an initialism such as "F&A" counts as one); a side after another
# "and" ("Finance and Audit and Governance Committees") cannot be told from its neighbour's words and is left.
COMMITTEE_SIDE = r"[A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*){0,2}"
SHARED_HEAD_RE = re.compile(
    rf"(?<![\w&'’\-])(?<!\band\s)(?<!&\s)({COMMITTEE_SIDE})\s+(?:and|&)\s+({COMMITTEE_SIDE})\s+Committees\b"
)


# "Ashby, Holme and Westford District Councils": councils listed under one plural head, each a council; a side is
# one or two capitalised words (not a sentence's opening word: ORG_PART), the list at most seven long.
COUNCIL_SIDE = rf"{ORG_PART}(?:\s+{ORG_PART})??"  # lazy: "Westford | District Councils"
SHARED_COUNCILS_RE = re.compile(
    rf"(?<![\w&'’\-])((?:{COUNCIL_SIDE},\s+){{0,5}}{COUNCIL_SIDE})\s+(?:and|&)\s+({COUNCIL_SIDE})\s+"
    r"((?:County|District|Borough|City|Town|Parish|Community)\s+)Councils(?![\w'’\-])"  # not "Kent and Medway Councils"
)


def _councils_sharing_a_head(text: str) -> list[str]:
    found = []
    for match in SHARED_COUNCILS_RE.finditer(text):
        for side in [*match[1].split(", "), match[2]]:
            if (name := _org_name(f"{side.strip()} {match[3]}Council")) is not None:
                found.append(name)
    return found


# "LB Barking and Dagenham", "LB Croydon Regulatory Notice": a London borough by its initials and its place (one
# word, or two joined by "and"; a second capitalised word only where no third follows, which would start a title);
# not a planning reference's "25/02740/LB" (a listed building consent) before a column's gap.
LONDON_BOROUGH_RE = re.compile(
    r"(?<![\w&'’\-/.])LB [A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+|\s+[A-Z][a-z]+(?!\s+[A-Z]))?(?![\w&'’\-])"
)
# "a letter from Datchet PC", "One provider, Larch HA,": a parish or town council, or a housing association, by its
# place and initials, after a word or mark that sets a name apart ("PC Smith" is a constable, before the name; "the
# Office PC", "a Windows PC" are computers).
# A primary school so ("if Ayton PS or Friends of APS purchased a system") after "if" or "or" as after the others.
PLACE_INITIALS_BODY_RE = re.compile(
    r"(?:\b(?:from|to|with|by|of|for|and|or|if|whether)|[,;(])\s+"
    r"((?!(?:The|A|An|Cllr|Councillor|Mr|Mrs|Ms|Dr|Office|Windows|Laptop|Desktop|Tablet|Home|New)\b)[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+)?\s+(?:PC|TC|HA|PS))(?![\w&'’\-])"
)
# "One provider, Outlook Housing, has had …", "The contractor, Mereside Groundcare, will start …": a body named in
# apposition to the kind of body it is, two to five capitalised words between commas.
APPOSITION_KIND = r"provider|landlord|contractor|supplier|operator|developer|charity|company|firm|housing\s+association"
APPOSITION_BODY_RE = re.compile(
    rf"\b(?:[Oo]ne|[Aa]nother|[Tt]he|[Oo]ur|[Tt]his)\s+(?:{APPOSITION_KIND})(?:\s+(?:included|named|listed)\s+"
    r"(?:below|above))?,\s+([A-Z][\w'’&\-]*+(?:\s+[A-Z][\w'’&\-]*+){1,4}),"
)
# "… the advice of Arlingclose, the Council's treasury advisers": a firm named before the part a body's firms play for
# it, in the plural a firm's staff are (round 53; not "Jane Hill, the Council's legal adviser", a person)
FIRM_ROLES = r"advisers|advisors|auditors|insurers|bankers|actuaries|valuers"
BODY_THEN_FIRM_ROLE_RE = re.compile(
    r"(?<![\w'’&\-])(?<![Tt]he\s)(?<![Oo]ur\s)((?!(?:The|A|An|This|Our|In|On|At|By|For|From|With|Members|Officers|Councillors|Officials)(?![\w'’&\-]))"
    r"[A-Z][\w'’&\-]*+(?:\s+[A-Z][\w'’&\-]*+){0,4}),\s+the\s+(?:[A-Z][a-z]+['’]s\s+)?"
    rf"(?:(?:treasury|external|internal|legal|insurance|appointed|investment|pension|fund)\s+){{0,2}}(?:{FIRM_ROLES})\b"
)
APPOSITION_HINT_RE = re.compile(rf"{APPOSITION_KIND}|{FIRM_ROLES}")
# "Young Minds Matter, a local charity, and …": a body named before the kind of body it is, one to five capitalised
# words, then "a"/"an", at most two describing words and the kind, which ends the phrase (not "a charity trustee", a
# person's part in one; round 90).
BODY_THEN_KIND_RE = re.compile(
    r"(?<![\w'’&\-])((?!(?:The|A|An|This|Our|In|On|At|By|For|From|With)\s)[A-Z][\w'’&\-]*+(?:\s+[A-Z][\w'’&\-]*+){0,4}),"
    r"\s+an?\s+(?:(?:local|national|regional|registered|small|independent|voluntary|community|social|not-for-profit)"
    r"\s+){0,2}(?:charity|company|firm|social\s+enterprise|housing\s+association|community\s+interest\s+company)"
    r"(?=\s*[,.;)]|\s+(?:that|which|who|based|working|run)\b)"
)


# "publication in Daily Record, the Official Newspaper of the City": a newspaper named before what it is
NEWSPAPER_APPOSITION_RE = re.compile(
    r"(?<![\w'’\-])((?:[A-Z][\w'’\-]*\s+){1,3}[A-Z][\w'’\-]*),\s+the\s+(?:[Oo]fficial\s+)?[Nn]ewspaper\b"
)


def _bodies_in_apposition(text: str) -> list[str]:
    """Names set in apposition to a kind of body, not a person's ("One provider, Sarah Lowe, said …")."""
    return [
        m[1]
        for pattern in (APPOSITION_BODY_RE, BODY_THEN_KIND_RE, BODY_THEN_FIRM_ROLE_RE)
        for m in pattern.finditer(text)
        if m[1].split()[0] not in GIVEN_NAMES and strip_title(m[1]) == m[1]
    ]


def _committees_sharing_a_head(text: str) -> list[str]:
    return [
        name
        for match in SHARED_HEAD_RE.finditer(text)
        for side in match.groups()
        if (name := _org_name(f"{side} Committee")) is not None
    ]


# "a meeting of the Education & Young People committee": a committee's capitalised name, its head in lower case.
# "the" before it marks one committee of a body ("Councillor Swandel's committee" names none).
LOWER_CASE_HEAD_RE = re.compile(
    r"\b[Tt]he\s+([A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|&|and)){0,5})\s+committee(?![\w\-])"
)
NOT_A_COMMITTEE_NAME_RE = re.compile(r"(?:\s(?:and|&)|\b(?:Council|Hall))$")  # "the Village Hall committee"


def _lower_case_head_committees(text: str) -> list[str]:
    return [
        name
        for match in LOWER_CASE_HEAD_RE.finditer(text)
        if not NOT_A_COMMITTEE_NAME_RE.search(match[1]) and (name := _org_name(f"{match[1]} committee")) is not None
    ]


# A body's word and a region, no name before them: "Network North", "Service South East" (a programme or a unit); a
# region's body has its place or its name first ("Stagecoach South East", "Mencap North West").
HEAD_THEN_COMPASS_RE = re.compile(
    r"(?:Network|Service|Services|Partnership|Group|Forum|Council|Board|Agency|Trust)\s+"
    r"(?:North|South|East|West)(?:\s+(?:East|West))?"
)
# A comma list inside one name has its one "and" before its last item ("Children, Young People and Education
# Directorate"); an "and" before a comma closes what came before: "Director of Highways and Transportation, Growth,
# Environment and Transport Directorate" is a post, then the directorate after its comma.
JOINT_AT_RE = re.compile(r"(?=(\s(?:and|&)\s))")
COMMA_BEFORE_CAPITAL_RE = re.compile(r",\s++(?=[A-Z])")


def after_and_before_comma(text: str) -> tuple[str, int] | None:
    r"""The words after the last "and" (or "&") on the first line whose first comma after it comes before a capital,
    and where the capital starts: what ``re.search(r"^.*\s(?:and|&)\s([^,]*),\s+(?=[A-Z])", text)`` gives as (group
    1, end), read in one pass (the pattern read the words after each "and" again: quadratic on a run of them)."""
    line_end = text.find("\n")
    last_start = len(text) if line_end < 0 else line_end  # the white space before "and" may be the line break itself
    commas = [index for index, char in enumerate(text) if char == ","]
    before_capital = {match.start(): match.end() for match in COMMA_BEFORE_CAPITAL_RE.finditer(text)}
    for joint in reversed([joint for joint in JOINT_AT_RE.finditer(text) if joint.start() <= last_start]):
        words = joint.start() + len(joint[1])
        at = bisect.bisect_left(commas, words)
        if at < len(commas) and commas[at] in before_capital:
            return text[words : commas[at]], before_capital[commas[at]]
    return None


# A body's head in the possessive before one more word, a head alone that opens a longer capitalised phrase: the body
# ends there ("Government Digital Service's Service Standard"; not "Chief Executive's Office.", whose name ends at its
# head, nor "Women's Institute", whose possessive is no body's head; "Kent County Council's Highways Service" is read as
# two bodies elsewhere).
CAPITALISED_AFTER_RE = re.compile(r"(?<!\s)\s++[A-Z]")
HEAD_POSSESSIVE_RE = re.compile(rf"(.*?\b(?:{BODY_HEAD}))['’]s\s+(?=[A-Z])")
# a post's remit up to its "and": "Director of Highways and |Transportation, …"
POST_OF_AND_BEFORE_RE = re.compile(
    r"\b(?:Director|Head|Manager|Officer|Lead|Secretary)\s+(?:of|for)\s+(?:[A-Z][\w'’\-]*\s+){1,3}(?:and|&)\s+$"
)


def _from_label_line_start(match: re.Match[str], text: str, line_ends: frozenset[int]) -> str:
    """'… Frost and Gale | Liberal Democrat Group: Councillors …': a name labelling its line (a colon after it) starts
    at the line's start; the words before are the line before's list, run into the paragraph."""
    name = match.group(1)
    if not text.startswith(":", match.end(1)):
        return name
    inside = [end for end in line_ends if match.start(1) < end < match.end(1)]
    return text[max(inside) : match.end(1)].strip() if inside else name


# A document's label starting the line after a heading: "Department for the Economy Board | Minutes of …".
LABEL_WORD_RE = re.compile(r"(?<!\s)\s++(?:Minutes|Notes?|Agenda|Summary)\b")
# A form's next label run into the value before it: "Directorate   Adult Social Care and Health | Responsible
# Service   Public Health" (an equality impact assessment's rows read as one run); no body's name ends so.
FORM_LABEL_END_RE = re.compile(r"(?<!\s)\s+Responsible\s+(?:Service|Officer|Director|Head|Manager|Lead)s?$")


def _before_label(name: str) -> str:
    """'Ministry of Coastal Affairs Board Note of the Board' (a heading's lines run together): the name before the
    label."""
    return name[: label.start()] if (label := LABEL_WORD_RE.search(name)) else name


def _before_label_line(name: str, match: re.Match[str], text: str, line_ends: frozenset[int]) -> str:
    """A name read on over its heading's line end into the next line's label ("Minutes of the meeting …") ends at
    the line end."""
    if not line_ends or not name.endswith(match.group(1)):
        return name
    inside = [end for end in line_ends if match.start(1) < end < match.end(1) and LABEL_WORD_RE.match(text, end)]
    return text[match.start(1) : min(inside)].strip() if inside else name


# The nation a body's name ends with after a dash, the name ending there: "Local Government Data Unit - Wales".
# (not a phrase going on: "… Unit - Wales and the Marches")
NATION_AFTER_DASH_RE = re.compile(
    r"\s[-–]\s(?:Wales|Scotland|England|Northern\s+Ireland)(?![\w\-])(?!\s+(?:and|&|of|for|[a-z]))"
)

# A charity's or company's legal form printed after its name.
LEGAL_FORM_AFTER_RE = re.compile(
    # "Quadrelle Realty Services, LLC", "Kentron Health Care Inc.": a firm's legal form is part of its name too
    r"\s(?:CIO|CIC|SCIO)(?![\w'’\-])|,?\s(?:Inc|LLC|Corp)\b\.?|,\s(?:Ltd|Limited|plc|LLP)\b\.?"
)
# "University of Nebraska at Omaha", "University of Illinois at Chicago": one more place word, not a phrase run on
CAMPUS_AFTER_RE = re.compile(r"(?<!\s)\s++at\s++[A-Z][a-z]++(?![\w&\-]|\s+[A-Z])")
# "Quadrelle Realty Services, LLC": the comma before a legal form does not end the name (nor open a list)
LEGAL_FORM_COMMA_RE = re.compile(r",\s+(?=(?:Inc|LLC|Ltd|Limited|Corp|plc|LLP)\b)")
# "YAP, Inc., dba …", "Polydyne, Inc.": a US firm's legal form names it where no body word does ("Corp." is left to
# round 5's reading of "Dial Land Development Corp., a Nebraska Corporation")
# "D.A. Davidson Co., as Underwriter", "Hopwood Price Co. of Des Moines": "Co." names a firm where a comma, a
# clause's word or the line's end follows it; before a capitalised word it is a county ("Lurgan, Co. Armagh").
FIRM_CO = r"Co\.(?=[,;]|\s+(?:of|as|for|to|and|in|will|has|had|was|is|were|who)\b|\s*$)"
LEGAL_FORM_AT_RE = re.compile(rf",?(?<!\s)\s+(?:Inc|LLC)\b|\s{FIRM_CO}")  # a space run read from its start only
LEGAL_FORM_FIRM_RE = re.compile(rf"(?<![\w&'’\-])((?:{ORG_PART}\s+){{0,3}}{ORG_PART}),?\s+(Inc|LLC|{FIRM_CO})")
LEGAL_FORM_REACH = 200  # characters before a legal form where its firm's words may start


# A firm's UK company named with its country in brackets before the legal form: "Fenwick Logistics (UK) Ltd" (round 42).
UK_FORM_FIRM_RE = re.compile(rf"(?<![\w&'’\-])(?:{ORG_PART}\s){{0,3}}{ORG_PART}\s\(UK\)\s(?:Ltd|Limited|LLP|plc|PLC)\b")


def _legal_form_firms(text: str) -> list[str]:
    """Firms named by words and a legal form, read only near the legal forms (tried at every capital of a long
    line, the pattern would read four words at each)."""
    spans: list[list[int]] = []
    for form in LEGAL_FORM_AT_RE.finditer(text):
        start = max(0, form.start() - LEGAL_FORM_REACH)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = form.end()
        else:
            spans.append([start, form.end()])
    return [
        name
        for start, end in spans
        for match in LEGAL_FORM_FIRM_RE.finditer(text, start, end)
        if (name := _org_name(f"{match[1]} {match[2]}")) is not None
    ]


# Bodies a cue word names though no head word does (round 34):
# "Alex Birtles of Hewitson and Harker of Kirkby Stephen", "the quotation from Dawson and Pryce of Appleby": a firm of
# two partners' surnames and the town it is in (not "the Chair and Clerk of Kingsmead", "Tom and Mary of Ayton");
FIRM_OF_TOWN_RE = re.compile(
    r"\b(?:of|from|by|with|to|using)\s+([A-Z][a-z]+\s+(?:and|&)\s+[A-Z][a-z]+)\s+of\s+(?!The\b)[A-Z][a-z]+"
)
NOT_PARTNER_WORDS = frozenset(
    [
        "Chair",
        "Chairman",
        "Chairwoman",
        "Clerk",
        "Secretary",
        "Treasurer",
        "Vice",
        "President",
        "Members",
        "Member",
        "Friends",
        "Lord",
        "Lady",
        "Mayor",
        "Dean",
        "Chapter",
        "Duke",
        "Earl",
        "Duchess",
        "Countess",
        "Master",
        "Warden",
        "Wardens",
        "Governors",
        "Trustees",
        "Officers",
        "Residents",
        "North",
        "South",
        "East",
        "West",
        "Health",
        "Safety",
        "Education",
        "Planning",
        "Finance",
        "Policy",
        "Resources",
        "Communities",
        "Culture",
        "Leisure",
        "Housing",
        "Highways",
        "Transport",
        "Environment",
        "Children",
        "Families",
        "Adults",
        "Young",
        "People",
        "Older",
        "Rights",
        "Duties",
        "Terms",
        "Conditions",
        "Minutes",
        "Accounts",
        "Standing",
        "Orders",
        "Church",
        "Council",
        "Parish",
        "Town",
        "City",
        "County",
        "District",
        "Borough",
        # a document's or a duty's words: "Declarations of Interest and Code of Conduct" (round 53)
        "Interest",
        "Interests",
        "Declaration",
        "Declarations",
        "Code",
        "Codes",
        "Register",
        "Statement",
        "Notice",
        "Reference",
    ]
)
# "Payments set up on Unity bank by the Clerk": a bank printed in lower case after its name (not "the River bank",
# "a food bank", "the Tweed bank": a river's side, a service);
LOWER_CASE_BANK_RE = re.compile(r"\b(?:on|with|via|from|at|to|into)\s+(?:the\s+)?([A-Z][a-z]+)\s+bank\b(?![\w\-])")
NOT_BANK_WORDS = frozenset(
    [
        "River",
        "Canal",
        "Stream",
        "Burn",
        "Brook",
        "Beck",
        "North",
        "South",
        "East",
        "West",
        "Left",
        "Right",
        "Food",
        "Data",
        "Land",
        "Flood",
        "Sand",
        "Grass",
        "Bottle",
        "Clothes",
        "Book",
        "Memory",
        "Blood",
        "Seed",
        "Tree",
        "Time",
        "Sperm",
        "Milk",
        "Baby",
        "Toy",
        "Uniform",
        "Kit",
        "Job",
        "Skills",
    ]
)
# "now the River Keepers organization": a name the word "organization" after it calls a body.
NAME_ORGANISATION_RE = re.compile(r"\bthe\s+((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*)\s+organi[sz]ation\b")


# "between the City of Omaha and Pathway of Light of …": "of" after a place's or a body's word is part of its name
PLACE_OR_BODY_OF_BEFORE_RE = re.compile(
    r"(?:City|Town|Township|County|State|Borough|Village|District|Province|Diocese|University|Department|Ministry|"
    r"Office|Board|Council|Friends)\s+$"
)


# "Maidstone and Tunbridge Wells Hospitals Foundation Year Doctor": the hospitals' trust, then a doctor's training
# year ("Foundation" there is no body's word, so the chain that takes it in reads a post and is dropped);
HOSPITALS_FOUNDATION_YEAR_RE = re.compile(
    r"(?<![\w&'’\-])((?:[A-Z][\w'’\-]*\s+(?:(?:and|&)\s+)?){1,5}Hospitals?)\s+Foundation\s+(?:Year|Programme|Doctor)"
)
# "CALC Membership Fee", "WALC subscription": a body's capitals before what a council pays it (not "AGM Membership",
# "VAT subscription": an event's, a tax's capitals).
CAPITALS_MEMBERSHIP_RE = re.compile(
    r"(?<![\w&'’\-])([A-Z]{3,6})\s+(?:[Mm]embership|[Ss]ubscription)s?(?![\w\-])(?!\s+(?:[Ss]ecretary|[Oo]fficer))"
)
# "RAGES – it was agreed to renew the CC’s annual subscription": a correspondent's capitals, a dash, then what the
# council pays it.
CAPITALS_DASH_SUBSCRIPTION_RE = re.compile(
    r"(?<![\w&'’\-])([A-Z]{3,8})\s+[–—-]\s+[^.;–—]{0,60}?\b(?:subscription|membership|affiliation)\b"
)
# "a radio interview with Radio Kent": a local station by its county's name (not "Radio Frequency", "Radio Station").
RADIO_STATION_RE = re.compile(
    r"(?<![\w&'’\-])(?<!BBC\s)(Radio\s+(?!(?:Frequency|Station|Stations|Mast|Masts|Communications|Show|Programme|"
    r"Interview|Advert|Advertising|Times|Control|Licen[cs]e)\b)[A-Z][a-z]{2,})(?![\w\-])"
)
# "the Rhyl BID", "Chair of Llangollen 2020 BID": a business improvement district's company by its town (and the year
# of its ballot); not "the Proposed BID", "a Town Centre BID": a kind of one.
PLACE_BID_RE = re.compile(r"(?<![\w&'’\-])((?:[A-Z][a-z]+[ \t]+){1,3}(?:\d{4}[ \t]+)?BID)(?![\w&'’\-])")
NOT_BID_WORDS = frozenset({"Proposed", "New", "Draft", "Current", "Existing", "Future", "Town", "Centre", "Local"})
NOT_BODY_CAPITALS = frozenset({"AGM", "EGM", "VAT", "PAYE", "GDPR", "CCTV", "ICT", "RFO", "ANNUAL", "TOTAL", "CLUB"})


def _place_bids(text: str) -> list[str]:
    """Business improvement districts named by their town ("the Rhyl BID")."""
    found = []
    for match in PLACE_BID_RE.finditer(text):
        words = match[1].split()
        while words and words[0] in ROLE_OPENERS:
            words = words[1:]
        if len(words) >= 2 and not NOT_BID_WORDS & set(words):
            found.append(" ".join(words))
    return found


def _partners_firms(text: str) -> list[str]:
    """Firms of two surnames and their town ("Hewitson and Harker of Kirkby Stephen")."""
    found = []
    for match in FIRM_OF_TOWN_RE.finditer(text):
        first, _, second = match[1].split()
        if {first, second} & NOT_PARTNER_WORDS or first in GIVEN_NAMES or second in GIVEN_NAMES:
            continue
        if PLACE_OR_BODY_OF_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
            continue
        found.append(match[1])
    return found


# Round 35: a capitalised name with no head word that a sentence makes a body by its role - the subject of an
# institutional verb ("JR Local will arrange for …", "Marlands are looking at …") or the object of institutional
# contact ("liaise with Northgate Openreach", "a response from Orme Planning", "Brenmoor Homes’ response").
ROLE_NAME = r"((?:[A-Z][\w&\-]*[ \t]+){0,2}[A-Z][\w&\-]*)"
ROLE_DEED = (
    r"(?:arrang(?:e|ing)|agreed|confirmed|provided|offered|quoted|replied|responded|indicated|advised|proposing|consulting|"
    r"attach|install|erect|repair|pledged|hosting|look(?:ing)?\s+(?:at|into)|working\s+on|"
    r"been\s+(?:asked|contacted|appointed|awarded)|asked\s+to|requested|(?:approached|contacted|invited)\s+(?:for|about|to)|"
    r"instructed\s+to)\b"
)
# the verb before the deed: a finite one, a relative "who" ("Cambridge Water who had confirmed": round 34's water
# company rule, folded in) or a modal passive ("Live Borders might be approached for hire")
ROLE_VERB = (
    r"(are|were|have|has|had|will|who(?:[ \t]+(?:had|have|has|will|are|were))?|(?:might|may|could|should)[ \t]+be)"
)
# "Anton Griese had confirmed his resignation", "… had offered her services": the deed's doer a person, by the
# pronoun after it (a body's is "its" or "their"; "advised her that …" has her as the one told)
PERSONAL_PRONOUN_AFTER_RE = re.compile(
    r"(?<![ \t])[ \t]++(?:(?:to|that)[ \t]++)?(?:his[ \t]++[a-z]|her[ \t]++(?!(?:that|to|of|about|on|in|by|with|for)\b)"
    r"[a-z]|"
    r"himself\b|herself\b)"
)
ROLE_SUBJECT_RE = re.compile(rf"(?<![\w&'’\-]){ROLE_NAME}[ \t]+{ROLE_VERB}[ \t]+{ROLE_DEED}")
# "liaise with the Armed Forces Covenant team", "a response from the Levelling Up Fund bid": the capitalised words
# name the thing a lower-case noun after them is (round 53); "write to the Cabinet Member for Finance": a longer name
CONTACT_THING_AFTER = (
    r"[ \t]+(?:team|scheme|programme|project|fund|funding|grant|bid|application|policy|process|portal|website|app|"
    r"platform|account|meeting|event|consultation|survey|form|page)\b"
)
ROLE_CONTACT_RE = re.compile(
    r"\b(?:(?:write|wrote|writing|written)\s+to|liais(?:e|ed|ing)\s+with|in\s+contact\s+with|"
    r"(?:meet|meeting|met)\s+with|enquire\s+with|(?:a|the)\s+(?:response|reply)\s+(?:received\s+)?from|"
    r"negotiat(?:e|ed|ing|ions)\s+with|(?:received|sent|forwarded|submitted)\s+via|letter\s+(?:be|was|is\s+to\s+be|to\s+be|had\s+been|has\s+been)\s+sent\s+to)"
    # "a reply from Cath Hicks from Adult Learning Wales": a person, named with the body she writes from
    rf"\s+(the\s+)?{ROLE_NAME}(?![\w&'’\-])(?![ \t]+(?:(?:of|for)[ \t]+)?[A-Z]|{CONTACT_THING_AFTER})"
    r"(?!\s+from\s+(?:the\s+)?[A-Z])"
)
# "the appointment of Larking Gowen as the society’s auditor": the object of an appointment to an office a firm holds
# (not "the appointment of Jane Hollis as the internal auditor": a person, by her given name)
ROLE_OFFICE = r"(?:auditors?|accountants?|solicitors?|bankers?|insurers?|surveyors?)\b"
ROLE_APPOINTED_RE = re.compile(
    r"\b(?:appointment\s+of|appoint|re-?appoint|appointed)\s+((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*)\s+as\s+"
    rf"(?:the\s+)?(?:[\w'’]+\s+){{0,2}}?{ROLE_OFFICE}"
)
# "Pellings are the Trust’s external auditors", "Harlow Kemp were appointed as the auditors": the subject of a firm's
# office (not "Hannah Pell is the internal auditor": a person, by her given name; one word needs a plural verb)
ROLE_HOLDS_OFFICE_RE = re.compile(
    rf"(?<![\w&'’\-]){ROLE_NAME}[ \t]+(are|were|is|was)[ \t]+(?:(?:re-?)?appointed[ \t]+as[ \t]+)?"
    rf"(?:the[ \t]+)?(?:[\w'’]+[ \t]+){{0,2}}?{ROLE_OFFICE}"
)
ROLE_OFFICE_HINT_RE = re.compile(r"uditor|ccountant|olicitor|anker|nsurer|urveyor")
ROLE_POSSESSIVE_RE = re.compile(rf"(?<![\w&'’\-]){ROLE_NAME}(?:['’]s|(?<=s)['’])\s+(?:response|reply)\b")
ROLE_PLURAL_VERBS = frozenset({"are", "were", "have"})
# The last of surnames listed after their title: "Councillors Pearce, Greene, Brown and Layton were invited" (stop 64)
SURNAMES_LISTED_BEFORE_RE = re.compile(
    r"\b(?:Councill?ors|Cllrs|Messrs|Commissioners|Trustees|Supervisors|Directors|Aldermen)\s++"
    r"(?:[A-Z][\w'’\-]*+,?\s++){1,8}(?:and|&)\s++$"
)
# A sentence's pronoun or people word before a plural verb: "You are invited to …", "People have been asked to …"
NOT_BODY_ALONE = frozenset({"I", "You", "We", "They", "People", "Everyone", "Everybody", "Someone", "Anyone", "Nobody"})
ROLE_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "Following",
        "After",
        "As",
        "But",
        "And",
        "Also",
        "So",
        "Then",
        "This",
        "That",
        "It",
        "They",
        "We",
        "These",
        "Those",
        "Both",
        "All",
        "Some",
        "Many",
        "Most",
        "Members",
        "Councillors",
        "Residents",
        "Officers",
        "Parishioners",
        "Volunteers",
        "Trustees",
        "Governors",
        "Parents",
        "Staff",
        "Quotes",
        "Works",
        "Plans",
        "Details",
        "Minutes",
        "Accounts",
        "Repairs",
        "Notices",
        "Signs",
        "Others",
        "Concerns",
        "Complaints",
        "Applications",
        "Planning",
        "Police",
        "Highways",
        "Clerk",
        "Chair",
        "Chairman",
        "Chairperson",
        "Treasurer",
        "Secretary",
        "Mayor",
        "Council",
        "Councils",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
) | frozenset(MONTH_NAMES.strip("(?:)").split("|"))
ROLE_NOT_LAST = frozenset(
    [
        "Street",
        "Road",
        "Lane",
        "Avenue",
        "Close",
        "Way",
        "Drive",
        "Park",
        "Green",
        "Hill",
        "Night",
        "Day",
        "Week",
        "Fete",
        "Show",
        "Festival",
        "Fair",
        "Payback",
        "Scheme",
        "Programme",
        "Project",
        "Fund",
        "Plan",
        "Applications",
        "Councillors",
        "Members",
        "Residents",
        "Officers",
        "Minutes",
        "Clerk",
        "Chair",
        "Chairman",
        "Treasurer",
        "Secretary",
        "Highways",
        "Commissioner",
        "Officer",
        "Manager",
        "Director",
        "Minister",
        "Inspector",
        "Engineer",
        "Warden",
        "Ranger",
        "Adviser",
        "Advisor",
        "Representative",
        # a house, a farm or a building written to: a place ("write to The Old Forge", "write to Griffins Farm")
        "Farm",
        "House",
        "Cottage",
        "Cottages",
        "Barn",
        "Mill",
        "Forge",
        "Lodge",
        "Grange",
        "Rectory",
        "Vicarage",
        "Castle",
        "Church",
        "Manor",
        # people by what they do ("Pupils have been awarded"), a channel ("received via the Parish Website")
        "Pupils",
        "Students",
        "Children",
        "Players",
        "Winners",
        "Applicants",
        "Entrants",
        "Parents",
        "Website",
        "Portal",
        "Form",
        "Newsletter",
        "Email",
        # a document, a sum, a duty or a building that a sentence says "has confirmed", "had indicated" or "has
        # provided" as a body does ("The Spending Review has confirmed", "the Annual Audit Letter had indicated",
        # "the Town Hall has been awarded"): no body (round 53)
        "Strategy",
        "Policy",
        "Review",
        "Statement",
        "Report",
        "Letter",
        "Regulations",
        "Order",
        "Orders",
        "Act",
        "Bill",
        "Budget",
        "Grant",
        "Levy",
        "Credit",
        "Relief",
        "Reserve",
        "Reserves",
        "Receipts",
        "Account",
        "Accounts",
        "Register",
        "Canvass",
        "Settlement",
        "Assessment",
        "Survey",
        "Agreement",
        "Contract",
        "Conclusion",
        "Guarantee",
        "Duty",
        "Crisis",
        "Hall",
        "Chamber",
        "Tower",
        "Station",
        "Bridge",
        "Market",
        "Streets",
        "Teams",
        "Flag",
        "Hub",
        "Ownership",
        # posts a sentence's deed has as its subject as a body's ("The Chief Constable has agreed", "the Village
        # Agent has offered"): a person's office
        "Constable",
        "Sheriff",
        "Lieutenant",
        "Person",
        "Agent",
        "Champion",
        "Coordinator",
        "Co-ordinator",
        "Member",
        "Holder",
    ]
)


def _role_body(name: str, verb: str | None, after_the: bool = False) -> str | None:
    """``name`` as a body a sentence gives a role, or None: a person, a post, a month, a place's or event's words.
    ``verb`` is None for the object of contact; ``after_the`` when a lower-case "the" is printed before it."""
    words = name.split()
    printed_the = words[0] == "The" and len(words) == 2  # "write to The Guild": a capital "The" inside a sentence
    while words and words[0] in ROLE_OPENERS:
        words = words[1:]
    if not words or words[-1] in ROLE_NOT_LAST or words[0] in GIVEN_NAMES or any(w in ROLE_OPENERS for w in words):
        return None
    if capitals := [at for at, word in enumerate(words) if at and word.isupper() and len(word) >= 2]:
        words = words[capitals[-1] :]  # "at North End BEAR has confirmed", "Bowling Green SB Local are looking"
    name = " ".join(words)
    if strip_title(name) != name or name.lower() in GENERIC_ORG_WORDS or name in ACRONYM_STOP or name in NOT_BODY_ALONE:
        return None  # "the 2009 APM were agreed": a meeting's capitals, not a body's
    one_word = len(words) == 1
    if one_word and verb is None:
        if printed_the:
            return f"The {name}"
        if after_the and name.isupper() and len(name) >= 3 and name not in NOT_BODY_CAPITALS:
            return name  # "a letter be sent to the NFU": initials a "the" makes an institution's (not a person's)
        return None
    if one_word and not (verb in ROLE_PLURAL_VERBS or (name.isupper() and len(name) >= 3)):
        return None  # "Smith will arrange": a surname; "Marlands are looking at": a body's plural verb
    return name


SENTENCE_START_BEFORE_RE = re.compile(r"(?:^|[.!?:;][ \t]|\n)[ \t]*+$")  # one run of spaces, not two (quadratic)


def _without_opening_the(name: str, text: str, start: int) -> str:
    """'The Zoom’s response' opening a sentence: the article every sentence may open with, not a capital "The"
    printed inside a body's name ("write to The Guild"; round 53)."""
    if name.startswith("The ") and SENTENCE_START_BEFORE_RE.search(text, max(0, start - 4), start):
        return name[4:]
    return name


def _tail_of_longer_name(text: str, start: int) -> bool:
    """The name read is the last words of a longer capitalised run ("Local e-Government | Standards Body were
    hosting"): its whole is out of the pattern's reach."""
    window = max(0, start - 40)
    return bool(RUN_BEFORE_RE.search(text, window, start) or JOINED_RUN_BEFORE_RE.search(text, window, start))


# "Britain in | Bloom are looking", "the Prince of | Wales has agreed": the name read is the last word of a longer name
# joined by "of" or "in" (round 53)
JOINED_RUN_BEFORE_RE = re.compile(r"[A-Z][\w'’\-]{0,63}+[ \t]++(?:of|in)[ \t]++$")  # words as RUN_BEFORE_RE's


def _bodies_by_role(text: str) -> list[str]:
    """Bodies a sentence makes institutions by their role: subjects of institutional verbs, objects of contact or
    of an appointment to a firm's office."""
    found = [
        name
        for m in ROLE_SUBJECT_RE.finditer(text)
        if not _tail_of_longer_name(text, m.start(1))
        and not PERSONAL_PRONOUN_AFTER_RE.match(text, m.end())
        and not SURNAMES_LISTED_BEFORE_RE.search(text, max(0, m.start(1) - 160), m.start(1))
        and (name := _role_body(m[1], m[2])) is not None
    ]
    found += [name for m in ROLE_CONTACT_RE.finditer(text) if (name := _role_body(m[2], None, bool(m[1]))) is not None]
    if "respon" in text or "reply" in text:
        found += [
            name
            for m in ROLE_POSSESSIVE_RE.finditer(text)
            if (name := _role_body(_without_opening_the(m[1], text, m.start(1)), None)) is not None
        ]
    if "ppoint" in text:
        found += [name for m in ROLE_APPOINTED_RE.finditer(text) if (name := _role_body(m[1], None)) is not None]
    if ROLE_OFFICE_HINT_RE.search(text):
        found += [
            name
            for m in ROLE_HOLDS_OFFICE_RE.finditer(text)
            if not _tail_of_longer_name(text, m.start(1)) and (name := _role_body(m[1], m[2])) is not None
        ]
    return found


# "an account at Fifth Third Bank", "Voyager Bank $42,000": a bank named by the money held there (stop 57; not "Church
# Bank", "the West Bank": a place's or a river's, no account or sum beside it)
BANK_NAME = r"((?:[A-Z][\w&'’\-]{0,40}+\s++){1,3}Bank)(?![\w\-])"
BANK_AFTER_ACCOUNT_RE = re.compile(rf"\b[Aa]ccounts?\s++(?:held\s++)?(?:at|with)\s++(?:the\s++)?{BANK_NAME}")
BANK_BEFORE_SUM_RE = re.compile(rf"(?<![\w&'’\-]){BANK_NAME}\s++[$£€]\d")


def _banks_by_money(text: str) -> list[str]:
    """Banks a sentence names by an account held there or a sum beside them."""
    matches = [*BANK_AFTER_ACCOUNT_RE.finditer(text), *BANK_BEFORE_SUM_RE.finditer(text)]
    return [m[1] for m in matches if m[1].split()[-2] not in NOT_BANK_WORDS and m[1].split()[0] not in ("The", "Total")]


def _bodies_by_cue(text: str) -> list[str]:
    """Bodies named by a cue word around a name with no head word: partners of a town, a bank in lower case,
    "the X organization", hospitals before a doctor's foundation year, capitals before a membership, a local radio
    station, a town's business improvement district, and the bodies a sentence gives a role."""
    found = _partners_firms(text) if " of " in text else []
    if " bank" in text:
        found += [f"{m[1]} bank" for m in LOWER_CASE_BANK_RE.finditer(text) if m[1] not in NOT_BANK_WORDS]
    if " Bank" in text:
        found += _banks_by_money(text)
    if "organi" in text:
        found += [m[1] for m in NAME_ORGANISATION_RE.finditer(text) if _org_name(m[1]) is not None]
    if "Foundation " in text:
        found += [name for m in HOSPITALS_FOUNDATION_YEAR_RE.finditer(text) if (name := _org_name(m[1])) is not None]
    if "embership" in text or "ubscription" in text:
        found += [m[1] for m in CAPITALS_MEMBERSHIP_RE.finditer(text) if m[1] not in NOT_BODY_CAPITALS]
        found += [m[1] for m in CAPITALS_DASH_SUBSCRIPTION_RE.finditer(text) if m[1] not in NOT_BODY_CAPITALS]
    found += [m[1] for m in RADIO_STATION_RE.finditer(text)] if "Radio " in text else []
    found += _place_bids(text) if " BID" in text else []
    found += _bodies_by_role(text)
    return found


# A firm named after its partners: "Hollis Garner & Co", "Dobson & Sons"
# "K & A Thompson & Sons", "J. Pryor & Co": the owners' initials open the firm's name
FIRM_AND_CO_RE = re.compile(
    r"(?<![\w'’\-])((?:[A-Z]\.?\s(?:&\s[A-Z]\.?\s)?)?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s){1,3}&\s(?:Co|Sons|Partners)\b\.?)"
)


HALL_WORD_RE = re.compile(r"\b(?:Hall|Chambers?|Room|Pavilion)$")


def _venue_before_line_end(text: str, start: int, end: int, line_ends: frozenset[int]) -> bool:
    """A name read on over a line's end after a building's word ("Town Hall" | "Council Members")."""
    return any(start < at < end and HALL_WORD_RE.search(text, start, at) for at in line_ends)


# "… Services Director at North Fenshire District Council", "… Team Manager for the Trust": a unit's name
# heading a job title whose holder's body is named after it.
ROLE_AT_BODY_RE = re.compile(
    r"(?<!\s)\s++(?:Director|Manager|Officer|Lead|Co-?ordinator|Advis[eo]r|Head)\s++(?:at|of|for|with|in),?\s++(?:the\s++)?[A-Z]"
)
# "(Diocese of Wells MAT Education Adviser)": a post's words run on from the place after "of" up to the post's head.
POST_HEAD_AFTER_RE = re.compile(
    r"(?<!\s)\s++(?:Advis[eo]r|Officer|Manager|Director|Lead|Co-?ordinator|Consultant|Administrator|Secretary)(?![\w'’\-])"
)
# "the KCC Highways Manager will contact you": the post alone (not "Kent Highways Manager Toby Howe reported": the
# service, then its manager by name)
POST_NO_HOLDER_AFTER_RE = re.compile(rf"{POST_HEAD_AFTER_RE.pattern}(?!\s+[A-Z][a-z])")
OF_TAIL_RE = re.compile(r"\s(?:of|for)\s+(?:the\s+)?\S+\s+\S+\s+\S")  # three words: "Faculty of Public Health" kept


# Organisation words that as often qualify a thing ("Foundation Stage", "Unit Development", "Network Plan"):
# followed by a further capitalised word on the same line they are part of a longer title, not a body's name.
MODIFIER_HEAD_RE = re.compile(r"\b(?:Foundation|Unit|Network|Energy|Highways)$")

TITLE_GOES_ON_RE = re.compile(
    r"(?<![ \t])[ \t]++(?!(?:Manager|Director|Head|Lead|Leader|Officer|Chair|Chairman|Member|Members|Staff|The|And|In|"
    r"On|At|For|To|Of|With|By|From)\b)[A-Z][a-z]{2,}\b"
)


# A building's own name: "Wesley Church Hall, Queens Road", "New Bridge Nursery School, Montague Street".
STREET_WORDS = (
    r"Road|Street|Lane|Avenue|Close|Way|Drive|Crescent|Terrace|Gardens|Square|Place|Hill|Rise|Green|Grove|Mews|Row"
)

POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"

# (read from the name's end, never from inside a run of spaces; each word and space run whole: linear alone, stop 39)
VENUE_AFTER_RE = re.compile(
    r"(?<!\s)(?:\s++(?:Hall|Centre|Center|Rooms?|Building|Annexe|Grounds|Car\s+Park)\b"
    rf"|,?\s++(?:\d++[\w\-]*+\s++(?:-\s++\d++\s++)?)?(?:[A-Z][\w'’]*+\s++){{1,3}}(?:{STREET_WORDS})\b"
    rf"|,?\s++(?:[A-Z][\w'’]*+,?\s++){{0,3}}{POSTCODE}"
    # the building's fabric or grounds: "Old Church Information Sign", "School Playing Field"
    r"|\s++(?:Information|Notice|Sign|Signs|Signage|Noticeboard|Playing|Field|Wall|Gates?|Roof|Yard|Clock|Tower|"
    r"Garden|Playground|Site|Toilets?|Kitchen|Boiler)\b)"
)


# "Tuesday 1st December at 7.30 in Ayton Primary School", "held at St Mary’s Church", a header table's
# "Place   Bury Library": the meeting's venue.
VENUE_BEFORE_RE = re.compile(
    r"(?:(?:\d|\b(?:held|meet|meets|meeting|venue|[ap]\.?m)\.?)\s+(?:at|in)\s+(?:the\s+)?|\b(?:Place|Venue|Location):?\s+"
    # "Venue: Café at St Andrew's Church": a room of the building (the label and the room capitalised)
    r"|\b(?-i:(?:Place|Venue|Location):?\s+(?:[A-Z][\w'’]*+\s+){1,3}(?:at|in)\s+(?:the\s+)?))$",
    re.I,
)

DESCRIPTOR_BEFORE_RE = re.compile(r"\b(?:a|an)\s+$")
# "he was a Member of Elmshire County Council and …": a membership of the bodies named, not a kind of body (round 43)
POST_OF_START_RE = re.compile(r"(?:Member|Director|Governor|Trustee|Employee|Officer)\s+of\s+(?:the\s+)?[A-Z]")

INDEFINITE_BEFORE_RE = re.compile(r"\b(?:a|an)\s+$")


# the name is the phrase's head (not "a Kent Police officer"), and not given an acronym ("a Public Data
# Corporation (PDC)": a body being named)
HEAD_NOUN_AFTER_RE = re.compile(
    r"(?:(?<!\s)\s++)?(?:[.,;:!?]|$)|(?<!\s)\s++(?:and|or|to|which|that|who|would|will|is|was|were|be|being|in|on|with|by|as)\b"
)


# A line of an address: "GWENDOLINE STREET", "12 Heather Way", "CF42 5LW".
ADDRESS_LINE_RE = re.compile(
    # the house number taken whole ('\d+[\w\-]*' split a 20,000-digit run two ways at each length: 22 s)
    rf"^\s*(?:(?:\d[\w\-]*+\s+)?(?:[A-Z][\w'’]*\s+){{1,3}}(?:{STREET_WORDS})\b|(?:[A-Z][\w'’]*\s+){{0,2}}{POSTCODE})"
)


def is_address_line(text: str) -> bool:
    """'GWENDOLINE STREET', '12 Heather Way', 'CF42 5LW' (capitals title-cased first, postcodes as printed)."""
    return bool(ADDRESS_LINE_RE.match(text) or ADDRESS_LINE_RE.match(_title_case_heading(text)))


PREFIX_BEFORE_RE = re.compile(r"\b(?:Department|Dept|Ministry|Office)\s+(?:of|for)\s+(?:the\s+)?$")

BUILDING_RE = re.compile(
    r"\b(?:School|Church|Library|College|Academy|Nursery|Chapel|Club)$|^(?:University|College)\s+of\s"
)


def _is_venue(name: str, text: str, end: int) -> bool:
    """A school, church or library (ending at end of text) printed with its hall or street address is a place
    (a polling station, a meeting venue), not a body taking part."""
    return bool(BUILDING_RE.search(name) and VENUE_AFTER_RE.match(text, end))


# "the Ag Service Center", "the Customer Services Centre": a building the service works from (stop 57)
SERVICE_CENTRE_AFTER_RE = re.compile(r"(?<!\s)\s++Cent(?:er|re)(?![\w'’\-]|\s++(?:for|of)\b)")


def _service_centre(name: str, text: str, end: int) -> bool:
    return name.endswith(("Service", "Services")) and bool(SERVICE_CENTRE_AFTER_RE.match(text, end))


# A member's or an officer's post after a body's name: "… School District Board Member Tanaka", "Chamber of Commerce
# Executive Director Ruiz".
POST_WORD_AFTER_RE = re.compile(r"(?<!\s)\s++(?:Member|Director|Officer|Chair(?:man|person)?|President|Secretary)\b")


# "St. Anne’s Church", "The de Vere Learning Trust": a saint's title or a surname's lower-case particle before the
# name's first capitalised word, which the chain cannot start at.
WORD_BEFORE_NAME_RE = re.compile(r"(?<![\w.'’\-])(?:St\.?|Saint|de|van|von|du|da|di|del|della|le|la)\s+$")
WORD_BEFORE_REACH = 8  # characters
# "1st Bearsted Scout Group", "2nd Lenham Brownies": a uniformed group numbered within its place (round 80)
ORDINAL_BEFORE_NAME_RE = re.compile(r"(?<![\w.'’\-])\d{1,2}(?:st|nd|rd|th)\s+$")
# "2nd Lenham Brownies", "3rd Headcorn Guides": the number names a unit of a uniformed movement (round 80), whose
# section's word alone heads no body ("Design Guides")
NUMBERED_UNIFORMED_RE = re.compile(
    r"(?<![\w.'’\-])\d{1,2}(?:st|nd|rd|th)\s+(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:Scouts?(?:\s+Group)?|Guides|Brownies|Rainbows|Cubs|Beavers|Explorers|(?:Boys|Girls)['’]?\s+Brigade)(?![\w'’\-])"
)
UNIFORMED_GROUP_RE = re.compile(r"\b(?:Scouts?|Guides?|Brownies|Rainbows|Cubs|Beavers|Explorers|Boys['’]? Brigade)\b")


# "Newcastle upon Tyne Hospitals NHS Foundation Trust", "Stoke on Trent City Council", "Hough on the Hill Parish
# Council": a place named with a joiner, whose second part the chain starts at; after "on", "on the" or "under" only a
# river's or a landscape's word, and not after a document's or a step's word ("Update on Tees Valley …").
PLACE_JOINER_BEFORE_RE = re.compile(r"(?<![\w'’\-])([A-Z][a-z]+)\s+(upon|on|on\s+the|under|in\s+the)\s+$")
PLACE_JOINER_AFTER_RE = re.compile(r"(?<!\s)\s++(upon|on|on\s++the|under)\s++([A-Z][a-z]++)(?![\w'’\-])")
PLACE_JOINER_REACH = 30  # characters
PLACE_SECOND_WORDS = frozenset(
    {"Sea", "Trent", "Avon", "Thames", "Tees", "Tyne", "Severn", "Wye", "Ouse", "Humber", "Soar", "Swale", "Hill",
     "Wold", "Wolds", "Water", "Marsh", "Green", "Heath", "Moor", "Lyne", "Lyme", "Forest", "Solent", "Dee", "Exe",
     "Stour", "Tamar", "Wear", "Derwent", "Kennet", "Medway", "Mersey", "Ribble", "Cherwell", "Windrush", "Teme",
     "Dove", "Welland", "Nene", "Colne", "Wharfe", "Nidd", "Ure", "Edge", "Mount", "Sands", "Naze"}
)  # fmt: skip
NOT_PLACE_BEFORE_ON = frozenset(
    {"Update", "Report", "Comment", "Focus", "Briefing", "Paper", "Note", "Advice", "Guidance", "Vote", "Motion",
     "Debate", "Letter", "Response", "Item", "Agree", "Decide", "Feedback", "Statement", "Presentation", "Question",
     "Work", "Impact", "Views", "Effect", "Spend", "Emphasis", "Position", "Progress", "Minute", "Consult", "Reflect",
     "Overview", "Summary", "Draw", "Rely", "Depend", "Call", "Act", "Decision", "Evidence", "Training", "Talk",
     "Lead", "Advise", "Insist", "Agenda", "Cap", "Limit", "Ban", "Tax", "Levy", "Charge", "Duty", "Pressure"}
)  # fmt: skip


def _joined_place(place: str, joiner: str, second: str) -> bool:
    """'Newcastle' 'upon' 'Tyne', 'Stoke' 'on' 'Trent': two words of one place's name, not 'Update' 'on' 'Tees'."""
    if place in NOT_PLACE_BEFORE_ON or NOT_PLACE_BEFORE_WITH_RE.search(place) or place in NOT_PLACE_BEFORE_WITH:
        return False
    return joiner == "upon" or second in PLACE_SECOND_WORDS


def _with_place_before(name: str, text: str, start: int) -> str:
    """The chain's name with the first part of its place printed before it ('Stoke on' + 'Trent City Council')."""
    before = PLACE_JOINER_BEFORE_RE.search(text, max(0, start - PLACE_JOINER_REACH), start)
    if before is None or not text.startswith(second := name.split(None, 1)[0], start):
        return name
    if not _joined_place(before[1], " ".join(before[2].split()), second):
        return name
    return f"{before[1]} {' '.join(before[2].split())} {name}"


def _with_place_after(name: str, text: str, end: int) -> str:
    """A prefix-named body with the rest of its place after it ('Borough of Kingston' + 'upon Thames')."""
    after = PLACE_JOINER_AFTER_RE.match(text, end)
    if after is None or not _joined_place(name.split()[-1], " ".join(after[1].split()), after[2]):
        return name
    return f"{name} {' '.join(after[1].split())} {after[2]}"


def _with_word_before(name: str, text: str, start: int) -> str:
    """The name with the saint's title, the particle or a uniformed group's number printed just before where the
    chain starts."""
    before = WORD_BEFORE_NAME_RE.search(text, max(0, start - WORD_BEFORE_REACH), start)
    if before is None and UNIFORMED_GROUP_RE.search(name):
        before = ORDINAL_BEFORE_NAME_RE.search(text, max(0, start - WORD_BEFORE_REACH), start)
    if before is None or not text.startswith(name.split(None, 1)[0], start):
        return name
    return f"{before[0].strip()} {name}"


def _without_post_head(name: str, text: str, end: int) -> str:
    """'Elmwood Unified School District Board' before 'Member Tanaka': the district, the board word its member's post
    (as 'Chamber of Commerce Executive' before 'Director'); a name whose own head is 'Board' stays whole."""
    body, _, head = name.rpartition(" ")
    if (
        head in ("Board", "Executive")
        and " " in body
        and ORG_WORD_END_RE.search(body)
        and POST_WORD_AFTER_RE.match(text, end)
    ):
        return body
    return name


# A speaker's full name (a given name first), "of", then a body printed in capitals or spelled out before its
# initials: "Jackie Bolden of JCUA", "Frank Chatman of Empowering Neighbors for Public Safety (ENPS) says" (a place or
# a post is printed so without them: "Jane Smith of Ashford", "Head of Finance").
SPEAKER_OF_BODY_RE = re.compile(
    r"(?<![\w'’.\-])(?P<given>[A-Z][a-z][\w'’\-]*)\s+[A-Z][a-z][\w'’\-]*\s+of\s+"
    r"(?:(?P<caps>[A-Z]{3,6})(?![\w&'’\-])(?!\s+\()"
    r"|(?P<words>[A-Z][\w'’\-]*(?:\s+(?:(?:for|of|and|&|the|in|on)\s+)?[A-Z][\w'’\-]*){1,7})\s+\((?P<initials>[A-Z]{2,6})\))"
)


def _bodies_of_speakers(text: str) -> list[str]:
    """Bodies a speaker is introduced by ("X Y of JCUA", "X Y of Words Spelled Out (WSO)"); the person comes first."""
    found = []
    for match in SPEAKER_OF_BODY_RE.finditer(text):
        if match["given"] not in GIVEN_NAMES:
            continue  # "Public Rights of PROW network": a thing's words, not a speaker
        if match["caps"]:
            if match["caps"] not in ACRONYM_STOP and match["caps"] not in TITLE_WORDS:
                found.append(match["caps"])
        elif _initials_of(match["words"]) == match["initials"]:
            found.append(match["words"])
    return found


BRACKETED_INITIALS_AT_RE = re.compile(r"(?:(?<!\s)\s++)?\(([A-Z][A-Z\-]{1,8})\)")


def _generic_with_own_initials(name: str, text: str, end: int) -> str | None:
    """'Community Police Advisory Board (C-PAB)': the words of a name that are generic body words only ('the police
    board' names no one body) name a body when its own initials follow them in brackets, as a named body's do
    ("the Commanding Officer and Community Police Advisory Board (C-PAB)": the board); a board, a commission or a
    panel, which a body sets up and names."""
    bracket = BRACKETED_INITIALS_AT_RE.match(text, end)
    words = name.split()
    if not bracket or words[-1] not in ("Board", "Commission", "Panel", "Partnership"):
        return None  # "Public Services Network (PSN)", "Mayoral Strategic Authority (MSA)": a thing, a kind of body
    for start in range(max(0, len(words) - 8), len(words) - 2):
        tail = words[start:]
        if (
            tail[0][0].isupper()
            and all(word.lower() in GENERIC_ORG_WORDS for word in tail)
            and bracket[1].replace("-", "") == _initials_of(" ".join(tail))
        ):
            return " ".join(tail)
    return None


OVERLAP_READ_LIMIT = 40  # names a paragraph gives; pairs are compared, so a long list is left as read


def _joined_overlaps(names: list[str], text: str) -> list[str]:
    """'Civilian Office of Police' and 'Office of Police Accountability' read out of 'the Civilian Office of Police
    Accountability': two readings of one name that share words, joined where the text prints them so."""
    joined = list(names)
    for first in names:
        for second in names:
            words = second.split()
            for size in range(len(words) - 1, 1, -1):
                shared = " ".join(words[:size])
                if first != second and first.endswith(" " + shared):
                    whole = first + second[len(shared) :]
                    after = re.match(r"\s+(?:and|&)\s+", second[len(shared) :])
                    if after and whole in text and known_organisations().fullmatch(first):
                        # "Comhairle nan Eilean Siar" and "Eilean Siar and Highland Council": a known body, then the
                        # next one after "and", not one name (round 84)
                        rest = second[len(shared) + after.end() :]
                        joined = [n for n in joined if n != second] + ([rest] if _org_name(rest) else [])
                    elif whole in text:
                        joined = [n for n in joined if n not in (first, second)] + [whole]
                    break
    return list(dict.fromkeys(joined))


def _drop_fragments(names: list[str], text: str = "") -> list[str]:
    """'Borough Council' inside 'Tonbridge & Malling Borough Council' is the same body, not another."""
    unique = list(dict.fromkeys(names))
    return [
        n
        for n in unique
        # 'Halesworth Library' beside 'Friends of Halesworth Library' is a body of its own
        if not any(n != other and n in other and _fragment_pattern(n).search(other) for other in unique)
        or _place_printed_alone(n, text)
        # "NHS" inside "Richmond Hospital NHS Trust" is that trust's word, not another body
        and not (
            n.isupper() and any(n != other and n in other and _inner_word_pattern(n).search(other) for other in unique)
        )
    ]


def _place_printed_alone(name: str, text: str) -> bool:
    """'Town of Ashby' printed on its own as well as in 'Town of Ashby Fire Department': the town is named too."""
    return bool(PLACE_BODY_START_RE.match(name)) and any(
        not CAPITALISED_AFTER_RE.match(text, at.end()) for at in re.finditer(rf"(?<![\w'’\-]){re.escape(name)}\b", text)
    )


@lru_cache(maxsize=4096)
def _fragment_pattern(name: str) -> re.Pattern[str]:
    """The name ending another (not after "of", "for", "the", "Deputy") or starting it."""
    escaped = re.escape(name)
    return re.compile(rf"(?:(?<!\bof\s)(?<!\bfor\s)(?<!\bthe\s)(?<!\bDeputy\s)\b{escaped}$|^{escaped}\b)")


@lru_cache(maxsize=4096)
def _inner_word_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\s{re.escape(name)}\s")


# Capitals that are not bodies, however they are used ("the AGM", "to AOB", "VAT has").
_ACRONYM_STOP_TEXT = """
    AGM EGM AOB AOCB ACV CIL VAT PDF TBC TBA FOI FOIA GDPR CCTV KPI KPIs ICT HR NB BST GMT CEO CFO COO MEP MP MSP
    OBE MBE CBE URL NII NAP API RAG SLA MOU LED ASB EQIA EIA FAQ ISBN ID IDs RSVP ETA ASAP WC DIY PPE RIP NPPF SEN
    SEND CSV XML JSON HTML TPO ANPR CPD DBS MOT PIN QR SMS USB WIFI UK USA EU GB NI UN PAYE NIC ISA RPI CPI GDP
    PLC LTD LLP CIC CIO AM PM YTD YOY FY Q1 Q2 Q3 Q4 TV PC PCs DVD CD IT AI CV CVs NHSE LGBT SME SMEs BAME EDI
    DPA DPIA NDA IPR SQL IOT SOS OK OCR GPS SUDS SuDS EV EVs HGV HGVs LGV MPH NOON NEET UASC VCS SEMH ADHD LAC CLA
    CYP SAR SARs EHE BSIP BRT LRT CAO DCS DASS SRO WFD VOTE HWRC HWRCs MCO SOS PUSS DPO SIRO DPH PCC DCC ACC
    UPRN USRN LLC INC CORP RFO MTFS EHCP UKSPF APM LNR CLG COVID TOR TORs CSE ACTION SID SIDs THAT THIS WHEREAS
"""

ACRONYM_STOP = frozenset(_ACRONYM_STOP_TEXT.split())
# Words in capitals a correspondence list prints before "Re:" that name the paper, not its sender
_CORRESPONDENCE_LABELS_TEXT = """
    ITEM ITEMS NOTE NOTES LETTER LETTERS EMAIL EMAILS MEMO REPORT MINUTE MINUTES AGENDA ACTION SUBJECT FROM
    CORRESPONDENCE QUESTION MOTION PAPER PETITION NOTICE INVITATION REQUEST RESPONSE REPLY UPDATE
"""
CORRESPONDENCE_LABELS = frozenset(_CORRESPONDENCE_LABELS_TEXT.split())


# Words around a run of capitals that make it a body: "a letter from SSE", "SBC’s Planning Committee",
# "BHA has not decided", "discussions with OCC", "the SBC website".
ACRONYM_BODY_RE = re.compile(
    r"(?:(?<!\bup\s)(?<!\bnext\s)\b(?:to|from|with|by|contact|contacted|contacting|between|via|and\s+the|approached|ask|"
    r"asked|inform|representing|member\s+of|members\s+of|behalf\s+of)\s+(?:the\s+)?(?:[A-Z][a-z]+/)?"  # "Highways/SCC"
    r"(?P<after_word>[A-Z][A-Z&]{2,7})\b"
    r"(?=\s*(?:[.,;:()]|$)|\s+(?:in|on|at|for|to|by|and|or|about|regarding|re|that|which|who|as|if|with|from|of|"
    r"asking|requesting|website|representatives?|officers?|staff|colleagues?|officials?)\b)"
    # "Each LGB will …", "an LGB has …": a kind of body, not one named
    r"|(?<![\w&'’\-])(?<!\b[Ee]ach\s)(?<!\b[Ee]very\s)(?<!\b[Aa]n\s)(?<!\b[Aa]\s)"
    r"(?P<before_word>[A-Z][A-Z&]{2,7})(?:['’]s\s+(?=[A-Za-z])|\s+(?:has|have|had|is|are|was|were|will|"
    r"would|can|could|should|agreed|said|confirmed|stated|reported|advised|responded|replied|discussed|announced|"
    r"published|showed|shows|website|representatives?|officers?|staff|colleagues?|area|officials?|"
    # a correspondence list's sender: "4.4 AMO Re: Annual Conference Guestroom Booking"
    r"Re(?=:)|"
    # (not a "Conference Room": "at the USDA Service Center Conference Room" is a place)
    r"[Nn]ewsletter|[Cc]onference(?!\s+[Rr]oom)|[Cc]onsultation|[Mm]eeting|[Aa]greement|[Bb]ulletin|"
    r"(?:[A-Z][a-z]+\s+){1,3}(?:Newsletter|Conference(?!\s+[Rr]oom)|Consultation|Bulletin))\b))"
)


# "the MPS, LFB and LAS", "The ICB and the HWB": capitals listed with a body's are bodies too
COORDINATED_ACRONYMS_RE = re.compile(
    r"(?<![\w&'’\-])[A-Z][A-Z&]{2,7}(?:(?:,\s*|,?\s+(?:and|or|&)\s+)(?:the\s+)?[A-Z][A-Z&]{2,7}(?![\w&'’\-]))+"
)

ACRONYM_WORD_RE = re.compile(r"[A-Z][A-Z&]{2,7}")


def _coordinated_bodies(text: str, found: list[str], not_bodies: set[str]) -> list[str]:
    """Capitals listed with a body's capitals ("the MPS, LFB and LAS" once "MPS" is a body): bodies as well."""
    return _acronyms_listed_with(
        text, COORDINATED_ACRONYMS_RE, ACRONYM_WORD_RE, lambda member: member in found, found, not_bodies
    )


def _acronyms_listed_with(
    text: str,
    run_re: re.Pattern[str],
    member_re: re.Pattern[str],
    is_body: Callable[[str], bool],
    found: list[str],
    not_bodies: set[str],
) -> list[str]:
    """The members of each list of capitals ``run_re`` finds that holds one ``is_body`` accepts, other than those
    already ``found``, stop-listed, people's initials (``not_bodies``) or titles."""
    more: list[str] = []
    for run in run_re.finditer(text):
        members = member_re.findall(run[0])
        if not any(is_body(member) for member in members):
            continue
        more += [
            member
            for member in members
            if member not in found
            and member not in more
            and member not in ACRONYM_STOP
            and member not in not_bodies
            and member not in TITLE_WORDS
        ]
    return more


# not a code in a list or a column ("Polling Districts: RBC PDC"), not spelled out in brackets
CAPITALS_RUN_RE = re.compile(r"[A-Z][A-Z&]{2}")

COUNCIL_ACRONYM_RE = re.compile(
    r"(?<![\w&'’\-/.(:])(?<!:\s)(?<![A-Z][A-Z]\s)([A-Z]{1,3}(?:CC|DC|BC))(?![\w&'’\-)])(?!\s+[A-Z]{2,}\b)"
)


def _spelled_acronyms(texts: list[str]) -> set[str]:
    """Capitals the document spells out ("Local Electric Vehicle Infrastructure (LEVI)", "post legislative
    scrutiny (PLS)"): the full name is what the document names, an organisation or not."""
    spelled = set()
    for text in texts:
        for words_text, acronym in spelled_out_candidates(text):
            words = [w for w in words_text.split() if w.lower() not in {"of", "and", "for", "the", "&", "in", "on"}]
            letters = "".join(c for c in acronym if c.isupper())
            initials = "".join(w[0] for w in words).upper()
            if len(letters) <= len(words) and initials[-len(letters) :] == letters:
                spelled.add(acronym)
            elif len(words) >= 2 and letters.endswith(initials[-2:]) and PLAN_WORD_RE.search(words_text):
                spelled.add(acronym)  # "the Kent Commissioning Plan" printed as "Commissioning Plan (KCP)"
        if CAPITALS_RUN_RE.search(text):
            spelled |= _run_on_acronyms(text)
    return spelled


# What a spelled-out name ending so names is a thing, not a body: "Tenant Satisfaction Measures (TSM)", "Local
# Electric Vehicle Infrastructure (LEVI)", "Community Infrastructure Levy (CIL)", "Postcode Address File (PAF)".
SPELLED_THING_END_RE = re.compile(
    r"\b(?:Measures?|Infrastructure|Levy|Zones?|Areas?|Orders?|Regulations?|Notices?|Statements?|Surveys?|Systems?|"
    r"Index|Model|Tools?|Registers?|Accounts?|Allowances?|Credits?|Grants?|Payments?|Charges?|Rates?|Tests?|"
    r"Targets?|Indicators?|Priorities|Objectives?|Routes?|Roads?|Lanes?|Paths?|Sites?|Centres?|Parks?|Files?|Data|"
    r"Datasets?|Database|Lists?|Tables?|Maps?|Codes?|Forms?|Records?|Returns?|Directory|Guides?|Books?)$"
)


def _name_the_capitals_spell(words_text: str, acronym: str) -> str | None:
    """'Tamar Valley Water' of 'The Consumer Council … challenged Tamar Valley Water (TVW)': the last capitalised
    words whose initials are the capitals, joining words between them kept; None when they do not fit."""
    words = words_text.split()
    taken: list[str] = []
    letters = [c for c in acronym if c.isupper()]
    while words and len([w for w in taken if w.lower() not in NAME_JOINERS]) < len(letters):
        word = words.pop()
        if word.lower() not in NAME_JOINERS and not word[0].isupper():
            return None
        taken.insert(0, word)
    while taken and taken[0].lower() in NAME_JOINERS:
        taken.pop(0)
    initials = [w[0] for w in taken if w.lower() not in NAME_JOINERS]
    return " ".join(taken) if len(taken) >= 2 and initials == letters else None


def spelled_out_bodies(texts: list[str], not_bodies: set[str]) -> dict[str, str]:
    """Names with no body word the document spells out before capitals it then prints as a body's ("Severn Vale
    Water (SVW) … SVW's assets", "… (CWH). CWH has agreed"): {capitals: full name}; the full name is the body.
    ``not_bodies`` holds the capitals not to read as bodies (people's initials, capitals spelled out)."""
    spelled: dict[str, str] = {}
    for text in texts:
        for words_text, acronym in spelled_out_candidates(text):
            name = _name_the_capitals_spell(words_text, acronym)
            if name and not (
                PLAN_WORD_RE.search(name) or SPELLED_THING_END_RE.search(name) or ORG_WORD_END_RE.search(name)
            ):
                spelled.setdefault(acronym, name)
    if not spelled:
        return {}
    # only paragraphs that print the capitals can read them as a body's (the caller reads every paragraph's
    # acronyms once more, with the capitals spelled out left out)
    allowed = not_bodies - set(spelled)
    read = {
        name for text in texts if any(acronym in text for acronym in spelled) for name in acronym_bodies(text, allowed)
    }
    return {acronym: name for acronym, name in spelled.items() if acronym in read}


RUN_ON_CAPITALS_RE = re.compile(r"(?<= )[A-Z]{2,6}(?![a-z])")


def _run_on_acronyms(text: str) -> set[str]:
    """Capitals printed straight after the words they stand for, without brackets: "Auditor Guidance Note
    AGN/02", "Open Data User Group ODUG"."""
    found: set[str] = set()
    for match in RUN_ON_CAPITALS_RE.finditer(text):
        capitals, start = match[0], match.start()
        if capitals in found or start < 2:
            continue
        word_start = text.rfind(" ", 0, start - 1) + 1
        if text[word_start] != capitals[-1]:  # the word before must give the last letter: most runs stop here
            continue
        initials = []
        for word in reversed(text[max(0, start - 80) : start].split()):
            if word.lower() in NAME_JOINERS:
                continue
            if not (word[0].isupper() and (word[-1].isalnum() or word[-1] in "’'")):
                break
            initials.append(word[0])
            if len(initials) == len(capitals):
                break
        if "".join(reversed(initials)) == capitals:
            found.add(capitals)
    return found


PLAN_WORD_RE = re.compile(
    r"\b(?:Plan|Plans|Strategy|Programme|Program|Scheme|Fund|Framework|Policy|Review|Assessment|Agreement|Act|Report|"
    r"Initiative|Project|Standards?)\s*$"
)

PARENTHESISED_CAPITALS_RE = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")


def _is_name_char(char: str) -> bool:
    return char.isalnum() or char in "_’'-"


def spelled_out_candidates(text: str, max_words: int = 10) -> Iterator[tuple[str, str]]:
    """(up to ten words, capitals) for each "words words (CAPS)" in the text, as the regex
    ``((?:[\\w’'\\-]+\\s+){1,10})\\(([A-Z][A-Za-z&]{1,7})\\)`` finds them, but walking back from each
    bracket instead of trying the words at every position (which is slow on long packs)."""
    floor = 0  # matches do not overlap: the words of one start after the bracket of the last
    for match in PARENTHESISED_CAPITALS_RE.finditer(text):
        start = position = match.start()
        if start < floor:
            continue
        for _ in range(max_words):
            gap = position
            while gap > floor and text[gap - 1].isspace():
                gap -= 1
            word = gap
            while word > floor and _is_name_char(text[word - 1]):
                word -= 1
            if gap == position or word == gap:
                break
            start = position = word
        if start < match.start():
            yield text[start : match.start()], match[1]
            floor = match.end()


# Capitals listed together, two letters and more, a lower-case letter allowed inside: "DH, MoJ, DfE, HO and DWP".
ACRONYM_LIST_MEMBER = r"[A-Z](?:[a-z]?[A-Z]){1,6}"
ACRONYM_LIST_RE = re.compile(
    rf"(?<![\w&'’\-]){ACRONYM_LIST_MEMBER}(?:(?:,\s*|,?\s+(?:and|or|&)\s+){ACRONYM_LIST_MEMBER}(?![\w&'’\-]))+"
)
ACRONYM_LIST_MEMBER_RE = re.compile(rf"(?<![\w&'’\-]){ACRONYM_LIST_MEMBER}(?![\w&'’\-])")


@lru_cache(maxsize=1)
def known_acronyms() -> frozenset[str]:
    """The acronyms data/organisations.txt gives its bodies ("DfE", "MoJ", "DWP")."""
    member = re.compile(ACRONYM_LIST_MEMBER)
    return frozenset(name for group in organisation_groups() for name in group[1:] if member.fullmatch(name))


def _listed_with_known_acronyms(text: str, not_bodies: set[str]) -> list[str]:
    """'Departments: DH, MoJ, DfE, HO', 'DH and MoJ to provide': capitals listed with a known body's acronym
    are bodies too, unless they are people's initials."""
    known = known_acronyms()
    return _acronyms_listed_with(
        text, ACRONYM_LIST_RE, ACRONYM_LIST_MEMBER_RE, lambda member: member in known, [], not_bodies
    )


# The names listed after a body's: "the Suffolk Chamber of Commerce, LEP, Media, UCS and other …".
LIST_AFTER_BODY_RE = re.compile(
    r"(?:(?:,\s*+|,?+(?<!\s)\s++(?:and|&)\s++)(?:the\s++)?[A-Z][\w&'’\-]*+(?:\s++[A-Z][\w&'’\-]*+){0,3})+"
)
LISTED_ACRONYM_RE = re.compile(r"(?<=[\s,])[A-Z][A-Z&]{2,7}(?![\w&'’\-])")


def acronyms_listed_after_bodies(text: str, bodies: list[str], not_bodies: set[str]) -> list[str]:
    """Capitals listed after a body's name are bodies too ("invited representatives from the Suffolk Chamber of
    Commerce, LEP, Media, UCS"), unless stop-listed, titles or people's initials."""
    found: list[str] = []
    for body in bodies:
        at = text.find(body)
        run = LIST_AFTER_BODY_RE.match(text, at + len(body)) if at >= 0 else None
        for acronym in LISTED_ACRONYM_RE.findall(run[0]) if run else ():
            if not (acronym in ACRONYM_STOP or acronym in not_bodies or acronym in TITLE_WORDS or acronym in found):
                found.append(acronym)
    return found


# A plan's lead cell printed as a label ("Lead: KCC / Kent Police", "Lead organisation: CSP", "Lead agencies: ICB, DWP")
# up to the row's next column (three spaces), a semicolon or the line's end (round 82).
LEAD_CELL_RE = re.compile(
    r"(?<![\w'’\-])(?:Lead(?:\s+(?:[Oo]rganisations?|[Aa]genc(?:y|ies)|[Pp]artners?|[Bb]od(?:y|ies)))?|"
    r"Responsible\s+(?:[Oo]rganisations?|[Aa]genc(?:y|ies)|[Bb]od(?:y|ies))|Delivery\s+[Pp]artners?)\s*:\s+"
    r"(?P<cell>[^:;]+?)(?=\s{3}|\s*;|\s*$|\s+[A-Z][a-z]+(?:\s+[a-z]+)?\s*:)"  # "… Lead: CSP Due: April 2025"
)
LEAD_CELL_PART_RE = re.compile(r"(?:(?<!\s)\s++)?(?:/|,|&|\+|\band\b)\s*+")


def lead_cell_acronyms(text: str, not_bodies: set[str]) -> list[str]:
    """Bodies a plan's lead cell names only by their capitals ("Lead: KCC / Kent Police" gives "KCC", "Lead: CSP"
    gives "CSP"): three to seven capitals alone between the cell's separators, never a person's initials."""
    found = []
    for match in LEAD_CELL_RE.finditer(text):
        for part in LEAD_CELL_PART_RE.split(match["cell"].strip()):
            if (
                re.fullmatch(r"[A-Z][A-Z&]{2,6}", part)
                and part not in ACRONYM_STOP
                and part not in not_bodies
                and part not in TITLE_WORDS
                and part not in found
            ):
                found.append(part)
    return found


def acronym_bodies(text: str, not_bodies: set[str]) -> list[str]:
    """Bodies named only by their capitals, told by the words around them; ``not_bodies`` holds people's
    initials ("JRB will send ...")."""
    found: list[str] = _listed_with_known_acronyms(text, not_bodies) if "," in text or " and " in text else []
    if not CAPITALS_RUN_RE.search(text):  # both patterns need three capitals in a row: most prose has none
        return found
    for match in ACRONYM_BODY_RE.finditer(text):
        acronym = match["after_word"] or match["before_word"]
        if acronym.endswith("&") or acronym in ACRONYM_STOP or acronym in not_bodies or acronym in TITLE_WORDS:
            continue
        if match[0].endswith("Re") and acronym in CORRESPONDENCE_LABELS:
            continue  # "LETTER Re: Parking": the kind of paper, not its sender
        if acronym not in found:
            found.append(acronym)
    if ":" in text:
        found += [name for name in lead_cell_acronyms(text, not_bodies) if name not in found]
    if found:
        found += _coordinated_bodies(text, found, not_bodies)
    # "OCC", "CDC", "TWBC": a county, district or borough council by its initials, whatever the words around
    if "CC" in text or "DC" in text or "BC" in text:
        found += [
            m[1]
            for m in COUNCIL_ACRONYM_RE.finditer(text)
            if m[1] not in ACRONYM_STOP and m[1] not in not_bodies and m[1] not in found
        ]
    return found


def list_runs(paragraph: Paragraph, text: str) -> list[str]:
    """The paragraph cut where a short line is followed by one starting with a capital: the entries of a
    list ("SBC – Green Spaces Strategy / Notice of Low Flying Exercises / Forestry Commission – …"), which
    run together into one paragraph; prose wraps its lines near the right edge and stays whole."""
    lines = paragraph.lines
    if len(lines) < 3:
        return [text]
    right = max(line.x1 for line in lines)
    width = right - min(line.x0 for line in lines)
    runs, current = [], [lines[0].text.strip()]
    for line, following in zip(lines, lines[1:], strict=False):
        if line.x1 < right - 0.2 * width and re.match(r"[A-Z•▪●◦\-–]", following.text.strip()):
            runs.append(" ".join(current))
            current = []
        current.append(following.text.strip())
    runs.append(" ".join(current))
    # a list breaks at most of its lines; a narrow table cell only now and then ("plans with Innovate / UK")
    return runs if len(runs) >= 3 and len(runs) - 1 >= 0.6 * (len(lines) - 1) else [text]


LOWER_CASE_WORD_RE = re.compile(r"(?<![\w.@])[a-z]+(?![\w@]|\.\w)")


def lower_case_words(texts: list[str]) -> set[str]:
    """Words the document prints in lower case (not in addresses or web links)."""
    return {word for text in texts for word in LOWER_CASE_WORD_RE.findall(text)}


def _without_common_word_surnames(mentions: list[Mention], lower_words: set[str]) -> list[Mention]:
    """'Joyce Website': a given name before a capitalised word the document also prints in
    lower case is not a person, unless another rule names someone of that surname."""
    surnames = {
        m.name.split()[-1]
        for m in mentions
        if m.kind == "person" and m.provenance.method not in {"rule:given-name", "rule:post-title"}
    }
    return [
        mention
        for mention in mentions
        if (
            mention.provenance.method != "rule:given-name"
            or (surname := mention.name.split()[-1]).lower() not in lower_words
            or surname in surnames
        )
        and (
            mention.provenance.method != "rule:post-apposition"
            or not any(word.lower() in lower_words for word in mention.name.split())
        )
        # "Clerk Salary": a lone word after a post, printed in lower case elsewhere, names no one
        and (
            mention.provenance.method != "rule:post-title"
            or len(mention.name.split()) > 1
            or mention.name.lower() not in lower_words
            or mention.name in surnames
        )
    ]


# Heads of a council's own units and of things named like bodies ("Public Health Service", "Delivery Unit",
# "Stakeholder Group", "Social Network", "Streetlight Energy", "Education and Highways").
UNIT_HEADS = {"Service", "Services", "Team", "Unit", "Group", "Network", "Energy", "Highways", "Libraries", "Hub"}

# What a group of a body that advises or steers it is called: "Staff Advisory Group", "Road Safety Working Group".
GOVERNANCE_GROUP_WORDS = {"Advisory", "Steering", "Working", "Liaison", "Reference", "Consultative", "Oversight"}

NAME_JOINERS = {"and", "of", "for", "the", "&", "in", "on"}


def _without_common_word_units(
    mentions: list[Mention], lower_words: set[str], texts: Sequence[str] = ()
) -> list[Mention]:
    """'Public Health Service', 'Stakeholder Group', 'Education and Highways': a service, team or group named
    only in words the document also prints in lower case ("public health", "stakeholder") describes a
    unit or an activity, not a named body; 'Kent Fostering Service' and 'Labour Group' keep a proper name.
    Names from the organisations list, attendance lists and the document's own body are kept, as is one the
    document gives its initials ("the Care Leaving Service (CLS)"): an activity gets no acronym, a service does."""

    def common(word: str) -> bool:
        word = re.sub(r"[’']s$", "", word.strip(",").lower())
        # "Partnerships" beside "partnership", "Carers" beside "carer": the same word
        return word in lower_words or (word.endswith("s") and word[:-1] in lower_words) or f"{word}s" in lower_words

    kept = []
    for mention in mentions:
        words = [word for word in mention.name.split() if word.lower() not in NAME_JOINERS]
        if (
            mention.kind == "organisation"
            and mention.provenance.method in ("rule:organisation-name", "rule:heading-body")
            and len(words) >= 2
            and words[-1] in UNIT_HEADS
            and all(common(word) for word in words[:-1])
            and not _governance_group(words)
            and not _printed_with_its_initials(mention.name, texts)
            and not known_organisations().fullmatch(mention.name)
            and not _named_as_actor(mention.name, texts)
            and not COUNCILS_NETWORK_RE.fullmatch(mention.name)  # "County Councils Network" beside "county councils"
        ):
            continue
        kept.append(mention)
    return kept


def _named_as_actor(name: str, texts: Sequence[str]) -> bool:
    """'Children’s Services, who complete checks': a service the document names as the actor somewhere, a body
    however often its words are printed in lower case (stop 32)."""
    return any(name in own_services_as_actors(text) for text in texts if name in text)


def _printed_with_its_initials(name: str, texts: Sequence[str]) -> bool:
    """'Strengthening Independence Service (SIS)': the name, then its own initials in brackets."""
    bracketed = f"({_initials_of(name)})"
    printed = f"{name} {bracketed}"
    # only the pages that print the initials are read with their spacing evened
    return any(printed in " ".join(text.split()) for text in texts if bracketed in text)


def _governance_group(words: list[str]) -> bool:
    """'Staff Advisory Group' (README stop 22: another group of the body) names what the group advises on, then
    its kind; a bare 'Working Group' or a 'Carers Support Group' session names no one group."""
    return len(words) >= 3 and words[-1] == "Group" and words[-2] in GOVERNANCE_GROUP_WORDS


STATUS_WORDS = {"Red", "Amber", "Green", "Open", "Closed", "Ongoing", "Complete", "Completed", "Done", "Pending"}


def _without_leading_label(mentions: list[Mention], lower_words: set[str]) -> list[Mention]:
    """'Agreed Kent County Council', 'Ongoing Home Office', 'Green Department for Transport': a verb or a status
    opening a sentence or a table cell, read into the body's name after it. Dropped when it is a verb form the
    document also prints in lower case before a proper name, or when what follows is a body the list names."""
    kept = []
    for mention in mentions:
        words = mention.name.split()
        if (
            mention.kind == "organisation"
            and mention.provenance.method in ("rule:organisation-name", "rule:heading-body")
            and len(words) >= 3
            and not known_organisations().fullmatch(mention.name)
        ):
            rest = " ".join(words[1:])
            first = words[0]
            common = first.lower() in lower_words or first in STATUS_WORDS  # not a place: "Kent Probation Service"
            if (common and first not in PLACE_FIRST_WORDS and known_organisations().fullmatch(rest)) or (
                re.fullmatch(r"[A-Z][a-z]+(?:ed|ing)", first)
                and first.lower() in lower_words
                and words[1].lower() not in lower_words
                and words[1] not in PLACE_FIRST_WORDS
            ):
                mention = mention.model_copy(update={"name": rest})
        kept.append(mention)
    return kept


TEAM_HEADS = {"Team", "Teams", "Unit"}

# "Arun District Council Community Safety Team": a council's team is no body, the council is (README stop 25); a
# team named after another kind of body ("Cabinet Office Transparency Team") is kept, as the dev golds list it
COUNCIL_OF_TEAM_RE = re.compile(
    r"(?<![\w'’\-])((?:[A-Z][\w'’\-]*+ ){1,4}Council) (?:[A-Z][\w'’\-]*+ ){1,4}(?:Team|Teams|Unit)"
)

ORG_WORD_RE = re.compile(rf"(?:{ORG_WORD})")


def _council_initials_opening(words: list[str], word: str) -> bool:
    """'WDC Communities Team': a council's initials opening a team's name (a team of that council, no body)."""
    return word == words[0] and bool(re.fullmatch(r"[A-Z]{1,3}(?:CC|DC|BC)", word))


def _without_internal_teams(mentions: list[Mention], lower_words: set[str]) -> list[Mention]:
    """'Elective Home Education Team', 'Commissioning Unit': a team or unit of the council itself, named only by
    what it does, is not an organisation. One named with a body ('Cabinet Office Transparency Team'), an
    acronym or a proper name the document gives another body or a person ('Kent Fostering Team' beside
    'Kent County Council') is kept, as is a name from the organisations list. A body's first word the document
    also prints in lower case ("Health and Wellbeing Scrutiny Committee" beside "health") is no place."""
    proper = {
        word
        for m in mentions
        if m.kind == "person" or m.name.split()[-1] not in TEAM_HEADS
        for word in m.name.split()[: 1 if m.kind == "organisation" else None]  # a body's first word: its place
        if m.kind == "person" or word.lower() not in lower_words
    }
    kept = []
    for mention in mentions:
        if mention.kind == "organisation" and (council := COUNCIL_OF_TEAM_RE.fullmatch(mention.name)):
            mention = mention.model_copy(update={"name": council[1]})
        words = mention.name.split()
        if (
            mention.kind == "organisation"
            and mention.provenance.method in ("rule:organisation-name", "rule:heading-body")
            and len(words) >= 2
            and words[-1] in TEAM_HEADS
            and not any(
                (ORG_WORD_RE.fullmatch(word) and word not in UNIT_HEADS)  # "Highways Asset Management Team"
                or (
                    re.fullmatch(r"[A-Z]{2,6}s?", word)
                    and not _council_initials_opening(words, word)
                    and word not in ACRONYM_STOP  # "ICT Infrastructure Team": a kind of work's capitals (round 87)
                )
                or word in proper
                for word in words[:-1]
                if word.lower() not in NAME_JOINERS
            )
            and not known_organisations().fullmatch(mention.name)
        ):
            continue
        kept.append(mention)
    return kept


def _without_trailing_words(mentions: list[Mention], texts: list[str]) -> list[Mention]:
    """'Mr Gough Seconded the motion' names Gough: when a titled name's last word is printed in lower case
    elsewhere in the document (an ordinary word) and the word before it is a known surname, drop it."""
    lower_words = {word for text in texts for word in re.findall(r"\b[a-z]+\b", text)}
    surnames = {m.name.split()[-1] for m in mentions if m.kind == "person" and len(m.name.split()) >= 2}
    result = []
    for mention in mentions:
        words = mention.name.split()
        if (
            mention.kind == "person"
            and mention.provenance.method == "rule:titled-name"
            and len(words) >= 2
            and words[-1].lower() in lower_words
            and words[-2] in surnames
        ):
            mention = mention.model_copy(update={"name": " ".join(words[:-1])})
        result.append(mention)
    return result


TRAILING_CAPITALS_RE = re.compile(r"\s([A-Z]{2,3})$")


def _without_owner_initials(mentions: list[Mention], texts: list[str]) -> list[Mention]:
    """'place order with Kompan      AS': a supplier's name run into the margin's initials of the action's owner,
    where the document prints the same capitals as an actor ("AS to place the order"): the supplier is 'Kompan'."""
    result = []
    for mention in mentions:
        tail = TRAILING_CAPITALS_RE.search(mention.name)
        if tail and mention.provenance.method == "rule:supplier-slot":
            actor = re.compile(rf"(?<![\w&'’\-]){tail[1]}\s+to\s+[a-z]")
            if any(actor.search(text) for text in texts):
                mention = mention.model_copy(update={"name": mention.name[: tail.start()]})
        result.append(mention)
    return result


# "£300.00 from Cricket Club", "the Bowls Club area", "Village Volunteers": a kind of local club or group named by no
# place or name of its own is a generic word, not a named body ("Brackley Town Football Club" is one).
GENERIC_LOCAL_BODY_RE = re.compile(
    r"(?:Bowls|Bowling|Cricket|Football|Tennis|Golf|Rugby|Darts|Hockey|Netball|Angling|Sports|Social|Youth|Garden"
    r"|Gardening)\s+Club|(?:Village|Community)\s+Volunteers"
)


ATTENDANCE_LINE_HEAD_RE = re.compile(
    r"(?:(?<!\s)\s++)?(?:Apologies|Present|In\s++attendance|Also\s++(?:present|in\s++attendance)|Absent|Attendees)\b"
    r"(?!\s++[A-Z])"
)

SENTENCE_END_RE = re.compile(r"\s[a-z]+\.$")


def _tidy_organisations(
    mentions: list[Mention], pages: list[PageLayout], texts: list[str], facts: DocumentFacts | None = None
) -> list[Mention]:
    """Drop the meeting's own board or panel (named in the page-1 heading), an acronym whose full name is
    also printed ("Local Government Association (LGA)" / "LGA"), and a person's name run into a body's.
    ``facts`` are the pages' document facts where the caller has them (else they are computed here)."""
    people = sorted({m.name for m in mentions if m.kind == "person" and _is_full_name(m.name)}, key=len, reverse=True)
    from ..segment import document_facts, heading_lines

    # the page-1 heading without its attendance rows ('Adam Moody   Youth Justice Board' is a guest's body)
    # nor a line of attendance under it ("Apologies were received from … Clarion Housing Group.": another body, round
    # 82)
    # nor a sentence of the minutes' first item, of eight words or more ending in a lower-case word and a full stop
    heading_texts = [
        _title_case_heading(text)
        for text in heading_lines(pages, 4)
        if not ATTENDANCE_LINE_HEAD_RE.match(text) and not (len(text.split()) >= 8 and SENTENCE_END_RE.search(text))
    ]
    heading = " ".join(heading_texts)

    facts = (facts or document_facts(pages)) if pages else None
    committee = facts.committee if facts else None
    own = {
        name
        # a report held by no meeting ("Cherwell District Council - January 2026") has no own committee
        for name in [
            # "Conservative Group: Councillors …" under a summons' heading labels a list of members
            *(
                name
                for name in (
                    map(_before_label, organisation_names(heading))
                    if facts and facts.doc_type not in ("report", "other")
                    else []
                )
                if f"{name}:" not in heading
            ),
            committee or "",
        ]
        if HEADING_OWN_BODY_RE.search(name) and _heads_its_meeting(name, heading_texts, committee)
    }
    own |= {match["body"] for text in texts[:6] for match in CALLED_TO_ORDER_RE.finditer(text)}
    names = {m.name for m in mentions if m.kind == "organisation"}
    aliases = _organisation_aliases(texts, names)
    plain = {_apostrophes(name) for name in names}  # "Information Commissioner’s Office" as the list's "'"
    own |= {name for name in names if _same_body_council(name, names)}
    # "KCC" beside "Kent County Council", "CPP" in the Corporate Parenting Panel's minutes: the same body
    # a body read with its heading's label ("Minutes of Ashby Bowls Club") is the body after the label
    # and without its paper's word after it ("Ashdale Water Board Meeting": the board)
    body = TRAILING_PAPER_RE.sub("", LABEL_BEFORE_BODY_RE.sub("", facts.body)) if facts and facts.body else None
    spelled_out: dict[str, set[str]] = {}
    for name in names | own | {committee or "", body or ""}:
        if len(name.split()) >= 2:
            spelled_out.setdefault(_initials_of(name), set()).add(name)
        # "ASCH" beside "Adult Social Care and Health Directorate": the initials of its name without the unit's kind
        if (unit := UNIT_KIND_END_RE.search(name)) and len(name[: unit.start()].split()) >= 2:
            spelled_out.setdefault(_initials_of(name[: unit.start()]), set()).add(name)
    own |= {
        name
        for name in names
        if re.fullmatch(r"[A-Z]{2,6}", name)
        and name in spelled_out
        and not _listed_for_another(name, spelled_out[name])
    }
    own |= {name for name in names if body and name != body and _names_the_body(name, body)}
    legal_body = _body_with_legal_form(body, names, texts)
    own.discard(legal_body or "")
    own |= {name for name in names if body and re.fullmatch(r"[A-Z]{2,6}", name) and name in body.split()}  # "IPS"
    # "MBC" read alone inside "Kelmarsh MBC": the council's name without its place
    own |= {name for name in names if COUNCIL_ACRONYM_RE.fullmatch(name) and any(o.endswith(f" {name}") for o in names)}
    kept = []
    for mention in mentions:
        if mention.kind == "organisation":
            name = _without_titled_person(_body_of_club_board(mention.name), people)
            for person in people:
                if name.startswith(person + " ") and NAMED_AFTER_RE.fullmatch(name[len(person) + 1 :]):
                    break  # "Harold Penn Charitable Trust": a trust named after its founder
                if name.startswith(person + " ") or name.startswith(person + ", "):
                    name = _org_name(name[len(person) :].lstrip(" ,")) or ""
                    break
            if (
                not name
                # "the Planning committee" in the Planning Committee's minutes: its own, the head in lower case
                or any(o.casefold() == name.casefold() or o.casefold().endswith(" " + name.casefold()) for o in own)
                or (_apostrophes(aliases.get(name)) in plain and _apostrophes(aliases.get(name)) != _apostrophes(name))
                or (
                    re.fullmatch(r"[A-Z]{2,8}", name)  # "HMLR" beside "Land Registry": one body the list names
                    and any(other != name and _apostrophes(other) in plain for other in _listed_names().get(name, ()))
                )
            ):
                continue
            if GENERIC_LOCAL_BODY_RE.fullmatch(name):
                continue
            if name == "Cabinet" and not (facts and facts.doc_type == "minutes"):
                continue  # a report's or an agenda's "decision of Cabinet": the executive, as the Kent golds have it
            if name.endswith(" Cabinet Committee") and facts and facts.doc_type == "report":
                continue  # a report's decision pathway ("endorsed by the … Cabinet Committee"): the Kent report golds
            if name.endswith(" Council") and any(name[: -len(" Council")].endswith(p) for p in people):
                continue  # "Delegation: Patricia Byers Council received …": a person, then the council
            name = _body_of_own_board(name, committee, heading_texts)
            if name != mention.name:
                mention = mention.model_copy(update={"name": name})
            if name == legal_body:
                provenance = mention.provenance.model_copy(update={"method": BODY_LEGAL_FORM_METHOD})
                mention = mention.model_copy(update={"provenance": provenance})
        kept.append(mention)
    return _with_one_form_per_body(_without_inner_names(_with_initialisms_spelled_out(kept, texts), texts))


# "The O&S Committee", "F&A Committee": two initials joined by an ampersand, then the kind of body
AMPERSAND_INITIALISM_RE = re.compile(r"([A-Z])&([A-Z])\s+(Committee|Sub-Committee|Board|Panel|Group|Forum)")


def _spelled_out_initialism(initials: tuple[str, str], texts: list[str]) -> str | None:
    """The one pair of capitalised words the document prints for 'O&S' ("Overview and Scrutiny", "Finance &
    Audit"), as printed; None when it prints none or more than one."""
    first, second = initials
    words = re.compile(rf"(?<![\w'’\-]){first}[a-z]+\s+(?:and|&)\s+{second}[a-z]+(?![\w'’\-])")
    found = {" ".join(match[0].split()) for text in texts for match in words.finditer(text)}
    return found.pop() if len(found) == 1 else None


def _with_initialisms_spelled_out(mentions: list[Mention], texts: list[str]) -> list[Mention]:
    """'O&S Committee' beside the heading 'Overview and Scrutiny' is the Overview and Scrutiny Committee: a body
    whose initials the document also spells out is named in full (README round 2), as the golds compose it."""
    result = []
    for mention in mentions:
        short = AMPERSAND_INITIALISM_RE.fullmatch(mention.name) if mention.kind == "organisation" else None
        if short and (full := _spelled_out_initialism((short[1], short[2]), texts)):
            mention = mention.model_copy(update={"name": f"{full} {short[3]}"})
        result.append(mention)
    return result


def _spans(name: str, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w&'’\-]){re.escape(name)}(?![\w&'’\-])", text)]


def _without_inner_names(mentions: list[Mention], texts: list[str]) -> list[Mention]:
    """'Department of Health' read inside 'Nebraska Department of Health and Human Services' wherever the text
    prints it: the longer name is the body, not another one inside it."""
    names = {m.name for m in mentions if m.kind == "organisation"}
    inner = set()
    for name in names:
        longer = [other for other in names if other != name and re.search(rf"\b{re.escape(name)}\b", other)]
        if not longer:
            continue
        spans = [(text, span) for text in texts if name in text for span in _spans(name, text)]
        covering = {id(text): [s for other in longer for s in _spans(other, text)] for text, _ in spans}
        if spans and all(
            any(start <= span[0] and span[1] <= end for start, end in covering[id(text)]) for text, span in spans
        ):
            inner.add(name)
    return [m for m in mentions if m.kind != "organisation" or m.name not in inner]


VARIANT_DROP_WORDS = frozenset({"and", "&", "the"})


def _variant_key(name: str) -> tuple[str, ...]:
    """'East Kent Hospitals Trust' and 'East Kent Hospital Trust', 'Finance & Audit Committee' and 'Finance and
    Audit Committee', 'Health Overview Scrutiny Committee' and 'Health Overview and Scrutiny Committee': one key."""
    words = [POSSESSIVE_END_RE.sub("", word) for word in name.replace("’", "'").lower().split()]
    singular = (_singular(word) for word in words)
    return tuple(word for word in singular if word not in VARIANT_DROP_WORDS)


def _singular(word: str) -> str:
    """'libraries' -> 'library', 'hospitals' -> 'hospital' (a name's plural and singular forms share one key)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _one_letter_dropped(longer: str, shorter: str) -> bool:
    return len(longer) == len(shorter) + 1 and any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _misspelt_form(key: tuple[str, ...], keys: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """'Kent Conty Council' beside 'Kent County Council': one word of five letters or more lacks one letter."""
    for other in keys:
        if len(other) != len(key) or other == key or len(key) < 2:
            continue
        differing = [(a, b) for a, b in zip(other, key, strict=True) if a != b]
        if len(differing) == 1 and len(differing[0][1]) >= 4 and _one_letter_dropped(*differing[0]):
            return other
    return None


def _with_one_form_per_body(mentions: list[Mention]) -> list[Mention]:
    """A body printed in two forms of its name (a plural, an "&" for "and", a dropped "and", a letter missing) is
    one organisation, named in the form printed most often; where the counts tie, the fuller form (more words,
    "and" for "&"), else the form printed first ("Library and …" before "Libraries and Registration Service")."""
    forms: dict[tuple[str, ...], Counter[str]] = {}
    first_seen: dict[str, int] = {}
    for index, mention in enumerate(mentions):
        if mention.kind == "organisation":
            forms.setdefault(_variant_key(mention.name), Counter())[mention.name] += 1
            first_seen.setdefault(mention.name, index)
    for key in list(forms):
        if (correct := _misspelt_form(key, forms)) is not None:
            forms[correct].update(dict.fromkeys(forms.pop(key), 0))  # named, never chosen
    chosen: dict[str, str] = {}
    for counts in forms.values():
        best = max(counts, key=lambda name: (counts[name], len(name.split()), "&" not in name, -first_seen[name]))
        chosen.update(dict.fromkeys(counts, best))
    return [
        m.model_copy(update={"name": chosen[m.name]})
        if m.kind == "organisation" and chosen.get(m.name, m.name) != m.name
        else m
        for m in mentions
    ]


# "Athens Rotary Club Board of Directors", "Westhill Tennis Club Committee", "… Airport Authority Board of
# Commissioners": the board or committee that runs a club, society, association or authority, named by its body
CLUB_BOARD_RE = re.compile(
    r"(?P<body>(?:[A-Z][\w'’&\-]{0,63}+\s++){1,6}(?:Club|Society|Association|Authority|Auxiliary))\s++"  # words <= 64
    r"(?:Executive\s++)?(?:Board(?:\s++of\s++(?:Directors|Commissioners|Trustees|Governors))?|Committee)"
)


def _body_of_club_board(name: str) -> str:
    """'Athens Rotary Club Board of Directors' -> 'Athens Rotary Club': the body whose board or committee it is."""
    match = CLUB_BOARD_RE.fullmatch(name)
    return match["body"] if match else name


def _body_of_own_board(name: str, committee: str | None, heading_texts: list[str]) -> str:
    """'Transport for Westmoor Board' (a running head) where page 1 prints 'Transport for Westmoor' over the
    'Board' meeting's minutes: the body whose board meets, named without its board; 'Westmoor Hospitals NHS
    Foundation Trust' over 'Board of Directors' (or 'Council of Governors') read as one line: the trust."""
    if not committee or not name.casefold().endswith(f" {committee.casefold()}"):
        return name
    body = name[: -len(committee) - 1]
    if " " in committee and not ORG_WORD_END_RE.search(_title_case_heading(body)):
        return name  # a committee of several words cut from a body's name, not from a place ('Westmoor')
    return body if any(text.strip().casefold() == body.casefold() for text in heading_texts) else name


# "CORRESPONDENCE Dr Helen Redfern of the University of Kelby": a heading run into the sentence under it, then a
# titled person of a body; the body is what follows 'of (the)'.
TITLED_PERSON_OF_RE = re.compile(
    r"(?<=\s)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Revd|Rev|Supt|Insp|Sir|Dame)\.?[ \t]++"
    r"(?:[A-Z][\w'’\-]*+[ \t]++){1,3}(?:of|from)[ \t]++(?:the[ \t]++)?(?=[A-Z])"
)


def _without_titled_person(name: str, people: list[str]) -> str:
    """'Cllr Richard Davison of Highways Department': a titled person run into the body's name is dropped
    from it (then read as a person's name before a body's, below); 'HOUSING Mr Tom Brown of the Westmoor Homes
    Trust' (a heading run in before a titled person) is the body after the person."""
    untitled = strip_title(name)
    if untitled != name and any(untitled.startswith((person + " ", person + ", ")) for person in people):
        return untitled
    inner = TITLED_PERSON_OF_RE.search(name)
    return name[inner.end() :] if inner else name


# What follows a founder's name in a body named after them: "Charitable Trust", "Foundation", "and Associates".
NAMED_AFTER_RE = re.compile(
    r"(?:(?:Charitable|Memorial|Educational|Benevolent|Family|Trust)\s+)?(?:Trust|Foundation|Charity|Trustees)"
    r"|(?:and|&)\s+(?:Associates|Partners|Sons|Co\.?)"
)

# "The regular monthly meeting of the Board of Fire Commissioners was called to order": the meeting's own board.
CALLED_TO_ORDER_RE = re.compile(
    r"\bmeeting\s+of\s+the\s+(?P<body>(?:Board|Commission)\s+of(?:\s+[A-Z][\w'’-]*){1,4}"
    r"|(?:[A-Z][\w'’&-]*\s+){1,5}(?:Board|Committee|Panel|Sub-Committee|Commission))"
    r"\s+(?:was|were)\s+(?:called\s+to\s+order|held)\b"
)

# A meeting's own body as its heading names it: "… Sub-Committee", and the US "Board of Selectmen",
# "Board of Fire Commissioners", "Commission of …".
HEADING_OWN_BODY_RE = re.compile(
    r"\b(?:Board|Panel|Group|Committee|Forum|Sub-?[Cc]ommittee|Commission)$|^(?:Board|Commission)\s+of\s(?!.*\bof\b)"
    # a town's quasi-judicial board: "Zoning Board of Appeals", "Board of Adjustment"
    r"|\bBoard\s+of\s+(?:Zoning\s+)?(?:Appeals|Adjustment|Review)$|^Cabinet$"
)

# the words that title a meeting's own paper beside its body's name ("Harbour Commission Minutes", "Agenda of the …")
MEETING_PAPER_WORD_RE = re.compile(r"\b(?:Minutes|Meeting|Agenda)\b")


def _heads_its_meeting(name: str, heading_texts: list[str], committee: str | None) -> bool:
    """A commission names the meeting's own body only as the heading prints it: the committee read, a line of its own
    ('Harbour & Parks Commission' over 'Minutes of the Meeting') or beside its paper's word; not a commission a
    first sentence names ('The Charity Commission had rejected …'). Boards, panels and committees as before."""
    if not name.endswith("Commission") or name == committee:
        return True
    return any(text.strip() == name or name in text and MEETING_PAPER_WORD_RE.search(text) for text in heading_texts)


UNIT_KIND_END_RE = re.compile(r"(?<!\s)\s++(?:Directorate|Department|Division|Service|Services)$")
LABEL_BEFORE_BODY_RE = re.compile(r"^(?:Minutes|Meeting|Agenda|Notes)\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])")
BODY_FORM_WORDS = {"ltd", "limited", "plc", "the", "of", "board", "staff", "inc", "llp"}


def _names_the_body(name: str, body: str) -> bool:
    """'Suffolk’s Libraries', 'Libraries IPS Ltd' and 'Staff of Suffolk Libraries' in the papers of
    'Suffolk Libraries IPS': the body holding the meeting by another form of its name."""

    def words(text: str) -> set[str]:
        return {re.sub(r"['’]s$", "", word) for word in re.findall(r"[\w'’&]+", text.lower())}

    body_words, name_words = words(body), words(name)
    return len(name_words & body_words) >= 2 and not name_words - body_words - BODY_FORM_WORDS


BODY_LEGAL_FORM_METHOD = "rule:body-legal-form"
LEGAL_FORMS = r"(?:Ltd\.?|Limited|plc|LLP|CIC|Inc\.?|LLC)"
LEGAL_FORM_END_RE = re.compile(rf"(?<!\s)\s++{LEGAL_FORMS}$")


def _body_with_legal_form(body: str | None, names: set[str], texts: list[str]) -> str | None:
    """'Suffolk Libraries IPS Ltd' when the papers of 'Suffolk Libraries IPS' print its name with the legal form
    every time ("Suffolk’s Libraries IPS Ltd Annual General Meeting", "… IPS Ltd Board Members"): the body is
    listed as printed; None when any printing leaves the form out (then the body's name stands alone)."""
    if not body:
        return None
    with_form = [name for name in names if LEGAL_FORM_END_RE.search(name) and LEGAL_FORM_END_RE.sub("", name) == body]
    if len(with_form) != 1:
        return None
    first, *rest = body.split()
    printed = re.compile(
        rf"(?<![\w&'’\-]){re.escape(first)}(?:['’]s)?"
        + "".join(rf"\s+{re.escape(word)}" for word in rest)
        + rf"(?![\w&'’\-])(?!\s+{LEGAL_FORMS}(?![\w&'’\-]))"
    )
    return None if any(printed.search(text) for text in texts) else with_form[0]


def _listed_for_another(acronym: str, spelled: set[str]) -> bool:
    """'NHS' beside 'New Hayesbank Surgery': initials the organisations list names as a body of their own (with no
    spelled-out name of those initials, as 'DHSC' has) stay a body, not the longer name on the page again."""
    group = _listed_names().get(acronym)
    return (
        group is not None
        and not spelled & set(group)
        and not any(_initials_of(name) == acronym for name in group if name != acronym)
    )


def _initials_of(name: str) -> str:
    """'Kent County Council' -> 'KCC'; 'Department for Work and Pensions' -> 'DWP'."""
    return "".join(
        word[0] for word in name.split() if word.lower() not in {"of", "and", "for", "the", "&", "in"}
    ).upper()


def _apostrophes(name: str | None) -> str | None:
    return name.replace("’", "'") if name else name


def _same_body_council(name: str, names: set[str]) -> bool:
    """'Township of Nipissing Council' and 'Rivergrove City Council' are the council of 'Township of
    Nipissing' and 'City of Rivergrove', and 'Ayton CC' is 'Ayton Community Council', named too: one body,
    listed once."""
    if name.endswith(" Council") and name[: -len(" Council")] in names:
        return True
    if short := re.fullmatch(r"(?P<place>[A-Z][\w'’\- ]*?)\s+(?P<kind>CC|DC|BC|PC|TC)", name):  # "Ayton CC"
        place, kind = short["place"] + " ", short["kind"]
        return any(
            n.startswith(place) and _initials_of(n[len(place) :]) == kind for n in names if n.endswith("Council")
        )
    match = re.fullmatch(
        r"(?P<place>[A-Z][\w'’\- ]+?)\s+(?P<kind>City|Town|Township|Borough|County|Village)\s+Council", name
    )
    return bool(match and f"{match['kind']} of {match['place']}" in names)


@lru_cache(maxsize=1)
def _listed_names() -> dict[str, tuple[str, ...]]:
    """Each name in data/organisations.txt -> every name on its line (the body's names and aliases)."""
    return {name: group for group in organisation_groups() for name in group}


BRACKETED_ACRONYM_RE = re.compile(r"\([A-Z][A-Za-z]{1,6}\)")
SPELLED_ACRONYM_RE = re.compile(  # words of at most 64 characters, as CAPITALISED_WORD_BEFORE_RE's
    r"((?:[A-Z][\w’'\-]{0,63}+\s++(?:(?:of|for|and|&)\s++)?){1,8})\(([A-Z][A-Za-z]{1,6})\)"
)


def _organisation_aliases(texts: list[str], names: set[str]) -> dict[str, str]:
    """Acronym -> full name, from the organisations list and from "Full Name (ACRONYM)" in the text."""
    aliases: dict[str, str] = {}
    for first, *others in organisation_groups():
        aliases.update({other: first for other in others})
    for text in texts:
        if not BRACKETED_ACRONYM_RE.search(text):  # most pages: the pattern tries eight words at each capital
            continue
        for match in SPELLED_ACRONYM_RE.finditer(text):
            full = match[1].strip()
            candidates = [name for name in names if full.endswith(name)]
            if candidates:
                aliases.setdefault(match[2], max(candidates, key=len))
    for acronym in names:
        if acronym not in aliases and (full := _name_ending_in_words_of(acronym, names)):
            aliases[acronym] = full
    return aliases


def _name_ending_in_words_of(acronym: str, names: set[str]) -> str | None:
    """'ICB' beside 'NHS Northdale Integrated Care Board': the one longer name whose last words the acronym
    stands for, so "the ICB" is that body named again; None when no name, or more than one, ends so."""
    if not re.fullmatch(r"[A-Z]{3,6}", acronym):
        return None
    size = len(acronym)
    fits = [
        name
        for name in names
        if len(words := name.split()) > size and "".join(word[0] for word in words[-size:]) == acronym
    ]
    return fits[0] if len(fits) == 1 else None


THING_WORDS = (
    r"Plan|Plans|Infrastructure|Programme|Program|Strategy|Scheme|Authorities|Provision|Ordinances?|Act|"
    r"Report|Fund|Framework|Standards?|Agreement|Policy|Review|Assessment|Centre|Project|Network|Initiative|Data|"
    r"Financing|Tax"
)
THING_WORDS_RE = re.compile(rf"\b(?:{ORG_WORD}|{THING_WORDS})$")
# no person's name holds these words anywhere: "Community Infrastructure Levy (CIL)"
THING_WORD_WITHIN_RE = re.compile(rf"\b(?:{THING_WORDS})\b")
# nor a body's head before its last word: "Airports Council International (ACI)"
BODY_WORD_WITHIN_RE = re.compile(
    r"\b(?:Council|Commission|Department|Authority|Association|Agency|Committee|Ministry)\s"
)


def _names_a_thing(name: str) -> bool:
    """'National Action Plan (NAP)', 'Mayoral Strategic Authority (MSA)' and 'Community Infrastructure Levy (CIL)'
    are not people."""
    return bool(THING_WORDS_RE.search(name) or THING_WORD_WITHIN_RE.search(name) or BODY_WORD_WITHIN_RE.search(name))


def _initials_fit(name: str, initials: str) -> bool:
    """'Jeni Tennison (JTe)' and 'Margaret Carey (MCa)' fit; 'BIS Observer (BIS)' does not."""
    capitals = [c for c in initials if c.isupper()]
    words = name.split()
    return capitals[:1] == [words[0][0]] and capitals[-1] == words[-1][0] and len(capitals) <= len(words) + 1


# --- suppliers, funders, banks and auditors printed as bare names ("a quote from Kestrel Playgrounds",
# "Cheque 1043 – Npower – £52.10"): no organisation word marks them, only the slot they stand in.

# One to five capitalised words ("321 Host", "Halloran and Webb", "First Choice Builders Consulting LLC"), ending at a
# word's end; a firm's spaced initials before them ("C J Mowing and Greenacre Grounds Maintenance") are not counted.
SLOT_NAME = (  # "M.J.A., LLC": a firm's initials (read from the first), its legal form after a comma
    r"(?:\d{2,4}[ \-])?(?:[A-Z]\s+){0,2}(?:(?<![A-Z]\.)(?:[A-Z]\.){2,}+(?=,)|[A-Z][\w'’&\-]*)"
    r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’&\-]*){0,4}"
    r"(?![\w'’&\-])(?!\s+[A-Z])"
)

SUPPLIER_BEFORE_RE = re.compile(
    r"\b(?:(?:[Qq]uot(?:e|es|ation|ations)|[Ii]nvoices?|[Ee]stimates?|[Tt]enders?|[Gg]rants?|[Ff]unding|[Dd]onations?"
    r"|[Rr]efunds?|[Rr]epl(?:y|ies)|[Rr]esponses?|[Aa]dvice)(?:,|\s+of\s+£[\d,.]+)?"  # "the quote of £640 from X"
    r"\s+(?:was\s+|were\s+|had\s+been\s+|being\s+){0,2}"
    r"(?:received\s+|sought\s+)?from"
    r"|(?:[Cc]ontracts?|[Aa]ccounts?|[Ii]nsurance|Bankline|[Rr]enewal|[Aa]greement|[Oo]rders?)\s+with"
    r"|[Aa]udited\s+by|[Cc]hase|to\s+pay"
    r"|(?:[Rr]equests?|[Aa]pplications?)\s+(?:had\s+been\s+|were\s+|was\s+)?(?:made|sent|submitted)\s+to)"
    # "a grant of £10,000 from Awards for All": a longer name; "a reply from Cath Hicks from Adult Learning Wales": a
    # person, named with the body she writes from
    rf"\s+(?P<name>{SLOT_NAME})(?!\s+(?:of|for|from)\s+[A-Z])"
)

# A body named by what it does for the council: "funded by X", "provided by X", "in partnership with X", "contract
# awarded to X", "a grant of £1,500 to X". A name may not run into a number ("by X Trust and Section 106 monies").
PARTNER_BEFORE_RE = re.compile(
    r"\b(?:(?:[Ff]unded|[Pp]rovided|[Dd]elivered|[Ss]upplied|[Ss]ponsored|[Oo]perated|[Cc]ommissioned)\s+by"
    r"|(?:[Pp]artnership|[Pp]ilot)\s+with"
    r"|(?:[Cc]ontracts?|[Tt]enders?|[Bb]ids?)\s+(?:was\s+|be\s+|has\s+been\s+|is\s+|(?:is|are)\s+to\s+be\s+)?awarded\s+to"
    r"|(?:[Aa]ward\s+(?:the\s+|a\s+|this\s+)?(?:contract|tender)|[Bb]id\s+award|[Pp]urchase\s+orders?)\s+to"
    # "to provide for payment to Bound Tree Medical, CSI Medical, …", "accept the bid of Heiman Fire Equipment",
    # "(cheque made payable to Brampton Village Hall)", "from the following vendors: …"
    r"|[Pp]ayments?\s+to|[Pp]ayable\s+to|[Aa]ccept\s+the\s+(?:bid|quote|tender)s?\s+of"
    r"|following\s+(?:vendors|suppliers|contractors|firms|companies):"
    # "Agreement between the City of Omaha and Great Western Bank": the council's other party
    r"|[Bb]etween\s+the\s+(?:City|Town|Village|County|Township)\s+of\s+[A-Z][\w'’\-]*\s+and"
    r"|(?:[Gg]rants?\s+(?:of\s+(?:up\s+to\s+)?£[\d,.]+[km]?\s+)?|(?:be|been|was|were)\s+granted\s+)to(?:\s+the)?"
    # "Amy Roth, an employee of E&B Natural Resources, addressed the Board": the speaker's employer
    r"|\b(?:an|as\s+an)\s+employee\s+of(?:\s+the)?)"
    rf"\s+(?P<name>{SLOT_NAME})(?!\s+\d|\s+of\s+[A-Z])"  # not the start of "East of England Co-operative"
)
PARTNER_HINT_RE = re.compile(r" by|with|award|rant|ayment|ayable|urchase|bid|following|etween|mployee")  # "grant"

# "apply to Lloyds TSB for a card", "an application to Corvex Awards for a grant": "to X" alone names places too.
APPLY_TO_RE = re.compile(
    rf"\b(?:[Aa]pply|[Aa]pplications?)\s+to\s+(?P<name>{SLOT_NAME})\s+for\s+(?:a|an|the)?\s*"
    r"(?:grants?|funding|cards?|loans?|accounts?)\b"
)

# The name opening a clause, then what a supplier or funder is said to do: "Pennine Leisure to quote",
# "Greystone Fencing has been appointed", "Wardle Groundcare (the contractor)", "that Veolan funding".
SUPPLIER_AFTER_RE = re.compile(
    rf"(?:^|(?<=[.;:–—]\s)|(?<=\bthat\s)|(?<=^\d\.\d\s)|(?<=^\d\d\.\d\s)|(?<=^\d\.\d\d\s))(?P<name>{SLOT_NAME})\s+"
    r"(?:to\s+quote|ha(?:s|d|ve)\s+been\s+(?:appointed|contacted|instructed|engaged)|\((?:the\s+)?contractors?\)"
    r"|\((?:a|the)\s+(?:registered\s+|local\s+)?(?:charity|social\s+enterprise|community\s+interest\s+company)\)"
    r"|(?:funding|grant|quote|quotation|invoice)\s+(?:of|for|had|has|was|were)\b)"
)

# "Mr D Godden (IDB Contracts Manager, Rhino Plant Hire)": a post, then the firm the attendee works for, named by its
# trade (no body's word) inside the brackets after a name.
POST_THEN_FIRM_IN_BRACKETS_RE = re.compile(
    r"\((?:[A-Z][\w&'’\-]*\s+){0,4}(?:Manager|Officer|Director|Engineer|Surveyor|Consultant|Representative|Owner|"
    r"Supervisor|Foreman)\s*,\s+"
    rf"(?P<name>(?:[A-Z][\w'’&\-]*\s+){{1,3}}(?:Plant\s+Hire|{'|'.join(sorted(FIRM_TRADE_WORDS))}))\)"
)

# "Mark Ashton-Blanksby, ICCA (Internal Auditors)", "Mazars (External Auditors) presented the findings": a firm named
# with its engagement in brackets (not "Parish Accountants", the kind of firm alone).
AUDITORS_IN_BRACKETS_RE = re.compile(
    rf"(?<![\w'’&\-])(?P<name>{SLOT_NAME})\s+\((?:the\s+)?(?:[Ii]nternal|[Ee]xternal)\s+[Aa]uditors?\)"
)

# "Hazel Ground Maintenance were highly recommended": a clause opened by a name of three words or more ending in a
# trade, then a plural verb or a quote's (a firm is "they"); not "Grounds Maintenance was deferred" (the work).
TRADE_FIRM_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[.;:]\s))(?P<name>(?:[A-Z][\w'’&\-]*\s+){{2,3}}(?:{'|'.join(sorted(FIRM_TRADE_WORDS))}))"
    r"\s+(?:were|have|had|submitted|quoted)\b"
)

# "to ask Ridgeway Tree Care to look at them": asked to do works ("ask X the Minister" asks a person); "to ask
# Littledane Farms for a Christmas tree": asked for a thing, by a name of two words or more ("ask Smith for a copy"
# asks a person).
ASK_TO_WORK_RE = re.compile(
    rf"\b[Aa]sk\s+(?P<name>{SLOT_NAME})\s+to\s+(?:quote|look|inspect|repair|provide|carry|cut|clear|check|survey|"
    r"replace|install|remove|empty|service)\b"
)
ASK_FOR_THING_RE = re.compile(rf"\b[Aa]sk\s+(?=[A-Z][\w'’&\-]*\s+[A-Z])(?P<name>{SLOT_NAME})\s+for\s+(?:a|an)\s")


# Words that fill a supplier's slot without naming one: "grant from Council", "invoice from Clerk".
_SLOT_NOT_NAMES_TEXT = """
Clerk Chair Chairman Council Councillors Members Staff Salary Salaries Wages Expenses Cash Petty VAT
PAYE Insurance Refund Transfer Total Balance Bank Contractor Auditor Internal External Village Parish Town
County District Christmas January February March April May June July August September October November
December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
"""
SLOT_NOT_NAMES = frozenset(_SLOT_NOT_NAMES_TEXT.split())


FUND_END_RE = re.compile(r"\b(?:Funds?|Funding|Grants?|Programme|Scheme|Initiative|Budget|Levy|Monies|Reserves?)$")

# A capitalised single word shaped as an activity or a plural common noun.
COMMON_NOUN_SHAPE_RE = re.compile(r"^[A-Z][a-z]+(?:ing|ings|ment|ments|ance|ence|tion|tions|ies|es)$")
# A participle before the slot's noun ("Matched funding", "Ringfenced funding"; not "Speed", "Reed"), a person's
# initials in mixed case ("ask ABr to check"), a label and its letter ("Category C funding", "Phase 2 works"), a
# place's area or ward heading a budget line ("Pennmore Area – Cycling improvements – £9,000")
NOT_SUPPLIER_SHAPE_RE = re.compile(  # each shape from a word's start: inside a long word it is not tried again
    r"(?<![\w'’\-])(?:[A-Z][a-z]{3,}+(?<=[^e]ed)|[A-Z]{2}[a-z]|"
    r"(?:Category|Grade|Band|Tier|Class|Phase|Option|Priority|Type|Zone|Section|Stage|Lot)\s[A-Z0-9]{1,2}|"
    r"(?:[A-Z][\w'’\-]*+\s++){1,2}(?:Area|Ward))"
)


def _initials_firm(name: str) -> bool:
    """'A & B Landscapes', 'C J Mowing', 'R J Holt & Sons': a firm named by initials ("A & B"), or initials then a
    trade or "& Sons" (not "J Smithson", a person)."""
    return bool(INITIALS_AND_RE.match(name) or FIRM_TAIL_RE.search(name))


INITIALS_AND_RE = re.compile(r"[A-Z]\s*&\s*[A-Z]\b")


def _supplier_name(name: str) -> str | None:
    """A slot's words as a supplier's name, or None when they are a person, a title or a generic word."""
    words = name.split()
    first = words[0].rstrip(".")
    if (
        first in TITLE_WORDS
        or first in SLOT_NOT_NAMES
        or (first in ORG_STARTS.split("|") and not (len(first) == 1 and _initials_firm(name)))
    ):
        return None  # "A & B Landscapes" opens with a word that starts sentences
    if (first in GIVEN_NAMES and (len(words) <= 2 or words[1] in GIVEN_NAMES) and not _not_a_surname(words[-1])) or (
        re.fullmatch(r"[A-Z]", first) and not _initials_firm(name)
    ):
        return None  # "Helen Dunmore", "J. Smithson", "A Jenkins": a person; "Alexander Lawns" is a firm
    if MONTH_OR_DAY_RE.match(first) or (len(words) == 1 and first.lower() in GENERIC_ORG_WORDS):
        return None
    if len(words) == 1 and COMMON_NOUN_SHAPE_RE.search(first):
        return None  # "Fundraising   £ 3,000", "Donations": a budget line's heading, not a payee
    if NOT_SUPPLIER_SHAPE_RE.fullmatch(name):
        return None  # "Matched funding", "ask ABr to", "Category C funding" (stop 64)
    if FUND_END_RE.search(name):
        return None  # "funded by Accelerating Reform Fund": a fund or a programme, not a body
    if (known := known_organisations().match(name)) and known.end() < len(name) and " " in known[0]:
        # "Partnership with | Homes England | Support to establish": a table's next cell after it; a one-word
        # name opens longer ones ("NHS Kernford ICB"), so only a name of several words is cut
        return known[0]
    if (england := ENGLAND_NAME_START_RE.match(name)) and _national_bodies_named_england(england[0], frozenset()):
        return england[0]  # "Partnership with | Homes England | Support to establish": as a listed name is cut
    return name


# "made to Homefinder, Google and Zoopla": the slot's name goes on as a list.
LIST_GOES_ON_RE = re.compile(rf"\.?,\s+(?:and\s+)?(?P<name>{SLOT_NAME})")  # "C&S Roofing, Inc., Dana …": after a "."


LEGAL_FORM_RE = re.compile(r"(?:Inc|Corp|LLC|Ltd|Limited|LLP|plc|Co)\.?")
ADDRESS_ITEM_RE = re.compile(rf"\d{{1,5}}(?:-\d{{1,5}})?\s+(?:[A-Z][\w'’\-]*\s+){{1,3}}(?:{STREET_WORDS})")
MAX_SLOT_LIST = 30  # a council's list of contractors runs long ("contracts with A, B, C, … and Z")


def _slot_list(text: str, match: re.Match[str]) -> list[str]:
    """The slot's name and the names listed after it, the last item split at its "and"."""
    names = [match["name"]]
    end = match.end("name")
    while len(names) < MAX_SLOT_LIST and (more := LIST_GOES_ON_RE.match(text, end)) is not None:
        if ADDRESS_ITEM_RE.fullmatch(more["name"]):
            break  # "… and Yolanda Cole, 4211 Erskine Street, Omaha, NE 68111": the party's address, no more names
        if LEGAL_FORM_RE.fullmatch(more["name"]):
            names[-1] += f", {more['name']}"  # "C&S Roofing, Inc.": the firm's legal form, not another name
        else:
            names.append(more["name"])
        end = more.end()
    if len(names) > 1 and " and " in names[-1]:
        names[-1:] = names[-1].split(" and ", 1)
    elif (
        len(names) == 1
        and " and " in names[0]
        and _two_bodies(*names[0].split(" and ", 1))
        and not ONE_PAYEE_CUE_RE.search(text, max(0, match.start() - 8), match.start("name"))
    ):
        names = names[0].split(" and ", 1)  # "with Fairway Homes and Wyre Leisure"; "Halloran and Webb" is one firm
    return names


# One order goes to one vendor: "a purchase order to Badger Body and Truck Equipment" names one firm whose name joins
# two trades ("an Agreement with A and B" may have two parties; "purchase orders to A and B" are two orders).
ONE_PAYEE_CUE_RE = re.compile(r"\b(?:[Aa]|[Tt]he|one)\s+[Pp]urchase\s+[Oo]rder\s+to\s+$")


def _two_bodies(first: str, second: str) -> bool:
    """'Fairway Homes and Wyre Leisure' (names of several words), 'KCC and KCHFT', 'Birketts and SCC' (an acronym
    beside a name) are two bodies; 'Halloran and Webb' is one firm's name."""
    parts = (first, second)
    if POSSESSIVE_PAIR_RE.fullmatch(first) and not ORG_WORD_WITHIN_RE.search(first):
        return False  # "Love’s Jazz and Art Center", "Children’s Hospital and Medical Center": one name
    return any(re.fullmatch(r"[A-Z]{2,8}", part) for part in parts) or all(len(part.split()) >= 2 for part in parts)


# A possessive and one word, no body's head among them ("Rosa’s Jazz"): the first half of one name joined by "and".
POSSESSIVE_PAIR_RE = re.compile(r"[A-Z][\w\-]{0,63}+['’]s\s++[A-Z][\w\-]*+")


def supplier_names(text: str) -> list[str]:
    """Bare names a sentence puts in a supplier's, funder's or bank's slot."""
    found = []
    for pattern, needs in (
        (SUPPLIER_BEFORE_RE, BEFORE_HINT_RE),
        (APPLY_TO_RE, APPLY_HINT_RE),
        (ASK_TO_WORK_RE, ASK_HINT_RE),
        (ASK_FOR_THING_RE, ASK_HINT_RE),
        (PARTNER_BEFORE_RE, PARTNER_HINT_RE),
    ):
        for m in pattern.finditer(text) if needs.search(text) else ():
            found += [name for raw in _slot_list(text, m) if (name := _supplier_name(raw))]
    matches = SUPPLIER_AFTER_RE.finditer(text) if AFTER_HINT_RE.search(text) else ()
    found += [name for m in matches if (name := _supplier_name(m["name"])) is not None]
    found += [name for m in TRADE_FIRM_SUBJECT_RE.finditer(text) if (name := _supplier_name(m["name"])) is not None]
    auditors = AUDITORS_IN_BRACKETS_RE.finditer(text) if "uditor" in text else ()
    found += [m["name"] for m in POST_THEN_FIRM_IN_BRACKETS_RE.finditer(text) if "(" in text]
    found += [name for m in auditors if (name := _supplier_name(m["name"])) is not None]
    called = CALLED_BODY_RE.finditer(text) if " called " in text else ()
    found += [name for m in called if (name := _supplier_name(m["name"])) is not None]
    return found


# "A company called Done ‘n’ Dusted from Glasgow": a body introduced by its kind; a quoted short word ("‘n’") may
# join the name's capitalised words.
CALLED_BODY_RE = re.compile(
    r"\b(?:company|firm|contractor|business|charity|organi[sz]ation)\s+called\s+"
    r"(?P<name>[A-Z][\w'’&\-]*(?:\s+(?:[‘'][a-z]{1,3}[’']|&)?\s*[A-Z][\w'’&\-]*){0,4})"
    r"(?=\s+(?:from|of|in|who|which|had|has|have|was|were|is|are|to)\b|\s*[,.;)])"
)


# each slot pattern is tried at every word; skip the scan where its cue words are absent
BEFORE_HINT_RE = re.compile(r"from|with|by|hase|pay|made|sent|submitted")
APPLY_HINT_RE = re.compile(r"pply|pplication")
ASK_HINT_RE = re.compile(r"sk\s")
AFTER_HINT_RE = re.compile(r"quot|been|contractor|funding|grant|invoice|charity|enterprise|company")


# A sum of money printed alone in its cell: "£ 45.00", "£52.10 (street lighting)"; not "£12.75m for 2025-26".
AMOUNT_CELL_RE = re.compile(r"£\s?\d[\d,]*(?:\.\d\d)?(?![\w.,])(?:\s*\([^)]*\))?\.?")
PAYMENT_CELL_SPLIT_RE = re.compile(r"\s+[–—|-]\s+|\s*\|\s*| {3,}|\t")
ROW_NUMBER_RE = re.compile(r"^(?:[ivx]+\.|\(?[a-z]\)|(?:Cheque|Chq)\s+(?:No\.?\s*)?\d+|\d+[.)]?)\s*")


# "d) Wicksteed Playgrounds Annual Inspection £54.00", "Fellrunner Village Bus Donation requested … £ 65.00": a payments
# line whose payee runs into what the payment is for, printed with no gap; the purpose word ends the payee's name.
PAYEE_BEFORE_PURPOSE_RE = re.compile(
    r"(?:(?<![ivx])[ivx]++\.|\(?[a-z]\)|(?<!\d)\d++[.)]?)?(?:(?<!\s)\s++)?"
    r"(?P<name>[A-Z][\w'’&\-]{0,63}+(?:\s++(?:&\s++)?[A-Z][\w'’&\-]{0,63}+){0,4}?)"
    r"\s++(?:Annual\s++)?(?:Donation|Subscription|Membership|Inspection|Insurance|Hire|Rent|Renewal)s?\b"
    r"[^£]{0,80}£\s?\d[\d,]*(?:\.\d\d)?\s*$"
)


# "£58.90 GAPTC membership", "£120.00 Westfell Bus donation": a run of outgoings names each payee after its sum, before
# what the payment is for in lower case.
PAYEE_AFTER_SUM_RE = re.compile(
    r"£\s?\d[\d,]*(?:\.\d\d)?\s+(?P<name>[A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*){0,3})"
    r"\s+(?:membership|subscription|donation|insurance|hire|fees?|renewal)s?\b"
)

# "Marsh Grounds Maintenance – grass cutting for May £220.04": a payee, a dash, then what the payment is for in lower
# case, the row ending in its sum.
PAYEE_THEN_PURPOSE_RE = re.compile(r"[a-z][^£]{0,80}£\s?\d[\d,]*(?:\.\d\d)?\s*$")


# "Payments: Westfell Bus Donation £60.00; Kingsmead Village Hall £420.00": payments run on in one line, parted by ";"
PAYMENTS_LABEL_RE = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){0,2}:\s*")
PAYEE_AND_SUM_RE = re.compile(rf"^(?P<name>{SLOT_NAME})\s+£\s?\d[\d,]*(?:\.\d\d)?")


def _payees_parted_by_semicolons(cell: str) -> list[str]:
    """The payees of payments printed in one run, each "Payee £x" or "Payee Donation £x", parted by semicolons."""
    if cell.count("£") < 2 or "; " not in cell:
        return []
    found = []
    for part in PAYMENTS_LABEL_RE.sub("", cell.strip(), count=1).split("; "):
        part = part.strip().rstrip(".;")
        match = PAYEE_BEFORE_PURPOSE_RE.fullmatch(part) or PAYEE_AND_SUM_RE.fullmatch(part)
        if match is not None and (name := _supplier_name(match["name"])) is not None:
            found.append(name)
    return found


def _payee_then_purpose(cells: list[str]) -> list[str]:
    """The payee of a two-cell row "Payee – purpose £x" (the purpose in lower case), else nothing."""
    if len(cells) != 2 or not PAYEE_THEN_PURPOSE_RE.fullmatch(cells[1]):
        return []
    cell = ROW_NUMBER_RE.sub("", cells[0]).strip()
    if not re.fullmatch(SLOT_NAME, cell) or re.fullmatch(r"[A-Z]{1,2}", cell):
        return []
    return [name] if (name := _supplier_name(cell)) is not None else []


# "19.09.08 Newbiggin Village Hall", "7. Kingsmead Memorial Hall": a minute's heading naming the village's hall, the
# body that runs it ("the village hall committee" below), not a venue the meeting is held in.
HALL_HEADING_RE = re.compile(
    r"(?:\d{1,3}(?:[./]\d{1,3}){0,3}[.)]?|\(?[a-z]\))\s+"
    r"(?P<name>(?:[A-Z][\w'’\-]*\s+){1,3}(?:Village|Memorial|Community|Parish|Jubilee)\s+Hall)\s*"
)


def hall_heading_names(text: str) -> list[str]:
    """The hall a numbered heading names, else nothing."""
    match = HALL_HEADING_RE.fullmatch(text.strip())
    return [match["name"]] if match and _supplier_name(match["name"]) else []


def payee_names(cells: list[str]) -> list[str]:
    """The payee of a payments-list row of three or more cells, one of them a sum in pounds ("4211 | Thornbury
    Water | … | £ 86.20", "Cheque 1043 – Npower – £52.10", "i.   Tarrant Memorials   £ 45.00"): the row's first
    cell that is only a capitalised name; or of a row "Payee – purpose £x"; or the payees a run of outgoings names
    after their sums ("£58.90 GAPTC membership")."""
    after_sums = [
        name for cell in cells for m in PAYEE_AFTER_SUM_RE.finditer(cell) if (name := _supplier_name(m["name"]))
    ] + [name for cell in cells for name in _payees_parted_by_semicolons(cell)]
    if (before_purpose := PAYEE_BEFORE_PURPOSE_RE.match("   ".join(cells).strip())) is not None:
        return [name] if (name := _supplier_name(before_purpose["name"])) is not None else after_sums
    cells = [part.strip() for cell in cells for part in PAYMENT_CELL_SPLIT_RE.split(cell) if part.strip()]
    if (dash_row := _payee_then_purpose(cells)) or after_sums:
        return dash_row + after_sums
    if len(cells) < 3 or not any(AMOUNT_CELL_RE.fullmatch(cell) for cell in cells):
        return []
    for at, cell in enumerate(cells):
        cell = ROW_NUMBER_RE.sub("", cell).strip()
        if not cell or AMOUNT_CELL_RE.fullmatch(cell):
            continue
        if any(ORG_CHAIN_RE.fullmatch(later) or known_organisations().fullmatch(later) for later in cells[at + 1 :]):
            return []  # "Hedgerow Heroes Project | Marlshire Wildlife Trust | £120,000": what a body gets, no payee
        if re.fullmatch(SLOT_NAME, cell) and not re.fullmatch(r"[A-Z]{1,2}", cell):  # "AS": an owner's initials
            return [name] if (name := _supplier_name(cell)) is not None else []
        return []  # the row's first words are a description, not a payee
    return []


# A grant schedule's line: the recipient, a dash or nothing, the sum, and what it is for in lower case ("Porchlight
# £8,000", "Headcorn Good Neighbours – £900 for volunteer training") (round 80).
SCHEDULE_LINE_RE = re.compile(
    rf"(?<![\w'’&\-])(?P<name>{SLOT_NAME})(?:\s+[–—\-])?\s+£\s?\d[\d,]*(?:\.\d\d)?(?:\s+[a-z][^£]{{0,80}})?"
)


def schedule_payees(lines: list[str]) -> list[tuple[int, str]]:
    """The recipients of a grant schedule printed a line each ("Citizens Advice Marlshire £12,000" | "Porchlight
    £8,000"), as (line index, name): in a run of two or more such lines where at least half the recipients read as
    organisations on their own, the others are bodies too (a budget's lines, "Grass Cutting £1,200", name no body, so
    their run has none that reads as one)."""
    found: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    for index, text in enumerate([*lines, ""]):
        match = SCHEDULE_LINE_RE.fullmatch(ROW_NUMBER_RE.sub("", text.strip()).strip())
        if match is not None:
            run.append((index, match["name"]))
            continue
        known = [entry for entry in run if entry[1] in organisation_names(entry[1])]
        if len(run) >= 2 and 2 * len(known) >= len(run):
            found += [(at, name) for at, name in run if (at, name) not in known and _supplier_name(name) is not None]
        run = []
    return found


# A column header naming organisations ("Partners", "Lead organisation", "Supporting partners", "Provider",
# "Payee", "Funder"): the cells under it are bodies' names, printed with no sentence to frame them.
BODY_COLUMN_HEAD_RE = re.compile(
    r"(?:(?:lead|supporting|delivery|key|partner|responsible|funding)\s+)?"
    r"(?:partners?|organi[sz]ations?|agency|agencies|providers?|suppliers?|payees?|funders?|contractors?|recipients?)"
    r"(?:\s*\(s\))?",
    re.IGNORECASE,
)
COLUMN_GAP_RE = re.compile(r" {3,}|\t")
CELL_ITEM_SEPARATOR_RE = re.compile(r"(?:(?<!\s)\s++)?[,;/]\s*+")
# "… for All (SELFA)": the full name's acronym
BRACKETED_ACRONYM_END_RE = re.compile(r"(?:(?<!\s)\s++)?\([A-Z][A-Za-z&]{1,7}\)$")
# (and "with": "Action with Communities in Rural England", a body's name as printed)
CELL_BODY_NAME_RE = re.compile(
    r"[A-Z][\w&'’.\-]*(?:\s+(?:(?:of|for|and|the|&|in|on|with)\s+)*[A-Z0-9][\w&'’.\-]*){0,7}"
)
MAX_BODY_CELL = 200  # characters
# The state of a table read row by row: its column count and the columns whose header names organisations.
BodyColumns = tuple[int, tuple[int, ...]]


def body_column_cells(text: str, columns: BodyColumns | None) -> tuple[BodyColumns | None, list[str]]:
    """The row's cells under a header naming organisations, and the table's state for the next row: a header
    row starts it, a row without a column gap ends it, a row of another width (a wrapped cell) is skipped."""
    cells = [cell.strip() for cell in COLUMN_GAP_RE.split(text.strip()) if cell.strip()]
    if len(cells) < 2:
        return None, []
    heads = tuple(index for index, cell in enumerate(cells) if BODY_COLUMN_HEAD_RE.fullmatch(cell))
    if heads:
        return (len(cells), heads), []
    if columns is None or columns[0] != len(cells):
        return columns, []
    return columns, [name for index in columns[1] for name in cell_body_names(cells[index])]


def cell_body_names(cell: str) -> list[str]:
    """The bodies a cell lists ("Kernford Police, NHS Kernford ICB"): each item that is only a capitalised
    name and no person, post or generic word."""
    if len(cell) > MAX_BODY_CELL:  # prose, not a cell
        return []
    names = []
    for item in CELL_ITEM_SEPARATOR_RE.split(BRACKETED_ACRONYM_END_RE.sub("", cell)):
        if not CELL_BODY_NAME_RE.fullmatch(item) or TRAILING_ROLE_WORD_RE.search(item):
            continue
        if all(word.lower() in GENERIC_ORG_WORDS or word in LIST_WORDS for word in item.split()):
            continue
        if item.strip().lower() in BODY_KIND_WORDS:  # "Ministry" alone: the kind of body, its name cut off
            continue
        if (name := _supplier_name(item)) is not None:
            names.append(name)
    return names


BODY_KIND_WORDS = {
    "ministry",
    "agency",
    "trust",
    "commission",
    "company",
    "corporation",
    "association",
    "society",
    "foundation",
    "institute",
    "organisation",
    "organization",
    "charity",
    "partnership",
    "directorate",
    "unit",
}
TRAILING_ROLE_WORD_RE = re.compile(
    r"\b(?:Managers?|Officers?|Directors?|Chairs?|Heads?|Leads?|Clerk|Coordinators?|Co-ordinators?|Staff|Team)$"
)
