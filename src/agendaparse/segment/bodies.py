"""The body whose paper this is: a council, department or organisation named in the heading, the running
heads, the paper's web domain or its text; initialisms spelled out."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..dates import find_meeting_date
from .meeting_dates import find_time
from .patterns import (
    CAPITAL,
    COMMITTEE_WORDS,
    RECORD_TITLE_RE,
    SMALL_WORDS,
    _title_case_caps,
    title_case_caps_runs,
)

# the head of a place named 'X of Y' ('Isle of Kerrera', 'Bridge of Carron', 'Boat of Garve', 'Kyle of Lochalsh'):
# a land or water feature, so a heading's 'Meeting of' or a sentence's 'Clerk of' is never read into the name
PLACE_OF = (
    r"(?:Isles?|Vale|Forest|Soke|Bridge|Boat|Kyle|Mull|Port|Howe|Braes?|Water|Crook|Milton|Kirkton|Haugh|Bay|Glen|"
    r"Strath|Loch|Mouth|(?:Royal\s+)?Burgh)\s+of\s+(?:the\s+)?"  # 'The Royal Burgh of X and District Community Council'
)
# a word of a place's name: its capital and at most 63 more characters (Britain's longest place name,
# 'Llanfairpwllgwyngyll…gogogoch', has 58). A search tries each capital, so an unbounded run would read a long
# hyphenated OCR word ('Ee-Ee-…', 20,000 characters) to its end from each of its capitals
PLACE_WORD = CAPITAL + r"[\w'’-]{1,63}"
# the same word where a space must follow it: read whole (possessive), never given back a character at a time
SPACED_PLACE_WORD = CAPITAL + r"[\w'’-]{1,63}+"
BODY_RE = re.compile(
    r"\b((?:London Borough of|Royal Borough of|City of|Township of|Town of|Borough of|Village of|County of|Shire of|"
    rf"Regional Municipality of|(?:Regional )?District of(?! Columbia\b))\s+{PLACE_WORD}"
    r"(?:[ \t]+(?!(?:(?:City|Town|Village|Township|County|Borough|District|Parish)\s+)?Council\b|"
    # ('… OF THE DISTRICT OF WESTBROOK HELD IN …': the verb after the name, capitalised with it)
    rf"(?:Regular|Special|Meeting|Minutes|Agenda|Held|Was|Were|Which)\b|County\s+of\b){PLACE_WORD}){{0,2}}"
    # 'Crathes, Drumoak & Durris Community Council': three places, the first two parted by a comma (the last of two
    # words: 'Ashby, Kelby and Lower Wendale Parish Council')
    rf"|(?:{PLACE_OF})?{SPACED_PLACE_WORD}(?:,\s+{SPACED_PLACE_WORD}){{0,3}}\s+(?:and|with|&)\s+{SPACED_PLACE_WORD}"
    rf"(?:\s+{SPACED_PLACE_WORD})?\s+"
    r"(?:Parish|Town|Community)\s+Council"
    # 'Carnmoney & Glenavy City Council': two places joined by an ampersand name one council (in prose an 'and'
    # may join two parties: 'between Ashby and Westshire County Council')
    rf"|{SPACED_PLACE_WORD}\s+&\s+{SPACED_PLACE_WORD}\s+(?:City|Borough|District|County\s+Borough)\s+Council"
    rf"|{SPACED_PLACE_WORD}(?:\s+{SPACED_PLACE_WORD})?\s+Charter\s+Township"  # Michigan: 'Genoa Charter Township'
    rf"|(?:{PLACE_OF}|(?!(?:The|Regular|Special|Annual|Ordinary|Extraordinary|"
    rf"Adjourned|Monthly|Quarterly|Joint|Full|Cyngor|Sir|Bwrdeistref|Sirol|Dinas|Tref|Cymuned)\s){SPACED_PLACE_WORD}\s+(?:upon\s+)?){{1,3}}"
    r"(?:County|Borough|District|City|Parish|Town|Community|Metropolitan Borough|"
    r"County Borough)\s+Council)\b(?!\s+Forum\b)"  # a forum of the councils is no council
)
# every name BODY_RE reads holds one of these words, and reaches at most BODY_REACH characters before or after it:
# BODY_RE is run only in those windows, so a long line naming no body costs one scan for the words, not BODY_RE's
# tries at each of its words
BODY_CUE_RE = re.compile(r"\bof\s|\b(?:Council|Township)\b")
BODY_REACH = 160


def _cue_windows(text: str) -> Iterator[tuple[int, int]]:
    """The stretches of ``text`` within BODY_REACH of a cue word, overlapping ones merged, in order."""
    window: tuple[int, int] | None = None
    for cue in BODY_CUE_RE.finditer(text):
        start, end = max(cue.start() - BODY_REACH, 0), cue.end() + BODY_REACH
        if window and start <= window[1]:
            window = (window[0], end)
            continue
        if window:
            yield window
        window = (start, end)
    if window:
        yield window


def body_matches(text: str) -> Iterator[re.Match[str]]:
    """BODY_RE's matches in ``text``, as its ``finditer`` gives them, read only in the windows around cue words."""
    end = 0
    for start, window_end in _cue_windows(text):
        for found in BODY_RE.finditer(text, max(start, end), window_end):
            match = BODY_RE.match(text, found.start())  # read whole: the window's end may cut a name short
            if match is not None and match.start() >= end:
                end = match.end()
                yield match


NAME_ENDS = r"\s*$|\s+[-–—|]\s"  # a name printed alone: to the end of its cell, or of a running head's part
NATIONAL_BODY = (
    r"\b(HM Government|Cabinet Office|Home Office|HM Treasury|"
    # "Ministry of Coastal Affairs Board": the words before the meeting body's name; else the ministry's first word
    # 'Ministry of Coastal Affairs Science Advisory Council': a ministry of '… Affairs' ends there
    r"(?:Ministry|Department) (?:of|for) (?:[A-Z]\w+ ){1,2}Affairs(?: and [A-Z]\w+(?!\s+(?:and|&)\s))?|"
    r"Ministry of [A-Z]\w+(?:(?: and)? [A-Z]\w+){0,3}(?= (?:Board|Committee|Panel|Group)\b|{ALONE})|"
    r"Ministry of [A-Z]\w+|"
    r"Department (?:for|of) [A-Z][\w,]*(?:\s+(?:and\s+)?[A-Z]\w+){0,3}|"
    # 'Office for Public Records', 'Office of the Data Commissioner' printed alone (a line, a cell, a running head's
    # part): a non-ministerial department; never a post's office ('Office of the Chief Executive')
    r"Office (?:for|of) (?:the )?(?!(?:Chief|Leader|Mayor|Director|Head|Clerk|Deputy|Assistant|Executive)\b)"
    r"[A-Z]\w+(?:(?: and)? [A-Z]\w+){0,3}(?={ALONE}))\b"
)
NATIONAL_BODY_RE = re.compile(NATIONAL_BODY.replace("{ALONE}", NAME_ENDS))
# 'UNIVERSITY OF EXBRIDGE' heading its council's or court's papers: a university named alone in a heading cell (in a
# table or a sentence it is a place or a party: 'Museum of English Rural Life, The University of Reading')
UNIVERSITY_RE = re.compile(r"(?:The\s+)?(University\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


# 'UNIVERSITY COURT OF KILRENNY' heading a Scottish university court's minutes: the court of the University of X
UNIVERSITY_COURT_RE = re.compile(
    r"(?:The\s+)?University\s+Court\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)


def university_heading(lines: list[str]) -> str | None:
    """The university a heading line names alone in its first cell, or whose court it names ('University Court of
    Kilrenny' -> 'University of Kilrenny')."""
    for line in lines:
        cell = _title_case_caps(line.strip().split("   ")[0])
        match = UNIVERSITY_RE.fullmatch(cell)
        if match:
            return match[1]
        court = UNIVERSITY_COURT_RE.fullmatch(cell)
        if court:
            return f"University of {court['place']}"
    return None


SHORT_COUNCIL_RE = re.compile(  # 'THE VALE OF GLAMORGAN COUNCIL' letterhead: the 'The' is no part of the name
    r"^(?:[Tt]he\s+)?((?!(?:County|City|Borough|District|Parish|Town|Full|The)\b)"
    rf"{CAPITAL}[\w'’-]+(?:\s+(?:of\s+|upon\s+|and\s+)?{CAPITAL}[\w'’-]+){{0,2}}"
    r"\s+Council)$"
)


# 'Borough of Fenby and Marston' as a whole heading cell: a place of two names (in a sentence, 'between the City of
# Omaha and Great Plains', the 'and' joins two parties, so BODY_RE stops before it)
TWO_PLACE_MUNICIPALITY_RE = re.compile(
    r"(?:London Borough|Royal Borough|Borough|City|Town|Township|Village|County|District) of "
    rf"{CAPITAL}[\w'’-]+ (?:and|&) {CAPITAL}[\w'’-]+"
)

# 'Loughmore and Carrick Borough Council', 'Newry, Mourne and Down District Council', 'Causeway Coast and Glens
# Borough Council' as a whole heading cell: one council named by its places (in a sentence, 'between Ashby and
# Westshire County Council', the 'and' joins two parties, so BODY_RE stops before it)
_PLACE_NAME = rf"(?<![\w'’-]){CAPITAL}[\w'’-]{{1,63}}+(?: {CAPITAL}[\w'’-]{{1,63}}+)?"  # words whole, as PLACE_WORD
TWO_PLACE_COUNCIL_RE = re.compile(  # a whole cell: anchored, so a search never reads the list again from each place
    rf"^{_PLACE_NAME}(?:, {_PLACE_NAME})* (?:and|&) {_PLACE_NAME} "
    r"(?:City|Borough|District|County|County Borough) Council"
)


def _without_affiliations(line: str) -> str:
    """'Roger Hampson (London Borough of Redbridge), Jos Creese (Hampshire County' -> 'Roger Hampson , Jos
    Creese ': a council in brackets after a name is where an attendee comes from, not the meeting's body."""
    line = re.sub(r"\([^()]*\)", " ", line)
    return re.sub(r"\([^()]*$", " ", re.sub(r"^[^()]*\)", " ", line))


# words that follow a municipality's name in the name of one of its places or channels
# ('Township of Nipissing Community Centre', 'Township of Nipissing YouTube channel')
PLACE_NOUNS_RE = re.compile(
    r"(?<!\s)\s+(?:(?:Park|Beach)\s+\w|(?:Community|Centre|Center|Hall|Library|Road|Street|Office|Offices|Channel|YouTube|"
    r"Website|Fire|Recreation|Public|Municipal|Council|Committee|Board|Department|Museum|Arena|School|Cemetery|"
    r"Landfill|Commission|Planning|Zoning|Police|Parks|Housing|Utilities|Transit|Authority)\b).*$"
)


def _municipality_name(name: str) -> str:
    """'Township of Nipissing Community Centre' -> 'Township of Nipissing'."""
    if not re.match(
        r"^(?:London Borough|Royal Borough|City|Township|Town|Borough|Village|County|Shire|Municipality|District)"
        r" of\s",
        name,
    ):
        return name
    head, _, place = name.partition(" of ")
    return f"{head} of {PLACE_NOUNS_RE.sub('', place)}" if PLACE_NOUNS_RE.sub("", place) else name


def find_body(text: str, *, affiliations: bool = False) -> str | None:
    """The first council or department named in ``text``; with ``affiliations``, also one named in
    brackets after a person ('Ed Parkes (Cabinet Office)'), the last resort for a body's own staff."""
    for line in text.splitlines():
        if len([cell for cell in line.split("   ") if cell.strip()]) >= 4:
            continue  # a table row: a department named in a cell is the row's content, not the paper's body
        # 'MINUTES of a meeting of the PLANNING COMMITTEE of WEALDMOOR DISTRICT COUNCIL': a name in capitals
        line = title_case_caps_runs(_title_case_caps(line if affiliations else _without_affiliations(line)))
        # 'Open Data          Fenbrook County Council': two cells of a title row, each read alone
        # 'Welcome to North Lanarkshire Council | North Lanarkshire Council': a web page's title and its site's name
        for cell in re.split(r"\s{3,}|\s\|\s", line.strip()):
            if TWO_PLACE_MUNICIPALITY_RE.fullmatch(cell) or TWO_PLACE_COUNCIL_RE.fullmatch(cell):
                return cell
            match = (
                next(body_matches(cell), None) or NATIONAL_BODY_RE.search(cell) or SHORT_COUNCIL_RE.match(cell.strip())
            )
            if match:
                return _municipality_name(re.sub(r"[’']s$", "", " ".join(match[1].split())))
    return None


# 'Minute of Meeting of the Planning Committee of South Lanarkshire Council held ...': Scottish and Welsh councils
# are named 'X Council' with no kind, found by the committee they own
OWNER_COUNCIL_RE = re.compile(
    r"\b(?i:committee|board|panel|cabinet|sub-committee|working group|executive)\s+of\s+(?:the\s+)?"
    r"(?P<body>(?!(?:Parish|Town|County|City|District|Borough|Community|Full)\s)"
    rf"{CAPITAL}[\w'’-]+(?:\s+(?:and\s+)?{CAPITAL}[\w'’-]+){{0,3}}\s+Council)\b"
)


def council_of_committee(lines: list[str]) -> str | None:
    """The council a heading names as its committee's owner ('... Committee of Fife Council')."""
    for line in lines:
        match = OWNER_COUNCIL_RE.search(_title_case_caps(line))
        if match:
            return match["body"]
    return None


COUNCIL_ROOM_RE = re.compile(r"(?<![ \t])[ \t]+Chambers?\b")


def most_named_body(text: str, pattern: re.Pattern[str] = BODY_RE, *, kind: str = "") -> str | None:
    """The council (or with ``pattern``, the department) named most often (for papers whose first page
    does not name it); with ``kind``, the council of that kind ('Parish Council') named most often."""
    counts: dict[str, int] = {}
    cells = (cell for line in text.splitlines() for cell in re.split(r"[ \t]{3,}", line))  # a name spans no column gap
    joined = "\n".join(_title_case_caps(cell) for cell in cells)
    for match in body_matches(joined) if pattern is BODY_RE else pattern.finditer(joined):
        if "\n" in match[1] and COUNCIL_ROOM_RE.match(joined, match.end()):
            continue  # 'STUDY SESSION MINUTES' over 'City Council Chambers': a heading, then the room it sat in
        name = _municipality_name(" ".join(match[1].split()))
        if not name.lower().startswith("the ") and name.lower().endswith(kind.lower()):
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


GOV_DOMAIN_RE = re.compile(r"(?:@|\bwww\.)([a-z][a-z-]{2,40})\.gov\.uk\b", re.I)
# the spaces before the kind taken whole and only from their start: '\s+(?:kind)?\s*' shared a run of spaces two ways
# from each of its characters, and did not end on 20,000 spaces
COUNCIL_KIND_RE = re.compile(
    r"^(?:(?:London|Royal)\s+Borough\s+of\s+)|(?<!\s)\s++(?:(?:(?:Metropolitan|County)\s+Borough|County|Borough|"
    r"District|City|Parish|Town|Community)\s*+)?Council$"
)


def council_of_domain(text: str) -> str | None:
    """'Westford Borough Council' in a paper whose addresses are '@westford.gov.uk': the council whose place
    names the paper's own web or email domain (a paper naming other councils more often than its own)."""
    places = {
        re.sub(r"(?:dc|bc|cc|council)$", "", re.sub(r"[^a-z]", "", label.lower()))
        for label in GOV_DOMAIN_RE.findall(text)
    }
    if not places:
        return None
    for match in body_matches("\n".join(_title_case_caps(line) for line in text.splitlines())):
        name = _municipality_name(" ".join(match[1].split()))
        if re.sub(r"[^a-z]", "", COUNCIL_KIND_RE.sub("", name).lower()) in places:
            return name
    return None


# a phrase starts at a word's start and takes each word whole: tried from each capital inside one long word
# ('MM1MM1…', 'Ee-Ee-…'), the scan to the word's end made 20,000 characters take 8-18 s
PHRASE_RE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*+(?:\s+(?:(?:of|for|and|the|&|on|in|to)\s+)*[A-Z][\w’'-]*+){1,8}")


POSSESSIVE_END_RE = re.compile(r"[’']s$")


def expand_initialism(abbr: str, text: str) -> str | None:
    """'DCLG' -> 'Department for Communities and Local Government', the most frequent capitalised phrase
    in ``text`` whose capitalised words' initials spell ``abbr``."""
    counts: dict[str, int] = {}
    for match in PHRASE_RE.finditer(text):
        words = match[0].split()
        small = [word.lower() in SMALL_WORDS for word in words]
        for start in range(len(words)):
            if small[start]:
                continue
            initials = words[start][0]  # of the capitalised words of words[start:end], built up as end grows
            for end in range(start + 2, len(words) + 1):
                if small[end - 1]:
                    continue
                initials += words[end - 1][0]
                if len(initials) > len(abbr):
                    break  # a longer part only adds initials
                if initials == abbr:
                    phrase = POSSESSIVE_END_RE.sub("", " ".join(words[start:end]))  # "the Transparency Board’s request"
                    counts[phrase] = counts.get(phrase, 0) + 1
    return max(counts, key=lambda phrase: (counts[phrase], len(phrase))) if counts else None


def defined_initialism(abbr: str, text: str) -> str | None:
    """'Standing Advisory Council on Religious Education' where ``text`` defines 'SACRE' by printing it in brackets
    after that name; None where the initials are never so defined."""
    definitions = itertools.islice(re.finditer(rf"\(\s*{re.escape(abbr)}\s*\)", text), 5)  # defined once or twice
    before = [text[max(0, match.start() - 160) : match.start()] for match in definitions]
    return expand_initialism(abbr, "\n".join(before)) if before else None


def council_from_initialism(text: str) -> tuple[str, int] | None:
    """('Kent County Council', 10) from 'KCC' used ten times in a paper that names 'Kent' but never
    prints the council's full name; the place is the most frequent capitalised word with that initial."""
    prose = [line for line in text.splitlines() if len(re.findall(r"\b[a-z]{2,}\b", line)) >= 4]
    # in sentences, not a column of codes; 'WBC', 'SDC': a borough or district council's initials
    uses = re.findall(r"\b([A-Z](?:CC|BC|DC))\b", "\n".join(prose))
    # a paper may never print the word 'Council' ('KCC adoption of ICS delivery Plan'): then it uses the initials more
    if len(uses) < 2 or not (re.search(r"\bCouncil\b", text) or len(re.findall(r"\b[A-Z](?:CC|BC|DC)\b", text)) >= 3):
        return None
    initials = max(set(uses), key=uses.count)
    letter = initials[0]
    words = re.findall(rf"(?<![\w.])({letter}[a-z]{{2,}})\b", text)
    lower = set(re.findall(r"(?<![\w.@/-])[a-z]{3,}\b(?!\.\w)", text))  # not 'kent' of 'kent.gov.uk'
    common = {word for word in words if word.lower() in lower}  # 'Kent' is never written in lower case
    counts = {word: words.count(word) for word in set(words) - common}
    if not counts:
        return None
    place = max(counts, key=lambda word: counts[word])
    if counts[place] < 2:
        return None
    # 'KCC': most often a county council; a city council where the paper speaks of its city only
    kind = "City Council" if re.search(r"\bCity\b", text) and not re.search(r"\bCounty\b", text) else "County Council"
    kind = {"BC": "Borough Council", "DC": "District Council"}.get(initials[1:], kind)
    return f"{place} {kind}", uses.count(initials)


# 'Board of Directors Meeting – Part 1 – Public', 'Trust Board - Public': which part of the meeting, after dashes
PART_DASHED_SUFFIX_RE = re.compile(
    r"(?:(?<!\s)\s+[-–—]\s+(?:part\s+(?:\d|[ivx]{1,3}|one|two|[ab])|(?:held\s+)?in\s+(?:public|private)|public|private"
    r"|confidential))+\s*$",
    re.I,
)


def body_from_meeting_title(lines: list[str]) -> tuple[str, str] | None:
    """'Title of Meeting   Suffolk Libraries IPS - Board Meeting' -> ('Suffolk Libraries IPS', 'Board')."""
    for line in lines:
        match = re.match(r"^(?:title of meeting|meeting title|name of meeting|meeting)\s*:?\s{2,}(.+)$", line, re.I)
        if match:
            # 'Meeting:   Trust Board – Part 1 – Public': the board, then which part of its meeting (no body before it)
            parts = re.split(r"\s+[-–—:]\s+", PART_DASHED_SUFFIX_RE.sub("", match[1].strip()), maxsplit=1)
            if len(parts) == 2:
                committee = re.sub(r"\s+meeting$", "", parts[1].strip(), flags=re.I)
                if parts[0] and committee:
                    return parts[0].strip(), committee
    return None


MEETING_HEADING_RE = re.compile(
    r"^(?:The\s+)?(?P<org>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'&.-]*){0,6}?)\s+(?:[-–—:]\s+)?"
    r"(?:Annual General Meeting|Extraordinary General Meeting|General Meeting|AGM|EGM|A\.G\.M\.?|"
    r"Annual Meeting|Members[’']? Meeting|Board Meeting)\b"
)
LEGAL_SUFFIX_RE = re.compile(r"(?<!\s)\s+(?:Ltd|Limited|plc|PLC|CIC|LLP)\.?$")


def body_from_meeting_heading(lines: list[str]) -> str | None:
    """'Suffolk’s Libraries IPS Ltd Annual General Meeting' -> 'Suffolk’s Libraries IPS Ltd': a society,
    company or charity names itself in the heading of its own general or board meeting."""
    for line in lines[:2]:
        match = MEETING_HEADING_RE.match(_title_case_caps(line.strip()))
        if (
            match
            and not COMMITTEE_WORDS.search(match["org"])
            and len(match["org"]) > 3
            and not re.fullmatch(r"annual|extraordinary|special|ordinary|general", match["org"], re.I)
            and (" " in match["org"] or match["org"].isupper())  # 'Select Board Meeting': not a body 'Select'
            # 'MINUTES OF ANNUAL GENERAL MEETING' under the council's name: the record's title, the body above it
            and not RECORD_TITLE_RE.match(match["org"])
        ):
            return match["org"]
    return None


# 'Annual General Meeting of the Wendale Community Forum': the meeting of all the members of the body it names (each
# word read whole from its start)
GENERAL_MEETING_OF_RE = re.compile(
    r"(?:(?:Annual|Extraordinary|Special)\s+)?General\s+Meeting\s+of\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’&.-]*+(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’&.-]*+){1,7})",
    re.I,
)


# the kind of body alone, no name: 'the Town Council', 'the Members', 'the Board of Directors' (the body is named above)
KIND_FIRST_RE = re.compile(
    r"(?:Parish|Town|Community|Village|City|County|Borough|District|Full|Main|Board|Council|Committee|Members|"
    r"Trustees|Directors|Governors|Society|Association|Club|Company|Trust|Forum|Group|Authority|Partnership)\b"
)


def body_of_general_meeting(lines: list[str]) -> str | None:
    """The body whose general meeting a heading line names whole ('Annual General Meeting of the X'): a body
    meets so as itself, all its members."""
    for line in lines[:3]:
        match = GENERAL_MEETING_OF_RE.fullmatch(_title_case_caps(line.strip()))
        if match and match["org"][:1].isupper() and not KIND_FIRST_RE.match(match["org"]):
            return match["org"]
    return None


# an organisation's name by its kind: NHS bodies, trusts, charities, authorities; its words of at most 64 characters
# (a search of ORG_IN_TITLE_RE tries each capital, and would read a long OCR word to its end from each)
ORG_NAME_WORD = r"[A-Z][\w'’&.-]{0,63}+"  # a space follows each: read whole (possessive)
ORG_BY_KIND = (
    rf"(?:The\s+)?(?P<org>(?:NHS\s+)?{ORG_NAME_WORD}(?:\s+(?:(?:of|for|and|&|the)\s+)*{ORG_NAME_WORD}){{0,6}}?\s+"
    r"(?:NHS\s+(?:Foundation\s+)?Trust|Integrated\s+Care\s+(?:Board|System)|Clinical\s+Commissioning\s+Group|"
    r"Health\s+Board|CCG|ICB|Combined\s+Authority|Fire\s+(?:and|&)\s+Rescue\s+(?:Service|Authority)|Police|"
    r"Health\s+(?:and|&)\s+Social\s+Care\s+Partnership|"  # a Scottish partnership, over its Integration Joint Board
    r"Integration\s+Joint\s+Board|"  # a Scottish IJB heading its committee's minute ('Audit and Risk Committee')
    r"Constabulary|(?:Community\s+|Charitable\s+)?Trust|Charity|Foundation|Fund|Association|Society|Agency|"
    # Canadian local bodies by their kinds: 'Squamish Valley Regional District', 'Swan River School Division'
    r"Regional\s+District|School\s+Division|"
    r"Authority|Federation|Institute|Housing|Limited|Ltd\.?|CIC|plc|School|Academy|Regional\s+Assembly|"
    # 'St. Brendan College of Applied Arts and Technology': a college named with what it teaches
    r"College(?:\s+of\s+[A-Z][\w'’-]{0,63}+(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]{0,63}+){0,3})?|"
    # bodies of many members' organisations that meet as themselves: a Welsh public services board, a Scottish
    # transport or community planning partnership
    r"Public\s+Services\s+Board|(?:Regional\s+)?Transport\s+Partnership|Partnership\s+for\s+Transport|"
    r"Community\s+Planning\s+Partnership|"
    r"(?:Internal\s+)?Drainage\s+Board|"  # a land drainage board meets as itself, under its name
    # a US school district, known by its kind and often its number: 'Lakeview School District No. 405'
    r"(?:Public|Community|City|County|Area)\s+Schools|(?:Unified\s+|Independent\s+|Union\s+)?School\s+District(?:\s+No\.?\s?\d{1,4})?))"
)
# a heading line that is such a name
ORG_HEADING_RE = re.compile(rf"^{ORG_BY_KIND}$")


# the organisation a meeting is of, named by its kind after 'Minute(s) of the' or 'meeting of the': 'Minute of the
# Kilrenny Development Trust 11 May 2026', 'a meeting of the Strathclyde Partnership for Transport to be held',
# 'A Meeting of the Oakmere Grammar School Full Governing Board' (then its board)
MEETING_OF_ORG_RE = re.compile(
    r"\b(?i:minutes?|meeting)\s+(?i:of)\s+(?:(?i:the)\s+)?"
    + ORG_BY_KIND
    + r"(?=\s*$|\s*[-–—,.:;]|\s+\d|\s+(?i:held|to\s+be\s+held|on|will|at)\b"
    r"|\s+(?:Full\s+)?(?:Governing\s+(?:Body|Board)|Board|Committee)\b)"
)
# words that make a name a committee's or a board's, not an organisation's own ('Board of Trustees of X Trust')
MEETING_BODY_WORDS_RE = re.compile(
    r"\b(?:committee|sub-committee|cabinet|board|panel|council|forum|group|trustees|governors|meeting|members)\b", re.I
)


def body_of_meeting_of(lines: list[str]) -> str | None:
    """'69th Meeting of the X', 'Minute of the X <date>', 'I request your attendance at a meeting of the X': the
    organisation, known by the kind of body its name ends with and named in three words or more, whose meeting
    the heading records or calls (a board or committee named 'of the …' is the meeting's, never the body)."""
    for line in lines[:6]:
        for match in MEETING_OF_ORG_RE.finditer(_title_case_caps(line.strip())):
            org = match["org"]
            if len(org.split()) >= 3 and org[0].isupper() and not MEETING_BODY_WORDS_RE.search(org):
                return org
    return None


# the same name inside a title line: 'CWM TAF HEALTH BOARD MINUTES OF THE AUDIT COMMITTEE', 'Minutes of Part 1 of
# the Merton Clinical Commissioning Group Governing Body', 'X Fire and Rescue Authority - Policy and Strategy'
ORG_IN_TITLE_RE = re.compile(
    ORG_BY_KIND + r"(?=\s*$|\s+[-–—|]\s|\s+(?:Minutes|Agenda|Notes|Governing Body|Board|Committee|Meeting)\b)"
)
TITLE_WORD_RE = re.compile(r"\b(?:minutes|agenda|notes)\b|\s[-–—|]\s", re.I)


# 'THE DISTRICT MUNICIPALITY OF MUSKEG LAKES': an Ontario upper tier names its kind before 'Municipality'
MUNICIPALITY_HEADING_RE = re.compile(
    r"(?:[Tt]he )?(?P<name>(?:(?:District|Regional|County|Specialized) )?"
    r"Municipality of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
# 'OTTER CREEK WATER DISTRICT', 'PORT OF PELICAN BAY DISTRICT': a US special district, a body of its own whose board
# meets (named alone on a heading line, under 'BOARD OF DIRECTORS MEETING OF THE')
SPECIAL_DISTRICT_RE = re.compile(
    # ('Ashby Soil and Water Conservation District', 'Bayou Parish Hospital Service District No. 3': joined by 'and',
    # numbered)
    r"(?<![\w'’.-])(?:The\s+)?(?P<name>(?:[A-Z][\w'’.-]*+\s+(?:(?:and|&)\s+)?){1,5}"
    r"(?:Water|Irrigation|Utility|Utilities|Sanitary|Sanitation|Sewer|"
    r"Drainage|Reclamation|Conservation|Fire\s+Protection|Park|Recreation|Hospital(?:\s+Service)?|Transit|Library|"
    r"Museum)\s+District(?:\s+No\.?\s?\d{1,4})?"
    r"|Port\s+of\s+(?:[A-Z][\w'’.-]*+\s+){1,3}District)"
)
# 'Colnebury Institute Corporation', 'North Hertford College Further Education Corporation': a college and the
# corporation that governs it (its board, the meeting body)
CORPORATION_TAIL_RE = re.compile(
    r"(?:(?<=\bCollege)|(?<=\bInstitute))(?:\s+Further\s+Education)?\s+Corporation(?:\s+Board)?$"
)
# 'NHS Glenmoor', 'NHS Greater Glasgow and Clyde': a Scottish health board or an English NHS body named by its place
NHS_PLACE_RE = re.compile(r"NHS(?: (?:and )?[A-Z][\w'’-]+){1,4}")


# the NHS bodies whose full name begins 'NHS' ('NHS Wendale Integrated Care Board'), which the NHS identity prints
# as the 'NHS' lozenge over the rest of the name
NHS_PREFIXED_KIND_RE = re.compile(
    r"\b(?:Integrated Care Board|Clinical Commissioning Group|Commissioning Support Unit)$"
)


def with_nhs_identity(body: str | None, first_lines: list[str]) -> str | None:
    """'NHS' alone on the line over 'Wendale Integrated Care Board' (the logo of a page's header): the body is
    'NHS Wendale Integrated Care Board'."""
    if not body or body.startswith("NHS") or not NHS_PREFIXED_KIND_RE.search(body):
        return body
    for above, line in itertools.pairwise(text.strip() for text in first_lines):
        if above == "NHS" and line.startswith(body):
            return f"NHS {body}"
    return body


# a commissioner's office, named by its post and the area it serves: 'Police and Crime Commissioner for Wendale'
COMMISSIONER_HEADING_RE = re.compile(
    r"(?:(?:The\s+)?Office\s+of\s+the\s+)?Police(?:,\s+Fire)?\s+(?:and|&)\s+Crime\s+Commissioner\s+for\s+"
    r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]+){0,3}"
)


# 'MINUTES OF THE REGULAR MEETING OF COUNCIL OF THE MUNICIPALITY OF EAST FARROW': an Ontario council's minutes name
# the municipality whose council meets at the title's end
COUNCIL_OF_MUNICIPALITY_RE = re.compile(
    r"\b(?:Council|Corporation)\s+of\s+(?:the\s+)?" + MUNICIPALITY_HEADING_RE.pattern + r"$"
)
# the statutory role a council holds, named as an authority: 'Marlshire County Council – Lead Local Flood Authority'
# is the council, in its role
COUNCIL_ROLE_RE = re.compile(
    r"(?:Lead\s+Local\s+Flood|Local\s+Planning|(?:Local\s+)?Highways?|Licensing|Waste\s+(?:Disposal|Collection)|"
    r"Local\s+Education|Local\s+Housing|Minerals\s+and\s+Waste(?:\s+Planning)?|Lead\s+Local|Harbour|Port\s+Health|"
    r"Local\s+Transport|Trading\s+Standards|Food|Registration|Street\s+Works|Traffic)\s+Authority"
)


def _councils_role(text: str, match: re.Match[str]) -> bool:
    """The heading names a council, then the statutory role it holds ('Marlshire County Council – Lead Local Flood
    Authority'): the role is no body of its own, the council is the paper's."""
    return bool(COUNCIL_ROLE_RE.fullmatch(match["org"]) and find_body(text[: match.start()]))


# 'Also Present: Ann Other – Clerk to Wendale Community Council': the officer of a local council, at its meeting
CLERK_TO_COUNCIL_RE = re.compile(r"\b(?:Locum\s+|Deputy\s+)?Clerk\s+to\s+(?!the\s)(?=[A-Z])")
LOCAL_COUNCIL_RE = re.compile(r"\s(?:Parish|Town|Community|Village)\s+Council\Z")


def council_of_its_clerk(text: str) -> str | None:
    """The parish, town or community council whose clerk the attendance or signature names ('Clerk to Wendale
    Community Council'): a council's clerk records its own meetings."""
    for clerk in CLERK_TO_COUNCIL_RE.finditer(text):
        named = next(body_matches(text[clerk.end() : clerk.end() + BODY_REACH].split("\n")[0]), None)
        if named and named.start() == 0 and LOCAL_COUNCIL_RE.search(named[1]):
            return " ".join(named[1].split())
    return None


def body_from_org_heading(lines: list[str]) -> str | None:
    """'NHS Northshire Integrated Care Board', 'Riverside Community Trust': the first heading lines print
    the organisation's name, known by the kind of body it ends with (a line under the date is the venue)."""
    for index, line in enumerate(lines[:2]):
        if index and (find_meeting_date(lines[index - 1]) or find_time(lines[index - 1])):
            break
        text = CORPORATION_TAIL_RE.sub("", _title_case_caps(line.strip()))
        if COMMISSIONER_HEADING_RE.fullmatch(text):
            return text
        # 'MUNICIPALITY OF CLARINGTON' heading the page ('Municipality of X' in a text is a place)
        municipality = MUNICIPALITY_HEADING_RE.fullmatch(text) or COUNCIL_OF_MUNICIPALITY_RE.search(text)
        if municipality:
            return municipality["name"]
        if NHS_PLACE_RE.fullmatch(text) and not COMMITTEE_WORDS.search(text):
            return text
        match = ORG_HEADING_RE.match(text) or (ORG_IN_TITLE_RE.search(text) if TITLE_WORD_RE.search(text) else None)
        if match and len(match["org"].split()) >= 2 and not _councils_role(text, match) and not _venue(text, match):
            return PAPER_OF_RE.sub("", match["org"])
    return None


# 'Minutes of the Riverside Community Trust Board held': the name read on from the paper's kind before it (its words
# join by 'of' and 'the' as the name's own do)
# ('Annual General Meeting of the Wendale Allotment Society': the meeting of all its members, named before it)
PAPER_OF_RE = re.compile(
    r"\A(?:(?:(?:Draft|Approved|Confirmed)\s+)?(?:Minutes?|Notes|Agenda|Record)\s+(?:of|for)"
    r"|(?:(?:Annual|Extraordinary|Special)\s+)?General\s+Meeting\s+of)\s+(?:the\s+)?"
)


VENUE_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:in|at)\s+(?:the\s+)?$", re.I)


def _venue(text: str, match: re.Match[str]) -> bool:
    """'Minutes of X Parish Council Meeting Held on … in Ashby Old School': the organisation a title names after 'in'
    or 'at' is where the meeting was held, not whose it was."""
    return VENUE_BEFORE_RE.search(text[max(match.start() - 12, 0) : match.start()]) is not None


def special_district_heading(lines: list[str]) -> str | None:
    """'Otter Creek Water District' named alone on one of the first heading lines: the district whose board meets."""
    for line in lines[:5]:
        named = SPECIAL_DISTRICT_RE.fullmatch(_title_case_caps(line.strip()))
        if named:
            return named["name"]
    return None


def _org_in_furniture(heads: list[str]) -> str | None:
    """'Eastwell Greenhouses Trust, registered charity no. 1109876' in a footer: the organisation's name by its
    kind, before the registration or page details that follow it."""
    for text in heads:
        named = ORG_HEADING_RE.match(re.split(r"\s*[,|·•]\s*|\s+[-–—]\s+|\s{3,}", _title_case_caps(text.strip()))[0])
        if named and len(named["org"].split()) >= 2:
            return named["org"]
    return None


def normalise_body(body: str | None, text: str) -> str | None:
    """The body's name in its plain form: 'Suffolk’s Libraries' -> 'Suffolk Libraries' where the paper
    also prints it so, and without a legal suffix ('Ltd.')."""
    if not body:
        return body
    plain = re.sub(r"^(\w+)[’']s\b", r"\1", body)
    if plain != body and re.search(rf"\b{re.escape(' '.join(plain.split()[:2]))}\b", text):
        body = plain
    return LEGAL_SUFFIX_RE.sub("", body)  # 'Suffolk Libraries IPS Ltd': the society, not its legal form


def body_from_secretariat(lines: list[str], text: str) -> str | None:
    """'Secretariat: Ashley Pottier and Padma Juggapah (DCLG).': the department that runs a panel's
    secretariat is the body the panel belongs to."""
    for line in lines:
        if not re.match(r"^secretariat\s*:", line, re.I):
            continue
        abbr = re.search(r"\(([A-Z][A-Za-z]{1,7})\)", line)
        if abbr:
            name = expand_initialism(abbr[1], text)
            if name:
                return name
        named = NATIONAL_BODY_RE.search(line) or next(body_matches(line), None)
        if named:
            return named[1]
    return None


NORTH_AMERICAN_RE = re.compile(
    r"\b(?:Councilors?|Councilmembers?|Council ?members?|COUNCIL ?MEMBERS?|Aldermen|Alderman|Alderpersons?|"
    r"(?i:city attorney|mayor pro tem|pledge of allegiance))\b"  # offices and rites of US city councils only
)


def municipal_style(body: str | None, text: str) -> str | None:
    """'Rivergrove City Council' -> 'City of Rivergrove' in North American papers (they write
    'Councilor' or 'Councilmember', never 'Councillor'): there the municipality is the body and its
    council a committee of it, as 'Township of Nipissing' / 'Council'. British councils keep their name."""
    match = re.fullmatch(
        r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?P<kind>City|Town|Village)\s+Council", body or ""
    )
    if not match or "Councillor" in text or not NORTH_AMERICAN_RE.search(text):
        return _council_style(body, text)
    return f"{match['kind']} of {match['place']}"


def _council_style(body: str | None, text: str) -> str | None:
    """'BOROUGH OF KESTON' heading a summons to 'the Budget Meeting of Keston Borough Council': one body named two
    ways, a British council by its corporate name, the one its papers print in their text ('X Borough Council'). A
    North American borough keeps its style (there 'X Borough Council' is the borough's council, which meets)."""
    match = re.fullmatch(
        r"(?P<kind>Borough|District)\s+of\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})", body or ""
    )
    if not match or ("Councillor" not in text and NORTH_AMERICAN_RE.search(text)):
        return body
    council = f"{match['place']} {match['kind']} Council"
    return council if re.search(rf"(?<![\w'’-]){re.escape(council)}\b", text) else body


def _named_or_initialism(head: str, everything: str) -> str | None:
    """The council named most often on the first pages, unless the paper calls its own council by
    initials ('KCC') more often than it names any council."""
    named = most_named_body(head)
    initialism = council_from_initialism(everything)
    if initialism and (named is None or initialism[1] > len(re.findall(re.escape(named), head))):
        return initialism[0]
    return named
