"""Round 35 suite (issue #4): bodies whose names hold 'of', 'and', 'upon' or 'on', read as the document's body.

Each case is a first page drawn with reportlab (``segment_cases.render``) and read by the real code path
(``document_facts``); the body is compared as `agendaparse eval` compares it (case and spaces folded). The heading
shapes follow real published minutes (places, names and dates changed). Sources:

- https://www.stirling.gov.uk/community-life-and-leisure/your-community/community-council-minutes/bridge-of-allan/2025-minutes/february-2025-minutes
  ('Minutes of Meeting of Bridge of Allan Community Council' / 'Held on Tuesday 18th February ...')
- https://stirling.gov.uk/community-life-and-leisure/your-community/community-council-minutes/bridge-of-allan/2022-minutes/june-agm-2022-minutes
  ('Minutes of Bridge of Allan Community Council AGM' / 'Held at 7pm on Tuesday 21st June 2022')
- https://iow.moderngov.co.uk/ieListDocuments.aspx?CId=173&MeetingId=1503 (Isle of Wight Council: 'Extraordinary
  Meeting of Full Council - Wednesday, 20th July, 2022')
- http://old-iwight.onthewight.com/council/committees/mod-Council/22-6-05/minutes.htm (the council named in the
  text: 'The Isle of Wight Council, as an important consumer ...')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agendaparse.segment import document_facts
from segment_cases import render

# (name, rows, body wanted); each row list is a page's first lines and a little text
CASES: list[tuple[str, list[str], str]] = [
    (
        "caps-meeting-of-bridge-of",
        [
            "# MINUTES OF MEETING OF BRIDGE OF WEIRTON COMMUNITY COUNCIL",
            "## Held on Tuesday 17th February 2026 in the Allan Hall.",
            "Present: Ann Cole (AC) Chair; Lewis Hart (LH) Secretary",
            "B 2471. Welcome, Apologies and Conflict of Interest",
            "AC welcomed those present at 7.30 pm.",
        ],
        "Bridge of Weirton Community Council",
    ),
    (
        "title-meeting-of-bridge-of",
        [
            "# Minutes of Meeting of Bridge of Weirton Community Council",
            "## Held on Tuesday 17th February 2026 in the Allan Hall.",
            "Present: Ann Cole (AC) Chair; Lewis Hart (LH) Secretary",
            "B 2471. Welcome, Apologies and Conflict of Interest",
            "AC welcomed those present at 7.30 pm.",
        ],
        "Bridge of Weirton Community Council",
    ),
    (
        "title-agm-kyle-of",
        [
            "# Minutes of Kyle of Dunmore Community Council AGM",
            "## Held at 7pm on Tuesday 16th June 2026",
            "Present: Moira Watt (MW) Chair; Jan Bland (JB) Vice Chair",
            "1. Welcome and Apologies",
            "MW opened the meeting at 7.00 pm.",
        ],
        "Kyle of Dunmore Community Council",
    ),
    (
        "caps-isle-of-and-district",
        [
            "# ISLE OF CARNA AND DISTRICT COMMUNITY COUNCIL",
            "## Minutes of the meeting held on Monday 9th March 2026 in the Village Hall",
            "Present: Iain Ross (Chair), Ruth Gow, Sandy Bell",
            "1. Apologies",
            "Apologies were received from Cllr Moss.",
        ],
        "Isle of Carna and District Community Council",
    ),
    (
        "caps-boat-of-and-vicinity",
        [
            "# BOAT OF DRUMMIN AND VICINITY COMMUNITY COUNCIL",
            "## MINUTES OF THE MEETING held in the Community Hall at 7.00pm on Monday 30th November 2026",
            "Present: Liz Corr (Chair), Ian Bash, Kate Johns",
            "1. Welcome",
            "The Chair welcomed everyone.",
        ],
        "Boat of Drummin and Vicinity Community Council",
    ),
    (
        "isle-of-council-full-council",
        [
            "# Isle of Wight Council",
            "## Extraordinary Meeting of Full Council - Wednesday, 20th July, 2026 6.00 pm",
            "Venue: Council Chamber, County Hall, Newport",
            "1. Minutes",
            "THAT the minutes of the meeting held on 18 May 2026 be confirmed.",
        ],
        "Isle of Wight Council",
    ),
    (
        "upon-city-council",
        [
            "# NEWTON UPON TARRANT CITY COUNCIL",
            "## Minutes of the Cabinet held on Wednesday 14 January 2026",
            "Present: Councillor Reed (Chair)",
            "1. Apologies",
            "Apologies were received from Councillor Hall.",
        ],
        "Newton upon Tarrant City Council",
    ),
    (
        "hyphen-on-city-council",
        [
            "# Stoke-on-Wyre City Council",
            "## Minutes of the Licensing Committee held on Thursday 5 February 2026",
            "Present: Councillor Platt (Chair)",
            "1. Declarations of Interest",
            "There were none.",
        ],
        "Stoke-on-Wyre City Council",
    ),
]


def _folded(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").casefold()).strip()


@pytest.mark.parametrize(("name", "rows", "body"), CASES, ids=[case[0] for case in CASES])
def test_body_with_joining_words(name: str, rows: list[str], body: str, tmp_path: Path) -> None:
    pages = render(tmp_path / f"{name}.pdf", rows)
    assert _folded(document_facts(pages).body) == _folded(body)


ADVERSARIAL = ["A " * 10000, "a-" * 10000, "1 " * 10000, "a" * 19999 + "1", "- " * 10000 + "1", "Bridge of " * 2000]


@pytest.mark.parametrize("line", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_date_tail_and_body_patterns_read_hostile_lines(line: str) -> None:
    """A 20,000-character hostile line reads without error and keeps its text (the long word once took 6 s: speed
    is measured by benchmarks/adversarial_text.py)."""
    from agendaparse.segment.bodies import find_body
    from agendaparse.segment.patterns import without_date_tail

    assert line.startswith(without_date_tail(line).strip()[:100])
    assert find_body(line) is None
