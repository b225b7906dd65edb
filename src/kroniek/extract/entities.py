"""The ``kroniek_entities`` component: linked entities with their mentions (``doc._.entities``).

Mentions come from the knowledge-base gazetteer, role phrases and the NER (see
``kroniek.extract.mentions``); each is linked (``kroniek.extract.linking``) and the mentions
of one referent are grouped into one entity:

- knowledge-base names, adjectives and demonyms link to their entity ("Amerikaanse",
  "Amerikanen" and "VS" are all the United States; adjectives and demonyms are ``NORP``
  mentions, with the sector of an actor noun: "Russische militairen" is RUS, ``MIL``);
- knowledge-base phrases of several words also match with a typo ("minister van
  Buitenlandse Zalen"): the mention keeps the text as written and gets ``"fuzzy": true``;
- role phrases resolve through the terms of office on the publication date ("de Amerikaanse
  president" in 2022 is Joe Biden), a role phrase right before a name gives that name its
  role ("president Biden"), and a generic "de minister" refers back to the last one named;
- name parts and spelling variants join a fuller name in the same article ("Blinken" after
  "Antony Blinken"); unknown names get stable local ids (``kr:per:jan-de-vries``);
- proper names that are cities link to GeoNames (``kr:geonames:703448`` for Kyiv).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc

from kroniek.extract.base import ensure_extensions, record_error, run_per_sentence
from kroniek.extract.gazetteer import ADJECTIVE, DEMONYM, NAME, ROLE, Gazetteer
from kroniek.extract.geonames import City, geonames
from kroniek.extract.linking import Linker, anchor_date, local_id
from kroniek.extract.mentions import CITY, Mention, sentence_mentions
from kroniek.kb import Entity, KnowledgeBase, load_kb, normalize_alias

COMPONENT = "kroniek_entities"
MIN_CITY_POPULATION = 15000  # GeoNames cities the NER's LOC/MISC spans may be
MIN_UNTAGGED_CITY_POPULATION = 100000  # proper nouns the NER did not tag at all
UNTAGGED = "untagged"
MAX_TITLE_GAP = 3  # words between a country adjective and the name it describes
# "Noord-Israël", "Zuidoost-Turkije": a part of one country (its country is the actor's)
COMPASS_PREFIXES = frozenset({"Noord", "Zuid", "Oost", "West", "Noordoost", "Noordwest",
                              "Zuidoost", "Zuidwest", "Midden", "Centraal"})

if not Doc.has_extension("entity_links"):
    # Internal: canonical entity id -> {"kb": local KB id or None, "geonames": id or None}.
    Doc.set_extension("entity_links", default=None)


@Language.factory(COMPONENT, default_config={"kb_paths": [], "fuzzy_cutoff": 90.0,
                                             "phrase_fuzzy_cutoff": 90.0, "cities": True})
def make_entities(nlp: Language, name: str, kb_paths: list[str], fuzzy_cutoff: float,
                  phrase_fuzzy_cutoff: float, cities: bool) -> Callable[[Doc], Doc]:
    return EntityLinker(nlp, load_kb(kb_paths), fuzzy_cutoff=fuzzy_cutoff,
                        phrase_fuzzy_cutoff=phrase_fuzzy_cutoff, cities=cities)


class EntityLinker:
    """Finds, links and groups the entity mentions of a Doc."""

    def __init__(self, nlp: Language, kb: KnowledgeBase, fuzzy_cutoff: float = 90.0,
                 cities: bool = True, phrase_fuzzy_cutoff: float = 90.0) -> None:
        ensure_extensions()
        self.kb = kb
        self.gazetteer = Gazetteer(nlp, kb, phrase_fuzzy_cutoff)
        self.fuzzy_cutoff = fuzzy_cutoff
        self.cities = cities

    def __call__(self, doc: Doc) -> Doc:
        found = run_per_sentence(
            doc, COMPONENT,
            lambda sent: [{"m": m} for m in sentence_mentions(sent, self.gazetteer)])
        try:
            entities, links = self.link(doc, [item["m"] for item in found])
        except Exception as exc:  # noqa: BLE001 - a linking failure must not stop the analysis
            record_error(doc, COMPONENT, exc)
            entities, links = [], {}
        doc._.entities = entities
        doc._.entity_links = links
        return doc

    # -- linking ------------------------------------------------------------------------
    def link(self, doc: Doc, mentions: list[Mention]) -> tuple[list[dict], dict[str, dict]]:
        linker = Linker(self.kb, anchor_date(doc._.published), self._countries(mentions))
        refs: list[tuple[Mention, str, Any]] = []  # mention, group key, target
        for mention in mentions:
            target = self._target(doc, mention, linker, refs)
            if target is not None:
                refs.append((mention, *target))
        refs = self._attach_roles(refs)
        refs = _merge_name_parts(doc, refs)
        refs = [ref for ref in refs if ref[1] != UNTAGGED]
        return self._entities(doc, refs, _title_countries(doc, refs))

    def _countries(self, mentions: list[Mention]) -> set[str]:
        countries: set[str] = set()
        for mention in mentions:
            if mention.kind in (NAME, ADJECTIVE, DEMONYM):
                ids = {e.target for e in mention.entries}
                if len(ids) == 1:
                    entity = self.kb.entities[ids.pop()]
                    if entity.country:
                        countries.add(entity.country)
        return countries

    def _target(self, doc: Doc, mention: Mention, linker: Linker,
                refs: list) -> tuple[str, Any] | None:
        span = doc[mention.start:mention.end]
        if mention.extra.get("capital"):
            country = self.kb.entities[mention.entries[0].target]
            city = geonames().capital(country.alpha2) if self.cities and country.alpha2 else None
            return (f"geo:{city.geonames}", city) if city else None
        if mention.kind in (NAME, ADJECTIVE, DEMONYM):
            entities = [self.kb.entities[i] for i in dict.fromkeys(e.target
                                                                   for e in mention.entries)]
            entity = linker.rank(entities, mention.label)[0]
            return entity.id, entity
        if mention.kind == ROLE:
            return self._resolve_role(mention, linker, refs)
        if mention.kind == CITY:
            city = self._city(span.text, linker, MIN_UNTAGGED_CITY_POPULATION)
            # else perhaps a name part of a person named in the article ("Hitlers")
            return (f"geo:{city.geonames}", city) if city else (UNTAGGED, None)
        label = mention.label or "MISC"
        entity = linker.lookup(span.text, label)
        if entity is None and label != "PER" or entity is None and len(span) > 1:
            entity = linker.fuzzy(span.text, label, self.fuzzy_cutoff)
        if entity is not None:
            return entity.id, entity
        if label in ("LOC", "MISC", "GPE", "ORG") or len(span) == 1:
            city = self._city(span.text, linker, MIN_CITY_POPULATION)
            if city is not None and (label != "PER" or city.population >= 10**6):
                return f"geo:{city.geonames}", city
        return f"new:{label}:{_stem(span.text)}", None

    def _city(self, text: str, linker: Linker, min_population: int) -> City | None:
        if not self.cities or not text[:1].isupper():
            return None
        found = [c for c in geonames().cities_named(text) if c.population >= min_population]
        if not found:
            return None
        alpha2 = {self.kb.country(c).alpha2 for c in linker.countries if self.kb.country(c)}
        local = [c for c in found if c.alpha2 in alpha2]
        return (local or found)[0]

    def _resolve_role(self, mention: Mention, linker: Linker,
                      refs: list) -> tuple[str, Any] | None:
        if mention.families:  # "de minister": the last person named with such a role
            roles = set(mention.families)
        else:
            of = mention.role_of.target if mention.role_of else ""
            role = self.kb.role_for_noun(mention.role_noun or "", of)
            if role is None:
                return None
            mention.role = role
            if of:
                holders = linker.holders(role, of)
                named = {key for _, key, _ in refs}
                holders.sort(key=lambda e: e.id not in named)
                if holders and not mention.attached:
                    return holders[0].id, holders[0]
                return ("role", None) if mention.attached else None
            roles = {role}
        if mention.attached:
            return "role", None
        for previous, key, target in reversed(refs):
            if isinstance(target, Entity) and target.type == "PER" and (
                    previous.role in roles or any(
                        t.role in roles and (linker.on is None or t.covers(linker.on))
                        for t in target.terms)):
                mention.role = previous.role if previous.role in roles else mention.role
                return key, target
        return None

    @staticmethod
    def _attach_roles(refs: list) -> list:
        """A role phrase right before a name ("president Biden") gives the name its role."""
        result = []
        pending: Mention | None = None
        for mention, key, target in refs:
            if key == "role":
                pending = mention
                continue
            if pending is not None and mention.start - pending.end <= 1:
                mention.role = pending.role
            pending = None
            result.append((mention, key, target))
        return result

    # -- output ---------------------------------------------------------------------------
    def _entities(self, doc: Doc, refs: list, titles: dict[str, tuple[str, str | None]]
                  ) -> tuple[list[dict], dict[str, dict]]:
        groups: dict[str, dict] = {}
        links: dict[str, dict] = {}
        for mention, key, target in refs:
            span = doc[mention.start:mention.end]
            group = groups.get(key)
            if group is None:
                group = groups[key] = self._entity_json(mention, key, target, span.text)
                links[group["id"]] = {
                    "kb": target.id if isinstance(target, Entity) else None,
                    "geonames": target.geonames if isinstance(target, City) else None,
                }
            item: dict[str, Any] = {"text": span.text, "start": span.start_char,
                                    "end": span.end_char}
            if mention.kind in (ADJECTIVE, DEMONYM) and not mention.extra.get("capital"):
                item["type"] = "NORP"
            if mention.sector:
                item["sector"] = mention.sector
            if mention.role:
                item["role"] = mention.role
            if mention.nominal or mention.kind == ROLE:
                item["nominal"] = True
            if mention.fuzzy:
                item["fuzzy"] = True
            group["mentions"].append(item)
        for key, group in groups.items():
            if key.startswith("new:"):
                fullest = max((m["text"] for m in group["mentions"] if not m.get("nominal")),
                              key=len)
                name = _stem(fullest)
                group["name"] = group["name_nl"] = name
                compass = self._compass_country(name)
                if compass and group["type"] in ("LOC", "GPE", "ORG", "MISC"):
                    group["type"], group["country"] = "LOC", compass
                if key in titles:  # "de Congolese president Tshisekedi"
                    group["country"], group["sector"] = titles[key]
                group["id"] = local_id(name, group["type"])
        merged: dict[str, dict] = {}
        for group in groups.values():  # two groups may end on one local id
            if group["id"] in merged:
                merged[group["id"]]["mentions"] += group["mentions"]
            else:
                merged[group["id"]] = group
        for group in merged.values():
            group["mentions"].sort(key=lambda m: m["start"])
        entities = sorted(merged.values(), key=lambda g: g["mentions"][0]["start"])
        links = {k: v for k, v in links.items() if k in merged}
        for group in entities:
            links.setdefault(group["id"], {"kb": None, "geonames": None})
        return entities, links

    def _compass_country(self, name: str) -> str | None:
        """The country of "Noord-Israël", "Oost-Oekraïne", "Zuid-Libanon": a part of one
        country named by a compass point."""
        first, _, rest = name.partition("-")
        if first not in COMPASS_PREFIXES or not rest:
            return None
        countries = [e for e in self.kb.lookup(rest) if e.type == "GPE" and e.country]
        return countries[0].country if len(countries) == 1 else None

    def _entity_json(self, mention: Mention, key: str, target: Any, text: str) -> dict:
        if isinstance(target, Entity):
            return {"id": target.canonical_id, "name": target.name,
                    "name_nl": target.name_nl or target.name, "type": target.type,
                    "wikidata": target.wikidata or None, "country": target.country or None,
                    "sector": target.sector or None, "mentions": []}
        if isinstance(target, City):
            country = self.kb.country(target.alpha2)
            return {"id": f"kr:geonames:{target.geonames}", "name": target.name,
                    "name_nl": text, "type": "GPE", "wikidata": None,
                    "country": country.alpha3 if country else None, "sector": None,
                    "geonames": target.geonames, "mentions": []}
        label = key.split(":")[1]
        return {"id": key, "name": text, "name_nl": text, "type": label, "wikidata": None,
                "country": None, "sector": None, "mentions": []}


def _title_countries(doc: Doc, refs: list) -> dict[str, tuple[str, str | None]]:
    """Unknown persons with a country adjective in their title ("de Congolese president
    Tshisekedi", "de Russische oppositieleider Kara-Moerza"): group key -> (country, sector
    of the title's actor noun)."""
    adjectives = [(m, target.country) for m, _, target in refs
                  if m.kind in (ADJECTIVE, DEMONYM) and isinstance(target, Entity)
                  and target.type == "GPE" and target.country]
    out: dict[str, tuple[str, str | None]] = {}
    for mention, key, _ in refs:
        if not key.startswith("new:PER:") or key in out:
            continue
        for adjective, country in adjectives:
            gap = doc[adjective.end:mention.start]
            if 0 <= len(gap) <= MAX_TITLE_GAP and adjective.end <= mention.start and all(
                    t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ", "X") for t in gap):
                out[key] = (country, adjective.sector)
                break
    return out


def _stem(text: str) -> str:
    """A name without a possessive ending: "De Vries'" -> "De Vries"."""
    text = " ".join(text.split())
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


def _parts(text: str) -> list[str]:
    return normalize_alias(_stem(text)).replace("-", " ").split()


def _extend_over_particles(doc: Doc, mention: Mention, words: list[str], full: list[str]) -> None:
    """Take back the surname particles trimmed off a name part: "De Vries" of "Jan de Vries"."""
    before = len(full) - len(words) - 1
    while before > 0 and mention.start > 0:
        previous = doc[mention.start - 1]
        if normalize_alias(previous.text) != full[before] or not previous.is_title:
            break
        mention.start -= 1
        before -= 1


def _merge_name_parts(doc: Doc, refs: list) -> list:
    """Join name parts and spelling variants of persons to a fuller name in the article.

    A person mention whose words end another person's longer name ("Blinken", "De Vries")
    or are a close spelling variant of it joins that person (the nearest one before it,
    else after it); so does a possessive ("Poetins") of such a part.
    """
    persons = [(i, m, key, t) for i, (m, key, t) in enumerate(refs)
               if (isinstance(t, Entity) and t.type == "PER")
               or key.startswith("new:PER:") or key == UNTAGGED]
    full = [(i, _parts(doc[m.start:m.end].text), key, t) for i, m, key, t in persons
            if key != UNTAGGED and not m.nominal and m.kind != ROLE]
    # An unknown name the NER typed otherwise ("Volgens De Vries" as ORG) that repeats the
    # end of a person's name in the same article is that person.
    mistyped = [(i, m, key, t) for i, (m, key, t) in enumerate(refs)
                if key.startswith("new:") and not key.startswith("new:PER:")]
    persons += [(i, m, key, t) for i, m, key, t in mistyped
                if any(len(other) > len(_parts(doc[m.start:m.end].text))
                       and other[-len(_parts(doc[m.start:m.end].text)):]
                       == _parts(doc[m.start:m.end].text) for _, other, _, _ in full)]
    result = list(refs)
    for i, mention, key, _target in persons:
        if mention.nominal or mention.kind == ROLE:
            continue
        words = _parts(doc[mention.start:mention.end].text)
        if not words:
            continue
        best = None
        for j, other, other_key, other_target in full:
            if other_key == key or len(other) < len(words):
                continue
            tail = other[-len(words):]
            stemmed = [w[:-1] if w.endswith("s") else w for w in words]
            # a shorter part of the name, or the same name in the possessive
            hit = tail == words and len(other) > len(words) or tail == stemmed != words
            if not hit and key.startswith("new:") and len(words) > 1:
                hit = fuzz.ratio(" ".join(words), " ".join(other)) >= 90
            if hit:
                distance = (0, i - j) if j < i else (1, j - i)
                if best is None or distance < best[0]:
                    best = (distance, other_key, other_target, other)
        if best is not None and (key.startswith("new:") or key == UNTAGGED or len(words) == 1):
            _extend_over_particles(doc, mention, words, best[3])
            result[i] = (mention, best[1], best[2])
    return result
