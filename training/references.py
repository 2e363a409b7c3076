"""Sentences of the real corpus referred to by (sha256, page, char offsets) into pypdfium2's raw page text.

Annotations store only references and labels; the text stays in ../shared. `locate` finds a
sentence (as our pipeline produced it) in the raw page text; `resolve` reads it back.
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium


def raw_page_texts(path: str) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def _normalised_with_map(text: str) -> tuple[str, list[int]]:
    """Text with whitespace runs collapsed and line-end hyphens removed, and each char's raw offset."""
    out: list[str] = []
    offsets: list[int] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "-" and re.match(r"-\r?\n[a-z]", text[index : index + 4]):
            index = text.index("\n", index) + 1
            continue
        if char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                offsets.append(index)
            index += 1
            continue
        out.append(char)
        offsets.append(index)
        index += 1
    return "".join(out), offsets


def locate(sentence: str, raw: str, start_at: int = 0) -> tuple[int, int] | None:
    """(start, end) of ``sentence`` in ``raw`` (raw offsets), or None when it cannot be found exactly."""
    normalised, offsets = _normalised_with_map(raw)
    target = " ".join(sentence.split())
    begin = next((i for i, o in enumerate(offsets) if o >= start_at), len(offsets))
    position = normalised.find(target, begin)
    if position < 0:
        return None
    return offsets[position], offsets[position + len(target) - 1] + 1


def resolve(raw: str, start: int, end: int) -> str:
    return " ".join(raw[start:end].replace("-\r\n", "").replace("-\n", "").split())
