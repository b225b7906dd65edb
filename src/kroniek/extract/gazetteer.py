"""Knowledge-base names in running text: a PhraseMatcher over every name, alias,
adjective and demonym of the knowledge base, plus the role nouns.

Matching is case-insensitive (``attr="LOWER"``), then checked against the alias's own
capitals: an alias written with a capital ("Westen", "Unie") does not match the ordinary
lower-case word, and an all-capitals abbreviation ("VS", "IS") matches only in capitals.
Names also match in the genitive/possessive ("Poetins", "Ruslands", "Biden's").

Multi-word phrases other than person names (role nouns, organization and government-body
aliases: "minister van Buitenlandse Zaken", "Verenigde Naties") also match with a typo
("Buitenlandse Zalen", "Verenigde Natise") where no exact match covers the misspelled word:
same number of tokens, the first token equal (a leading article aside), every other token
equal or, if both spellings have at least ``FUZZY_MIN_WORD`` characters and the one written
is no word of any alias, one or two edits away, and a ``fuzz.ratio`` of at least
``fuzzy_cutoff`` on the whole phrase. Such a match has ``fuzzy=True``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kroniek.extract.lexicon import determiners, skipped_aliases
from kroniek.kb import KnowledgeBase, normalize_alias

NAME, ADJECTIVE, DEMONYM, ROLE = "name", "adjective", "demonym", "role"
_POSSESSIVE_TYPES = frozenset({"PER", "ORG", "GPE"})
FUZZY_MIN_WORD = 5  # shorter words are never corrected: one letter makes another word
_FUZZY_LONG_WORD = 8  # from this length a word may be two edits (OSA) off, else one


@dataclass(frozen=True)
class Entry:
    """What one alias form names: an entity (or, for ``ROLE``, a role noun)."""

    target: str  # entity id, or the role noun
    kind: str
    form: tuple[str, ...]  # the alias's tokens as written, for the capitals check
    possessive: bool = False


@dataclass(frozen=True)
class Match:
    start: int  # token offsets into the Doc
    end: int
    entries: tuple[Entry, ...]
    fuzzy: bool = False  # matched with a typo: the text is not the alias as written

    @property
    def kind(self) -> str:
        return self.entries[0].kind


def _case_ok(form: tuple[str, ...], tokens: list[str]) -> bool:
    if len(form) != len(tokens):
        return False
    for want, got in zip(form, tokens, strict=True):
        letters = [ch for ch in want if ch.isalpha()]
        if len(letters) >= 2 and all(ch.isupper() for ch in letters):
            if got != want and got.upper() != got:
                return False
        elif want[:1].isupper() and not got[:1].isupper():
            return False
    return True


class Gazetteer:
    """Finds knowledge-base names and role nouns in a Doc."""

    def __init__(self, nlp: Language, kb: KnowledgeBase, fuzzy_cutoff: float = 90.0) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[str, list[Entry]] = defaultdict(list)
        self.fuzzy_cutoff = fuzzy_cutoff
        # first word of a multi-word phrase -> (phrase words, its entries that may be fuzzy)
        self.phrases: dict[str, dict[tuple[str, ...], list[Entry]]] = defaultdict(dict)
        self.words: set[str] = set()  # every word of every alias: correctly spelled words
        skip = skipped_aliases()
        forms: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
        persons: set[str] = set()
        for entity in kb.entities.values():
            if entity.type == "PER":
                persons.add(entity.id)  # person names are matched fuzzily by the linker
            names = {n for n in entity.all_names() if n}
            for name in names:
                if name.lower() in skip:
                    continue
                forms[name].append((entity.id, NAME, False))
                last = name.split()[-1]
                if entity.type in _POSSESSIVE_TYPES and last[-1:].isalpha() \
                        and last[-1].lower() not in "sxz":
                    forms[name + "s"].append((entity.id, NAME, True))
                    forms[name + "'s"].append((entity.id, NAME, True))
            for demonym in {*entity.demonyms_nl, *entity.demonyms_en}:
                forms[demonym].append((entity.id, DEMONYM, False))
            for adjective in {*entity.adjectives_nl, *entity.adjectives_en}:
                forms[adjective].append((entity.id, ADJECTIVE, False))
        for noun in kb.role_nouns:
            if noun.lang == "nl":
                forms[noun.noun].append((noun.noun, ROLE, False))
        texts = list(forms)
        for text, doc in zip(texts, nlp.tokenizer.pipe(texts), strict=True):
            key = normalize_alias(text)
            form = tuple(t.text for t in doc)
            for target, kind, possessive in forms[text]:
                entry = Entry(target, kind, form, possessive)
                if entry not in self.entries[key]:
                    self.entries[key].append(entry)
            self.matcher.add(key, [doc])
            words = tuple(normalize_alias(t) for t in form)
            self.words.update(words)
            if words[0] in determiners():  # "het ministerie van ...": indexed without "het"
                words, form = words[1:], form[1:]
            fuzzy = [Entry(target, kind, form, possessive)
                     for target, kind, possessive in forms[text]
                     if not possessive and target not in persons]
            if len(words) >= 2 and fuzzy:
                known = self.phrases[words[0]].setdefault(words, [])
                known += [e for e in fuzzy if e not in known]

    def find(self, doc: Doc | Span) -> list[Match]:
        """Every (possibly overlapping) match whose capitals agree with an alias form."""
        found: list[Match] = []
        whole = doc.doc if isinstance(doc, Span) else doc
        for match_id, start, end in self.matcher(doc):  # offsets into the whole Doc
            span = whole[start:end]
            key = self.matcher.vocab.strings[match_id]
            tokens = [t.text for t in span]
            entries = tuple(e for e in self.entries[key] if _case_ok(e.form, tokens))
            if entries:
                found.append(Match(start, end, entries))
        return found + self._fuzzy(doc, found)

    def _fuzzy(self, doc: Doc | Span, exact: list[Match]) -> list[Match]:
        """Multi-word phrases with a typo, where no exact match covers the misspelled word."""
        whole = doc.doc if isinstance(doc, Span) else doc
        first = doc.start if isinstance(doc, Span) else 0
        last = doc.end if isinstance(doc, Span) else len(doc)
        norm = [t.lower_ if t.is_ascii else normalize_alias(t.text) for t in whole[first:last]]
        covered = {i - first for m in exact for i in range(m.start, m.end)}
        spans = {(m.start - first, m.end - first) for m in exact}
        found: list[Match] = []
        for i, word in enumerate(norm):
            candidates = self.phrases.get(word)
            if not candidates:
                continue
            best: tuple[float, Match] | None = None
            for words, entries in candidates.items():
                end = i + len(words)
                if end > len(norm) or (i, end) in spans:
                    continue
                score = self._typo_score(words, norm[i:end], i, covered)
                if score is None or best is not None and score <= best[0]:
                    continue
                tokens = [t.text for t in whole[first + i:first + end]]
                fitting = tuple(e for e in entries if _case_ok(e.form, tokens))
                if fitting:
                    best = (score, Match(first + i, first + end, fitting, fuzzy=True))
            if best is not None:
                found.append(best[1])
        return found

    def _typo_score(self, words: tuple[str, ...], got: list[str], start: int,
                    covered: set[int]) -> float | None:
        """The similarity of a phrase and normalized tokens, if they differ only by typos."""
        typos = 0
        content = False  # an equal word that is not a mere article or short connector
        for i, (want, text) in enumerate(zip(words, got, strict=True), start):
            if want == text:
                content = content or (len(text) >= 4 and text not in determiners())
                continue
            if min(len(want), len(text)) < FUZZY_MIN_WORD or text in self.words \
                    or i in covered or not text.replace("-", "").isalpha():
                return None
            allowed = 2 if len(want) >= _FUZZY_LONG_WORD else 1
            if OSA.distance(want, text, score_cutoff=allowed) > allowed:
                return None
            typos += 1
        if not typos or not content:
            return None
        score = fuzz.ratio(" ".join(words), " ".join(got))
        return score if score >= self.fuzzy_cutoff else None
