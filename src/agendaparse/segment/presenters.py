"""Who presents an agenda item: at the end of its title, in a cell at the right of its row or on a
labelled line under it ('Presented by: ...', 'Report of the Clerk')."""

from __future__ import annotations

import re

from ..models import AgendaItem
from ..pdf import Line, PageLayout
from .attendance import NOT_NAME_WORDS, PERSON_NAME_RE, TITLE_PREFIX_RE
from .numbering import ITEM_NUMBER_RE, SUB_ITEM_RE
from .patterns import SMALL_WORDS

# 'Report of the Clerk', 'Presented by: Cllr K White': who brings the item, under its title
# a presenter's label under an item's title, with the presenter where the line names one ('Presented by: Dan Hale,
# chief executive', 'Lead officer: Director of Place', 'Report of the Chief Officer (Resources).', 'The report of the
# Chief Executive', eScribe's '--S. Tanaka, Director of Finance')
PRESENTER_RE = re.compile(
    r"^(?:(?:The\s+(?:joint\s+)?report|Joint\s+[Rr]eport|Report)\s+(?:dated\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\s+)?(?:of|by|from)|Presented\s+by|Presenter|Introduced\s+by|"
    r"Lead(?:\s+(?:officer|member))?\s*:|--(?=\s*[A-Z]))(?:\s*:?\s*(?:the\s+)?(?P<who>[A-Z][^:]{1,80}?)\.?$)?"
)
# on the title line: 'Budget Monitoring - Report of the Director of Finance', 'Housing (Jane Dale, Head of Housing)'
INLINE_PRESENTER_RE = re.compile(
    r"(?:\s[–—-]\s+(?:(?:joint\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?)?|\()(?P<who>[A-Z][^()–—]{1,60}?)\)?$", re.I
)


PRESENTER_ROLE_RE = re.compile(
    r"\b(?:Chair(?:man|person)?|Clerk|Secretary|Treasurer|Director|Officer|Manager|Head|Leader|Member|Executive|"
    r"Inspector|Mayor|Superintendent|Commander|Adviser|Advisor|Accountant|Controller|Solicitor)\b"
)
# words of a thing an item is about, not of a person's name ('Highways – Station Road', '– Consultation Response')
THING_WORDS = frozenset(
    [
        "road",
        "street",
        "lane",
        "avenue",
        "close",
        "park",
        "hall",
        "centre",
        "house",
        "square",
        "way",
        "response",
        "update",
        "report",
        "plan",
        "strategy",
        "review",
        "policy",
        "budget",
        "programme",
        "scheme",
        "project",
        "consultation",
        "proposal",
        "proposals",
        "statement",
        "account",
        "accounts",
        "register",
        "fees",
        "charges",
        "contract",
        "framework",
        "letter",
        "discussion",
        "presentation",
        "approval",
        "information",
    ]
)


def _presenter_role(text: str) -> bool:
    words = text.split()
    return (
        len(words) <= 7
        and bool(PRESENTER_ROLE_RE.search(text))
        and all(word[0].isupper() or word[0] == "(" or word.lower() in SMALL_WORDS for word in words)
    )


def _presenter_person(text: str) -> bool:
    name = TITLE_PREFIX_RE.sub("", text)
    if not PERSON_NAME_RE.fullmatch(name) or NOT_NAME_WORDS.search(name):
        return False
    return name != text or 2 <= len(name.split()) <= 3 and THING_WORDS.isdisjoint(name.lower().split())  # 'Tom Barling'


def presenter_named(who: str) -> str | None:
    """The person or role a presenter's words name, as printed ('Jane Dale, Head of Housing' -> 'Jane Dale'),
    or None when they name no one presenter ('Nick Oakley, Anna Shaw': apologies, 'Wellbeing Board': a thing)."""
    first, _, rest = " ".join(who.split()).strip(" .,;").partition(",")
    first = first.strip()
    if rest and not PRESENTER_ROLE_RE.search(rest.title()):
        return None
    return first if _presenter_role(first) or _presenter_person(first) else None


def _item_line(item: AgendaItem, page: PageLayout) -> int | None:
    bbox = item.provenance.bbox if item.provenance else None
    return next((index for index, line in enumerate(page.lines) if line.bbox == bbox), None)


def _presenter_below(page: PageLayout, index: int, title: str) -> str | None:
    """A labelled line under the item's title ('Presented by: ...', 'Lead officer: ...', 'Report of the Clerk.')."""
    for line in page.lines[index + 1 : index + 4]:
        text = line.text.strip()
        if ITEM_NUMBER_RE.match(text) or SUB_ITEM_RE.match(text):
            return None
        match = PRESENTER_RE.match(text)
        if match and match["who"] and text not in title:
            return presenter_named(match["who"])
    return None


def _presenter_beside(line: Line, title: str) -> str | None:
    """The last cell of the item's row, printed apart at its right ('2   Performance Report   Cllr A Smith')."""
    cells = [cell.strip() for cell in re.split(r"\s{3,}", line.text.strip()) if cell.strip()]
    if len(cells) < 2 or cells[-1] in title:
        return None
    return presenter_named(cells[-1])


def attach_presenters(items: list[AgendaItem], pages: list[PageLayout]) -> None:
    """Fill each item's presenter from its title line, the cell at its right or a labelled line under it.
    The title stays as printed (the gold keeps 'Minutes and action points (Nigel Shadbolt)' whole)."""
    by_number = {page.number: page for page in pages}
    for item in items:
        inline = INLINE_PRESENTER_RE.search(item.title[-120:])  # a presenter ends the title: search its end
        presenter = presenter_named(inline["who"]) if inline else None
        page = by_number.get(item.provenance.page) if item.provenance else None
        index = _item_line(item, page) if page else None
        if presenter is None and page is not None and index is not None:
            presenter = _presenter_beside(page.lines[index], item.title) or _presenter_below(page, index, item.title)
        item.presenter = item.presenter or presenter
