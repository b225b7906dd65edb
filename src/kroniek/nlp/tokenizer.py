"""Dutch tokenizer adapted to news text, registered as a spaCy tokenizer.

spaCy's Dutch rules already keep Dutch numbers ("127.000", "1,5") and hyphenated
names ("Oost-Europa") whole and split quote marks off. This module adds the
news-specific parts, read from the language data in ``kroniek/data/lang/<lang>/``:

* abbreviations that always stay one token (``abbreviations.txt``);
* exceptions that are ordinary words and must split off a sentence-final dot
  (``not_abbreviations.txt``), and all-capital forms such as "VS." that are
  acronyms at a sentence end rather than abbreviations;
* every quote mark (‘ ’ “ ” „ " ,, '') split off as its own token.

The config refers to it as ``[nlp.tokenizer] @tokenizers = "kroniek.nl_tokenizer.v1"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "lang"
QUOTE_MARKS = ("‘", "’", "‚", "“", "”", "„", '"', ",,", "''", "«", "»")
_ALL_CAPS_ABBREVIATION = re.compile(r"[A-Z]{2,}\.")


def read_word_list(lang: str, name: str) -> list[str]:
    """Read a one-entry-per-line data file; ``#`` starts a comment line."""
    lines = (DATA_DIR / lang / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def news_rules(
    exceptions: dict[str, Any], abbreviations: Iterable[str], not_abbreviations: Iterable[str]
) -> dict[str, Any]:
    """The language's tokenizer exceptions, adapted to news text.

    Dropped: words that are not abbreviations, all-capital dotted forms ("VS.",
    also the upper-case copies spaCy makes of every abbreviation). Added: the
    listed abbreviations and their capitalized forms.
    """
    keep = set(abbreviations)
    keep |= {abbr[:1].upper() + abbr[1:] for abbr in keep}
    drop: set[str] = set()
    for entry in not_abbreviations:
        drop |= {entry, entry[:1].upper() + entry[1:], entry.upper()}
    rules = {
        text: tokens
        for text, tokens in exceptions.items()
        if text in keep
        or not (
            text in drop
            or _ALL_CAPS_ABBREVIATION.fullmatch(text)
            or (len(text) > 2 and text.isupper() and "." in text)
        )
    }
    for abbr in keep:
        rules[abbr] = [{ORTH: abbr}]
    return rules


class NewsTokenizer(Tokenizer):
    """spaCy's tokenizer; loading a saved copy of the same rules is skipped (fast load)."""

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = tuple()) -> Tokenizer:
        data = srsly.msgpack_loads(bytes_data)
        same = (
            data.get("exceptions") == self.rules
            and data.get("prefix_search") == _pattern(self.prefix_search)
            and data.get("suffix_search") == _pattern(self.suffix_search)
            and data.get("infix_finditer") == _pattern(self.infix_finditer)
        )
        if same:
            return self
        return super().from_bytes(bytes_data, exclude=exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> Tokenizer:
        return self.from_bytes(Path(path).read_bytes(), exclude=exclude)


def _pattern(method: Any) -> str | None:
    return getattr(getattr(method, "__self__", None), "pattern", None)


def create_news_tokenizer(nlp: Language, lang: str = "nl") -> Tokenizer:
    """Build the news tokenizer for ``nlp`` from its language defaults and data files."""
    defaults = nlp.Defaults
    quotes = [re.escape(q) for q in QUOTE_MARKS]
    rules = news_rules(
        dict(defaults.tokenizer_exceptions),
        read_word_list(lang, "abbreviations.txt"),
        read_word_list(lang, "not_abbreviations.txt"),
    )
    return NewsTokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(quotes + list(defaults.prefixes or [])).search,
        suffix_search=compile_suffix_regex(quotes + list(defaults.suffixes or [])).search,
        infix_finditer=compile_infix_regex(list(defaults.infixes or [])).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@spacy.registry.tokenizers("kroniek.nl_tokenizer.v1")
def make_news_tokenizer(lang: str = "nl") -> Callable[[Language], Tokenizer]:
    """``[nlp.tokenizer]`` factory: spaCy's Dutch tokenizer adapted to news text."""

    def create(nlp: Language) -> Tokenizer:
        return create_news_tokenizer(nlp, lang)

    return create
