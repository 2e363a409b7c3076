"""A seeded generator of UK minutes with known people and organisations (issue #6).

Each seed draws, independently: the body that meets (a parish, town, district or county council, an NHS trust's
board, a community safety partnership, a police and crime panel, a fire authority) and its committee; where names are
printed (a 'Present:' or 'Members present:' list on one line with commas, one a line, or a two-column table of name
and role; 'In attendance:' officers with their posts as '(Clerk)', ' - Head of Planning' or ', Clerk'; 'Also
present:' attendees as 'Name (Organisation)' or 'Name, Organisation'; 'Apologies:'; declarations of interest; prose;
action lines); how people are printed (with or without titles: Cllr, Councillor, Councillors before a list, Mr, Mrs,
Ms, Dr, Prof, Supt, Insp, Revd; honours after; initial and surname); their names from the world's naming (British,
Irish, Welsh, South Asian, East Asian, African, Eastern European, Arabic); the kinds of organisation named (councils,
NHS trusts and ICBs, police forces and fire services, housing associations, charities, companies, government
departments and agencies, universities and schools, partnerships and forums, acronyms defined in the text); the
distractors that are no names ('the Council', 'Members', headings, streets, months, policy titles, posts alone); and
the page (one or two columns, a running head, a footer).

The truth is the gold's ``people`` and ``organisations`` (corpus/gold/README.md): people without titles or honours,
'First Last' where printed (an initial and surname as printed, 'A Khan'), a surname alone after the person was named
in full is that person; organisations as printed, the body holding the meeting among them, the meeting's own committee
never, an acronym printed with its full name the full name. :func:`generate` draws the PDF with reportlab;
:func:`extract_names` reads it as `agendaparse eval --fast` does; :func:`score` uses the evaluator's own
``score_names``. Every place and person is invented.

Run as a script for the figures by class: ``python tests/entity_variants.py 200 [-v] [--from N]``.
"""

from __future__ import annotations

import io
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from agenda_variants import wrap
from drawn_pdfs import pdf_file

TOP, BOTTOM, LEFT, RIGHT = A4[1] - 60, 72, 56, A4[0] - 56
GUTTER = 24

# given names and surnames by the naming they come from; the pairs drawn are invented
NAMING = {
    "british": (
        "Thomas Sarah James Helen Andrew Claire Richard Joanne Stephen Rebecca Graham Lucy Neil Karen",
        "Brown Whitaker Pemberton Hollis Ashworth Fairclough Thornton Redfern Coulthard Lambert Pickering Hebden",
    ),
    "irish": (
        "Siobhan Ciaran Niamh Eoin Aoife Padraig Roisin Declan Orla Cathal Sinead Colm",
        "O'Sullivan Brennan Gallagher McCarthy Doyle Kavanagh Riordan Donnelly Flanagan Quinlan MacNeill Keane",
    ),
    "welsh": (
        "Dafydd Rhys Bronwen Gwen Ifan Seren Carys Huw Eluned Gethin Angharad Emyr",
        "Llewellyn Pritchard Prosser Bevan Vaughan Griffiths Meredith Powell Lloyd-Jones Parry Rees Howells",
    ),
    "south_asian": (
        "Amir Raj Sunita Priya Deepak Anil Sanjay Ravi Arjun Nisha Imran Farah Harpreet Sanjeev",
        "Khan Patel Sharma Chaudhry Iqbal Begum Gupta Mistry Siddiqui Sandhu Mahmood Choudhury Bhatt Rahman",
    ),
    "east_asian": (
        "Chen Wei Mei Hiroshi Kenji Hui Ling Ming Yan Hana Jun Xin Haruto Yuki",
        "Zhang Wang Liu Nakamura Tanaka Park Kim Nguyen Wong Huang Zhou Yamamoto Tran Cho",
    ),
    "african": (
        "Chidi Olusegun Ngozi Kwame Emeka Amara Folake Tendai Abena Kofi Nkechi Tunde Chipo Yaw",
        "Okafor Adeyemi Mensah Boateng Okonkwo Mwangi Osei Balogun Eze Nwosu Asante Moyo Owusu Adebayo",
    ),
    "eastern_european": (
        "Piotr Katarzyna Tomasz Agnieszka Wojciech Marek Irina Dragan Andrei Milena Bogdan Zofia Pavel Daria",
        "Kowalski Nowak Novak Popescu Horvath Petrov Zielinski Dvorak Lewandowska Ionescu Kovacs Wozniak Marinov",
    ),
    "arabic": (
        "Omar Layla Hassan Aisha Khalid Nadia Yusuf Fatima Tariq Rania Samir Hala Karim Amina",
        "Haddad Al-Masri Mansour Nasser Rahim Farouk Saleh Hamdan Khalil Aziz Qureshi Abdullah El-Sayed Bakr",
    ),
}
ORIGINS = list(NAMING)
# invented places: no body of any gold or training set
PLACES = [
    "Brindlecombe", "Carrowmere", "Dunsleigh", "Farrowdale", "Gorsemoor", "Halverstow", "Kestlemere", "Larkhaven",
    "Moorcastle", "Norbridgeham", "Oakhallow", "Pentrevane", "Quellingford", "Redwithy", "Saltmarden", "Tollerby",
    "Upwhistle", "Wrenholt", "Ashcombe Vale", "Bramblewick",
]  # fmt: skip
FIRM_FOUNDERS = ["Ashby", "Crowther", "Fenwick", "Hargreaves", "Kimber", "Langford", "Marsden", "Pollard", "Tindall"]
STREETS = ["Mill Lane", "Station Road", "Church Street", "Orchard Close", "High Street", "Bridge End"]
MEETINGS = {  # kind: (body template, the meeting's own committee: None = the body itself)
    "parish": ("{p} Parish Council", None),
    "town": ("{p} Town Council", None),
    "district": ("{p} District Council", "Planning Committee"),
    "county": ("{p} County Council", "Health Overview and Scrutiny Committee"),
    "nhs": ("{p} Hospitals NHS Foundation Trust", "Board of Directors"),
    "partnership": ("{p} Community Safety Partnership", None),
    "police": ("{p} Police and Crime Panel", None),
    "fire": ("{p} Fire and Rescue Authority", "Audit and Governance Committee"),
}
ORG_KINDS = {
    "council": ["{p} District Council", "{p} Borough Council", "{p} County Council", "{p} Town Council"],
    "nhs": ["{p} Hospitals NHS Foundation Trust", "NHS {p} Integrated Care Board", "{p} Community Health NHS Trust"],
    "police_fire": ["{p} Police", "{p} Constabulary", "{p} Fire and Rescue Service"],
    "housing": ["{p} Housing Association", "{p} Housing Trust", "{p} Homes"],
    "charity": ["{p} Wildlife Trust", "Friends of {p} Park", "Citizens Advice {p}", "{p} Food Bank"],
    "company": ["{p} Joinery Ltd", "{s} and {t} LLP", "{p} Water plc", "{s} Contractors Ltd"],
    "government": ["Department for Transport", "Environment Agency", "Department for Education", "Natural England"],
    "education": ["University of {p}", "{p} College", "{p} Primary School", "{p} Academy Trust"],
    "partnership": ["{p} Youth Forum", "{p} Business Forum", "{p} Health and Wellbeing Partnership"],
    "acronym": ["{p} Water Company", "{p} Rural Community Council", "{p} Transport Partnership"],
}
ORG_KIND_NAMES = list(ORG_KINDS)
TITLES = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Revd"]
POLICE_TITLES = ["Supt", "Insp"]
POSTS = [
    "Clerk", "Responsible Financial Officer", "Head of Planning", "Democratic Services Officer",
    "Director of Public Health", "Chief Executive", "Locality Manager", "Monitoring Officer",
]  # fmt: skip
ROLES = ["Chair", "Vice-Chair", "Member", "Member", "Member"]
DISTRACTORS = [
    "The Council noted the update and Members asked Officers to report back in {month}.",
    "The Committee considered the Local Plan Review and the Climate Emergency Action Plan.",
    "Members discussed the condition of the verges on {street} and the bus shelter near {street2}.",
    "The Clerk reported that Item 4 would be taken after the Finance and Governance item.",
    "The Chair reminded Members that the Annual Parish Meeting would be held in {month}.",
    "It was agreed that the consultation on the Neighbourhood Development Plan would close in {month}.",
]  # fmt: skip
MONTHS = ["April", "May", "June", "September", "October", "November"]
BUSINESS = [
    "Highways and Footpaths", "Planning Applications", "Finance", "Community Safety", "Open Spaces",
    "Correspondence", "Reports from Partners", "Grant Applications",
]  # fmt: skip
PRESENT_FORMS = ["commas", "commas", "per_line", "table"]
PEOPLE_FORMS = ["cllr", "councillor", "plural", "plain", "initial", "mixed"]
OFFICER_FORMS = ["paren", "dash", "comma"]
GUEST_FORMS = ["paren", "comma", "none"]


@dataclass
class Variant:
    seed: int
    kind: str
    present_form: str
    present_label: str
    people_form: str
    officer_form: str
    guest_form: str
    apologies: bool
    declarations: bool
    actions: bool
    columns: int
    running_head: bool
    footer: bool
    caps_heading: bool
    origins: list[str]
    org_kinds: list[str]
    honours: bool = False  # 'OBE', 'MBE' after some members' names (drawn apart: the first dimensions stay)
    place_words: bool = False  # places named alone in the prose ('the flooding in Larkhaven')
    people: dict[str, set[str]] = field(default_factory=dict)  # truth name -> its classes
    organisations: dict[str, set[str]] = field(default_factory=dict)

    def classes(self) -> list[str]:
        return [
            f"kind={self.kind}", f"present={self.present_form}", f"label={self.present_label}",
            f"people_form={self.people_form}", f"officers={self.officer_form}", f"guests={self.guest_form}",
            f"apologies={self.apologies}", f"declarations={self.declarations}", f"actions={self.actions}",
            f"columns={self.columns}", f"running_head={self.running_head}", f"footer={self.footer}",
            f"honours={self.honours}", f"place_words={self.place_words}",
        ]  # fmt: skip

    def add_person(self, name: str, *classes: str) -> None:
        self.people.setdefault(name, set()).update(classes)

    def add_organisation(self, name: str, *classes: str) -> None:
        self.organisations.setdefault(name, set()).update(classes)


def draw(seed: int) -> Variant:
    rng = random.Random(seed)
    more = random.Random(seed + 7_000_003)
    variant = Variant(
        seed=seed,
        kind=rng.choice(list(MEETINGS)),
        present_form=rng.choice(PRESENT_FORMS),
        present_label=rng.choice(["Present:", "Members present:", "PRESENT:"]),
        people_form=rng.choice(PEOPLE_FORMS),
        officer_form=rng.choice(OFFICER_FORMS),
        guest_form=rng.choice(GUEST_FORMS),
        apologies=rng.random() < 0.7,
        declarations=rng.random() < 0.5,
        actions=rng.random() < 0.6,
        columns=2 if rng.random() < 0.25 else 1,
        running_head=rng.random() < 0.4,
        footer=rng.random() < 0.6,
        caps_heading=rng.random() < 0.5,
        origins=rng.sample(ORIGINS, 3),
        org_kinds=rng.sample(ORG_KIND_NAMES, 4),
    )
    variant.honours, variant.place_words = more.random() < 0.4, more.random() < 0.5
    return variant


# ---------------------------------------------------------------- the people and bodies of one document


@dataclass
class Person:
    given: str
    surname: str
    origin: str
    title: str = ""  # printed before the name in prose ('Dr', 'Supt')
    honours: str = ""  # printed after ('OBE')

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def initial(self) -> str:
        return f"{self.given[0]} {self.surname}"


class Cast:
    """Invented people (no two with the same surname) and organisations, drawn without repeats."""

    def __init__(self, variant: Variant, rng: random.Random) -> None:
        self.variant, self.rng = variant, rng
        self.surnames: set[str] = set()
        self.places = rng.sample(PLACES, len(PLACES))

    def person(self) -> Person:
        while True:
            origin = self.rng.choice(self.variant.origins)
            given, surname = (self.rng.choice(words.split()) for words in NAMING[origin])
            if surname not in self.surnames and surname != given:
                self.surnames.add(surname)
                return Person(given, surname, origin)

    def place(self) -> str:
        if not self.places:  # a long document names every place once: draw them again
            self.places = self.rng.sample(PLACES, len(PLACES))
        return self.places.pop()

    def organisation(self, kind: str | None = None) -> tuple[str, str]:
        kind = kind or self.rng.choice(self.variant.org_kinds)
        template = self.rng.choice(ORG_KINDS[kind])
        first, second = self.rng.sample(FIRM_FOUNDERS, 2)
        return template.format(p=self.place(), s=first, t=second), kind


def acronym(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


# ---------------------------------------------------------------- the text: lines of (text, bold, indent)


@dataclass
class Block:
    lines: list[tuple[str, bool, float]] = field(default_factory=list)
    table: list[tuple[str, str]] | None = None  # a two-column table of name and role

    def add(self, text: str, bold: bool = False, indent: float = 0.0) -> None:
        self.lines.append((text, bold, indent))


def _printed_member(variant: Variant, person: Person, role: str) -> str:
    """A member as the list prints them, the truth registered in its form."""
    form = variant.people_form
    if form == "mixed":
        form = ["cllr", "plain", "initial", "titled"][len(person.surname) % 4]
    shown = person.initial if form in ("initial", "plural") else person.full
    variant.add_person(shown, f"form={form}", f"origin={person.origin}", "where=present")
    prefix = {"cllr": "Cllr ", "councillor": "Councillor ", "titled": f"{TITLES[len(person.given) % 6]} "}.get(form, "")
    suffix = f" ({role})" if role in ("Chair", "Vice-Chair") and variant.present_form != "table" else ""
    if variant.honours and len(person.surname) % 3 == 0 and form != "initial":
        suffix = f" {['OBE', 'MBE', 'JP'][len(person.given) % 3]}{suffix}"
        variant.people[shown].add("form=honours")
    return f"{prefix}{shown}{suffix}"


def _present(variant: Variant, cast: Cast, rng: random.Random) -> tuple[Block, list[Person]]:
    members = [cast.person() for _ in range(rng.randint(4, 8))]
    roles = ["Chair", "Vice-Chair", *(["Member"] * (len(members) - 2))]
    printed = [_printed_member(variant, person, role) for person, role in zip(members, roles, strict=True)]
    block = Block()
    label = variant.present_label
    if variant.people_form == "plural" and variant.present_form == "commas":
        block.add(f"{label} Councillors {', '.join(printed[:-1])} and {printed[-1]}")
    elif variant.present_form == "commas":
        block.add(f"{label} {', '.join(printed)}")
    elif variant.present_form == "per_line":
        block.add(label, bold=True)
        for entry in printed:
            block.add(entry, indent=24)
    else:
        block.add(label, bold=True)
        block.table = list(zip(printed, roles, strict=True))
    return block, members


def _officers(variant: Variant, cast: Cast, rng: random.Random) -> tuple[str, list[Person]]:
    officers = [cast.person() for _ in range(rng.randint(1, 3))]
    parts = []
    for person, post in zip(officers, rng.sample(POSTS, len(officers)), strict=True):
        variant.add_person(
            person.full, "form=plain", f"origin={person.origin}", f"where=officer_{variant.officer_form}"
        )
        parts.append(
            {"paren": f"{person.full} ({post})", "dash": f"{person.full} - {post}"}.get(
                variant.officer_form, f"{person.full}, {post}"
            )
        )
    joiner = "; " if variant.officer_form == "comma" else ", "
    return f"In attendance: {joiner.join(parts)}", officers


def _guests(variant: Variant, cast: Cast, rng: random.Random) -> str | None:
    if variant.guest_form == "none":
        return None
    parts = []
    for _ in range(rng.randint(1, 3)):
        person, (body, kind) = cast.person(), cast.organisation()
        if kind == "acronym":
            kind = "charity"
            body, kind = cast.organisation(kind)
        title = rng.choice(["", "", *TITLES[:4]])
        variant.add_person(person.full, "form=titled" if title else "form=plain", f"origin={person.origin}",
                           f"where=guest_{variant.guest_form}")  # fmt: skip
        variant.add_organisation(body, f"org={kind}", f"where=guest_{variant.guest_form}")
        name = f"{title} {person.full}".strip()
        parts.append(f"{name} ({body})" if variant.guest_form == "paren" else f"{name}, {body}")
    return f"Also present: {'; '.join(parts) if variant.guest_form == 'comma' else ', '.join(parts)}"


def _apologies(variant: Variant, cast: Cast, rng: random.Random) -> str:
    absent = [cast.person() for _ in range(rng.randint(1, 3))]
    titled = variant.people_form in ("cllr", "councillor", "plural")
    names = []
    for person in absent:
        variant.add_person(person.full, f"origin={person.origin}", "where=apologies",
                           "form=cllr" if titled else "form=plain")  # fmt: skip
        names.append(f"Cllr {person.full}" if titled else person.full)
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return rng.choice(["Apologies: {0}", "Apologies for absence were received from {0}.", "Apologies were received "
                       "and accepted from {0}."]).format(listed)  # fmt: skip


def _declaration(variant: Variant, cast: Cast, members: list[Person], rng: random.Random) -> str:
    person = rng.choice(members)
    body, kind = cast.organisation(rng.choice(["charity", "housing", "education", "partnership"]))
    variant.add_organisation(body, f"org={kind}", "where=declaration")
    variant.people[_listed_name(variant, person)].add("where=declaration")
    return (
        f"Cllr {person.surname} declared a non-pecuniary interest in item {rng.randint(5, 8)} as a trustee of the "
        f"{body}."
    )


def _listed_name(variant: Variant, person: Person) -> str:
    return person.full if person.full in variant.people else person.initial


def _prose(variant: Variant, cast: Cast, members: list[Person], rng: random.Random) -> list[str]:
    """Sentences naming a guest of a body, members by surname, two people together and an acronym defined."""
    sentences = []
    for _ in range(rng.randint(2, 4)):
        form = rng.choice(["of_body", "thanked", "pair", "acronym", "body_subject", "police"])
        sentences.append(_sentence(variant, cast, members, rng, form))
    return sentences


def _sentence(variant: Variant, cast: Cast, members: list[Person], rng: random.Random, form: str) -> str:
    if form in ("of_body", "police"):
        person = cast.person()
        kind = "police_fire" if form == "police" else None
        body, kind = cast.organisation(kind)
        if kind == "acronym":
            body, kind = cast.organisation("housing")
        title = rng.choice(POLICE_TITLES) if form == "police" else rng.choice(["", "", "Dr", "Ms", "Mr"])
        variant.add_person(person.full, f"origin={person.origin}", "where=prose",
                           "form=titled" if title else "form=plain")  # fmt: skip
        variant.add_organisation(body, f"org={kind}", "where=prose")
        name = f"{title} {person.full}".strip()
        verb = rng.choice(["reported that", "explained that", "gave an update and said that"])
        return f"{name} of the {body} {verb} work on {rng.choice(STREETS)} would start in {rng.choice(MONTHS)}."
    if form == "thanked":
        person = rng.choice(members)
        variant.people[_listed_name(variant, person)].add("where=prose_surname")
        return f"Cllr {person.surname} thanked the volunteers and the Clerk for their work on the litter pick."
    if form == "pair":
        first, second = cast.person(), cast.person()
        joined = rng.choice([", ", " and "])
        for person in (first, second):
            variant.add_person(person.full, f"origin={person.origin}", f"where=pair_{joined.strip() or 'and'}",
                               "form=plain")  # fmt: skip
        return f"{first.full}{joined}{second.full} attended the training session on behalf of the Council."
    if form == "acronym":
        body, _ = cast.organisation("acronym")
        short = acronym(body)
        variant.add_organisation(body, "org=acronym", "where=prose")
        return (
            f"The {body} ({short}) had written about the drainage works. It was agreed that the Clerk would ask the "
            f"{short} for a timetable."
        )
    body, kind = cast.organisation()
    if kind == "acronym":
        body, kind = cast.organisation("government")
    variant.add_organisation(body, f"org={kind}", "where=prose_subject")
    amount = rng.randint(2, 40) * 250
    return f"The {body} had confirmed that the grant of £{amount:,} would be paid in {rng.choice(MONTHS)}."


def _action(variant: Variant, members: list[Person], officers: list[Person], rng: random.Random) -> str:
    person = rng.choice(officers + members)
    name = _listed_name(variant, person)
    variant.people[name].add("where=action")
    owner = rng.choice([person.full, person.surname]) if name == person.full else name
    return f"ACTION: {owner} to write to the landowner about the hedge on {rng.choice(STREETS)}."


def _distractor(rng: random.Random) -> str:
    street, street2 = rng.sample(STREETS, 2)
    return rng.choice(DISTRACTORS).format(month=rng.choice(MONTHS), street=street, street2=street2)


PLACE_SENTENCES = [
    "Members noted the flooding in {p} and the road closure between {q} and {p}.",
    "The Head of Planning said that the bus service to {p} would run on Sundays from {month}.",
    "The Locality Manager reported that {p} and {q} had both held litter picks.",
]  # fmt: skip


def _place_sentence(cast: Cast, rng: random.Random) -> str:
    """Places and posts named alone: no organisations and no people."""
    return rng.choice(PLACE_SENTENCES).format(p=cast.place(), q=cast.place(), month=rng.choice(MONTHS))


# ---------------------------------------------------------------- the document


@dataclass
class Document:
    heading: list[tuple[str, bool]]
    blocks: list[Block]
    head: str


def compose(variant: Variant, rng: random.Random) -> Document:
    cast = Cast(variant, rng)
    template, own = MEETINGS[variant.kind]
    body = template.format(p=cast.place())
    variant.add_organisation(body, "org=meeting_body", "where=heading")
    committee = own or body
    title = body.upper() if variant.caps_heading else body
    heading = [(title, True)]
    if own:
        heading.append((own, True))
    heading.append((f"Minutes of the meeting of the {committee} held on Tuesday 12 March 2024 at 7.00 pm", False))
    present, members = _present(variant, cast, rng)
    blocks = [present]
    attendance = Block()
    officers_line, officers = _officers(variant, cast, rng)
    attendance.add(officers_line)
    guests = _guests(variant, cast, rng)
    if guests:
        attendance.add(guests)
    blocks.append(attendance)
    blocks += _minutes(variant, cast, members, officers, rng)
    return Document(heading, blocks, f"{body} - {committee} - 12 March 2024")


def _minutes(
    variant: Variant, cast: Cast, members: list[Person], officers: list[Person], rng: random.Random
) -> list[Block]:
    blocks = []
    number = 1
    openers = [("Apologies for Absence", _apologies(variant, cast, rng) if variant.apologies else "None.")]
    if variant.declarations:
        openers.append(("Declarations of Interest", _declaration(variant, cast, members, rng)))
    openers.append(("Minutes of the Previous Meeting", "The minutes of the meeting held on 13 February 2024 were "
                    "approved as a correct record and signed by the Chair."))  # fmt: skip
    for heading, text in openers:
        blocks.append(_minute(number, heading, [text]))
        number += 1
    for heading in rng.sample(BUSINESS, rng.randint(2, 4)):
        sentences = _prose(variant, cast, members, rng)
        sentences.insert(rng.randrange(len(sentences) + 1), _distractor(rng))
        if variant.place_words:
            sentences.insert(0, _place_sentence(cast, rng))
        if variant.actions and rng.random() < 0.7:
            sentences.append(_action(variant, members, officers, rng))
        blocks.append(_minute(number, heading, sentences))
        number += 1
    return blocks


def _minute(number: int, heading: str, sentences: list[str]) -> Block:
    block = Block()
    block.add(f"{number}. {heading.upper()}", bold=True)
    for sentence in sentences:
        block.add(sentence, indent=0)
    return block


# ---------------------------------------------------------------- drawing


class Flow:
    """Lines down one or two columns of A4 pages, a running head and footer on each."""

    def __init__(self, pdf: canvas.Canvas, variant: Variant, head: str) -> None:
        self.pdf, self.variant, self.head = pdf, variant, head
        self.page, self.column, self.y = 1, 0, TOP
        self.width = (RIGHT - LEFT - GUTTER) / 2 if variant.columns == 2 else RIGHT - LEFT
        self.top = TOP
        self._furniture()

    @property
    def x(self) -> float:
        return LEFT + self.column * (self.width + GUTTER)

    def _furniture(self) -> None:
        self.pdf.setFont("Helvetica", 8)
        if self.variant.running_head:
            self.pdf.drawString(LEFT, A4[1] - 36, self.head)
        if self.variant.footer:
            self.pdf.drawCentredString(A4[0] / 2, 36, f"Page {self.page}")

    def room(self, height: float) -> None:
        if self.y - height >= BOTTOM:
            return
        if self.column == 0 and self.variant.columns == 2:
            self.column, self.y = 1, self.top
            return
        self.pdf.showPage()
        self.page, self.column, self.y, self.top = self.page + 1, 0, TOP, TOP
        self._furniture()

    def text(self, text: str, bold: bool = False, indent: float = 0.0, size: float = 10.5) -> None:
        font = "Helvetica-Bold" if bold else "Helvetica"
        for line in wrap(text, self.width - indent, bold, size):
            self.room(size * 1.4)
            self.pdf.setFont(font, size)
            self.pdf.drawString(self.x + indent, self.y, line)
            self.y -= size * 1.4

    def table(self, rows: list[tuple[str, str]]) -> None:
        split = self.width * 0.62
        for cells in [("Name", "Role"), *rows]:
            bold = cells == ("Name", "Role")
            self.room(15)
            for offset, cell in zip((0, split), cells, strict=True):
                self.pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
                width = stringWidth(cell, "Helvetica-Bold" if bold else "Helvetica", 10)
                shown = cell if width < split - 6 or offset else wrap(cell, split - 6, bold, 10)[0]
                self.pdf.drawString(self.x + offset + 4, self.y, shown)
            self.y -= 15

    def space(self, points: float) -> None:
        self.y -= points


def generate(seed: int) -> tuple[bytes, Variant]:
    variant = draw(seed)
    rng = random.Random(seed * 7919 + 11)
    document = compose(variant, rng)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    flow = Flow(pdf, variant, document.head)
    flow.width, saved = RIGHT - LEFT, flow.width  # the heading runs across the page
    for text, bold in document.heading:
        flow.text(text, bold, size=13 if bold else 10.5)
    flow.space(8)
    flow.top, flow.width = flow.y, saved
    for block in document.blocks:
        for text, bold, indent in block.lines:
            flow.text(text, bold, indent)
        if block.table:
            flow.table(block.table)
        flow.space(6)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue(), variant


# ---------------------------------------------------------------- reading and scoring

_NLP: list[Any] = []


def extract_names(pdf: bytes) -> dict[str, list[str]]:
    """The people and organisations `agendaparse eval --fast` reads from the PDF."""
    from agendaparse.evaluate import predicted_dict
    from agendaparse.extract import default_nlp

    if not _NLP:
        _NLP.append(default_nlp())
    with pdf_file(pdf) as path:
        predicted = predicted_dict(path, fast=True, nlp=_NLP[0])
    return {"people": predicted["people"], "organisations": predicted["organisations"]}


def score(variant: Variant, predicted: dict[str, list[str]]) -> Counter:
    from agendaparse.evaluate import score_names

    counts: Counter = Counter()
    for section in ("people", "organisations"):
        found = score_names(list(getattr(variant, section)), predicted[section])
        counts.update({f"{section}_{key}": value for key, value in found.items()})
    return counts


def name_misses(variant: Variant, predicted: dict[str, list[str]]) -> dict[str, tuple[list[str], list[str]]]:
    """Per section: (the truth names not read, the names read that are no truth), as printed."""
    from agendaparse.evaluate import norm_name

    result = {}
    for section in ("people", "organisations"):
        truth = getattr(variant, section)
        gold = {norm_name(name) for name in truth}
        read = {norm_name(name): name for name in predicted[section]}
        missed = [name for name in truth if norm_name(name) not in read]
        result[section] = (missed, [name for key, name in read.items() if key and key not in gold])
    return result


def summary(counts: Counter, section: str) -> dict[str, float]:
    tp, fp, fn = counts[f"{section}_tp"], counts[f"{section}_fp"], counts[f"{section}_fn"]
    gold, pred = tp + fn, tp + fp
    precision, recall = (100 * tp / pred if pred else 0.0), (100 * tp / gold if gold else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"P": round(precision, 1), "R": round(recall, 1), "F1": round(f1, 1), "n": gold}


def _name_classes(variant: Variant, predicted: dict[str, list[str]]) -> dict[str, Counter]:
    """Recall by the class of each truth name (where printed, its form, its origin, the kind of body)."""
    from agendaparse.evaluate import norm_name

    found: dict[str, Counter] = {}
    for section in ("people", "organisations"):
        read = {norm_name(name) for name in predicted[section]}
        for name, classes in getattr(variant, section).items():
            for key in classes:
                found.setdefault(f"{section[:3]}.{key}", Counter()).update({"n": 1, "found": norm_name(name) in read})
    return found


def main(seeds: range, verbose: bool = False) -> None:  # pragma: no cover - for people
    total: Counter = Counter()
    by_class: dict[str, Counter] = {}
    by_name: dict[str, Counter] = {}
    for seed in seeds:
        pdf, variant = generate(seed)
        predicted = extract_names(pdf)
        counts = score(variant, predicted)
        total += counts
        for key in variant.classes():
            by_class.setdefault(key, Counter()).update(counts)
        for key, value in _name_classes(variant, predicted).items():
            by_name.setdefault(key, Counter()).update(value)
        misses = name_misses(variant, predicted)
        if verbose and any(missed or extra for missed, extra in misses.values()):
            print(seed, " ".join(variant.classes()))
            for section, (missed, extra) in misses.items():
                if missed or extra:
                    print(f"      {section}: missed {missed} read {extra}")
    print("ALL people", summary(total, "people"), "organisations", summary(total, "organisations"))
    for key in sorted(by_class):
        print(f"{key:28}", "people", summary(by_class[key], "people"), "orgs", summary(by_class[key], "organisations"))
    for key in sorted(by_name):
        counts = by_name[key]
        print(f"{key:34} recall {100 * counts['found'] / counts['n']:5.1f} of {counts['n']}")


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    start = int(sys.argv[sys.argv.index("--from") + 1]) if "--from" in sys.argv else 0
    count = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 100
    main(range(start, start + count), verbose="-v" in sys.argv)
