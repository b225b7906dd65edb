"""Records of the knowledge base: entities, terms of office, role nouns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ENTITY_TYPES = frozenset({"PER", "ORG", "LOC", "GPE", "NORP", "MISC"})


class KnowledgeBaseError(ValueError):
    """A knowledge-base file that cannot be read: names the file, the line and the problem."""

    def __init__(self, path: object, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


@dataclass(frozen=True)
class Term:
    """One term in a role: ``role`` of ``of`` (a country alpha-3 or an entity id)."""

    role: str
    of: str
    start: date | None = None
    end: date | None = None

    def covers(self, on: date) -> bool:
        """True if ``on`` falls within the term (both ends inclusive, open ends unbounded)."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass
class Entity:
    """A canonical entity. ``id`` is the stable local id; see ``canonical_id``."""

    id: str
    name: str
    type: str
    name_nl: str = ""
    names: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    wikidata: str = ""
    country: str = ""
    sector: str = ""
    alpha2: str = ""
    alpha3: str = ""
    adjectives_nl: list[str] = field(default_factory=list)
    demonyms_nl: list[str] = field(default_factory=list)
    adjectives_en: list[str] = field(default_factory=list)
    demonyms_en: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    parent: str = ""
    terms: list[Term] = field(default_factory=list)
    source: str = ""

    @property
    def canonical_id(self) -> str:
        """The id a mention links to: the Wikidata id where known, else ``kr:<id>``."""
        return self.wikidata or f"kr:{self.id}"

    def all_names(self) -> list[str]:
        """Every name this entity is known by (not adjectives or demonyms)."""
        return [self.name, self.name_nl, *self.names.values(), *self.aliases]


@dataclass(frozen=True)
class RoleNoun:
    """A noun ("president", "buitenlandminister") that names a role in the vocabulary."""

    noun: str
    role: str
    lang: str = "nl"
    countries: tuple[str, ...] = ()
