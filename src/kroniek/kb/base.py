"""The in-memory knowledge base: merged entities, alias and adjective indexes, offices."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from kroniek.kb.model import Entity, KnowledgeBaseError, RoleNoun
from kroniek.kb.normalize import normalize_alias
from kroniek.kb.tables import (
    entity_from_row,
    is_role_table,
    kb_files,
    read_rows,
    role_from_row,
)

ACTOR_CODES = frozenset({"IGO", "NGO", "MNC"})
_LIST_FIELDS = ("aliases", "adjectives_nl", "demonyms_nl", "adjectives_en", "demonyms_en",
                "members", "terms")
_SCALAR_FIELDS = ("name", "type", "name_nl", "wikidata", "country", "sector", "alpha2",
                  "alpha3", "parent")


class KnowledgeBase:
    """Entities by id, with lookups by alias, adjective, country code and office held."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.role_nouns: list[RoleNoun] = []
        self._aliases: dict[str, list[str]] = defaultdict(list)
        self._adjectives: dict[str, list[str]] = defaultdict(list)
        self._alpha3: dict[str, str] = {}
        self._holders: dict[tuple[str, str], list[str]] = defaultdict(list)

    # -- building ---------------------------------------------------------------------
    def add_path(self, path: Path) -> None:
        """Merge a KB file, or every ``.tsv`` file of a directory, into this base."""
        for file in kb_files(path):
            self._add_file(file)

    def _add_file(self, path: Path) -> None:
        header, rows = read_rows(path)
        if is_role_table(header):
            self.role_nouns += [role_from_row(row, path, line) for line, row in rows]
            return
        seen: set[str] = set()
        for line, row in rows:
            entity = entity_from_row(row, path, line)
            if entity.id in seen:
                raise KnowledgeBaseError(path, line, f"id {entity.id!r} appears twice")
            seen.add(entity.id)
            self._merge(entity, path, line)

    def _merge(self, entity: Entity, path: Path, line: int) -> None:
        old = self.entities.get(entity.id)
        if old is None:
            if not entity.name or not entity.type:
                raise KnowledgeBaseError(
                    path, line, f"new entity {entity.id!r} needs a name and a type")
            self.entities[entity.id] = entity
            return
        for name in _SCALAR_FIELDS:
            if getattr(entity, name):
                setattr(old, name, getattr(entity, name))
        old.names.update(entity.names)
        for name in _LIST_FIELDS:
            values = getattr(old, name)
            values += [v for v in getattr(entity, name) if v not in values]
        old.source += f" {entity.source}"

    def finish(self) -> KnowledgeBase:
        """Validate cross-references and build the indexes (call after the last add)."""
        self._alpha3 = {e.alpha3: e.id for e in self.entities.values() if e.alpha3}
        roles = {noun.role for noun in self.role_nouns}
        for entity in self.entities.values():
            if not entity.name_nl:
                entity.name_nl = entity.name
            self._validate(entity, roles)
            for alias in [*entity.all_names(), *entity.demonyms_nl, *entity.demonyms_en]:
                self._index(self._aliases, alias, entity.id)
            for adjective in [*entity.adjectives_nl, *entity.adjectives_en]:
                self._index(self._adjectives, adjective, entity.id)
            for term in entity.terms:
                if entity.id not in self._holders[term.role, term.of]:
                    self._holders[term.role, term.of].append(entity.id)
        return self

    def _validate(self, entity: Entity, roles: set[str]) -> None:
        path, _, line = entity.source.split(" ")[0].rpartition(":")
        where = (path, int(line))
        if entity.country and entity.country not in self._alpha3 | dict.fromkeys(ACTOR_CODES):
            raise KnowledgeBaseError(*where, f"unknown country code {entity.country!r}")
        for member in entity.members:
            if member not in self.entities:
                raise KnowledgeBaseError(*where, f"unknown member {member!r}")
        if entity.parent and entity.parent not in self.entities:
            raise KnowledgeBaseError(*where, f"unknown parent {entity.parent!r}")
        for term in entity.terms:
            if term.role not in roles:
                raise KnowledgeBaseError(
                    *where, f"role {term.role!r} is not in the role-noun table")
            if term.of not in self.entities:
                raise KnowledgeBaseError(*where, f"term of unknown entity {term.of!r}")

    @staticmethod
    def _index(index: dict[str, list[str]], text: str, ident: str) -> None:
        key = normalize_alias(text)
        if key and ident not in index[key]:
            index[key].append(ident)

    # -- queries ----------------------------------------------------------------------
    def lookup(self, alias: str) -> list[Entity]:
        """Entities named ``alias`` (names, aliases and demonyms; normalized match)."""
        return [self.entities[i] for i in self._aliases.get(normalize_alias(alias), [])]

    def country(self, code: str) -> Entity | None:
        """The country or territory with ISO 3166 alpha-3 (or alpha-2) ``code``."""
        code = code.upper()
        ident = self._alpha3.get(code)
        if ident is None and len(code) == 2:
            ident = next((e.id for e in self.entities.values() if e.alpha2 == code), None)
        return self.entities.get(ident) if ident else None

    def countries(self) -> list[Entity]:
        return [self.entities[i] for i in self._alpha3.values()]

    def by_adjective(self, adjective: str) -> list[Entity]:
        """Every entity with this Dutch or English adjective ("Congolese" gives two)."""
        return [self.entities[i] for i in self._adjectives.get(normalize_alias(adjective), [])]

    def country_by_adjective(self, adjective: str) -> Entity | None:
        """The one entity an adjective ("Amerikaanse", "Russisch") points to, else None."""
        found = self.by_adjective(adjective)
        return found[0] if len(found) == 1 else None

    def role_for_noun(self, noun: str, country: str = "") -> str | None:
        """The role a noun names, for ``country`` if the table restricts it per country."""
        key = normalize_alias(noun)
        general = None
        for entry in self.role_nouns:
            if normalize_alias(entry.noun) != key:
                continue
            if country and country in entry.countries:
                return entry.role
            if not entry.countries and general is None:
                general = entry.role
        return general

    def holders(self, role: str, country: str, on: date) -> list[Entity]:
        """Who held ``role`` of ``country`` (alpha-3 or entity id) on date ``on``."""
        ids = self._holders.get((role, country), [])
        return [
            self.entities[i] for i in ids
            if any(t.role == role and t.of == country and t.covers(on)
                   for t in self.entities[i].terms)
        ]

    def resolve_role(self, noun: str, of: str, on: date) -> list[Entity]:
        """Holders of a described office: ``("president", "Amerikaanse", date)``.

        ``of`` may be an adjective, a country or organization name, or an id.
        """
        target = None
        if of.isupper() and len(of) in (2, 3):
            target = self.country(of) or self.entities.get(of)
        if target is None:
            target = self.country_by_adjective(of)
        if target is None:
            found = self.lookup(of)
            target = found[0] if len(found) == 1 else self.entities.get(of)
        if target is None:
            return []
        role = self.role_for_noun(noun, target.id)
        return self.holders(role, target.id, on) if role else []

    def __len__(self) -> int:
        return len(self.entities)

    def of_type(self, *types: str) -> Iterable[Entity]:
        return (e for e in self.entities.values() if e.type in types)
