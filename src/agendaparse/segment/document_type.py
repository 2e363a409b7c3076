"""What a document is (minutes, agenda pack, action plan, report, other), from the earliest cue in its
heading lines, else from its layout."""

from __future__ import annotations

import re

from ..models import DocType
from ..pdf import PageLayout
from .headings import _title_lines, first_page_text
from .numbering import PAGE_RANGE_RE, parse_item_number, roman_value
from .patterns import _is_heading_candidate, is_list_heading, unspaced

SUMMONS_ADDRESSEE_RE = re.compile(
    r"^to:?\s+all\s+members\s+of\s+the\s+(?:[\w&'-]+\s+){0,3}(?:council|committee|board|panel)\b|"
    r"^to:?\s+all\s+councillors\b|"
    r"^to:?\s+(?:all\s+)?(?:the\s+)?members\s+of\s+the\s+[\w&' -]*\b(?:committee|board|panel|commission)\s*$|"
    # 'To: The Cathaoirleach and Members of Eastmeath County Council', 'To the Mayor and Members of the Council'
    r"^to:?\s+(?:the\s+)?(?:chair(?:man|person)?|mayor|cathaoirleach|provost|convener|leader)\s+and\s+(?:all\s+)?"
    r"members\s+of\s+(?:the\s+)?[\w&' -]{0,80}\b(?:council|committee|board|panel|commission|cabinet)\s*:?\s*$|"
    # 'TO: Provost Monteith; Deputy Provost Cairns; and Councillors Aitken, Bain,': a Scottish council's summons
    r"^to:?\s+(?:the\s+)?(?:lord\s+)?(?:provost|mayor|convener|cathaoirleach)\b[^;]{0,40};",
    re.I,
)
# a site's section of papers of both kinds ('Minutes & Agendas', 'Meetings minutes, agendas and reports', 'Agendas,
# reports and minutes'): a menu over any paper it holds, no cue to either kind ('Agenda and minutes', a meeting's
# own page title, still reads as the minutes)
PAPERS_SECTION_RE = re.compile(
    r"\bminutes\s*(?:&|\band\b|,)\s*agendas?\b|\bagendas\s*(?:&|\band\b|,)\s*(?:\w+\s*(?:&|\band\b|,)\s*)?minutes\b",
    re.I,
)
MEMO_SUBJECT_RE = re.compile(r"^(?:subject|re)\s*:", re.I)  # a memo's or briefing note's subject line

DOC_TYPE_CUES: list[tuple[DocType, re.Pattern[str]]] = [
    (
        "action_plan",
        re.compile(
            r"\baction (log|plan|tracker)\b|\brecommendations? tracker\b|"
            r"\b(?:matters arising|actions?) (?:log|register|tracker)\b|"  # 'Matters arising log', 'Actions register'
            r"^actions? (?:from|arising from|agreed at) (?:the |a )?meeting\b|"  # a log under a short meeting header
            r"\bactions,?\s+(?:as\s+(?:at|of)|updated)\s+\d{1,2}[/.\s]",  # 'ODUG actions, as at 14/05/2013'
            re.I,
        ),
    ),
    (
        "minutes",  # who attended, or how the meeting opened: a record ('Cofnodion': Welsh 'minutes')
        re.compile(
            r"\bminutes\b|\bcofnodion\b|\b(?:minute|notes?|record) of (?:the |a )?meeting\b|\bmeeting notes?\b|"
            r"\baction notes\b|"
            # "Clerks Notes of SPC Extraordinary Meeting held Friday ...": notes of a named meeting, held
            r"\bnotes of (?:the |an? )?(?:[\w&'’-]+ ){1,5}meeting held\b|"
            r"^(?:attendees|present)\b\s*:?|"
            # 'In Attendance: Cindy Carver, Chair; …' over a county board's record; a form's 'Attendance:' cell
            r"^in\s+attendance\s*:|^attendance\s*:|"
            # 'Science Advisory Council 12 November 2025 - Minute': a Scottish or departmental 'Minute' as the title
            r"(?:^|\s[-–—]\s*)minute\s*$|"
            # the members who came: 'Councillors present:', 'Roll call: Present: ...'
            r"^(?:councillors|members|trustees|governors|directors|commissioners)\s+present\s*(?::|$)|"
            r"^roll\s+call\b.*\b(?:present|absent)\b|"
            r"\bjournal of (?:the )?proceedings\b|^proceedings of\b|\brecord of proceedings\b|"
            # a record under another name: 'Summary record', 'Record of decisions' (a meeting's, not one decision's
            # form), 'Meeting report', 'Outcome of the meeting'
            # 'Summary of key points and actions arising'
            r"\bsummary record\b|\bsummary of (?:the )?(?:key|main) points\b|"
            r"\b(?:record|summary) of (?:the )?decisions\b|\bmeeting report\b|"
            r"\bdecisions? sheet\b|"  # a cabinet's 'Decision Sheet': the decisions taken at its meeting, item by item
            r"\bdecision document\b|"  # a committee's 'Decision Document': its decisions on each item
            r"\breport of (?:the |a )?meeting\b|\boutcomes? of (?:the |a )?meeting\b|"
            # 'A meeting of X was held on', 'At a meeting of X held on'
            r"^(?:at )?a meeting of\b.*\b(?:was|were) held\b|^at a meeting of\b.*\bheld on\b|"
            r"^(?:meeting|hearing) held on\b|"  # past tense: an agenda says 'to be held'
            # 'The Regular Meeting of the Board of Commissioners was called to order at 4:00 p.m.'
            r"\bcalled\s+the\s+meeting\s+to\s+order\b|\bmeeting\s+was\s+called\s+to\s+order\b|"
            # 'President Ann Hale called the meeting of the Ferndale Museum board to order at 5:00 p.m.' (the meeting
            # named between), 'The Board of Supervisors of the X District held its monthly meeting on …' (past tense)
            r"\bcalled\s+the\s+(?:\w+\s+)?meeting\s+of\s+[^.]{1,100}?\s+to\s+order\b|"
            r"\bheld\s+its\s+(?:(?:regular|monthly|annual|quarterly|special|ordinary|scheduled|general)\s+){0,2}"
            r"meeting\b|"
            r"^the\s+(?:\w+\s+)?meeting\s+of\b[^.]{1,120}?\bwas\s+called\s+to\s+order\b|"
            # 'The Board of County Commissioners reconvened at 8:00 a.m. in regular session, pursuant to the recess'
            r"^the\s+(?:council|committee|board|commission|panel)(?:\s+of\s+(?:county\s+)?(?:commissioners|supervisors))?"
            r"\s+(?:met|convened|reconvened)\b|"
            # the record's own sentences opening a page with no heading cue (a CMIS 'Meeting Details' page's
            # 'The Chair welcomed everyone …', 'The Board noted that …'): an agenda says 'The Chair to welcome'
            r"^the\s+(?:chair(?:man|person)?|convener|council|committee|board|panel)\s+(?:welcomed|noted|agreed)\b",
            re.I,
        ),
    ),
    (
        "agenda_pack",
        re.compile(
            # not a cover sheet's 'Agenda item:   5.1' field: which item of the agenda the paper is for
            r"\bagenda\b(?!\s+item(?:\s+(?:no\.?|number|ref(?:erence)?))?\s*:)|"
            r"\bsummons\b|\border (?:paper|of business)\b|\bbusiness paper\b|"
            # 'An Assembly of the Principals and Electors of the Parish will be held': a Jersey parish's notice
            r"\bnotice of meeting\b|\b(?:meeting|assembly) of .{1,200}? will be held\b|"
            r"\bsummon(?:s)?ed to attend\b|"  # 'summonsed'
            r"^(?:public\s+)?notice(?:\s+(?:regular|special)\s+meeting\b|$)|"  # 'NOTICE' over 'REGULAR MEETING'
            r"\bnotice of (?:a |the )?"
            r"(?:public |special |regular |ordinary |extraordinary |committee |board )+meeting\b|"
            # 'Notice is hereby given that a meeting ...'; the words after one notice are read only up to the next,
            # so a long line of them is read once
            r"\bnotice is (?:hereby )?given\b(?:(?!\bnotice is (?:hereby )?given\b).)*?\b(?:meeting|hearing)\b|"
            r"\bbusiness to be transacted\b|\bfor the purpose of transacting\b|"
            r"^items? (?:for|of) (?:consideration|business|decision|discussion)\b|"
            # a summons's addressees: 'To: All Members of the Council', 'To: Members of the Planning Committee'
            rf"{SUMMONS_ADDRESSEE_RE.pattern}|"
            # (not 'Dear Sir or Madam': any letter's; a clerk's summons names its members or the meeting it calls)
            r"^dear (?:members?|councillors?)\b|please find enclosed|^enclosed are|"
            r"\byou are (?:requested|invited|summon(?:s)?ed) to attend\b|"
            r"^items?\s{3,}papers?(?:\s+ref(?:erence)?)?$",  # 'Item   Paper': the heads of an agenda's business table
            re.I,
        ),
    ),
    (
        "report",
        re.compile(
            # ('From: Fair Chances Commission' over a commission's minutes on gov.uk names the publisher, not an author)
            r"^(from(?!\s*:\s*(?:the\s+)?[A-Z][^,:]{0,60}\b(?:Commission|Agency|Authority)$)|subject|title|"
            r"report (of|by|to|title|author)|to|decision[- ]maker|purpose(?: of (?:the )?report)?|"
            r"wards? affected|key decision)\s*:|\breport\b|\bupdate\b|\bbriefing\b|"
            r"\b(?:equality|impact|environmental|needs) (?:impact )?assessment\b|\b(?:EQIA|DPIA)\b|"
            r"\bsubmission form\b|^response to\b",  # an assessment or form, a paper answering a request
            re.I,
        ),
    ),
    (
        "other",  # a register or a statutory return: not the agenda or report it mentions
        re.compile(
            r"\brisk (?:register|assessment)\b|\bregister of\b|"
            r"\bannual (?:governance and accountability )?return\b|\baccounting statements\b|"
            r"\bAGAR\b|\bcertificate of exemption\b|"  # the return's short name, its exemption certificate
            r"\bgovernance\s+(?:and|&)\s+accountability\s+return\b|"
            # a title naming a paper no meeting writes: a public notice, a press release, a budget book, a
            # policy's kind ('NOTICE OF ELECTION', 'Notice of Conclusion of Audit', 'Members' Code of Conduct')
            r"^(?:[\w'’&-]+\s+){0,5}?(?:notice\s+of\s+(?:election|poll|uncontested\s+election|casual\s+vacancy|"
            r"vacancy|conclusion\s+of\s+audit|public\s+rights)|press\s+release|news\s+release|budget\s+book|"
            r"statement\s+of\s+accounts|standing\s+orders|code\s+of\s+conduct|terms\s+of\s+reference|"
            r"allowances\s+scheme|application\s+form|newsletter|forward\s+plan)\b[^.]{0,60}$",
            re.I,
        ),
    ),
]


LEAD_COLUMN_RE = re.compile(r"\b(?:led by|lead officer|lead|owner|responsible(?: officer)?|by whom|action by)\b", re.I)
TIME_COLUMN_RE = re.compile(r"\b(?:timescales?|deadline|due date|by when|target date|completion date)\b", re.I)


def _action_plan_header(pages: list[PageLayout]) -> bool:
    """A table header naming who leads each action and by when ('What we have committed to   Led by
    Timescale   Measure'): the rows are an action plan's."""
    for page in pages:
        for line in page.body_lines():
            cells = [cell.strip() for cell in line.text.split("   ") if cell.strip()]
            if (
                len(cells) >= 3
                and all(len(cell.split()) <= 5 for cell in cells)
                and any(LEAD_COLUMN_RE.fullmatch(cell) for cell in cells)
                and TIME_COLUMN_RE.search(line.text)
            ):
                return True
    return False


def _mostly_prose(pages: list[PageLayout], n: int = 3) -> bool:
    """Most lines of the first pages are running sentences, not cells, bullets or headings."""
    lines = [line.text.strip() for page in pages[:n] for line in page.body_lines() if line.text.strip()]
    prose = [text for text in lines if "   " not in text and len(re.findall(r"\b[a-z]{2,}\b", text)) >= 6]
    return len(lines) >= 10 and len(prose) >= 0.4 * len(lines)


# a meeting body named at the head of a page ('Cedar Falls City Council', 'Schools Forum')
MEETING_BODY_RE = re.compile(r"\b(?:council|committee|board|commission|panel|forum|cabinet)\b", re.I)


# a line opening with an item's number, Arabic or Roman ('4. ', 'II. ', '7) '), or a lettered sub-item ('3.B. ')
NUMBERED_ITEM_RE = re.compile(r"(?:\d{1,3}(?:\.[A-Z])?|[IVXL]{1,5})[.)]\s+(?=[A-Za-z])")
ROMAN_ITEM_RE = re.compile(r"([IVX]{1,5})[.)]\s+(?=[A-Za-z])")  # the numerals roman_value reads


def classify_document(pages: list[PageLayout]) -> DocType:
    """The cue that appears earliest in the heading lines decides; ties go to the list order.
    Without a cue, a table of actions with leads and timescales is an action plan and a paper of
    running text a report."""
    lines = _title_lines(pages)
    best: tuple[int, int, DocType] | None = None
    memo = _addressed_memo(lines)
    lines = _held_sentences_joined([unspaced(text) for text in lines])
    # 'To: All Councillors' over 'Subject: ...': a briefing to the members, not a summons
    addressed = [bool(memo and SUMMONS_ADDRESSEE_RE.search(text)) for text in lines]
    for rank, (doc_type, pattern) in enumerate(DOC_TYPE_CUES):
        for index, text in enumerate(lines):
            if addressed[index] or (doc_type in ("minutes", "agenda_pack") and PAPERS_SECTION_RE.search(text)):
                continue
            if doc_type in ("minutes", "report", "other") and NUMBERED_ITEM_RE.match(text):
                # 'II. Approval of Minutes', 'III. Treasurer's Report': items of business, in agendas and minutes alike
                continue
            if pattern.search(text):
                if best is None or (index, rank) < best[:2]:
                    best = (index, rank, doc_type)
                break
    if best is not None:
        return "other" if best[2] == "report" and _letter(pages, lines[: best[0]]) else best[2]
    if len(PAGE_RANGE_RE.findall(first_page_text(pages, 2))) >= 2 or _headed_list(pages[:2]):
        return "agenda_pack"
    if lines and re.search(r"\bmeeting\b|\bAGM\b", lines[0], re.I) and _numbered_list(pages[0]):
        return "agenda_pack"  # "X Annual General Meeting", a date and a numbered list: the business to come
    if (
        any(MEETING_BODY_RE.search(text) for text in lines[:2])
        and _numbered_list(pages[0])
        and not _mostly_prose(pages[:1])
    ):
        return "agenda_pack"  # 'X City Council' / 'Special Formal' over 'ITEM 1. CALL TO ORDER.': the business to come
    if _numbered_list(pages[0]) and _records_under_items(pages[0]):
        return "minutes"  # '2. APOLOGIES' over 'D Morrison was absent.': what happened under each item
    if _action_plan_header(pages):
        return "action_plan"
    if _mostly_prose(pages) and not _letter(pages, lines):
        return "report"
    return "other"


# a letter's salutation and its close: 'Dear Sir or Madam', 'Dear Mrs Ellis,' … 'Yours faithfully'
SALUTATION_RE = re.compile(r"^dear\s+\w", re.I)
VALEDICTION_RE = re.compile(r"^yours\s+(?:faithfully|sincerely|truly)\b", re.I)


def _letter(pages: list[PageLayout], above: list[str]) -> bool:
    """A letter: its salutation among the heading lines ``above`` the cue that would make it a report ('Dear Sir or
    Madam' over 'Response to the consultation on …'), and its close on the first page. The README's types have no
    letter: it is 'other', not a report (a report quoting a letter names itself first)."""
    return any(SALUTATION_RE.match(text.strip()) for text in above) and any(
        VALEDICTION_RE.match(line.text.strip()) for line in pages[0].body_lines()
    )


MEETING_OF_RE = re.compile(r"^(?:at )?an? (?:\w+ )?meeting of\b", re.I)
HELD_RE = re.compile(r"^(?:was|were)\s+held\b", re.I)


def _held_sentences_joined(lines: list[str]) -> list[str]:
    """'A Meeting of the X Full Governing Board' over 'was held in the boardroom on ...': the sentence a title
    breaks in two is read whole on its first line (the lines stay, so each is still read alone too)."""
    return [
        f"{text} {lines[index + 1]}"
        if index + 1 < len(lines) and MEETING_OF_RE.match(text) and HELD_RE.match(lines[index + 1])
        else text
        for index, text in enumerate(lines)
    ]


def _headed_list(pages: list[PageLayout]) -> bool:
    """A page headed 'Items of business' or 'BUSINESS' on a line of its own over items numbered 1, 2, 3: a
    Scottish frontsheet that never says 'agenda' (a report quotes the words inside a sentence)."""
    return any(any(is_list_heading(line.text) for line in page.body_lines()) and _numbered_list(page) for page in pages)


def _addressed_memo(lines: list[str]) -> bool:
    """A memo or briefing note: an addressee line ('To: All Councillors') and a subject line, and no agenda cue
    but the addressee (a summons names the meeting it calls: 'You are hereby summoned', 'Agenda')."""
    agenda = next(pattern for doc_type, pattern in DOC_TYPE_CUES if doc_type == "agenda_pack")
    return (
        any(MEMO_SUBJECT_RE.match(text) for text in lines)
        and any(SUMMONS_ADDRESSEE_RE.search(text) for text in lines)
        and not any(agenda.search(text) for text in lines if not SUMMONS_ADDRESSEE_RE.search(text))
    )


# a sentence of the record: who did what, in the past tense ('Ann Lee proceeded as Chair', 'D Morrison was absent',
# 'There were no declarations', 'Ann Lee proposed acceptance of the minutes and Bill Oates seconded')
RECORD_SENTENCE_RE = re.compile(
    r"\b(?:was|were)\s+(?:no|not|absent|present|unable|[a-z]{3,}ed)\b|"
    r"\b(?:proceeded|thanked|welcomed|reported|explained|proposed|confirmed)\s+(?!by\b|to\b)[a-z]{2,}\b|"
    r"\bseconded\.?$"
)


def _records_under_items(page: PageLayout, least: int = 2) -> bool:
    """Under the page's numbered items, ``least`` lines at least that record what happened (an agenda says what is
    to come: 'To receive apologies', 'Proposed by Cllr A, seconded by Cllr B')."""
    records = 0
    for line in page.body_lines():
        text = line.text.strip()
        if parse_item_number(text) is None and len(text.split()) >= 4 and RECORD_SENTENCE_RE.search(text):
            records += 1
    return records >= least


def _numbered_list(page: PageLayout, least: int = 3) -> bool:
    """The page numbers at least ``least`` lines 1, 2, 3 ... (or I, II, III ...) in order at its left."""
    expected = roman_expected = 1
    for line in page.body_lines():
        if not _is_heading_candidate(line, page):
            continue
        parsed = parse_item_number(line.text)
        if parsed and parsed[1] and parsed[0] == str(expected):
            expected += 1
        roman = ROMAN_ITEM_RE.match(line.text)
        if roman and roman_value(roman[1]) == roman_expected:
            roman_expected += 1
    return max(expected, roman_expected) > least
