"""Whose financial year: the country a document's body belongs to, read from its first pages.

The lead's ruling of stop 35 (corpus/gold/README.md, "Stop 35"): "The financial year", "FY26", "2025/26" as an end
and a bare quarter are read in the financial year of the document's own jurisdiction: the UK's ends 31 March (the
default when nothing says otherwise); Irish local authorities' and Canadian municipalities' the calendar year;
Australian and New Zealand councils' 30 June; a US body's fiscal year varies (no date unless the document prints its
end). A stated end ("fiscal year ending June 30, 2026") always wins.

Evidence is counted: each cue found adds its weight once to its country (a body's name form, a state or province with
a postal code, a telephone form, a web domain); a lone place name is weak (1) and never enough alone, so a UK
council's "New South Wales" twinning or an "Ontario Street" does not flip a document. A tie, or no country reaching
two points, is no jurisdiction (the UK reading stays).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .dates import MONTH_RE, date_order_counts, month_number

UK_YEAR_END = (3, 31)
CALENDAR_YEAR_END = (12, 31)
JUNE_YEAR_END = (6, 30)


@dataclass(frozen=True)
class Jurisdiction:
    """A document's country (ISO-style code; None when only a stated financial year end is known), the (month, day)
    its financial year ends on (None where it varies: a US body's), whether it prints numeric dates month first by
    default (None: as counted), and the cue that decided."""

    country: str | None
    financial_year_end: tuple[int, int] | None
    month_first: bool | None
    cue: str


COUNTRY_DEFAULTS: dict[str, tuple[tuple[int, int] | None, bool | None]] = {
    "UK": (UK_YEAR_END, False),
    "IE": (CALENDAR_YEAR_END, False),
    "CA": (CALENDAR_YEAR_END, None),
    "AU": (JUNE_YEAR_END, False),
    "NZ": (JUNE_YEAR_END, False),
    "US": (None, True),
}

US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
    "OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
PROVINCES = "ON|BC|AB|SK|MB|QC|NS|NB|NL|PE|YT|NT|NU|Ont\\.?|Que\\.?|Alta\\.?|Man\\.?|Sask\\.?"
# A state and its postcode range ("WA 6635", "NSW 2795"; the ACT's 26xx and 29xx, not the "Act 2002" of a statute).
AU_STATE_POSTCODES = (
    r"NSW,?\s+[12]\d{3}|ACT,?\s+2[69]\d\d|(?:VIC|Vic),?\s+[38]\d{3}|(?:QLD|Qld),?\s+[49]\d{3}|SA,?\s+5\d{3}|"
    r"WA,?\s+6\d{3}|(?:TAS|Tas),?\s+7\d{3}|NT,?\s+08\d\d"
)

# (country, weight, name, pattern): each found once adds its weight.
CUES: tuple[tuple[str, int, str, re.Pattern[str]], ...] = (
    # Australia
    ("AU", 3, "Shire of", re.compile(r"\bShire\s+(?:of\s+[A-Z]|President\b|Council\b)")),
    ("AU", 3, "state and postcode", re.compile(rf"\b(?:{AU_STATE_POSTCODES})\b(?![\d/\-]|\.\d)")),
    ("AU", 3, "+61 telephone", re.compile(r"\+61\s?\(?\d")),
    ("AU", 2, ".gov.au", re.compile(r"\.gov\.au\b", re.I)),
    (
        "AU",
        1,
        "Australian state",
        re.compile(
            r"\b(?:New South Wales|Queensland|Western Australia|South Australia|"
            r"Tasmania|Northern Territory)\b"
        ),
    ),
    ("AU", 1, "Australia", re.compile(r"\bAustralia\b")),
    # New Zealand
    ("NZ", 3, "+64 telephone", re.compile(r"\+64\s?\(?\d")),
    ("NZ", 3, ".govt.nz", re.compile(r"\.govt\.nz\b", re.I)),
    ("NZ", 2, "Local Government Act 2002", re.compile(r"\bLocal Government Act 2002\b", re.I)),
    ("NZ", 1, "His Worship the Mayor", re.compile(r"\b(?:His|Her) Worship the Mayor\b")),
    ("NZ", 2, "karakia", re.compile(r"\b(?:Karakia|Te Kaunihera|Mihi)\b")),
    ("NZ", 1, "New Zealand", re.compile(r"\bNew Zealand\b|\bAotearoa\b")),
    # Ireland
    ("IE", 3, "Comhairle", re.compile(r"\bComhairle\s+(?:Contae|Chontae|Cathrach)\b")),
    ("IE", 2, "Cathaoirleach", re.compile(r"\b(?:Leas[\s\-])?Cathaoirleach\b")),
    ("IE", 3, "+353 telephone", re.compile(r"\+353\s?\(?\d")),
    ("IE", 2, "Eircode", re.compile(r"\b[AC-FHKNPRTV-Y]\d[0-9W]\s[0-9AC-FHKNPRTV-Y]{4}\b")),
    ("IE", 2, "Municipal District of", re.compile(r"\bMunicipal District of [A-Z]")),
    ("IE", 1, "Áras an Chontae", re.compile(r"\b(?:Áras|Aras) an Chontae\b")),
    # Canada
    ("CA", 3, "province and postal code", re.compile(rf"\b(?:{PROVINCES}),?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")),
    (
        "CA",
        3,
        "Corporation of the",
        re.compile(r"\bCorporation of the (?:Township|Town|City|Municipality|County)\b", re.I),
    ),
    ("CA", 2, "postal code", re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[A-Z]\s\d[A-Z]\d\b")),
    ("CA", 2, "Municipal Act, 2001", re.compile(r"\bMunicipal Act,? 2001\b")),
    ("CA", 2, "Township of", re.compile(r"\bTownship of [A-Z]")),
    ("CA", 1, "Reeve", re.compile(r"\b(?:Deputy\s+)?Reeve\b")),
    (
        "CA",
        1,
        "Canadian province",
        re.compile(
            r"\b(?:Ontario|British Columbia|Alberta|Saskatchewan|Manitoba|"
            r"Nova Scotia|New Brunswick|Newfoundland|Quebec)\b"
        ),
    ),
    ("CA", 1, "Canada", re.compile(r"\bCanada\b")),
    # United States
    # (a full stop may end the address's sentence: 'Cedar Bluff, OR 97701.'; not a decimal or a date run on)
    ("US", 3, "state and ZIP code", re.compile(rf"\b(?:{US_STATES}),?\s+\d{{5}}(?:-\d{{4}})?\b(?![\d/\-]|\.\d)")),
    (
        "US",
        3,
        "county commission",
        re.compile(
            r"\b(?:Board of (?:County )?(?:Commissioners|Supervisors|Aldermen)|"
            r"County Commission|Commissioners Court)\b",
            re.I,
        ),
    ),
    ("US", 2, "Pledge of Allegiance", re.compile(r"\bPledge of Allegiance\b", re.I)),
    ("US", 2, "Mayor Pro Tem", re.compile(r"\bMayor Pro[\s\-]Tem\b", re.I)),
    # US spelling and posts: "Councilors", "City Recorder", "Council President" (weak: each alone flips nothing)
    ("US", 1, "Councilor", re.compile(r"\bCouncilors?\b")),
    ("US", 1, "City Recorder", re.compile(r"\b(?:City Recorder|Council President)\b")),
    ("US", 1, "Township of", re.compile(r"\bTownship of [A-Z]")),
    ("US", 1, "fiscal year", re.compile(r"\bfiscal year\b", re.I)),
    ("US", 1, "North American telephone", re.compile(r"\(\d{3}\)\s?\d{3}-\d{4}\b")),
    ("CA", 1, "North American telephone", re.compile(r"\(\d{3}\)\s?\d{3}-\d{4}\b")),
    # United Kingdom
    ("UK", 3, "postcode", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b")),
    ("UK", 3, "+44 telephone", re.compile(r"\+44\s?\(?\d")),
    ("UK", 2, ".gov.uk", re.compile(r"\.gov\.uk\b", re.I)),
    ("UK", 2, "parish or borough council", re.compile(r"\b(?:Parish|Borough|Town|Community)\s+Council\b")),
    ("UK", 1, "pounds", re.compile(r"£\s?\d")),
    ("IE", 1, "euros", re.compile(r"€\s?\d")),
)

# "fiscal year ending June 30, 2026", "financial year ended 30 June 2025", "the fiscal year ends September 30", "The
# FY ends June 30".
STATED_YEAR_END_RE = re.compile(
    r"\b(?:(?:fiscal|financial)\s+year|FY)\s+(?:ending|ended|ends)\s+(?:on\s+)?(?:the\s+)?"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_RE})"
    rf"|(?P<month_first>{MONTH_RE})\.?\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?)\b",
    re.I,
)


def _day_of_year(name: str) -> str:
    """'July 1', '1st July', '1 July 2025', 'July 1, 2025': a day and month (the year, if printed, not kept)."""
    return (
        rf"(?:(?P<{name}_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<{name}_month>{MONTH_RE})"
        rf"|(?P<{name}_month_first>{MONTH_RE})\.?\s+(?P<{name}_day_after>\d{{1,2}})(?:st|nd|rd|th)?)"
        r"(?:,?\s+(?:19|20)\d\d)?"
    )


# "Our fiscal year runs from July 1 to June 30", "Fiscal Year: July 1 - June 30", "the financial year 1 July 2025 to
# 30 June 2026", "fiscal year 2025 (July 1, 2024 - June 30, 2025)", "FY 2025/26 (1 July 2025 to 30 June 2026)": the
# year's span, whose end is the year end (read only where it ends the day before it starts).
STATED_YEAR_SPAN_RE = re.compile(
    r"\b(?:(?:fiscal|financial)\s++year|FY)\s*+(?:(?:19|20)?\d\d(?:\s*+[/-]\s*+\d{2,4})?+\s*+)?+(?:[(:,]\s*+)?(?:(?:runs|is|which\s++runs)\s++)?(?:from\s++)?"
    rf"{_day_of_year('start')}\s*+(?:-|–|—|\bto\b|\bthrough\b|\buntil\b)\s*+{_day_of_year('end')}\b",
    re.I,
)
FIRST_PAGES_CHARS = 20_000  # the body, its address and telephone are on the first pages


def _country_scores(text: str) -> dict[str, tuple[int, int, str]]:
    """Each country's evidence: its summed weight, and its strongest cue's weight and name."""
    scores: dict[str, tuple[int, int, str]] = {}
    for country, weight, name, pattern in CUES:
        if pattern.search(text) is None:
            continue
        total, best, cue = scores.get(country, (0, 0, name))
        scores[country] = (total + weight, *((weight, name) if weight > best else (best, cue)))
    return scores


def stated_year_end(text: str) -> tuple[int, int] | None:
    """The (month, day) a printed "fiscal year ending June 30, 2026" or "fiscal year runs from July 1 to June 30"
    gives, else None."""
    if (stated := STATED_YEAR_END_RE.search(text)) is not None:
        month = month_number(stated["month"] or stated["month_first"])
        day = int(stated["day"] or stated["day_after"])
        return (month, day) if 1 <= day <= 31 else None
    for span in STATED_YEAR_SPAN_RE.finditer(text):
        start, end = _day_and_month(span, "start"), _day_and_month(span, "end")
        if start and end and start - dt.timedelta(days=1) == end.replace(year=start.year - (end >= start)):
            return end.month, end.day  # a year's span: it ends the day before it starts
    return None


def _day_and_month(match: re.Match[str], name: str) -> dt.date | None:
    """The day and month a :func:`_day_of_year` group matched, in a common year (2023); None if no such day."""
    month = month_number(match[f"{name}_month"] or match[f"{name}_month_first"])
    try:
        return dt.date(2023, month, int(match[f"{name}_day"] or match[f"{name}_day_after"]))
    except ValueError:
        return None


def document_jurisdiction(first_pages: str, rest: str = "") -> Jurisdiction | None:
    """The jurisdiction the first pages' cues decide (a tie or under two points: none); a financial year end printed
    anywhere (``first_pages`` or ``rest``) replaces the country's."""
    scores = _country_scores(first_pages[:FIRST_PAGES_CHARS])
    ranked = sorted(scores.items(), key=lambda item: item[1][0], reverse=True)
    found = None
    if ranked and ranked[0][1][0] >= 2 and (len(ranked) == 1 or ranked[0][1][0] > ranked[1][1][0]):
        country, (_, _, cue) = ranked[0]
        year_end, month_first = COUNTRY_DEFAULTS[country]
        found = Jurisdiction(country, year_end, month_first, cue)
    stated = stated_year_end(first_pages) or (stated_year_end(rest) if rest else None)
    if stated is None:
        return found
    if found is None:
        return Jurisdiction(None, stated, None, "stated financial year end")
    return replace(found, financial_year_end=stated, cue=f"{found.cue}; stated financial year end")


def document_month_first(first_pages: str, jurisdiction: Jurisdiction | None) -> bool:
    """Whether the document prints numeric dates month first: as its date forms count, and where they tie or there
    are none, its jurisdiction's default (US month first; Canada as counted; else day first)."""
    month_first, day_first = date_order_counts(first_pages)
    if month_first != day_first:
        return month_first > day_first
    return bool(jurisdiction and jurisdiction.month_first)
