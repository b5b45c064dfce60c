"""Sentence spans for obituary and news text, aware of the abbreviations these texts are full of.

A rule splitter rather than a model: obituaries are long runs of "Rev.", "St. Paul", "Wis.", "J." and
"Jr." that a generic splitter cuts in the wrong place, and this runs on every candidate item in the
hot path (spaCy's rule sentencizer splits "of Eau Claire, Wis. She was" the same way but costs a
tokenizer pass per item).
"""

from __future__ import annotations

import re

from outreach.match.places import state_code
from outreach.match.words import (
    ABBREVIATIONS,
    COMPANY_CONTINUATIONS,
    COMPANY_ENDINGS,
    LINE_END_ABBREVIATIONS,
    SENTENCE_STARTERS,
    TITLES,
)

_BOUNDARY = re.compile(r"([.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.']+)$")  # with apostrophes: "St. Mary's." ends a sentence, "S." may not
_WORD_AFTER = re.compile(r"[\"'(\[]?(\w+)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences in `text`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if not _is_boundary(text, m):
            continue
        end = m.start() + 1
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentence_at(text: str, pos: int, spans: list[tuple[int, int]] | None = None) -> str:
    """The sentence around character offset `pos`."""
    for s, e in spans or sentence_spans(text):
        if s <= pos < e:
            return text[s:e].strip()
    return text.strip()


# --- one sentence at a time ------------------------------------------------------------------------------
# News reads only the sentences around its surname hits, so splitting the whole story (every boundary
# judged) is wasted work. A boundary's verdict depends only on the characters around it (the word before,
# the word after), and a _BOUNDARY match holds exactly one [.!?] (at its start), so the matches found from
# any offset are the ones sentence_spans finds: scanning outward from a position gives the same spans.
# tests/match/test_sentences.py checks these against sentence_spans.


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """Whether a _BOUNDARY match ends a sentence: not after an initial, an abbreviation, or a state
    abbreviation followed by a word that does not start sentences ("Wis. Funeral" is ambiguous)."""
    if m.group(1) != ".":
        return True
    dot = m.start(1)
    word_match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    word = word_match.group(1) if word_match else ""
    low = word.lower()
    if len(word) == 1 and word.isupper():
        return False  # an initial: "Robert J. Smith"
    if low in COMPANY_ENDINGS and "\n" not in m.group(0):
        nxt = _WORD_AFTER.match(text, m.end(), m.end() + 40)
        after = nxt.group(1).lower() if nxt else ""
        return after not in COMPANY_CONTINUATIONS and after not in TITLES
    if low in ABBREVIATIONS or "." in low:
        return low in LINE_END_ABBREVIATIONS and "\n" in m.group(0)
    if state_code(word + ".") and len(word) > 2:
        nxt = _WORD_AFTER.match(text, m.end(), m.end() + 40)
        return (nxt.group(1).lower() if nxt else "") in SENTENCE_STARTERS
    return True


def boundary_before(text: str, pos: int) -> re.Match[str] | None:
    """The last sentence boundary (as sentence_spans judges it) whose punctuation is before `pos`."""
    j = pos
    while True:
        i = max(text.rfind(".", 0, j), text.rfind("!", 0, j), text.rfind("?", 0, j))
        if i < 0:
            return None
        m = _BOUNDARY.match(text, i)
        if m is not None and _is_boundary(text, m):
            return m
        j = i


def boundary_after(text: str, pos: int) -> re.Match[str] | None:
    """The first sentence boundary (as sentence_spans judges it) whose punctuation is at or after `pos`."""
    for m in _BOUNDARY.finditer(text, pos):
        if _is_boundary(text, m):
            return m
    return None


def sentence_around(text: str, pos: int) -> tuple[int, int] | None:
    """The span sentence_spans(text) gives the sentence holding offset `pos`, without splitting the rest of
    the text; None where that list has no span for it (the gap between two sentences, trailing space)."""
    before = boundary_before(text, pos)
    start = 0
    if before is not None:
        if before.end() > pos:
            return None  # in the quotes and spaces after a sentence's final stop
        start = before.end()
    after = boundary_after(text, pos)
    if after is not None:
        return start, after.start() + 1
    return (start, len(text)) if text[start:].strip() else None


def sentence_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of the sentence before the one sentence_around gave as starting at `start` (None for the
    first sentence)."""
    stop = boundary_before(text, start)
    if stop is None:
        return None
    before = boundary_before(text, stop.start())
    return (before.end() if before is not None else 0), stop.start() + 1


def sentence_after(text: str, start: int) -> tuple[int, int] | None:
    """The span of the sentence after the one sentence_around gives as starting at `start` (None for the last)."""
    stop = boundary_after(text, start)
    if stop is None or not text[stop.end():].strip():
        return None
    nxt = stop.end() + len(text[stop.end():]) - len(text[stop.end():].lstrip())
    return sentence_around(text, nxt)
