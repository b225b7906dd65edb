"""Language of an article, with lingua restricted to the languages Kroniek expects."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = (
    Language.DUTCH,
    Language.ENGLISH,
    Language.GERMAN,
    Language.FRENCH,
    Language.SPANISH,
    Language.ITALIAN,
)
MIN_WORDS = 3
MIN_LETTERS = 15
# The opening of an article settles its language; reading all of a long one is wasted time.
SAMPLE_CHARS = 250

_WORD = re.compile(r"[^\W\d_]+")


@cache
def detector() -> LanguageDetector:
    """The detector, built on first use (loading the models takes about a second)."""
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).build()


def _long_enough(sample: str) -> bool:
    words = _WORD.findall(sample)
    return len(words) >= MIN_WORDS and sum(map(len, words)) >= MIN_LETTERS


def _code(language: Language | None) -> str | None:
    return language.iso_code_639_1.name.lower() if language else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if not _long_enough(sample):
        return None
    return _code(detector().detect_language_of(sample))


def detect_languages(texts: Sequence[str]) -> list[str | None]:
    """``detect_language`` for many texts at once, spread over all cores by lingua."""
    samples = [text[:SAMPLE_CHARS] for text in texts]
    usable = [i for i, sample in enumerate(samples) if _long_enough(sample)]
    codes: list[str | None] = [None] * len(samples)
    found = detector().detect_languages_in_parallel_of([samples[i] for i in usable])
    for i, language in zip(usable, found, strict=True):
        codes[i] = _code(language)
    return codes
