"""People's names: titles stripped, given names, names set beside a post, surnames that are place words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import given_names
from .patterns import (
    GENERIC_ORG_WORDS,
    LIST_WORDS,
    MONTH_OR_DAY_RE,
    NAME,
    NAME_LETTERS,
    NAME_WORD_STOP,
    ORG_STARTS,
    ORG_WORD,
    ROLE_HEADS,
    SURNAME,
    TITLE_WORDS,
    TITLES,
)

# Pieces that keep a pattern linear when it is searched alone over a 20,000-character line (stop 39): a pattern that
# opens on spaces starts only where a run of spaces starts (searched from inside one it would rescan the run from
# each of its spaces, finding nothing the run's start did not), and a word of a name is at most 60 letters, taken
# whole (from each capital inside a long glued or hyphenated word it would run to the word's end, and back).
NOT_INSIDE_SPACES = r"(?!(?<=\s)\s)"
NAME_LETTER = rf"[{NAME_LETTERS}'’\-]"
GIVEN_WORD = rf"[A-Z][a-z]{NAME_LETTER}{{0,60}}+"  # NAME, whole: always followed by a space
NAME_WORD = rf"[A-ZÁÉÍÓÚ][a-z]{NAME_LETTER}{{0,60}}+"  # NAME, whole, with its accented capitals ("Áine")
SURNAME_WORD = rf"(?:(?:Mc|Mac|O['’])?[A-Z]{NAME_LETTER}{{1,60}}+)"  # SURNAME, whole

# Titles that name posts or several people, printed before the names they title: "Chairman Ira Woodley",
# "Clerk Jane Roe", "Firefighter Pyke", "Cllrs Bennie and Tolland", "Comm. Amberly, O'Shea, Wrenn and Chm. Whitaker".
SINGLE_POST_TITLES = (
    r"Chairman|Chairwoman|Chairperson|Chair|Clerk|Secretary|Treasurer|Firefighter|Selectman|Selectwoman|"
    r"Councilman|Councilwoman|Commissioner|Comm\.|Commr\.|Chm\.|CClr\.?|Clr\.?|Cllr\.?|Councillor|Chief|Mayor|"
    # a police district's commander: "District Commander Ortega reported …"
    r"Commander|"
    # a US city's officers and the mayor's deputy: "Interim City Manager Cathy Capp", "Mayor Pro Tem Athas"
    r"(?:Mayor\s+)?Pro\s+Tem(?:pore)?|(?:(?:Interim|Acting|Assistant|Deputy)\s+)?City\s+(?:Manager|Attorney|Clerk)"
)
PLURAL_POST_TITLES = (
    r"Cllrs\.?|CClrs\.?|Clrs\.?|Councillors|Councilors|Councilmembers|Council\s+Members|Commissioners|Selectmen|"
    r"Trustees|Aldermen"
)


def _without_post_title(name: str) -> str:
    """'Firefighter Pyke' -> 'Pyke', 'Commissioners Fees' -> 'Fees'; 'Chief Finance Officer' (a post) stays."""
    rest = re.sub(rf"^(?:{PLURAL_POST_TITLES}|{SINGLE_POST_TITLES})\s+(?=[A-Z])", "", name)
    last = rest.split()[-1] if rest.split() else ""
    return rest if last and not _not_a_surname(last) and not ROLE_LAST_WORD_RE.fullmatch(last) else name


PEER_TITLE_BEFORE_SURNAME_RE = re.compile(
    r"^(?:Lord|Baroness|Earl|Viscount|Viscountess|Countess|Marquess|Marchioness)\s+(?=[A-Z][\w'’\-]+$)"
)


def without_peer_title(name: str) -> str:
    """'Earl Howe' -> 'Howe': the gold records a peer printed by title and surname by the surname."""
    return PEER_TITLE_BEFORE_SURNAME_RE.sub("", name)


# Words of a motion's record that follow a mover's name when "Moved by Cllr X" and "Seconded by Cllr Y" lines are read
# as one paragraph ("Moved by Councillor Lund Seconded by …"): never a surname.
MOTION_WORDS = frozenset({"seconded", "moved", "proposed", "carried", "that", "resolved"})
_MOTION_WORD_AFTER_RE = re.compile(r"(?<!\s)\s+(?:Seconded|Moved|Proposed|Carried|That|THAT|Resolved|RESOLVED)$")


# An English judge's style: "Mr Justice Cavanagh", "Lord Justice Singh" name the judge by the surname.
JUDGE_STYLE_RE = re.compile(r"^(?:Mr|Mrs|Ms|Lord|Lady)\.?\s+Justice\s+(?=[A-Z])")


def strip_title(name: str) -> str:
    name = JUDGE_STYLE_RE.sub("", name.strip())
    name = re.sub(rf"^(?:(?:{TITLES})\s+)+", "", name)  # "Cllr Mrs P. Pyke"
    name = _MOTION_WORD_AFTER_RE.sub("", name)
    name = without_peer_title(name)
    name = _without_post_title(name)
    name = re.sub(r"(?<=[a-z]),?\s+(OBE|MBE|CBE|JP|MP|MSP|DL|QC|KC)\.?$", "", name)
    name = re.sub(r"^the\s+", "", name, flags=re.I) if re.match(r"^the\s+[A-Z]", name) else name
    return " ".join(name.split()).strip(" ,.;:")


# Common given names, which name people printed without a title (see the file's header).
GIVEN_NAMES = given_names()


# Irish surnames open with a capitalised particle printed apart: "Seán Ó Briain", "Máire Ní Bhriain", "Pádraig Mac
# Suibhne"
IRISH_PARTICLE = "Ó|Ní|Nic|Mac|Mhic|Uí|Ua"
_PARTICLE = f"van|von|de|del|della|der|den|du|da|di|dos|le|la|ten|ter|ap|ab|{IRISH_PARTICLE}"
# A lookahead, so that "Smith Paul Jones" still finds "Paul Jones" after trying "Smith Paul"; a given name may carry
# accents ("Máire", "Seán"), on its capital too ("Áine", "Órla": round 88).
GIVEN_NAME_RE = re.compile(
    r"(?<![\w'’.@\-])(?=(?P<given>[A-ZÁÉÍÓÚ][a-zß-öø-ÿ]+(?:[A-Z][a-z]+)?)(?:\s+(?P<initial>[A-Z])\.?)?\s+"
    # a surname may open with particles ("de Jong"), a particle run into it ("DaSilva", "DeCroix") or carry a
    # particle after its hyphen ("Ostrander-van Hal")
    # "St Ledger" opens with its saint; "Adams- Wright" is a double-barrelled name printed with a space after its hyphen
    # a Gaelic surname runs its particle into it and carries accents ("NicLeòid", round 42)
    rf"(?P<surname>(?:(?:{_PARTICLE})\s+){{0,2}}(?:St\.?\s+(?=[A-Z][a-z]))?(?:Mc|Mac|Nic|O['’]|De|Da|Di|Du|La|Le|Van|Von)?"
    rf"[A-Z][a-zß-öø-ÿ]+(?:(?:-\s(?=[A-Z])|[\-'’])(?:(?:{_PARTICLE})\s+(?=[A-Z]))?[A-Z]?[a-z]+)*)(?![\w@\-])(?!['’](?!s\b)))"
)


INITIAL_BEFORE_RE = re.compile(r"(?<![\w'’.\-])[A-Z]\.?[ \t]++$")

# A capitalised word after the name that makes it a place, a building or a body: "Julian Bower Farm",
# "Florence Nightingale House", "Victoria Road".
_PLACE_WORDS_TEXT = """
    Road Street Lane Avenue Close Way Drive House Hall Court Place Park Centre Center Square Gardens Terrace Crescent
    Green Hill Walk Row Bridge Farm Cottage Cottages Wood Woods Field Fields Estate Building Buildings Room Rooms
    Chambers Memorial Award Awards Fund Prize Line Station Street Mews Rise Grove View Yard Lodge Manor Primary
    Academy Hospital Ward Centre Road Trophy Cup Lecture Scholarship Day Week Van Von De Du Le La Da Di St Bank
    Elementary Village Quay Wharf Hospice Infirmary
    Infant Infants Junior Nursery Community Grant Foundation Ave Ct Rd Ln Blvd Pl Cres Sq Gdns Tce Hwy Pkwy
    Boulevard Parkway Highway Plaza Circle Trail Pike
"""

PLACE_WORDS = frozenset(_PLACE_WORDS_TEXT.split())

POST_HEAD = (
    r"(?:Head|Director(?:\s+General)?|Manager|Officer|Chair(?:man)?|Chief\s+Executive|Secretary|Commissioner|Lead|"
    r"Advis[eo]r|Co-?ordinator|Controller|Registrar|Treasurer)"
)

POST_MODIFIER = (
    r"(?:Deputy|Assistant|Acting|Interim|Chief|Senior|Executive|Non-Executive|National|Regional|Principal|Operations|"
    r"Operating|Finance|Financial|Policy|Programme|Strategy|Corporate|Technical|HR|General|Development|Property)"
)


# "Colette Barraclough, Head of Digital Services at …", "Owain Pryce (Director, Finance …)", "Gwilym Rees, Operations
# Director, HMCTS", "Abida Karim, Strategy and Policy Manager": a name whatever its given name, then its post.
POST_APPOSITION_RE = re.compile(
    rf"(?<![\w'’.@&\-])({NAME})\s+({SURNAME})(?:,\s+|\s+\()(?:{POST_MODIFIER}(?:\s+(?:and|&))?\s+){{0,3}}"
    rf"{POST_HEAD}(?![\w'’\-])"
)


def post_apposition_people(text: str) -> list[str]:
    """People printed as a name and a surname with their post after a comma or in brackets."""
    found = []
    for match in POST_APPOSITION_RE.finditer(text):
        given, surname = match[1], match[2]
        if any(_not_a_surname(word) or word in PLACE_WORDS or word.isupper() for word in (given, surname)):
            continue
        if re.fullmatch(ORG_STARTS, given) or given.lower() in NAME_WORD_STOP:
            continue
        if re.search(r"[A-Z][\w'’\-]*\s+$", text[: match.start()]):
            continue  # "Corporate Resources Performance Management, Head …": a longer capitalised run
        found.append(f"{given} {surname}")
    return found


# The capitalised word before a name, read backwards from the name's start in the reversed text: matching at a
# position keeps each name's look back to its own words (searching the whole text before each name is quadratic).
# "Siân | Wyn Hughes": an accented given name
WORD_BEFORE_REVERSED_RE = re.compile(rf"{NOT_INSIDE_SPACES}\s++([a-zß-öø-ÿ]++[A-Z])")

WORD_AFTER_RE = re.compile(rf"{NOT_INSIDE_SPACES}\s++([A-Z][\w'’\-]*)")

COUNCIL_MEMBER_AFTER_RE = re.compile(rf"{NOT_INSIDE_SPACES}\s++Council\s++(?:Member|President)\b")

# The trade in a firm's name, never a surname: "Dana Enterprises, Inc.", "Alexander Lawns", "Goly Young Construction".
FIRM_TRADE_WORDS = frozenset(
    {"Construction", "Contractors", "Contracting", "Enterprises", "Engineering", "Consulting", "Roofing", "Landscaping",
     "Lawn", "Lawns", "Holdings", "Realty", "Builders", "Plumbing", "Electrical", "Demolition", "Excavating", "Paving",
     # a parish's grounds contractors: "C J Mowing", "A & B Landscapes", "T G Grounds Maintenance"
     "Landscapes", "Mowing", "Fencing", "Maintenance", "Groundcare", "Surfacing", "Joinery", "Glazing"}
)  # fmt: skip


FIRM_TAIL_RE = re.compile(
    rf"{NOT_INSIDE_SPACES}(?:\s++(?:and|&)\s++(?:Associates|Partners|Sons|Co)\b|"
    # "Ray Martin, Inc.", "Josh Tedders Construction, Inc.": a firm named after its founder, by its legal form or trade
    rf",?\s++(?:Inc|Corp|LLC|Ltd|Limited|LLP|plc)\b|\s++(?:{'|'.join(sorted(FIRM_TRADE_WORDS))})\b)"
)
# "Brendon Vale AONB Partnership": a place's name, then the capitals and the head of a body's name
ACRONYM_BODY_TAIL_RE = re.compile(rf"{NOT_INSIDE_SPACES}\s++[A-Z]{{2,6}}\s++(?:{ORG_WORD})(?![\w\-])")

# "Jane Morris West Lindsey District Council": a compass word opening a place's name after the surname, no middle name
COMPASS_PLACE_AFTER_RE = re.compile(r" (?:North|South|East|West|Mid) [A-Z]")
MIDDLE_NAME_RE = re.compile(r" ((?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*)(?![\w@\-'’])")


def _is_given_name(word: str) -> bool:
    """A common given name, or one run together with a second ("BettyLou", "MaryAnn")."""
    if word in GIVEN_NAMES:
        return True
    if word[1:].islower():  # one word, not in the list
        return False
    run_together = _RUN_TOGETHER_GIVEN_RE.fullmatch(word)
    return bool(run_together) and run_together[1] in GIVEN_NAMES


_RUN_TOGETHER_GIVEN_RE = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]{1,4}")


def given_name_people(text: str) -> list[str]:
    """People printed as a common given name and a surname, without a title ("Steven Kitt of AMEY")."""
    found = []
    reversed_text = text[::-1]
    person_end = -1  # where the last person read ends
    for match in GIVEN_NAME_RE.finditer(text):
        given, surname = match["given"], match["surname"]
        if not _is_given_name(given) or _not_a_surname(surname):
            continue
        if person_end >= 0 and PERSON_OF_RE.fullmatch(text, person_end, match.start()) and not match["initial"]:
            # "Kay Lucas of Brent Valley Flood Forum": the body a person is of, not a second person; a middle
            # initial names a person ("the reappointment by Mayor Jim Suttle of Anne M. Meysenburg")
            continue
        end = match.end("surname")
        before = WORD_BEFORE_REVERSED_RE.match(reversed_text, len(text) - match.start())
        if before and (before[1][::-1] in GIVEN_NAMES or before[1][::-1] in CAPITAL_PARTICLES):
            continue  # "Betty Ellen Lane", "Elfan Ap Rhys": a longer name, not "Ellen Lane" nor "Rhys North"
        if match["initial"] and INITIAL_BEFORE_RE.search(text, max(0, match.start() - 4), match.start()):
            continue  # "G Bevan D Zielinski": a list of initials and surnames run together, not "Bevan D Zielinski"
        if surname in SURNAME_PLACE_WORDS and _place_run_before(reversed_text, match.start()):
            continue  # "Black Robin Lane", "Upper Rose Hill": a road or place named in capitalised words
        after = WORD_AFTER_RE.match(text, end)
        if (
            after
            and (
                after[1] in PLACE_WORDS
                or re.fullmatch(ORG_WORD, after[1])
                and after[1] != "Friends"
                or re.fullmatch(ORG_WORD, f"{surname} {after[1]}")  # "Angus Voluntary Action": a body
            )
            and not COUNCIL_MEMBER_AFTER_RE.match(text, end)  # "Ronnie Anderson Council Member"
        ):
            continue
        if surname in BODY_OF_HEADS and BODY_OF_AFTER_RE.match(text, end):
            continue  # "the Kelsey Chamber of Commerce", "Beverley Council of Churches": a town's body (round 53)
        run = TWO_WORDS_AFTER_RE.match(text, end)
        if run and run[2] in PLACE_RUN_HEADS and not _is_given_name(run[1]) and not TITLE_WORD_RE.fullmatch(run[1]):
            continue  # "the EA's Leigh Flood Storage Area": a place in three words or four, not a person
        if FIRM_TAIL_RE.match(text, end) or ACRONYM_BODY_TAIL_RE.match(text, end):
            continue  # "Scott Cobb and Associates": a firm named after its founder
        middle = MIDDLE_NAME_RE.match(text, end)
        if (
            middle
            and surname in GIVEN_NAMES
            and not match["initial"]
            and middle[1] not in GIVEN_NAMES
            and not _not_a_surname(middle[1])
            and not COMPASS_PLACE_AFTER_RE.match(text, end)
        ):
            surname = f"{surname} {middle[1]}"  # "Mary Ellen Greb": the second given name is no surname
        surname = re.sub(r"['’]s$", "", surname.replace("- ", "-"))
        name = " ".join(part for part in (given, match["initial"], surname) if part)
        found.append(with_surname_after_particle(name, text, end))
        person_end = match.end("surname")
    return found


# Heads of a body named "X of Y" that no one bears as a surname ("Board", "Church" are surnames too): a given name
# before one is the town or the founder the body is named after.
BODY_OF_HEADS = frozenset(
    {"Chamber", "Council", "Society", "Institute", "Federation", "Association", "Guild", "Union", "League", "Diocese",
     "University", "Academy"}
)  # fmt: skip
BODY_OF_AFTER_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")

# Two capitalised words after a name, the second a place's head: the name opens a place's ("Leigh Flood Storage
# Area"). "Area" heads only such runs ("Jane Smith Area Manager" is a person and a post).
TWO_WORDS_AFTER_RE = re.compile(rf"{NOT_INSIDE_SPACES}\s++([A-Z][a-z]+)\s++([A-Z][a-z]+)(?![\w'’\-])")
PLACE_RUN_HEADS = PLACE_WORDS - {"Van", "Von", "De", "Du", "Le", "La", "Da", "Di", "St"} | {"Area"}


def _place_run_before(reversed_text: str, start: int) -> bool:
    """'Black Robin Lane': the capitalised word before the name opens a road's or a place's name, unless it ends
    a name or a title of its own ("Cllr Smith Kate Green", "Amanda Sharman Kate Green" in a list)."""
    before = TWO_WORDS_BEFORE_REVERSED_RE.match(reversed_text, len(reversed_text) - start)
    if not before or TITLE_WORD_RE.fullmatch(before[1][::-1]):
        return False
    earlier = (before[2] or "")[::-1].rstrip(".")
    return not (earlier in GIVEN_NAMES or TITLE_WORD_RE.fullmatch(earlier))


# The two words before a name, read backwards as WORD_BEFORE_REVERSED_RE reads one.
TWO_WORDS_BEFORE_REVERSED_RE = re.compile(rf"{NOT_INSIDE_SPACES}\s++([a-z]++[A-Z])(?:\s++(\.?[a-z]*+[A-Z]))?")


# Between a person's name and the body they come from: "Kay Lucas of Brent Valley Flood Forum".
PERSON_OF_RE = re.compile(rf",?+{NOT_INSIDE_SPACES}\s++(?:of|from)\s++")


# Place words that are also common surnames ("Rachel Wood", "Kate Green").
SURNAME_PLACE_WORDS = frozenset(
    {"Wood", "Woods", "Green", "Hall", "Hill", "Field", "Fields", "Ward", "Day", "Bank", "Lane"}
)


# The sector a board's director represents, printed after the name in a directors' table read as lines ("Prof Robert
# Allison Universities", "Dr Nik Kotecha OBE Private Sector"): never a surname (round 42).
SECTOR_WORDS = frozenset({"Sector", "Sectors", "Universities"})


# A minute's reporting verb, capitalised as some clerks print it after a name: "Anna Rose Reported that …", "Cllr
# Sarah Jane Advised that …" (round 43): never a surname nor a second given name's run-on.
REPORTING_VERBS = frozenset(
    {"Reported", "Reports", "Advised", "Advises", "Confirmed", "Confirms", "Stated", "States",
     "Noted", "Notes", "Explained", "Explains", "Asked", "Asks", "Agreed", "Agrees", "Informed", "Informs", "Thanked",
     "Presented", "Presents", "Raised", "Queried", "Suggested", "Suggests", "Welcomed", "Updated", "Updates",
     "Declared", "Requested", "Requests", "Expressed", "Replied", "Responded", "Outlined", "Highlighted", "Commented",
     "Mentioned", "Proposed", "Seconded", "Introduced", "Summarised", "Circulated", "Undertook", "Offered",
     "Volunteered", "Tabled", "Chaired", "Attended", "Gave", "Felt", "Believed", "Wished", "Added", "Clarified",
     "Recommended", "Recommends", "Apologised", "Thanks", "Continued", "Opened", "Closed"}
)  # fmt: skip


@lru_cache(maxsize=4096)
def _not_a_surname(word: str) -> bool:
    return bool(
        word in SECTOR_WORDS
        or word in REPORTING_VERBS
        or word in PLACE_WORDS - SURNAME_PLACE_WORDS
        or word in FIRM_TRADE_WORDS
        or re.fullmatch(ORG_WORD, word)
        or MONTH_OR_DAY_RE.match(word)
        or word.lower() in NAME_WORD_STOP | LIST_WORDS | GENERIC_ORG_WORDS
        or ROLE_HEADS.match(word)
    )


def _is_full_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and len(words[0].rstrip(".")) > 1 and words[0][0].isupper() and words[0][1:].islower()


# The last word of a role, not of a name: "Administration Adviser", "Senate Assessor", "General Manager".
ROLE_LAST_WORD_RE = re.compile(
    r"(?:Advis[eo]r|Assessor|Manager|Officer|Director|Member|Secretary|Executive|Engineer|Planner|Accountant|"
    r"Administrator|Attorney|Treasurer|Co-?ordinator|Chairperson|Convener|Convenor|Representative|Assistant|"
    r"Consultant|Analyst|Supervisor|Curator|Councillor|Councilor|Commissioner|Superintendent|Inspector|Adviser['’]s)"
)


_TITLE_BEFORE_NAMES_RE = re.compile(
    # not a post in apposition ("J Connelly — Clerk") nor inside a body's name ("Society of Chief Librarians")
    rf"(?<![\w'’.\-])(?<![—–-] )(?<!\bof )(?P<title>{PLURAL_POST_TITLES}|{SINGLE_POST_TITLES})"
    r"(?:\s*+(?P<colon>:))?\s++(?=[A-Z])"  # possessive: a run of spaces before no capital is given up at once
)
_TITLED_FULL_NAME_RE = re.compile(
    rf"(?:(?:{SINGLE_POST_TITLES})\s+)?"
    rf"(?P<name>(?:[A-Z]\.?\s*){{0,3}}(?:{NAME}\s+(?:[A-Z]\.?\s+){{0,2}})?{SURNAME})(?![\w'’])"
)
_TITLED_SURNAME_RE = re.compile(rf"(?:(?:{SINGLE_POST_TITLES})\s+)?(?P<name>(?:[A-Z]\.?\s*){{0,3}}{SURNAME})(?![\w'’])")
_LIST_SEPARATOR_RE = re.compile(
    rf"{NOT_INSIDE_SPACES}(?:\s*+\([^()]{{1,40}}\))?(?:,?\s++(?P<joiner>and|&)\s+|\s*+[,;]\s*)"
)
# words of documents, not of names, after a post word: "Clerk Report", "Treasurer Update"
_NOT_NAME_WORDS = frozenset(
    {
        "report",
        "reports",
        "update",
        "updates",
        "person",
        "of",
        "and",
        "the",
        "none",
        "nil",
        "vacant",
        "salary",
        "expenses",
        "nurse",  # "Chief Nurse", "Senior Nurse": a post after a post word
        "solicitor",
        "matron",
        "librarian",
        "exec",  # "Deputy Chief Exec, Salford CVS": a post shortened
        *MOTION_WORDS,
    }
)


@lru_cache(maxsize=4096)  # asked again for each title of a long run of them ("Cllr Cllr Cllr …")
def _listed_person(name: str) -> str | None:
    """A name of a titled list; None when a word of it is no name's ("Clerk Report", "Chief Planner")."""
    words = name.split()
    for word in words:
        parts = [word.removesuffix("s"), *word.split("-")]  # "Commissioners", "Administrator-Clerk-Treasurer"
        if word.lower() in _NOT_NAME_WORDS or any(_not_a_surname(part) for part in [word, *parts]):
            return None
    return None if ROLE_LAST_WORD_RE.fullmatch(words[-1]) else name


def _titled_name_at(text: str, position: int) -> tuple[str, int] | None:
    """The name (and where it ends) of a titled list at position: two name words if they read as a name, else one."""
    match = _TITLED_FULL_NAME_RE.match(text, position)
    after = match and WORD_AFTER_RE.match(text, match.end())
    if after and (after[1] in PLACE_WORDS or re.fullmatch(ORG_WORD, after[1])):
        return None  # "Chair Kent Housing Group", "Julian Bower Farm": a body or a place
    if match and (person := _listed_person(match["name"])):
        return person, match.end()
    match = _TITLED_SURNAME_RE.match(text, position)
    if not match or not (person := _listed_person(match["name"])):
        return None
    # a surname alone is followed by no further name word: "Chief Administrative Officer", "Ellen C. Whitaker"
    after = WORD_AFTER_RE.match(text, match.end())
    if after and not _TITLE_BEFORE_NAMES_RE.match(text, after.start(1)) and not _opens_next_part(after[1]):
        return None
    return person, match.end()


def _opens_next_part(word: str) -> bool:
    """A word that ends a list of names and opens what follows it ("… Prideaux and Wardle | Also present:",
    "… Councillor Lund | Seconded by …")."""
    return word.lower() in _NEXT_PART_WORDS


_NEXT_PART_WORDS = MOTION_WORDS | {
    "also", "apologies", "present", "absent", "attending", "attendance", "officers", "staff", "guests", "observers",
}  # fmt: skip


PLURAL_POST_TITLE_RE = re.compile(PLURAL_POST_TITLES)
# A lower-case word after the name a "Chair:" label gives, other than a list's joiner: speech, not a name.
SPEECH_AFTER_RE = re.compile(rf"{NOT_INSIDE_SPACES}\s++(?!(?:and|or)\b)[a-z]")


def post_title_people(text: str) -> list[str]:
    """People after a post word used as a title ("Chair Gillespie", "Chairman Ira Woodley") and each name of a list
    after one title ("Cllrs Bennie and Tolland", "Commissioner Maycock, Fielding and B. Naylor"), each once, in the
    order first named. After a singular title the list must end in "and"/"&", as lists do; a plural title's list may be
    commas only."""
    found: dict[str, None] = {}
    listed = _NameList([], {})
    for title in _TITLE_BEFORE_NAMES_RE.finditer(text):
        first = _titled_name_at(text, title.end())
        if first is None or (title["colon"] and SPEECH_AFTER_RE.match(text, first[1])):
            continue  # "Q16 The Chair: Welcome to …": a transcript's speaker label, then what was said
        found[with_surname_after(first[0], text, first[1])] = None
        # a title inside a list already read ("Cllr A, Cllr B and …") lists the rest of it: read each list once
        if first[1] not in listed.item_at:
            listed = _names_listed_after(text, first[1])
        rest = listed.item_at.get(first[1], -1) + 1
        if (listed.joined or PLURAL_POST_TITLE_RE.fullmatch(title["title"])) and rest < listed.taken_from:
            found.update(dict.fromkeys(listed.names[rest : listed.taken_from]))
            listed.taken_from = rest
    return list(found)


@dataclass
class _NameList:
    """The names listed after a titled name, where each ends (-> its index), whether an "and"/"&" closed the list,
    and the index from which its names were taken (a later title within the list takes a part of those)."""

    names: list[str]
    item_at: dict[int, int]
    joined: bool = False
    taken_from: int = 1 << 30


# A personal title on an entry inside a list of surnames: "Councillors Noakes, Backhouse, Mrs Cobbold, Elliott, Dr Hall"
# (round 42); at most three titles ("Cllr Mrs Dr"), so a run of them is not reread from each.
TITLE_IN_LIST_RE = re.compile(rf"(?:(?:{TITLES})\s++){{1,3}}(?=[A-Z])")


def _names_listed_after(text: str, position: int) -> _NameList:
    listed = _NameList([], {})
    while not listed.joined and (separator := _LIST_SEPARATOR_RE.match(text, position)):
        title = TITLE_IN_LIST_RE.match(text, separator.end())
        item = _titled_name_at(text, title.end() if title else separator.end())
        if item is None:
            break
        listed.item_at[item[1]] = len(listed.names)
        listed.names.append(item[0])
        position, listed.joined = item[1], bool(separator["joiner"])
    listed.taken_from = len(listed.names)
    return listed


# Peers printed by their title and surname: "answered by Lord Sassoon", "Earl Howe". The gold records the surname
# (peerage titles dropped, as other titles are). "Lord Bishop of …", "Lord Mayor": a post, not a peer's name.
PEER_TITLES = frozenset({"Lord", "Baroness", "Earl", "Viscount", "Viscountess", "Countess", "Marquess", "Marchioness"})
PEER_RE = re.compile(rf"(?<![\w'’.\-])(?:{'|'.join(sorted(PEER_TITLES))})\s+({SURNAME})(?![\w'’\-])")
PEER_POST_WORDS = frozenset(
    {"Bishop", "Mayor", "Lieutenant", "Chancellor", "Provost", "President", "Speaker", "Chief", "Advocate", "Privy"}
)


def is_peer_post(titled: str) -> bool:
    """'Lord Bishop of Wakefield', 'Lord Mayor': a post held, read by the titled-name rule as a person."""
    words = titled.split()
    return len(words) >= 2 and words[0] == "Lord" and words[1] in PEER_POST_WORDS


# "Assistant Chief Earl Paxton", "Pastor Earl Boyd": after a post or a title "Earl" is a given name, not a peerage
POST_BEFORE_GIVEN_EARL_RE = re.compile(
    r"(?:Chief|Officer|Inspector|Sergeant|Sgt|Director|Captain|Commissioner|Manager|Deputy|Assistant|Superintendent|"
    r"Constable|Member|President|Pastor|Reverend|Rev|Mr|Dr|Councillor|Cllr|Alderman|Supervisor|Trustee|Engineer|"
    r"Principal|Coach|Attorney|Clerk|Treasurer|Secretary|Marshal)\.?\s+$"
)


def _given_name_earl(match: re.Match[str], text: str) -> bool:
    """'Earl' after a post or a title: a given name ("Assistant Chief Earl Paxton")."""
    return match[0].startswith("Earl") and bool(
        POST_BEFORE_GIVEN_EARL_RE.search(text, max(0, match.start() - 20), match.start())
    )


def peer_people(text: str) -> list[str]:
    """Peers printed by title and surname ("Earl Howe", "Baroness Worthington"), as their surnames."""
    return [
        match[1]
        for match in PEER_RE.finditer(text)
        if match[1] not in PEER_POST_WORDS
        and not _not_a_surname(match[1])
        and not match[1].isupper()
        and not _given_name_earl(match, text)
    ]


# Staff lists that join each post to its holder's surname by a dash, without commas: "Fire Chief — Parsons City
# Attorney — Levine Alderperson and Liaison to Board — Claiborne".
POST_DASH_NAME_RE = re.compile(
    rf"(?<![\w'’\-])(?:{ROLE_LAST_WORD_RE.pattern}|Chief|Board|Specialist|Clerk|Alderperson|Alderman|Engineer|"
    rf"Marshal|Planner|Mayor|Chair)\s+[—–-]\s+({SURNAME})(?![\w'’\-])"
)


TITLE_WORD_RE = re.compile(rf"(?:{TITLES}|{SINGLE_POST_TITLES}|{PLURAL_POST_TITLES})")


# A police officer by rank and collar number: "PC 4172 Rossiter", "Sergeant 2231 Barnes" (round 42).
COLLAR_NUMBER_NAME_RE = re.compile(
    rf"(?<![\w'’\-])(?:PCSO|PC|DC|DS|DI|Sgt|Sergeant|Constable|Inspector|Insp)\.?\s\d{{1,5}}\s((?:[A-Z]\.?\s){{0,2}}{SURNAME})"
    r"(?![\w'’])"
)


def collar_number_people(text: str) -> list[str]:
    """Officers named by rank, collar number and surname ("PC 1187 Okafor")."""
    return [match[1] for match in COLLAR_NUMBER_NAME_RE.finditer(text) if _listed_person(match[1].split()[-1])]


# A minutes' signature line naming its signer: "Signed: J. Hartley (Chair)", "Signed by Ann Price, Chair" (round 82);
# not the blank "Signed ……… Chairman" nor "Signed Chair" (a post, no name).
SIGNED_NAME_RE = re.compile(
    rf"(?<![\w'’\-])(?:Signed|Sign(?:ed)?\s+by|Signature)\s*[:\-–]?\s+"
    rf"((?:[A-Z]\.?\s+){{1,3}}{SURNAME}|{NAME}\s+{SURNAME})(?=\s*(?:[(,]|\s{{2}}|$))"
)
SIGNED_NOT_NAMES = frozenset({"Chair", "Chairman", "Chairperson", "Clerk", "Mayor", "Date", "Dated", "Secretary"})


def signed_people(text: str) -> list[str]:
    """The person a signature line names ("Signed: J. Hartley (Chair)" gives "J Hartley")."""
    return [
        " ".join(match[1].replace(".", " ").split())
        for match in SIGNED_NAME_RE.finditer(text)
        if not SIGNED_NOT_NAMES.intersection(match[1].replace(".", " ").split())
    ]


# "Anton Griese had confirmed his resignation": two capitalised words, a perfect or passive verb and "his" or "her"
# before a noun: the doer a person by the pronoun, whatever the given name (a body's pronoun is "its" or "their").
PRONOUN_PERSON_RE = re.compile(
    r"(?<![\w&'’.\-])([A-Z][a-z]+) ((?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+"
    r"(?:had|has|have|was|is)[ \t]+(?:[a-z]+ed|given|made|taken|written|sent|brought)[ \t]+(?:his|her)[ \t]+"
    r"(?!(?:that|to|of|about|on|in|by|with|for)\b)[a-z]"
)


def pronoun_people(text: str) -> list[str]:
    """People named by two capitalised words before a deed and "his" or "her" ("Anton Griese had confirmed his
    resignation"): neither word a title, a post's, a body's, a place's or a month's word, nor a sentence's opener, and
    no capitalised word before them."""
    return [
        f"{match[1]} {match[2]}"
        for match in PRONOUN_PERSON_RE.finditer(text)
        if not CAPITALISED_WORD_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
        and not any(
            TITLE_WORD_RE.fullmatch(word) or _not_a_surname(word) or re.fullmatch(ORG_STARTS, word)
            for word in (match[1], match[2])
        )
        and match[1] not in PLACE_OPENERS
    ]


PLACE_OPENERS = frozenset({"North", "South", "East", "West", "Mid", "Upper", "Lower", "Great", "Little", "New", "Old"})


# (a word of at most 61 characters: searched along one 20,000-letter word it would read to its end from each capital)
CAPITALISED_WORD_BEFORE_RE = re.compile(r"[A-Z][\w&'’\-]{0,60}+[ \t]$")  # the two words the tail of a longer name


def post_dash_people(text: str) -> list[str]:
    """Surnames after a post and a dash in a staff list ("City Attorney — Levine")."""
    return [
        match[1]
        for match in POST_DASH_NAME_RE.finditer(text)
        if _listed_person(match[1]) and not TITLE_WORD_RE.fullmatch(match[1])  # "Chair - CClr Gowrie": a title
    ]


# "Councillor Hugh H Evans", "Cllr Elfan Ap Rhys": a middle initial, or a Welsh or Dutch particle printed capitalised,
# then the surname, which the titled-name rule stops before
INITIAL_THEN_SURNAME_RE = re.compile(rf" ([A-Z])\.? ({SURNAME})(?![\w'’])")
CAPITAL_PARTICLES = frozenset(
    {"Ap", "Ab", "Van", "Von", "De", "Del", "Della", "Du", "Le", "La", "Da", "Di", "Vander", "Vanden", "Vande", "Dos"}
)
SURNAME_AFTER_PARTICLE_RE = re.compile(rf" ({SURNAME})(?![\w'’])")
IRISH_SURNAME_AFTER_RE = re.compile(rf" ((?:{IRISH_PARTICLE}) {SURNAME})(?![\w'’])")
# "Cllr Gwilym | ap Tomos", "Councillor Rhodri | ab Iorwerth": a lone given name, then a lower-case particle and the
# surname; "Seumas Mac | a' Phearsain": a Gaelic surname's article after its particle (round 42)
LOWER_PARTICLE_SURNAME_AFTER_RE = re.compile(
    rf" ((?:ap|ab|van|von|de|der|den|du|da|di) (?:(?:van|von|de|der|den) )?{SURNAME})(?![\w'’])"
)
# "Seán Mac | an tSaoi": the article's mutation ('t', 'n', 'h') runs into the surname's capital (round 88)
GAELIC_ARTICLE_SURNAME_AFTER_RE = re.compile(rf" ((?:a['’]|an) (?:[tnh](?=[A-Z]))?{SURNAME})(?![\w'’])")
# "Niamh Nic Giolla | Phádraig", "Mac Gille | Eathain": 'Giolla' / 'Gille' (servant of) always goes on into a name
GIOLLA_WORDS = frozenset({"Giolla", "Gille", "Ghille"})
# "Ms Mòrag | NicLeòid": a lone given name whose accent the titled-name rule stops at, then the surname
SURNAME_AFTER_GIVEN_RE = re.compile(rf" ({SURNAME})(?![\w'’])")


def with_surname_after_particle(name: str, text: str, end: int) -> str:
    """'Elfan Ap' printed before 'Rhys': a name read up to a capitalised particle goes on into the surname; a lone
    given name read before an Irish particle ("Councillor Seán" before "Ó Briain") goes on into the surname."""
    words = name.split()
    if len(words) == 1 and words[0] in GIVEN_NAMES and (irish := IRISH_SURNAME_AFTER_RE.match(text, end)):
        return f"{name} {irish[1]}"
    if len(words) == 1 and words[0] in GIVEN_NAMES and (lower := LOWER_PARTICLE_SURNAME_AFTER_RE.match(text, end)):
        return f"{name} {lower[1]}"
    if len(words) >= 2 and words[-1] in ("Mac", "Nic") and (gaelic := GAELIC_ARTICLE_SURNAME_AFTER_RE.match(text, end)):
        return f"{name} {gaelic[1]}"
    if len(words) >= 3 and words[-1] in GIOLLA_WORDS and (surname := SURNAME_AFTER_PARTICLE_RE.match(text, end)):
        return f"{name} {surname[1]}"
    if len(words) >= 2 and words[-1] in CAPITAL_PARTICLES and (surname := SURNAME_AFTER_PARTICLE_RE.match(text, end)):
        return f"{name} {surname[1]}"
    return name


def with_surname_after(name: str, text: str, end: int) -> str:
    """'Mrs Betty Ellen' printed before 'Lane': a name ending in a given name goes on into a surname that is
    also a place word ("Betty Ellen Lane"), which the titled-name rule stops before; a lone given name goes on
    over a middle initial ("Hugh H Evans"), a name ending in a particle into its surname ("Elfan Ap Rhys")."""
    words = name.split()
    initial = INITIAL_THEN_SURNAME_RE.match(text, end) if len(words) == 1 and words[0] in GIVEN_NAMES else None
    if initial and not _not_a_surname(initial[2]):
        return f"{name} {initial[1]} {initial[2]}"
    if (with_particle := with_surname_after_particle(name, text, end)) != name:
        return with_particle
    after = MIDDLE_NAME_RE.match(text, end)
    last = name.split()[-1] if name.split() else ""
    if after and last in GIVEN_NAMES and len(name.split()) >= 2 and after[1] in SURNAME_PLACE_WORDS:
        return f"{name} {after[1]}"
    if (
        after
        and len(words) == 2
        and all(word in GIVEN_NAMES for word in words)
        # a surname that is also a given name ends the name: "Councillor Dafydd Rhys | Thomas and Mr …" (round 42)
        and (after[1] not in GIVEN_NAMES or not WORD_AFTER_RE.match(text, after.end()))
        and not _not_a_surname(after[1])
        and not TITLE_WORD_RE.fullmatch(after[1])
        and not ROLE_LAST_WORD_RE.fullmatch(after[1])
        and not COMPASS_PLACE_AFTER_RE.match(text, end)
    ):
        return f"{name} {after[1]}"  # "Councillor Siân Wyn | Hughes": a Welsh middle name, then the surname
    lone = SURNAME_AFTER_GIVEN_RE.match(text, end) if len(words) == 1 and not re.fullmatch(r"[A-Za-z]+", name) else None
    if lone and words[0] in GIVEN_NAMES and not _not_a_surname(lone[1]) and not TITLE_WORD_RE.fullmatch(lone[1]):
        return f"{name} {lone[1]}"  # "Ms Mòrag | NicLeòid": the titled-name rule stops at an accented given name
    return name


# A name printed in capitals after a title in capitals, as minutes print attendance and item titles ("PRESENT:
# COUNCILLOR JANE SMITH (CHAIR)", "PRESENTATION BY DR ALAN ROE, DIRECTOR …", round 88): the given name a known one
# or an initial, then the surname; read in title case ("Peter O'Neill"), as names are compared without case.
CAPITALS_TITLE = r"(?:COUNCILLOR|CLLR|MRS|MR|MS|MISS|DR|PROFESSOR|PROF)"
CAPITALS_NAME_RE = re.compile(
    rf"(?<![\w'’\-]){CAPITALS_TITLE}\.?\s+(?P<given>[A-Z]\.?|[A-Z][A-Z'’\-]+)\s+"
    r"(?P<surname>[A-Z][A-Z'’\-]*[A-Z])(?![\w'’\-])"
)
CAPITALS_NOT_SURNAMES = frozenset({"AND", "OR", "TO", "OF", "THE", "FOR", "BY", "WITH", "AT", "ON", "IN", "CHAIR"})


def capitals_people(text: str) -> list[str]:
    """The people a title in capitals names in capitals ("COUNCILLOR PETER O'NEILL" gives "Peter O'Neill", "MRS J
    HOLLOWAY" "J Holloway")."""
    found = []
    for match in CAPITALS_NAME_RE.finditer(text):
        given, surname = match["given"].rstrip("."), match["surname"]
        if surname in CAPITALS_NOT_SURNAMES or (len(given) > 1 and given.title() not in GIVEN_NAMES):
            continue
        found.append(f"{given.title()} {surname.title()}")
    return found


# A name printed surname first with its title in brackets, as registers and attendance tables print them
# ("Smith, Jane (Cllr); Patel, Ravi (Cllr)", round 88): the person is "Jane Smith".
SURNAME_FIRST_RE = re.compile(
    rf"(?<![\w'’\-])(?P<surname>{SURNAME}),\s+(?P<given>{NAME}(?:\s+{NAME})?)\s*"
    r"\((?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Revd)\.?\)"
)


def surname_first_people(text: str) -> list[str]:
    """The people a list prints surname first before a bracketed title ("Holloway, Margaret (Mrs)")."""
    return [
        f"{match['given']} {match['surname']}"
        for match in SURNAME_FIRST_RE.finditer(text)
        if not _not_a_surname(match["surname"]) and not any(map(_not_a_surname, match["given"].split()))
    ]


# An attendance line listing surnames in capitals, each before its initials ("Apologies: SMITH J, PATEL R, O'BRIEN M",
# round 88): the person is "J Smith". Only after an attendance head, and only a surname with a vowel in it of three
# letters or more ("KCC A" is a body's acronym and a letter).
ATTENDANCE_HEAD_CAPS_RE = re.compile(
    r"^\s*(?:present|apologies(?:\s+for\s+absence)?|attendees|attendance|in\s+attendance|absent|members)\s*[:\-–]\s*",
    re.IGNORECASE,
)
# the surname read whole, at most 61 characters, with a vowel after its first letter (as two runs around the vowel, it
# was split at each vowel of a long hyphenated run, from each hyphen: "A-A-A-…" ran for minutes)
CAPITAL_SURNAME_INITIALS_RE = re.compile(
    r"(?:(?<=[,;:\-–])|(?<=\band\b)|(?<=&))\s*"
    r"(?P<surname>(?:MC|MAC|O['’])?[A-Z](?=[A-Z'’\-]{0,59}[AEIOUY])[A-Z'’\-]{0,60}+)"
    r"\s+(?P<initials>(?:[A-Z]\.?\s?){1,2})(?=\s*(?:[,;&(]|and\b|$))"
)


def capital_surname_initials_people(text: str) -> list[str]:
    """The people an attendance line lists as 'SMITH J' ("J Smith")."""
    head = ATTENDANCE_HEAD_CAPS_RE.match(text)
    if not head:
        return []
    found = []
    for match in CAPITAL_SURNAME_INITIALS_RE.finditer(text, head.start() + len(head[0].rstrip())):
        surname = match["surname"]
        if len(surname.strip("'’-")) < 3 or surname in CAPITALS_NOT_SURNAMES:
            continue
        initials = " ".join(match["initials"].replace(".", " ").split())
        found.append(f"{initials} {surname.title()}")
    return found


# A motion's record naming members by surname alone (stop 57): "Motion by Stein, second by Dahl", "It was moved by
# Mueller and seconded by Malmberg", "The motion was seconded by Kessel" (not "moved by Ann Lee": a full name, read by
# the name rules).
MOTION_BY_SURNAME_RE = re.compile(
    rf"\b(?:[Mm]otion(?:\s++was\s++made)?|[Mm]oved|[Ss]econd(?:ed)?|[Ss]upported)\s++by\s++({NAME_WORD})"
    r"(?![\w'’\-]|\s++[A-Z]|\s*+/)"
)
# A vote's list of surnames after its label: "Affirmative: Sundquist, Kessel, Sedlak", "Voting in the affirmative were
# Dahl, Haugen, and Stein", "Ayes: Cole and Ruiz". Each name but the last is followed by "," or "and"; the last by
# anything but another name word (a full name is the name rules').
VOTE_LABEL_RE = re.compile(
    r"(?:\b(?:Affirmative|Ayes?|AYES?|Nays?|NAYS?|Noes|NOES|Yeas|YEAS|Opposed|Abstain(?:ed|ing)?|Absent|ABSENT)\s*+:"
    r"|\b[Vv]oting\s++in\s++the\s++affirmative\s++were|\b[Vv]oting\s++(?:[Aa]ye|[Yy]es|[Nn]ay|[Nn]o|against)\s*+:)"
    r"[ \t]*+"
)
VOTE_LIST_NAME_RE = re.compile(rf"({NAME_WORD})(,[ \t]*+(?:and[ \t]++)?|[ \t]++and[ \t]++)?")
NEXT_NAME_WORD_RE = re.compile(r"[ \t]++[A-Z][a-z]")
POST_TITLE_RE = re.compile(rf"{SINGLE_POST_TITLES}|{PLURAL_POST_TITLES}")
SPELLED_POST_TITLES = ("Commissioner", "Councillor", "Councilmember", "Councilman", "Secretary", "Treasurer", "Trustee")
VOTE_WORDS = frozenset({"None", "All", "Unanimous", "Unanimously", "Nil", "Nobody", "Members", "Everyone", "Motion"})


def _vote_list_surnames(text: str, at: int) -> list[str]:
    """The surnames of a vote's list starting at ``at``; none when a name of it reads as a full name."""
    found = []
    while (match := VOTE_LIST_NAME_RE.match(text, at)) is not None:
        found.append(match[1])
        at = match.end()
        if not match[2]:
            break
    following = NEXT_NAME_WORD_RE.match(text, at)
    if (following and not VOTE_LABEL_RE.match(text, following.end() - 2)) or len(found) > 12:
        return []
    return found


def vote_record_surnames(text: str) -> list[str]:
    """Members named by surname alone where a motion's mover, seconder or vote is recorded."""
    found = [match[1] for match in MOTION_BY_SURNAME_RE.finditer(text)]
    for label in VOTE_LABEL_RE.finditer(text):
        found += _vote_list_surnames(text, label.end())
    return [
        name
        for name in dict.fromkeys(found)
        if not _not_a_surname(name) and name not in TITLE_WORDS and name not in VOTE_WORDS and not _post_title(name)
    ]


def _post_title(word: str) -> bool:
    """'Comm' of "seconded by Comm. Wrenn", 'Com' of "by Com. Pauley": a post's title, whole or cut short."""
    return bool(
        POST_TITLE_RE.fullmatch(word)
        or POST_TITLE_RE.fullmatch(f"{word}.")
        or (len(word) >= 3 and any(title.startswith(word) for title in SPELLED_POST_TITLES))
    )


# A member named by the given name alone as the subject of what the minutes record (stop 57): "Lucy reported that …",
# "Dean also gave Dale's report", "Melissa will schedule …": a listed given name, not after another capitalised word
# (then it is a surname: "Ron Dean reported"), straight before a reporting verb, "will"/"would" or "made a motion".
GIVEN_ALONE_RE = re.compile(
    rf"(?<![\w'’\-])({GIVEN_WORD})[ \t]++(?:(?:also|then|further|again)[ \t]++)?"
    r"(?=(?:reported|said|noted|asked|agreed|explained|gave|presented|thanked|moved|seconded|suggested|proposed|"
    r"informed|stated|confirmed|updated|offered|mentioned|volunteered|replied|will|would|made\s++a\s++motion)\b)"
)


def given_name_alone_people(text: str) -> list[str]:
    """Members named by their given name alone as the subject of a sentence of the minutes."""
    found = []
    for match in GIVEN_ALONE_RE.finditer(text):
        name = match[1]
        if name not in GIVEN_NAMES or _not_a_surname(name) or name in TITLE_WORDS:
            continue
        before = _word_before(text, match.start())
        if before[:1].isupper() and not before.endswith((".", ":", ";", "!", "?")):
            continue  # "Ron Dean reported": the surname of a name the name rules read
        found.append(name)
    return list(dict.fromkeys(found))


def _word_before(text: str, at: int) -> str:
    """The word (with its stops and brackets) printed before ``at``, or "" at the text's start: "trophies" of
    "Prizes/trophies Graham reported"."""
    words = text[max(0, at - 40) : at].split()
    return re.split(r"[^\w'’\-.,;:!?()]", words[-1])[-1] if words else ""


# A name beside a person in a list of people: "Tom Brown, Amir Khan attended", "Wei Wang and Helen Pickering": the
# separator and the two words of the other name, whole (no capitalised word on either side).
COORDINATED_NAME_RE = re.compile(rf"(?<![\w'’\-])({NAME_WORD})[ \t]++({SURNAME_WORD})(?![\w'’\-])")
LIST_JOINER_RE = re.compile(r",[ \t]*+(?:and[ \t]++)?|[ \t]++and[ \t]++")
JOINER_AT_END_RE = re.compile(r"(?:,[ \t]{0,3}(?:and[ \t]{1,3})?|[ \t]{1,3}and[ \t]{1,3})$")
CAPITALISED_AND_BEFORE_RE = re.compile(r"(?<![\w'’\-])[A-Z][\w'’\-]*+[ \t]++(?:and|&)[ \t]*+$")  # (word starts only)
CAPITALISED_AFTER_RE = re.compile(r"[ \t]++(?:of[ \t]++)?[A-Z&(]")
CAPITALISED_BEFORE_RE = re.compile(r"(?:(?<![\w'’\-])[A-Z][\w'’\-]*+|&)[ \t]++$")  # (word starts only)


def coordinated_people(text: str, people: list[str]) -> list[str]:
    """Two-word names listed with a person the other rules read ("Tom Brown, Amir Khan", "Wei Wang and Tom Brown"):
    a list of people names people, whatever their given names. Not a place, body, month or post word, and not part
    of a longer capitalised run ("Tom Brown and Mill Lane", "Tom Brown, Rivermouth Housing Trust")."""
    known = {name for name in people if _named_by_given_name(name)}
    if not known:
        return []
    found = []
    for match in COORDINATED_NAME_RE.finditer(text):
        name = f"{match[1]} {match[2]}"
        if name in known or not _coordinated_shape(match, text):
            continue
        window = text[max(0, match.start() - 80) : match.start()]  # the joiner and a name before, no further
        joined = JOINER_AT_END_RE.search(window)
        before = joined and any(window[: joined.start()].endswith(person) for person in known)
        if before and ";" in text and "and" not in joined[0]:
            before = False  # "Ellen Shaw, Marshfield Allotments; Omar Haddad, …": entries of a name and a body
        if not before and CAPITALISED_AND_BEFORE_RE.search(window):
            continue  # "Minister for Local Government and English Devolution, Jim McMahon": the end of a post's name
        joiner = LIST_JOINER_RE.match(text, match.end())
        after = joiner and any(text.startswith(person, joiner.end()) for person in known)
        if before or after:
            found.append(name)
    return found


# The second word of a two-word body that reads like a name ("Kestlemere Homes", "Natural England", "Acme Digital"):
# never the surname of a name only its list gives.
BODY_TAIL_WORDS = frozenset(
    {"Homes", "Housing", "Care", "Health", "Water", "Rail", "Transport", "Estates", "Properties", "Developments",
     "Solutions", "England", "Wales", "Scotland", "Ireland", "Britain", "Living", "Media", "Digital", "Law", "Legal",
     "Planning", "Ecology", "Highways", "Education", "Sport", "Arts", "Heritage", "Energy", "Power", "Telecom"}
)  # fmt: skip


def _named_by_given_name(name: str) -> bool:
    """'Tom Brown', 'T Brown': a person whose first word is a listed given name or an initial (not 'Local Government'
    read as one)."""
    words = name.split()
    return len(words) >= 2 and (words[0] in GIVEN_NAMES or bool(re.fullmatch(r"[A-Z]\.?", words[0])))


# Before a name: a dash (a post or body after an attendee, 'Sue Grey – Equal Value') or a word that opens a thing's
# name ('Head of Children's Commissioning and Robin Cahill'); after it: a number ('Townhead Tel 61447') or 'of' and a
# lower-case word ('Pay and Reward Removal of non-consolidated …').
NOT_LIST_BEFORE_RE = re.compile(r"(?:[–—\-]|(?<![\w'’\-])(?:of|for|the|a|an|to|in|at|on|into|under|via))[ \t]*$")
NOT_LIST_AFTER_RE = re.compile(r"[ \t]*+(?:\d|of[ \t]++[a-z])")


def _coordinated_shape(match: re.Match[str], text: str) -> bool:
    if NOT_LIST_AFTER_RE.match(text, match.end()) or CAPITALISED_AFTER_RE.match(text, match.end()):
        return False
    return _name_shape(match, text) and not FIRM_TAIL_RE.match(text, match.end())


# Words of papers, schemes and money, not of names: "Outline Business Case from the Department for Transport",
# "Annual Report of the Audit Committee".
THING_WORDS = frozenset(
    {"Case", "Plan", "Plans", "Report", "Review", "Strategy", "Policy", "Meeting", "Minutes", "Bid", "Fund", "Scheme",
     "Project", "Programme", "Budget", "Account", "Accounts", "Statement", "Assessment", "Survey", "Study", "Paper",
     "Letter", "Agreement", "Contract", "Order", "Act", "Motion", "Petition", "Application", "Approval", "Consultation",
     "Decision", "Item", "Agenda", "Update", "Briefing", "Summary", "Framework", "Charter", "Standards", "Guidance",
     "Award", "Funding", "Support", "Annual", "Business", "Capital", "Revenue", "Draft", "Final", "Interim", "Outline",
     "Full", "Joint", "General", "Extraordinary", "Special", "Public", "Local", "National", "Regional",
     "Valley", "Vale", "Downs", "Hills", "Wolds", "Estuary", "Coast", "Moors", "Fens"}  # and a landscape's
)  # fmt: skip


def _name_shape(match: re.Match[str], text: str) -> bool:
    """Two words that can be a given name and a surname where they stand: no body, place, month, title or post word,
    no possessive, not opened by a capitalised word, a dash or a word that opens a thing's name."""
    given, surname = match[1], match[2]
    if surname in BODY_TAIL_WORDS or given.isupper() or surname.isupper() or re.search(r"['’]s$", given + surname):
        return False
    window = text[max(0, match.start() - 20) : match.start()]
    if NOT_LIST_BEFORE_RE.search(window) or CAPITALISED_BEFORE_RE.search(window):
        return False
    if any(_not_a_surname(word) or word in PLACE_WORDS or word in PLACE_OPENERS for word in (given, surname)):
        return False
    return not (
        given.lower() in _NOT_NAME_WORDS
        or surname.lower() in _NOT_NAME_WORDS
        or given in THING_WORDS
        or surname in THING_WORDS
        or TITLE_WORD_RE.fullmatch(given)
        or ROLE_LAST_WORD_RE.fullmatch(surname)
    )


PERSON_OF_THE_RE = re.compile(
    rf"(?<![\w'’\-])({NAME_WORD})[ \t]++({SURNAME_WORD})[ \t]++(?:of|from)[ \t]++the[ \t]++(?=[A-Z])"
)


def people_of_bodies(text: str, bodies: list[str]) -> list[str]:
    """'Xin Liu of the Moorcastle Housing Trust reported …': two name words before 'of the' and a body the text names
    are a person, whatever the given name ('Annual Report of the Audit Committee' is none: a thing's words)."""
    found = []
    for match in PERSON_OF_THE_RE.finditer(text):
        name = f"{match[1]} {match[2]}"
        tails = {body.split(f"{name} of the ", 1)[-1].split(f"{name} from the ", 1)[-1] for body in bodies}
        named = any(len(tail.split()) >= 2 and text.startswith(tail, match.end()) for tail in tails)
        if named and _name_shape(match, text):
            found.append(name)
    return found
