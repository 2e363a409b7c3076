"""Owners of actions: initials and posts resolved to people, the body a resolution gives work to."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..models import Action
from ..pdf import PageLayout
from .attendance import ATTENDANCE_LABEL_RE
from .names import GIVEN_NAMES, NAME_WORD, _is_full_name, strip_title
from .organisations import _initials_fit, _names_a_thing
from .paragraphs import NOT_MARGIN_OWNERS
from .patterns import CLINICAL_POST_RE, NAME, NAME_WITH_INITIALS_RE, ORG_WORD, ROLE_TAIL_RE, ROLES, SURNAME, TITLES

JOINED_ROLE_RE = re.compile(r"([A-Z][a-z]+) and [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")


# "Head of Planning and Building Control", "Director of Finance and Resources": one post over two services.
POST_OVER_SERVICES_RE = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:Deputy|Assistant|Executive|Corporate|Strategic|Service)\s+)?"
    r"(?:Director|Head|Cabinet\s+Member|Portfolio\s+Holder)\s+(?:of|for)\s+[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,3}"
    r"\s+(?:and|&)\s+(?P<after>[A-Z][\w&'’\-]*)(?:\s+[A-Z][\w&'’\-]*){0,3}"
)


def _joined_role(owner: str) -> bool:
    """'Policy and Improvement Officer', 'Head of Planning and Building Control': one post whose name has an 'and'
    in it, not two owners ('Head of Finance and Clerk', 'Director of Finance and Company Secretary' are two)."""
    joined = JOINED_ROLE_RE.fullmatch(owner)
    if joined and ROLE_TAIL_RE.search(owner) and joined[1] not in GIVEN_NAMES:
        return not _is_whole_post(joined[1])  # "Chair and Treasurer": two posts, each a post on its own
    post = POST_OVER_SERVICES_RE.fullmatch(owner)
    if post is None:
        return False
    second = owner[post.start("after") :]  # "… and Company Secretary": a second post, not the first one's services
    return post["after"] not in GIVEN_NAMES and not (
        re.match(rf"(?:{ROLES}|{TITLES})\b", second) or ROLE_TAIL_RE.search(second)
    )


# "Kent Fire and Rescue Service", "Health and Wellbeing Board", "The Trade Unions": a body by its name's last word
ONE_BODY_END_RE = re.compile(
    r"\b(?:Council|Committee|Board|Panel|Partnership|Group|Forum|Trust|Authority|Agency|Department|"
    r"Directorate|Ministry|Commission|Service|Unions)$"
)


def body_with_and(owner: str) -> bool:
    """'Kent Fire and Rescue Service', 'Health and Wellbeing Board': one body whose name has an 'and' in it (the
    words before it no post nor titled person: 'Clerk and Parish Council', 'Cllr Gale and the Partnership' are two)."""
    owner = re.sub(r"^[Tt]he\s+", "", owner)
    if not ONE_BODY_END_RE.search(owner) or not re.search(r"\s(?:and|&)\s", owner) or re.search(r"[,/]", owner):
        return False
    parts = re.split(r"\s+(?:and|&)\s+", owner)
    return all(
        re.fullmatch(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}", part)
        and not re.fullmatch(ROLES, part)
        and not ROLE_TAIL_RE.search(part)
        and not re.match(rf"(?:{TITLES})\s", part)
        and part.split()[0] not in GIVEN_NAMES
        for part in parts
    )


def _is_whole_post(word: str) -> bool:
    """'Chair', 'Treasurer', 'Secretary': a word that is a post by itself, not a service a post is named after."""
    return bool(re.fullmatch(ROLES, word) or ROLE_TAIL_RE.fullmatch(word))


# Words of a post's name that mean the same post: "the Chairman" and "Chair" are one post.
POST_WORD_SYNONYMS = {"chairman": "chair", "chairperson": "chair", "chairwoman": "chair"}


def post_key(post: str) -> str:
    """A post's name folded so that its spellings meet: 'the Chairman' -> 'chair', 'Vice-Chair' -> 'vice chair'."""
    words = re.sub(r"[^\w&]+", " ", post.lower()).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(POST_WORD_SYNONYMS.get(word, word) for word in words)


# Owners ROLES knows that are a body or a group of people, not one post someone holds.
GROUP_OWNERS = frozenset(
    ["council", "committee", "board", "panel", "partnership", "group", "officers", "members", "staff", "secretariat"]
)


def is_post(post: str) -> bool:
    """'Chairman', 'Director of Place', 'the Clerk', 'Cabinet Member for Highways': a post. 'Cabinet Office', 'the
    Council', 'Alan Smith': not."""
    name = strip_title(post)
    plain = POST_QUALIFIER_RE.sub("", name)  # "Corporate Director of Communities": a Director of Communities
    plain = DIRECTOR_FOR_RE.sub("Director of", plain)  # "Director for Programmes": a Director of Programmes
    return post_key(name) not in GROUP_OWNERS and bool(
        ROLE_TAIL_RE.search(name) or re.fullmatch(ROLES, plain) or re.fullmatch(ROLES, f"the {plain}")
    )


POST_QUALIFIER_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?:Executive|Corporate|Strategic|Service|Interim|Acting|Regional|National|Area|Group)\s+(?=[A-Z])"
)
# "Director for Programmes", as "Director of Programmes": the service after it is capitalised (not "for the …").
DIRECTOR_FOR_RE = re.compile(r"\bDirector\s+for(?=\s+[A-Z])")


def _holders_named_beside(post: str, texts: Iterable[str]) -> set[str]:
    """People printed with the post after their name ('Jane Dale, Head of Housing'), as cover tables print them."""
    words = r"\s+".join(re.escape(word) for word in re.sub(r"^[Tt]he\s+", "", strip_title(post)).split())
    pattern = re.compile(rf"({NAME}(?:\s+{SURNAME}){{1,2}}),\s+(?:the\s+)?(?i:{words})(?![\w'’\-])")
    return {strip_title(match[1]) for text in texts for match in pattern.finditer(text)}


def resolve_post_owners(
    actions: list[Action],
    attendees: Iterable[tuple[str, str | None]],
    cover_values: Iterable[str] = (),
    prose: Iterable[str] = (),
) -> list[Action]:
    """For each owner that is a post ('the Chair', 'Head of Housing'), record who holds it where the document
    itself says: the members listed with their posts ('Cllr A Smith (Chairman)'), else a cover table naming a
    person with the post, else the document's text naming one ('Mark Rowley, the Borough Commander, presented …',
    'Sarah Jones, Head of Finance, …'). A post given to two people is left unresolved. Owners stay as printed (what
    the minutes say); `owner_people` lets a scrutiny officer find the action by person."""
    listed: dict[str, set[str]] = {}
    for name, post in attendees:
        if post and is_post(post):
            listed.setdefault(post_key(post), set()).add(strip_title(name))
    texts = list(cover_values)
    lines = [text for text in prose if "," in text]
    in_prose: dict[str, set[str]] = {}  # each post looked for once in the document's lines
    for action in actions:
        resolved = {}
        for owner in action.owners:
            if not is_post(owner):
                continue
            key = post_key(owner)
            holders = listed.get(key) or _holders_named_beside(owner, texts)
            if not holders and lines:
                if key not in in_prose:
                    in_prose[key] = _holders_named_beside(owner, lines)
                holders = in_prose[key]
            if len(holders) == 1 and (person := next(iter(holders))) != owner:
                resolved[owner] = person
        action.owner_people = resolved
    return actions


# "Messrs D. Dallas, K. Tennant, S. Young": members by initial and surname in a members list.
INITIAL_SURNAME_RE = re.compile(
    rf"(?<![\w.])(?P<initial>[A-Z])\.?\s+(?P<surname>{SURNAME})(?=\s*(?:[,.;&\[(]|and\b|$))"
)


def _opens_list_entry(before: str) -> bool:
    """What comes before starts a members list's entry: the label, a comma, 'and', or a title ('Messrs D. Dallas')."""
    before = before.rstrip()
    return (
        not before
        or before[-1] in ",;:&[(-–"
        or before.endswith(" and")
        or re.search(rf"\b(?:{TITLES})\.?$", before) is not None
    )


def _initial_surname_members(text: str) -> dict[str, str]:
    """'Present:- … K. Tennant, S. Young.' -> {'KT': 'K Tennant', 'SY': 'S Young'}; initials two members share
    are left out."""
    if ATTENDANCE_LABEL_RE.match(text) is None:
        return {}
    members: dict[str, set[str]] = {}
    for match in INITIAL_SURNAME_RE.finditer(text):
        if not _opens_list_entry(text[: match.start()]):
            continue  # "Alyce B. Rusk": a middle initial, not a member named by initial
        members.setdefault(match["initial"] + match["surname"][0], set()).add(f"{match['initial']} {match['surname']}")
    return {initials: next(iter(names)) for initials, names in members.items() if len(names) == 1}


def initials_map(pages: list[PageLayout]) -> dict[str, str]:
    """'Alan Smith (AS)' and members-list columns 'Alan Smith   AS' give initials -> name."""
    found: dict[str, str] = {}
    listed: dict[str, str] = {}
    for page in pages[:2]:
        for line in page.body_lines():
            for initials, name in _initial_surname_members(line.text).items():
                listed.setdefault(initials, name)
            for match in NAME_WITH_INITIALS_RE.finditer(line.text):
                if _initials_fit(match[1], match[2]) and not _names_a_thing(match[1]):
                    found.setdefault(match[2], strip_title(match[1]))  # "Officer Owen Tregarth (OT)": Owen Tregarth
            for initials, name in _members_table_initials(line.text):
                found.setdefault(initials, name)
            for match in NUMBERED_INITIALS_RE.finditer(line.text):  # "Marc Meryon (MM1)" beside "Michael Marr (MM)"
                if _initials_fit(match[1], match[2].rstrip("0123456789")):
                    found.setdefault(match[2], match[1])
            for match in MAC_INITIALS_RE.finditer(line.text):  # "Morag MacAulay (MMacA)"
                given, surname = match[1].split()[0], match[1].split()[-1]
                if match[2] == given[0] + surname[: len(match[2]) - 1]:
                    found.setdefault(match[2], match[1])
    return {**listed, **found}


# "Morag MacAulay (MMacA)": a member's initials keeping the surname's "Mac" or "Mc", as a community council prints them
# (the given name read whole, at most 62 letters: a finditer read a long hyphenated word to its end from each capital)
MAC_INITIALS_RE = re.compile(rf"(?<![\w'’])({NAME_WORD}\s+(?:Mac|Mc)[A-Z][a-z]+)\s{{0,3}}\(([A-Z](?:Mac|Mc)[A-Z])\)")


# "Marc Meryon (MM1) Non-Executive Director": a board's numbered initials, for two members with the same letters.
NUMBERED_INITIALS_RE = re.compile(rf"(?<![\w'’])(?<![A-Za-z]-)({NAME}\s+{SURNAME})\s{{0,3}}\(([A-Z]{{2,3}}\d)\)")


MEMBER_COLUMN_INITIALS_RE = re.compile(r"[A-Z]{2,4}[a-z]?")  # fullmatch: "PWh", "JMc"


def _members_table_initials(text: str) -> Iterator[tuple[str, str]]:
    """'Alan Smith   AS' and a board's 'Joan Mulgrew   Non-Executive Director   JMc' (a post's column between the
    name and the initials): each (initials, name) pair the row prints."""
    parts = [part.strip() for part in text.split("   ")]
    for index, name in enumerate(parts[:-1]):
        name = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip()
        if not re.fullmatch(rf"{NAME}(?:\s+{SURNAME}){{1,2}}", name):
            continue
        after = parts[index + 1 : index + 3]
        if len(after) == 2 and MEMBER_COLUMN_INITIALS_RE.fullmatch(after[0]) is None:
            after = after[1:]  # the post's column first
        initials = after[0]
        if not MEMBER_COLUMN_INITIALS_RE.fullmatch(initials):
            continue
        letters = "".join(word[0] for word in name.split())
        core = initials.rstrip("abcdefghijklmnopqrstuvwxyz")  # "PWh": Paul Wheelhouse beside Paul Wilson
        if initials.upper().startswith(letters[0]) and core[-1].upper() in letters.upper():
            yield initials, name


# A post as an actions column abbreviates it: "Sec" beside "The Secretary was to contact …".
MARGIN_ROLE_ABBREVIATIONS = {"Sec": "Secretary", "Treas": "Treasurer", "Ch": "Chair"}


# "Direct Administration to report back …", "Ask the Clerk to …": an instruction whose object is the owner.
DIRECTIVE_VERB_RE = re.compile(r"^(?:Direct|Instruct|Ask|Request|Authori[sz]e)\s+(?:the\s+)?(?=[A-Z])")


DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]\.?")  # fullmatch: "D.C.", "D.C" (a stop stripped)


def resolve_owner(owner: str, initials: dict[str, str]) -> list[str]:
    """'Transparency Board and MCO' -> two owners; initials through the members list; 'X with Y input' -> X;
    'Direct Administration' -> 'Administration'."""
    owner = DIRECTIVE_VERB_RE.sub("", re.split(r"(?<!\s)\s+with\s+", owner, maxsplit=1)[0])
    post = re.sub(r"^[Tt]he\s+", "", strip_title(owner))  # "The Police and Crime Commissioner": one post
    if _joined_role(post) or body_with_and(post):
        return [post]
    names = []
    parts = re.split(r"(?<!\s)\s*+(?:/|,|&|\band\b(?=\s+(?:the\s+)?[A-Z]))\s*", owner)  # not "task and finish group"
    for part in parts:
        kept = CLINICAL_POST_RE.fullmatch(part) or _post_of_body(part)  # "Chief Nurse", "Chief Executive of the OPCC"
        part = re.sub(r"^(?:A|An)\s+", "", re.sub(r"^[Tt]he\s+", "", part) if kept else strip_title(part))
        part = re.sub(r"^([A-Z])\.\s+(?=[A-Z][a-z])", r"\1 ", part)  # "K. Tennant": the members list's "K Tennant"
        if not part or part.lower() in {"resolved", "agreed", "noted"} or part.upper() in NOT_MARGIN_OWNERS:
            # "Action – TBC": what a line prints for no one yet
            continue
        if DOTTED_INITIALS_RE.fullmatch(part):
            part = part.replace(".", "")  # "D.C.": the members list's "DC"
        names.append(initials.get(part, MARGIN_ROLE_ABBREVIATIONS.get(part, part)))
    return names


# "Chief Executive of the OPCC", "Chair of the Board": a post, then the body it serves (its first word no title)
# (each word read whole from its start and each run of spaces once: a search would otherwise read a long word to its end
# from each of its capitals)
POST_OF_BODY_RE = re.compile(  # fullmatch
    r"(?<![\w'’\-])(?:[Tt]he\s++)?(?P<post>[A-Z][\w'’\-]*+(?:\s++[A-Z][\w'’\-]*+){0,3})\s++of\s++the\s++"
    r"[A-Z][\w&'’\-]*+(?:\s++[A-Z][\w&'’\-]*+){0,4}"
)


def _post_of_body(owner: str) -> bool:
    post = POST_OF_BODY_RE.fullmatch(owner)
    return bool(post and (re.fullmatch(ROLES, post["post"]) or ROLE_TAIL_RE.search(post["post"])))


# "THAT we appoint …", "That we accept the correspondence": a council's motion in its own words.
THAT_WE_RE = re.compile(r"^(?:THAT|That)\s+we\s+[a-z]{3,}")


# "RESOLVED that the Panel note ...", "That the Audit Committee notes ...": the body that resolved.
RESOLVING_BODY_RE = re.compile(
    r"^(?:resolved\s*(?:that|[:,\-–])?\s*|\(\w\)\s*)?(?:that\s+)?(?:the\s+)?(?P<body>(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:Panel|Committee|Council|Cabinet|Board|Group|Partnership|Forum|Commission|Sub-Committee|Executive))\s+"
    r"(?:note|notes|noted|agree|agrees|agreed|approve|approves|approved|endorse|endorses|recommend|recommends|"
    r"support|supports|receive|receives|accept|accepts|consider|considers|ask|asks|request|requests|is|will|"
    r"authori[sz]es?|directs?|instructs?|"  # "That Council authorises the CEO to sign …"
    r"resolved\s+to\s+[a-z]{3,}|"  # "The Board resolved to approve …": the Board approves
    r"be(?!\s+(?:provided|given|sent|supplied|briefed|updated|informed|shown|circulated)\b))\b",
    re.I,
)

# A post's name as a delegation gives it: "the Managing Director of the Combined Authority" runs on past "of the".
DELEGATED_POST = r"(?P<owner>[A-Z][\w'’\-]*(?:\s+(?:(?:of(?:\s+the)?|for|and|&)\s+)?[A-Z][\w'’\-]*){0,6})"

# "To delegate authority to the Chief Executive", "authority be delegated to the Director of Law", a report's
# "DELEGATE authority to the Corporate Director …": who acts.
DELEGATE_RE = re.compile(
    r"\b(?:(?i:delegate[sd]?)\s+(?:(?:the\s+)?authority|powers?|responsibility)|"
    r"(?:authority|powers?|responsibility)\s+(?:(?:be|is|was|were)\s+)?delegated|"
    # "To delegate to the Chief Executive, in consultation with the Mayor, the authority to …": the post comes first
    # "The Committee DELEGATED to the Scrutiny Manager, in consultation with the Chair, responsibility for …"
    r"(?i:delegate[sd]?)(?=\s+to\s+(?:the\s+)?[A-Z][^;,]{0,80}(?:,[^;,]{1,80})?,\s+(?:the\s+)?"
    r"(?:authority|power|responsibility)\s+(?:to|for)\b)|"
    # "that the decision on … be delegated to the Corporate Director of Communities, in consultation with …"
    r"(?P<passive>\bbe\s+delegated)|"
    # "Delegated authority was given to the Chief Executive to …": a delegation the minutes record; "RESOLVED – That
    # delegated authority be granted to the Head of Paid Service to …", "(iii) delegated authority be granted to …"
    r"^(?:\(\w{1,4}\)\s*)?(?:RESOLVED\s*[:,\-–]?\s*)?(?:[Tt]hat\s+)?(?i:delegated)\s+(?:authority|powers?)\s+"
    r"(?:be|was|were|has\s+been|had\s+been)\s+(?:given|granted))"
    r"\s+to\s+(?:the\s+)?" + DELEGATED_POST
)

# "(ii) the Chief Fire Officer be given delegated authority, in consultation with …, to award …", "RESOLVED that the
# Cabinet Member for Highways be authorised to approve …": the post first.
GIVEN_DELEGATION_RE = re.compile(
    r"^(?:\(\w{1,4}\)\s*)?(?:RESOLVED\s*(?:[:,\-–]\s*)?)?(?:[Tt]hat\s+)?(?:the\s+)?"
    + DELEGATED_POST
    + r"\s+be\s+(?:(?:given|granted)\s+(?:delegated\s+)?(?:authority|powers?)\b|authori[sz]ed\s+to\s+[a-z])"
)


# "moved that the Board authorize the County Administrator to execute the lease": the post authorised acts.
AUTHORISED_POST_RE = re.compile(
    r"\bauthori[sz]es?\s+(?:the\s+)?(?P<owner>[A-Z][\w'’\-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’\-]*)){0,5}?)"
    r"\s+to\s+[a-z]{2,}"
)


def delegated_to(text: str) -> str | None:
    """Who a resolution delegates to: 'delegate authority to the Chief Executive …', 'the Chief Fire Officer be
    given delegated authority …' or 'authorise the Clerk to order …' (a post, not 'the Council be given powers')."""
    if (delegate := DELEGATE_RE.search(text)) and (not delegate["passive"] or is_post(delegate["owner"])):
        return delegate["owner"]
    given = GIVEN_DELEGATION_RE.match(text) or AUTHORISED_POST_RE.search(text)
    return given["owner"] if given and is_post(given["owner"]) else None


# A post named in an owner's brackets: "(Owner: Head of Finance, …)", "(Locality Manager)".
BRACKETED_POST = (
    r"Head\s+of\s+[A-Z][\w&]+(?:\s+(?:and\s+)?[A-Z][\w&]+){0,2}|"
    r"(?:[A-Z][\w&]+\s+){1,2}(?:Manager|Officer|Director|Lead|Co-?ordinator)"
)

# "… (Secretariat).", "(Steve Peters to advise)", "(Clerk/Chair)", "… hedge [JD, KL]." (a list of initials in square
# brackets, as town councils print the members who act); and after a dash at the end, initials or a secretariat only:
# "Action: circulate the slides – TK".
BRACKETED_OWNER_RE = re.compile(
    # "(Action: DH)", "(Action: LC to obtain a copy …)", "(Owner: JB, by 30 June)": the owner after a label (a
    # deadline after the owner only under a label: "(Board, by email)" names no owner)
    r"(?:(?P<open>\((?P<label>(?:Actions?|Owners?|Lead|Who)\s*:\s*)?)|(?P<square>\[)|"
    r"\s[–—-]\s*(?=(?:[A-Z]{2,5}|Secretariat|Clerk)(?:\s*/\s*[A-Z]{2,5})*\.?$))"
    rf"(?P<owner>(?:{NAME}\s+{SURNAME}|Secretariat|Clerk|Chair|Panel|Board|Committee|{BRACKETED_POST}|[A-Z]{{2,5}})"
    rf"(?:\s*(?:/|,|and)\s*(?:{NAME}\s+{SURNAME}|Secretariat|Clerk|Chair|{BRACKETED_POST}|[A-Z]{{2,5}}))*)"
    r"(?(open)(?:\s+to\s+[^)]*|\s+-\s+[^)]*|(?(label)\s*[,;]\s*(?:by|due|before|deadline)\b[^)]*|(?!)))?\))"
    r"(?(square)\])\.?$"
)


# "The Panel is asked to agree the revised tenancy agreement.": a recommendation put to that body, run in.
ASKED_INLINE_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?P<body>[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,3})\s+(?:is|are)\s+"
    r"(?i:asked|recommended|requested|invited)\s+to\s+[A-Za-z]{3,}\b"
)


# "RECOMMENDED to Council that the … be approved", "It was RECOMMENDED TO CABINET that …": the body it is put to.
RECOMMENDED_TO_INLINE_RE = re.compile(
    r"^(?:(?i:it)\s+was\s+)?(?:RECOMMENDED|Recommended)\s+(?:TO|to)\s+(?:the\s+|THE\s+)?"
    r"(?P<body>[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,3})\s+(?i:that)\b"
)


def recommended_body(text: str) -> str | None:
    """The body a run-in recommendation is put to: 'The Panel is asked to agree …', 'That the City Council
    approve …', 'RECOMMENDED to Council that …'."""
    if asked := ASKED_INLINE_RE.match(text):
        return asked["body"]
    if put_to := RECOMMENDED_TO_INLINE_RE.match(text):
        body = put_to["body"]
        return body.title() if body.isupper() else body
    return resolving_body(text)


def resolving_body(text: str) -> str | None:
    found = resolving_body_and_rest(text)
    return found[0] if found else None


def resolving_body_and_rest(text: str) -> tuple[str, str] | None:
    """'RESOLVED that the Panel ask the Director to report …' -> ('Panel', 'ask the Director to report …')."""
    text = text.strip()
    match = RESOLVING_BODY_RE.match(text)
    return (" ".join(match["body"].split()), text[match.end("body") :].strip()) if match else None


# What the minutes of a body call the body itself: "we", "Members", "the Councillors".
OWN_BODY_NAMES = frozenset(["we", "members", "councillors", "councillors present"])
# A body's generic name ("the Committee"), which is the resolving body when the document names none.
GENERIC_BODY_NAMES = frozenset(
    [
        "council",
        "committee",
        "sub committee",
        "board",
        "panel",
        "cabinet",
        "forum",
        "commission",
        "executive",
        "community council",
        "parish council",
        "town council",
    ]
)


def is_resolving_body(name: str, bodies: Iterable[str | None]) -> bool:
    """'the Panel', 'Audit Committee', 'Council', 'we': the body whose minutes these are (its committee or body as
    the document stage reads them, or the last words of either); with neither known, a bare 'the Committee'.
    README Stop 25: that body never owns its own resolution or decision."""
    words = post_key(name).split()
    if not words:
        return False
    if " ".join(words) in OWN_BODY_NAMES:
        return True
    known = [post_key(body).split() for body in bodies if body]
    if not known:
        return " ".join(words) in GENERIC_BODY_NAMES
    if any(len(words) <= len(body) and body[-len(words) :] == words for body in known):
        return True
    return _acronym_of_any(name, [body for body in bodies if body])


ACRONYM_RE = re.compile(r"(?:[Tt]he\s+)?(?P<acronym>[A-Z]{2,6})")  # fullmatch: "the IJB"


def _acronym_of_any(name: str, bodies: list[str]) -> bool:
    """'the IJB' for 'Eastshire Integration Joint Board': the capitals of the body's last two or more words (the
    place before them left out), as minutes shorten the name they print in full at the head."""
    found = ACRONYM_RE.fullmatch(name.strip())
    if found is None:
        return False
    acronym = found["acronym"]
    for body in bodies:
        capitals = "".join(word[0] for word in body.split() if word[:1].isupper())
        if len(capitals) >= 2 and any(capitals[start:] == acronym for start in range(len(capitals) - 1)):
            return True
    return False


def expand_owner_surnames(actions: list[Action], people: list[str]) -> list[Action]:
    """An owner named by surname only ('Ms Gleave offered to ...') becomes the one person of that
    surname the document names ('Alice Gleave'); a first name alone ('Wendy will investigate …', as boards of
    trustees write) the one person of that first name ('Wendy Campion')."""
    by_surname: dict[str, set[str]] = {}
    by_first_name: dict[str, set[str]] = {}
    for person in people:
        if len(person.split()) >= 2:
            by_surname.setdefault(person.split()[-1].lower(), set()).add(person)
            if _is_full_name(person):
                by_first_name.setdefault(person.split()[0].lower(), set()).add(person)
    by_initials = initials_of_people(people)
    for action in actions:
        expanded = []
        for owner in _listed_people_apart(action.owners, set(people)):
            if re.fullmatch(r"[A-Z]{2}", owner):  # "NO to draft …": the one person the document names N… O…
                matches = {by_initials[owner]} if owner in by_initials else set()
            else:
                matches = by_surname.get(owner.lower(), set()) if re.fullmatch(SURNAME, owner) else set()
                if not matches and re.fullmatch(SURNAME, owner):
                    matches = by_first_name.get(owner.lower(), set())
            spellings = {" ".join(match.replace(".", " ").split()) for match in matches}
            # "R Healey" and "R. Healey": one; "N Clayton" and "County Cllr N Clayton": one, printed the shorter way
            shortest = min(spellings, key=len) if spellings else ""
            if spellings and all(spelling.endswith(f" {shortest}") or spelling == shortest for spelling in spellings):
                spellings = {shortest}
                matches = {match for match in matches if " ".join(match.replace(".", " ").split()) == shortest}
            expanded.append(min(matches) if len(spellings) == 1 else owner)
        action.owners = list(dict.fromkeys(expanded))
    return actions


def _listed_people_apart(owners: list[str], people: set[str]) -> list[str]:
    """'David Sowerby, Tom Jarvis' (a table's 'DS/TJ' with each initials resolved) -> each person; an owner whose
    parts are not all the document's people ('Smith, John', 'Planning, Policy and Housing') stays whole."""
    apart = []
    for owner in owners:
        parts = [part.strip() for part in owner.split(",")]
        apart += parts if len(parts) > 1 and all(part in people for part in parts) else [owner]
    return apart


def initials_of_people(people: list[str]) -> dict[str, str]:
    """'NO' -> 'Nick Oakhill' for each pair of initials that exactly one full name of the document has; a board's
    'Mrs V Morrow' (initial and surname, as NHS board lists print members) gives 'VM' the same way."""
    by_initials: dict[str, set[str]] = {}
    for person in people:
        words = person.split()
        if len(words) == 2 and re.fullmatch(r"[A-Z]", words[0]) and re.fullmatch(SURNAME, words[1]):
            by_initials.setdefault(words[0] + words[1][0], set()).add(person)
        elif len(words) >= 2 and _is_full_name(person):
            by_initials.setdefault(words[0][0] + words[-1][0], set()).add(person)
    return {initials: next(iter(names)) for initials, names in by_initials.items() if len(names) == 1}


def _alias_target(name: str, full_names: list[str]) -> str | None:
    words = name.replace(".", " ").split()
    if not words:
        return None
    surname, initials = words[-1].lower(), [w[0] for w in words[:-1] if len(w) <= 2 and w.isupper()]
    if len(words) > 1 and len(initials) != len(words) - 1:
        return None  # "Paul Carter" style names are not aliases
    candidates = [
        full
        for full in full_names
        if full.split()[-1].lower() == surname and (not initials or full.split()[0][0] == initials[0])
    ]
    return candidates[0] if len(candidates) == 1 else None


# "The draft contract to be circulated by the Clerk", "… to be set up by the Clerk", "A reply to be drafted by Cllr
# Green …", "… to be presented by the Head of Finance at …": a step the minutes give in the passive, its agent after
# "by" (capitalised words, "of"/"for"/"and" between them, a title first).
TO_BE_DONE_BY_RE = re.compile(
    r"\bto\s+be\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}(?:ed|en)|set|sent|made|built|brought|done|led|run|held|taken|written)"
    r"(?:\s+(?:up|out|back|forward|round|on))?\s+by\s+"
    rf"(?P<owner>(?:the\s+)?(?:(?:{TITLES})\.?\s+)?[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w'’\-]*){{0,5}})"
)


def to_be_done_by(text: str) -> str | None:
    """The agent of a step given as 'to be <done> by X', when X is a post, a body or a person (not 'by March')."""
    if " by " not in text or (match := TO_BE_DONE_BY_RE.search(text)) is None:
        return None
    owner = match["owner"]
    plain = re.sub(r"^[Tt]he\s+", "", owner)
    if is_post(owner) or _looks_like_owner(plain) or re.match(rf"(?:{TITLES})\.?\s", plain):
        return owner
    return None


# A member's initials, or a government department's short form with a lower-case letter ("DfE", "MoJ", "DfES"), or a
# post's abbreviation a drainage board's minutes define ("AMgr", "CEng": Asset Manager, Chief Engineer).
INITIALS_OR_DEPARTMENT = r"(?:[A-Z]{2,5}|[A-Z][a-z][A-Z]{1,2}|[A-Z]{2}(?:gr|ng|mgr)|[A-Z](?:Mac|Mc)[A-Z])"


def _looks_like_owner(name: str) -> bool:
    """Initials, a role, a body or a person's name, rather than the first words of an instruction."""
    return bool(
        re.fullmatch(rf"{INITIALS_OR_DEPARTMENT}(?:\s*(?:/|and|&)\s*{INITIALS_OR_DEPARTMENT})*", name)
        or DOTTED_INITIALS_RE.fullmatch(name)  # "D.C.": a member's initials with their stops
        or re.fullmatch(rf"(?:{ROLES})", name)
        or re.search(rf"\b(?:{ORG_WORD}|members|Members|officers|Officers)$", name)
        or re.fullmatch(rf"{NAME}\s+{SURNAME}", name)
    )
