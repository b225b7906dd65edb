"""Rule-based Dutch lemmatizer with bundled tables (fast to load and to run).

The rules, exceptions, lemma index and lookup table come from
spacy-lookups-data (MIT); ``initialize`` reads them from that package once and
``to_disk`` stores them inside the pipeline, so no lookups are needed at run
time. The algorithm is spaCy's Dutch rule lemmatizer, with three changes:
index lookups use sets (spaCy's lists make it slow), AUX is treated as VERB
(the tables follow CGN, which has no AUX), and proper nouns, numbers,
punctuation and symbols keep their form (UD convention) instead of being
lowercased; a capitalized adjective or noun inside a sentence ("Nederlandse")
keeps its capital ("Nederlands"); an infinitive with a modal or "te" is its own
lemma ("zal ... voeren" is not "varen").
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Token

TABLES = ("lemma_rules", "lemma_exc", "lemma_index", "lemma_lookup")
RULE_POS = {"noun", "verb", "adj", "adv", "pron", "det", "adp", "num"}
KEEP_FORM_POS = {"PROPN", "NUM", "PUNCT", "SYM", "X", "SPACE"}
CAPITALIZED_POS = {"ADJ", "NOUN"}
# verbs whose infinitive complement the parse attaches as an auxiliary ("zal ... voeren")
MODALS = frozenset({"zullen", "kunnen", "moeten", "willen", "mogen", "gaan", "blijven",
                    "laten", "hoeven", "durven"})


def read_lookups_data(lang: str) -> dict[str, Any]:
    """The lemma tables of ``lang`` from the spacy-lookups-data package."""
    import spacy_lookups_data

    data_dir = Path(spacy_lookups_data.__file__).resolve().parent / "data"
    return {name: srsly.read_gzip_json(data_dir / f"{lang}_{name}.json.gz") for name in TABLES}


class DutchRuleLemmatizer:
    """Sets ``token.lemma_`` from the UPOS of the morphologizer and the tables."""

    def __init__(self, name: str = "lemmatizer", overwrite: bool = False) -> None:
        self.name = name
        self.overwrite = overwrite
        self.tables: dict[str, Any] = {}
        self._index: dict[str, set[str]] = {}
        self.cache: dict[tuple[str, str], str] = {}

    def initialize(
        self,
        get_examples: Any = None,
        *,
        nlp: Language | None = None,
        tables: dict[str, Any] | None = None,
        lang: str = "nl",
    ) -> None:
        self._set_tables(tables if tables is not None else read_lookups_data(lang))

    def _set_tables(self, tables: dict[str, Any]) -> None:
        self.tables = tables
        self._index = {pos: set(words) for pos, words in tables["lemma_index"].items()}
        self.cache = {}

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if self.overwrite or token.lemma == 0:
                token.lemma_ = self.lemmatize(token)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    def lemmatize(self, token: Token) -> str:
        pos = token.pos_
        if pos in KEEP_FORM_POS or not pos:
            return token.text
        if pos in ("VERB", "AUX") and _infinitive(token):
            return token.lower_  # "zal gesprekken voeren": not "varen", whose past it also is
        if pos == "NOUN" and _verbal(token):
            verb = self._rule_lemma(token.lower_, "verb")
            if verb != token.lower_ and verb in self._index.get("verb", ()):
                return verb  # "In 1939 sloten Duitsland en ... een verdrag": "sluiten"
        key = (token.lower_, pos)
        lemma = self.cache.get(key)
        if lemma is None:
            lemma = self._rule_lemma(token.lower_, "verb" if pos == "AUX" else pos.lower())
            self.cache[key] = lemma
        if pos in CAPITALIZED_POS and token.text[:1].isupper() and not token.is_sent_start:
            return lemma[:1].upper() + lemma[1:]
        return lemma

    def _rule_lemma(self, string: str, pos: str) -> str:
        if pos not in RULE_POS:
            return string
        index = self._index.get(pos, set())
        if string in index:
            return string
        exceptions = self.tables["lemma_exc"].get(pos, {})
        if string in exceptions:
            return exceptions[string][0]
        looked_up = self.tables["lemma_lookup"].get(string)
        if looked_up and looked_up in index:
            return looked_up
        candidates: list[str] = []
        for old, new in self.tables["lemma_rules"].get(pos, []):
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if form in index:
                    return form
                if form and form not in candidates:
                    candidates.append(form)
        for form in candidates:
            if form in exceptions:
                return form
        if looked_up:
            return looked_up
        return candidates[0] if candidates else string

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "tables.msgpack.gz").write_bytes(
            gzip.compress(srsly.msgpack_dumps(self.tables), compresslevel=6, mtime=0)
        )
        srsly.write_json(path / "cfg", {"overwrite": self.overwrite})

    def from_disk(
        self, path: str | Path, *, exclude: Iterable[str] = tuple()
    ) -> DutchRuleLemmatizer:
        path = Path(path)
        self._set_tables(
            srsly.msgpack_loads(gzip.decompress((path / "tables.msgpack.gz").read_bytes()))
        )
        return self


def _infinitive(token: Token) -> bool:
    """An infinitive by its tag and its company: a modal or "te" ("zal ... voeren", "te
    voeren"). A past plural ("riepen") or a participle ("heeft opgeroepen") the tagger took
    for an infinitive has neither."""
    return token.morph.get("VerbForm") == ["Inf"] and token.lower_.endswith("en") and any(
        c.dep_ == "aux" and c.lemma_.lower() in MODALS or c.dep_ == "mark" and c.lower_ == "te"
        for c in token.children)


def _verbal(token: Token) -> bool:
    """A word tagged as a noun that heads a clause: the root, with a subject and no article
    or preposition of its own (a past tense like "sloten" that the tagger took for a noun)."""
    if token.dep_ != "ROOT":
        return False
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and not deps & {"det", "case", "nmod:poss", "cop", "amod"}


@Language.factory(
    "kroniek_lemmatizer",
    assigns=["token.lemma"],
    requires=["token.pos"],
    default_config={"overwrite": False},
)
def make_lemmatizer(nlp: Language, name: str, overwrite: bool) -> DutchRuleLemmatizer:
    return DutchRuleLemmatizer(name, overwrite)
