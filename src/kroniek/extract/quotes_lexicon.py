"""The language data of ``kroniek_quotes``: speech cues, source nouns, when/where words.

The files live in ``kroniek/data/lang/nl/`` (TSV, header line, ``#`` comments) so that a
domain expert can extend them without touching Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from kroniek.data_files import DATA_DIR, read_tsv


@dataclass
class SpeechLexicon:
    """Cue words by kind, source nouns, and the words that say when or where."""

    verbs: set[str] = field(default_factory=set)
    multiword_verbs: dict[str, set[str]] = field(default_factory=dict)  # head -> companions
    prepositions: set[str] = field(default_factory=set)
    adverbs: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)
    sources: dict[str, tuple[str, bool]] = field(default_factory=dict)  # noun -> (number, person)
    non_sources: set[str] = field(default_factory=set)  # "volgens de wet": not a speaker
    time_words: set[str] = field(default_factory=set)
    time_suffixes: tuple[str, ...] = ()
    where_prepositions: set[str] = field(default_factory=set)

    def is_time_word(self, word: str) -> bool:
        word = word.lower()
        if word in self.time_words:
            return True
        return any(word.endswith(s) and word[: -len(s)] in self.time_words
                   for s in self.time_suffixes)


@lru_cache(maxsize=4)
def load_lexicon(lang: str = "nl") -> SpeechLexicon:
    base = DATA_DIR / "lang" / lang
    lex = SpeechLexicon()
    for row in read_tsv(base / "speech_cues.tsv"):
        lemma, kind = row["lemma"].lower(), row["kind"]
        if kind == "verb":
            parts = lemma.split()
            if len(parts) > 1:
                # "laten weten": the content verb is the last word, the others go with it.
                lex.multiword_verbs.setdefault(parts[-1], set()).update(parts[:-1])
            else:
                lex.verbs.add(lemma)
        elif kind == "preposition":
            lex.prepositions.add(lemma)
        elif kind == "adverb":
            lex.adverbs.add(lemma)
        elif kind == "noun":
            lex.nouns.add(lemma)
    for row in read_tsv(base / "speech_sources.tsv"):
        noun = row["noun"].lower()
        if row.get("speaks") == "no":
            lex.non_sources.add(noun)
        else:
            lex.sources[noun] = (row.get("number", "sg"), row.get("person") == "yes")
    suffixes = []
    for row in read_tsv(base / "speech_context.tsv"):
        word, kind = row["word"].lower(), row["kind"]
        if kind == "time":
            lex.time_words.add(word)
        elif kind == "time_suffix":
            suffixes.append(word)
        elif kind == "where_preposition":
            lex.where_prepositions.add(word)
    lex.time_suffixes = tuple(suffixes)
    return lex
