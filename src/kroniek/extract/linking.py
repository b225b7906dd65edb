"""From a mention's words to a knowledge-base entity: alias lookup after normalization,
possessives, fuzzy matching of spelling variants, disambiguation by the article's
countries and the date, and stable local ids for entities the knowledge base lacks.

Local ids: an entity that is not in the knowledge base gets ``kr:<type>:<slug>``, where
``<type>`` is the lower-cased entity type and ``<slug>`` the normalized full name (diacritics
stripped, lower case, non-alphanumerics as ``-``): "Jan de Vries" is ``kr:per:jan-de-vries``
in every article. Within an article, name parts ("De Vries"), possessives ("De Vries'") and
spelling variants are merged into the fullest name before the id is derived, so one
referent has one id; across articles the same full name gives the same id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz, process

from kroniek.kb import Entity, KnowledgeBase, normalize_alias, possessive_candidates
from kroniek.model import Published

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Which knowledge-base types a label from the statistical NER may stand for.
COMPATIBLE = {
    "PER": {"PER"},
    "ORG": {"ORG", "GPE", "MISC"},
    "LOC": {"LOC", "GPE"},
    "GPE": {"LOC", "GPE"},
    "MISC": {"ORG", "MISC", "NORP", "GPE", "LOC"},
}
FUZZY_MIN_LENGTH = 5


def slug(text: str) -> str:
    return _NON_ALNUM.sub("-", normalize_alias(text)).strip("-")


def local_id(name: str, type_: str) -> str:
    """The stable id of an entity the knowledge base does not know."""
    return f"kr:{type_.lower()}:{slug(name)}"


def anchor_date(published: Published | None) -> date | None:
    """The day terms of office are checked on: the date, or the middle of its month/year."""
    if published is None:
        return None
    parts = [int(p) for p in published.value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], 15)
    return date(parts[0], 7, 1)


@lru_cache(maxsize=4)
def _fuzzy_choices(kb: KnowledgeBase) -> tuple[list[str], list[list[str]]]:
    index: dict[str, list[str]] = {}
    for entity in kb.entities.values():
        for name in entity.all_names():
            key = normalize_alias(name)
            if len(key) >= FUZZY_MIN_LENGTH:
                index.setdefault(key, [])
                if entity.id not in index[key]:
                    index[key].append(entity.id)
    keys = list(index)
    return keys, [index[k] for k in keys]


class Linker:
    """Links mention texts to knowledge-base entities in the context of one article."""

    def __init__(self, kb: KnowledgeBase, on: date | None = None,
                 countries: Iterable[str] = ()) -> None:
        self.kb = kb
        self.on = on
        self.countries = set(countries)

    def in_office(self, entity: Entity) -> bool:
        return self.on is not None and any(t.covers(self.on) for t in entity.terms)

    def rank(self, entities: list[Entity], label: str | None = None) -> list[Entity]:
        """Candidates best first: type fits the NER label, country in the article, in office."""
        allowed = COMPATIBLE.get(label or "", set())

        def score(item: tuple[int, Entity]) -> tuple:
            position, entity = item
            return (
                entity.type in allowed,
                entity.country in self.countries or entity.id in self.countries,
                self.in_office(entity),
                bool(entity.wikidata),
                -position,
            )

        return [e for _, e in sorted(enumerate(entities), key=score, reverse=True)]

    def lookup(self, text: str, label: str | None = None) -> Entity | None:
        """Exact alias match of the text or its possessive stem, best candidate."""
        for candidate in possessive_candidates(text.strip()):
            found = self.kb.lookup(candidate)
            if found:
                return self.rank(_unique(found), label)[0]
        return None

    def fuzzy(self, text: str, label: str | None = None, cutoff: float = 90) -> Entity | None:
        """The entity whose name is a close spelling variant ("Antony"/"Anthony Blinken")."""
        key = normalize_alias(text)
        if len(key) < FUZZY_MIN_LENGTH:
            return None
        keys, ids = _fuzzy_choices(self.kb)
        if len(key) < 10:  # one letter off in a short name is often another name
            cutoff = max(cutoff, 92)
        allowed = COMPATIBLE.get(label or "", None)
        for match, score, index in process.extract(key, keys, scorer=fuzz.ratio,
                                                   score_cutoff=cutoff, limit=5):
            del match, score
            entities = [self.kb.entities[i] for i in ids[index]]
            if allowed is not None:
                entities = [e for e in entities if e.type in allowed]
            if entities:
                return self.rank(entities, label)[0]
        return None

    def holders(self, role: str, of: str) -> list[Entity]:
        """Who held the role of ``of`` on the article's date (all holders if undated)."""
        if self.on is not None:
            return self.kb.holders(role, of, self.on)
        return [e for e in self.kb.entities.values()
                if any(t.role == role and t.of == of for t in e.terms)]


def _unique(entities: list[Entity]) -> list[Entity]:
    return list({e.id: e for e in entities}.values())
