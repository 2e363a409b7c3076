"""A word a scan's narrow column broke with no hyphen ('Commis' / 'sioned'), told from two words set down at a space
('Awaiting' / 'response') by an English word list (pyspellchecker's, MIT): :func:`one_word`.

A word broken at a hyphen at a cell line's end ('in-' / 'spection') keeps its hyphen (stop 29's rule,
corpus/gold/README.md 'Line-end hyphens in cells'): tables round 66 joined such words by the document's own words and
this list, and stop 52 took that out again, because it lowered the tune split's table cells read by OCR.
"""

from __future__ import annotations

import re
from functools import cache

# a line's one word of letters with no capital inside, and the next line's first word in lower-case letters only
PART_RE = re.compile(r"[A-Za-z][a-z]+")
AFTER_RE = re.compile(r"[a-z]+")


@cache
def _english() -> dict[str, int]:
    """The English word list (pyspellchecker's, lower case) with each word's count; empty when it is missing."""
    try:
        from spellchecker import SpellChecker
    except ImportError:  # pragma: no cover (a declared dependency)
        return {}
    return dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)


def one_word(line_word: str, end: str) -> bool:
    """A scanned cell's line of one word and the next line's first word are one word broken with no hyphen at the
    column's edge ('Commis' / 'sioned'): the word list holds the two joined and not the end alone (a whole word set
    down at a space, 'Awaiting' / 'response', joins into no word)."""
    if not PART_RE.fullmatch(line_word) or not AFTER_RE.fullmatch(end):
        return False
    english = _english()
    return f"{line_word}{end}".lower() in english and end not in english


WORD_RE = re.compile(r"[A-Za-z][a-z]{2,}")


def two_words(line_word: str, next_word: str) -> bool:
    """A cell line's one word and the next line's first are two words the column wrapped at the space between them
    ('Behind' / 'schedule', 'Finance' / 'and'): each is an English word of three letters or more and the two joined
    are none ('Work' / 'shop' may be one word broken; 'Consul' / 'tation' is one)."""
    if not WORD_RE.fullmatch(line_word) or not WORD_RE.fullmatch(next_word):
        return False
    english = _english()
    return (
        line_word.lower() in english
        and next_word.lower() in english
        and f"{line_word}{next_word}".lower() not in english
    )


def completed_word(word: str, below: str) -> str:
    """``word``, or the word it makes with the next line's first where a narrow column broke it there ('comple' over
    'tion date': 'completion'): the word list holds the two joined and not ``word`` alone."""
    after = below.split()[0] if below.split() else ""
    if not after or not WORD_RE.fullmatch(word) or not AFTER_RE.fullmatch(after):
        return word
    english = _english()
    joined = f"{word}{after}"
    return joined if joined.lower() in english and word.lower() not in english else word
