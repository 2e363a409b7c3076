"""Regular expressions and word lists several parts of the NLP stage share (titles, names, roles, cues, dates)."""

from __future__ import annotations

import re

TITLE_WORDS = (
    "Cllr",
    "Cllrs",
    "Cllr's",  # "Cllr's Fox & Warner will undertake …": a plural printed with an apostrophe
    "Cllr’s",
    "Councillor",
    "Councillors",
    "Cr",  # New Zealand and Australian councils: "Deputy Mayor Cr Jenny Duncan"
    "Crs",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "Rev",
    "Revd",
    "Reverend",
    "Rev Canon",  # a canon of a cathedral: "Revd Canon P Lee to contact the churches …" (not "Canon" alone: a firm)
    "Revd Canon",
    "Reverend Canon",
    "Supt",
    "Superintendent",
    "Detective Superintendent",
    "Chief Superintendent",
    "Chief Inspector",
    "Detective Chief Inspector",
    "Detective Inspector",
    "Detective Sergeant",
    "Detective Constable",
    "Chief Constable",
    "Deputy Chief Constable",
    "Assistant Chief Constable",
    "DCI",  # police ranks as minutes abbreviate them: "DCI Patel to share …", "Insp Thorne agreed …"
    "Insp",
    "Chief Supt",
    "Det Supt",
    "Inspector",
    "Sergeant",
    "Sgt",
    "PC",
    "PCSO",
    "CPO",
    "Officer",
    "Commissioner",
    "Mayor",
    "Alderman",
    "County Councillor",
    "District Councillor",
    "Councilor",
    "Councilors",
    "Council President",
    "Council Member",
    "Councilmember",
    "Board Member",
    "Deputy Mayor",
    "Vice Mayor",
    "Mayor Pro Tem",
    "Mayor Pro Tempore",
    "Trustee",
    "Fire Chief",
    # US police ranks: "Detective Romero will look into …", "Lieutenant Park will report back …"
    "Detective",
    "Lieutenant",
    "Lt",
    "Captain",
    "Capt",
    "Police Chief",
    "Chief of Police",
    # ranks a partnership board's attendance prints (round 82): "DS Neil Grant", "Lt Col (Retd) Simon Blake"
    "DS",
    "Col",
    "Colonel",
    "Lt Col",
    "Lieutenant Colonel",
    "Brigadier",
    "Wing Commander",
    "Sqn Ldr",
    "Squadron Leader",
    "(Retd)",
    "(retd)",
    "(Rtd)",
    # a Scottish council's civic titles and the Welsh "Councillor" (round 84): "Provost Moira Grant", "Depute Provost
    # Iain Munro", "Bailie Tom Shand", "Cynghorydd Huw Jones"
    "Provost",
    "Depute Provost",
    "Lord Provost",
    "Bailie",
    "Cynghorydd",
)

TITLES = "|".join(re.escape(t) + r"\.?" for t in sorted(TITLE_WORDS, key=len, reverse=True))


# Accented lower-case letters inside a name: "Siân", "Seán", "Zoë", "Chloé".
NAME_LETTERS = r"A-Za-zß-öø-ÿ"

NAME = rf"[A-ZÁÉÍÓÚ][a-z][{NAME_LETTERS}'’\-]*"  # "Áine", "Órla": an Irish given name's accented capital

CAPITAL_DECISION_VERBS = r"(?:RESOLVED|AGREED|DECIDED|NOTED|APPROVED|DEFERRED|ENDORSED|DELEGATED|REQUESTED|RECOMMENDED)"
# (not a decision's verb printed in capitals after who took it: "Cllrs RESOLVED to …", "Members AGREED to …")
SURNAME = rf"(?:(?!{CAPITAL_DECISION_VERBS}\b)(?:Mc|Mac|O['’])?[A-Z][{NAME_LETTERS}'’\-]+)"


# Lower-case particles before a surname: "Mr Gethin ap Dafydd", "Dr Pieter van Dijk".
SURNAME_PARTICLE = r"(?:ap|ab|van|von|der|den|de|du|da|di|la|le|del|della|dos)"  # "de la Mare" (round 88)

# A person's initials before the rest of the name: spaced ('P T ', 'P. T. '), run together as many councils print
# them ('PT ', 'Mrs PT Cole'), or stopped and run together ('P.T. ', 'P.T.Cole').
INITIALS = r"(?:(?:[A-Z]\.?\s+){1,3}|[A-Z]{2,3}\s+|(?:[A-Z]\.){2,3}\s*)"

PERSON_RE = re.compile(
    rf"\b(?:{TITLES})(?:\s+(?:{TITLES}))*\s+({INITIALS}?(?:{NAME}\s+)?(?:{SURNAME_PARTICLE}\s+){{0,2}}{SURNAME})"
    r"(?![\w'’])"
)

NAME_WITH_INITIALS_RE = re.compile(  # never from inside a hyphenated word: linear on 'Ee-Ee-Ee-…'
    rf"(?<![\w'’])(?<![A-Za-z]-)({NAME}(?:\s+[A-Z]\.?)?(?:\s+{SURNAME}){{1,2}})\s*(?:\([^()]{{1,60}}\)\s*){{0,2}}\(([A-Z]{{2,4}}[a-z]?)\)"
)

# A word of a post's name may be possessive: "Director of Children's Services", "Director of Adults’ Services".
POSSESSIVE = r"(?:['’]s?)?"
POST_NAME = rf"[A-Z][\w&]*{POSSESSIVE}(?: (?:(?:and|&|of|for|the) )?[A-Z][\w&]*{POSSESSIVE})*?"

# "Clerk to the Board", "Secretary to the Corporation": a post named with the body it serves, whole (the Suffolk
# Libraries golds give "the Clerk to the Board"); before "Clerk" alone, which would leave "to the Board" as a step.
SERVING_POST = (
    r"(?:the )?(?:Clerk|Secretary|Treasurer|Solicitor|Adviser|Advisor) to the "
    r"(?:Board|Corporation|Governors|Governing Body|Trustees|Council|Committee|Forum|Authority|Court|Partnership|"
    r"(?:Licensing|Joint) Board)"
)

ROLES = (
    rf"{SERVING_POST}|"
    r"the Clerk|Clerk|Clk|Sec|Treas|the Chair(?:man)?|Chair(?:man)?|the Vice[- ]Chair(?:man)?|the Treasurer|Treasurer|"
    r"the Secretary|the Secretariat|Secretariat|the Leader|the Chief Executive|Chief Executive|the Board|"
    r"the Council|the Committee|the Panel|the Partnership|the Group|Officers|officers|[Oo]fficials|Members|[Ss]taff|"
    # the posts of an allotment society or a church in the plural: "Wardens to contact relevant owners …"
    r"(?:the )?(?:Site |Plot )?(?:Wardens|Churchwardens|Stewards)|"
    # a post's name is capitalised words ("Head of Planning and Building Control"), never "… reported that he"
    rf"(?:the )?(?:Deputy |Assistant )?(?:Director(?: of {POST_NAME})?|Head of {POST_NAME})|"
    rf"the Cabinet Member(?: for {POST_NAME})?|the Borough Commander|"
    # an audit committee's minutes print the auditors in lower case: "The external auditor would report back …"
    r"(?:the )?(?:external|internal) auditors?|"
    # a parish's contractors and its staff in the grounds (round 53): "The contractor to cut back the hedges …",
    # "Lengthsman to clear the drains …"
    r"(?:the )?(?:[Cc]ontractors?|[Gg]rounds(?:man|men)|[Ll]engthsman|[Hh]andyman)"
).replace("the ", "[Tt]he ")

# Compiled once here: these run on every candidate owner, and a pattern as long as ROLES built in a call falls out
# of the re module's small cache between uses and is compiled again.
ROLE_RE = re.compile(rf"(?:{ROLES})")  # fullmatch: the owner is a role or a post
SURNAME_RE = re.compile(SURNAME)  # fullmatch: the word is a surname's shape

# Between owners named together: "JS/SJ", "Clerk, RFO", "Chair & Clerk", "Clerk and Treasurer".
OWNER_SEPARATOR_RE = re.compile(r"(?!(?<=\s)\s)\s*+(?:/|,|&|\band\b)\s*")  # spaces from their run's start


# "ACTION:", "Action Point 3:", "Actions –", "AP1:", "AP: X to …", "ACTION (SJ):" (the owner in brackets).
ACTION_LABEL_RE = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,3}){1,3}\.?\s+)?"  # a clause number: "2.2.2 Action: NB to follow up …"
    # "Decision/Action: The Board approved …", "Action/Decision: …": a record's joint label
    # "Action log ref 24/07: Chief Nurse to …" (an NHS board's action log reference opening the action)
    r"(?:(?:agreed\s+|outstanding\s+|new\s+|decisions?\s*/\s*)?action(?:\s+(?:point|item))?s?(?:\s*/\s*decisions?)?"
    r"(?:(?:\s+log)?\s+ref(?:erence)?\.?)?|(?-i:AP)(?=\s*\d|\s*[:\-–]\s*(?:\S+\s+){1,5}?to\s+[a-z])|"
    # an action log's reference opening the action: "DB5-01: Transport Scotland to outline …"
    r"(?=(?-i:[A-Z]{1,4}\d{1,3}[-/.]\d{1,3})\s*[:\-–]\s*(?:\S+\s+){1,5}?to\s+[a-z]))"
    r"(?:\s*(?:no\.?\s*)?(?:(?-i:[A-Z]{1,4})\d{1,3}[-/.]\d{1,3}|\d{1,3}(?:[./]\d{1,3})?)[a-z]?)?"
    r"(?:\s+from\s+[\w ]{3,40}?)?\s*(?:\((?P<owner>[^)]*)\))?\s*[:\-–]\s*"
    r"(?P<text>\S.*)$",
    re.I,
)


# "RESOLVED that …", "It was agreed that …", "Agreed: …", "Decision: …", "Decided that …"; a synopsis's "(The)
# consensus (of the Board) was that …" reads as "It was agreed that …".
# "it was agreed", "It was, however, agreed", "It was therefore resolved": the meeting's own decision.
IT_WAS = r"it\s+was(?:,?\s+(?:however|therefore|also|further|then|finally),?)?\s+"

# "It was proposed and agreed that …", "proposed, seconded and agreed that …": the agreement, its proposal before it
PROPOSED_AND = r"(?:(?:proposed|moved)(?:\s*,\s*seconded)?\s+and\s+(?:unanimously\s+)?)?"

# "AGREED therefore that …": an adverb after the word;
# "Resolved The Minutes … were accepted …": the word alone before the resolution's own sentence
RESOLVED_RE = re.compile(
    rf"^\s*(?:{IT_WAS})?(?:unanimously\s+)?(?:{PROPOSED_AND}(?:resolved|agreed)"
    # "Agreed by all that …", "It was agreed by all present that …": who agreed, between the word and the decision
    r"(?:,?\s+(?:therefore|also|further|accordingly)\b,?)?\s*(?:\([^()]{1,60}\)\s*)?"
    r"(?:(?:unanimously|by\s+all(?:\s+present)?|by\s+everyone)\s*)?"
    r"(?:that|:|,|-|–)|(?-i:Resolved|RESOLVED)(?=\s+(?-i:The|This|These|To|All)\s)|"
    r"(?:the\s+)?consensus(?:\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+was\s+that|"
    r"(?:decisions?|outcomes?)\s*[:\-–]|decided\s*(?:that|:|-|–)|agreed\s+(?=to\s+[a-z]{3,}))"
    r"\s*(?P<text>.*)$",
    re.I,
)

BULLET_RE = re.compile(
    # an arrow or pointer glyph opening a line is a bullet too: "➢ JT to contact the school …", "→ Clerk to write …"
    r"^\s*(?:\(?[a-z]{1,3}\)|\([A-Z]\)|\(?[ivx]{1,4}\)|\(?\d{1,2}\)|\d{1,2}\.(?!\d)|[•▪●◦\-–➢►▶▸→])\s*(?=\S)"
    r"|^\s*[a-z]\.\s+(?=[A-Z])"  # "a. That Councillor … be appointed": a lettered resolution's part
)

# "Recommendation(s):", "RECOMMENDATION –", "Officer's Recommendation": the label a report prints before what it
# recommends, on its own line, in a cover table's left-hand cell or run in ("RECOMMENDATION: That the Council …").
RECOMMENDATION_LABEL_RE = re.compile(
    # "Recommendation 3: That …": a scrutiny review's numbered recommendation
    r"^\s*(?:Officer['’]s\s+)?(?i:recommendations?)(?:\s*\(s\))?(?:\s+\d{1,2}[a-z]?(?=\s*[:\-–]))?(?=[\s:\-–]|$)"
    r"\s*[:\-–]?\s*"
)

# "A. Agree to TRANSFER …": a capital letter labels a bullet only inside a list a lead-in opened ("Cabinet is asked
# to:"); elsewhere "J. Smith" is an initial.
LETTER_BULLET_RE = re.compile(r"^\s*[A-Z][.)]\s+(?=\S)")  # "A. …", "A) …"

COMMIT_VERBS = (
    # "Mr Gale kindly volunteered to strim …": the courtesy the minutes add before the promise
    r"to|would|will|should|(?:kindly )?(?:agreed|undertook|offered|volunteered) to|"
    r"(?:has|have) (?:kindly |also |(?:once )?again )?(?:agreed|offered|volunteered) to|"
    r"(?:was|were|(?:has|have) been) (?:asked|requested|invited|instructed|directed|tasked|authori[sz]ed|told) to|"
    r"(?:is|are) directed to|"  # "Staff is directed to bring the item back …"
    r"is to|are to|"
    # "The Clerk was to write to …": the arrangement the minutes record (not "was to have attended")
    r"was to(?! have\b)|were to(?! have\b)"
)

# "Dr Ganesan, Chair of the Improvement Board, would write …", "Mr Gale, Community Safety Manager, will …": a post
# set between commas after a member's name (the member acts).
APPOSITIVE_POST = (
    r"(?:the\s)?(?:[A-Z][\w'’\-]*+\s){0,3}(?:Officer|Manager|Director|Chair(?:man|person)?|Clerk|Secretary|"
    r"Treasurer|Lead|Co-?ordinator|Executive|Head|Adviser|Advisor|Engineer|Inspector|Superintendent)"
    r"(?:\s(?:of|for)\s(?:the\s)?[A-Z][\w'’\-]*+(?:\s(?:and\s)?[A-Z][\w'’\-]*+){0,4})?"
)

OWNER_VERB_RE = re.compile(
    rf"^(?P<owner>(?:{ROLES})(?:\s*(?:,|and|&|/)\s*(?:{ROLES}))*|"
    # "Cllrs Baker, Green and Cole to …": one plural title over several surnames
    rf"(?:Cllrs|Councillors)\.?\s+{SURNAME}(?:,\s*{SURNAME}){{1,6}}\s+(?:and|&)\s+{SURNAME}|"
    rf"[A-Z]{{2,4}}(?:\s*(?:/|&|and|,)\s*[A-Z]{{2,4}})*|(?:(?:{TITLES})\s+)?"
    # "Nadia/Secretariat to …", "Ms Thorne / Mr Gale to …": a name and a role, or two names, joined by a slash
    # "The Section 151 Officer would circulate …": the statutory post's number
    rf"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|for|and|&|the(?=\s+[A-Z])|(?<=Section\s)\d{{3}})|\s?/\s?[A-Z][\w.'’\-]*)"
    r"{0,5}?"
    r"(?:\s+(?:members|team|staff|officers|officials|representatives?))?|"  # "Board members to …", "DWP officials to …"
    r"All\s+(?:[A-Z][\w'’\-]*\s+)?(?i:members|councillors|trustees|governors|directors|staff|officers|departments)|"
    r"(?:Each|Every)\s+(?i:member|councillor|trustee|governor|director))"  # "Each member to complete …"
    # spaces, a comma, spaces, each run taken whole ('\s*,?\s+' split a long run of spaces at each length)
    rf"(?:\s+\([A-Z][\w .'’\-]{{1,40}}\)|(?<=[a-z]),\s{APPOSITIVE_POST},)?(?:\s*+,)?\s++"
    rf"(?:{COMMIT_VERBS})\s+"
    r"(?P<verb>(?:co-|re-)?[a-z]{3,}|do|go|be(?=\s+in\s+(?:contact|touch)\b))\b"  # "would co-ordinate …"
)

REQUEST_RE = re.compile(
    r"\b(requested that|asked that|asked for|proposed that|recommended that|would be circulated|"
    r"to be circulated|will be circulated|report back|would report|will report)\b",
    re.I,
)

NOT_OWNERS = {
    "It",
    "This",
    "That",
    "There",
    "The",
    "They",
    "We",
    "He",
    "She",
    "Members noted",
    "Noted",
    "What",
    "Which",
    "These",
    "Those",
    "Who",
    "If",
    "When",
    "Once",
    "As",
    "In",
    "On",
    "At",
    "For",
    "All",
    "Some",
    "Any",
    "Each",
    "Please",
    "Also",
    "However",
    "Thanks",
    "Thank",
    "Further",
    "Following",
    "Next",
    "To",
}

MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "fourteen": 14, "twenty-one": 21, "twenty-eight": 28, "thirty": 30, "sixty": 60, "ninety": 90,
}  # fmt: skip

NUMBER_WORDS_RE = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))


# Months as deadlines print them, in full or cut short ("31 Mar", "end Sept").
MONTH_WORDS = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"

DUE_RE = re.compile(
    r"\b(?P<phrase>(?:by|before|ahead of|in advance of|prior to|no later than|in|at|for|during|until|"
    rf"on(?=\s+(?:{WEEKDAY_NAMES},?\s+)?(?:the\s+)?\d)|w/c|"
    # "back to Council on June 25": a North American day, as "on 25 June" is
    rf"on(?=\s+(?:{WEEKDAY_NAMES},?\s+)?{MONTH_NAMES}\s+\d)|"
    r"w/e|week\s+(?:commencing|beginning|ending)|"
    rf"to(?=\s+(?:the\s+|its\s+)?(?:(?:next|following)\s+(?:[A-Za-z]+\s+){{0,2}}meeting|(?:{WEEKDAY_NAMES},?\s+)?{MONTH_NAMES}\s+\d|"
    rf"{MONTH_NAMES}\s+(?:[A-Z][a-z]+\s+)?(?:meeting|Board|Committee|Council|Cabinet|Panel)\b)))\s+"
    r"(?:(?:noon|midday|close of (?:play|business)|cob|cop|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\s+(?:on\s+)?)?"
    r"(?:(?:the|its|their)\s+)?"
    rf"(?:{WEEKDAY_NAMES},?\s+)?"
    # "by 2026-03-31" (ISO), "by 23-Jan-26": an action log's forms of a day (round 53)
    rf"(?P<due>20\d\d-\d\d-\d\d(?![\d\-])|\d{{1,2}}-{MONTH_WORDS}-(?:\d{{4}}|\d\d)(?![\d\-])|"
    rf"{MONTH_WORDS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|{MONTH_WORDS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d,])|"
    rf"(?:end\s+(?:of\s+)?)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:(?:day\s+)?of\s+)?)?{MONTH_WORDS}(?:,?\s+\d{{4}})?"
    # "31/03/2627/02/2026", two cells' dates run together, is no date; "the following meeting" is the next one
    r"(?:\s+this\s+year)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![/.]?\d)|(?:next|following)\s+(?:[A-Za-z]+\s+){0,2}meeting|"
    r"christmas|"
    r"next\s+(?:Board|Committee|Panel|Forum)\b|"  # "before the next Board": its meeting
    r"(?:the\s+)?end of (?:the\s+)?(?:(?:this\s+|next\s+|following\s+)?month|(?:calendar\s+)?year|next\s+month|"
    r"municipal year|(?:financial\s+year|FY)(?:\s*\d{4}(?:/\d{2,4})?)?|summer|term|(?:following\s+)?week)|new year|"
    r"(?:end\s+of\s+)?(?:Q|quarter\s+)[1-4](?:\s+\d{4}(?:/\d{2,4})?)?|"
    r"AGM|annual\s+(?:general\s+|parish\s+|town\s+)?meeting|"
    # "for mid-late May": a part of a month, or a span of two parts ("mid-late", "early to mid")
    rf"(?:mid|early|late)(?:[\s\-]+(?:to[\s\-]+)?(?:mid|late))?[\s\-]+{MONTH_WORDS}(?:\s+\d{{4}})?|"
    r"(?:end\s+of\s+)?(?:the\s+)?(?:next|this|following)\s+week|"
    # "in the spring term": a school's term, met by the term's end
    r"(?:end\s+of\s+(?:the\s+)?)?(?:spring|summer|autumn|fall|winter)(?:\s+recess|\s+term|\s+\d{4})?|"
    # "by financial year end", "by month end" (round 53): as "by the end of the financial year", "of the month"
    rf"(?:next\s+)?{WEEKDAY_NAMES}|(?:financial\s+)?year[\s\-]end|month[\s\-]end|(?:end\s+of\s+)?20\d\d(?![/\-]?\d)|"
    r"(?:(?:early|late|mid)[\s\-]+)?next\s+year))\b"
    # "keep the record open for two more days": a further period from the meeting, as "within two days" is
    # "within 48 hours" (round 53): the days the hours make; "in the coming fortnight" as "within the next fortnight"
    rf"|\b(?P<within>(?:within|in|for(?=\s+\w+\s+(?:more|further)\s))\s+(?:the\s+(?:next|coming)\s+)?"
    rf"(?:(?P<n>{NUMBER_WORDS_RE}|\d+)\s+(?:(?:more|further)\s+)?(?P<unit>days?|weeks?|months?|hours?)|"
    r"(?:a\s+|(?<=next\s)|(?<=coming\s))(?P<single>fortnight|week|month))(?:['’]?s?\s+time)?)\b"
    r"|\b(?P<asap>asap|as soon as possible|immediately)\b"
    r"|\b(?P<tomorrow>tomorrow)\b"
    # "will report back … next month", with no word before it: by the end of next month
    r"|\b(?<!the\s)(?<!of\s)(?P<nextmonth>next\s+month)\b",
    re.I,
)


# (cue_tags skips DUE_RE for a sentence without a digit or a word of CUE_KEYWORDS["cue_date"].)
# (?<!\s): a run of spaces is tried once, from its start, not from each of its spaces.
DUE_LABEL_RE = re.compile(
    r"(?<!\s)\s*\b(Due(?: date| by)?|Date due|Target date|Deadline|By when|Timescale)\s*:\s*", re.I
)

# "(2)", "(b) ", "3.2 ", and a parish's running minute reference "(535/99) " before its paragraph
PARAGRAPH_NUMBER_RE = re.compile(
    r"^\s*(?:\(\d{1,3}\)\s*|\(\d{1,4}/\d{2}\)\s*|\(?[a-z]\)\s+|\d{1,3}(?:\.\d{1,3}){1,3}\.?\s+)"
)

# "TC48/2025", "271/25/26", "26/051", "(5)", "7.": a minute's number before its heading.
MINUTE_LABEL = r"(?:[A-Z]{1,4}\s?)?\d{1,4}(?:[./]\d{1,4}){0,3}\.?|\(\d{1,3}\)"
MINUTE_LABEL_START_RE = re.compile(rf"(?:{MINUTE_LABEL})\s+\S")

# The words that open a minute's text after its heading, each followed by a space.
RUN_IN_OPENERS = (
    r"(?:It\s+was|The|There|This|Members|Cllrs?|Councillors?|Proposed|Resolved|RESOLVED|Apologies|Mr|Mrs|Ms|Dr)\s"
)
_CUE_CAPS = r"(?:RESOLVED|AGREED|ACTION)\b"
# "TC48/2025 HIGHWAYS: POTHOLES ON MILL LANE Members reported …", "26/051 Election of Chairman It was resolved …",
# "(5) Annual Parish Meeting:- It was agreed …": a minute's number and heading (capitals, or a few words with no
# verb in them) running into the minute's text on one line. The heading's words and the spaces between them are
# disjoint classes, each word is taken whole (possessive) and the words are counted: no backtracking blow-up.
_CAPS_HEADING = (
    rf"(?!{_CUE_CAPS})[A-Z][A-Z'’&\-]++(?:[\s:,/]++(?!{_CUE_CAPS})[A-Z][A-Z'’&\-]*+){{0,9}}(?::-?|\s[–-])?\s"
    rf"(?=[A-Z][a-z]|A\s|{_CUE_CAPS})"
)
_NOT_HEADING_WORD = r"(?:was|were|is|are|had|has|have|been|be|will|would|should)\b|[a-z]+ed\b"
_HEADING_WORDS = rf"[A-Z][\w'’\-]*+:?-?(?:\s(?!{_NOT_HEADING_WORD})[\w'’\-]++:?-?){{0,6}}?(?:\s[–-])?"
_WORDS_HEADING = rf"{_HEADING_WORDS}\s(?={RUN_IN_OPENERS})"
RUN_IN_HEADING_RE = re.compile(rf"(?:{MINUTE_LABEL})\s+(?P<heading>{_CAPS_HEADING}|{_WORDS_HEADING})")

# A minute's number, or a dash set as its bullet, and its heading run on after the stop that ends the minute before,
# where a record is printed as one run of text: "… be noted. 91 INTEGRATED CARE UPDATE – Dr Lee to update …",
# "… a true record. 6 Tender update for the Design of the Porch – Cllr Ames will …", "… was present. - MINUTES RESOLVED
# That …", "… approved. - Treasurer's Report …". Besides RUN_IN_HEADING_RE's headings, a heading of up to ten words
# with no verb in them closed by a dash before a capital.
# (after the dash a word or a few initials: 'CAR PARKING – RAVENHILL PARK The Clerk …' is headed by both parts in
# capitals; '6 ANNUAL REPORT 2008/09 – PENSION FUND (Agenda item 6)' is one heading, no heading before 'PENSION FUND …')
_CAPS_WORD = r"[A-Z][A-Z'’&/\-]*+(?![a-z])"
_CAPS_PART = rf"{_CAPS_WORD}(?:\s{_CAPS_WORD})*+\s(?:[–—-]\s)?"
_DASHED_HEADING = (
    rf"[A-Z][\w'’\-]*+(?:\s(?!{_NOT_HEADING_WORD})[\w'’&/,\-]++){{0,9}}?\s[–—-]\s(?:{_CAPS_PART})?"
    r"(?=[A-Z][a-z]|[A-Z]{1,4}\s)"
)
# The words before an opener are tried first: "- PAT Testing The Chairman …" is headed "PAT Testing", not "PAT". A
# heading's last word is no joining word: "- Co-option of Councillor to fill the vacancy" is no heading before
# "Councillor to fill …".
_JOINING_WORD_BEFORE = r"(?<!\bof)(?<!\bfor)(?<!\bto)(?<!\bthe)(?<!\band)(?<!\bby)(?<!\bwith)(?<!\bfrom)"
_ENDED_WORDS_HEADING = rf"{_HEADING_WORDS}{_JOINING_WORD_BEFORE}\s(?={RUN_IN_OPENERS})"
RUN_ON_HEADING_RE = re.compile(
    rf"(?:{MINUTE_LABEL}|[-–])\s+(?P<heading>{_ENDED_WORDS_HEADING}|{_CAPS_HEADING}|{_DASHED_HEADING})"
)


# "He would obtain quotes", "She agreed to circulate …": a commitment by whoever the pronoun stands for.
PRONOUN_COMMIT_RE = re.compile(
    r"^(?:He|She)\s+(?:also\s+)?(?:will|would|agreed\s+to|offered\s+to|undertook\s+to|volunteered\s+to)\s+"
    # "She will be lobbying for …": the progressive is a commitment too, unlike "will be pleased"
    r"(?:also\s+|then\s+)?+(?:be\s+[a-z]{2,}ing\b|"
    r"(?!be\b|like\b|love\b|have\b|need\b|not\b|welcome\b|prefer\b|expect\b|hope\b|wish\b)[a-z]{3,})"
)

# Subjects that name nobody but mean someone the context names (round 66): "It was agreed he would ask …", "They
# agreed to draft …", "The officer agreed to circulate …", "The report author would provide …".
CONTEXT_COMMIT_RE = re.compile(
    r"^(?:It\s+was\s+(?:also\s+)?agreed\s+(?:that\s+)?(?:he|she)\s+(?:would|will|should)\s+|"
    r"They\s+(?:also\s+)?(?:agreed|offered|undertook|volunteered)\s+to\s+|"
    r"The\s+(?:officer|report\s+author|author\s+of\s+the\s+report|presenting\s+officer)\s+(?:also\s+)?"
    r"(?:agreed\s+to|offered\s+to|undertook\s+to|will|would)\s+)"
    r"(?!be\b|like\b|have\b|need\b|not\b|welcome\b|hope\b|wish\b)[a-z]{3,}"
)

# A passive step naming no agent ("The leaflet will be distributed in January"), whose owner the context may give.
PASSIVE_STEP_RE = re.compile(
    r"^(?:The|This|These|A|An)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}\s+(?:will|would)\s+(?:then\s+)?be\s+"
    r"[a-z]{3,}(?:ed|en)\b(?![^.;]*\sby\s+(?:the\s+)?[A-Z])"
)

ROLE_TAIL_RE = re.compile(
    r"\b(?:Officer|Director|Manager|Lead|Clerk|Chair(?:man|woman|person)?|Executive|Treasurer|Secretary|Engineer|"
    r"Solicitor|Attorney|Administrator|Co-?ordinator|Advis[eo]r|Head\s+of\s+[A-Z][\w'’ ]+|Chief(?:\s+of\s+Police)?|"
    r"Commissioner|Registrar|Superintendent|Librarian|Head\s?[Tt]eacher|Principal|CAO|CEO|CFO|COO|CIO|RFO|DPO|"
    # the posts of harbours, drainage boards, colleges and churches: "The Harbour Master would arrange …"
    r"Master|Harbourmaster|Headmaster|Warden|Surveyor|Accountant|Actuary|Auditor|Inspector|Bursar|Convener|"
    # an NHS board's clinical posts: "The Chief Nurse will bring …", "Consultant Midwife", "Modern Matron"
    r"Nurse|Midwife|Matron|"
    # a civic head, a Scottish committee's convener, the workers and keepers of youth services, parks and halls:
    # "The Youth Mayor to present …", "The Provost would write …", "The Park Ranger to …", "The Youth Worker to …"
    r"Mayor|Provost|Convenor|Worker|Ranger|Caretaker)$"
)

# A clinical post led by its grade ("Chief Nurse", "Deputy Chief Nurse", "Senior Matron"): the whole post owns the
# step, where a title's rule would leave "Nurse" as if it were a surname after "Chief".
CLINICAL_POST_RE = re.compile(
    r"(?:(?:Deputy|Assistant|Associate|Acting|Interim)\s+)?(?:Chief|Senior|Lead|Consultant|Modern|Head)\s+"
    r"(?:Nurse|Midwife|Matron)"
)

ORG_WORD = (
    # special districts first ("… Unified School District", not "… Unified School")
    r"(?:School|Water|Fire|Park|Parks|Sanitation|Hospital|Library|Transit|Irrigation|Utility)\s+District|"
    r"School\s+Division|"  # Canada: "Louis Riel School Division"
    r"Council|Office|Department|Dept|Ministry|Police|Constabulary|Service|Services|Trust|Authority|Agency|"
    r"Commission|Partnership|Board|Panel|University|College|School|Foundation|Association|Society|Institute|"
    r"Company|Corporation|Ltd|Limited|plc|Cyf|Government|Directorate|Committee|Sub-?[Cc]ommittee|Subgroup|Library|"
    r"Libraries|Group|Network|Forum|Charity|Railway|Railways|Project|Archives|Executive|Parliament|Team|Unit|"
    r"Lottery|Energy|Highways|Church|Diocese|Dioceses|County|CC|DC|BC|Friends|Club|Co-operative|Cooperative|Associates|"
    r"LLP|LLC|Architects|Solicitors|Surveyors|Accountants|"
    # "Lakemoor Community Bank", "Ribble Teaching Hospitals", "Job Corps", "Malvern Hills Conservators", "the Kentish
    # Herald"; a bank by the kind of bank it is: "Spring Bank" is a street, "Bottle Bank" a bin, "Bank Holiday" a day
    r"(?:Community|Savings|Co-operative|Cooperative|National|Royal|Investment|Development|Food|Trust|Reserve|Central|"
    r"Commercial|Merchant|Mutual|Building|Federal|Farm|Land|Credit)\s+Bank(?!\s+[Hh]olidays?)|"
    r"Hospitals|Corps|Conservators|Herald|"
    r"Fire\s+and\s+Rescue|Voluntary\s+Action"  # "Tayside Fire and Rescue", "Angus Voluntary Action"
)

ORG_STARTS = (
    r"The|A|An|This|That|These|Those|Our|Its|If|When|And|THAT|AND|THE|However|Would|Additionally|Regarding|"
    r"Complete|Further|Also|Both|Where|With|From|To|By|As|At|In|On|Following|Including|Once|Whilst|While|Dear|"
    r"Thanks|Thank|Please|It|There|We|He|She|They|Members|Officers|Officials|Representatives|All|Each|Every|Any|"
    r"No|Not|Should|Will|May|Can|Could|Must|Is|Are|Was|Were|Has|Have|Had|Since|Some|Sometimes|Recently|Currently|Previously|"
    r"Whereas|WHEREAS|Proposed|Regular|Special|Potential|Confirming|Many|Several|Most|Other|Another|Then|Now|Under|"
    r"Upon|Via|Until|After|Before|During|Place|Venue|Location|Re|Opposite|Outside|Behind|Beside|"
    # an instruction's verb: "Educate Council as to their legal duties", "Contact Kent Police"
    r"Educate|Inform|Contact|Ask|Notify|Remind|Advise|Ensure|Email|Invite|Tell|Approach|Lobby|Chase|Consult|Engage|"
    r"Encourage|Instruct|Liaise|Write|Send|Provide"
)

GENERIC_ORG_WORDS = {
    "county", "council", "councils", "borough", "district", "parish", "town", "city", "community", "local",
    "government", "authority", "authorities", "strategic", "mayoral", "combined", "unitary", "select", "committee",
    "sub-committee", "subcommittee", "panel", "board", "group", "team", "service", "services", "department",
    "office", "the", "of", "and", "for", "&", "working", "project", "executive", "national", "public", "central",
    "regional", "member", "members", "full", "joint", "this", "our", "your", "their", "its", "all", "every",
    "other", "new", "existing", "relevant", "coalition", "school", "schools", "fund", "registered", "support",
    "church", "network", "bank", "food", "savings", "hospitals",
    "charity", "trust", "company", "police", "house", "cabinet", "partner", "open",
    "partners", "partnership", "advisory", "steering", "task", "finish", "programme", "main", "lead", "township",
    "library", "libraries", "fire", "rescue", "sector", "friends", "area", "forum", "primary", "secondary",
    "special", "small", "future", "standing", "general", "civil", "society", "inter", "senior", "management",
    "directors", "industrial", "provident", "limited", "ltd", "club", "football", "bowling", "golf", "cricket",
    "tennis", "rugby", "sports", "boys", "girls", "youth", "groups", "teams", "boards", "committees", "agencies",
    "trusts", "partnerships", "organisations", "organizations", "division",
}  # fmt: skip

ROLE_HEADS = re.compile(
    r"^(?:(?:Deputy|Assistant|Acting|Interim|Vice|Corporate|Executive|Cabinet|Shadow)\s+)*(?:Leader|Minister|Head|"
    r"Chair(?:man)?|Director|Secretary of State|Secretary|Member|Members|Clerk|Chief Executive|Officer|Mayor|"
    r"Manager|Leaders|Chairs|Meeting|Minutes|Agenda|Item|Report|Date|Title)\b(?!['’]s)"
)

MONTH_OR_DAY_RE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)

NAME_WORD_STOP = {word.lower() for title in TITLE_WORDS for word in title.split()}

LIST_WORDS = {
    "attendees", "attendance", "present", "apologies", "councillors", "councilors", "cllrs", "members", "member",
    "officers", "guests", "also", "chair", "chairman", "fire", "chief", "operations", "superintendent", "cemc",
    "mleo", "deputy", "acting", "interim", "clerk", "treasurer", "secretary", "action", "invited", "observer",
}  # fmt: skip
