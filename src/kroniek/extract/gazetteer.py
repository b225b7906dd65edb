"""Knowledge-base names in running text: a PhraseMatcher over every name, alias,
adjective and demonym of the knowledge base, plus the role nouns.

Matching is case-insensitive (``attr="LOWER"``), then checked against the alias's own
capitals: an alias written with a capital ("Westen", "Unie") does not match the ordinary
lower-case word, and an all-capitals abbreviation ("VS", "IS") matches only in capitals.
Names also match in the genitive/possessive ("Poetins", "Ruslands", "Biden's").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kroniek.extract.lexicon import skipped_aliases
from kroniek.kb import KnowledgeBase, normalize_alias

NAME, ADJECTIVE, DEMONYM, ROLE = "name", "adjective", "demonym", "role"
_POSSESSIVE_TYPES = frozenset({"PER", "ORG", "GPE"})


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

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[str, list[Entry]] = defaultdict(list)
        skip = skipped_aliases()
        forms: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
        for entity in kb.entities.values():
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
        return found
