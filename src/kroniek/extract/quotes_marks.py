"""Direct quotes by their quote marks, on plain text.

Every quote mark seen in Dutch news is recognised: ‘ ’ “ ” " „ ' « » ‹ › and the old
newspaper style ,,…'' . An apostrophe inside or before a word ("zo’n", "’s avonds",
"auto's", "de jaren '80") is not a quote mark: a mark opens a quote only where a word
starts after it and closes one only where a word ends before it.

A quote left open at the end of a paragraph ends there: Dutch news repeats the opening mark
at the start of each paragraph of a long quote and closes only the last one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FAMILY = {
    "‘": "single", "’": "single", "'": "single", "‚": "single",
    "“": "double", "”": "double", '"': "double", "„": "double", ",,": "double", "''": "double",
    "«": "angle", "»": "angle", "‹": "angle", "›": "angle",
}
_OPEN_ONLY = {"„", ",,", "«", "‹", "‚"}
_CLOSE_ONLY = {"''", "»", "›"}
# A straight or curly apostrophe before these is an elision, not a quote: ’s, ’t, ’n, ’k.
_ELISION = re.compile(r"(?:[stnkmr]\b|\d)", re.IGNORECASE)
_MARKS = re.compile(r",,(?!,)|''|[‘’'‚“”\"„«»‹›]")
_OPEN_BEFORE = set(" \t\n([{:;,/—–-") | {""}
_SLOPPY = {"'", "’"}  # apostrophe-like marks: their quote is dropped when never closed


@dataclass(frozen=True)
class MarkedQuote:
    """One direct quote: the words (start, end) and the marks around them."""

    start: int
    end: int
    open_start: int
    close_end: int
    closed: bool


def _can_open(text: str, i: int, mark: str) -> bool:
    if mark in _CLOSE_ONLY:
        return False
    after = text[i + len(mark): i + len(mark) + 1]
    if mark == ",,":
        return bool(after) and after != ","
    before = text[i - 1] if i > 0 else ""
    if before not in _OPEN_BEFORE and not (before in _FAMILY and before != mark):
        return False
    if not after or after.isspace():
        # old typesetting puts a space inside the marks: ' " Mijn kopie … Ier. " '
        nxt = text[i + len(mark) + 1: i + len(mark) + 2]
        return mark == '"' and after == " " and nxt[:1].isupper()
    if mark in ("'", "’") and _ELISION.match(text, i + 1):
        return False
    return True


def _can_close(text: str, i: int, mark: str) -> bool:
    if mark in _OPEN_ONLY:
        return False
    if mark == "''":
        return True
    before = text[i - 1] if i > 0 else ""
    after = text[i + len(mark): i + len(mark) + 1]
    if not before or before.isspace():
        return mark == '"' and text[i - 2: i - 1] in (".", "?", "!", ",") and not after.isalnum()
    return not (after.isalnum())


def find_marked_quotes(text: str) -> list[MarkedQuote]:
    """Every quote in ``text`` delimited by quote marks, in order."""
    marks = [(m.start(), m.group()) for m in _MARKS.finditer(text)]
    quotes: list[MarkedQuote] = []
    k = 0
    while k < len(marks):
        i, mark = marks[k]
        if not _can_open(text, i, mark):
            k += 1
            continue
        family = _FAMILY[mark]
        para_end = _paragraph_end(text, i)
        start = i + len(mark)
        close = None
        j = k + 1
        while j < len(marks) and marks[j][0] < para_end:
            ci, cmark = marks[j]
            if _FAMILY[cmark] == family and ci > start and _can_close(text, ci, cmark):
                close = (ci, cmark)
                break
            j += 1
        if close is None:
            if mark in _SLOPPY:
                k += 1
                continue
            end = para_end
            while end > start and text[end - 1].isspace():
                end -= 1
            quotes.append(_make(text, start, end, i, end, closed=False))
            k = j
            continue
        ci, cmark = close
        quotes.append(_make(text, start, ci, i, ci + len(cmark), closed=True))
        k = j + 1
    return [q for q in quotes if q.end > q.start]


def _make(text: str, start: int, end: int, open_start: int, close_end: int,
          closed: bool) -> MarkedQuote:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return MarkedQuote(start, end, open_start, close_end, closed)


def _paragraph_end(text: str, i: int) -> int:
    nl = text.find("\n", i)
    return len(text) if nl < 0 else nl
