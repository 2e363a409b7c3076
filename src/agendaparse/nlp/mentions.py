"""People and organisations a document names (:func:`find_mentions`), aliases merged, authors of reports."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import ActionPlanRow, Mention, Provenance, Table
from ..pdf import Line, PageLayout, running_line_key
from .attendance import (
    ADDRESS_LAST_WORDS,
    ATTENDANCE_HEAD_RE,
    _attendance_block_head,
    _cell_entries,
    _column_cells,
    _name_capitals,
    _name_from_list_entry,
    _names_person,
    _paragraph_organisations,
    _surname_expansions,
    _within_columns,
    body_cells,
    bracketed_rows,
)
from .names import (
    GIVEN_NAMES,
    PLURAL_POST_TITLES,
    _is_full_name,
    capital_surname_initials_people,
    capitals_people,
    collar_number_people,
    coordinated_people,
    given_name_alone_people,
    given_name_people,
    is_peer_post,
    peer_people,
    people_of_bodies,
    post_apposition_people,
    post_dash_people,
    post_title_people,
    pronoun_people,
    signed_people,
    strip_title,
    surname_first_people,
    vote_record_surnames,
    with_surname_after,
    without_peer_title,
)
from .organisations import (
    ACRONYM_STOP,
    BOARD_MEMBER_AFTER_RE,
    BODY_COLUMN_HEAD_RE,
    BODY_LEGAL_FORM_METHOD,
    BUILDING_RE,
    ORG_WORD_WITHIN_RE,
    STANDARDS_FOR_RE,
    _initials_fit,
    _names_a_thing,
    _same_body_council,
    _spelled_acronyms,
    _tidy_organisations,
    _title_case_heading,
    _without_common_word_surnames,
    _without_common_word_units,
    _without_internal_teams,
    _without_leading_label,
    _without_owner_initials,
    _without_trailing_words,
    acronym_bodies,
    acronyms_listed_after_bodies,
    body_after_post,
    body_column_cells,
    cell_body_names,
    hall_heading_names,
    is_address_line,
    known_organisations,
    lower_case_words,
    organisation_names,
    payee_names,
    schedule_payees,
    spelled_out_bodies,
    supplier_names,
)
from .owners import _alias_target, initials_map
from .paragraphs import ParagraphReader
from .patterns import LIST_WORDS, NAME_WITH_INITIALS_RE, NOT_OWNERS, PERSON_RE, ROLE_HEADS, TITLES

if TYPE_CHECKING:
    from ..segment import DocumentFacts


def _words_the_initials_give(name: str, initials: str) -> str:
    """'Association Alun Pryce (AP)' -> 'Alun Pryce': the last words whose initials are the bracket's, when a list
    run together puts the line before's last word (an organisation's, a heading's) in front of the name."""
    capitals = [c for c in initials if c.isupper()]
    words = name.split()
    if len(words) > len(capitals) >= 2 and [word[0] for word in words[-len(capitals) :]] == capitals:
        return " ".join(words[-len(capitals) :])
    return name


# "Cyngor Sir Ddinbych": the Welsh "Sir" (county) in a council's name, no knight's title
WELSH_COUNTY_BEFORE_RE = re.compile(r"Cyngor\s+$")
TITLE_ONLY_RE = re.compile(rf"(?:{TITLES})")


def _not_a_titled_person(match: re.Match[str], text: str) -> bool:
    """'Cyngor Sir Powys' (a council), 'Detective Chief Inspector, GMP' (a rank read as a title, then the rank's
    own words as the name): a title and what follows that names no one."""
    if match[0].startswith("Sir") and WELSH_COUNTY_BEFORE_RE.search(text, max(0, match.start() - 8), match.start()):
        return True
    if match[1].split()[-1] in TITLED_ROAD_WORDS | TITLED_BODY_WORDS:
        return True  # "Provost Watt Drive", "Bailie Street": a road named after a titled person (round 84)
    after = re.match(r"\s+([A-Z][a-z]+)\b", text[match.end() :])
    if after and after[1] in TITLED_ROAD_WORDS | TITLED_BODY_WORDS:
        return True  # "the Sir Robert Peel Hospital": a building or a body named after a titled person (round 88)
    if match[1] in GROUP_PLURALS:
        return True  # "Mr Men": a title before a plural of people names a group (or a book), no one (round 88)
    return bool(TITLE_ONLY_RE.fullmatch(match[1]))


# The last word of a road's or a house's name, after a civic title that named it (ADDRESS_LAST_WORDS and a few more
# roads' words; "Court", "Close", "Way" are left to the names: "Mrs Ann Court").
TITLED_ROAD_WORDS = ADDRESS_LAST_WORDS | {"Drive", "Place", "Square", "Wynd", "Brae"}
# The last word of a body's or a building's name after a royal or a civic title that named it ("Princess Alice
# Hospice", round 88; not "Hall" nor "House", common surnames).
TITLED_BODY_WORDS = frozenset(
    {"Hospice", "Hospital", "Infirmary", "School", "Academy", "College", "University", "Foundation", "Trust"}
    | {"Centre", "Church", "Chapel", "Library", "Museum", "Stadium", "Award", "Awards", "Statue", "Memorial"}
)
GROUP_PLURALS = frozenset({"Men", "Women", "People", "Members", "Councillors", "Officers", "Residents", "Children"})


# Letters after a name that are honours, which a longer run of letters follows: "Ms Priya Shah MBE FCA", "Dr Tom Reed
# OBE DL" (round 88); the run's other letters are qualifications, no body's acronym.
HONOURS_LETTERS = r"(?:CB|CBE|OBE|MBE|KCB|DBE|KBE|GCB|CMG|JP|DL|MP|MSP|QC|KC|FRS|BEM|QPM|KPM)"


def _letters_after_names(name: str, text: str) -> bool:
    """'FCA' in 'Ms Priya Shah MBE FCA': an acronym printed only among the honours after a name ('Jane Smith FCA'
    needs its honour: 'Smith FCA' alone may be her employer run on)."""
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return False
    places = [m.start() for m in re.finditer(rf"(?<![\w'’\-]){name}(?![\w'’\-])", text)]
    honours_before = re.compile(rf"[a-z]\s+(?:{HONOURS_LETTERS},?\s+)+(?:[A-Z]{{2,6}},?\s+)*$")
    return bool(places) and all(honours_before.search(text, max(0, start - 60), start) for start in places)


def _person_mentions(text: str, page: PageLayout, line: Line, document_id: str) -> list[Mention]:
    """People the name rules find in one text: titled names, names with initials, given names, post appositions."""
    found = []
    for match in PERSON_RE.finditer(text):
        if _not_a_titled_person(match, text):
            continue
        name = with_surname_after(strip_title(match.group(0)), text, match.end())
        if name and name.split()[0] not in NOT_OWNERS and not is_peer_post(match.group(0)):
            found.append(_mention(name, "person", match.group(0), page, line, document_id, "rule:titled-name"))
    for match in NAME_WITH_INITIALS_RE.finditer(text):
        if _initials_fit(match[1], match[2]) and not _names_a_thing(match[1]):
            name = _words_the_initials_give(match[1], match[2])
            found.append(_mention(name, "person", match[0], page, line, document_id, "rule:name-initials"))
    for name in given_name_people(text):
        found.append(_mention(name, "person", name, page, line, document_id, "rule:given-name"))
    for name in pronoun_people(text) if " his " in text or " her " in text else ():
        found.append(_mention(name, "person", name, page, line, document_id, "rule:pronoun"))
    for name in post_apposition_people(text):
        found.append(_mention(name, "person", name, page, line, document_id, "rule:post-apposition"))
    for name in dict.fromkeys(post_title_people(text)):
        found.append(_mention(name, "person", name, page, line, document_id, "rule:post-title"))
    for name in dict.fromkeys(peer_people(text)):
        found.append(_mention(name, "person", name, page, line, document_id, "rule:peer"))
    for name in dict.fromkeys(post_dash_people(text)):
        found.append(_mention(name, "person", name, page, line, document_id, "rule:post-dash"))
    for name in dict.fromkeys(collar_number_people(text)) if re.search(r"\d\s[A-Z]", text) else ():
        found.append(_mention(name, "person", name, page, line, document_id, "rule:collar-number"))
    for name in dict.fromkeys(signed_people(text)) if "Sign" in text else ():
        found.append(_mention(name, "person", name, page, line, document_id, "rule:signed"))
    for name in dict.fromkeys(capitals_people(text)):
        found.append(_mention(name, "person", name, page, line, document_id, "rule:capitals"))
    for name in dict.fromkeys(capital_surname_initials_people(text)):
        found.append(_mention(name, "person", name, page, line, document_id, "rule:capitals-surname-initials"))
    for name in dict.fromkeys(surname_first_people(text)) if "(" in text else ():
        found.append(_mention(name, "person", name, page, line, document_id, "rule:surname-first"))
    for name in vote_record_surnames(text) if " by " in text or ":" in text or "affirmative" in text else ():
        found.append(_mention(name, "person", name, page, line, document_id, "rule:vote-record"))
    for name in given_name_alone_people(text):
        found.append(_mention(name, "person", name, page, line, document_id, "rule:given-name-alone"))
    listed = [mention.name for mention in found]
    for name in dict.fromkeys(coordinated_people(text, listed)) if "," in text or " and " in text else ():
        found.append(_mention(name, "person", name, page, line, document_id, "rule:listed-with-person"))
    return [_without_roll_call_word(mention) for mention in found]


# "Commissioners Simmonds, and Withers NOES: None", "ABSENT: Commissioners Cragg, Marlowe, Prevost PLEDGE OF
# ALLEGIANCE": a roll call's or a heading's word in capitals printed straight after the last name of a list
ROLL_CALL_CAPITALS = frozenset(
    {"AYES", "NOES", "NAYS", "YEAS", "ABSENT", "ABSTAIN", "ABSTAINED", "ABSTENTION", "ABSTENTIONS", "RECUSED"}
    | {"PRESENT", "PLEDGE", "PRESENTATIONS"}
)


def _without_roll_call_word(mention: Mention) -> Mention:
    """'Withers NOES' -> 'Withers': the capitals word of the roll call after a name is not its surname."""
    words = mention.name.split()
    if len(words) >= 2 and words[-1] in ROLL_CALL_CAPITALS:
        return mention.model_copy(update={"name": " ".join(words[:-1])})
    return mention


def _block_head_line(lines: list[Line]) -> int | None:
    """Where an attendance block's head in columns ("Present   Representing") opens a line of the paragraph after its
    first, or None."""
    for at, line in enumerate(lines[1:], 1):
        cells = re.split(r" {3,}|\t", line.text.strip(), maxsplit=1)
        if len(cells) > 1 and _attendance_block_head(cells[0]):
            return at
    return None


def find_mentions(
    pages: list[PageLayout],
    document_id: str,
    reader: ParagraphReader | None = None,
    *,
    facts: DocumentFacts | None = None,
) -> list[Mention]:
    """The people and organisations ``pages`` name; ``facts`` are the pages' document facts where the
    caller has them (else they are computed here)."""
    mentions: list[Mention] = []
    suppliers: list[Mention] = []  # bare names in a supplier's slot, kept unless printed as common words
    initials = initials_map(pages)
    texts = []
    named_bodies: list[list[str]] = []  # each paragraph's organisation names, beside ``texts``
    places: list[tuple[PageLayout, Line]] = []
    by_number: dict[int, PageLayout] = {}
    for page in pages:
        by_number.setdefault(page.number, page)
    list_head: str | None = None
    after_block_head = False
    body_columns = None  # the columns of the table being read whose header names organisations
    for paragraph in (reader or ParagraphReader())(pages):
        page = by_number[paragraph.page]
        line = paragraph.lines[0]
        text, _ = paragraph.text_and_line_ends()
        texts.append(text)
        places.append((page, line))
        cells = _column_cells(paragraph)
        first_cell = re.split(r" {3,}|\t", line.text.strip(), maxsplit=1)[0]
        in_block = bool(list_head or after_block_head or _attendance_block_head(first_cell))
        # a block's head under the paragraph's first line ("Held at …" / "Present   Representing" / rows): the
        # rows from the head on
        head_at = 0 if in_block else _block_head_line(paragraph.lines)
        last_cell = re.split(r" {3,}|\t", paragraph.lines[-1].text.strip(), maxsplit=1)[0]
        # the block goes on while its rows print columns
        after_block_head = (
            _attendance_block_head(first_cell)
            or (in_block and first_cell != line.text.strip())
            or (bool(head_at) and last_cell != paragraph.lines[-1].text.strip())
        )
        bodies = body_cells([line.text for line in paragraph.lines[head_at:]]) if head_at is not None else []
        rows = bracketed_rows([line.text for line in paragraph.lines])
        bodies += body_cells([f"{name}   {bracket}" for name, bracket in rows])
        for name in dict.fromkeys(filter(None, (_name_from_list_entry(name) for name, _ in rows))):
            name = without_peer_title(name)
            mentions.append(_mention(name, "person", name, page, line, document_id, "rule:attendance-entry"))
        for body in dict.fromkeys(bodies):
            mentions.append(_mention(body, "organisation", body, page, line, document_id, "rule:body-cell"))
        if cells:
            cells = [cell for cell in cells if cell not in bodies]
        for cell in cells or [text]:
            mentions += _person_mentions(cell, page, line, document_id)
        entries = [entry for cell in cells or [text] for entry in _cell_entries(cell, list_head, bool(cells))]
        for person, bodies in entries:
            if person:
                person = without_peer_title(person)
                mentions.append(_mention(person, "person", person, page, line, document_id, "rule:attendance-entry"))
            for body in map(body_after_post, bodies):
                if (
                    ROLE_HEADS.match(body)
                    or PART_ATTENDANCE_RE.fullmatch(body)
                    or SHORT_POST_RE.fullmatch(body)
                    or MEMBER_SECTOR_RE.fullmatch(body)
                    or _reads_as_attendee(body)
                    or _part_of_known_name(body, text)
                    or _cut_from_post(body, text)
                    or body in ACRONYM_STOP  # "PCC Chief Executive", "(CFO, …)": a post's capitals
                    or STANDARDS_FOR_RE.search(body)  # "Policy Review (Accessibility Standards for …)": a title
                    or _councillors_place(body, text)
                ):
                    continue  # "Mr M Rudd (Chief Executive)": the attendee's post, not a body
                mentions.append(_mention(body, "organisation", body, page, line, document_id, "rule:attendee-body"))
        # a head carries over the list's paragraphs while they read as its entries
        list_head = (
            head[1] if (head := ATTENDANCE_HEAD_RE.fullmatch(text.strip())) else (list_head if entries else None)
        )
        names = [n for cell in cells for n in organisation_names(cell)] if cells else None
        names = names if names is not None else _paragraph_organisations(paragraph, text, page)
        names += [name for name in _names_across_rows(paragraph.lines) if name not in names]
        names = [name for name in names if not _letters_after_names(name, text)]
        named_bodies.append(names)
        for name in names:
            mentions.append(_mention(name, "organisation", name, page, line, document_id, "rule:organisation-name"))
        for name in dict.fromkeys(people_of_bodies(text, names)) if " of the " in text or " from the " in text else ():
            mentions.append(_mention(name, "person", name, page, line, document_id, "rule:person-of-body"))
        slot_names = supplier_names(text) + [
            name for row in paragraph.lines for name in [*payee_names([row.text]), *hall_heading_names(row.text)]
        ]
        for name in dict.fromkeys(slot_names):
            suppliers.append(_mention(name, "organisation", name, page, line, document_id, "rule:supplier-slot"))
        for row in paragraph.lines:
            body_columns, column_names = body_column_cells(row.text, body_columns)
            for name in dict.fromkeys(column_names):
                if not _names_person(name):
                    suppliers.append(_mention(name, "organisation", name, page, row, document_id, "rule:body-column"))
    for page in pages:
        lines = page.body_lines()
        for index, name in schedule_payees([line.text for line in lines]):
            suppliers.append(_mention(name, "organisation", name, page, lines[index], document_id, "rule:schedule"))
        body = set(map(id, lines))
        for index, line in enumerate(page.lines):
            # a heading in capitals ("AYTON COMMUNITY COUNCIL") or a running head names the body
            if id(line) not in body or _title_case_heading(line.text) != line.text:
                names = _within_columns(organisation_names(line.text), [line.text])
                if names and any(BUILDING_RE.search(name) for name in names):
                    following = page.lines[index + 1 : index + 9]
                    if any(is_address_line(nxt.text) for nxt in following):
                        # "PORTH INFANTS SCHOOL" over "GWENDOLINE STREET": a polling place and its address
                        names = [name for name in names if not BUILDING_RE.search(name)]
                for name in names:
                    mentions.append(_mention(name, "organisation", name, page, line, document_id, "rule:heading-body"))
    mentions = _without_trailing_words(mentions, texts)
    lower_words = lower_case_words(texts)
    mentions += _without_common_words(_without_owner_initials(suppliers, texts), lower_words, mentions)
    mentions = _without_common_word_surnames(mentions, lower_words)
    mentions = _without_common_word_units(mentions, lower_words, texts)
    mentions = _without_leading_label(mentions, lower_words)
    mentions = _without_internal_teams(mentions, lower_words)
    not_bodies = (
        set(initials)
        | {
            letters
            for m in mentions
            if m.kind == "person" and len(words := m.name.split()) >= 2
            # "Matt Harwood-Whyte (MHW)": a double-barrelled surname gives two letters
            for letters in ("".join(word[0] for word in words), words[0][0] + words[-1][0], _name_capitals(m.name))
        }
        | _spelled_acronyms(texts)
    )
    spelled_bodies = spelled_out_bodies(texts, not_bodies)
    for paragraph_text, (page, line), bodies in zip(texts, places, named_bodies, strict=True):
        for name in dict.fromkeys(n for acronym, n in spelled_bodies.items() if f"({acronym})" in paragraph_text):
            mentions.append(_mention(name, "organisation", name, page, line, document_id, "rule:spelled-out-body"))
        listed = acronyms_listed_after_bodies(paragraph_text, bodies, not_bodies) if bodies else []
        for name in dict.fromkeys(acronym_bodies(paragraph_text, not_bodies) + listed):
            if _only_within_longer_names(name, paragraph_text, bodies):
                continue  # "BBC" read out of "BBC Suffolk": the longer name is the body
            mentions.append(_mention(name, "organisation", name, page, line, document_id, "rule:acronym-body"))
    mentions += _furniture_acronym_mentions(pages, not_bodies, mentions, document_id)
    # a surname read alone, expanded where the text prints it after a given name or title; a given name read alone
    # ("Paul confirmed …") is no surname ("Deputy Director" / "Paul confirmed": no "Director Paul")
    short = {
        m.name
        for m in mentions
        if m.kind == "person"
        and m.provenance.method != "rule:given-name-alone"
        and not _is_full_name(clean_person_name(m.name))
    }
    for name in dict.fromkeys(_surname_expansions(texts, {clean_person_name(n) for n in short})):
        mentions.append(_mention(name, "person", name, pages[0], None, document_id, "rule:surname-in-text"))
    for name in initials.values():
        if not any(m.name == name for m in mentions):
            page = pages[0]
            mentions.append(_mention(name, "person", name, page, None, document_id, "rule:members-list"))
    return _tidy_organisations(mentions, pages, texts, facts)


def _distinct_furniture(pages: list[PageLayout]) -> list[tuple[PageLayout, Line]]:
    """Each running head or footer once, where it is first printed: its copies differ only in their numbers
    ("… registered number   9", "… registered number 10")."""
    seen: dict[str, tuple[PageLayout, Line]] = {}
    for page in pages:
        furniture = set(page.furniture)
        for line in page.lines:
            if line.text in furniture:
                seen.setdefault(running_line_key(line.text), (page, line))
    return list(seen.values())


def _furniture_acronym_mentions(
    pages: list[PageLayout], not_bodies: set[str], mentions: list[Mention], document_id: str
) -> list[Mention]:
    """Bodies a running head or footer names only by their capitals ("Registered in England by the FSA"): the
    furniture is kept out of the paragraphs, so its acronyms are read here, each distinct text once."""
    listed = {m.name for m in mentions if m.kind == "organisation"}
    found = []
    for page, line in _distinct_furniture(pages):
        for name in acronym_bodies(line.text, not_bodies):
            if name not in listed:
                listed.add(name)
                found.append(_mention(name, "organisation", name, page, line, document_id, "rule:furniture-acronym"))
    return found


def _only_within_longer_names(acronym: str, text: str, bodies: list[str]) -> bool:
    """Every time ``text`` prints ``acronym`` it opens one of the longer ``bodies`` found in it."""
    longer = [body for body in bodies if body.startswith(acronym + " ")]
    starts = [m.start() for m in re.finditer(rf"(?<![\w&'’\-]){re.escape(acronym)}(?![\w&'’\-])", text)]
    return bool(longer) and all(any(text.startswith(body, start) for body in longer) for start in starts)


def _part_of_known_name(body: str, text: str) -> bool:
    """'Ministry of Housing' cut at the comma of 'Ministry of Housing, Communities and Local Government', a listed
    body's name printed whole in the text."""
    return "," in text and any(
        body != known[0] and body in known[0] for known in known_organisations().finditer(text) if "," in known[0]
    )


# What goes on after a word cut from a post's list of areas ("Director General - Markets | , Analysis and Trade",
# "Governance | and Assurance Manager") or from a member's post ("Non-Executive Board | Member").
AREA_LIST_GOES_ON_RE = re.compile(r"(?:,\s++|(?<!\s)\s++(?:and|&)\s++)[A-Z]")


def _cut_from_post(body: str, text: str) -> bool:
    """A body cut from the post the text prints: one plain word that a list of further capitalised words goes on
    from, or a board that 'Member' follows."""
    at = text.find(body)
    if at < 0:
        return False
    end = at + len(body)
    if body.endswith("Board"):
        return bool(BOARD_MEMBER_AFTER_RE.match(text, end))
    one_word = " " not in body and not body.isupper() and not ORG_WORD_WITHIN_RE.search(body)
    return one_word and bool(AREA_LIST_GOES_ON_RE.match(text, end))


# A councillor's council or ward printed in brackets after the name: "Cllr Ann Leigh (Walsall)", "(Worcester City)".
# The gold names no body for a place printed alone (the Nipissing forecast leaves "Callander" unlisted); a party
# ("(Labour)") is no place.
PLACE_LABEL_RE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
PARTY_WORDS = frozenset({"Labour", "Conservative", "Liberal", "Democrat", "Green", "Independent", "Reform", "Plaid"})


def _councillors_place(body: str, text: str) -> bool:
    """A place in brackets after a councillor's name, no body."""
    if not PLACE_LABEL_RE.fullmatch(body) or PARTY_WORDS.intersection(body.split()) or ORG_WORD_WITHIN_RE.search(body):
        return False
    if known_organisations().fullmatch(body):
        return False
    label = re.compile(rf"\b(?:Cllrs?|Councillors?|Cr|Alderman)\.?\s+[^()]{{1,40}}\({re.escape(body)}\)")
    return bool(label.search(text))


def _reads_as_attendee(body: str) -> bool:
    """'S Orme', 'Councilmembers', 'Rt Hon': the next attendee (an initial or a given name first) or a title
    word, cut from a list as if it were the body after a name."""
    first = body.split()[0]
    return first in GIVEN_NAMES or bool(re.fullmatch(rf"[A-Z]\.?|{PLURAL_POST_TITLES}|{TITLES}", first))


def _without_common_words(suppliers: list[Mention], lower_words: set[str], found: list[Mention]) -> list[Mention]:
    """Suppliers' names but a one-word name the document also prints in lower case ("Finance – £500") and a name
    read as a person's."""
    people = {m.name for m in found if m.kind == "person"}
    return [
        m for m in suppliers if m.name not in people and (len(m.name.split()) > 1 or m.name.lower() not in lower_words)
    ]


# "HH Judge R Orme (Part)", "(part only)", "(late)": how long an attendee stayed, not a body
PART_ATTENDANCE_RE = re.compile(r"(?i:part(?:\s+only|\s+of\s+(?:the\s+)?meeting)?|partly|late|left\s+early)")
# "Mr Godfrey (Sec)", "Mrs Bell (Treas.)": a post cut short in an attendance list, not a body
SHORT_POST_RE = re.compile(r"(?:Sec|Secy|Treas|Asst|Dep|V\.?\s?Chair|Vice[\s\-][Cc]hair)\.?")
# "Nova Skills (Business)", "Rugton YMCA (Charity)": the sector a panel member speaks for, not a body
MEMBER_SECTOR_RE = re.compile(
    r"(?:(?:Private|Public|Voluntary|Third|Community|Business|Faith)\s+[Ss]ector|Business|Charity|Voluntary|Resident|"
    r"Retired|Volunteer|Observer|Faith|Youth)"
)
COLUMN_GAP_RE = re.compile(r" {3,}|\t")
DANGLING_JOINER_RE = re.compile(r"\s(?:of|for|and|&|the)$")


def _names_across_rows(lines: list[Line]) -> list[str]:
    """Names a table's cell breaks over two rows while the row's other columns print between the halves ("… the
    Office for   June   Plan in place" over "Fair Trading and …"): a cell that is not the row's last and ends in a
    joining word goes on in the next row when that row prints one cell, set in from the row's start."""
    found: list[str] = []
    for row, following in zip(lines, lines[1:], strict=False):
        cells = COLUMN_GAP_RE.split(row.text.strip())
        if len(cells) < 2 or following.x0 <= row.x0 + 1 or COLUMN_GAP_RE.search(following.text.strip()):
            continue
        for cell in cells[:-1]:
            if not DANGLING_JOINER_RE.search(cell):
                continue
            joined = f"{cell} {following.text.strip()}"
            for name in organisation_names(joined):
                start = joined.find(name)
                if 0 <= start < len(cell) < start + len(name):  # the name runs over the break
                    found.append(name)
    return found


def _without_body_printed_otherwise(mentions: list[Mention]) -> list[Mention]:
    """The document's body as the segmenter names it ("Suffolk Libraries IPS") left out when the papers print it
    with its legal form every time ("Suffolk Libraries IPS Ltd"): one body, listed as printed."""
    printed = {m.name for m in mentions if m.provenance.method == BODY_LEGAL_FORM_METHOD}
    if not printed:
        return mentions
    return [
        m
        for m in mentions
        if m.provenance.method != "rule:document-body" or not any(name.startswith(m.name + " ") for name in printed)
    ]


def merge_person_aliases(mentions: list[Mention]) -> list[Mention]:
    """'Mrs Chandler' and 'S Chandler' become 'Sue Chandler' when she is the only person of that
    surname (with those initials) named in full in the document; 'Mr Baker' becomes 'N Baker' when
    the members list names one Baker. A surname shared by several named people ('Mr Meade' with
    'Ms J Meade' and 'Mr J Meade') is one of them, not another person, and is dropped."""
    mentions = [_with_clean_name(mention) for mention in mentions]
    mentions = _without_body_printed_otherwise(mentions)
    bodies = {m.name for m in mentions if m.kind == "organisation"}
    mentions = [m for m in mentions if m.kind != "organisation" or not _same_body_council(m.name, bodies)]
    # a body's column cell ("Thames Water", "Foundation for Water Research") that another reader took for a name
    cell_bodies = [m.name for m in mentions if m.provenance.method == "rule:body-cell"]
    mentions = [
        m
        for m in mentions
        if m.kind != "person" or not any(re.search(rf"\b{re.escape(m.name)}$", b) for b in cell_bodies)
    ]
    mentions = [
        mention
        for mention in mentions
        if mention.kind != "person"
        or (
            len(mention.name) > 2
            and not _names_a_thing(mention.name)
            and mention.name not in COUNCIL_TIERS
            and not _names_a_post(mention.name)
        )
    ]
    mentions = _without_attendee_bodies_as_people(mentions)
    people = {m.name for m in mentions if m.kind == "person"}
    full = [name for name in people if _is_full_name(name)]
    longer = [name for name in people if len(name.replace(".", " ").split()) >= 2]
    # named in full by more than an untitled given name and word ("Lamont Alderperson": a name and a post)
    others = {m.name for m in mentions if m.kind == "person" and m.provenance.method != "rule:given-name"}
    firm = [name for name in longer if name in others]
    # a longer name that is itself another's alias ('Sally Chathams quote': 'Sally Chatham') names no second bearer
    own = {name for name in longer if not _longer_alias_target(name, people)}
    merged = []
    for mention in mentions:
        target = None
        if mention.kind == "person" and mention.name not in full:
            target = (
                _alias_target(mention.name, full)
                or _possessive_target(mention.name, people)
                or _broken_name_target(mention.name, people)
                or _fragment_target(mention.name, people)
            )
            if target is None:
                namesakes = _namesakes(mention.name, longer)
                if len(namesakes) > 1 and len(mention.name.split()) == 1:
                    continue
                target = namesakes[0] if len(namesakes) == 1 else None
                votes = mention.provenance.method in MEMBER_METHODS  # names a member of the meeting
                bearers = [name for name in (longer if votes else firm) if name in own]
                target = target or _given_name_target(mention.name, bearers)
        elif mention.kind == "person":
            target = _longer_alias_target(mention.name, people)
        if target:
            provenance = mention.provenance.model_copy(update={"method": f"{mention.provenance.method}+alias"})
            mention = mention.model_copy(update={"name": target, "provenance": provenance})
        merged.append(mention)
    return merged


# Readers of members named by one word, a surname or a given name, where the minutes record what they did
MEMBER_METHODS = frozenset({"rule:vote-record", "rule:given-name-alone"})


def _longer_alias_target(name: str, people: set[str]) -> str | None:
    return _possessive_target(name, people) or _broken_name_target(name, people) or _fragment_target(name, people)


def _given_name_target(name: str, firm: list[str]) -> str | None:
    """'Lucy' of "Motion by Lucy" where the minutes name one Lucy in full ('Lucy Garland'): the same person (a
    motion's record names its members by their given names as often as by their surnames)."""
    if " " in name:
        return None
    bearers = [other for other in firm if other.split()[0] == name]
    return bearers[0] if len(bearers) == 1 and not any(other.split()[-1] == name for other in firm) else None


def _namesakes(name: str, longer: list[str]) -> list[str]:
    """People named more fully with this surname (and these initials): 'B Lewis' -> ['B H Lewis']."""
    words = name.replace(".", " ").split()
    given = [word[0] for word in words[:-1]]
    return [
        other
        for other in longer
        if other != name
        and other.split()[-1].lower() == words[-1].lower()
        and len(other.replace(".", " ").split()) > len(words)
        and all(a == b for a, b in zip(given, [w[0] for w in other.replace(".", " ").split()[:-1]], strict=False))
    ]


# "County Cllr A Tudorson": the tier word before a councillor's title, read as a surname.
COUNCIL_TIERS = frozenset({"County", "District", "Borough", "Town", "City", "Parish", "Unitary", "Ward"})

# Words that make up a post or an office's building, never a person's name: "Director General", "City Attorney",
# "City Hall", "Chief Executive", "Permanent Secretary".
POST_WORDS = frozenset(
    {
        "Director", "General", "Chief", "Executive", "Attorney", "Manager", "Clerk", "Secretary", "Permanent",
        "Deputy", "Assistant", "Acting", "Interim", "Officer", "Hall", "Solicitor", "Treasurer", "Engineer",
        "Administrator", "Auditor", "Corporate", "Strategic", "Head", "Principal", "Private", "Monitoring",
    }
    | COUNCIL_TIERS
)  # fmt: skip


def _names_a_post(name: str) -> bool:
    """'Director General', 'City Attorney', 'City Hall', 'Director General for Finance': a post (or the building
    its holder sits in) read as a name; every word before any "of"/"for" is a post word."""
    words = re.split(r"\s+(?:of|for)\s+", name, maxsplit=1)[0].split()
    return len(words) >= 2 and all(word in POST_WORDS for word in words)


# Readers that take a list's entries for people whatever their words: alone, they do not make a name a person's.
LIST_PERSON_METHODS = frozenset({"rule:attendance-list", "rule:attendance-entry", "rule:surname-in-text"})


def _without_attendee_bodies_as_people(mentions: list[Mention]) -> list[Mention]:
    """A name read both as the body after an attendee ('Jane Morton, Ridgeway Arts') and as a person is one or the
    other: a person when a name rule reads it ('Clrs Giacobbe and Robb'), else the body. So is a body the organisation
    rules read in a list ('Also present: Mrs Ama Osei, Citizens Advice Wendle') that the list reader took for a second
    attendee."""
    bodies = {m.name for m in mentions if m.provenance.method == "rule:attendee-body"}
    named = {m.name for m in mentions if m.kind == "person" and m.provenance.method not in LIST_PERSON_METHODS}
    read_as_bodies = {m.name for m in mentions if m.provenance.method == "rule:organisation-name"} - named
    return [
        m
        for m in mentions
        if not (m.kind == "person" and m.name in read_as_bodies)
        and (
            m.name not in bodies
            or (m.kind == "person" and m.name in named)
            or (m.kind == "organisation" and m.name not in named)
        )
    ]


def _possessive_target(name: str, people: set[str]) -> str | None:
    """'Sally Chathams quote': a full name printed with a possessive s and no apostrophe."""
    if len(name.split()) >= 2 and name.endswith("s") and name[:-1] in people:
        return name[:-1]
    return None


def _broken_name_target(name: str, people: set[str]) -> str | None:
    """'Paul Barrington' and 'DerekCrow' are 'Paul Barrington-King' and 'Derek Crow-Brown' cut at a line
    break: the longer name continues them after a hyphen."""
    compact = name.replace(" ", "").lower()
    for other in people:
        other_compact = other.replace(" ", "").lower()
        if other_compact.startswith(compact) and other_compact[len(compact) : len(compact) + 1] == "-":
            return other
    return None


LOWER_PARTICLES = frozenset({"ap", "ab", "van", "von", "de", "der", "den", "du", "da", "di", "la", "le", "del", "dos"})


def _fragment_target(name: str, people: set[str]) -> str | None:
    """'Gwynfor Rhys' and 'Rhys Jones' are 'Gwynfor Rhys Jones', 'Alun Roberts' is 'J Alun Roberts': two or more
    words of one longer name, read by a rule that took fewer of its words."""
    words = name.split()
    if len(words) == 1:
        # "Anne" read by a list's rule before "de la Mare": the one name it opens before a lower-case particle
        cut = [o for o in people if o.split()[0] == name and len(o.split()) >= 3 and o.split()[1] in LOWER_PARTICLES]
        return cut[0] if len(cut) == 1 else None
    longer = [
        other
        for other in people
        if len(other_words := other.split()) > len(words)
        and (
            other_words[: len(words)] == words
            # the words before must be a name's: "Justice Rohan Silva" (a heading's word run on) is no longer name
            or (
                other_words[-len(words) :] == words
                and all(re.fullmatch(r"[A-Z]\.?", w) or w in GIVEN_NAMES for w in other_words[: -len(words)])
            )
        )
    ]
    return longer[0] if len(longer) == 1 else None


POST_PREFIXES = {"vice", "co", "sub"}  # "Vice-chairman", "Co-chair", "Sub-Treasurer"


def _is_list_word(word: str) -> bool:
    """'Attendees', 'Chairman', 'Vice-chairman', 'Deputy-Clerk': a list label or post word, hyphenated or not."""
    *prefixes, head = word.lower().split("-")
    return head in LIST_WORDS and all(prefix in LIST_WORDS | POST_PREFIXES for prefix in prefixes)


# "County Cllr N Clayton", "District Councillor M Hollis": the tier of council the councillor sits on.
COUNCIL_TIER_BEFORE_TITLE_RE = re.compile(
    r"^(?:County|District|Borough|Town|City|Parish|Unitary|Ward)\s+(?=(?:Cllrs?|Councillors?|Clr)\.?\s+[A-Z])"
)


# "Reid Chair", "Hale Vice-Chair": the post after a surname, never a surname itself ("Clerk" can be one)
CHAIR_AFTER_NAME_RE = re.compile(r"(?<=[a-z])\s+(?:Vice[\s-])?Chair(?:man|woman|person)?$")
RIGHT_HONOURABLE_RE = re.compile(r"^(?:The\s+)?(?:Rt\.?|Right)\s+(?:Hon\.?|Honourable)\s+(?=[A-Z])")
# "Tierney CB", "Helen Marsh MP": honours and letters after a name are not the name.
HONOURS_AFTER_RE = re.compile(r"(?<=[a-z])(?:,?\s+(?:CB|CBE|OBE|MBE|KCB|DBE|KBE|GCB|CMG|MP|MSP|MS|QC|KC|FRS))+$")


RUN_ON_LAST_WORD_RE = re.compile(r"[A-Z]{2,3}|(?![tnh][A-Z])[a-z]\w*")


def clean_person_name(name: str) -> str:
    """'Helen Laing HL' -> 'Helen Laing'; 'Kieron O'Hara's' -> 'Kieron O'Hara'; 'Attendees Alison
    Wheeler' -> 'Alison Wheeler': list labels, margin initials and possessives are not the name."""
    name = re.sub(r"['’]s$", "", strip_title(COUNCIL_TIER_BEFORE_TITLE_RE.sub("", name.strip())))
    name = HONOURS_AFTER_RE.sub("", RIGHT_HONOURABLE_RE.sub("", name))
    name = re.sub(r"\s+(?:Cllrs?|Councillors?)\.?$", "", name)  # "A Brookes Cllr": the next name's title
    name = CHAIR_AFTER_NAME_RE.sub("", name)  # "Cllr Reid Chair": a members' table's post column run on
    words = name.split()
    while len(words) > 2 and _is_list_word(words[0]):
        words = strip_title(" ".join(words[1:])).split()
    # a lower-case last word is the next words' run-on, unless a Gaelic surname's mutation ("Mac an tSaoi")
    while len(words) > 2 and (_is_list_word(words[-1]) or RUN_ON_LAST_WORD_RE.fullmatch(words[-1])):
        words = words[:-1]
    return " ".join(words)


def _with_clean_name(mention: Mention) -> Mention:
    if mention.kind != "person":
        return mention
    name = clean_person_name(mention.name)
    if mention.provenance.method == "rule:post-title" and mention.name == f"Earl {name}":
        name = mention.name  # "Assistant Chief Earl Paxton": after a post "Earl" is his given name, not a peerage
    return mention if name == mention.name else mention.model_copy(update={"name": name})


def author_mentions(covers: list[tuple[dict[str, str], int]], document_id: str) -> list[Mention]:
    """Report authors named in cover tables ("Report Author and contact details: …") are people."""
    from ..segment import cover_author

    mentions = []
    for fields, page in covers:
        author = cover_author(fields) if fields else None
        if author:
            name, email = author
            mentions.append(
                Mention(
                    name=name,
                    kind="person",
                    text=f"{name} <{email}>" if email else name,
                    provenance=Provenance(document=document_id, page=page, method="rule:report-cover-author"),
                )
            )
    return mentions


def table_body_mentions(
    tables: list[Table], plan_rows: list[ActionPlanRow], document_id: str, committee: str | None = None
) -> list[Mention]:
    """Bodies the tables name by their place: the cells of a column headed "Partners", "Lead organisation",
    "Provider" …, and each action-plan row's lead and supporting organisations (not the meeting's own
    committee, which a log names as the owner of its own actions)."""
    mentions: list[Mention] = []
    for table in tables:
        columns = [index for index, head in enumerate(table.header) if BODY_COLUMN_HEAD_RE.fullmatch(head.strip())]
        provenance = Provenance(
            document=document_id,
            page=table.page_start,
            page_end=table.page_end,
            bbox=table.bbox,
            method="rule:table-body-column",
        )
        for row in table.rows:
            for index in columns:
                if index < len(row):
                    mentions += _body_cell_mentions(row[index], provenance)
    for row in plan_rows:
        provenance = row.provenance.model_copy(update={"method": "rule:plan-row-organisation"})
        for cell in (row.lead_org, row.supporting_orgs):
            mentions += _body_cell_mentions(cell or "", provenance)
    own = (committee or "").casefold()
    return [mention for mention in mentions if mention.name.casefold() != own]


def _body_cell_mentions(cell: str, provenance: Provenance) -> list[Mention]:
    text = LEADING_THE_RE.sub("", " ".join(cell.split()))
    return [
        Mention(name=name, kind="organisation", text=name, provenance=provenance)
        for name in cell_body_names(text)
        if not _names_person(name)
    ]


LEADING_THE_RE = re.compile(r"^[Tt]he\s+")


def _mention(name, kind, text, page, line, document_id, method) -> Mention:
    return Mention(
        name=name,
        kind=kind,
        text=text,
        provenance=Provenance(document=document_id, page=page.number, bbox=line.bbox if line else None, method=method),
    )
