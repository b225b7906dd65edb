"""Alias normalization shared by the knowledge base and the linker."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'",
                         "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’|s)$")


def normalize_alias(text: str) -> str:
    """Case-folded, diacritics stripped, quotes and dashes unified, whitespace collapsed.

    >>> normalize_alias("  Oekraïne ") == normalize_alias("oekraine")
    True
    """
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACE.sub(" ", text).strip().casefold()


def possessive_candidates(text: str) -> list[str]:
    """The text itself and, if it may be a possessive ("Poetins", "Biden's"), its stem.

    The linker decides which candidate matches; this only offers them.
    """
    candidates = [text]
    stem = _POSSESSIVE.sub("", text)
    if stem != text and len(stem) >= 2:
        candidates.append(stem)
    return candidates
