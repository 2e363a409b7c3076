"""Attendance lists and blocks: "Present: …", "Apologies from …", name (role) rows and columns of bodies."""

from __future__ import annotations

import re

from ..pdf import PageLayout
from .names import GIVEN_NAMES, GIVEN_WORD, PEER_TITLES, ROLE_LAST_WORD_RE, given_name_people, post_apposition_people
from .organisations import (
    ACRONYM_STOP,
    BUILDING_RE,
    ORG_CHAIN_RE,
    ORG_PREFIX_RE,
    STATUS_WORDS,
    _initials_of,
    _org_name,
    is_address_line,
    list_runs,
    organisation_names,
)
from .paragraphs import Paragraph
from .patterns import (
    GENERIC_ORG_WORDS,
    LIST_WORDS,
    MONTH_OR_DAY_RE,
    NAME,
    NAME_WORD_STOP,
    NOT_OWNERS,
    ORG_WORD,
    PERSON_RE,
    SURNAME,
)

ATTENDANCE_LABEL_RE = re.compile(
    r"^(?:(?:also\s+)?present|(?:also\s+)?in\s+attendance|attendees|attendance|other\s+attendees|apologies(?:\s+for\s+absence)?|"
    r"absent|staff|guests|officers|officials|secretariat|members\s+present|councillors|panel|board\s+members|witnesses|"
    r"sederunt)"  # a Scottish minute's list of those present
    r"(?:\s*(?::|-|–)\s*|\s+(?=[A-Z]))"
    # "Visitors: PC G Howard, Oxbridge Police; …", "Also attending:", "Observers:": labels only with their colon or dash
    # (not "Visitors to the hall …")
    r"|^(?:visitors|also\s+attending|observers)\s*(?::|-|–)\s*",
    re.I,
)


# "… MINUTES AND ACTIONS - 17th October 2013 Panel: Professor Sir Nigel Shadbolt (Chairman), …": the list
# label after a heading run into the same paragraph.
# "… opened the meeting at 7.30pm. Attendance Register 37: L. Burrows, …", "… at 7pm. Apologies: M. Dolby, …": a list's
# label after the sentence before it, with the count of those it lists
INLINE_ATTENDANCE_RE = re.compile(
    r"(?<=\s)(?:Panel|Present|Attendees|In attendance|Members present|Sederunt"
    r"|(?<=[.!?]\s)(?:Attendance(?:\s+Register)?|Apologies(?:\s+for\s+absence)?)(?:\s+\d{1,3})?)\s*:\s*(?=[A-Z])"
)

APOLOGIES_FROM_RE = re.compile(
    r"\bapologies\s+(?:for\s+absence\s+)?(?:were\s+)?(?:received\s+|reported\s+)?from\s+", re.I
)

ROLE_IN_BRACKETS_RE = re.compile(
    r"\b(?:chair|chairman|chairwoman|vice|clerk|director|head|manager|officer|secretary|treasurer|professor|counsel|"
    r"spokesperson|member|leader|observer|independent|deputy|interim|adviser|advisor|minutes|substitute|"
    r"representative|lead|consultant|mayor|councillor|cllr|coordinator|co-ordinator|analyst|president|recorder|"
    r"secretariat|trustee|volunteer|governor|patron|steward|minute-taker|"
    # a post or a party's part in a hearing: "Jo Smith (Lawyer)", "Mr Alex MacDonald (Convener)", "(objector)"
    r"lawyer|solicitor|convener|convenor|applicant|objector|agent|visitor)\b",
    re.I,
)

# (?<!\s): a run of spaces is tried from its first character only, so a long run costs linear time, not quadratic
HONOURS_RE = re.compile(r"(?<!\s)(?:,?\s+(?:OBE|MBE|CBE|KBE|DBE|JP|MP|MSP|DL|QC|KC|FRS))+\.?$")


# Lower-case particles inside a surname: "Suzette van Aswegen", "Douglas de Lacey".
NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "du", "da", "di", "le", "la", "ten", "ter", "ap", "ab"})


# The sector a board's director represents, after the name in a directors' table read as lines: "Prof Robert Allison
# Universities", "Dr Nik Kotecha OBE Private Sector" (round 42). A lookbehind first, so a run of spaces is not retried.
SECTOR_AFTER_NAME_RE = re.compile(
    r"(?<=[a-zA-Z])\s+(?:(?:Private|Public|Voluntary|Third|Community|Business|Faith)\s+Sector|Universities|"
    r"(?:Further|Higher)\s+Education)$"
)


# The last word of a house's or a road's name: "Michael Armstrong, Julian Bower Farm, Cliburn, Tel …" (a parish's
# councillors listed with their addresses, Milburn's 2017 AGM agenda) gives no person "Bower Farm" (round 84). Words
# that are also common surnames ("Hall", "Lane", "House", "Lodge", "Park") are left to the names.
ADDRESS_LAST_WORDS = frozenset(
    {"Farm", "Farms", "Farmhouse", "Cottage", "Cottages", "Barn", "Barns", "Bungalow", "Smithy", "Rectory", "Vicarage",
     "Mews", "Road", "Street", "Avenue", "Crescent", "Terrace", "Gardens", "Rd", "Ave", "Cres", "Tce", "Gdns"}
)  # fmt: skip


# "G.Walker", "J.Hull" in a list of members: an initial and its full stop printed against the surname, no space between
GLUED_INITIAL_RE = re.compile(r"(?<![\w.'’][A-Z])(?<=[A-Z])\.(?=[A-Z][a-z]{2,})")


def _name_from_list_entry(entry: str) -> str | None:
    """'Office Assistant-Intern Kim Turnbull' -> 'Kim Turnbull'; 'Mr B J Sweetland' -> 'B J Sweetland';
    'Suzette van Aswegen' keeps its particle; 'Mary Ellen Greb' both given names; 'Administration Adviser'
    and 'Senate Assessor' (a role printed after a titled name) are no names."""
    entry = HONOURS_RE.sub("", entry.strip(" .,;:")).strip(" .,;:")
    entry = HONOURS_RE.sub("", SECTOR_AFTER_NAME_RE.sub("", entry))
    entry = GLUED_INITIAL_RE.sub(". ", entry)  # "G.Walker", "S.Grant": an initial printed against its surname
    words = _without_post_nominals(_without_initials_column(entry.split()))
    if not words or not all(
        word[0].isupper() or word in {"&", "of", "for"} or word in NAME_PARTICLES for word in words
    ):
        return None
    if all(word.lower() in ROLE_CELL_WORDS | COLUMN_HEAD_WORDS for word in words):
        return None  # a grid's header row, 'Name   Role', 'Name   Position'
    surname = words[-1]
    if (
        not re.fullmatch(SURNAME, surname)
        or surname in ADDRESS_LAST_WORDS
        or surname.lower() in NAME_WORD_STOP | LIST_WORDS
        or ROLE_LAST_WORD_RE.fullmatch(surname)
    ):
        return None
    rest = words[:-1]
    particles = []
    while len(rest) >= 2 and rest[-1].lower() in NAME_PARTICLES:  # "Katherine Du Preez" as "van Aswegen"
        particles.insert(0, rest.pop())
    initials = []
    while rest and re.fullmatch(r"[A-Z]\.?", rest[-1]):
        initials.insert(0, rest.pop())
    given = []
    # "Ffion H Lloyd": a given name before the initials opens the entry or is a listed given name
    if rest and _given_word(rest[-1]) and (not initials or len(rest) == 1 or rest[-1] in GIVEN_NAMES):
        given = [rest.pop()]
        if rest and given[0] in GIVEN_NAMES and rest[-1] in GIVEN_NAMES and all(map(_title_word, rest[:-1])):
            # "Mary Ellen Greb": two given names; not "Isabel Kellie | Helen Laing", a surname before the next entry
            given.insert(0, rest.pop())
        elif not initials and len(rest) >= 2 and _given_word(rest[-1]) and _title_word(rest[-2]):
            given.insert(0, rest.pop())  # "County Cllr. Gwynfor Rhys Jones": every name word after the title
    if not given and not initials:
        return None
    if given and _inside_body_name(rest, given[0]):
        return None
    return " ".join(given + initials + particles + [surname])


def _inside_body_name(before: list[str], given: str) -> bool:
    """'Foundation for River Research', 'Thames Fisheries Consultative', 'Salmon & Trout Conservation': the last
    two words of a body's name, not a person's, when the words before them are a joiner ("for", "&") or capitalised
    words that are no title or post and the first word is no known given name."""
    if not before or given in GIVEN_NAMES:
        return False
    if before[-1] in {"&", "of", "for"}:
        return True
    if re.search(r"(?:or|er|ist|ant|ian)$", before[-1]):
        return False  # "… Technology Administrator John-Paul Negrinotti": a post before the name
    return not any(
        _title_word(word) or ROLE_LAST_WORD_RE.fullmatch(word) or word.lower() in ROLE_CELL_WORDS for word in before
    )


def _title_word(word: str) -> bool:
    """'Cllr.', 'Mr', 'Councillor': a title's own word, not a joiner inside one ("Chief of Police")."""
    return word[:1].isupper() and word.rstrip(".").lower() in NAME_WORD_STOP


def _given_word(word: str) -> bool:
    """A word that can be a given name in a list entry: not a title, list word or role ("Group Manager X")."""
    return bool(
        re.fullmatch(NAME, word)
        and word.lower() not in NAME_WORD_STOP | LIST_WORDS
        and not ROLE_LAST_WORD_RE.fullmatch(word)
    )


def _without_initials_column(words: list[str]) -> list[str]:
    """'Gwynfor Rhys Jones GRJ' -> 'Gwynfor Rhys Jones': a members list printing each name's initials in a column
    after it; the initials give the name's words ("County Cllr. Gwynfor Rhys Jones GRJ" keeps the last three)."""
    if len(words) < 3 or not re.fullmatch(r"[A-Z]{2,4}", words[-1]):
        return words
    letters = words[-1]
    name = words[-1 - len(letters) : -1]
    if len(name) == len(letters) and all(word[0] == letter for word, letter in zip(name, letters, strict=True)):
        return name
    return words


def _without_post_nominals(words: list[str]) -> list[str]:
    """'Dr David Nicholls MRTPI' -> 'Dr David Nicholls': letters of a qualification after a full name ("John SMITH",
    a surname printed in capitals after one given name, stays)."""
    capitals = len(words) >= 3 and re.fullmatch(r"[A-Z]{3,6}", words[-1])
    return words[:-1] if capitals and all(re.fullmatch(NAME, word) for word in words[-3:-1]) else words


BRACKETED_NAME_RE = re.compile(rf"(?:[A-Z]\.?\s+){{1,3}}[A-Z][a-z][\w'’\-]*|{GIVEN_WORD}\s+{SURNAME}")


def _bracketed_person(role: str, bracket: str) -> str | None:
    """'Chief Executive (C Hadley)', 'Director Community Services (Antoinette Campbell)': a role printed with
    the holder's name in brackets after it."""
    if not ROLE_IN_BRACKETS_RE.search(role) and not ROLE_LAST_WORD_RE.search(role):
        return None
    if ROLE_IN_BRACKETS_RE.search(bracket) or not BRACKETED_NAME_RE.fullmatch(bracket):
        return None
    name = _name_from_list_entry(bracket)
    return name if name and not re.search(r"[A-Z]{2}", name.split()[-1]) else None


def _body_before_post(part: str) -> str | None:
    """'Highland Council Ward Manager' -> 'Highland Council': a body's name before the attendee's post in it."""
    words = part.split()
    while words and words[-1].lower() in ROLE_CELL_WORDS:
        words.pop()
    body = " ".join(words)
    if (
        len(words) == len(part.split())
        or all(word.lower() in GENERIC_ORG_WORDS for word in words)
        or words[-1] in INTERNAL_UNIT_WORDS  # "(Democratic Services Officer)": the officer's team
    ):
        return None  # "(Trust Secretary)": the trust is the meeting's own, not named
    return body if ORG_CHAIN_RE.fullmatch(body) else None


def _bracket_organisations(bracket: str, names: str) -> list[str]:
    """Bodies in an attendee's brackets: '(Sunderland CC)', '(Visiting Professor, Birkbeck University)'."""
    found = []
    for part in re.split(r",\s+|;\s+", bracket):
        part = max(re.split(r"\s+[-–]\s+", part), key=len).strip()
        if part and ROLE_IN_BRACKETS_RE.search(part) and (body := _body_before_post(part)):
            found.append(body)  # "(Highland Council Ward Manager)"
            continue
        if not part or ROLE_IN_BRACKETS_RE.search(part) or not part[0].isupper() or part.lower() in GENERIC_ORG_WORDS:
            continue  # "(Minute Secretary)", "(Police)"
        words = part.split()
        if re.fullmatch(r"[A-Z][A-Za-z]{1,5}", part) and sum(c.isupper() for c in part) >= 2:
            # "Matt Harwood-Whyte (MHW)": each part of a double-barrelled surname gives a letter
            words = [word for word in re.split(r"\s+|-(?=[A-Z])", names) if word[:1].isupper()]
            initials = {"".join(w[0] for w in words[i : i + n]) for n in (2, 3) for i in range(len(words))}
            if "".join(c for c in part if c.isupper()) not in initials:  # '(HS)' after Heather Savory: her initials
                found.append(part)
        elif (
            re.search(r"\.(?:com|org|net)\b", part)
            or (len(words) == 1 and re.fullmatch(r"[A-Z][\w’'\-]+", part))
            or (
                ORG_CHAIN_RE.fullmatch(part)
                or ORG_PREFIX_RE.fullmatch(part)
                or re.fullmatch(r"[A-Z]\w+ [A-Z]{2,4}", part)
            )
            or _housing_body(part)
        ):
            found.append(part)
    return found


# each word read whole from its start (a search would otherwise read a long word to its end from each of its capitals)
HOUSING_BODY_RE = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-]++(?:\s++[A-Z][\w’'\-]++)?\s++(?:Housing|Homes)")


def _housing_body(part: str) -> bool:
    """'Hartfield Housing', 'Northfold Homes': a housing association by its place or name, in an attendee's brackets
    (not 'Private Housing', 'Council Housing', 'Strategic Housing': a sector or a council's service)."""
    return bool(HOUSING_BODY_RE.fullmatch(part)) and not any(
        word.lower() in GENERIC_ORG_WORDS or word.lower() in ROLE_CELL_WORDS for word in part.split()[:-1]
    )


# Posts a list entry prints after a name that the role pattern does not end on ("Division Chief", "Solicitor").
ENTRY_POST_WORDS = frozenset(
    {"Chief", "Clerk", "Officer", "Solicitor", "Barrister", "Counsel", "Surveyor", "Auditor", "Planner", "Engineer"}
)


# A council's own team printed after its officer ("Democratic Services", "Youth Justice Service"): no body of its own.
INTERNAL_UNIT_WORDS = frozenset({"Service", "Services", "Team", "Unit", "Section"})


def _generic_words_body(part: str) -> bool:
    """'Cabinet Office', 'Home Office': a body named by common words alone, ending on a body's word."""
    words = part.split()
    return (
        len(words) >= 2
        and bool(BODY_CELL_RE.fullmatch(part) and re.fullmatch(ORG_WORD, words[-1]))
        and not any(word.lower().strip(".") in ROLE_CELL_WORDS or _title_word(word) for word in words)
    )


def _entry_body(part: str) -> str | None:
    """'The Rivers Trust', 'Office of Housing', 'Ofwat': a list entry naming a body, not a post ('City Attorney',
    'Division Chief'), a sector or a person."""
    if part.rstrip().endswith(":"):
        return None  # a label: "Residents:"
    part = re.sub(r"^(?:the|of)\s+", "", part.strip(" .;:"), flags=re.I)
    if not part or part.lower() in GENERIC_ORG_WORDS or not (_body_cell(part) or _generic_words_body(part)):
        return None
    last = part.split()[-1]
    if ROLE_LAST_WORD_RE.fullmatch(last) or last in ENTRY_POST_WORDS or last in INTERNAL_UNIT_WORDS:
        return None
    if _name_from_list_entry(part) and not re.fullmatch(ORG_WORD, last) and not re.search(r"[A-Z]{2}", last):
        return None  # "Suresh Patel": a person's entry, not "Environment Agency" nor "Water UK"
    return part


# A group's label inside one list: "CC members: A, B", "Ex officio: Cllr X", "Residents: Y".
SUB_LABEL = r"(?:[A-Z][A-Za-z]{0,11}\s)?[A-Za-z][a-z\-]{1,15}\s?:\s+"  # "Apologies : P Moir"


def _body_then_name(plain: str) -> tuple[str | None, str | None]:
    """'Environment Agency Jonah Jessop' -> ('Environment Agency', 'Jonah Jessop'): "Name, Body" lines run together
    put one attendee's body before the next attendee's name; 'Office of Housing' -> ('Office of Housing', None)."""
    words = plain.split()
    for size in (2, 3):
        if len(words) > size and (body := _entry_body(" ".join(words[:-size]))):
            name = _name_from_list_entry(" ".join(words[-size:]))
            whole = name is not None and len(name.split()) == size  # not "England Neil Tytherley" cut to two words
            # "Environment Agency Jonah Jessop": after a body's own word ("Agency") or before a given name
            if whole and name and (name.split()[0] in GIVEN_NAMES or re.search(rf"\b(?:{ORG_WORD})$", body)):
                return body, name
    if len(words) > 2 and _name_from_list_entry(" ".join(words[-2:])):
        return None, None  # "Cabinet Office Cass Chideock": a name closes it, the body before it unread
    return _entry_body(plain), None


def _entry_post(part: str) -> bool:
    """'Chief Executive Officer', 'Solicitor', 'Division Chief': a post printed in a list entry after a name."""
    last = part.split()[-1] if part.split() else ""
    return bool(ROLE_IN_BRACKETS_RE.search(part) or last in ENTRY_POST_WORDS or ROLE_LAST_WORD_RE.fullmatch(last))


def _name_body_pairs(flat: str) -> list[tuple[str | None, list[str]]] | None:
    """'Jane Morton, Ridgeway Arts; Colin Shaw, Chair, Borders Sport': a list whose entries a semicolon parts and
    whose every entry is a name, then after a comma its post or its body; None for any other list."""
    segments = [segment.strip() for segment in flat.split(";") if segment.strip()]
    if len(segments) < 2 or not all(", " in segment for segment in segments):
        return None
    entries: list[tuple[str | None, list[str]]] = []
    for segment in segments:
        name, *after = segment.split(", ")
        person = _name_from_list_entry(name)
        if person is None or person != name.strip(" .") and not _title_word(name.split()[0]):
            return None  # "Ridgeway Arts, Kingsmere": not a name first
        posts = [part for part in after if _entry_post(part.strip(" ."))]
        bodies = [part for part in after if part not in posts and _body_cell(part.strip(" ."))]
        if len(bodies) + len(posts) != len(after):
            return None  # "Jane Morton, Colin Shaw; …": a comma between names, not a name and its body
        entries.append((person, [body.strip(" .") for body in bodies]))
    return entries


# The "and" of "Health and Social Care Partnership", "Fire and Rescue Service", "Crime and Disorder Reduction
# Partnership" inside an attendee's body printed after the name with no brackets (round 84): a sector word, "and",
# then capitalised words up to a body's own word.
AND_IN_BODY_RE = re.compile(
    r"\b(Health|Fire|Social|Crime|Housing|Education|Policing|Skills|Arts|Culture|Heritage|Safety)\s+and\s+"
    rf"(?=(?:[A-Z][\w'’\-]*\s+){{0,4}}(?:{ORG_WORD})\b)"
)


INITIAL_PAIR = r"[A-Z]\.?\s(?:Mc|Mac|O['’])?[A-Z][a-z][a-z'’\-]+"
INITIAL_PAIRS_RUN_RE = re.compile(rf"(?<![\w.'’]){INITIAL_PAIR}(?:\s{INITIAL_PAIR})+(?![\w'’])")
INITIAL_PAIRS_RE = re.compile(INITIAL_PAIR)
NEXT_LIST_LABEL_RE = re.compile(
    r"(?<=[a-z])\.\s+(?=(?:Apologies|Absent|Present|Attendance|In attendance)\b[^:.]{0,30}:)"
)
INITIALS_AMPERSAND_RE = re.compile(rf"(?<![\w.&'’])([A-Z])\.?\s?&\s?([A-Z])\.?\s({SURNAME})(?![\w'’&])")


def attendance_entries(text: str) -> list[tuple[str | None, list[str]]]:
    """(person, organisations in brackets) for each entry of an attendance or apologies list."""
    label = ATTENDANCE_LABEL_RE.match(text) or INLINE_ATTENDANCE_RE.search(text)
    apologies = APOLOGIES_FROM_RE.search(text)
    if label:
        body = text[label.end() :]
        if label[0].startswith(("Attendance", "Apologies")) and not ATTENDANCE_LABEL_RE.match(text):
            # a list after the sentence before it ends at its own sentence's end ("… H. Ames. The Chairman …") unless
            # the next list's label follows ("… H. Ames. Apologies: …")
            body = re.split(
                r"(?<=[a-z)])\.\s(?!(?:Apologies|Absent|Present|Attendance|In attendance)\b)", body, maxsplit=1
            )[0]
    elif apologies:
        body = re.split(r"(?<=[a-z)])\.\s", text[apologies.end() :], maxsplit=1)[0]
    else:
        return []
    brackets: list[str] = []

    def hold(match: re.Match[str]) -> str:
        brackets.append(match[1])
        return f" \x00{len(brackets) - 1}\x00 "

    def hold_outer(match: re.Match[str]) -> str:
        # "Rose Unwin (Corley and Elmshire Clinical Commissioning Group (CCG))": the body, without its acronym
        brackets.append(" ".join(re.sub(r"\x00\d+\x00", " ", match[1]).split()))
        return f" \x00{len(brackets) - 1}\x00 "

    held = re.sub(r"\(([^()]*)\)", hold, body)
    held = re.sub(r"\(([^()]*)\)", hold_outer, held) if "(" in held else held  # one level of nesting (round 42)
    flat = " ".join(held.split())  # one space a gap: no run of spaces to retry
    if not brackets and (paired := _name_body_pairs(flat)):
        return paired
    entries: list[tuple[str | None, list[str]]] = []
    after_person = False  # a person's entry came before, and no body of theirs yet
    # "J Harrison (JH) A Davey (AD)": entries run on without a comma, each closed by its brackets
    # "Jane Craig, Chief Officer, Morlich Health and Social Care Partnership": an "and" inside a body's name stays
    flat = AND_IN_BODY_RE.sub("\\1\x02", flat)
    # "N. Ibarra. Apologies for absence: J. Norcott": the next list's label after a full stop ends the entry before it
    flat = NEXT_LIST_LABEL_RE.sub("; ", flat)
    # "K&V Prescott", "C& L Addison": two people of one surname, each by an initial
    flat = INITIALS_AMPERSAND_RE.sub(r"\1 \3, \2 \3", flat)
    # "J Reardon A Fitch R Chapman": initial-and-surname entries printed one after another with no comma between
    flat = INITIAL_PAIRS_RUN_RE.sub(lambda run: ", ".join(INITIAL_PAIRS_RE.findall(run[0])), flat)
    # "… R Chapman Apologies: P Moir": a label's word is never the surname after an initial
    chunks = re.split(rf",\s+|;\s*|\s+and\s+|(?<=\x00)\s+(?=[A-Z])|(?<!\s[A-Z])(?<!\s[A-Z]\.)\s+(?={SUB_LABEL})", flat)
    chunks = [chunk.replace("\x02", " and ") for chunk in chunks]
    for number, chunk in enumerate(chunks):
        if (
            number + 1 < len(chunks)
            and re.fullmatch(r"[A-Z][A-Za-z]{0,11}", chunk)
            and re.match(r"[A-Za-z][a-z\-]{1,15}:\s", chunks[number + 1])
            and re.search(rf"\s{chunk}\s+{re.escape(chunks[number + 1][:4])}", flat)
        ):
            continue  # "Trade" of "Representatives of the Trade Unions: …": the first word of a two-word label
        chunk = re.sub(rf"^{SUB_LABEL}", "", chunk)
        held = [brackets[int(i)] for i in re.findall(r"\x00(\d+)\x00", chunk)]
        plain = " ".join(re.sub(r"\x00\d+\x00", " ", chunk).split())
        # "Jane Sowerby (JS) – Ofwat": the attendee's body after a dash
        plain, _, dashed = plain.partition(" – ") if " – " in plain else plain.partition(" - ")
        dashed_body = _entry_body(dashed)
        person = _name_from_list_entry(plain) if plain else None
        found = _body_then_name(plain) if not held and after_person else (None, None)
        if found[0] and (found[1] or person is None):
            # "Guy Lindley, Solicitor, Salmon & Trout Conservation": the body; "… Project Alice Fuller": the next
            entries.append((None, [found[0]]))
            after_person, person = False, found[1]
            if person is None:
                continue
        if dashed_body:
            held.append(dashed_body)
        if person is None and plain and len(held) == 1 and (person := _bracketed_person(plain, held[0])):
            entries.append((person, []))
            continue
        # "Ann McIntosh, Chair (AM)": the initials after a post are those of the name before it
        names = plain if person or not entries or entries[-1][0] is None else f"{entries[-1][0]} {plain}"
        organisations = [org for bracket in held for org in _bracket_organisations(bracket, names)]
        if person or organisations:
            entries.append((person, organisations))
        after_person = bool(person) or (after_person and not organisations)
    return entries


# "Apologies" or "2 Present" printed alone over the list it heads, one name (and initials) a line.
ATTENDANCE_HEAD_RE = re.compile(
    r"(?:\d{1,3}\.?\s+)?((?:also\s+)?present|in\s+attendance|attendees|apologies(?:\s+for\s+absence)?|absent|"
    r"members\s+present|officers\s+present|councill?ors|sederunt)\s*[:;]?",  # "Present; R. Gore (Chair), …"
    re.I,
)

MAX_HEADED_ENTRY = 300  # characters: a list's paragraph, not prose


def headed_attendance_entries(text: str, head: str | None) -> list[tuple[str | None, list[str]]]:
    """Entries of a list paragraph whose label ("Apologies", "Present") was printed alone above it."""
    entries = attendance_entries(text)
    if entries or head is None or len(text) > MAX_HEADED_ENTRY:
        return entries
    return attendance_entries(f"{head}: {text}")


# The capitalised word just before a name: "Betty" before "Ellen Lane".
WORD_BEFORE_RE = re.compile(r"(?<![\w'’\-])([A-Z][a-z]+) $")


def _surname_expansions(texts: list[str], short_names: set[str]) -> list[str]:
    """Full names printed in the document for people otherwise named by surname ('Mr. Robinson' and
    'Gordon Robinson, 19514 Marlin Avenue')."""
    wanted: dict[str, set[str]] = {}
    for name in short_names:
        words = name.replace(".", " ").split()
        initial = words[0][0] if len(words) > 1 else ""
        wanted.setdefault(words[-1], set()).add(initial)
    if not wanted:
        return []
    surnames = "|".join(re.escape(s) for s in sorted(wanted, key=len, reverse=True))
    # not "4723 Woodcrest Lane" (an address) nor "Betty Ellen Lane" (a longer name)
    pattern = re.compile(
        rf"(?<![\w.’'])(?<!\d )(?<![A-Z][a-z] )(?<![A-Z][a-z]{{2}} )({NAME})\s+({surnames})(?![\w’'\-])"
    )
    found = []
    for text in texts:
        for match in pattern.finditer(text):
            given, surname = match[1], match[2]
            if given.lower() in NAME_WORD_STOP | LIST_WORDS or given in NOT_OWNERS or MONTH_OR_DAY_RE.match(given):
                continue
            if given in PEER_TITLES:  # "Earl Howe": a peer's title, not a given name
                continue
            if re.fullmatch(ORG_WORD, given) or given.lower() in GENERIC_ORG_WORDS:
                continue
            if any(not initial or initial == given[0] for initial in wanted[surname]):
                before = WORD_BEFORE_RE.search(text, max(0, match.start() - 30), match.start())
                first = f"{before[1]} " if before and before[1] in GIVEN_NAMES else ""  # "Betty Ellen Lane"
                found.append(f"{first}{given} {surname}")
    return found


# each word read once from its start: a long run of non-spaces after a gap must not be retried from every letter
COLUMN_GAP_RE = re.compile(r"(?<!\S)(\S++)(?: {3,}|\t)(?=(\S+))")


def _within_columns(names: list[str], lines: list[str]) -> list[str]:
    """'Anthony Green Ministry', 'Open Data Kent County Council': a name read across a column gap ("Anthony
    Green   Ministry …", "Open Data   Kent County Council") runs a cell into the next; keep what the
    organisation's own column holds (the part after the last gap), else nothing."""
    pairs = [f"{m[1]} {m[2]}" for line in lines if "   " in line or "\t" in line for m in COLUMN_GAP_RE.finditer(line)]
    if not pairs:
        return names
    kept = []
    for name in names:
        cut = max((name.find(pair) + pair.index(" ") + 1 for pair in pairs if pair in name), default=0)
        if cut and (name := _org_name(name[cut:])) is None:
            continue
        kept.append(name)
    return kept


def _paragraph_organisations(paragraph: Paragraph, text: str, page: PageLayout) -> list[str]:
    """Bodies named in a paragraph; a building printed alone over its address ("UNITED REFORMED CHURCH" over
    "CASTLE STREET") is a place, as in a list of polling stations."""
    runs = list_runs(paragraph, text)
    ends = paragraph.text_and_line_ends()[1] if runs == [text] else ()
    names = _within_columns(
        [name for run in runs for name in organisation_names(run, ends)], [line.text for line in paragraph.lines]
    )
    if len(text.split()) <= 8 and any(BUILDING_RE.search(name) for name in names):
        last = paragraph.lines[-1]
        at = next(
            (i for i, line in enumerate(page.lines) if line.top == last.top and line.x0 <= last.x0), len(page.lines)
        )
        if any(is_address_line(line.text) for line in page.lines[at + 1 : at + 9]):
            names = [name for name in names if not BUILDING_RE.search(name)]
    return names


def _column_cells(paragraph: Paragraph) -> list[str] | None:
    """The cells of a paragraph printed as columns ("Simon James   Metropolitan Police" on every line), read
    one by one: a name never runs across a column gap or on into the next row; None for other paragraphs."""
    lines = [line.text for line in paragraph.lines]
    if not all(len(re.split(r" {3,}|\t", text.strip())) > 1 for text in lines):
        return None
    return [" ".join(cell.split()) for text in lines for cell in re.split(r" {3,}|\t", text) if cell.strip()]


# Words of a post, a capacity or a sector printed in an attendance block's column ("Assistant Director",
# "Private Sector", "Co-opted member", "Objector"), which are not the attendee's body.
COLUMN_HEAD_WORDS = frozenset({"names", "position", "title", "post", "status", "attendance"})
ROLE_CELL_WORDS = frozenset(
    {
        "chair", "chairman", "chairperson", "vice", "vice-chair", "co-chair", "member", "members", "director",
        "assistant", "deputy", "officer", "manager", "lead", "head", "nurse", "clerk", "principal", "secretary",
        "treasurer", "councillor", "cllr", "co-opted", "representative", "rep", "resident", "sector", "private",
        "public", "voluntary", "education", "observer", "adviser", "advisor", "minutes", "guest", "guests",
        "executive", "chief", "coordinator", "co-ordinator", "trustee", "governor", "independent", "lay",
        "designated", "objector", "objectors", "supporter", "applicant", "agent", "speaker", "capacity",
        "representing", "organisation", "organization", "role", "name", "ward", "apologies", "present",
        "attendance", "consultant", "mayor", "leader", "president", "secretariat", "substitute", "interim",
        "acting", "analyst", "presenting", "attendees", "note-taker", "notes", "professor", "further", "higher",
        "host",
    }
)  # fmt: skip

BODY_CELL_RE = re.compile(r"[A-Z][\w&'’.\-]*(?: (?:(?:of|for|and|the|&|in|on) )*[A-Z][\w&'’.\-]*){0,6}")


# "Leicestershire District Councils": a constituency a member represents, not one body
GROUPS_OF_BODIES = frozenset({"Councils", "Authorities", "Boards", "Trusts", "Committees", "Agencies", "Departments"})

SHORT_CAPITALS_RE = re.compile(r"\(?[A-Z]{2,4}\)?")

MAX_CELL = 80  # characters


def _names_person(cell: str) -> bool:
    """A cell naming a person surely: a titled name, a common given name and a surname, a name and its post."""
    return bool(PERSON_RE.search(cell) or given_name_people(cell) or post_apposition_people(cell))


def _reads_as_person(cell: str) -> bool:
    """A cell that reads as a person's in an attendance list: a sure name, or a list entry's name ("Ola Adeyemi")."""
    return _names_person(cell) or bool(_name_from_list_entry(re.sub(r"\s*\([^()]*\)\s*", " ", cell).split(",")[0]))


def _body_acronym(cell: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3,6}", cell)) and cell not in ACRONYM_STOP


def _body_cell(cell: str) -> bool:
    """'Sanctuary Homes', 'Victim Support', 'Age UK': capitalised words that are no post, sector or person."""
    words = cell.split()
    return bool(
        BODY_CELL_RE.fullmatch(cell)
        # a word, or an acronym ("NFU"), not a person's initials ("GD", "MCa")
        and (any(re.fullmatch(r"[A-Z][a-z]{2,}\S*", word) for word in words) or _body_acronym(cell))
        and cell not in STATUS_WORDS
        and words[-1] not in GROUPS_OF_BODIES
        and not all(word.lower() in GENERIC_ORG_WORDS for word in words)
        and not re.fullmatch(ORG_WORD, cell)  # "Ministry" alone
        and not any(word.lower().strip(".") in ROLE_CELL_WORDS for word in words)
        and not any(_title_word(word) and word.lower() not in GENERIC_ORG_WORDS for word in words)
        and not _names_person(cell)
    )


# The head over an attendance block's columns: "Present:", "Name   Role   Organisation", "Speaker   Representing".
BLOCK_COLUMN_HEAD_RE = re.compile(r"(?:names?|speakers?|directors|members|attendees?|members\s+present)\s*:?", re.I)


def _attendance_block_head(first_cell: str) -> bool:
    return bool(ATTENDANCE_HEAD_RE.fullmatch(first_cell) or BLOCK_COLUMN_HEAD_RE.fullmatch(first_cell))


NAME_BRACKET_LINE_RE = re.compile(r"([A-Z][^()]{2,59}?) ?\(([^()]{2,60})\)\.?")


def bracketed_rows(lines: list[str]) -> list[tuple[str, str]]:
    """'James Farrow (GLA)', 'Peter Massey (English Nature)' one a line, three or more: an attendance list
    printed without a head, each attendee's body (or post) in brackets; [] for other paragraphs."""
    matches = [NAME_BRACKET_LINE_RE.fullmatch(text.strip()) for text in lines]
    if len(lines) < 3 or not all(matches):
        return []
    rows = [(match[1], match[2]) for match in matches if match]
    return rows if all(_reads_as_person(name) for name, _ in rows) else []


def _name_capitals(name: str) -> str:
    return "".join(re.findall(r"(?<![\w'’])[A-Z]", name))


def _cell_body(cell: str) -> str | None:
    """The body a cell beside a person names: 'Victim Support', or 'Catchment Coordinator, Environment Agency' (a
    post, then the body)."""
    if _body_cell(cell):
        return cell
    post, _, body = cell.rpartition(", ")
    last = post.split()[-1] if post else ""
    if last.lower() in ROLE_CELL_WORDS or ROLE_LAST_WORD_RE.fullmatch(last):
        return _entry_body(body)
    return None


def body_cells(lines: list[str]) -> list[str]:
    """The cells of an attendance block printed as columns that name the body of the person beside them
    ("Nadia Whyte   Victim Support", "Lyn Romer   Assistant Director   Camberley Council"): the first cell after
    a person's that is no post, initials or sector, whether or not it carries an organisation word."""
    found = []
    for text in lines:
        cells = [" ".join(cell.split()) for cell in re.split(r" {3,}|\t", text) if cell.strip()]
        after_person, initials = False, ""
        for cell in cells if len(cells) > 1 else ():
            if len(cell) > MAX_CELL:  # prose, not a column's cell
                after_person = False
            elif after_person and cell.strip("()") != initials and (body := _cell_body(cell)):
                found.append(body)
                after_person = False
            elif _reads_as_person(cell):
                after_person, initials = True, _initials_of(re.sub(r"\s*\([^()]*\)", "", cell))
            elif not (SHORT_CAPITALS_RE.fullmatch(cell) or any(w.lower() in ROLE_CELL_WORDS for w in cell.split())):
                after_person = False
    return found


def _cell_entries(text: str, head: str | None, is_cell: bool) -> list[tuple[str | None, list[str]]]:
    """Attendance entries of a paragraph or of one column cell; a cell naming a body ("Federation of Small
    Businesses" beside "Ken Wigley") is the attendee's organisation, not a person."""
    entries = headed_attendance_entries(text, head)
    if not is_cell:
        return entries
    bodies = organisation_names(text)
    return [(person, orgs) for person, orgs in entries if not (person and any(person in b for b in bodies))]
