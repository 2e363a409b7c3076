"""A word broken at a hyphen at a cell line's end where its ending alone does not say whether the typesetter broke one
word ('in-' / 'spection' -> 'inspection') or a compound broke at its own hyphen ('long-' / 'term' -> 'long-term').

Stop 29's rule (corpus/gold/README.md, 'Line-end hyphens in cells') drops a soft hyphen and keeps a compound's. The
evidence, in order: the document itself (the hyphenated compound printed whole somewhere keeps the hyphen; the joined
word printed whole drops it), then an English word list (pyspellchecker's, MIT): the hyphen only broke a word when the
joined letters are a word and the part after the break is none ('spection'), or only a rare one the joined word is
ten times as common as ('ac-' / 'countability'). A part after the break that is a word as common keeps the hyphen
('co-' / 'operate', 're-' / 'cover', 'sub-' / 'committee'), and so does a prefix English writes with a hyphen before a
part that is no word ('Co-' / 'ordinator', 'pre-' / 'empt').

:func:`document_words` is set by the stage for the document being read (:func:`reading`); outside it only the word
list speaks. :func:`one_word` asks the word list of a word broken with no hyphen on a scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

# a part before the break of letters with no capital inside, a part after it of lower-case letters only
PART_RE = re.compile(r"[A-Za-z][a-z]+")
AFTER_RE = re.compile(r"[a-z]+")
# prefixes English writes with a hyphen before a part that is no word alone ('co-ordinator', 'pre-empt', 'de-ice')
HYPHENED_PREFIXES = frozenset(
    {"co", "re", "pre", "de", "non", "anti", "semi", "sub", "multi", "inter", "intra", "self", "ex", "post", "pro"}
    | {"counter", "cross", "mid", "over", "under", "out", "well", "half", "bi", "tri", "micro", "macro", "mini"}
    | {"extra", "ultra", "pan", "neo", "quasi", "vice", "all", "e"}
)
# a whole word of a line: letters with hyphens inside ('re-sign', 'inspection'), punctuation around it dropped
LINE_WORD_RE = re.compile(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)*(?![\w-])")

_DOCUMENT: ContextVar[frozenset[str]] = ContextVar("document_words", default=frozenset())


def document_words(texts: Iterable[str]) -> frozenset[str]:
    """The words (lower case) the lines ``texts`` print whole; a word broken at a line's end is two parts here."""
    return frozenset(word.lower() for text in texts for word in LINE_WORD_RE.findall(text))


@contextmanager
def reading(words: frozenset[str]) -> Iterator[None]:
    """While the stage reads one document: its printed words are the first evidence for a broken word."""
    token = _DOCUMENT.set(words)
    try:
        yield
    finally:
        _DOCUMENT.reset(token)


# the joined word is this many times as common as the part after the break when that part is a rare word of its own
COMMONER = 10


@cache
def _english() -> dict[str, int]:
    """The English word list (pyspellchecker's, lower case) with each word's count; empty when it is missing."""
    try:
        from spellchecker import SpellChecker
    except ImportError:  # pragma: no cover (a declared dependency)
        return {}
    return dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)


def broken_word(part: str, after: str) -> bool | None:
    """``part`` ended a line before a hyphen and ``after`` opens the next: True when the hyphen only broke one word
    (dropped), False when it is a compound's (kept), None when the parts are not letters a word is broken into."""
    if not PART_RE.fullmatch(part) or not AFTER_RE.fullmatch(after):
        return None
    joined, compound = f"{part}{after}".lower(), f"{part}-{after}".lower()
    printed = _DOCUMENT.get()
    if compound in printed:
        return False
    if joined in printed:
        return True
    english = _english()
    if joined not in english:
        return False
    if after in english:
        return english[joined] >= COMMONER * english[after]
    return part.lower() not in HYPHENED_PREFIXES


def one_word(line_word: str, end: str) -> bool:
    """A scanned cell's line of one word and the next line's first word are one word broken with no hyphen at the
    column's edge ('Commis' / 'sioned'): the word list holds the two joined and not the end alone (a whole word set
    down at a space, 'Awaiting' / 'response', joins into no word)."""
    if not PART_RE.fullmatch(line_word) or not AFTER_RE.fullmatch(end):
        return False
    english = _english()
    return f"{line_word}{end}".lower() in english and end not in english
